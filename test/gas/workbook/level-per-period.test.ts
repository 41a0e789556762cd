/**
 * "X % per month" / "+1 point per week" on a LEVEL KPI (a rate) through the BUILT bundle (review12 M1): the change is
 * applied once per period from the latest point to the deadline (core/achievability/per-period.ts `levelChangeTarget`),
 * as a summed KPI's "× 1,05²" — not once. Check goals states the computed target in its note, SMARTSCORE judges the
 * same target (its score is Check goals' score), and the plan report's Target is that level.
 */
import { addSheet, harness, monthlyRows } from './harness';

/** Monthly conversion rate, December 2024 – November 2026 (latest 2.94 %). */
const CONVERSION = [0.03, 0.029, 0.031, 0.03, 0.029, 0.03, 0.031, 0.03, 0.029, 0.03, 0.031, 0.03, 0.029, 0.03, 0.031, 0.03, 0.029, 0.03, 0.031, 0.03, 0.029, 0.03, 0.0295, 0.0294];
/** Monthly churn rate (latest 45 %). */
const CHURN = [0.46, 0.45, 0.47, 0.46, 0.44, 0.45, 0.46, 0.45, 0.44, 0.46, 0.45, 0.46, 0.45, 0.44, 0.46, 0.45, 0.46, 0.44, 0.45, 0.46, 0.45, 0.44, 0.46, 0.45];

const CASES = [
  {
    locale: 'en_US',
    headers: ['Goal ID', 'Goal', 'KPI'],
    goals: 'Goals',
    perMonth: 'Increase the conversion rate by 10% per month by March 31, 2027',
    once: 'Increase the conversion rate by 10% by March 31, 2027',
    churn: 'Reduce churn by 2% per month by March 31, 2027',
    notes: 'SMART notes',
    growth: 'Target 4.3%: 2.94% in the last full period (November 1, 2026 – November 30, 2026) × 1.1⁴.',
    churnNote: '× 0.98⁴',
  },
  {
    locale: 'fr_FR',
    headers: ['ID', 'Objectif', 'Indicateur'],
    goals: 'Objectifs',
    perMonth: 'Augmenter le taux de conversion de 10 % par mois d’ici le 31 mars 2027',
    once: 'Augmenter le taux de conversion de 10 % d’ici le 31 mars 2027',
    churn: 'Réduire l’attrition de 2 % par mois d’ici le 31 mars 2027',
    notes: 'Remarques SMART',
    growth: 'Cible 4,3\u202f%\u202f: 2,94\u202f% sur la dernière période complète (du 1er novembre 2026 au 30 novembre 2026) × 1,1⁴.',
    churnNote: '× 0,98⁴',
  },
] as const;

describe.each(CASES)('a change per period on a rate compounds each period ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(c.goals);
  const rows = [c.headers, ['G1', c.perMonth, 'Conversion rate'], ['G2', c.once, 'Conversion rate'], ['G3', c.churn, 'Churn rate']];
  goals.getRange(1, 1, rows.length, 3).setValues(rows as unknown as string[][]);
  const conversion = monthlyRows('Conversion rate', CONVERSION);
  const churn = monthlyRows('Churn rate', CHURN);
  addSheet(h.emulator, 'Conversion rate', conversion);
  addSheet(h.emulator, 'Churn rate', churn);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (names: string[]): number => (values[0] as string[]).findIndex((v) => names.includes(v));
  const notes = (row: number): string => String(values[row][column([c.notes])]);
  const score = (row: number): unknown => values[row][column(['SMART score', 'Score SMART'])];

  it('Check goals states the target compounded to the deadline (× 1.1⁴ from November to March), not the change once', () => {
    expect(notes(1)).toContain(c.growth);
    expect(notes(3)).toContain(c.churnNote);
  });

  it('SMARTSCORE judges the same target as Check goals, harder than the change applied once', () => {
    const smart = (sentence: string, tab: unknown[][]): number => h.addon.call<number>('SMARTSCORE', sentence, tab.slice(1), '2026-11-26');
    expect(smart(c.perMonth, conversion)).toBe(score(1));
    expect(smart(c.once, conversion)).toBe(score(2));
    expect(smart(c.perMonth, conversion)).toBeLessThan(smart(c.once, conversion));
    expect(smart(c.churn, churn)).toBe(score(3));
  });

  it('the plan report’s Target is the compounded level (2.94 % × 1.1⁴ ≈ 4.3 %)', () => {
    h.run('generatePlanReport');
    const report = spreadsheet.getSheets().find((s) => s.getName() !== c.goals && /plan/i.test(s.getName()));
    const row = report?.getDataRange().getDisplayValues().find((r) => r[0] === 'G1' && r.some((v) => /^4[.,]3\s?%$/.test(v)));
    expect(row).toBeDefined();
  });

  it('the report’s Probability reads as the Goals tab’s ("<1 %", not "0 %": review12 M5)', () => {
    const shown = goals.getDataRange().getDisplayValues()[1][column(['Probability', 'Probabilité'])];
    expect(shown).toMatch(/^<1\s?%$/);
    const report = spreadsheet.getSheets().find((s) => s.getName() !== c.goals && /plan/i.test(s.getName()));
    const rows = report?.getDataRange().getDisplayValues().filter((r) => r[0] === 'G1') ?? [];
    expect(rows.some((r) => r.includes(shown))).toBe(true);
    expect(rows.some((r) => r.some((v) => /^0\s?%$/.test(v)))).toBe(false);
  });
});
