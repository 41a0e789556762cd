/**
 * units43 (issue 11; fc25's and mend42c's leftovers), through the BUILT bundle on the emulator, EN and FR: the unit a
 * KPI is shown, forecast and judged in, the same on every surface (the wizard, the formulas, Check goals).
 * 1. A quota attainment formatted "0%" that never reached 100 % (82 … 97 %) was a rate: a chance of 0 for 105 %, 100 %
 *    suggested. It may pass 100 % (the catalog says so): forecast as an amount, said in % — and a quota attainment past
 *    100 % had its reasons in plain numbers ("Chance of reaching 1.1"). Net revenue retention likewise; near misses:
 *    gross retention at the same values, a count, a currency column.
 * 2. An index header: "Price index" was shown in dollars (a suggestion of 1.2 written "$1"), "Conversion index" was the
 *    conversion rate in English (in %) and no KPI in French; Check goals rounded an index's suggestion to 1 as a count's.
 */
import type { AssessResponse, SidebarContext } from '../../src/core/api';
import { addSheet, harness, monthlyRows, TODAY } from './workbook/harness';

const DEADLINE = '2027-03-31';
/** Monthly, December 2024 to November 2026. */
const UNDER = [0.82, 0.93, 0.97, 0.97, 0.96, 0.89, 0.97, 0.97, 0.91, 0.94, 0.97, 0.97, 0.85, 0.92, 0.97, 0.97, 0.95, 0.97, 0.9, 0.97, 0.97, 0.94, 0.97, 0.97];
const PAST = [0.85, 0.96, 1.04, 1.12, 0.99, 0.92, 1.01, 1.08, 0.94, 0.97, 1.03, 1.1, 0.88, 0.95, 1.02, 1.06, 0.98, 1.0, 0.93, 1.05, 1.09, 0.97, 1.01, 1.04];
const RETAINED = [0.95, 0.96, 0.95, 0.97, 0.96, 0.97, 0.96, 0.98, 0.97, 0.96, 0.98, 0.97, 0.97, 0.98, 0.97, 0.98, 0.99, 0.98, 0.97, 0.98, 0.99, 0.98, 0.99, 0.99];
const INDEX = [0.9, 0.92, 0.95, 0.97, 0.99, 1.01, 1.02, 1.0, 1.03, 1.05, 1.04, 1.06, 1.07, 1.05, 1.08, 1.09, 1.1, 1.08, 1.11, 1.12, 1.1, 1.13, 1.14, 1.15];
const DEALS = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];
const REVENUE = DEALS.map((d) => d * 1000);

const CASES = [
  {
    locale: 'en_US',
    goalsTab: 'Goals',
    quota: 'Quota attainment',
    nrr: 'Net revenue retention',
    grr: 'Gross revenue retention',
    price: 'Price index',
    conv: 'Conversion index',
    output: 'Output index',
    goals: ['Raise quota attainment to 105% by March 31, 2027', 'Raise the output index to 1.4 by March 31, 2027'],
    columns: { score: 'SMART score', probability: 'Probability', suggested: 'Suggested target' },
    money: '$#,##0.00',
    sign: '$',
    unrealistic: /^unrealistic/,
    chancePast: /^Chance of reaching 110% at the current pace: \d+%\.$/,
    rangePast: /^At the current pace: \d+(\.\d)?% by Mar 31, 2027 \(80% range \d+(\.\d)?% to \d+(\.\d)?%\)\.$/,
    convChance: /^Chance of reaching 1\.25 at the current pace: \d+%\.$/,
  },
  {
    locale: 'fr_FR',
    goalsTab: 'Objectifs',
    quota: 'Taux d’atteinte des objectifs',
    nrr: 'Rétention nette',
    grr: 'Rétention brute',
    price: 'Indice des prix',
    conv: 'Indice de conversion',
    output: 'Indice de production',
    goals: ['Porter le taux d’atteinte des objectifs à 105 % d’ici le 31 mars 2027', 'Porter l’indice de production à 1,4 d’ici le 31 mars 2027'],
    columns: { score: 'Score SMART', probability: 'Probabilité', suggested: 'Cible suggérée' },
    money: '#,##0.00 [$€-fr-FR]',
    sign: '€',
    unrealistic: /^irréaliste/,
    chancePast: /^Chance d’atteindre 110\u202f% au rythme actuel\u202f: \d+\u202f%\.$/,
    rangePast: /^Au rythme actuel\u202f: \d+(,\d)?\u202f% au 31 mars 2027 \(fourchette à 80\u202f%\u202f: \d+(,\d)?\u202f% à \d+(,\d)?\u202f%\)\.$/,
    convChance: /^Chance d’atteindre 1,25 au rythme actuel\u202f: \d+\u202f%\.$/,
  },
] as const;

describe.each(CASES)('units43: the unit a KPI is shown, forecast and judged in ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.goalsTab);
  goals.getRange(1, 1, 3, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goals[0], 'Quota'], ['G2', c.goals[1], 'Output']]);
  const percentTab = (name: string, header: string, values: readonly number[]): void => {
    addSheet(h.emulator, name, monthlyRows(header, values)).getRange(2, 2, values.length, 1).setNumberFormat('0%');
  };
  percentTab('Quota', c.quota, UNDER);
  percentTab('QuotaPast', c.quota, PAST);
  percentTab('Nrr', c.nrr, RETAINED);
  percentTab('Grr', c.grr, RETAINED);
  addSheet(h.emulator, 'Output', monthlyRows(c.output, INDEX));
  addSheet(h.emulator, 'Price', monthlyRows(c.price, INDEX));
  addSheet(h.emulator, 'PriceMoney', monthlyRows(c.price, INDEX)).getRange(2, 2, INDEX.length, 1).setNumberFormat(c.money);
  addSheet(h.emulator, 'Conv', monthlyRows(c.conv, INDEX));
  addSheet(h.emulator, 'Deals', monthlyRows('Deals', DEALS));
  addSheet(h.emulator, 'Revenue', monthlyRows('Revenue', REVENUE)).getRange(2, 2, REVENUE.length, 1).setNumberFormat(c.money);
  const tab = (name: string): unknown[][] => book.getSheetByName(name)!.getDataRange().getValues();
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.find((x) => x.sheetName === sheetName)!;
  const wizard = (sheetName: string, target: number): AssessResponse => {
    const s = series(sheetName);
    return h.run<AssessResponse>('sidebarAssess', { seriesId: s.id, sheetName, catalogId: s.kpiId, baseline: s.defaultBaseline, direction: 'increase', target, deadline: DEADLINE, aggregation: null });
  };
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();
  const cell = (row: number, header: string): string => shown[row][shown[0].indexOf(header)];

  it('a quota attainment at 82 … 97 % has one chance of 105 % on every surface (was 0), and suggestions past 100 %', () => {
    const r = wizard('Quota', 1.05);
    expect(r.probability!).toBeGreaterThan(0.01);
    expect(r.suggestedTarget!).toBeGreaterThan(1);
    expect(r.suggestedTargetText).toMatch(/^1\d\d(?:[.,]\d)?\u202f?%$/);
    expect(h.run<number>('ACHIEVABILITY', tab('Quota'), 1.05, DEADLINE, TODAY)).toBeCloseTo(r.probability!, 3);
    expect(h.run<string>('GOALVERDICT', tab('Quota'), 1.05, DEADLINE, TODAY)).not.toMatch(c.unrealistic);
    expect(h.run<number>('REALISTICTARGET', tab('Quota'), DEADLINE, TODAY)).toBeGreaterThan(1);
    // Check goals: the same chance, rounded as the sheet shows it, and the same score as SMARTSCORE on the tab.
    expect(parseInt(cell(1, c.columns.probability), 10)).toBe(Math.round(r.probability! * 100));
    expect(cell(1, c.columns.suggested)).not.toMatch(/^100\u202f?%$/);
    expect(h.run<number>('SMARTSCORE', c.goals[0], tab('Quota'), TODAY)).toBe(Number(cell(1, c.columns.score)));
  });

  it('past 100 %, its reasons are in % (they read "1.1", "0.896 to 1.12")', () => {
    const r = wizard('QuotaPast', 1.1);
    expect(r.reasons).toContainEqual(expect.stringMatching(c.chancePast));
    expect(r.reasons).toContainEqual(expect.stringMatching(c.rangePast));
  });

  it('net revenue retention at 95 … 99 % may pass 100 %; near miss: gross retention at the same values may not', () => {
    expect(wizard('Nrr', 1.02).probability!).toBeGreaterThan(0.01);
    expect(h.run<number>('ACHIEVABILITY', tab('Nrr'), 1.02, DEADLINE, TODAY)).toBeGreaterThan(0.01);
    const gross = wizard('Grr', 1.02);
    expect(gross.probability ?? 0).toBeLessThan(0.005);
    expect(gross.suggestedTarget!).toBeLessThanOrEqual(1);
    expect(h.run<number>('ACHIEVABILITY', tab('Grr'), 1.02, DEADLINE, TODAY)).toBeLessThan(0.005);
    expect(h.run<number>('REALISTICTARGET', tab('Grr'), DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });

  it('near misses: a count keeps whole suggestions, a currency column its sign', () => {
    expect(Number.isInteger(wizard('Deals', 60).suggestedTarget)).toBe(true);
    expect(wizard('Revenue', 60000).suggestedTargetText).toContain(c.sign);
  });

  it('a price index is no money unless its format says so: plain numbers (a suggestion of 1.2 read "$1")', () => {
    const r = wizard('Price', 1.2);
    expect(series('Price').unit).toBe('score');
    expect(r.suggestedTargetText).toMatch(/^1[.,]\d+$/);
    expect(r.reasons.join(' ')).not.toContain(c.sign);
    expect(wizard('PriceMoney', 1.2).suggestedTargetText).toContain(c.sign);
  });

  it('a conversion index is no conversion rate, in either language: plain numbers, no % (English read a rate)', () => {
    expect(series('Conv')).toEqual(expect.objectContaining({ kpiId: null, unit: 'score' }));
    const r = wizard('Conv', 1.25);
    expect(r.suggestedTargetText).not.toContain('%');
    expect(r.reasons).toContainEqual(expect.stringMatching(c.convChance));
  });

  it('SMARTSCORE over a column of goals on one history scores each as it does alone (the header read once per call)', () => {
    const column = [[c.goals[0]], [c.goals[0].replace('105', '130')], [c.goals[0].replace('105', '99')], [c.goals[0]]];
    const alone = column.map(([goal]) => h.run<number>('SMARTSCORE', goal, tab('Quota'), TODAY));
    expect(h.run<number[][]>('SMARTSCORE', column, tab('Quota'), TODAY)).toEqual(alone.map((score) => [score]));
    expect(new Set(alone).size).toBeGreaterThan(1);
  });

  it('Check goals suggests an index’s target with the wizard’s decimals (it rounded 1.3 to 1, as a count’s)', () => {
    const suggested = wizard('Output', 1.4).suggestedTarget!;
    expect(Number.isInteger(suggested)).toBe(false);
    const raw = goals.getDataRange().getValues();
    expect(raw[2][shown[0].indexOf(c.columns.suggested)]).toBeCloseTo(suggested, 6);
  });
});
