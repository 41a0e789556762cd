/**
 * A Goals tab whose rows differ only by their Start, shared by the Start tests (surf48-goal-start, mend48c-surf48): sixty
 * weeks of new accounts on a KPI tab and "Close 120 new accounts by the end of 2027" once a Start, EN and FR, after
 * Check goals.
 */
import { addSheet, harness } from './harness';

/** Sixty weeks of new accounts from September 2025, one to three a week. */
function weekly(header: string): unknown[][] {
  const rows: unknown[][] = [['Week', header]];
  for (let i = 0; i < 60; i++) rows.push([new Date(Date.UTC(2025, 8, 1 + 7 * i)).toISOString().slice(0, 10), 1 + (i % 3)]);
  return rows;
}

export const START_CASES = [
  {
    locale: 'en_US',
    lang: 'en',
    goals: ['Goal ID', 'Goal', 'KPI', 'Start'],
    tab: 'New accounts',
    goal: 'Close 120 new accounts by the end of 2027',
    probability: /^Probability$/,
    verdict: /^Verdict$/,
  },
  {
    locale: 'fr_FR',
    lang: 'fr',
    goals: ['ID', 'Objectif', 'Indicateur', 'Début'],
    tab: 'Nouveaux comptes',
    goal: 'Signer 120 nouveaux comptes d’ici la fin de 2027',
    probability: /^Probabilit/,
    verdict: /^Verdict$/,
  },
] as const;

export type StartCase = (typeof START_CASES)[number];

/**
 * A fresh add-on with the weekly tab and one goal row a Start of `starts` (G1, G2…), after Check goals: the add-on, the
 * tab's rows, and each goal row's probability and verdict as Check goals wrote them.
 */
export function checkedStarts(c: StartCase, starts: readonly unknown[]) {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const tab = weekly(c.tab);
  addSheet(h.emulator, c.tab, tab);
  const sheet = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [
    [...c.goals],
    ...starts.map((start, i) => [`G${i + 1}`, c.goal, c.tab, start]),
  ]);
  h.run('checkGoals');
  const [header, ...rows] = sheet.getDataRange().getValues() as unknown[][];
  const column = (pattern: RegExp): number => (header as string[]).findIndex((name) => pattern.test(name));
  return {
    h,
    tab,
    chance: (row: number): number => rows[row][column(c.probability)] as number,
    verdict: (row: number): unknown => rows[row][column(c.verdict)],
    /** The row's SMART notes (the last column). */
    notes: (row: number): string => String(rows[row][rows[row].length - 1]),
  };
}
