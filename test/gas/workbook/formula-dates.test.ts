/**
 * A KPI tab whose dates are formulas — the first week typed, then `=A2+7` down the column, as people build a weekly
 * log — and a Deadline column computed from a date (`=DATE(2027,6,30)`, `=EDATE(…)`). In Sheets such cells show dates
 * and `getValues` hands them out as Dates (TODAY/DATE: "a date value", support.google.com/docs/answer/3092984); the
 * emulator gave them as serial numbers until review 20. Check goals must judge them exactly as typed dates.
 */
import { addSheet, harness } from './harness';

const WEEKS = 30;

function checkedGoals(formulaDates: boolean): unknown[][] {
  const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'America/New_York', evaluateFormulas: true });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 3, 4).setValues([
    ['ID', 'Goal', 'KPI', 'Deadline'],
    ['G1', 'Raise weekly revenue to $13,000', 'Revenue', formulaDates ? '=DATE(2027,6,30)' : '2027-06-30'],
    ['G2', 'Raise weekly revenue to $11,000', 'Revenue', formulaDates ? '=EDATE(D2,-3)' : '2027-03-30'],
  ]);
  const rows: unknown[][] = [['Week', 'Revenue']];
  for (let i = 0; i < WEEKS; i++) rows.push([formulaDates && i > 0 ? `=A${i + 1}+7` : new Date(Date.UTC(2026, 4, 4 + 7 * i)).toISOString().slice(0, 10), 10000 + 150 * (i % 5) + 20 * i]);
  addSheet(h.emulator, 'Revenue', rows);
  h.emulator.recalculate();
  const dates = ss.getSheetByName('Revenue')?.getRange(2, 1, WEEKS, 1).getValues().map((row) => row[0]);
  // What Sheets hands a script for every one of these cells: a Date.
  expect(dates?.every((value) => Object.prototype.toString.call(value) === '[object Date]')).toBe(true);
  h.run('checkGoals');
  // The add-on's columns (right of the four typed ones), as Check goals wrote them.
  return goals.getDataRange().getValues().map((row) => row.slice(4));
}

describe('dates computed by formulas read as the dates they show', () => {
  it('Check goals writes the same verdicts, chances and notes over a KPI tab and deadlines of formula dates as over typed ones', () => {
    const typed = checkedGoals(false);
    const computed = checkedGoals(true);
    expect(typed[1].some((cell) => /realistic|stretch|unrealistic|on track/i.test(String(cell)))).toBe(true);
    expect(computed).toEqual(typed);
  });
});
