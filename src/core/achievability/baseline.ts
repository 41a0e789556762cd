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
import type { Aggregation, IsoDate, KpiPoint, Period } from '../types';

/**
 * The points dated on or before `today` (all of them without a date): a row dated after today is no reading yet — a
 * pre-filled plan, a typo in the year — and `assess` leaves it out of the history (achievability/index.ts
 * `cleanedPoints`), so "where the KPI stands today" must not be read from it either (review 23: a win-rate tab whose
 * last row was dated next month gave 31 % as the latest value and the baseline while the verdict started from 26.5 %).
 * `points` are in date order, as every series reader gives them.
 */
export function pointsUpTo(points: readonly KpiPoint[], today: IsoDate | null | undefined): readonly KpiPoint[] {
  if (!today) return points;
  let end = points.length;
  while (end > 0 && points[end - 1].date > today) end--;
  return end === points.length ? points : points.slice(0, end);
}

/**
 * The baseline of a goal that states none: a level's latest value; a total's latest full period's total when the goal
 * has a cadence and `points` are its whole-period totals (`cadence`, else null); none for any other total. With `today`,
 * the latest on or before it (`pointsUpTo`).
 */
export function defaultBaseline(points: readonly KpiPoint[], aggregation: Aggregation, cadence: Period | null = null, today: IsoDate | null = null): number | null {
  if (aggregation !== 'level' && cadence === null) return null;
  const current = pointsUpTo(points, today);
  return current.length === 0 ? null : current[current.length - 1].value;
}
