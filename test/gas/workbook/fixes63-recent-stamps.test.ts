/**
 * fixes63, item 4: whether a monthly tab is stamped on month ends was read from every row (fixes61), so 24 old month-end
 * rows outvoted the 6 recent ones typed mid-month, and the report's chart forecast the next months at their ends (30
 * November, 31 December) for a tab now stamped on the 15th. The latest change of convention decides (core
 * `stampedOnMonthEnds`: the rows after the last two old ones that say otherwise), through the BUILT bundle.
 */
import { addDays, addMonths } from '../../../src/core/dates';
import { addSheet, harness } from './harness';

/** Churn by month: May 2024 – April 2026 on month ends, then May – October 2026 on the 15th. */
function churnRows(): unknown[][] {
  const old = Array.from({ length: 24 }, (_, i) => addDays(addMonths('2024-06-01', i), -1));
  const recent = Array.from({ length: 6 }, (_, i) => addMonths('2026-05-15', i));
  return [['Month', 'Churn'], ...[...old, ...recent].map((date, i) => [date, 0.09 - 0.001 * i])];
}

it.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Reduce churn to 5% by March 31, 2027'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Réduire le churn à 5 % d’ici le 31 mars 2027'],
])('%s: the report’s chart data forecasts the 15th of the next months, as the recent rows are stamped', (locale, headers, sentence) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale.startsWith('fr') ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 3).setValues([headers, ['G1', sentence, 'Churn']]);
  addSheet(h.emulator, 'Churn', churnRows()).getRange(2, 2, 30, 1).setNumberFormat('0.0%');
  h.run('menuGeneratePlanReport');
  const report = spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!.getDataRange().getValues();
  const iso = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : '');
  const last = report.findIndex((r) => iso(r[0]) === '2026-10-15');
  expect(last).toBeGreaterThan(0);
  expect(report.slice(last + 1, last + 3).map((r) => iso(r[0]))).toEqual(['2026-11-15', '2026-12-15']);
});
