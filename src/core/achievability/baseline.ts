/**
 * Where a goal starts when it states no baseline ("Achieve 25 % more sales by the end of Q2 2027"): one rule for every
 * surface — Check goals and the plan report (`core/workbook/check.ts`, and through `periodChangeTarget` the per-period
 * readings both share), SMARTSCORE (`statement-question.ts`) and the wizard's pre-filled baseline
 * (`gas/sidebar/series.ts` `summarize`, `SeriesSummary.defaultBaseline`) call it.
 *
 * A level (a rate, a pipeline, revenue read as a run rate) starts at its LATEST value: "where does the KPI stand today"
 * is the last reading, the forecast the target is judged against starts from that point too (a target drawn from an
 * average would be judged from a level the KPI is no longer at), and a change per period compounds from it
 * (`levelChangeTarget`). A total (deals won, sign-ups) has no starting level: "+20 % leads" is compared with as long a
 * window just before (`previousWindowTotal`). A TOTAL WITH A CADENCE ("+5 leads per month", "+10 % new accounts each
 * quarter"), read in whole periods (`perPeriodReading`: `points` are then the periods' totals), starts at the latest
 * full period's total: the goal speaks of each period's total, so the last one completed is where that per-period figure
 * stands today — the level of the series of totals, by the level's own rule. Without whole periods it has none either.
 * The recent average stays one click away in the wizard ("Recent average") for a user who wants a smoother base; typed,
 * it is then stated in the sentence and the Baseline column, so every surface reads that instead. Why not the average
 * by default: docs/WORKBOOK.md, "Baseline".
 */
import type { Aggregation, KpiPoint, Period } from '../types';

/**
 * The baseline of a goal that states none: a level's latest value; a total's latest full period's total when the goal
 * has a cadence and `points` are its whole-period totals (`cadence`, else null); none for any other total.
 */
export function defaultBaseline(points: readonly KpiPoint[], aggregation: Aggregation, cadence: Period | null = null): number | null {
  if (points.length === 0 || (aggregation !== 'level' && cadence === null)) return null;
  return points[points.length - 1].value;
}
