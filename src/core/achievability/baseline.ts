/**
 * Where a goal starts when it states no baseline ("Achieve 25 % more sales by the end of Q2 2027"): one rule for every
 * surface — Check goals and the plan report (`core/workbook/check.ts`) and the wizard's pre-filled baseline
 * (`gas/sidebar/series.ts` `summarize`, `SeriesSummary.defaultBaseline`) call it; SMARTSCORE (`statement-question.ts`,
 * its `latest`) and the formulas' assessments start a level from the same last point.
 *
 * A level (a rate, a pipeline, revenue read as a run rate) starts at its LATEST value: "where does the KPI stand today"
 * is the last reading, the forecast the target is judged against starts from that point too (a target drawn from an
 * average would be judged from a level the KPI is no longer at), and a change per period compounds from it
 * (`levelChangeTarget`). A total (deals won, sign-ups) has no starting level: "+20 % leads" is compared with as long a
 * window just before (`previousWindowTotal`). The recent average stays one click away in the wizard ("Recent average")
 * for a user who wants a smoother base; typed, it is then stated in the sentence and the Baseline column, so every
 * surface reads that instead. Why not the average by default: docs/WORKBOOK.md, "Baseline".
 */
import type { Aggregation, KpiPoint } from '../types';

export function defaultBaseline(points: readonly KpiPoint[], aggregation: Aggregation): number | null {
  if (aggregation !== 'level' || points.length === 0) return null;
  return points[points.length - 1].value;
}
