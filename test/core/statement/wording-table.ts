/**
 * The shape every real-wording suite repeats: a table of sentences written for one class of misses, each with the fields
 * its rule must read, and a table of near-misses that must keep theirs. One `it` per sentence, named by the sentence and
 * what it must read, so a failure says which wording broke. Numbers are compared to six decimals (fractions of a percent).
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { StatementAnalysis } from '../../../src/core/statement/types';

/** The fields a wording test may pin: the KPI, the direction, the numbers, the unit, the deadline, the start, the cadence, the levers. */
export type Reading = Partial<Pick<StatementAnalysis, 'kpi' | 'direction' | 'baseline' | 'target' | 'change' | 'unit' | 'deadline' | 'start' | 'recurrence' | 'levers'>>;

/** One row: the sentence, then what it must read. */
export type WordingRow = readonly [text: string, reading: Reading];

/** Checks each sentence's fields as of `asOf` (a date that leaves every written deadline ahead). */
export function readsAs(asOf: string, rows: readonly WordingRow[]): void {
  it.each(rows.map(([text, reading]) => [text, JSON.stringify(reading), reading] as const))('%s → %s', (text, _shown, reading) => {
    const analysis = analyzeStatement(text, { asOf });
    for (const [field, expected] of Object.entries(reading) as Array<[keyof Reading, Reading[keyof Reading]]>) {
      if (typeof expected === 'number') expect(analysis[field]).toBeCloseTo(expected, 6);
      else expect({ [field]: analysis[field] }).toEqual({ [field]: expected });
    }
  });
}
