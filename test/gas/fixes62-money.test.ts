/**
 * fixes62: money as users in São Paulo, Mumbai and Munich meet it, through the BUILT bundle on the emulator.
 * 1. "R$ 60.000" in a goal sentence is 60,000 Brazilian reais (it was read as $60: the statement reader had no "R$" and
 *    read "60.000" as a decimal), « 60 000 R$ » is reais (was dollars), and a KPI column formatted "R$ #,##0.00" shows
 *    "R$" (it showed "$"); the other marks of core's one table (₽, zł, kr…) name their currency in a sentence too.
 * 3. A Target cell reads "₹1 lakh crore" and "₹45L" as a sentence does (one table of lakh/crore words), and "45 L INR"
 *    in a sentence is rupees (it had no currency).
 * 4. The note on a count judged beside a tab of money names the currency its name shows ("Revenue €") or none — never an
 *    empty "amounts in :".
 */
import type { SidebarContext } from '../../src/core/api';
import { addSheet, harness } from './workbook/harness';

const AS_OF = '2026-12-03';
const parse = (h: ReturnType<typeof harness>, sentence: string): unknown[] => h.addon.call<unknown[][]>('SMARTPARSE', sentence, AS_OF)[0];
const check = (h: ReturnType<typeof harness>, sentence: string): string => h.addon.call<string>('SMARTCHECK', sentence, AS_OF);

describe('R$ in a goal sentence is the Brazilian real, "60.000" after it sixty thousand', () => {
  it.each(['pt_BR', 'en_US'])('English sentence in a %s sheet', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    const sentence = 'Reach R$ 60.000 in monthly sales by June 2027';
    expect(parse(h, sentence)[3]).toBe(60_000);
    // Written with the real's mark from core's one table of marks (fixes64: "BRL 60,000").
    expect(check(h, sentence)).toContain('R$60,000 per month');
  });

  it('French sentence, the sign after the amount', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR' });
    const sentence = 'Atteindre 60 000 R$ de CA d’ici juin 2027';
    expect(parse(h, sentence)[3]).toBe(60_000);
    expect(check(h, sentence)).toContain('60\u202f000\u00a0R$');
  });

  it.each([
    ['Reach ₽500,000 in sales by June 2027', '₽500,000'],
    ['Reach 500 000 zł in sales by June 2027', 'PLN\u00a0500,000'],
    ['Reach A$ 50,000 in sales by June 2027', 'AU$50,000'],
    ['Reach 45 L INR in sales by June 2027', '₹4,500,000'],
    ['Reach 60 000 BRL in sales by June 2027', 'R$60,000'],
  ])('%s names its currency (%s), not the sheet’s dollar', (sentence, shown) => {
    expect(check(harness({ spreadsheetLocale: 'en_US' }), sentence)).toContain(shown);
  });

  it('near misses: a dollar amount, a euro amount and a lower-case word after a number are read as before', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(check(h, 'Reach $60,000 in sales by June 2027')).toContain('$60,000');
    expect(parse(h, 'Reach €2.500 in sales by June 2027')[3]).toBe(2_500);
    expect(parse(h, 'Reach $2.5 in average order value by June 2027')[3]).toBe(2.5);
    expect(check(h, 'Book 3 try outs per week by June 2027')).not.toContain('TRY');
  });
});

describe('a KPI column formatted in reais shows "R$" on every surface', () => {
  const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));

  it.each(['R$ #,##0.00', '"R$ "#,##0.00'])('%s: the wizard’s KPI and Check goals judge a reais goal on it', (format) => {
    const h = harness({ spreadsheetLocale: 'pt_BR' });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName('Goals');
    goals.getRange(1, 1, 3, 2).setValues([['ID', 'Goal'], ['G1', 'Reach R$ 70.000 in monthly revenue by June 30, 2027'], ['G2', 'Reach €70,000 in monthly revenue by June 30, 2027']]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...months.map((m, i) => [m, 50_000 + 500 * i])]).getRange(2, 2, months.length, 1).setNumberFormat(format);
    const context = h.run<SidebarContext>('sidebarGetContext');
    expect(context.series.find((s) => s.sheetName === 'Revenue')?.currency).toBe('R$');
    h.run('menuCheckGoals');
    const values = goals.getDataRange().getValues();
    const column = (name: string): number => values[0].indexOf(name);
    // Judged in reais at 70,000 (read as $70 it was "on track" far below the tab's 61,500).
    expect(values[1][column('Verdict')]).not.toBe('');
    expect(values[1][column('Verdict')]).not.toBe('on track');
    // A euro goal is not judged on a tab of reais, and the note names both.
    expect(values[2][column('Verdict')]).toBe('');
    expect(String(values[2][column('SMART notes')])).toContain('The goal is in €, the KPI tab in R$: nothing is converted.');
  });
});

describe('the plan report’s axis shows the sign the column shows', () => {
  const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));

  it.each([
    ['R$ #,##0.00', 'Revenue (R$)'],
    ['#,##0.00 "kr"', 'Revenue (kr)'],
    ['[$₹-4009]#,##,##0', 'Revenue (₹)'],
    ['"$"#,##0', 'Revenue ($)'],
  ])('a column formatted %p: %p (R$ and kr said "($)" and nothing)', (format, title) => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    spreadsheet.getActiveSheet().setName('Goals');
    spreadsheet.getActiveSheet().getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Grow monthly revenue to 70,000 by March 31, 2027', 'Revenue']]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...months.map((m, i) => [m, 50_000 + 500 * i])]).getRange(2, 2, months.length, 1).setNumberFormat(format);
    h.run('generatePlanReport');
    const titles = h.emulator.context.model.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.options['vAxis.title']));
    expect(titles).toContain(title);
  });
});

describe('lakh and crore: a cell reads what a sentence reads', () => {
  it.each(['en_US', 'en_IN'])('GOALPROGRESS with rupee amounts typed as text (%s)', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    expect(h.addon.call('GOALPROGRESS', '₹50,000 crore', '₹1 lakh crore', '₹75,000 crore')).toBeCloseTo(0.5, 12);
    expect(h.addon.call('GOALPROGRESS', 0, '₹45L', '₹9 lakh')).toBeCloseTo(0.2, 12);
    expect(h.addon.call('GOALPROGRESS', 0, '45 L INR', '9 L INR')).toBeCloseTo(0.2, 12);
    expect(parse(h, 'Reach ₹1 lakh crore in revenue by 2030')[3]).toBe(1e12);
  });

  it('a bare "45 L" is lakhs in an Indian sheet only, in cells as in sentences', () => {
    const india = harness({ spreadsheetLocale: 'en_IN' });
    const us = harness({ spreadsheetLocale: 'en_US' });
    expect(india.addon.call('GOALPROGRESS', 0, '45 L', '9 L')).toBeCloseTo(0.2, 12);
    expect(parse(india, 'Reach 45 L in sales by March 2027')[3]).toBe(4_500_000);
    // Elsewhere "45 L" may be litres: no number, said so (as a sentence keeps 45).
    expect(() => us.addon.call('GOALPROGRESS', 0, '45 L', '9 L')).toThrow(/Not a number/);
    expect(parse(us, 'Reach 45 L in sales by March 2027')[3]).toBe(45);
  });
});

describe('the note on a count beside a tab of money whose currency is in its name, or nowhere', () => {
  const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10));

  it.each([
    { locale: 'en_US', tab: 'Revenue €', header: 'Revenue', goalsTab: 'Goals', headers: ['ID', 'Goal'], goal: 'Add 40 opportunities to revenue by March 31, 2027', notes: 'SMART notes', told: 'holds amounts in €: not judged on it' },
    { locale: 'en_US', tab: 'Revenue', header: 'Revenue', goalsTab: 'Goals', headers: ['ID', 'Goal'], goal: 'Add 40 opportunities to revenue by March 31, 2027', notes: 'SMART notes', told: 'the “Revenue” tab holds amounts: not judged on it' },
    { locale: 'fr_FR', tab: 'CA (€)', header: 'CA', goalsTab: 'Objectifs', headers: ['ID', 'Objectif'], goal: 'Ajouter 40 opportunités au CA d’ici le 31 mars 2027', notes: 'Remarques SMART', told: 'contient des montants en €\u202f: non jugé' },
    { locale: 'fr_FR', tab: 'CA', header: 'CA', goalsTab: 'Objectifs', headers: ['ID', 'Objectif'], goal: 'Ajouter 40 opportunités au CA d’ici le 31 mars 2027', notes: 'Remarques SMART', told: 'contient des montants\u202f: non jugé' },
  ])('$locale, tab “$tab” of plain numbers', ({ locale, tab, header, goalsTab, headers, goal, notes, told }) => {
    const h = harness({ spreadsheetLocale: locale });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName(goalsTab);
    goals.getRange(1, 1, 2, 2).setValues([headers, ['G1', goal]]);
    addSheet(h.emulator, tab, [['Month', header], ...months.map((m, i) => [m, 400_000 + 4_000 * i])]);
    h.run('menuCheckGoals');
    const values = goals.getDataRange().getValues();
    const note = String(values[1][values[0].indexOf(notes)]);
    expect(note).toContain(told);
    expect(note).not.toMatch(/ in :| en \u202f:/);
  });
});
