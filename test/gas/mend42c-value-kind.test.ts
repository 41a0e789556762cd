/**
 * mend42c (fc25's regressions), through the BUILT bundle on the emulator, EN and FR:
 * 1. a "%" or a share word in a formula history's header says rate before the count or money KPI it names, as the tab's
 *    reading (Check goals, the wizard) already did: "Leads converted (%)" at 56 … 90 % got ACHIEVABILITY 0.96 of 95 % and
 *    REALISTICTARGET 1.05 (105 % converted);
 * 2. a column flat at 0 % or 100 % is forecast at its bound (the rate hint's edge margin put zeros at 0.5 %);
 * 4. an index header makes an amount only once the history has reached 1: a "Gini index" at 0.62 … 0.98 is forecast within 1.
 * Near misses: the same header without "%" over counts stays a count; "Output index" reaching 1.00 still passes 1 (fc25).
 */
import type { AssessResponse, SidebarContext } from '../../src/core/api';
import { addSheet, harness, TODAY } from './workbook/harness';

const YEARS = ['2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31'];
const CONVERTED = [0.56, 0.61, 0.66, 0.71, 0.76, 0.8, 0.85, 0.9];
const GINI = [0.62, 0.67, 0.72, 0.77, 0.82, 0.88, 0.93, 0.98];
const DEADLINE = '2027-12-31';
const MONTHS = ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'];

const CASES = [
  { locale: 'en_US', percentHeaders: ['Leads converted (%)', 'Customers retained (%)', 'Deals won %', '% of revenue', 'Revenue share'], cost: 'Cost %', count: 'Leads converted', defects: 'Defect rate', uptime: 'Uptime', gini: 'Gini index' },
  { locale: 'fr_FR', percentHeaders: ['Leads convertis (%)', 'Clients fidélisés (%)', 'Affaires gagnées %', 'Chiffre d’affaires (%)'], cost: 'Coût %', count: 'Leads convertis', defects: 'Taux de défauts', uptime: 'Disponibilité', gini: 'Indice de Gini' },
] as const;

const yearly = (header: string, values: readonly number[]): unknown[][] => [['Year', header], ...values.map((v, i) => [YEARS[i], v])];
const monthly = (header: string, value: number): unknown[][] => [['Month', header], ...MONTHS.map((d) => [d, value])];

describe.each(CASES)('mend42c: the header’s unit, flat bounds and bounded indices ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  addSheet(h.emulator, 'Zeros', monthly(c.defects, 0)).getRange(2, 2, 12, 1).setNumberFormat('0.0%');
  addSheet(h.emulator, 'Ones', monthly(c.uptime, 1)).getRange(2, 2, 12, 1).setNumberFormat('0%');
  const context = h.run<SidebarContext>('sidebarGetContext');
  const wizard = (sheetName: string, target: number, direction: 'increase' | 'decrease'): AssessResponse => {
    const s = context.series.find((x) => x.sheetName === sheetName)!;
    return h.run<AssessResponse>('sidebarAssess', { seriesId: s.id, sheetName, catalogId: s.kpiId, baseline: s.defaultBaseline, direction, target, deadline: DEADLINE, aggregation: null });
  };

  it.each(c.percentHeaders)('"%s" at 56 … 90 % is a rate in the formulas: no 95 % for sure, no target above 100 %', (header) => {
    const h2 = yearly(header, CONVERTED);
    expect(h.run<number>('ACHIEVABILITY', h2, 0.95, DEADLINE, TODAY)).toBeLessThan(0.5);
    expect(h.run<number>('REALISTICTARGET', h2, DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });

  it('a cost in % (lower is better) at 56 … 90 % stays a rate: staying within 95 % is likely (was 4 %), no target above 100 %', () => {
    const h2 = yearly(c.cost, CONVERTED);
    expect(h.run<number>('ACHIEVABILITY', h2, 0.95, DEADLINE, TODAY)).toBeGreaterThan(0.5);
    expect(h.run<number>('REALISTICTARGET', h2, DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });

  it('near miss: the count it names, without "%", over counts stays a count (its target may pass its last value)', () => {
    const counts = yearly(c.count, CONVERTED.map((v) => Math.round(v * 100)));
    expect(h.run<number>('REALISTICTARGET', counts, DEADLINE, TODAY)).toBeGreaterThan(90);
  });

  it('a column of 0 % is forecast at 0 %: keeping it under 0.4 % is likely, in ACHIEVABILITY and the wizard', () => {
    const zeros = book.getSheetByName('Zeros')!.getDataRange().getValues();
    expect(h.run<number>('ACHIEVABILITY', zeros, 0.004, DEADLINE, TODAY, 'decrease')).toBeGreaterThan(0.5);
    const r = wizard('Zeros', 0.004, 'decrease');
    expect(Math.max(...r.forecast.map((p) => p.median))).toBe(0);
  });

  it('a column of 100 % is forecast at 100 %, its range holding it', () => {
    const r = wizard('Ones', 1, 'increase');
    expect(Math.min(...r.forecast.map((p) => p.median))).toBe(1);
    expect(Math.min(...r.forecast.map((p) => p.high))).toBe(1);
  });

  it('a bounded index that never reached 1 ("Gini index" at 0.62 … 0.98) is forecast within 1', () => {
    expect(h.run<number>('REALISTICTARGET', yearly(c.gini, GINI), DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });
});
