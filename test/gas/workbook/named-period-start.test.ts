/**
 * review12 M3, through the BUILT bundle: a goal naming a quarter ("Close 40 new accounts in Q2 2027", « au T2 2027 »)
 * with no Start is judged from the quarter's first day (core/statement/dates.ts `namedPeriodStart`), as the same goal
 * with Start 2027-04-01 — not from today (">99 % on track"); the plan report's pace spreads it over the quarter alone.
 */
import { addSheet, harness } from './harness';

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI', 'Start'], 'Goals', 'Close 40 new accounts in Q2 2027', 'New accounts'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur', 'Début'], 'Objectifs', 'Conclure 40 nouveaux comptes au T2 2027', 'Nouveaux comptes'],
] as const)('a goal for a named quarter starts on its first day (%s)', (locale, headers, tab, sentence, kpi) => {
  const h = harness({ spreadsheetLocale: locale });
  const weeks: unknown[][] = [['Week', kpi]];
  for (let i = 0; i < 104; i++) weeks.push([new Date(Date.UTC(2024, 11, 2 + 7 * i)).toISOString().slice(0, 10), 2 + (i % 3)]);
  addSheet(h.emulator, kpi, weeks);
  const goals = addSheet(h.emulator, tab, [[...headers], ['Q2a', sentence, '', ''], ['Q2b', sentence, '', '2027-04-01']]);
  h.run('checkGoals');
  const values = goals.getDataRange().getDisplayValues();
  const column = (names: string[]): number => values[0].findIndex((v) => names.includes(v));

  it('Check goals: the same verdict and probability as with Start 1 April 2027 (not ">99 %" from today)', () => {
    const probability = column(['Probability', 'Probabilité']);
    expect(values[1][probability]).toBe(values[2][probability]);
    expect(values[1][probability]).not.toMatch(/>99/);
    const verdict = column(['Verdict']);
    expect(values[1][verdict]).toBe(values[2][verdict]);
  });

  it('the plan report’s pace is the one of the goal with its Start', () => {
    h.run('generatePlanReport');
    const report = h.emulator.spreadsheet.getSheets().find((s) => s.getName() !== tab && /plan/i.test(s.getName()));
    const rows = report?.getDataRange().getDisplayValues() ?? [];
    const a = rows.find((r) => r[0] === 'Q2a');
    const b = rows.find((r) => r[0] === 'Q2b');
    expect(a).toBeDefined();
    expect(a?.slice(2)).toEqual(b?.slice(2));
  });
});
