/**
 * What a number typed for a rate KPI (close rate, churn, conversion) without a % sign means — one rule for every
 * surface (review 13, finding 23): the formulas (ACHIEVABILITY, GOALVERDICT), SMARTSCORE's sentences, Check goals'
 * Target and Baseline columns and the wizard. "30" on a close rate was 30 % in Check goals and SMARTSCORE, an error
 * ("A rate is between 0 and 100 %") in ACHIEVABILITY over the very same tab.
 *
 * - A number above 1.5 is in points: 30 → 30 % (0.3). No rate of 150 % is typed as "1.5", and no sales rate is typed
 *   in points below 1.5 %: at or below it, the number is already the rate (0.3 → 30 %), as Sheets stores 30 %.
 * - Unless the history it is compared with is itself kept in points (values of 24, 26 that are not read /100): then
 *   the number is in the history's points and stays as typed.
 * - A field that writes the % sign beside it (the wizard's target field) makes every number points: "0.5" there is
 *   0.5 %, what the field shows.
 */

/** Above this a bare number on a rate is in points. */
export const RATE_POINTS_ABOVE = 1.5;

/**
 * The scale the rate's history is compared in: 'fractions' when it is stored as Sheets stores a percentage (0.25) or
 * is read /100 (`readInPoints`: a column of 24, 26 under a rate's header); 'points' when it is kept as typed in points.
 * No history: 'fractions' (what a percentage cell holds).
 */
export function rateHistoryScale(values: readonly number[], readInPoints: boolean): 'fractions' | 'points' {
  return readInPoints || values.every((v) => Math.abs(v) <= RATE_POINTS_ABOVE) ? 'fractions' : 'points';
}

/** The rate a bare number stands for (see the module's rule); `percentShown`: typed in a field showing "%". */
export function bareRate(value: number, scale: 'fractions' | 'points', percentShown = false): number {
  if (percentShown) return value / 100;
  return scale === 'fractions' && Math.abs(value) > RATE_POINTS_ABOVE ? value / 100 : value;
}
