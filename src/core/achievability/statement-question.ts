/**
 * What SMARTSCORE asks `assess` about one goal sentence over one KPI history: the points, the target, the date and how
 * the history adds up. A goal stated per period on a summed KPI goes through `perPeriodReading`, the rule Check goals
 * follows too (core/workbook/check.ts), so both judge the same window against the same target.
 */
import { impliedTarget, type StatementAnalysis } from '../statement';
import type { Aggregation, IsoDate, KpiPoint } from '../types';
import { coarserScale, perPeriodReading, previousWindowTotal, recurringDeadline } from './per-period';

export interface StatementQuestion {
  history: readonly KpiPoint[];
  target: number;
  deadline: IsoDate;
  aggregation: Aggregation | null;
  /** The goal was read per period (whole-period totals): part of the memo key of SMARTSCORE's column. */
  perPeriod: boolean;
}

/** Null when the sentence gives no target (or change) to judge, or no date. */
export function statementQuestion(
  analysis: StatementAnalysis,
  history: readonly KpiPoint[],
  asOf: IsoDate,
  kpi: { aggregation: Aggregation } | undefined,
): StatementQuestion | null {
  // A recurring goal without a date: its next calendar period, as Check goals.
  const stated = analysis.deadline ?? (analysis.recurrence ? recurringDeadline(asOf, analysis.recurrence) : null);
  // "40 leads a month", "+5 leads per month by June" over a summed KPI: judged on whole periods' totals.
  const reading = analysis.recurrence && kpi?.aggregation === 'total' && stated ? perPeriodReading(history, analysis.recurrence, stated, analysis, asOf) : null;
  const deadline = reading?.deadline ?? stated;
  const points = reading?.totals ?? history;
  const latest = points.length > 0 ? points[points.length - 1].value : null;
  // "+10 % leads by June 2027" on a summed KPI: the total to the deadline against as many periods just before, as Check goals.
  const reference = !analysis.recurrence && analysis.change && analysis.baseline === null && kpi?.aggregation === 'total' && deadline && points.length > 0 ? previousWindowTotal(points, asOf, deadline) : null;
  // "14 leads per week" on monthly totals: the months judged, the target scaled (14 a week ≈ 60 a month), as Check goals.
  const coarse = !reading && analysis.recurrence && kpi?.aggregation === 'total' && stated && analysis.target !== null && analysis.change?.kind !== 'relative' && points.length > 0 ? coarserScale(points, analysis.recurrence, stated) : null;
  const implied = reading?.change?.target ?? impliedTarget(analysis, reference?.value ?? latest);
  const target = implied === null ? null : implied * (coarse?.scale ?? 1);
  if (target === null || deadline === null) return null;
  // A per-period goal ("40 meetings a week", "+10 % each month") is a level to hold each period, not a running total.
  const perPeriod = !reference && (analysis.recurrence !== null || analysis.change?.kind === 'relative');
  return { history: points, target, deadline, aggregation: perPeriod ? 'level' : (kpi?.aggregation ?? null), perPeriod: reading !== null };
}
