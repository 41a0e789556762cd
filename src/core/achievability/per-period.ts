/**
 * Goals stated per period on a summed KPI ("30 leads per month", "+5 leads per month"): the windows they are judged
 * on and, for a change per period, the level the deadline's window must reach. Shared by Check goals
 * (core/workbook/check.ts) and SMARTSCORE (gas/functions/statement.ts), so both read a goal the same way.
 */
import { addDays, addPeriods, endOfPeriod, PERIOD_DAYS, startOfPeriod, stepPeriods, withinCalendar } from '../dates';
import { dayNumber, deadlineWindows, detectPeriod, periodIndex, periodsUntil, shortWindow, windowPeriod, type DeadlineWindows, type ShortWindow } from '../series/period';

export { periodEndingAt } from '../series/period';
import type { Direction, IsoDate, KpiPoint, Period } from '../types';
import { defaultBaseline } from './baseline';

export { deadlineWindows, type DeadlineWindows };

export interface PeriodChangeTarget {
  /** The last full period's total the change starts from, dated as `DeadlineWindows.totals` date it. */
  base: KpiPoint;
  /** First and last day of the base period's window (`baseFrom`–`baseTo`). */
  baseFrom: IsoDate;
  baseTo: IsoDate;
  /** Periods from the base window to the deadline's window (windows strictly between + 1). */
  periods: number;
  /** Signed change per period (−5 for "reduce by 5 per month"; −0.1 for "10 % less each month" when relative). */
  step: number;
  /** "+5 leads per month" (absolute: added each period) or "+10 % per month" (relative: compounded each period). */
  kind: 'absolute' | 'relative';
  /**
   * What the deadline's window must add up to: base + step × periods, or base × (1 + step)^periods for a relative change
   * (each period's total 10 % above the one before it); never below zero for a non-negative KPI.
   */
  target: number;
  /** base + step × periods fell below zero and the target was raised to zero. */
  floored: boolean;
  /** The change as stated, per its own period, when `step` is it converted to the tab's ("+10 weekly leads" on months: +43.5 a month). */
  stated?: { change: number; period: Period };
}

/**
 * "Increase leads by 5 per month by June 2027" on a summed KPI: the monthly figure grows by 5 each month, so June's
 * total must reach the last full month's total + 5 × the months from it to June (38 in November 2026 → 38 + 5 × 7 = 73)
 * — not the seven months' total + 5, which read the goal as "5 more leads in seven months". Windows are counted by
 * their index, not by calendar distance between dates (anchored on the 30th, window first days drift: 1 October,
 * 31 October, 1 December…): anchored windows end on addPeriods(deadline, period, −k). Null when the history gives no
 * whole periods or the deadline's window is not after the last one.
 */
export function periodChangeTarget(windows: DeadlineWindows, period: Period, change: number, direction: Direction | null, kind: 'absolute' | 'relative' = 'absolute'): PeriodChangeTarget | null {
  // The base: a total with a cadence starts at its latest full period's total (baseline.ts, the one rule).
  if (defaultBaseline(windows.totals, 'total', period) === null || !Number.isFinite(change)) return null;
  const base = windows.totals[windows.totals.length - 1];
  // Both dates stamp their windows the same way (last day when anchored, else first day): one grid period apart per window, counted by index
  const stamp = windows.anchored ? windows.to : windows.from;
  const periods = periodIndex(stamp, period, base.date) - periodIndex(base.date, period, base.date);
  if (!(periods >= 1)) return null;
  const baseFrom = windows.anchored ? addDays(stepPeriods(windows.to, period, -periods - 1), 1) : base.date;
  const baseTo = windows.anchored ? stepPeriods(windows.to, period, -periods) : addDays(addPeriods(base.date, period, 1), -1);
  return changeOver(windows.totals, periods, change, direction, kind, baseFrom, baseTo);
}

/** The last of `points` changed `periods` times: + step each period, or × (1 + step) when relative; floored at zero on a non-negative series. */
function changeOver(points: readonly KpiPoint[], periods: number, change: number, direction: Direction | null, kind: 'absolute' | 'relative', baseFrom: IsoDate, baseTo: IsoDate): PeriodChangeTarget {
  // The last point is the base on both callers: a level's latest value, a total's latest full period (`defaultBaseline`).
  const base = points[points.length - 1];
  const step = (direction === 'decrease' ? -1 : direction === 'maintain' ? 0 : 1) * Math.abs(change);
  // A multiplier ("double", "triple": +100 % or more) compounded past 1,000× the base ("double every month" to 2028: × 2²⁵,
  // a 14-digit target, fix62) is read once over the window: the note then says "× 2", never a target no business reaches.
  const n = step >= 1 && kind === 'relative' && (1 + step) ** periods > 1e3 ? 1 : periods;
  const raw = kind === 'relative' ? base.value * Math.max(0, 1 + step) ** n : base.value + step * periods;
  const floored = raw < 0 && points.every((p) => p.value >= 0);
  return { base: { ...base }, baseFrom, baseTo, periods: n, step, kind, target: floored ? 0 : raw, floored };
}

/**
 * "Increase the conversion rate by 10 % per month by March 2027" on a level KPI (a rate, an average): the level is
 * 10 % higher each month, compounded from the latest point to the deadline (2.94 % in October → 2.94 × 1.1⁵ in March),
 * and "+1 point per week" adds a point each week — not the change once. Months, quarters and years are counted by
 * calendar index as `periodChangeTarget` counts them; weeks and days as whole periods of days. Null when the deadline is
 * not a whole period after the latest point. Check goals (`mergeGoal`) and SMARTSCORE (`statementQuestion`) both use it.
 */
export function levelChangeTarget(history: readonly KpiPoint[], period: Period, deadline: IsoDate, change: { value: number; kind: 'absolute' | 'relative' }, direction: Direction | null): PeriodChangeTarget | null {
  const base = history[history.length - 1];
  if (!base) return null;
  const days = dayNumber(deadline) - dayNumber(base.date);
  const periods = period === 'day' || period === 'week' ? Math.floor(days / PERIOD_DAYS[period]) : periodIndex(deadline, period, base.date) - periodIndex(base.date, period, base.date);
  if (!(periods >= 1) || !Number.isFinite(change.value)) return null;
  return changeOver(history, periods, change.value, direction, change.kind, base.date, addDays(addPeriods(base.date, detectPeriod(history) ?? period, 1), -1));
}

/**
 * The deadline of a recurring goal stated without one ("+10 % each month", "40 leads a week"): the end of the next
 * calendar period after `today`. One helper, so Check goals and SMARTSCORE judge the same window of time
 */
export function recurringDeadline(today: IsoDate, period: Period): IsoDate | null {
  // None past 31 December 9999 ("+10 % each year" as of 9999): no period to judge, as a goal without a date.
  return withinCalendar(() => endOfPeriod(addPeriods(today, period, 1), period));
}

/** The date a per-period goal is forecast at: a window completed before the deadline ("by 1 June" on monthly figures: May) at its own end. */
export function judgedDeadline(windows: DeadlineWindows, deadline: IsoDate): IsoDate {
  return windows.to < deadline ? windows.to : deadline;
}

/** What a goal stated per period on a summed KPI is judged on: the whole-period totals, the window, the date, and a change per period's target. */
export interface PerPeriodReading {
  totals: KpiPoint[];
  /** First and last day of the deadline's window: the window judged, and the goal's Start when it has none. */
  from: IsoDate;
  to: IsoDate;
  /** The date the window is forecast at (`judgedDeadline`). */
  deadline: IsoDate;
  /** "+5 leads per month": the target the deadline's window must reach; null for an amount per period ("40 leads a month"). */
  change: PeriodChangeTarget | null;
  /** The history's own period when it is coarser than the goal's (`coarserChange`): windows, change and notes are in it. */
  own?: Period;
}

/**
 * "$550,000 annual revenue by end of 2027" on a summed KPI: the amount is the year's total, judged as "5,500 leads per
 * year" is (`perPeriodReading`); SMARTSCORE (`statementQuestion`) and Check goals (`mergeGoal`) both read it so.
 */
export function withTotalPeriod<T extends { recurrence: Period | null; totalOver?: Period }>(analysis: T): T {
  return analysis.recurrence === null && analysis.totalOver ? { ...analysis, recurrence: analysis.totalOver } : analysis;
}

/** A per-period goal as read from its sentence, with a Goals tab's columns already applied by the caller (Check goals). */
export interface PerPeriodGoal {
  change: { value: number; kind: 'relative' | 'absolute' } | null;
  /** The stated target (the sentence's, or the Target column's). */
  target: number | null;
  /** A stated baseline: a change is then counted from it (impliedTarget), not from the last full period. */
  baseline: number | null;
  direction: Direction | null;
  /** The period only names what the amount is a total of ("increase monthly revenue by 10 % by June", `totalOver`): the change once, not each period (review 29). */
  once?: boolean;
}

/**
 * The one reading of a per-period goal ("40 leads a month", "+5 leads per month by June") over a summed KPI's history,
 * for SMARTSCORE and Check goals alike: the history as its whole periods' totals — the window ending on a mid-period
 * deadline when the history is finer — the window judged and the date it is forecast at, and, for an absolute change
 * per period with no stated target or baseline, the last full period + change × periods (× (1 + change)^periods for a
 * relative change). Null when the history gives
 * no whole period to judge on.
 */
export function perPeriodReading(history: readonly KpiPoint[], period: Period, deadline: IsoDate, goal: PerPeriodGoal, today: IsoDate, fiscalStartMonth: number): PerPeriodReading | null {
  // A period that ends after today is in progress, never the "last full" one (its row, if any, is left out).
  const windows = deadlineWindows(history, period, deadline, today, fiscalStartMonth);
  // "+10 % per month": each period's total 10 % above the one before, compounded from the last full period to the deadline's.
  const reading = windows ? { totals: windows.totals, from: windows.from, to: windows.to, deadline: judgedDeadline(windows, deadline), change: goal.target === null && goal.baseline === null && goal.change ? periodChangeTarget(windows, period, goal.change.value, goal.direction, goal.change.kind) : null } : coarserChange(history, period, deadline, goal, today, fiscalStartMonth);
  // "Increase monthly revenue by 10 % by June": the deadline's month 10 % above the last full one (it was × 1.1⁸). On a
  // coarser tab an absolute change is converted to its period ("weekly leads +10" on months: +10 × 30.4/7 a month, fixes65:
  // it added 10 a month); a relative one holds as it is.
  const c = reading?.change;
  const own = reading?.own;
  if (!c || !goal.once) return reading;
  const { value, kind } = goal.change!;
  const converted = own && kind === 'absolute' ? value * (PERIOD_DAYS[own] / PERIOD_DAYS[period]) : value;
  return { ...reading, change: { ...changeOver([c.base], 1, converted, goal.direction, kind, c.baseFrom, c.baseTo), ...(converted !== value ? { stated: { change: value, period } } : {}) } };
}

/**
 * "$800,000 in Q1 FY2028", "+10 % in Q1 FY2028": a summed KPI's window that is exactly one calendar (or fiscal) period
 * wholly after today and the history is that period, read as "per quarter" is (`perPeriodReading`, a change once from
 * the last full period): the one test of Check goals, SMARTSCORE, the wizard and the report (review 30, window 33).
 */
export function onePeriodWindow(history: readonly KpiPoint[], start: IsoDate | null, deadline: IsoDate, today: IsoDate, fiscalStartMonth: number): Period | null {
  return start && start > today && history.length > 0 && start > history[history.length - 1].date ? windowPeriod(start, deadline, fiscalStartMonth) : null;
}

/**
 * A total's window judged as one period's total, and the deadline that period is read to: a window shorter than one of
 * the history's periods (series/period.ts `shortWindow`: the tab's period holding the deadline, to its end), else one
 * calendar period wholly ahead (`onePeriodWindow`, to the deadline). The one rule of Check goals, ACHIEVABILITY's Start
 * and `statementQuestion`.
 */
export function totalWindow(history: readonly KpiPoint[], start: IsoDate | null, deadline: IsoDate, today: IsoDate, fiscalStartMonth: number): ShortWindow | { period: Period; end: IsoDate; partial?: undefined } | null {
  const period = onePeriodWindow(history, start, deadline, today, fiscalStartMonth);
  return shortWindow(history, start, deadline, fiscalStartMonth) ?? (period && { period, end: deadline });
}

/**
 * "14 leads per week by March 2027" on monthly totals (a history coarser than the goal's period, whose deadline's period
 * lies after it): judged in the history's own period as a level, the target scaled by the periods' lengths (14 a week ≈
 * 60 a month) — `perPeriodReading` has no whole goal periods to give. The history's period and the factor; null
 * otherwise. Check goals and SMARTSCORE (`statementQuestion`) both use it.
 */
export function coarserScale(history: readonly KpiPoint[], period: Period, deadline: IsoDate): { own: Period; scale: number } | null {
  const own = detectPeriod(history);
  if (own === null || PERIOD_DAYS[own] <= PERIOD_DAYS[period] || startOfPeriod(deadline, period) <= history[history.length - 1].date) return null;
  return { own, scale: PERIOD_DAYS[own] / PERIOD_DAYS[period] };
}

/**
 * "20 % more leads this quarter", "+10 % leads by June 2027" on a summed KPI with no baseline: the window from `start`
 * to the deadline is compared with the total of as many periods just before it — its rows already in the history plus
 * the periods the forecast adds after the last row (`periodsUntil`, what `assess` sums), so monthly rows dated the 1st
 * give 7 reference months for a 7-month horizon (the window of days ending at the last row held 8). Null when the
 * history has fewer rows than that before that span: Check goals and SMARTSCORE (`statementQuestion`) both use it.
 * The periods the forecast adds before the window opens are left out only when the caller takes them off the target
 * (`shifted`: a Start, `windowTotalShift`); from today they are summed by `assess`, so they count here too — weekly
 * rows up to 16 Nov, today 26 Nov, deadline 31 Jan: `assess` sums the 10 weeks stamped 23 Nov … 25 Jan, so the
 * reference is the 10 weeks before (it was 9, and the required pace divided their total by 10).
 */
export function previousWindowTotal(points: readonly KpiPoint[], start: IsoDate, deadline: IsoDate, shifted = false): { value: number; from: IsoDate; to: IsoDate } | null {
  const own = detectPeriod(points);
  if (own === null || !(start < deadline)) return null;
  const last = points[points.length - 1].date;
  const before = points.filter((p) => p.date < start);
  // Rows after a deadline already past are not in the window ("+10 % in Q1" of a fiscal year under way, final read).
  const periods = points.filter((p) => p.date >= start && p.date <= deadline).length + periodsUntil(last, deadline, own) - (shifted ? periodsUntil(last, addDays(start, -1), own) : 0);
  const reference = before.slice(-periods);
  if (!(periods >= 1) || reference.length < periods) return null;
  return { value: reference.reduce((sum, p) => sum + p.value, 0), from: reference[0].date, to: addDays(addPeriods(reference[periods - 1].date, own, 1), -1) };
}

/**
 * "Increase leads by 2 per week" on monthly totals (a change per period on a history coarser than the goal's period, no
 * stated target or baseline; `perPeriodReading`'s answer when the goal's period has no windows): judged in the history's
 * own period, like the level goals (`coarserScale`). The weekly
 * level grows by 2 a week, so the month's total (30/7 weeks of that level) grows by 2 × (30/7)² a month — what the weekly
 * reading summed over the month gives; "+10 % a week" is × 1.1^(30/7) a month. Null otherwise.
 */
function coarserChange(history: readonly KpiPoint[], period: Period, deadline: IsoDate, goal: PerPeriodGoal, today: IsoDate, fiscalStartMonth: number): PerPeriodReading | null {
  const stated = goal.target === null && goal.baseline === null ? goal.change : null;
  const coarse = stated && coarserScale(history, period, deadline);
  const windows = coarse && deadlineWindows(history, coarse.own, deadline, today, fiscalStartMonth);
  if (!stated || !coarse || !windows) return null;
  const { value, kind } = stated;
  const step = kind === 'relative' ? Math.abs((1 + (goal.direction === 'decrease' ? -value : value)) ** coarse.scale - 1) : value * coarse.scale * coarse.scale;
  const change = periodChangeTarget(windows, coarse.own, step, goal.direction, kind);
  return change && { totals: windows.totals, from: windows.from, to: windows.to, deadline: judgedDeadline(windows, deadline), change, own: coarse.own };
}
