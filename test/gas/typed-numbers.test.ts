/**
 * One reading of numbers typed as text for formulas and Check goals (review finding F8.6): `parseCellNumber`
 * (core/numbers.ts), the way a cell of the spreadsheet's locale reads typed text — currency marks either side,
 * accountants' parentheses, locale separators — and in English no decimal comma nor space grouping ("0,3" and
 * "1 234,5" stay text in an en_US cell, as the emulator's typed-input model says). Through the BUILT bundle.
 */
import { addSheet, harness } from './workbook/harness';

describe('formulas read typed amounts as Check goals does', () => {
  it('en_US: "$1,234.50", "25 €", "(100)" are numbers; "0,3" and "1 234,5" are refused with the localized message', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(h.addon.call('GOALPROGRESS', '$1,000', '$2,000', '$1,234.50')).toBeCloseTo(0.2345, 10);
    expect(h.addon.call('GOALPROGRESS', '0 €', '100 €', '25 €')).toBeCloseTo(0.25, 10);
    expect(h.addon.call('GOALPROGRESS', 0, '(100)', '(25)')).toBeCloseTo(0.25, 10);
    expect(() => h.addon.call('GOALPROGRESS', 0, 1, '0,3')).toThrow('Not a number: 0,3');
    expect(() => h.addon.call('GOALPROGRESS', 0, 2000, '1 234,5')).toThrow('Not a number: 1 234,5');
  });

  it('fr_FR: « 1 234,50 € », « 25 % », « (100) » are numbers', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR' });
    expect(h.addon.call('GOALPROGRESS', '1 000 €', '2 000 €', '1 234,50 €')).toBeCloseTo(0.2345, 10);
    expect(h.addon.call('GOALPROGRESS', 0, '100 %', '25 %')).toBeCloseTo(0.25, 10);
    expect(h.addon.call('GOALPROGRESS', 0, '(100)', '(25)')).toBeCloseTo(0.25, 10);
  });
});

describe('Check goals and a formula agree on the same typed cells', () => {
  const cases = [
    { locale: 'en_US', headers: ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target'], notes: 'SMART notes', goal: 'Increase revenue by June 2027', good: ['$40,000', '$50,000'], bad: '0,3' },
    { locale: 'fr_FR', headers: ['ID', 'Objectif', 'Indicateur', 'Valeur de départ', 'Cible'], notes: 'Remarques SMART', goal: 'Augmenter le CA d’ici juin 2027', good: ['40 000 €', '50 000 €'], bad: 'n/a' },
  ];
  it.each(cases)('$locale', ({ locale, headers, notes, goal, good, bad }) => {
    const h = harness({ spreadsheetLocale: locale });
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const sheet = ss.getActiveSheet();
    sheet.setName(locale === 'en_US' ? 'Goals' : 'Objectifs');
    sheet.getRange(1, 1, 3, 5).setValues([headers, ['G1', goal, 'Revenue', `'${good[0]}`, `'${good[1]}`], ['G2', goal, 'Revenue', `'${bad}`, `'${good[1]}`]]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...Array.from({ length: 12 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}-01`, 40_000 + i * 100])]);
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    const note = (row: number) => String(values[row][(values[0] as string[]).indexOf(notes)]);
    // The typed amounts are read on both surfaces; the refused one is refused on both.
    expect(note(1)).not.toMatch(/is not a number|n’est pas un nombre/);
    expect(note(2)).toMatch(/is not a number|n’est pas un nombre/);
    expect(typeof h.addon.call('GOALPROGRESS', good[0], good[1], good[0])).toBe('number');
    expect(() => h.addon.call('GOALPROGRESS', bad, good[1], good[1])).toThrow();
  });
});

// Review 6, M2: the decimal separator comes from the LOCALE (CLDR), not its language — de_DE, es_ES, it_IT and pt_BR
// write "0,3" like fr_FR; en_US, ja_JP and es_MX write "0.3" and keep refusing "0,3".
describe('decimal-comma locales other than French read "0,3" and "12,5 %"', () => {
  const HISTORY = [
    ['2026-11-02', 0.24],
    ['2026-11-09', 0.26],
    ['2026-11-16', 0.25],
    ['2026-11-23', 0.25],
  ];
  it.each(['de_DE', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'fr_CA'])('%s: formulas', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    const reference = h.addon.call<number>('ACHIEVABILITY', HISTORY, 0.3, '2027-06-30', '2026-11-26');
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY, '0,3', '2027-06-30', '2026-11-26')).toBe(reference);
    expect(h.addon.call('GOALPROGRESS', 0, '100 %', '12,5 %')).toBeCloseTo(0.125, 10);
    expect(h.addon.call('GOALPROGRESS', 0, 2000, '1.234,5')).toBeCloseTo(0.61725, 10);
    // No thousands group starts with 0: "0.250" is an English decimal (an import), never 250 (review8).
    expect(h.addon.call('GOALPROGRESS', 0, 1, '0.250')).toBeCloseTo(0.25, 10);
    expect(h.addon.call('GOALPROGRESS', 0, 1, '-0.500')).toBeCloseTo(-0.5, 10);
    const textHistory = HISTORY.map(([d, v]) => [d, String(v).replace('.', ',')]);
    expect(h.addon.call<number>('ACHIEVABILITY', textHistory, '0,3', '2027-06-30', '2026-11-26')).toBe(reference);
  });

  it.each(['en_US', 'ja_JP', 'es_MX'])('%s: "0,3" stays refused, "0.3" is read', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    expect(() => h.addon.call('GOALPROGRESS', 0, 1, '0,3')).toThrow('Not a number: 0,3');
    expect(h.addon.call('GOALPROGRESS', 0, 1, '0.3')).toBeCloseTo(0.3, 10);
  });

  it.each([
    ['de_DE', ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target'], 'SMART notes', 'Probability'],
    ['es_ES', ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target'], 'SMART notes', 'Probability'],
  ])('%s: Check goals reads text "0,25" in the Goals tab and a KPI tab as numbers', (locale, headers, notes, probability) => {
    const run = (typed: (v: number) => unknown) => {
      const h = harness({ spreadsheetLocale: locale });
      const sheet = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
      sheet.setName('Goals');
      sheet.getRange(1, 1, 2, 5).setValues([headers, ['G1', 'Raise the close rate to 30% by 2027-06-30', 'Close rate', typed(0.25), typed(0.3)]]);
      addSheet(h.emulator, 'Close rate', [['Week', 'Close rate'], ...Array.from({ length: 20 }, (_, i) => [`2026-${String(7 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + (i % 4) * 7).padStart(2, '0')}`, typed(0.22 + (i % 4) / 100)])]);
      h.run('checkGoals');
      const values = sheet.getDataRange().getValues();
      return (header: string) => values[1][(values[0] as string[]).indexOf(header)];
    };
    const numeric = run((v) => v);
    const text = run((v) => `'${String(v).replace('.', ',')}`);
    expect(String(text(notes))).not.toMatch(/not a number/);
    expect(typeof numeric(probability)).toBe('number');
    expect(text(probability)).toBe(numeric(probability));
  });
});

// Review 9: each locale's own CLDR grouping — en_IN "#,##,##0.###" ("1,00,000"), de_CH `group` "’" (U+2019, and the
// ASCII "'" typed for it) — and an apostrophe groups digits nowhere else (it was accepted in every locale).
describe('regional groupings follow the spreadsheet locale', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['en_IN', ['1,00,000', '12,34,567.50', '100,000', '-1,00,000'], ['1,0,000', '1,00,00', "1'234.50", '1’234.50', '0,5']],
    ['de_CH', ['1’234.50', "1'234.50", '1’000’000', 'CHF 1’234.50', '1,234.50'], ['1’23.5', "12'34", '1,00,000', '0,5']],
    ['en_US', ['1,234.50', '100,000'], ["1'234.50", '1’234.50', '1,00,000']],
    ['fr_FR', ['1 234,50'], ["1'234,50", '1’234,50']],
    ['de_DE', ['1.234,50'], ["1'234,50"]],
  ];
  it.each(cases)('%s: a formula reads its own grouping and refuses the others', (locale, good, bad) => {
    const h = harness({ spreadsheetLocale: locale });
    const value = (text: string) => h.addon.call('GOALPROGRESS', 0, 1, text);
    const expected = (text: string) => Number(text.replace(/[^\d.,-]/g, '').replace(locale === 'fr_FR' || locale === 'de_DE' ? /\./g : /,/g, '').replace(',', '.'));
    for (const text of good) expect([text, value(text)]).toEqual([text, expected(text)]);
    for (const text of bad) expect(() => value(text)).toThrow(/^(Not a number|Nombre invalide)/);
  });

  it.each([
    ['en_IN', (v: number) => v.toLocaleString('en-IN')],
    ['de_CH', (v: number) => v.toLocaleString('de-CH', { minimumFractionDigits: 2 }).replace(/'/g, '’')],
  ])('%s: Check goals reads a KPI tab typed that way', (locale, typed) => {
    const h = harness({ spreadsheetLocale: locale });
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const sheet = ss.getActiveSheet();
    sheet.setName('Goals');
    sheet.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Grow revenue to 160000 by June 30, 2027', 'Revenue']]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...Array.from({ length: 22 }, (_, i) => [`2025-${String((i % 12) + 1).padStart(2, '0')}-01`.replace('2025', String(2025 + Math.floor(i / 12))), `'${typed(100000 + i * 2000 + (i % 3) * 5000)}`])]);
    h.run('checkGoals');
    const values = sheet.getDataRange().getValues();
    const notes = String(values[1][(values[0] as string[]).indexOf('SMART notes')]);
    expect(notes).not.toMatch(/No KPI tab/);
    expect(values[1][(values[0] as string[]).indexOf('Verdict')]).toBe('on track');
  });
});
