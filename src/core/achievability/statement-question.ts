/**
 * What SMARTSCORE asks `assess` about one goal sentence over one KPI history: the points, the target, the date and how
 * the history adds up. A goal stated per period on a summed KPI goes through `perPeriodReading`, the rule Check goals
 * follows too (core/workbook/check.ts), so both judge the same window against the same target.
 */
import { impliedTarget, type StatementAnalysis } from '../statement';
import { bareRate, rateHistoryScale } from '../kpi/bare-rate';
import type { Aggregation, IsoDate, KpiPoint, Unit } from '../types';
import { startsAfterDeadline } from '../dates';
import { defaultBaseline, pointsUpTo } from './baseline';
import { countChangeTarget, countTarget } from './count-rounding';
import { coarserScale, levelChangeTarget, periodEndingAt, perPeriodReading, previousWindowTotal, recurringDeadline, totalWindow, withTotalPeriod } from './per-period';
import type { ShortWindow } from '../series/period';

export interface StatementQuestion {
  history: readonly KpiPoint[];
  target: number;
  deadline: IsoDate;
  aggregation: Aggregation | null;
  /** The goal was read per period (whole-period totals): part of the memo key of SMARTSCORE's column. */
  perPeriod: boolean;
  /**
   * A per-period total the history has too few whole periods to read ("5,500 leads per year by end of 2027" on a year of
   * monthly rows): the total over its own period from this date, as Check goals judges it (`windowTotalShift`).
   */
  windowStart?: IsoDate;
  /** The window from `windowStart` is part of one of the tab's periods: not judged (ruling W1, `partialWindowAssessment`). */
  partial?: ShortWindow;
}

/** Null when the sentence gives no target (or change) to judge, or no date. */
export function statementQuestion(
  analysis: StatementAnalysis,
  history: readonly KpiPoint[],
  asOf: IsoDate,
  // A unit unknown (null) rounds nothing: only a count's target is made whole (mend36).
  kpi: { aggregation: Aggregation; unit: Unit | null } | undefined,
  fiscalStartMonth: number,
): StatementQuestion | null {
  // A rate in points (22–26 for 22–26 %) and a bare target on it ("a win rate of 30"): read as the rate, as Check goals.
  const rate = ratePoints(analysis, kpi?.unit ?? null, history.map((p) => p.value));
  if (rate.points) history = history.map((p) => ({ date: p.date, value: p.value / 100 }));
  if (rate.target !== analysis.target) analysis = { ...analysis, target: rate.target };
  // "$550,000 annual revenue" on a summed KPI: the year's total, as "5,500 leads per year".
  const once = analysis.recurrence === null;
  if (analysis.totalOver && kpi) {
    analysis = withTotalPeriod(analysis);
    kpi = { ...kpi, aggregation: 'total' };
  }
  // A recurring goal without a date: its next calendar period, as Check goals.
  const stated = analysis.deadline ?? (analysis.recurrence ? recurringDeadline(asOf, analysis.recurrence) : null);
  // "$800,000 between 1 February and 30 April 2027", "+10 % in Q1 FY2028", wholly ahead: that one period's total (a
  // change once from the last full one), as Check goals (review 30, window 33).
  const from = analysis.start;
  // A window no longer than one of the history's periods (a Start on the Deadline on weekly rows): that period holding
  // the deadline, as Check goals (`totalWindow`).
  const onePeriod = !analysis.recurrence && kpi?.aggregation === 'total' && stated ? totalWindow(history, from, stated, asOf, fiscalStartMonth) : null;
  // Part of that period: asked as such, answered with ruling W1's sentence (`assessQuestion`), not "no target".
  if (onePeriod?.partial) return analysis.target === null || !from ? null : { history, target: analysis.target, deadline: stated as IsoDate, aggregation: 'total', perPeriod: false, windowStart: from, partial: onePeriod };
  if (onePeriod) analysis = { ...analysis, recurrence: onePeriod.period };
  // "40 leads a month", "+5 leads per month by June" over a summed KPI: judged on whole periods' totals.
  // "+2 leads per week" on monthly totals: judged on the months, the change scaled (per-period.ts `coarserChange`).
  const reading = analysis.recurrence && kpi?.aggregation === 'total' && stated ? perPeriodReading(history, analysis.recurrence, onePeriod?.end ?? stated, { ...analysis, once }, asOf, fiscalStartMonth) : null;
  const deadline = reading?.deadline ?? stated;
  const points = reading?.totals ?? history;
  // Where a goal that states no baseline starts, by the one rule (baseline.ts `defaultBaseline`): a level's latest value,
  // a total read in whole periods ("+5 leads per month") its latest full period's total, any other total none.
  const start = defaultBaseline(points, kpi?.aggregation ?? 'level', reading ? analysis.recurrence : null, asOf);
  // "+10 % leads by June 2027" on a summed KPI (and one with a cadence but no whole periods to read): the total to the
  // deadline against as many periods just before, as Check goals (`totalReference`): a stated start ("this quarter",
  // "in Q4 2026") counts from that start, not from today (final read).
  const reference = !reading && analysis.change && analysis.baseline === null && kpi?.aggregation === 'total' && deadline && points.length > 0 ? previousWindowTotal(points, from ?? asOf, deadline, from !== null) : null;
  // "14 leads per week" on monthly totals: the months judged, the target scaled (14 a week ≈ 60 a month), as Check goals.
  const coarse = !reading && analysis.recurrence && kpi?.aggregation === 'total' && stated && analysis.target !== null && analysis.change?.kind !== 'relative' && points.length > 0 ? coarserScale(points, analysis.recurrence, stated) : null;
  // "+10 % per month" on a rate: compounded each month from the latest point, as Check goals (per-period.ts `levelChangeTarget`).
  const level = analysis.recurrence && kpi?.aggregation !== 'total' && analysis.change && analysis.target === null && analysis.baseline === null && stated ? levelChangeTarget(pointsUpTo(points, asOf), analysis.recurrence, stated, analysis.change, analysis.direction) : null;
  // A stated baseline ("from 20 %") is where the goal starts, as Check goals reads it; the rule only fills in its absence.
  const change = reading?.change ?? level;
  const derived = change ? countChangeTarget(change, kpi?.unit) : impliedTarget(analysis, analysis.baseline ?? reference?.value ?? start);
  // A count's target a change gives is whole as the goal needs it, as Check goals' (`countTarget`).
  const implied = derived !== null && analysis.target === null ? countTarget(derived, kpi?.unit, analysis.direction === 'decrease') : derived;
  const target = implied === null ? null : implied * (coarse?.scale ?? 1);
  if (target === null || deadline === null) return null;
  // Neither read in whole periods nor scaled: the period's total from its first day, as Check goals (check.ts `periodWindowStart`).
  if (!reading && !coarse && !reference && analysis.recurrence && kpi?.aggregation === 'total' && analysis.change?.kind !== 'relative' && points.length > 0) {
    return { history: points, target, deadline, aggregation: 'total', perPeriod: false, windowStart: periodEndingAt(deadline, analysis.recurrence, fiscalStartMonth) };
  }
  // A per-period goal ("40 meetings a week", "+10 % each month") is a level to hold each period, not a running total.
  const perPeriod = !reference && (analysis.recurrence !== null || analysis.change?.kind === 'relative');
  // "Close 40 new accounts in Q2 2027": a total counted from the goal's start (the quarter's first day), as Check goals;
  // a start on the deadline is that one day.
  const shift = !perPeriod && kpi?.aggregation === 'total' && from && !startsAfterDeadline({ start: from, deadline }) ? { windowStart: from } : {};
  return { history: points, target, deadline, aggregation: perPeriod ? 'level' : (kpi?.aggregation ?? null), perPeriod: reading !== null, ...shift };
}

/** Values of a percent KPI written in points: all within 0–100 and typically above 1.5. */
export function looksLikePoints(values: readonly number[]): boolean {
  if (values.length === 0 || values.some((v) => v < -100 || v > 100)) return false;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] > 1.5;
}

/**
 * A rate goal over a history typed in points (a win rate of 22–26 for 22–26 %): `points`, the history is read as the rate
 * (0.22–0.26) as Check goals reads a rate column (workbook/kpis.ts); and a bare target on a rate KPI ("a win rate of 30",
 * no % sign, no change) over rates is the rate in points: `target` 0.3. Check goals (`mergeGoal`, its column already read
 * as rates) and SMARTSCORE (`statementQuestion`) both use it.
 */
export function ratePoints(analysis: Pick<StatementAnalysis, 'unit' | 'change' | 'target'>, unit: Unit | null, values: readonly number[]): { points: boolean; target: number | null } {
  const target = analysis.target;
  const bare = unit === 'percent' && analysis.unit !== 'percent' && analysis.change === null;
  const points = unit === 'percent' && (analysis.unit === 'percent' || bare) && analysis.change?.kind !== 'relative' && looksLikePoints(values);
  // The rule every surface follows (core/kpi/bare-rate.ts).
  return { points, target: bare && target !== null ? bareRate(target, rateHistoryScale(values, points)) : target };
}

/**
 * Whether a typed target says the sentence's (mend37): within half a unit of its last typed digit, as rounding writes it
 * (28 % or 28.1 % typed for the 28.05 % of "+10 %" on 25.5 %, not 29 %): a sensibly rounded target is the same goal.
 */
export function saysTarget(typed: number, stated: number, unit: Unit | null): boolean {
  // A rate's digits are its percentage's: 0.28 is 28 %, one digit.
  let digits = unit === 'percent' ? 100 : 1;
  while (Math.abs(Math.round(typed * digits) - typed * digits) > 1e-6) digits *= 10;
  return Math.abs(typed - stated) * digits <= 0.500001;
}
