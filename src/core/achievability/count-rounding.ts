import type { Unit } from '../types';

/**
 * The one way a count (deals, meetings, sign-ups, customers, reps) becomes a whole number, for every surface that shows
 * or suggests one: Check goals' notes, column and pane, the plan report, the wizard, the formulas. Which way it rounds
 * depends on what the number is for, so the caller names its reason and this module says why each goes the way it does:
 *
 * - `suggestion` — a suggested target, the most ambitious count the policy still calls achievable: rounded toward the
 *   status quo (down when more is better, up when less is), since 19.7 deals rounded up to 20 would suggest a target
 *   the forecast calls unrealistic (fixes48: the notes said "Aim for 19.7" beside a report showing 20).
 * - `requirement` — what a plan needs (reps to hire): rounded away from the status quo (up when more is better), since
 *   2.3 reps' worth of capacity is not met by 2 hires.
 * - `quantile` — a forecast's median or bound: the smallest k whose probability P(Y ≤ k), continuity-corrected for the
 *   Gaussian components, reaches the level, i.e. ⌈x − ½⌉ of the continuous quantile x (12, not 12.37 meetings).
 * - `about` — a figure quoted as "about N" (the forecast before a goal's window, a weekly history's month pro rata):
 *   the nearest whole number, a count has no decimals to show.
 * - a count's target that a change gives ("+10 % leads" on 3,692: 4,061.2) is what the goal needs, `requirement`:
 *   4,062 on every surface (`countTarget`), so the note, the report, the judgement and "met" or "missed" say one number.
 *
 * Float noise first in every case: 19.999999999999996 is the 20 it means, never 19.
 */
export type CountRounding = 'suggestion' | 'requirement' | 'quantile' | 'about';

/** `value` rounded as a whole count for `reason`; `lowerIsBetter` says which way the status quo lies (suggestion, requirement). */
export function roundCount(value: number, reason: CountRounding, lowerIsBetter = false): number {
  if (reason === 'quantile') return Math.ceil(value - 0.5 - 1e-9);
  const nearest = Math.round(value);
  if (reason === 'about' || Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value))) return nearest;
  const down = reason === 'suggestion' ? !lowerIsBetter : lowerIsBetter;
  return down ? Math.floor(value) : Math.ceil(value);
}

/** A count's target given by a change, whole as the goal needs it (`requirement`); any other unit unchanged. */
export function countTarget(value: number, unit: Unit | null | undefined, lowerIsBetter: boolean): number {
  return unit === 'count' && Number.isFinite(value) ? roundCount(value, 'requirement', lowerIsBetter) : value;
}

/**
 * A count's target from a change per period (`PeriodChangeTarget`) counted from its base as the notes write it, whole
 * (`about`): "440 in the last full month, +5 a month × 7" asks 475 — from the pro-rata 440.3 it asked 476.
 */
export function countChangeTarget(c: { base: { value: number }; step: number; periods: number; kind: 'absolute' | 'relative'; floored: boolean; target: number }, unit: Unit | null | undefined): number {
  if (unit !== 'count' || c.floored) return c.target;
  const base = roundCount(c.base.value, 'about');
  return countTarget(c.kind === 'relative' ? base * Math.max(0, 1 + c.step) ** c.periods : base + c.step * c.periods, unit, c.step < 0);
}

/**
 * A suggested target rounded to `step` toward the status quo, by the `suggestion` rule above: the readable precision
 * `assess` gives every suggestion — a count's step is 1 (10 in the thousands: three significant digits), a rate's a
 * tenth of a point, an amount's three significant digits.
 */
export function roundTowardStatusQuo(value: number, step: number, lowerIsBetter: boolean): number {
  return Number((roundCount(value / step, 'suggestion', lowerIsBetter) * step).toPrecision(12));
}

/**
 * A figure quoted as "about N" in a note (a forecast, a pro-rata period, a target scaled to another period): a count is
 * whole (`about`: "about 8 meetings", not 7.6); an amount of money its cents (surf51); any other figure from 10 up whole
 * (76, not 76.14), a smaller one or a rate keeps its decimals.
 */
export function aboutFigure(value: number, unit: Unit | null): number {
  if (unit === 'count') return roundCount(value, 'about');
  // Money to its minor unit, as every computed amount (`moneyDecimals`, surf51): the currency's formatter drops cents it has not.
  if (unit === 'currency') return Math.round(value * 100) / 100;
  return value >= 10 ? Math.round(value) : value;
}
