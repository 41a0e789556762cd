/**
 * mend65a (audit65's review, 2 and 1), through the BUILT bundle: a goal typed with a year-first date the calendar does not
 * have — "by 2027/13/01" (a month 13), « d'ici le 2027/02/30 » — was judged by 13 January 2027 (Check goals' "Aim for …
 * by 13 January 2027", the plan report's Deadline 2027/01/13) or as having no deadline in silence. Check goals now says
 * "No such date" in its notes and judges no deadline; the plan report writes no day for it. A real year-first day beside
 * it (2028/02/29) keeps its own. In an en_ZA (English) and an fr_BE (French) sheet.
 */
import { addSheet, harness } from './harness';

const isDate = (v: unknown): boolean => typeof (v as { toISOString?: unknown })?.toISOString === 'function';
/** A date cell's day in Johannesburg (UTC+2, no daylight saving): its midnight is 22:00 UTC the day before. */
const johannesburgDay = (d: Date): string => new Date(d.getTime() + 2 * 3600000).toISOString().slice(0, 10);

describe.each<[string, string, (written: string) => string]>([
  ['en_ZA', 'en', (written) => `No such date: “${written}”`],
  ['fr_BE', 'fr', (written) => `ate inexistante\u202f: «\u202f${written}\u202f»`],
])('a year-first date the calendar does not have (%s)', (spreadsheetLocale, userLocale, said) => {
  const h = harness({ spreadsheetLocale, timeZone: 'Africa/Johannesburg', userLocale }, { __SMART_GOALS_TODAY__: '2026-12-07' });
  const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, -2)), 3000000 + 35000 * i]);
  addSheet(h.emulator, 'ARR', [['Month', 'ARR'], ...months]);
  const goals = addSheet(h.emulator, 'Goals', [
    ['ID', 'Goal', 'KPI'],
    ['G1', 'Grow ARR to R 5,000,000 by 2027/13/01', 'ARR'],
    ['G2', "Porter l'ARR à R 5 000 000 d'ici le 2027/02/30", 'ARR'],
    ['G3', 'Grow ARR to R 5,000,000 by 2028/02/29', 'ARR'],
  ]);
  h.run('checkGoals');
  const rows = goals.getDataRange().getDisplayValues().slice(1);
  const row = (id: string): string => rows.find((r) => r[0] === id)!.join(' | ');

  it('Check goals says the date does not exist, and judges no day of January 2027', () => {
    expect(row('G1')).toContain(said('2027/13/01'));
    expect(row('G2')).toContain(said('2027/02/30'));
    expect(row('G1')).not.toMatch(/January 2027|janvier 2027|2027\/01\/13|13\/01\/2027/);
    expect(row('G3')).not.toMatch(/No such date|[Dd]ate inexistante/);
  });

  it('the plan report writes no deadline for them, 29 February 2028 for the real day', () => {
    h.run('generatePlanReport');
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const report = ss.getSheets().find((s) => /^(?:SMART plan|Plan SMART) /.test(s.getName()))!.getDataRange().getValues();
    const days = (id: string): string[] => report.filter((r) => r[0] === id).flatMap((r) => r.filter(isDate).map((d) => johannesburgDay(d as Date)));
    expect(days('G1')).toEqual([]);
    expect(days('G2')).toEqual([]);
    expect(days('G3').length).toBeGreaterThan(0);
    expect(new Set(days('G3'))).toEqual(new Set(['2028-02-29']));
  });
});
