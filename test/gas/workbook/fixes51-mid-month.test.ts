/**
 * fixes51, months counted one way on MID-month deadlines too: a goal due 15 March 2027 on monthly close-rate rows. The
 * report's pace ran over the whole months its forecast steps (from the row of 31 October: 4, March's half left out;
 * from rows stamped on the 1st: 5, March counted in full) while REQUIREDPACE counts the days (4.48 from 1 November). A
 * level's pace now runs from the end of its latest row's month (core `paceStart`: October's row, stamped the 1st or the
 * 31st, stands for October) to the deadline day by core's `periodsBetween` on every surface, so REQUIREDPACE from
 * 1 November gives the report's pace — mid-month, at a month's end, and across 29 February 2028 (a leap year's February
 * is 29 days of the fraction).
 */
import { harness, addSheet, reportPacePoints } from './harness';

/** Monthly close rates January → October 2026, stamped on each month's LAST day or its FIRST. */
const RATES = [0.22, 0.23, 0.22, 0.24, 0.23, 0.24, 0.25, 0.24, 0.25, 0.25];
const rows = (stamp: 'last' | 'first'): unknown[][] => [['Month', 'Close rate'], ...RATES.map((v, i) => [new Date(Date.UTC(2026, stamp === 'last' ? i + 1 : i, stamp === 'last' ? 0 : 1)), v])];

const DEADLINES: ReadonlyArray<[string, Date]> = [
  ['MID', new Date(Date.UTC(2027, 2, 15))],
  ['END', new Date(Date.UTC(2027, 2, 31))],
  ['LEAPMID', new Date(Date.UTC(2028, 1, 15))],
  ['LEAPEND', new Date(Date.UTC(2028, 1, 29))],
];

describe.each([
  ['en_US', 'last', '2026-11-01', ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target', 'Deadline'], /^SMART plan /],
  ['fr_FR', 'last', '2026-11-01', ['ID', 'Objectif', 'Indicateur', 'Point de départ', 'Cible', 'Échéance'], /^Plan SMART /],
  ['en_US', 'first', '2026-11-01', ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target', 'Deadline'], /^SMART plan /],
] as const)('the report’s pace and REQUIREDPACE count the same months (%s, rows on each month’s %s day)', (locale, stamp, from, headers, reportName) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  const goal = (id: string, deadline: Date): unknown[] => [id, locale === 'fr_FR' ? 'Porter le taux de conclusion à 29 %' : 'Raise the close rate to 29%', 'Close rate', 0.25, 0.29, deadline];
  goals.getRange(1, 1, DEADLINES.length + 1, 6).setValues([[...headers], ...DEADLINES.map(([id, deadline]) => goal(id, deadline))] as never);
  addSheet(h.emulator, 'Close rate', rows(stamp));
  h.run('menuGeneratePlanReport');
  const report = spreadsheet.getSheets().find((s) => reportName.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  const reportPoints = (id: string): number => reportPacePoints(shown, id);
  /** REQUIREDPACE from the day after the latest row's month, in points, rounded as the report shows it. */
  const formula = (deadline: Date): number => Math.round(h.run<number>('REQUIREDPACE', 0.25, 0.29, from, deadline.toISOString().slice(0, 10)) * 100 * 100) / 100;

  it.each(DEADLINES)('%s: the same pace on both', (id, deadline) => {
    expect(reportPoints(id)).toBe(formula(deadline));
  });

  it('counts half a month for 15 March, not a whole one', () => {
    // October's row stands for October whether it is stamped the 1st or the 31st: 4 + 15/31 months to 15 March.
    expect(formula(DEADLINES[0][1])).toBe(Math.round((4 / (4 + 15 / 31)) * 100) / 100);
    // Month ends are whole months apart: 31 October → 31 March is 5.
    expect(formula(DEADLINES[1][1])).toBe(0.8);
    // 31 October 2026 → 29 February 2028: 16 months; → 15 February 2028: 15 + 15/29 (from 31 January, February's 29 days).
    expect(formula(DEADLINES[3][1])).toBe(0.25);
    expect(formula(DEADLINES[2][1])).toBe(Math.round((4 / (15 + 15 / 29)) * 100) / 100);
  });
});
