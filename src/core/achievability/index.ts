/**
 * Achievability: how likely is a target if the KPI keeps behaving as in its
 * history (the status-quo probability), and what does the business's policy
 * make of it (on-track / realistic / stretch / unrealistic)?
 *
 * probability = P(KPI meets the target at the deadline | status quo), where
 * "at the deadline" is the last period whose stamp date is on or before the
 * deadline (aggregation `total`: the sum over the periods after the last
 * observation up to that one). Forecasts come from `core/forecast`
 * (calibrated model averaging, closed form, deterministic).
 */
import { addDays, addMonths, daysBetween, isValidIsoDate, startsAfterDeadline, withinCalendar } from '../dates';
import { formatCurrency, formatDate, formatNumber, formatPercent, formatPoints, moneyDecimals, monthName, rateDecimals } from '../format';
import { t } from '../messages';
import type { Aggregation, CriterionStatus, Direction, IsoDate, KpiPoint, Lang, Period, Unit, Verdict } from '../types';
import type { CriterionResult } from '../statement';
import { farPastCount, normalizePoints } from '../series/clean';
import { decumulate, namesYearToDate, namesYearToDateRatio, yearStartOf, yearToDateStart } from '../series/ytd';
import { detectPeriod, periodDate, periodsUntil, seasonLength, toGrid, type GridSeries, type ShortWindow } from '../series/period';
import {
  Forecaster,
  withoutSpikes,
  probabilityAtLeast,
  probabilityAtMost,
  quantile,
  type Distribution,
  type SeriesKind,
  type ValueKind,
} from '../forecast';
import { DEFAULT_POLICY, resolvePolicy, type AchievabilityPolicy } from './policy';
import { goalProgress, levelPacePeriods, paceOver, paceStart, requiredPace } from './pace';
import { paceParts } from './pace-text';
import { roundCount, roundTowardStatusQuo } from './count-rounding';
import { meetsBelow, unstatedDirection } from './meets';
import { defaultBaseline } from './baseline';
import { chanceText, verdictLine, verdictWord, type StretchEvidence } from './verdict';

export { cleanSeries, type CleanedSeries, type DuplicateRule } from '../series/clean';
export { detectPeriod } from '../series/period';
export { DEFAULT_POLICY, resolvePolicy, type AchievabilityPolicy } from './policy';
export { goalProgress, paceStart, requiredPace };
export { coarserScale, levelChangeTarget, onePeriodWindow, totalWindow, periodEndingAt, deadlineWindows, judgedDeadline, perPeriodReading, periodChangeTarget, previousWindowTotal, recurringDeadline, withTotalPeriod, type DeadlineWindows, type PerPeriodGoal, type PerPeriodReading, type PeriodChangeTarget } from './per-period';
export { looksLikePoints, ratePoints, saysTarget, statementQuestion, type StatementQuestion } from './statement-question';
import type { StatementQuestion } from './statement-question';
export { defaultBaseline, pointsUpTo } from './baseline';
export { aboutFigure, countChangeTarget, countTarget, roundCount, type CountRounding } from './count-rounding';
export { chanceText, verdictLine, verdictWord, type StretchEvidence } from './verdict';
export { meetsBelow, levelsReading, unstatedDirection, wrongSide } from './meets';
export { chanceForCell, estimateForCell, exactForCell } from './cell-number';

export type { CriterionResult };

export interface AssessInput {
  history: readonly KpiPoint[];
  target: number;
  deadline: IsoDate;
  today: IsoDate;
  direction?: Direction | null;
  aggregation?: Aggregation | null;
  /** Starting level for the required pace (default: the latest value). */
  baseline?: number | null;
  policy?: Partial<AchievabilityPolicy>;
  /** From the KPI catalog when known: decides the direction when none is given, and what "maintain" means. */
  lowerIsBetter?: boolean | null;
  /** From the KPI catalog: true for a rate capped at 100 % (close rate, churn), false for a known KPI that may pass it (net revenue retention, quota attainment); null: unknown KPI. */
  bounded?: boolean | null;
  /** Currency (code or symbol: "EUR", "€") the KPI's values are in, as the sheet shows it; null: plain numbers. */
  currency?: string | null;
  /** The history's header, when known: "YTD revenue", « CA cumulé » make it year-to-date (`yearToDateStart`). */
  name?: string | null;
  /** The Settings' fiscal year start (1–12): where a year-to-date column whose header says so but shows no reset yet restarts. */
  fiscalYearStartMonth?: number | null;
  /** What the sheet says the values are (core/workbook/kpis.ts `valueKindOf`): the forecaster's space before its values' rule. */
  valueKind?: ValueKind | null;
  /** The top of the score's scale (`scaleTop`, ./scale.ts): no suggestion above it. */
  scaleTop?: number | null;
  /** False when the target was computed (a change applied to a level), not given: its amount is then shown at the tab's precision (surf53 f). */
  targetStated?: boolean;
  /**
   * The history is whole periods' totals judged for a period not yet recorded (a per-period goal, a window that is one
   * period): its latest is a past period's figure, so the goal is never "already met" by it (mend60f).
   */
  periodTotals?: true;
}

export interface Forecast {
  median: number;
  low: number;
  high: number;
  /** Coverage of [low, high]: 0.8. */
  level: number;
}

export interface Assessment {
  /** The input's currency, for values said in the reasons and the suggestion (absent: plain numbers). */
  currency?: string | null;
  verdict: Verdict;
  probability: number | null;
  period: Period | null;
  /** Periods from the last observation to the deadline's period. */
  horizon: number;
  forecast: Forecast | null;
  required: { perPeriod: number | null; perPeriodRelative: number | null };
  suggestedTarget: number | null;
  reasons: string[];
  direction: Direction;
  aggregation: Aggregation;
  latest: number | null;
  /** Added fields: what was assessed, for messages and the criterion. */
  target: number | null;
  deadline: IsoDate | null;
  /** Kind of numbers in the history (rate in [0, 1], count, positive amount, real), or null; an open rate's is 'rate', as it is said. */
  kind: SeriesKind | null;
  /** Usable points after cleaning. */
  points: number;
  /** No forecast because the history's values are too large for the models (`reasons[0]` says so), not for want of data. */
  huge?: true;
  /** A rate target outside 0–100 %: refused (the reason says so), no verdict to give. */
  outOfRange?: boolean;
  /** A window shorter than the tab's period (`shortWindow`): its reason is said alone, not as missing history. */
  partialWindow?: true;
  /** A total judged as one window's total, on the history's whole periods' totals as a level (the input's `periodTotals`, carried by `assess`): its `required` is that level's change, no total's pace. */
  periodTotals?: true;
  /** The deadline has passed: the goal's outcome by `passedLevel` (no forecast is made). */
  passed?: PassedOutcome;
  /** A year-to-date history read through the flows it adds up: the note saying so (also `reasons[0]`), for Check goals' notes. */
  yearToDate?: string;
  /** The verdict's line (`verdictLine`: its word, the chance shown beside it, why), when the target was judged. */
  why?: string;
}

export type PassedOutcome = 'met' | 'missed' | 'unknown';

/** How recent an observation must be to tell where a level KPI stood at the deadline. */
const RESULT_WINDOW_DAYS = 45;

/**
 * Where a level KPI stood at a passed deadline — the history's last value on or before it, when the history goes
 * past the deadline and that value is at most 45 days older — and whether it met the target. One rule for Check
 * goals, GOALVERDICT and ACHIEVABILITY. Null when the history cannot tell.
 */
export function passedLevel(points: readonly KpiPoint[], target: number, deadline: IsoDate, decreasing: boolean): { actual: number; outcome: 'met' | 'missed' } | null {
  if (points.length === 0 || points[points.length - 1].date < deadline) return null;
  const before = points.filter((p) => p.date <= deadline);
  const last = before[before.length - 1];
  if (!last || daysBetween(last.date, deadline) > RESULT_WINDOW_DAYS) return null;
  return { actual: last.value, outcome: (decreasing ? last.value <= target : last.value >= target) ? 'met' : 'missed' };
}

const INTERVAL_LEVEL = 0.8;

/**
 * 31 Dec 9999, the last date Sheets can show, is how spreadsheets and CRMs say "no end date" (an
 * open-ended goal): it is not a deadline a target can be judged at.
 */
export const NO_END_DATE: IsoDate = '9999-12-31';

/**
 * The forecast horizon: a deadline at most this many years after the latest data point. Further out
 * the status quo says nothing a manager can act on, and the cost of one assessment grows with the
 * horizon (a total sums its periods): with the cap, one assessment of a daily KPI covers at most
 * about 3,650 periods, whatever the dates typed (see `npm run bench`).
 */
export const MAX_HORIZON_YEARS = 10;

/**
 * Largest KPI value the models take: their variances square the values, and past about 1e154 a
 * square overflows a double. No business KPI comes near; a column of 1e308 is a data error.
 */
const MAX_MAGNITUDE = 1e150;

function noForecast(lang: Lang): string {
  return t(lang, 'achievability.reason.noForecast', { max: formatNumber(MAX_MAGNITUDE, lang) });
}

/** The last deadline the forecast horizon covers from the latest data point `latest`, or null when past year 9999. */
export function horizonLimit(latest: IsoDate): IsoDate | null {
  if (!isValidIsoDate(latest)) return null;
  return withinCalendar(() => addMonths(latest, 12 * MAX_HORIZON_YEARS));
}

/** Why a (valid) deadline cannot be forecast at all: "no end date", or beyond the horizon; null when it can. */
function horizonProblem(deadline: IsoDate, latest: IsoDate, lang: Lang): string | null {
  if (deadline >= NO_END_DATE) return t(lang, 'achievability.reason.noEndDate', { deadline: formatDate(deadline, lang) });
  const limit = horizonLimit(latest);
  if (limit === null || deadline <= limit) return null;
  return t(lang, 'achievability.reason.beyondHorizon', {
    deadline: formatDate(deadline, lang),
    years: MAX_HORIZON_YEARS,
    latest: formatDate(latest, lang),
    limit: formatDate(limit, lang),
  });
}

/** Points the current level is averaged over when inferring the direction (the article's "last three weeks"). */
const RECENT_POINTS = 3;

/**
 * The level a manager compares a target with: the mean of the last three
 * values, not the last one alone. One lucky week (33 % after 25 %, 27 %) must
 * not turn "reach 30 %" into a lower-is-better goal that is already met.
 */
function recentLevel(points: readonly KpiPoint[]): number | null {
  if (points.length === 0) return null;
  const recent = points.slice(-RECENT_POINTS);
  return recent.reduce((sum, p) => sum + p.value, 0) / recent.length;
}

/** The goal's stated starting level, when it is a number. */
function statedBaseline(input: AssessInput): number | null {
  return typeof input.baseline === 'number' && Number.isFinite(input.baseline) ? input.baseline : null;
}

function resolveDirection(input: AssessInput, points: readonly KpiPoint[], aggregation: Aggregation): Direction {
  if (input.direction === 'increase' || input.direction === 'decrease' || input.direction === 'maintain') return input.direction;
  // A known KPI (its catalog entry, or the KPI a formula's history header names): Check goals' rule, `unstatedDirection` —
  // its better side, a target on the worse side of today's level being a bound already kept; today's level itself kept.
  if (typeof input.lowerIsBetter === 'boolean') {
    const level = aggregation === 'level' ? (statedBaseline(input) ?? defaultBaseline(points, 'level')) : null;
    return unstatedDirection(Number.isFinite(input.target) ? input.target : null, level, input.lowerIsBetter) ?? 'increase';
  }
  // A total is "at least N" unless the catalog says fewer is better.
  if (aggregation === 'total' || !Number.isFinite(input.target)) return 'increase';
  // A stated starting point says which way the goal goes ("from 5 % to 4 %"), whatever the latest weeks did.
  const baseline = statedBaseline(input);
  if (baseline !== null && baseline !== input.target) return input.target > baseline ? 'increase' : 'decrease';
  const level = recentLevel(points);
  if (level === null) return 'increase';
  // A target at or above the latest value is "at least" too (review 8, E6): 12 after 14, 13, 12 is no decrease.
  return input.target >= Math.min(level, points[points.length - 1].value) ? 'increase' : 'decrease';
}

interface Prepared {
  policy: AchievabilityPolicy;
  points: KpiPoint[];
  dropped: number;
  /** Rows dated after today, left out. */
  future: number;
  /** Dates of the rows far before the rest of the history, left out (farPastCount). */
  farPast: IsoDate[];
  aggregation: Aggregation;
  direction: Direction;
  below: boolean;
  latest: number | null;
  valueKind: ValueKind | null;
}

/**
 * Cleaned points per history array: Check goals assesses every goal on a KPI against the same
 * series array, so it is normalized once per (array, aggregation, today), not once per goal.
 * Keyed by the array itself (a history is never mutated once handed to assess).
 */
const cleaned = new WeakMap<readonly KpiPoint[], Map<string, { all: KpiPoint[]; points: KpiPoint[]; farPast: IsoDate[] }>>();

function cleanedPoints(history: readonly KpiPoint[], aggregation: Aggregation, today: IsoDate | undefined): { all: KpiPoint[]; points: KpiPoint[]; farPast: IsoDate[] } {
  const key = `${aggregation}|${String(today)}`;
  let byKey = cleaned.get(history);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const all = normalizePoints(history, aggregation === 'total' ? 'sum' : 'average');
  // Rows dated after "today" are not history yet: pre-filled future rows (zeros, plans) or a
  // back-test "as of" an earlier date must not feed the status quo.
  const current = isValidIsoDate(today) ? all.filter((p) => p.date <= today) : all;
  // Rows far before the rest (Sheets' day zero, a wrong year) are left out too, and named (farPastCount).
  const far = farPastCount(current);
  const points = far > 0 ? current.slice(far) : current;
  const entry = { all, points, farPast: current.slice(0, far).map((p) => p.date) };
  if (!byKey) {
    byKey = new Map();
    cleaned.set(history, byKey);
  }
  byKey.set(key, entry);
  return entry;
}

/** "2 rows dated December 30, 1899 and January 1, 2015 left out: far before the rest of the history…". */
export function farPastReason(dates: readonly IsoDate[], lang: Lang): string {
  return t(lang, 'achievability.reason.farPast', { count: dates.length, dates: dates.slice(0, 3).map((d) => formatDate(d, lang)).join(', ') });
}

function prepare(input: AssessInput): Prepared {
  const aggregation: Aggregation = input.aggregation === 'total' ? 'total' : 'level';
  const { all, points, farPast } = Array.isArray(input.history) ? cleanedPoints(input.history, aggregation, input.today) : { all: [], points: [], farPast: [] };
  const latest = points.length ? points[points.length - 1].value : null;
  const direction = resolveDirection(input, points, aggregation);
  // The level a "maintain" keeps on its side when the KPI's better side is unknown (`meetsBelow`): a level's, not a total's.
  const level = aggregation === 'level' ? (statedBaseline(input) ?? defaultBaseline(points, 'level')) : null;
  return {
    policy: resolvePolicy(input.policy),
    points,
    dropped: (Array.isArray(input.history) ? input.history.length : 0) - all.length,
    future: all.length - points.length - farPast.length,
    farPast,
    aggregation,
    direction,
    below: meetsBelow(direction, input.lowerIsBetter, level, input.target),
    latest,
    valueKind: input.valueKind ?? null,
  };
}

/** Quantiles of a (cached, never mutated) forecast distribution, computed once per level. */
const quantiles = new WeakMap<Distribution, Map<number, number>>();
function cachedQuantile(dist: Distribution, q: number): number {
  let byLevel = quantiles.get(dist);
  if (!byLevel) {
    byLevel = new Map();
    quantiles.set(dist, byLevel);
  }
  let value = byLevel.get(q);
  if (value === undefined) {
    value = quantile(dist, q);
    byLevel.set(q, value);
  }
  return value;
}

/** The fitted status quo for an input that passed validation. */
interface Model {
  grid: GridSeries;
  period: Period;
  horizon: number;
  forecaster: Forecaster;
}

/**
 * Fitted histories are kept (the last FIT_CACHE_SIZE, most recent first): a column of targets
 * or deadlines against one shared history (ACHIEVABILITY(A2:B200, D2:D50, …)) fits the models
 * once, not once per cell, and Check goals on 2,000 goals over 40 KPI series fits 40 times,
 * not 2,000. Reused only when the cleaned points are identical (a cheap key picks the
 * candidates, then an element-wise comparison: never stale).
 */
interface Fit {
  points: readonly KpiPoint[];
  aggregation: Aggregation;
  valueKind: ValueKind | null;
  grid: GridSeries | null;
  period: Period | null;
  forecaster: Forecaster | null;
  /** Periods from the grid's last date to each deadline asked (goals on one KPI share a few deadlines). */
  horizons: Map<IsoDate, number>;
}

const FIT_CACHE_SIZE = 64;
const fits = new Map<string, Fit[]>();
let fitCount = 0;

function fitKey(points: readonly KpiPoint[], aggregation: Aggregation, valueKind: ValueKind | null): string {
  const first = points[0];
  const last = points[points.length - 1];
  const middle = points[points.length >> 1];
  return `${aggregation}|${valueKind}|${points.length}|${first?.date}|${first?.value}|${middle?.value}|${last?.date}|${last?.value}`;
}

function samePoints(a: readonly KpiPoint[], b: readonly KpiPoint[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].date !== b[i].date || a[i].value !== b[i].value) return false;
  return true;
}

function cachedFit(points: readonly KpiPoint[], aggregation: Aggregation, valueKind: ValueKind | null): Fit {
  const key = fitKey(points, aggregation, valueKind);
  const bucket = fits.get(key) ?? [];
  const hit = bucket.find((f) => samePoints(f.points, points));
  if (hit) return hit;
  const period = detectPeriod(points);
  const grid = period ? toGrid(points, period, aggregation) : null;
  const fit: Fit = { points, aggregation, valueKind, grid, period, forecaster: null, horizons: new Map() };
  if (fitCount >= FIT_CACHE_SIZE) {
    // Forget the oldest entry (Map keeps insertion order).
    const oldest = fits.keys().next().value;
    if (oldest !== undefined) {
      fitCount -= fits.get(oldest)?.length ?? 0;
      fits.delete(oldest);
    }
  }
  bucket.push(fit);
  fits.delete(key);
  fits.set(key, bucket);
  fitCount += 1;
  return fit;
}

function fitModel(prepared: Prepared, deadline: IsoDate): Model | null {
  const fit = cachedFit(prepared.points, prepared.aggregation, prepared.valueKind);
  const { grid, period } = fit;
  if (!period || !grid || grid.value.length < prepared.policy.minPoints) return null;
  fit.forecaster ??= new Forecaster(grid, fit.aggregation, fit.valueKind);
  const forecaster = fit.forecaster;
  let horizon = fit.horizons.get(deadline);
  if (horizon === undefined) {
    horizon = periodsUntil(grid.lastDate, deadline, period, grid.businessDays, grid.monthEnds);
    if (fit.horizons.size < 1000) fit.horizons.set(deadline, horizon);
  }
  return { grid, period, horizon, forecaster };
}

/** Formats KPI values the way a manager reads them: rates as percentages, changes of rates in points. */
class ValueFormat {
  constructor(
    private readonly kind: SeriesKind | null,
    private readonly lang: Lang,
    private readonly currency: string | null = null,
  ) {}

  private decimals(value: number): number {
    const a = Math.abs(value);
    return a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  }

  /** The decimals `value` writes `v` with alone (a rate's `rateDecimals`, money's `moneyDecimals`, a number's `decimals`). */
  private places(v: number): number {
    return this.kind === 'rate' ? rateDecimals(v) : this.currency ? moneyDecimals(v, this.currency) : this.decimals(v);
  }

  value(v: number, places = this.places(v)): string {
    // Three significant digits, at least one decimal (`rateDecimals`), as every surface writes a rate: below 1 % as the
    // suggested target is rounded (`rateStep`: a 0.05 % click rate and its 0.0749 % suggestion were both "0.1%").
    if (this.kind === 'rate') return formatPercent(v, this.lang, places);
    return this.currency ? formatCurrency(v, this.lang, this.currency, places) : formatNumber(v, this.lang, places);
  }

  /**
   * A goal's target: one the user gave (their sentence, cell or field: `AssessInput.targetStated`, surf53 f — it was guessed
   * from having at most two decimals) keeps its cents ("$1,600.50" on a whole-dollar tab, "$1,600.00" on a cents one:
   * surf52, the lead's ruling b); a computed one (+5 %: $1,465.5 on a whole-dollar tab is "$1,466") as `value`.
   */
  target(v: number, stated: boolean): string {
    return this.currency && this.kind !== 'rate' && stated ? formatCurrency(v, this.lang, this.currency, moneyDecimals(v, this.currency, true)) : this.value(v);
  }

  change(delta: number): string {
    if (this.kind === 'rate') return formatPoints(delta, this.lang);
    if (this.currency) return (delta > 0 ? '+' : '') + formatCurrency(delta, this.lang, this.currency);
    return (delta > 0 ? '+' : '') + formatNumber(delta, this.lang, this.decimals(delta));
  }

  relative(fraction: number): string {
    return (fraction > 0 ? '+' : '') + formatPercent(fraction, this.lang);
  }

  /**
   * A forecast's median and 80 % range, one precision for the sentence (issue 11, EN and FR alike): the FINEST its figures
   * need by `value`'s rule, so no figure is rounded coarser than it reads alone (mend48c: "$9.61 ($8.96 to $10)" had become
   * "$10 ($9 to $10)", the median reading as a $9.50 target and the low end hiding below it): "$9.61 ($8.96 to $10.00)",
   * "9.91 (9.38 to 10.44)".
   */
  range(forecast: { median: number; low: number; high: number }): { median: string; low: string; high: string } {
    const places = Math.max(this.places(forecast.median), this.places(forecast.low), this.places(forecast.high));
    return { median: this.value(forecast.median, places), low: this.value(forecast.low, places), high: this.value(forecast.high, places) };
  }
}

/**
 * Counts, rates and amounts cannot go below zero: Gaussian components' tails are cut there for display.
 * A count's quantile is a whole number: the smallest k whose probability P(Y ≤ k), continuity-corrected
 * for the Gaussian components, reaches the level, i.e. ⌈x − ½⌉ of the mixture's continuous quantile x
 * (12, not 12.37 meetings nor 12.000000000312447).
 */
function nonNegative<T extends { median: number; low: number; high: number }>(range: T, kind: SeriesKind | null): T {
  const clean = (x: number): number => {
    const v = Math.max(0, x);
    return kind === 'count' ? Math.max(0, roundCount(v, 'quantile')) : v;
  };
  return { ...range, median: clean(range.median), low: clean(range.low), high: clean(range.high) };
}

/**
 * The level without its spikes, by grid index: the same for every goal on one KPI (the grid is the cached fit's),
 * so it is computed once per grid and kind, not once per goal (it was ~5 % of Check goals on 2,000 goals).
 */
const smoothed = new WeakMap<GridSeries, Map<SeriesKind, { smooth: number[]; byIndex: Map<number, number> }>>();
function smoothedLevels(grid: GridSeries, kind: SeriesKind): { smooth: number[]; byIndex: Map<number, number> } {
  let byKind = smoothed.get(grid);
  const hit = byKind?.get(kind);
  if (hit) return hit;
  const smooth = withoutSpikes(grid.index, grid.value, kind, seasonLength(grid.period));
  const byIndex = new Map<number, number>();
  grid.index.forEach((index, i) => byIndex.set(index, smooth[i]));
  const entry = { smooth, byIndex };
  if (!byKind) {
    byKind = new Map();
    smoothed.set(grid, byKind);
  }
  byKind.set(kind, entry);
  return entry;
}

/**
 * Best change of the level over exactly `w` periods (largest rise, or largest fall when `below`),
 * isolated spikes left out: a typo or a one-off is not a performance the team can repeat.
 */
function bestChange(grid: GridSeries, w: number, below: boolean, kind: SeriesKind): number | null {
  const { smooth, byIndex } = smoothedLevels(grid, kind);
  let best: number | null = null;
  grid.index.forEach((index, i) => {
    const later = byIndex.get(index + w);
    if (later === undefined) return;
    const change = later - smooth[i];
    if (best === null || (below ? change < best : change > best)) best = change;
  });
  return best;
}

/** Best (or, when `below`, lowest) total over `w` consecutive observed periods. */
function bestTotal(grid: GridSeries, w: number, below: boolean): number | null {
  const { index, value } = grid;
  const prefix = [0];
  for (const v of value) prefix.push(prefix[prefix.length - 1] + v);
  let best: number | null = null;
  for (let i = 0; i + w - 1 < index.length; i++) {
    if (index[i + w - 1] - index[i] !== w - 1) continue;
    const total = prefix[i + w] - prefix[i];
    if (best === null || (below ? total < best : total > best)) best = total;
  }
  return best;
}

/**
 * How far beyond the optimistic end of the 80 % forecast range a target may sit and still be a stretch.
 * It scales with the KPI's own volatility and the horizon: the forecast's half-range (median to optimistic
 * end, ≈ 1.28 σ√h of the KPI's changes) times `share / 0.2`, so at the default 20 % it is one more
 * half-range (a target about 2.6 σ√h above the median, a chance of roughly 0.5 %). `share` × |median|
 * caps it: a very volatile KPI does not make any target a stretch, and 0 stays strict.
 */
export function stretchAllowanceFor(share: number, forecast: { median: number; low: number; high: number }, below: boolean): number {
  const halfRange = Math.max(0, below ? forecast.median - forecast.low : forecast.high - forecast.median);
  return Math.min(share * Math.abs(forecast.median), (share / DEFAULT_POLICY.stretchAllowance) * halfRange);
}

/**
 * A rate's rounding step: a tenth of a point (0.001) from 1 % up, three significant digits below — a click or
 * unsubscribe rate of 0.05 % rounded to tenths of a point was suggested as 0 % (to raise it) or 0.1 % (to lower it).
 */
function rateStep(value: number): number {
  const size = Math.abs(value);
  return size >= 0.01 || size === 0 ? 0.001 : 10 ** (Math.floor(Math.log10(size)) - 2);
}

/** Rounds a suggested target to a readable precision, always toward the status quo (`anchor`) so it stays achievable. */
function roundToward(value: number, anchor: number, kind: SeriesKind | null): number {
  return readableSuggestion(value, value < anchor, kind);
}

/** THE readable rounding of a suggested target (three significant digits; `lowerIsBetter`: rounded up), every surface's. */
export function readableSuggestion(value: number, lowerIsBetter: boolean, kind: SeriesKind | null): number {
  const step =
    kind === 'rate'
      ? rateStep(value)
      : kind === 'count'
        ? Math.max(1, 10 ** (Math.floor(Math.log10(Math.max(Math.abs(value), 1))) - 2))
        : 10 ** (Math.floor(Math.log10(Math.abs(value) || 1)) - 2);
  return roundTowardStatusQuo(value, step, lowerIsBetter);
}

function finiteRequired(required: Assessment['required']): Assessment['required'] {
  const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);
  return { perPeriod: finite(required.perPeriod), perPeriodRelative: finite(required.perPeriodRelative) };
}

function insufficient(prepared: Prepared, input: AssessInput, lang: Lang, reasons: string[], extra: Partial<Assessment> = {}): Assessment {
  const baseline = input.baseline ?? prepared.latest;
  const period = detectPeriod(prepared.points);
  let required: Assessment['required'] = { perPeriod: null, perPeriodRelative: null };
  const last = prepared.points[prepared.points.length - 1];
  if (
    period &&
    last &&
    baseline !== null &&
    Number.isFinite(baseline) &&
    Number.isFinite(input.target) &&
    isValidIsoDate(input.deadline) &&
    horizonProblem(input.deadline, last.date, lang) === null &&
    prepared.aggregation === 'level'
  ) {
    // From the latest row's period, as the forecast's pace below (it counted from the day before the row's date).
    const pace = paceOver(baseline, input.target, levelPacePeriods(last.date, input.deadline, period));
    if (pace.periods > 0) required = finiteRequired({ perPeriod: pace.absolute, perPeriodRelative: pace.relative });
  }
  if (prepared.dropped > 0) reasons.push(t(lang, 'achievability.reason.dropped', { count: prepared.dropped }));
  if (prepared.future > 0) reasons.push(t(lang, 'achievability.reason.future', { count: prepared.future }));
  if (prepared.farPast.length > 0) reasons.push(farPastReason(prepared.farPast, lang));
  return {
    verdict: 'insufficient-data',
    probability: null,
    period,
    horizon: 0,
    forecast: null,
    required,
    suggestedTarget: null,
    reasons,
    direction: prepared.direction,
    aggregation: prepared.aggregation,
    latest: prepared.latest,
    target: Number.isFinite(input.target) ? input.target : null,
    deadline: isValidIsoDate(input.deadline) ? input.deadline : null,
    kind: null,
    points: prepared.points.length,
    ...extra,
  };
}

/** Whether a (cached, never mutated) cleaned history holds a value past ±MAX_MAGNITUDE: once per array, not per goal. */
const huge = new WeakMap<readonly KpiPoint[], boolean>();
function beyondMagnitude(points: readonly KpiPoint[]): boolean {
  let answer = huge.get(points);
  if (answer === undefined) {
    answer = points.some((p) => !(Math.abs(p.value) <= MAX_MAGNITUDE));
    huge.set(points, answer);
  }
  return answer;
}

/** Validation shared by `assess` and `forecastPath`: a localized reason when the input cannot be assessed. */
function invalidReason(input: AssessInput, prepared: Prepared, lang: Lang): string | null {
  if (typeof input.target !== 'number' || !Number.isFinite(input.target)) return t(lang, 'achievability.reason.invalidTarget');
  if (!isValidIsoDate(input.deadline)) return t(lang, 'achievability.reason.invalidDeadline', { value: String(input.deadline) });
  if (!isValidIsoDate(input.today)) return t(lang, 'achievability.reason.invalidToday', { value: String(input.today) });
  if (input.deadline < input.today) {
    return t(lang, 'achievability.reason.deadlinePassed', {
      deadline: formatDate(input.deadline, lang),
      today: formatDate(input.today, lang),
    });
  }
  const latest = prepared.points.length > 0 ? prepared.points[prepared.points.length - 1].date : input.today;
  const beyond = horizonProblem(input.deadline, latest, lang);
  if (beyond) return beyond;
  if (beyondMagnitude(prepared.points)) return noForecast(lang);
  if (prepared.points.length < prepared.policy.minPoints)
    return t(lang, 'achievability.reason.insufficient', { count: prepared.points.length, min: prepared.policy.minPoints });
  return null;
}

/**
 * A probability as a manager reads it: whole percents, and "under 1 %" /
 * "over 99 %" at the ends rather than a misleading "0 %" or "100 %" (the
 * sidebar shows the same words).
 */
/**
 * True when `value` asks less than the goal's `target` (lower for a goal that raises its KPI, higher for one that cuts
 * it; without a direction, the target below the baseline means a cut). The one rule for showing a suggested target on
 * every surface (Goals tab, report, recommendations): a stretch goal's "most ambitious level within reach" can lie
 * beyond its own target (G1: 30 % asked, 30.8 % reachable), which is no suggestion to make.
 */
export function lessAmbitious(value: number, target: number | null, direction: Direction | null, baseline: number | null): boolean {
  if (target === null) return true;
  const decreasing = direction === 'decrease' || (direction === null && baseline !== null && target < baseline);
  return decreasing ? value > target + 1e-12 : value < target - 1e-12;
}

/**
 * A rate target that is a typing error rather than an unrealistic goal: below 0 always; above 100 % only for a
 * KPI the catalog marks bounded (close rate, churn…), or — KPI unknown — when every value of the history is at
 * most 100 % and the target is above 150 % or above twice the best value (retention or quota attainment may pass
 * 100 %: 102 % on a 90–96 % history is a goal; 120 % on a 24–27 % close rate is not). Never when the history itself goes above 100 %.
 */
export function rateOutOfRange(target: number, history: readonly KpiPoint[], bounded: boolean | null | undefined): boolean {
  if (!(target >= 0)) return true;
  if (target <= 1 || bounded === false || history.some((p) => p.value > 1)) return false;
  // Above 100 %: only a rate already near it (net retention 96 % → 102 %) may aim there; twice its best is a typo (review9).
  const best = history.reduce((max, p) => Math.max(max, p.value), 0);
  return bounded === true || target > Math.min(1.5, 2 * best);
}

/**
 * The assessment of a goal on a history. One judged on whole periods' totals as a level (`input.periodTotals`) says so on
 * its result (`Assessment.periodTotals`), whichever way it ends, for the pace that follows (check.ts `requiredPaceOf`).
 */
export function assess(input: AssessInput, lang: Lang): Assessment {
  const assessment = assessOnce(input, lang);
  return input.periodTotals ? { ...assessment, periodTotals: true } : assessment;
}

function assessOnce(input: AssessInput, lang: Lang): Assessment {
  const prepared = prepare(input);
  const ytd = yearToDate(input, prepared, lang);
  if (ytd) return ytd;
  if (namesYearToDateRatio(input.name) && input.aggregation !== 'total') {
    // A year-to-date growth or share: a ratio of cumulated figures, judged as the level it is, and said so.
    const note = t(lang, 'achievability.reason.ytdRatio');
    const level = assess({ ...input, name: null }, lang);
    return { ...level, reasons: [note, ...level.reasons], yearToDate: note };
  }
  const problem = invalidReason(input, prepared, lang);
  if (problem && isValidIsoDate(input.deadline) && isValidIsoDate(input.today) && input.deadline < input.today) {
    // Check goals' rule (`unstatedDirection`, from the stated baseline only): met at or below it as the verdict meets it.
    // A stated direction is read as the forecast reads it (`prepared.below`: a "maintain" of an unknown KPI on its level's side).
    const decreasing = input.direction ? prepared.below : meetsBelow(unstatedDirection(input.target, statedBaseline(input), input.lowerIsBetter) ?? 'increase', input.lowerIsBetter);
    const result = prepared.aggregation === 'level' ? passedLevel(prepared.points, input.target, input.deadline, decreasing) : null;
    // A total is counted from the goal's start, which an assessment is not given: Check goals' sentence (check.ts).
    const reason = prepared.aggregation === 'total' ? t(lang, 'achievability.reason.passedTotal', { deadline: formatDate(input.deadline, lang), fix: t(lang, 'achievability.start') }) : problem;
    return insufficient(prepared, input, lang, [reason], { passed: result?.outcome ?? 'unknown' });
  }
  if (problem) return insufficient(prepared, input, lang, [problem], problem === noForecast(lang) ? { huge: true } : {});
  const model = fitModel(prepared, input.deadline);
  if (!model) {
    return insufficient(prepared, input, lang, [
      t(lang, 'achievability.reason.insufficient', { count: prepared.points.length, min: prepared.policy.minPoints }),
    ]);
  }
  const { grid, period, horizon, forecaster } = model;
  const { policy, below, aggregation } = prepared;
  const target = input.target;
  const latest = grid.value[grid.value.length - 1];
  const kind = forecaster.kind;
  if (kind === 'rate' && aggregation === 'level' && rateOutOfRange(target, prepared.points, input.bounded)) return insufficient(prepared, input, lang, [t(lang, 'achievability.reason.rateRange')], { outOfRange: true });
  // An open rate (quota attainment past 100 %) is forecast as an amount but said as the percentage the sheet shows: its
  // values, range, pace and suggestion in % and points, on every surface (units43). Its forecast and bounds stay `kind`'s.
  const shown = prepared.valueKind === 'open-rate' ? 'rate' : kind;
  const currency = shown !== 'rate' && input.currency ? input.currency : null;
  const fmt = new ValueFormat(shown, lang, currency);
  const periodName = t(lang, `period.${period}`);
  const periodsName = t(lang, `achievability.plural.${period}`);
  const deadlineDate = periodDate(grid.lastDate, period, horizon, grid.businessDays, grid.monthEnds);

  // Status-quo distribution of the outcome.
  let forecast: Forecast;
  let probability: number;
  if (horizon === 0) {
    const outcome = aggregation === 'total' ? 0 : latest;
    forecast = { median: outcome, low: outcome, high: outcome, level: INTERVAL_LEVEL };
    probability = (below ? outcome <= target : outcome >= target) ? 1 : 0;
  } else {
    const dist: Distribution = forecaster.distribution(horizon);
    // Every model overflowed: no forecast, rather than a certainty computed from an empty mixture.
    if (dist.components.length === 0) return insufficient(prepared, input, lang, [noForecast(lang)], { huge: true });
    probability = below ? probabilityAtMost(dist, target) : probabilityAtLeast(dist, target);
    forecast = {
      median: cachedQuantile(dist, 0.5),
      low: cachedQuantile(dist, (1 - INTERVAL_LEVEL) / 2),
      high: cachedQuantile(dist, (1 + INTERVAL_LEVEL) / 2),
      level: INTERVAL_LEVEL,
    };
    if (kind !== 'real') forecast = nonNegative(forecast, kind);
  }

  // Required pace. A LEVEL moves from its latest row's period (`paceStart`: October's row, stamped the 1st or the 31st,
  // stands for October) to the deadline DAY: `periodsBetween`, whole EDATE steps plus the days left as a fraction — the
  // count REQUIREDPACE makes from the day after (fixes51: the forecast's whole `horizon` asked 5 months' pace of a goal
  // due 15 March from the row of 1 October, 4 from the row of 31 October; REQUIREDPACE from 1 November said 4.48). A
  // TOTAL needs an average per row over the rows the forecast sums (`horizon` whole periods: the median it is compared
  // with is their sum), and a working-day grid counts its working days, as its horizon.
  const baseline = typeof input.baseline === 'number' && Number.isFinite(input.baseline) ? input.baseline : latest;
  const pacePeriods = horizon > 0 && aggregation === 'level' && !grid.businessDays && isValidIsoDate(input.deadline) ? levelPacePeriods(grid.lastDate, input.deadline, period) || horizon : horizon;
  let required: Assessment['required'] = { perPeriod: null, perPeriodRelative: null };
  if (horizon > 0) {
    if (aggregation === 'level') {
      const pace = paceOver(baseline, target, pacePeriods);
      required = { perPeriod: pace.absolute, perPeriodRelative: pace.relative };
    } else {
      // For a total: the average needed per period, and how much above the status-quo pace that is.
      const perPeriod = target / pacePeriods;
      required = { perPeriod, perPeriodRelative: forecast.median > 0 ? target / forecast.median - 1 : null };
    }
  }
  // A level already past the target in the goal's direction, and the forecast stays there (on track): met, no pace
  // (a negative "pace" read as a slip to make). One odd latest row the forecast does not follow is not "met". A level
  // kept on its good side of the bound has no pace to make either: "maintain a win rate of at least 24 %" at 27.6 %
  // asked for -0.24 pts a month beside "on track" (review 29).
  const met = aggregation === 'level' && !input.periodTotals && (below ? baseline <= target : baseline >= target) && (prepared.direction === 'maintain' || probability >= policy.onTrackProbability);
  // Only finite numbers leave the engine (a 1e308 target minus a negative baseline overflows).
  required = met ? { perPeriod: null, perPeriodRelative: null } : finiteRequired(required);

  // What the policy still calls achievable: the optimistic end of the forecast plus the stretch allowance,
  // widened by the best the history itself did over a comparable horizon.
  const window = Math.max(1, Math.min(horizon, grid.index[grid.index.length - 1] - grid.index[0]));
  let historical: number | null = null;
  let historicalBest: number | null = null;
  if (policy.useHistoricalBest && horizon > 0) {
    if (aggregation === 'level') {
      historicalBest = bestChange(grid, window, below, kind);
      if (historicalBest !== null && (below ? historicalBest < 0 : historicalBest > 0)) historical = latest + historicalBest;
    } else {
      const w = Math.min(horizon, grid.value.length);
      historicalBest = bestTotal(grid, w, below);
      if (historicalBest !== null) historical = (historicalBest * horizon) / w;
    }
  }
  const allowance = stretchAllowanceFor(policy.stretchAllowance, forecast, below);
  const allowed = below ? forecast.low - allowance : forecast.high + allowance;
  let limit = allowed;
  if (historical !== null) limit = below ? Math.min(limit, historical) : Math.max(limit, historical);
  if (kind === 'rate' && aggregation === 'level') limit = Math.min(1, Math.max(0, limit));
  if ((kind === 'rate' || kind === 'count' || kind === 'positive') && below) limit = Math.max(0, limit);

  const suggestedTarget = horizon > 0 ? Math.min(roundToward(limit, forecast.median, kind), input.scaleTop ?? Infinity) : null;
  // The suggestion is achievable by definition, even where rounding and floating point disagree by an ulp.
  const withinStretch =
    horizon > 0 &&
    (below
      ? target >= limit || (suggestedTarget !== null && target >= suggestedTarget)
      : target <= limit || (suggestedTarget !== null && target <= suggestedTarget));

  let verdict: Verdict;
  if (probability >= policy.onTrackProbability) verdict = 'on-track';
  else if (probability >= policy.realisticProbability) verdict = 'realistic';
  else if (withinStretch) verdict = 'stretch';
  else verdict = 'unrealistic';

  // Reasons a manager can read, most decisive first: the verdict's line (its word, the chance shown beside it, why).
  const reasons: string[] = [];
  const probabilityText = chanceText(probability, lang);
  let evidence: StretchEvidence | undefined;
  if (verdict === 'stretch') {
    // Say both facts: the status quo does not get there, and why it is still within reach.
    const byHistory = historical !== null && historicalBest !== null && (below ? target >= historical : target <= historical);
    const w = aggregation === 'level' ? window : Math.min(horizon, grid.value.length);
    if (byHistory) evidence = { kind: 'history', best: aggregation === 'level' ? fmt.change(historicalBest as number) : fmt.value(historicalBest as number), count: w, periods: w > 1 ? periodsName : periodName };
    else evidence = { kind: 'allowance', allowance: shown === 'rate' && aggregation === 'level' ? fmt.change(allowance) : fmt.value(allowance), high: fmt.value(below ? forecast.low : forecast.high) };
  }
  const why = verdictLine(verdict, probability, lang, evidence);
  if (horizon === 0) reasons.push(t(lang, 'achievability.reason.noNewPeriod', { date: formatDate(grid.lastDate, lang) }));
  else if (met) reasons.push(t(lang, 'achievability.reason.met', { latest: fmt.value(baseline), target: fmt.target(target, input.targetStated !== false) }));
  else reasons.push(why);
  reasons.push(t(lang, 'achievability.reason.probability', { target: fmt.target(target, input.targetStated !== false), probability: probabilityText }));
  if (horizon > 0) {
    // A score's range stays on its scale (mend52d: "9.93 to 10.08" on a 0–10 scale): its top, and no score below 0.
    const top = input.scaleTop ?? null;
    const onScale = (v: number): number => (top === null ? v : Math.min(top, Math.max(0, v)));
    const range = fmt.range({ median: onScale(forecast.median), low: onScale(forecast.low), high: onScale(forecast.high) });
    if (aggregation === 'level')
      // The forecast is for the deadline's period; name the deadline the user chose, not the period's stamp date.
      reasons.push(t(lang, 'achievability.reason.forecastLevel', { ...range, date: formatDate(isValidIsoDate(input.deadline) ? input.deadline : deadlineDate, lang) }));
    else
      reasons.push(
        t(lang, 'achievability.reason.forecastTotal', { ...range, count: horizon, periods: horizon > 1 ? periodsName : periodName }),
      );
    if (required.perPeriod !== null) {
      // "for 4.48 months": the count the pace is over, as REQUIREDPACE's.
      const count = formatNumber(pacePeriods, lang);
      const periods = pacePeriods > 1 ? periodsName : periodName;
      if (aggregation === 'total') {
        if (required.perPeriodRelative !== null) {
          reasons.push(
            t(lang, 'achievability.reason.paceTotal', {
              pace: fmt.value(required.perPeriod),
              period: periodName,
              relative: fmt.relative(required.perPeriodRelative),
            }),
          );
        } else {
          reasons.push(t(lang, 'achievability.reason.paceTotalAbsolute', { pace: fmt.value(required.perPeriod), period: periodName }));
        }
      } else {
        // The one rule of every surface (`paceParts`): a rate in points per period, another level with its relative change.
        const { change, relative } = paceParts({ perPeriod: required.perPeriod, perPeriodRelative: required.perPeriodRelative }, shown === 'rate' ? 'percent' : currency ? 'currency' : 'count', 'level', currency, lang);
        reasons.push(
          relative !== null
            ? t(lang, 'achievability.reason.paceLevel', { pace: change, relative, period: periodName, count, periods })
            : t(lang, 'achievability.reason.paceLevelAbsolute', { pace: change, period: periodName, count, periods }),
        );
      }
    }
    if (historicalBest !== null) {
      const span = grid.index[grid.index.length - 1] - grid.index[0];
      if (aggregation === 'level' && window >= span) {
        // A far deadline's window spans the whole history: "over 103 weeks in 103 weeks" says it twice.
        reasons.push(t(lang, 'achievability.reason.bestGainWhole', { span, periods: span > 1 ? periodsName : periodName, best: fmt.change(historicalBest) }));
      } else if (aggregation === 'level') {
        reasons.push(
          t(lang, 'achievability.reason.bestGain', {
            count: window,
            windowPeriods: window > 1 ? periodsName : periodName,
            span,
            periods: periodsName,
            best: fmt.change(historicalBest),
          }),
        );
      } else {
        reasons.push(
          t(lang, 'achievability.reason.bestTotal', {
            count: Math.min(horizon, grid.value.length),
            windowPeriods: Math.min(horizon, grid.value.length) > 1 ? periodsName : periodName,
            best: fmt.value(historicalBest),
          }),
        );
      }
    }
  }
  if (grid.value.length < 8) reasons.push(t(lang, 'achievability.reason.shortHistory', { count: grid.value.length }));
  if (prepared.dropped > 0) reasons.push(t(lang, 'achievability.reason.dropped', { count: prepared.dropped }));
  if (prepared.future > 0) reasons.push(t(lang, 'achievability.reason.future', { count: prepared.future }));
  if (prepared.farPast.length > 0) reasons.push(farPastReason(prepared.farPast, lang));

  return {
    verdict,
    probability,
    period,
    horizon,
    forecast,
    required,
    suggestedTarget,
    reasons,
    direction: prepared.direction,
    aggregation,
    latest,
    target,
    deadline: input.deadline,
    kind: shown,
    points: grid.value.length,
    currency,
    why,
  };
}

/**
 * A year-to-date history (`yearToDateStart`: its header says so, or its shape — climbing all year, dropping back at the
 * same month each year) judged through the flows it adds up (`decumulate`), forecast as a total: the deadline's figure is
 * the year's figure so far plus what the periods to the deadline add (a deadline in the same year), or what the periods
 * from its year's start add (a later year: the periods before are forecast and set aside, `windowTotalShift`), never a
 * level trending on through the reset. Null for any other history, a total, or a passed deadline (read as the level it is).
 */
const flowsCache = new WeakMap<readonly KpiPoint[], Map<number, KpiPoint[]>>();

/** A year-to-date history's start month and the flows it adds up (`yearToDateStart`, `decumulate`), or null. */
function yearToDateFlows(input: AssessInput, prepared: Prepared): { month: number; flows: KpiPoint[]; last: KpiPoint } | null {
  if (input.aggregation === 'total' || prepared.points.length === 0 || !isValidIsoDate(input.deadline)) return null;
  const points = prepared.points;
  const last = points[points.length - 1];
  if (input.deadline <= last.date) return null;
  const named = namesYearToDate(input.name);
  // A ratio is never a sum over the year: a growth named YTD is read as a level (`assess`), and by shape alone only a
  // series with values above 1 can be year-to-date (a history of fractions is a rate).
  if (named ? namesYearToDateRatio(input.name) : !points.some((p) => p.value > 1)) return null;
  const month = yearToDateStart(points, named, input.fiscalYearStartMonth ?? 1);
  if (month === null) return null;
  // One flows array per cleaned history and start month: assess caches its fits by the history array itself.
  let byMonth = flowsCache.get(points);
  if (!byMonth) flowsCache.set(points, (byMonth = new Map()));
  let flows = byMonth.get(month);
  if (!flows) byMonth.set(month, (flows = decumulate(points, month)));
  return { month, flows, last };
}

function yearToDate(input: AssessInput, prepared: Prepared, lang: Lang): Assessment | null {
  const found = yearToDateFlows(input, prepared);
  if (!found) return null;
  const { month, flows, last } = found;
  const start = yearStartOf(input.deadline, month);
  const sameYear = start === yearStartOf(last.date, month);
  const flowInput: AssessInput = { ...input, history: flows, aggregation: 'total', baseline: null, name: null };
  // Same year: the figure so far counts; a later year: the periods before its start are forecast and set aside.
  const earlier = sameYear ? null : windowTotalShift(flowInput, start, input.deadline);
  const shift = sameYear ? -last.value : earlier && 'before' in earlier ? earlier.before : 0;
  const inner = assess({ ...flowInput, target: input.target + shift }, lang);
  const back = (value: number): number => value - shift;
  const fmt = new ValueFormat(inner.kind, lang, input.currency ?? null);
  const note = sameYear
    ? t(lang, 'achievability.reason.ytdSameYear', { month: monthName(month, lang), sofar: fmt.value(last.value) })
    : t(lang, 'achievability.reason.ytdLaterYear', { month: monthName(month, lang), start: formatDate(start, lang) });
  const forecast = inner.forecast ? { ...inner.forecast, median: back(inner.forecast.median), low: back(inner.forecast.low), high: back(inner.forecast.high) } : null;
  const suggestedTarget = inner.suggestedTarget === null ? null : countOrValue(back(inner.suggestedTarget), inner.kind, prepared.direction);
  // The pace over the periods the deadline's figure adds up: to the deadline this year; from its year's start in a later one.
  const lastFlow = flows.length > 0 ? flows[flows.length - 1].date : last.date;
  const before = sameYear || !inner.period ? 0 : periodsUntil(lastFlow, addDays(start, -1), inner.period);
  const periods = Math.max(1, inner.horizon - before);
  const required = inner.required.perPeriod === null ? inner.required : { perPeriod: (input.target - (sameYear ? last.value : 0)) / periods, perPeriodRelative: null };
  return {
    ...inner,
    target: input.target,
    latest: last.value,
    forecast,
    suggestedTarget,
    required,
    reasons: [note, ...yearToDateReasons(inner, { target: input.target, deadline: input.deadline, forecast, suggestedTarget, required, periods }, fmt, lang)],
    yearToDate: note,
    why: yearToDateWhy(inner, suggestedTarget ?? input.target, fmt, lang),
  };
}

/** A year-to-date goal's verdict line, in the goal's own amounts (a stretch's evidence: up to the suggestion). */
function yearToDateWhy(inner: Assessment, suggested: number, fmt: ValueFormat, lang: Lang): string | undefined {
  if (inner.probability === null || inner.verdict === 'insufficient-data') return inner.why;
  return verdictLine(inner.verdict, inner.probability, lang, inner.verdict === 'stretch' ? { kind: 'ytd', suggested: fmt.value(suggested) } : undefined);
}

/**
 * The engine's reasons for a year-to-date goal, in the goal's own amounts: the flows' assessment quotes the SHIFTED target
 * (the figure so far taken off, or the periods before the deadline's year added), its running total over every period to
 * the deadline and the best totals of as many periods — none of which is the figure the user reads on the deadline. The
 * verdict's line, the chance of the target, the deadline's year-to-date forecast and the average each period of the
 * deadline's year must add; the engine's other notes (short history, rows left out) as they are.
 */
function yearToDateReasons(
  inner: Assessment,
  goal: { target: number; deadline: IsoDate; forecast: Forecast | null; suggestedTarget: number | null; required: Assessment['required']; periods: number },
  fmt: ValueFormat,
  lang: Lang,
): string[] {
  if (inner.probability === null || inner.period === null || inner.horizon === 0) return inner.reasons;
  const probability = chanceText(inner.probability, lang);
  const reasons: string[] = [yearToDateWhy(inner, goal.suggestedTarget ?? goal.target, fmt, lang) ?? inner.reasons[0] ?? ''];
  reasons.push(t(lang, 'achievability.reason.probability', { target: fmt.value(goal.target), probability }));
  if (goal.forecast) {
    reasons.push(t(lang, 'achievability.reason.forecastLevel', { ...fmt.range(goal.forecast), date: formatDate(goal.deadline, lang) }));
  }
  if (goal.required.perPeriod !== null) {
    const periodName = t(lang, `period.${inner.period}`);
    reasons.push(t(lang, 'achievability.reason.ytdPace', { pace: fmt.value(goal.required.perPeriod), period: periodName, count: goal.periods, periods: goal.periods > 1 ? t(lang, `achievability.plural.${inner.period}`) : periodName }));
  }
  // The engine's own notes that quote no amount: the history's length, rows left out, future or far-past rows.
  const amountFree = new Set([t(lang, 'achievability.reason.shortHistory', { count: inner.points })]);
  return reasons.concat(inner.reasons.filter((reason) => amountFree.has(reason)));
}

/**
 * Chart points are capped: one per period up to this many, then evenly spaced periods (always ending at the
 * deadline). Each point costs three quantiles of a mixture (a root search over Student-t CDFs), so 60 points
 * (one every ~5 px of the sidebar's ~300-px chart) rather than one per period for a 10-year monthly deadline.
 */
const MAX_PATH_POINTS = 60;
/**
 * Far deadlines on daily data (up to the 10-year horizon: 3,650 periods) get fewer, wider-spaced points: a
 * total's distribution at h costs O(h), so the path's cost is about points × horizon. Past this many
 * periods × points the count shrinks, down to MIN_PATH_POINTS (one point every ~5 months at the horizon:
 * the median and the 80 % band are smooth curves).
 */
const MAX_PATH_WORK = 120 * 400;
const MIN_PATH_POINTS = 24;

/** How many points the chart path samples for a deadline `horizon` periods away. */
export function pathPointCount(horizon: number): number {
  return Math.max(MIN_PATH_POINTS, Math.min(MAX_PATH_POINTS, Math.floor(MAX_PATH_WORK / Math.max(1, horizon))));
}

/**
 * Future path for charts: the last observation, then the status-quo median
 * and 80 % range per period up to the deadline's period (for a `total`, the
 * running total since the last observation). Empty when the input cannot be
 * assessed.
 */
export function forecastPath(input: AssessInput): Array<{ date: IsoDate; median: number; low: number; high: number }> {
  const prepared = prepare(input);
  const ytd = yearToDateFlows(input, prepared);
  if (ytd) return yearToDatePath(input, ytd);
  if (invalidReason(input, prepared, 'en')) return [];
  const model = fitModel(prepared, input.deadline);
  if (!model) return [];
  const { grid, period, horizon, forecaster } = model;
  const start = prepared.aggregation === 'total' ? 0 : grid.value[grid.value.length - 1];
  const path = [{ date: grid.lastDate, median: start, low: start, high: start }];
  const step = Math.max(1, Math.ceil(horizon / pathPointCount(horizon)));
  for (let k = step; k <= horizon + step - 1; k += step) {
    const h = Math.min(k, horizon);
    const dist = forecaster.distribution(h);
    if (dist.components.length === 0) return [];
    const point = {
      date: periodDate(grid.lastDate, period, h, grid.businessDays, grid.monthEnds),
      median: cachedQuantile(dist, 0.5),
      low: cachedQuantile(dist, 0.1),
      high: cachedQuantile(dist, 0.9),
    };
    path.push(forecaster.kind === 'real' ? point : nonNegative(point, forecaster.kind));
    if (h === horizon) break;
  }
  return path;
}

/**
 * A year-to-date KPI's path as the user reads it (`yearToDate`'s reading): the running total of its forecast flows added
 * to the figure so far within the last point's year, then — past each reset — the flows since that year's start (the
 * running total less its median at the year's last day, as `yearToDate` sets the earlier periods aside), so the line
 * climbs to the deadline and drops back at the reset instead of trending on as a level.
 */
function yearToDatePath(input: AssessInput, ytd: { month: number; flows: KpiPoint[]; last: KpiPoint }): Array<{ date: IsoDate; median: number; low: number; high: number }> {
  const { month, flows, last } = ytd;
  const flowInput: AssessInput = { ...input, history: flows, aggregation: 'total', baseline: null, name: null };
  const running = forecastPath(flowInput);
  if (running.length === 0) return [];
  const lastYear = yearStartOf(last.date, month);
  // What the periods before a later year's start add (their median, set aside as `yearToDate` does): one per year drawn.
  const medianBefore = (year: IsoDate): number => {
    const earlier = windowTotalShift(flowInput, year, input.deadline);
    return earlier && 'before' in earlier ? earlier.before : 0;
  };
  const setAside = new Map<IsoDate, number>();
  return running.map((point, i) => {
    const year = yearStartOf(point.date, month);
    if (i === 0) return { date: last.date, median: last.value, low: last.value, high: last.value };
    if (year === lastYear) return { date: point.date, median: last.value + point.median, low: last.value + point.low, high: last.value + point.high };
    let shift = setAside.get(year);
    if (shift === undefined) setAside.set(year, (shift = medianBefore(year)));
    return { date: point.date, median: Math.max(0, point.median - shift), low: Math.max(0, point.low - shift), high: Math.max(0, point.high - shift) };
  });
}

/**
 * The status quo of one KPI at a deadline, as a distribution (the same fit
 * `assess` uses): what a bottom-up plan (core/drivers) combines across
 * drivers. Null when the input cannot be assessed (too short, bad dates…).
 * `bestChange` is the best the history did over the same number of periods
 * (largest rise or, when `below`, fall of a level; best total of a total).
 */
export interface StatusQuo {
  distribution: Distribution;
  horizon: number;
  period: Period;
  kind: SeriesKind;
  below: boolean;
  latest: number;
  bestChange: number | null;
}

export function statusQuo(input: AssessInput): StatusQuo | null {
  const prepared = prepare(input);
  if (invalidReason(input, prepared, 'en')) return null;
  const model = fitModel(prepared, input.deadline);
  if (!model || model.horizon < 1) return null;
  const { grid, period, horizon, forecaster } = model;
  const window = Math.max(1, Math.min(horizon, grid.index[grid.index.length - 1] - grid.index[0]));
  const bestChangeValue =
    prepared.aggregation === 'level'
      ? bestChange(grid, window, prepared.below, forecaster.kind)
      : bestTotal(grid, Math.min(horizon, grid.value.length), prepared.below);
  return {
    distribution: forecaster.distribution(horizon),
    horizon,
    period,
    kind: forecaster.kind,
    below: prepared.below,
    latest: grid.value[grid.value.length - 1],
    bestChange: bestChangeValue,
  };
}

/**
 * The verdict as every surface says it (`verdict.ts`): the word, the chance shown beside it — the probability the word
 * was read from —, the line saying why that word fits that chance, and an unrealistic goal's suggestion with its
 * deadline ("Aim for 3.4% by December 31, 2026 instead."). One function for Check goals (the Verdict and Probability
 * columns, the notes), the plan report (its achievability table and recommendations), the wizard (badge, chance, first
 * reason, suggestion) and the formulas (GOALVERDICT's word, SMARTSCORE/SMARTCHECK's Achievable criterion).
 */
export interface VerdictStory {
  verdict: Verdict;
  word: string;
  /** The chance shown beside the word ("15%", "under 1%"); null without a probability. */
  chance: string | null;
  /** "{Word} — {chance} …: why"; null when the target was not judged (insufficient data, a refused rate). */
  line: string | null;
  /** An unrealistic goal's "Aim for {suggested} by {deadline} instead."; null otherwise. */
  suggestion: string | null;
  /** The day a suggested target is for — the goal's deadline — wherever one is suggested; null otherwise. */
  suggestedBy: IsoDate | null;
}

export function verdictStory(assessment: Assessment, lang: Lang): VerdictStory {
  const { verdict, probability } = assessment;
  const judged = verdict !== 'insufficient-data' && probability !== null;
  const line = judged ? (assessment.why ?? verdictLine(verdict, probability, lang)) : null;
  const suggestedBy = assessment.suggestedTarget !== null && assessment.deadline && isValidIsoDate(assessment.deadline) ? assessment.deadline : null;
  let suggestion: string | null = null;
  if (verdict === 'unrealistic' && assessment.suggestedTarget !== null) {
    const suggested = new ValueFormat(assessment.kind, lang, assessment.currency ?? null).value(assessment.suggestedTarget);
    suggestion = suggestedBy ? t(lang, 'achievability.criterion.suggestion', { suggested, date: formatDate(suggestedBy, lang) }) : t(lang, 'achievability.criterion.suggestionUndated', { suggested });
  }
  return { verdict, word: verdictWord(verdict, lang), chance: probability === null ? null : chanceText(probability, lang), line, suggestion, suggestedBy };
}

/**
 * The Achievable criterion's status for an assessment — the one verdict-to-status mapping, read by `achievableCriterion`
 * and, without any message written, by SMARTSCORE with a history (perf66): on-track and realistic pass, a stretch warns,
 * unrealistic fails; no verdict is unknown, but a rate target outside 0–100 % fails (its reason says what to fix).
 */
export function achievableStatus(assessment: Assessment): CriterionStatus {
  switch (assessment.verdict) {
    case 'on-track':
    case 'realistic':
      return 'pass';
    case 'stretch':
      return 'warn';
    case 'unrealistic':
      return 'fail';
    default:
      return assessment.outOfRange ? 'fail' : 'unknown';
  }
}

/**
 * Maps an assessment to the SMART "Achievable" criterion, in the verdict's own line: on-track and realistic pass, a
 * stretch warns (half credit: the status quo does not get there, but the team did it before or it is within the
 * allowance), unrealistic fails with its dated suggestion.
 */
export function achievableCriterion(assessment: Assessment, lang: Lang): CriterionResult {
  const story = verdictStory(assessment, lang);
  const status = achievableStatus(assessment);
  switch (assessment.verdict) {
    case 'on-track':
    case 'realistic':
      return { status, message: story.line ?? '', suggestion: null };
    case 'stretch':
      // Half credit: not reached at the current pace, only with the extra effort the line names.
      return { status, message: t(lang, 'achievability.criterion.stretch', { detail: story.line ?? '' }), suggestion: null };
    case 'unrealistic':
      return { status, message: story.line ?? '', suggestion: story.suggestion };
    default:
      return {
        status,
        // A refused target, a window the tab cannot measure: no missing history, the reason alone says why.
        message: assessment.outOfRange || assessment.partialWindow ? assessment.reasons[0] : t(lang, 'achievability.criterion.unknown', { detail: assessment.reasons[0] ?? '' }),
        suggestion: null,
      };
  }
}

/**
 * A total over its own window [start, deadline] judged on a history that may stop before or inside it: what the
 * history already counts in the window (`done`, from `start` to `end`) is taken off the target, or what the status quo
 * adds before the window opens (`before`) is put on it. One rule for Check goals (a Start, or a per-period window:
 * core/workbook/check.ts) and SMARTSCORE (`statementQuestion`'s `windowStart`). Null when nothing shifts.
 */
export function windowTotalShift(input: AssessInput, start: IsoDate, end: IsoDate): { done: number } | { before: number } | null {
  const points = input.history;
  // A Start on the deadline is that day's total (`startsAfterDeadline`: only a Start after it frames no window).
  if (points.length === 0 || startsAfterDeadline({ start, deadline: input.deadline })) return null;
  if (start <= points[points.length - 1].date) return { done: points.filter((p) => p.date >= start && p.date <= end).reduce((sum, p) => sum + p.value, 0) };
  const path = forecastPath({ ...input, deadline: addDays(start, -1) });
  const before = path.length > 0 ? path[path.length - 1].median : 0;
  return before > 0 ? { before } : null;
}

function countOrValue(value: number, kind: SeriesKind | null, direction: Direction): number {
  return kind === 'count' ? roundCount(value, 'suggestion', direction === 'decrease') : value;
}

/**
 * The assessment with its suggestion a whole number (`roundCount`'s `suggestion`, count-rounding.ts) when the KPI is a
 * count — its history's kind, or the unit the caller knows (a catalog count KPI, a header: a meetings tab whose month was
 * read pro rata) — after any mapping back to the goal's own period or window (a weekly share of a monthly total, a
 * window's shift).
 */
export function countSuggestion(assessment: Assessment, unit: Unit | null = null): Assessment {
  const suggested = assessment.suggestedTarget;
  if (suggested === null || !(assessment.kind === 'count' || unit === 'count')) return assessment;
  const whole = roundCount(suggested, 'suggestion', assessment.direction === 'decrease');
  return whole === suggested ? assessment : { ...assessment, suggestedTarget: whole };
}

/**
 * A goal sentence's question (`statementQuestion`) assessed: SMARTSCORE's Achievable criterion, and GOALVERDICT's and
 * ACHIEVABILITY's answer to a sentence given as their direction with no target nor deadline (review 32) — a total over
 * its own window shifted by what comes before it, as Check goals (`windowTotalShift`).
 */
export function assessQuestion(question: StatementQuestion, direction: Direction | null, kpi: Pick<AssessInput, 'lowerIsBetter' | 'bounded' | 'policy' | 'valueKind'>, asOf: IsoDate, lang: Lang): Assessment {
  const input = { history: question.history, target: question.target, deadline: question.deadline, today: asOf, direction, aggregation: question.aggregation, ...kpi };
  if (question.partial && question.windowStart) return partialWindowAssessment(input, question.partial, question.windowStart, lang);
  const shift = question.windowStart ? windowTotalShift(input, question.windowStart, question.deadline) : null;
  return shift ? assessShifted(input, 'done' in shift ? -shift.done : shift.before, lang) : assess(input, lang);
}

/**
 * Ruling W1 (mend59f): a total whose Start–Deadline window is part of one of the tab's periods (`ShortWindow.partial`)
 * cannot be judged from that tab — no chance, "insufficient data", no suggestion, and one sentence naming the window;
 * a passed deadline comes first (its own date, no outcome). The one rule of Check goals, ACHIEVABILITY and GOALVERDICT.
 * (Here, not in per-period.ts, which the sidebar bundles without the message catalog.)
 */
export function partialWindowAssessment(input: AssessInput, short: ShortWindow, start: IsoDate, lang: Lang): Assessment {
  const { deadline, today } = input;
  const date = (iso: IsoDate): string => formatDate(iso, lang);
  // French writes a range once: « du 13 au 14 janvier 2027 », « du 28 février au 3 mars 2027 », « le 13 janvier 2027 ».
  const [from, to] = [date(start), date(deadline)].map((text) => text.split(' '));
  const head = from[2] !== to[2] ? from : from.slice(0, from[1] !== to[1] ? 2 : 1);
  const window = lang === 'en' ? (start === deadline ? date(start) : `${date(start)} – ${date(deadline)}`) : start === deadline ? `le ${date(start)}` : `du ${head.join(' ')} au ${to.join(' ')}`;
  const note = t(lang, 'check.note.shortWindow', { window, own: t(lang, `period.${short.period}`) });
  const passed = deadline < today;
  return insufficient(prepare(input), input, lang, passed ? [t(lang, 'achievability.reason.deadlinePassed', { deadline: date(deadline), today: date(today) }), note] : [note], passed ? { passed: 'unknown' } : { partialWindow: true });
}

/** `assess` with the target shifted by a window's `shift` (`windowTotalShift`), answered in the goal's own amounts. */
export function assessShifted(input: AssessInput, shift: number, lang: Lang): Assessment {
  const assessment = assess({ ...input, target: input.target + shift }, lang);
  return {
    ...assessment,
    target: input.target,
    suggestedTarget: assessment.suggestedTarget === null ? null : countOrValue(Math.max(0, assessment.suggestedTarget - shift), assessment.kind, assessment.direction),
    // The engine's reasons quote the shifted amounts: the caller's window note explains instead, and the verdict's
    // line quotes none (a stretch's evidence named without the shifted window's amounts).
    reasons: [],
    why: undefined,
  };
}
