/**
 * fixes48, months counted one way: the plan report's pace runs over the whole months from the KPI row's month to the
 * deadline's (its row for October stands for October), REQUIREDPACE counted days ÷ 30.44 rounded. Both now count by
 * core's `periodsBetween` (REQUIREDPACE from the start day through the deadline day), so the formula from the first day
 * after the row's month gives the report's pace — with month-end rows and deadlines, 29 February included.
 */
import { harness, addSheet, reportPacePoints } from './harness';

/** Monthly close-rate rows stamped on each month's LAST day, January → October 2026. */
const ROWS: unknown[][] = [['Month', 'Close rate'], ...[0.22, 0.23, 0.22, 0.24, 0.23, 0.24, 0.25, 0.24, 0.25, 0.25].map((v, i) => [new Date(Date.UTC(2026, i + 1, 0)), v])];

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI', 'Baseline', 'Target', 'Deadline'], /^SMART plan /],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur', 'Point de départ', 'Cible', 'Échéance'], /^Plan SMART /],
] as const)('the report’s pace and REQUIREDPACE count the same months (%s)', (locale, headers, reportName) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  const goal = (id: string, deadline: Date): unknown[] => [id, locale === 'fr_FR' ? 'Porter le taux de conclusion à 29 %' : 'Raise the close rate to 29%', 'Close rate', 0.25, 0.29, deadline];
  goals.getRange(1, 1, 3, 6).setValues([[...headers], goal('F', new Date(Date.UTC(2027, 1, 28))), goal('L', new Date(Date.UTC(2028, 1, 29)))] as never);
  addSheet(h.emulator, 'Close rate', ROWS);
  h.run('menuGeneratePlanReport');
  const report = spreadsheet.getSheets().find((s) => reportName.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  const reportPoints = (id: string): number => reportPacePoints(shown, id);
  const formula = (deadline: string): number => Math.round(h.run<number>('REQUIREDPACE', 0.25, 0.29, '2026-11-01', deadline) * 100 * 100) / 100;

  it('October’s row → 28 February 2027: 4 months on both', () => {
    expect(formula('2027-02-28')).toBe(1);
    expect(reportPoints('F')).toBe(1);
  });

  it('October’s row → 29 February 2028: 16 months on both', () => {
    expect(formula('2028-02-29')).toBe(0.25);
    expect(reportPoints('L')).toBe(0.25);
  });
});
