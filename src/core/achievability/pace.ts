/** Required pace and progress: plain arithmetic the custom functions and the wizard share. */
import { addDays, addPeriods, endOfPeriod, periodsBetween, startsAfterDeadline } from '../dates';
import type { IsoDate, Period } from '../types';

/**
 * Pace needed to go from `baseline` to `target` between `start` and
 * `deadline`: per period, absolute ((target − baseline) / periods) and
 * relative (compound rate (target / baseline)^(1/periods) − 1, the article's
 * "X % per week/month"; null when either value is not positive). Periods run
 * from the start day through the deadline day, both counted — a Goals row's
 * Start is the goal's first day: 1 Jan → 31 Mar is the quarter, 3 months —
 * in calendar periods with the days left as a fraction (`periodsBetween`,
 * the rule the plan report's pace of a level counts by from its latest
 * row's period, `paceStart` — so this from the day after it gives the
 * report's pace, a mid-month deadline included: fixes51);
 * 0 when the start is after the deadline (absolute = the whole gap); a start ON the deadline is one day, so one
 * period (`startsAfterDeadline`, surf58).
 *
 * A deadline within one period (10 days asked per month) counts one period: the whole change is what that period must
 * make, as Check goals' pace counts at least one period of the history — not the change scaled up to a month's speed
 * (an 8-point gap in 10 days read as "-24 points a month", a 10 % rise as "+33 % a month").
 */
export function requiredPace(
  baseline: number,
  target: number,
  start: IsoDate,
  deadline: IsoDate,
  period: Period,
): { absolute: number; relative: number | null; periods: number } {
  const periods = startsAfterDeadline({ start, deadline }) ? 0 : Math.max(1, periodsBetween(addDays(start, -1), deadline, period));
  return paceOver(baseline, target, periods);
}

/**
 * Where a KPI's required pace starts counting from its latest row dated `last`: a row of a month, a quarter or a year
 * stands for its period — stamped on its first day or its last (both common: the report's row "for October"), it runs
 * until the day before the next row's date, a last day of a month closing it — so rows of 1 October and of 31 October
 * both count 4.48 months to 15 March and 8 to 30 June; a row of a day or a week is the reading of its date (the
 * article's close rate of the week of 16 November, due "next week" on 23 November: one week), as the forecast's steps.
 * `levelPacePeriods` from there to the deadline day is the pace's count on every surface (fixes51), and REQUIREDPACE
 * from the day after it gives the same, a deadline within one period included.
 */
export function paceStart(last: IsoDate, period: Period): IsoDate {
  if (period === 'day' || period === 'week' || endOfPeriod(last, 'month') === last) return last;
  return addDays(addPeriods(last, period, 1), -1);
}

/**
 * The periods a LEVEL's pace is spread over, from its latest row dated `last` to the deadline day: `paceStart`'s count,
 * at least one period when the deadline is after it — the rule `requiredPace` applies, so a deadline ten days after a
 * month's row asks that month for the whole change, on every surface as in REQUIREDPACE; 0 when it is not after it.
 */
export function levelPacePeriods(last: IsoDate, deadline: IsoDate, period: Period): number {
  const periods = periodsBetween(paceStart(last, period), deadline, period);
  return periods > 0 ? Math.max(1, periods) : 0;
}

/** Same as `requiredPace` for a number of periods already known. */
export function paceOver(
  baseline: number,
  target: number,
  periods: number,
): { absolute: number; relative: number | null; periods: number } {
  const gap = target - baseline;
  if (periods <= 0) return { absolute: gap, relative: null, periods: 0 };
  const rate = baseline > 0 && target > 0 ? compoundRate(baseline, target, periods) : null;
  // Still beyond a double per period: no relative pace rather than an infinite one.
  const relative = rate !== null && Number.isFinite(rate) ? rate : null;
  // Two amounts of opposite signs near ±1.8e308 overflow their gap; halves do not.
  const absolute = Number.isFinite(gap) ? gap / periods : (target / 2 - baseline / 2) / (periods / 2);
  return { absolute, relative, periods };
}

/**
 * (target / baseline)^(1/periods) − 1 for positive amounts; when the ratio itself overflows or underflows (5e-324 to
 * 1e308: every double is a number a cell may hold) through logarithms, which do not. Infinity when even the rate per
 * period is beyond a double (a ratio over 1e308 in one period): the caller says so, it is no missing input.
 */
export function compoundRate(baseline: number, target: number, periods: number): number {
  const ratio = target / baseline;
  if (Number.isFinite(ratio) && ratio > 0) return ratio ** (1 / periods) - 1;
  return Math.expm1((Math.log(target) - Math.log(baseline)) / periods);
}

/**
 * Fraction of the way from baseline to target (0 = at the baseline, 1 = target
 * met, above 1 = beyond, negative = moved the wrong way). The same formula is
 * right for lower-is-better goals: going from 10 % churn to a 6 % target,
 * 8 % is (8 − 10) / (6 − 10) = 0.5. Null when target = baseline or an input is not finite.
 */
export function goalProgress(baseline: number, target: number, current: number): number | null {
  if (![baseline, target, current].every(Number.isFinite) || target === baseline) return null;
  const progress = (current - baseline) / (target - baseline);
  if (Number.isFinite(progress) && Number.isFinite(target - baseline) && Number.isFinite(current - baseline)) return progress;
  // Differences of amounts near ±1.8e308 overflow (−1e308 → 1e308 at 0 read 0, not 0.5; or −Infinity reached the
  // cell): the same ratio on halves, which cannot overflow.
  return (current / 2 - baseline / 2) / (target / 2 - baseline / 2);
}
