/**
 * mend65k through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/mend65k.test.ts):
 * 1. SMARTCHECK's rewrite and Check goals' notes in the other language than the sentence's keep the words the catalog lists
 *    in both (MRR, EBITDA, CAC, win rate), with that language's article; "earnings" still takes « le bénéfice »;
 * 2–5. SMARTPARSE's KPI cell: averages « par 1 000 habitants », marks on a worth or cash, exports as a share or cut name no
 *    KPI; every factor spelling of exports multiplied reads Revenue;
 * 6. « avec un churn de moins de 4 % », « avec un taux de churn inférieur à 4 % » read Attrition.
 */
import { AS_OF, addonIn, smartCells, smartParser } from './smartparse';
import { harness } from './workbook/harness';

describe('1. SMARTCHECK: the other language’s rewrite keeps MRR, EBITDA, CAC, win rate', () => {
  it('fr_FR: English sentences', () => {
    const fr = addonIn('fr_FR');
    const check = (text: string): string => String(fr.call('SMARTCHECK', text, AS_OF));
    expect(check('Grow MRR to $1M in 2027.')).toMatch(/Augmenter le MRR à 1\s000\s000\s\$/);
    expect(check('Increase EBITDA to $2M in 2027.')).toMatch(/Augmenter l’EBITDA à 2\s000\s000\s\$/);
    expect(check('Grow ARR to $10M in 2027.')).toMatch(/Augmenter l’ARR à 10\s000\s000\s\$/);
    expect(check('Grow earnings by 10% in 2027.')).toMatch(/Augmenter le bénéfice de 10\s%/);
  });

  it('en_US: French sentences', () => {
    const en = addonIn('en_US');
    const check = (text: string): string => String(en.call('SMARTCHECK', text, AS_OF));
    expect(check('Augmenter l’EBITDA à 2 M€ en 2027.')).toContain('Increase EBITDA to €2,000,000');
    expect(check('Augmenter le win rate à 30 % en 2027.')).toContain('Increase the win rate to 30%');
    expect(check('Réduire le CAC à 200 € en 2027.')).toContain('Reduce the CAC to €200');
    expect(check('Améliorer le taux de transformation de 2 points en 2027.')).toContain('the conversion rate');
  });
});

const CASES = [
  { locale: 'en_US', goalsTab: 'Goals', notesHeader: 'SMART notes', goal: 'Augmenter l’EBITDA à 2 M€', example: 'Increase EBITDA to €2,000,000 by March 31, 2027' },
  { locale: 'fr_FR', goalsTab: 'Objectifs', notesHeader: 'Remarques SMART', goal: 'Grow EBITDA to $2M', example: 'Augmenter l’EBITDA à 2\u202f000\u202f000\u00a0$ d’ici le 31 mars 2027' },
] as const;

describe.each(CASES)('1. Check goals: the example keeps EBITDA in the other language ($locale)', ({ locale, goalsTab, notesHeader, goal, example }) => {
  it('names the KPI as the tab lookup does', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    h.run('insertExampleWorkbook');
    const sheet = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName(goalsTab)!;
    sheet.getRange(sheet.getLastRow() + 1, 1, 1, 2).setValues([['X1', goal]]);
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    const notes = String(values.find((r) => r[0] === 'X1')?.[(values[0] as string[]).indexOf(notesHeader)] ?? '');
    expect(notes).toContain(example);
  });
});

const REVENUE: Record<string, string> = { en_US: 'Revenue', fr_FR: 'Chiffre d’affaires' };

describe.each(['en_US', 'fr_FR'])('2–5. SMARTPARSE’s KPI cell (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);

  it('3. an average per a number of people names no KPI; « par 2 d’ici » stays a factor', () => {
    expect(cells('Double exports per 1,000 inhabitants by 2030.')[0]).toBe('');
    expect(cells('Tripler les exportations par deux salariés d’ici 2030.')[0]).toBe('');
    expect(cells('Nous voulons multiplier nos exportations par 2 d’ici 2029.')[0]).toBe(REVENUE[locale]);
  });

  it('2. a mark on a worth, cash or losses names no KPI; a sales mark keeps Revenue', () => {
    expect(cells('Our valuation will reach the $4 billion mark by 2028.')[0]).toBe('');
    expect(cells('Keep our cash above the $1M threshold.')[0]).toBe('');
    expect(String(addon.call('SMARTCHECK', 'We will reach the $4 billion mark in losses by June 2028.', AS_OF))).not.toMatch(/^SMART/);
    expect(cells('Our studio wants to cross the $10M threshold by December 2027.')[0]).toBe(REVENUE[locale]);
  });

  it('4. exports as a share of GDP, or cut, name no KPI', () => {
    expect(cells('Increase exports of services by 3 times as a share of GDP by 2030.')[0]).toBe('');
    expect(String(addon.call('SMARTCHECK', 'Reduce our exports by 2 times by 2030.', AS_OF))).not.toMatch(/^SMART/);
  });

  it('5. « par quatre », "10-fold", "by 3x", the passive read Revenue', () => {
    expect(cells('Multiplier nos exportations par quatre d’ici 2030.')[0]).toBe(REVENUE[locale]);
    expect(cells('Grow exports 10-fold by 2035.')[0]).toBe(REVENUE[locale]);
    expect(cells('Grow exports by 3x by 2030.')[0]).toBe(REVENUE[locale]);
    expect(cells('Nos exportations doivent être multipliées par 3 d’ici 2030.')[0]).toBe(REVENUE[locale]);
    expect(cells('We export three times a year to Japan.')[0]).toBe('');
  });
});

describe.each(['en_US', 'fr_FR'])('6. SMARTPARSE: the « avec » goal’s other wordings (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const churn = locale === 'fr_FR' ? 'Attrition' : 'Churn';

  it('read churn and its bound', () => {
    expect(cells('Nous visons une année record avec un churn de moins de 4 % d’ici 2028.')).toEqual([churn, '', 0.04, '2028-12-31']);
    expect(cells('Nous visons une année record avec un taux de churn inférieur à 4 % d’ici 2028.')).toEqual([churn, '', 0.04, '2028-12-31']);
    expect(cells('Signer 10 clients par trimestre avec un taux de churn inférieur à 5 %.')[0]).not.toBe(churn);
  });
});
