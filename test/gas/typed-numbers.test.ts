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
