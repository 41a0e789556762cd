/**
 * Review 13, finding 22: "800 appels par mois" showed the pace "27 par mois" in the plan report (800 spread over a
 * month's days, read as a monthly amount). An amount per period is its own pace: 800 a month, whatever the history's
 * period; a total to a deadline keeps its spread per period (near miss). Through the built bundle, FR and EN.
 */
import { addDays } from '../../../src/core/dates';
import { addSheet, harness } from './harness';

/** Daily calls, about 25 a day (≈ 760 a month), up to the day before today. */
function dailyCalls(header: string): unknown[][] {
  const rows: unknown[][] = [['Date', header]];
  for (let i = 299; i >= 0; i--) rows.push([addDays('2026-11-25', -i), 24 + ((i * 7) % 5)]);
  return rows;
}

const CASES = [
  ['fr_FR', 'Appels', ['ID', 'Objectif', 'Indicateur', 'Responsable'], 'Passer 800 appels par mois d’ici fin mars 2027', 'Passer 1000 appels par mois d’ici fin mars 2027', 'Passer 3200 appels d’ici fin mars 2027', ['800 par mois', '1\u202f000 par mois'], /par (mois|semaine|jour)$/],
  ['en_US', 'Calls', ['ID', 'Goal', 'KPI', 'Owner'], 'Make 800 calls per month by end of March 2027', 'Make 1000 calls per month by end of March 2027', 'Make 3200 calls by end of March 2027', ['800 per month', '1,000 per month'], /per (month|week|day)$/],
] as const;

describe.each(CASES)('the pace of a per-period goal is the goal itself (%s)', (locale, tab, header, perMonth, perMonthHigh, total, paces, totalPace) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, tab, dailyCalls(tab));
  addSheet(h.emulator, locale === 'fr_FR' ? 'Objectifs' : 'Goals', [[...header], ['A1', perMonth, tab, 'Emma'], ['A2', perMonthHigh, tab, 'Emma'], ['A3', total, tab, 'Emma']]);
  h.run('checkGoals');
  h.run('generatePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()));
  const values = report ? report.getDataRange().getValues() : [];
  // The Goals table: ID, Goal, Owner, KPI, Required pace, Target, Deadline.
  const paceOf = (id: string): unknown => values.find((row) => row[0] === id && row[4] !== '' && typeof row[5] === 'number')?.[4];

  it('"800 a month" needs 800 a month (was 27: a daily spread)', () => {
    expect(paceOf('A1')).toBe(paces[0]);
    expect(paceOf('A2')).toBe(paces[1]);
  });

  it('near miss: 3,200 calls by the end of March is a total, its pace a spread per period (never 3,200)', () => {
    const pace = String(paceOf('A3'));
    expect(pace).toMatch(totalPace);
    expect(pace).not.toMatch(/^3[\s\u202f,.]?200/);
  });
});
