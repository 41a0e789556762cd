/**
 * fixes61, what fixes59/60 noticed in the plan report and Check goals, through the BUILT bundle on the emulator:
 * - Check goals wrote a per-period goal's Suggested target unrounded (a month's suggestion divided back into weeks,
 *   $26,447.6386…) where the report writes it by `goalValueForCell`: one precision rule for both.
 * - A per-month sub-goal under a per-quarter goal added its monthly figure to the quarter's ("M (Q1) adds up to 3 of the
 *   10 deals"): it is 3 a month, 9 a quarter, in the roll-up, the tree and Check goals' notes, said in the row's words;
 *   12 a month is still no part of 10 a quarter (fixes59's like-for-like rule).
 * - The report's pace in the user's language: rupees grouped as the wizard and the notes write them (review 24's groups
 *   of three; lakh groups since fmt63, on every surface alike), « (+14,6 %) » with U+202F in French.
 * - A quarterly tab stamped on quarter ends with one odd row among its last four (30 June typed 29 June) was forecast
 *   at 30/12 and 30/03 (`stampedOnMonthEnds` read the last four rows only): the whole series decides.
 */
import { goalValueForCell } from '../../../src/core/achievability/cell-number';
import { addSheet, harness, monthlyRows, MONTHLY_LEADS } from './harness';

type Grid = unknown[][];

/** A Goals tab with `rows` under `headers`, KPI tabs, Check goals then the plan report: both tabs' values and shown text. */
function checkAndReport(locale: string, headers: string[], rows: unknown[][], tabs: Array<{ name: string; rows: unknown[][]; format?: string }>) {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale.startsWith('fr') ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, rows.length + 1, headers.length).setValues([headers, ...rows] as never);
  for (const tab of tabs) {
    const sheet = addSheet(h.emulator, tab.name, tab.rows);
    if (tab.format) sheet.getRange(2, 2, tab.rows.length - 1, 1).setNumberFormat(tab.format);
  }
  h.run('menuCheckGoals');
  h.run('menuGeneratePlanReport');
  const report = spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  return { goals: goals.getDataRange().getValues() as Grid, report: report.getDataRange().getValues() as Grid, shown: report.getDataRange().getDisplayValues(), h };
}

/** The value in `row` under the first header of `names` found in row 1. */
function cell(grid: Grid, row: number, names: readonly string[]): unknown {
  const column = grid[0].findIndex((v) => names.includes(String(v)));
  return grid[row][column];
}

describe('Check goals and the report write a suggested target by one precision rule (fixes61)', () => {
  it.each([
    ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Reach $30,000 of revenue per week by 15 February 2027'],
    ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Atteindre 30 000 € de chiffre d’affaires par semaine d’ici le 15 février 2027'],
  ])('%s: a weekly amount judged on monthly revenue gets whole units of money, the report’s', (locale, headers, sentence) => {
    const { goals, report } = checkAndReport(locale, headers, [['G1', sentence, 'Revenue']], [{ name: 'Revenue', rows: monthlyRows('Revenue', MONTHLY_LEADS.map((v) => v * 2500 + 0.5)), format: locale === 'fr_FR' ? '#,##0.00 €' : '$#,##0.00' }]);
    const written = cell(goals, 1, ['Suggested target', 'Cible suggérée']);
    // The note says "Aim for $26,448": the cell held 26447.638603696098 (a month's suggestion divided back into weeks).
    expect(typeof written).toBe('number');
    expect(Number.isInteger(written)).toBe(true);
    // The report's Achievability row for G1 holds the same number.
    const achievability = report.find((r, i) => r[0] === 'G1' && typeof r[3] === 'number' && i > 0)!;
    expect(achievability[3]).toBe(written);
  });

  it('a rate at its three significant digits is that number, no float noise (40.4 % was 0.40399999999999997)', () => {
    expect(goalValueForCell(0.404, 'percent')).toBe(0.404);
    expect(goalValueForCell(0.0356, 'percent')).toBe(0.0356);
    expect(goalValueForCell(0.30812, 'percent')).toBe(0.308);
  });
});

describe('one odd row does not move a quarter-end series’ forecast off quarter ends (fixes61)', () => {
  // Quarter ends from March 2023 to September 2026, 30 June 2026 typed as the 29th.
  const dates = ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-29', '2026-09-30'];
  const churn = [['Quarter', 'Churn'], ...dates.map((date, i) => [date, 0.09 - 0.002 * i])];

  it.each([
    ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Reduce churn to 5% by March 31, 2027'],
    ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Réduire le churn à 5 % d’ici le 31 mars 2027'],
  ])('%s: the report’s chart data forecasts 31 December and 31 March', (locale, headers, sentence) => {
    const { report } = checkAndReport(locale, headers, [['G1', sentence, 'Churn']], [{ name: 'Churn', rows: churn, format: '0.0%' }]);
    const iso = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : '');
    const last = report.findIndex((r) => iso(r[0]) === '2026-09-30');
    expect(last).toBeGreaterThan(0);
    expect(report.slice(last + 1, last + 3).map((r) => iso(r[0]))).toEqual(['2026-12-31', '2027-03-31']);
  });
});

describe('a per-month sub-goal counts in its parent’s quarter like for like (fixes61)', () => {
  const deals = [['Month', 'Deals'], ...monthlyRows('Deals', MONTHLY_LEADS.map((v) => Math.round(v / 12))).slice(1)];

  it.each([
    ['en_US', ['Goal ID', 'Goal', 'Owner', 'KPI'], ['Close 10 deals per quarter by March 31, 2027', 'Close 3 deals per month by March 31, 2027'],
      'M (3 per month, so 9 per quarter) adds up to 9 of the 10 deals of the parent goal Q: 1 missing.'],
    ['fr_FR', ['ID', 'Objectif', 'Responsable', 'Indicateur'], ['Conclure 10 affaires par trimestre d’ici le 31 mars 2027', 'Conclure 3 affaires par mois d’ici le 31 mars 2027'],
      'M (3 par mois, soit 9 par trimestre) totalise 9 des 10 affaires de l’objectif parent Q\u202f: il en manque 1.'],
  ])('%s: 3 a month is 9 of the quarter’s 10, in the notes, the tree and its roll-up', (locale, headers, [quarter, month], told) => {
    const { goals, report } = checkAndReport(locale, headers, [['Q', quarter, 'Emma', 'Deals'], ['M', month, 'Emma', 'Deals']], [{ name: 'Deals', rows: deals }]);
    const notes = (row: number): string => String(cell(goals, row, ['SMART notes', 'Remarques SMART']));
    expect(notes(1)).toContain(told);
    // The tree: Q's Total is the quarter's 9, M's own row its 3 a month.
    const tree = report.findIndex((r) => String(r[1]).startsWith(quarter) && String(r[1]).includes('\n'));
    expect(String(report[tree][1])).toContain(told);
    expect(report[tree].slice(2, 4)).toEqual([10, 9]);
    expect(report[tree + 1].slice(0, 3)).toEqual(['└ M', `└ ${month}`, 3]);
  });

  it('12 a month under 10 a quarter of the same owner is no sub-goal of it (fixes59), through the bundle', () => {
    const { goals } = checkAndReport('en_US', ['Goal ID', 'Goal', 'Owner', 'KPI'], [['Q', 'Close 10 deals per quarter by March 31, 2027', 'Emma', 'Deals'], ['X', 'Close 12 deals per month by March 31, 2027', 'Emma', 'Deals']], [{ name: 'Deals', rows: deals }]);
    expect(String(cell(goals, 2, ['SMART notes']))).not.toContain('sub-goal');
    expect(String(cell(goals, 1, ['SMART notes']))).not.toContain('adds up');
  });
});

describe('the report’s pace in the user’s language, rupees in lakh groups (fixes61; fmt63: was groups of three)', () => {
  const revenue = [['Month', 'Revenue'], ...Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, 12)), 4_000_000 + 40_000 * i + (i % 3) * 150_000])];

  // fmt63: English messages in an Indian locale group by lakhs and crores, CLDR's en_IN way, on every surface alike.
  it('en_IN: the pace and the notes write rupees in lakh groups, as the wizard does', () => {
    const { shown, goals } = checkAndReport('en_IN', ['Goal ID', 'Goal', 'KPI'], [['G1', 'Grow monthly revenue to ₹7,500,000,000 by March 31, 2027', 'Revenue']], [{ name: 'Revenue', rows: revenue, format: '[$₹-4009]#,##,##0' }]);
    const pace = shown.find((r) => r[0] === 'G1' && /per month$/.test(r[4]))!;
    expect(pace[4]).toMatch(/^\+₹\d{1,2}(,\d\d)*,\d{3}(\.\d\d)? \(\+\d+\.\d%\) per month$/);
    expect(String(cell(goals, 1, ['SMART notes']))).toMatch(/Aim for ₹\d{1,2}(,\d\d)*,\d{3} by/);
  });

  it('fr_FR: the pace’s change and percentage in French, U+202F before the per-cent sign', () => {
    const { shown } = checkAndReport('fr_FR', ['ID', 'Objectif', 'Indicateur'], [['G1', 'Porter le chiffre d’affaires mensuel à 7 500 000 000 € d’ici le 31 mars 2027', 'CA']], [{ name: 'CA', rows: revenue, format: '#,##0 €' }]);
    const pace = shown.find((r) => r[0] === 'G1' && /par mois$/.test(r[4]))!;
    expect(pace[4]).toMatch(/^\+\d{1,3}(\u202f\d{3})+(,\d\d)?\u00a0€ \(\+\d+,\d\u202f%\) par mois$/);
  });
});
