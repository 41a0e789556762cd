/**
 * Issue 11, "Verdicts that tell one story" (surf48, a) on the example workbooks, EN and FR: every goal with a Start and a
 * total (N, S, E and their quarters) gets Check goals' probability and verdict from ACHIEVABILITY and GOALVERDICT given
 * its Goals row — the sentence, or the typed Target, Deadline, Direction and Aggregation — and its Start. story47 found N
 * and S at 0.148 in Check goals and 0.425 in the formulas: a formula had no argument for the Start.
 */
import { harness, TODAY } from './harness';

const CASES = [
  { locale: 'en_US', lang: 'en', goals: 'Goals', probability: /^Probability$/ },
  { locale: 'fr_FR', lang: 'fr', goals: 'Objectifs', probability: /^Probabilit/ },
] as const;

describe.each(CASES)('the example workbook’s goals with a Start ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const book = h.emulator.spreadsheet;
  const [head, ...rows] = book.getSheetByName(c.goals)!.getDataRange().getValues() as unknown[][];
  const at = (row: unknown[], index: number): unknown => row[index];
  const column = (pattern: RegExp): number => (head as string[]).findIndex((name) => pattern.test(name));
  const [goal, kpi, target, start, deadline, direction, aggregation] = [1, 2, 5, 6, 7, 9, 10];
  const verdict = column(/^Verdict$/);
  const chance = column(c.probability);
  const started = rows.filter((row) => at(row, start) instanceof Date && typeof at(row, chance) === 'number' && book.getSheetByName(String(at(row, kpi))) !== null && at(row, aggregation) !== '');
  const history = (row: unknown[]): unknown[][] => book.getSheetByName(String(at(row, kpi)))!.getDataRange().getValues();

  it('holds the goals with a Start and a total (N, S, E and their quarters)', () => {
    expect(started.length).toBeGreaterThanOrEqual(11);
  });

  it('ACHIEVABILITY given the sentence and the Start gives each Check goals’ probability', () => {
    const gaps = started.map((row) => Math.abs(h.run<number>('ACHIEVABILITY', history(row), '', '', TODAY, at(row, goal), '', at(row, start)) - (at(row, chance) as number)));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.002);
  });

  it('ACHIEVABILITY given the row’s Target, Deadline, Direction, Aggregation and Start gives each Check goals’ probability', () => {
    const gaps = started.map((row) => Math.abs(h.run<number>('ACHIEVABILITY', history(row), at(row, target), at(row, deadline), TODAY, at(row, direction), at(row, aggregation), at(row, start)) - (at(row, chance) as number)));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.002);
  });

  // Near miss (mend48c): on these rows the Start moves the probability but no verdict word, so this passes on c750cd65's
  // bundle too (which ignored the argument); it guards that the Start never changes a word Check goals does not. The
  // verdict a Start after the deadline changed is in mend48c-surf48.test.ts.
  it('near miss: GOALVERDICT given the sentence and the Start keeps each Check goals’ verdict', () => {
    expect(started.map((row) => h.run('GOALVERDICT', history(row), '', '', TODAY, at(row, goal), '', at(row, start)))).toEqual(started.map((row) => at(row, verdict)));
  });
});
