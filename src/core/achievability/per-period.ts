/**
 * Goals stated per period on a summed KPI ("30 leads per month", "+5 leads per month"): the windows they are judged
 * on and, for a change per period, the level the deadline's window must reach. Shared by Check goals
 * (core/workbook/check.ts) and SMARTSCORE (gas/functions/statement.ts), so both read a goal the same way.
 */
import { addDays, addPeriods } from '../dates';
import { deadlineWindows, periodsUntil, type DeadlineWindows } from '../series/period';
import type { Direction, IsoDate, KpiPoint, Period } from '../types';

export { deadlineWindows, type DeadlineWindows };

export interface PeriodChangeTarget {
  /** The last full period's total the change starts from, dated at the window's first day. */
  base: KpiPoint;
  /** Last day of that window. */
  baseTo: IsoDate;
  /** Periods from the base window to the deadline's window. */
  periods: number;
  /** Signed change per period (−5 for "reduce by 5 per month"). */
  step: number;
  /** What the deadline's window must add up to: base + step × periods (never below zero for a non-negative KPI). */
  target: number;
}

/**
 * "Increase leads by 5 per month by June 2027" on a summed KPI: the monthly figure grows by 5 each month, so June's
 * total must reach the last full month's total + 5 × the months from it to June (38 in November 2026 → 38 + 5 × 7 = 73)
 * — not the seven months' total + 5, which read the goal as "5 more leads in seven months". Null when the history
 * gives no whole periods or the deadline's window is not after the last one.
 */
export function periodChangeTarget(windows: DeadlineWindows, period: Period, change: number, direction: Direction | null): PeriodChangeTarget | null {
  const base = windows.totals[windows.totals.length - 1];
  if (!base || !Number.isFinite(change) || windows.from <= base.date) return null;
  const periods = periodsUntil(base.date, windows.from, period);
  if (periods < 1) return null;
  const step = (direction === 'decrease' ? -1 : direction === 'maintain' ? 0 : 1) * Math.abs(change);
  const raw = base.value + step * periods;
  const target = raw < 0 && windows.totals.every((p) => p.value >= 0) ? 0 : raw;
  return { base: { ...base }, baseTo: addDays(addPeriods(base.date, period, 1), -1), periods, step, target };
}

/** `deadlineWindows` and `periodChangeTarget` together: null when either has no answer. */
export function perPeriodChange(
  history: readonly KpiPoint[],
  period: Period,
  deadline: IsoDate,
  change: number,
  direction: Direction | null,
): { windows: DeadlineWindows; change: PeriodChangeTarget } | null {
  const windows = deadlineWindows(history, period, deadline);
  const target = windows ? periodChangeTarget(windows, period, change, direction) : null;
  return windows && target ? { windows, change: target } : null;
}
