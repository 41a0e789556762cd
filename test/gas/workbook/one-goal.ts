/**
 * One goal on a Goals tab beside its KPI tab, after Check goals: the setup the "one story" tests share (story47, surf48's
 * drivers by campaign and store numbers), EN and FR, so each compares a formula with the cell Check goals wrote.
 */
import { addSheet, harness } from './harness';

/** A workbook to judge: its locale and language, the Goals tab's headers, the KPI tab's name and the goal's sentence. */
export interface OneGoalCase {
  readonly locale: string;
  readonly lang: 'en' | 'fr';
  readonly goals: readonly string[];
  readonly tab: string;
  readonly goal: string;
}

/**
 * A fresh add-on with `tab`'s rows as the case's KPI tab and the goal alone on a Goals tab (« Objectifs » in French),
 * after Check goals: the add-on, and the goal row's cell in the first column whose header matches a pattern.
 */
export function checkedGoal(c: OneGoalCase, tab: unknown[][]) {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, tab);
  const sheet = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [[...c.goals], ['G1', c.goal, c.tab]]);
  h.run('checkGoals');
  const [header, row] = sheet.getDataRange().getValues() as unknown[][];
  const cell = (pattern: RegExp): unknown => row[(header as string[]).findIndex((name) => pattern.test(name))];
  return { h, cell };
}
