/**
 * fc25 (issue 11, forecast24's follow-up), through the BUILT bundle: the forecaster is told what the sheet says a KPI's
 * values are before it picks its space. A yearly retention formatted "0%" (90 … 98 %) stays a rate on every surface —
 * percentages, points, no forecast nor target above 100 % — and an unformatted yearly index at 0.62 … 1.00 under a header
 * naming an index is an amount: a chance of passing 1 (logit space gave it none: ACHIEVABILITY 0, REALISTICTARGET 1, the
 * wizard "unrealistic", "Chance of reaching 105%: under 1%", its forecast 99.8 %).
 * The wizard shows such an index as plain numbers, past 1 too (it rounded a suggestion of 1.3 to 1 as a count's).
 * Near misses: the same index formatted as a percentage, and an unformatted column naming nothing, stay rates.
 */
import type { AssessResponse, SidebarContext } from '../../src/core/api';
import { addSheet, harness, TODAY } from './workbook/harness';

const YEARS = ['2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31'];
const RETENTION = [0.9, 0.93, 0.95, 0.97, 0.98];
const INDEX = [0.62, 0.68, 0.73, 0.79, 0.85, 0.9, 0.95, 1.0];
const DEADLINE = '2027-12-31';
/** An index at 1 in its base year, past it since: no count either. */
const PAST_1 = [1.0, 1.037, 1.061, 1.098, 1.124, 1.159, 1.182, 1.216];

const CASES = [
  {
    locale: 'en_US',
    goalsTab: 'Goals',
    retention: 'Retention',
    index: 'Output index',
    plain: 'Output',
    probability: 'Probability',
    goals: ['Raise retention to 99% by December 31, 2027', 'Raise the output index to 1.05 by December 31, 2027'],
    percent: (n: number) => `${n}%`,
    rateChance: /^Chance of reaching 99% at the current pace: \d+%\.$/,
    indexChance: /^Chance of reaching 1\.05 at the current pace: \d+%\.$/,
    pace: '+0.025 (+2.5%) per year',
  },
  {
    locale: 'fr_FR',
    goalsTab: 'Objectifs',
    retention: 'Rétention',
    index: 'Indice de production',
    plain: 'Production',
    probability: 'Probabilité',
    goals: ['Porter la rétention à 99 % d’ici le 31 décembre 2027', 'Porter l’indice de production à 1,05 d’ici le 31 décembre 2027'],
    percent: (n: number) => `${n}\u202f%`,
    rateChance: /^Chance d’atteindre 99\u202f% au rythme actuel\u202f: \d+\u202f%\.$/,
    indexChance: /^Chance d’atteindre 1,05 au rythme actuel\u202f: \d+\u202f%\.$/,
    pace: '+0,025 (+2,5\u202f%) par année',
  },
] as const;

describe.each(CASES)('the sheet’s unit decides the forecast’s space ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.goalsTab);
  goals.getRange(1, 1, 3, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goals[0], c.retention], ['G2', c.goals[1], c.index]]);
  addSheet(h.emulator, c.retention, [['Year', c.retention], ...YEARS.slice(3).map((d, i) => [d, RETENTION[i]])]).getRange(2, 2, RETENTION.length, 1).setNumberFormat('0%');
  addSheet(h.emulator, c.index, [['Year', c.index], ...YEARS.map((d, i) => [d, INDEX[i]])]);
  // Near misses: the index formatted as a percentage, and an unformatted column whose header names nothing.
  addSheet(h.emulator, 'Pct', [['Year', c.index], ...YEARS.map((d, i) => [d, INDEX[i]])]).getRange(2, 2, INDEX.length, 1).setNumberFormat('0%');
  addSheet(h.emulator, 'Plain', [['Year', c.plain], ...YEARS.map((d, i) => [d, INDEX[i]])]);
  addSheet(h.emulator, 'Past1', [['Year', c.index], ...YEARS.map((d, i) => [d, PAST_1[i]])]);
  const tab = (name: string): unknown[][] => book.getSheetByName(name)!.getDataRange().getValues();
  const context = h.run<SidebarContext>('sidebarGetContext');
  const wizard = (sheetName: string, target: number): AssessResponse => {
    const s = context.series.find((x) => x.sheetName === sheetName)!;
    return h.run<AssessResponse>('sidebarAssess', { seriesId: s.id, sheetName, catalogId: s.kpiId, baseline: s.defaultBaseline, direction: 'increase', target, deadline: DEADLINE, aggregation: null });
  };

  it('a yearly retention formatted "0%" stays a rate in the wizard: percentages and points, nothing above 100 %', () => {
    const r = wizard(c.retention, 0.99);
    expect(r.reasons).toContainEqual(expect.stringMatching(c.rateChance));
    expect(r.suggestedTarget).not.toBeNull();
    expect(r.suggestedTarget!).toBeLessThanOrEqual(1);
    expect(r.suggestedTargetText).toMatch(/^\d+(?:[.,]\d)?\u202f?%$/);
    expect(Math.max(...r.forecast.map((p) => p.high))).toBeLessThan(1);
  });

  it('…and in ACHIEVABILITY and REALISTICTARGET, which read its header: no target above 100 %', () => {
    expect(h.run<number>('ACHIEVABILITY', tab(c.retention), 0.99, DEADLINE, TODAY)).toBeGreaterThan(0.5);
    expect(h.run<number>('REALISTICTARGET', tab(c.retention), DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });

  it('an unformatted yearly index at 0.62 … 1.00 gets a chance above 1 in the wizard, in its own numbers (was under 1 % of "105%")', () => {
    const r = wizard(c.index, 1.05);
    expect(r.probability!).toBeGreaterThan(0.5);
    expect(r.reasons).toContainEqual(expect.stringMatching(c.indexChance));
    expect(Math.max(...r.forecast.map((p) => p.median))).toBeGreaterThan(1);
    expect(r.paceText).toBe(c.pace);
    expect(r.suggestedTargetText).not.toMatch(/%/);
  });

  it('…in ACHIEVABILITY and REALISTICTARGET (was 0, and at most 1)', () => {
    expect(h.run<number>('ACHIEVABILITY', tab(c.index), 1.05, DEADLINE, TODAY)).toBeGreaterThan(0.5);
    expect(h.run<number>('REALISTICTARGET', tab(c.index), DEADLINE, TODAY)).toBeGreaterThan(1);
  });

  it('Check goals: the retention goal’s chance in %, the index goal’s above 50 % (was 0 %)', () => {
    h.run('menuCheckGoals');
    const shown = goals.getDataRange().getDisplayValues();
    const column = shown[0].indexOf(c.probability);
    expect(shown[1][column]).toMatch(/^\d+\u202f?%$/);
    expect(parseInt(shown[2][column], 10)).toBeGreaterThan(50);
  });

  it('the wizard reads an index past 1 as plain numbers too: its suggested target keeps its decimals (was rounded to 1 as a count)', () => {
    const s = context.series.find((x) => x.sheetName === 'Past1')!;
    expect(s.unit).toBe('score');
    const r = wizard('Past1', 1.3);
    expect(r.suggestedTarget).not.toBeNull();
    expect(Number.isInteger(r.suggestedTarget)).toBe(false);
  });

  it('near misses: the index formatted as a percentage, and a column naming nothing, stay rates (no chance above 100 %)', () => {
    expect(wizard('Pct', 1.05).probability ?? 0).toBe(0);
    expect(wizard('Plain', 1.05).probability ?? 0).toBe(0);
    expect(h.run<number>('ACHIEVABILITY', tab('Plain'), 1.05, DEADLINE, TODAY)).toBe(0);
    expect(h.run<number>('REALISTICTARGET', tab('Plain'), DEADLINE, TODAY)).toBeLessThanOrEqual(1);
  });
});
