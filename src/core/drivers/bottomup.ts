/**
 * Bottom-up odds of a goal: forecast every driver from its own history (the
 * status-quo engine of core/achievability), sample them jointly with the
 * correlation their histories showed, combine them through the driver
 * formula, and read P(goal) off the combined outcomes — next to the top-down
 * P of the goal's own KPI, with a word on which reading to trust.
 *
 * How drivers combine over the goal's window: for a goal on a total (revenue
 * booked by the deadline), volume drivers (leads, meetings: aggregation
 * `total`) are forecast as their total over the window and level drivers
 * (rates, deal size) as their average over it (their forecast total over the
 * window's periods, divided by their number: the average is far less noisy
 * than any one period); for a goal on a level, every driver is its level at
 * the deadline. The product of window totals and averages ignores the
 * within-window covariance of a volume and a rate (second order here).
 */
import { assess, resolvePolicy, statusQuo, type AchievabilityPolicy, type StatusQuo } from '../achievability';
import { cdf, probabilityAtLeast, probabilityAtMost, quantile } from '../forecast';
import { mulberry32, normalSampler } from '../forecast/stats';
import { normalizePoints } from '../series/clean';
import { PERIOD_DAYS, addDays, daysBetween } from '../dates';
import type { Aggregation, Direction, IsoDate, KpiPoint, Period, Verdict } from '../types';
import { rampedHires, type PlannedHire } from './capacity';
import { periodDate } from '../series/period';
import { choleskyOfCorrelation, correlatedDraws, correlation, quantileTable, zTable, type QuantileTable } from './copula';

export interface DriverInput {
  /** The name the formula uses for it. */
  key: string;
  label: string;
  history: readonly KpiPoint[];
  /** A volume per period (`total`: leads, deals) or a level (rate, deal size, headcount). */
  aggregation: Aggregation;
  /**
   * A headcount (reps): the team plan's planned hires, ramped, are added to its forecast — the
   * change its own history cannot know (Settings → Team plan; capacity adds the same).
   */
  headcount?: boolean;
}

export interface BottomUpInput {
  /** Output = Σ terms, each the product of the drivers it names (keys). */
  terms: ReadonlyArray<readonly string[]>;
  drivers: readonly DriverInput[];
  deadline: IsoDate;
  today: IsoDate;
  /** Which way the goal goes; default increase. */
  direction?: Direction | null;
  /** Default: `total` when a driver is a volume, else `level`. */
  outputAggregation?: Aggregation | null;
  /**
   * The period of the goal's KPI (revenue per month) when the goal is on a level: a volume
   * driver recorded per week is then rescaled to a month (× 30.4 / 7). Default: no rescaling.
   */
  outputPeriod?: Period | null;
  policy?: Partial<AchievabilityPolicy>;
  /** The team plan: planned hires and new reps' ramp, added to headcount drivers (`DriverInput.headcount`). */
  hires?: readonly PlannedHire[];
  ramp?: readonly number[];
  /** Monte Carlo draws (default 4,000: the probability's standard error stays under 0.8 point). */
  draws?: number;
  seed?: number;
}

export interface Range {
  median: number;
  low: number;
  high: number;
}

export interface DriverOutlook {
  key: string;
  label: string;
  aggregation: Aggregation;
  latest: number;
  /** Status-quo median and 80 % range over the goal's window (see the module comment). */
  forecast: Range;
  kind: StatusQuo['kind'];
  /** Best past change over as many periods (a level), or best past total (a volume). */
  bestChange: number | null;
  horizon: number;
  /** 1, or the window's length when the driver is a level averaged over the window (values are per period). */
  divisor: number;
  /** Ramped planned hires added to a headcount driver's forecast (its units), else 0. */
  shift: number;
}

/** The drivers' joint forecast, computed once and read for any number of targets. */
export interface PreparedBottomUp {
  ok: true;
  drivers: DriverOutlook[];
  outputAggregation: Aggregation;
  below: boolean;
  /** Combined outcomes of every draw, sorted ascending. */
  outcomes: Float64Array;
  /** Per driver, its status-quo distribution (exact single-driver answers, gap chances). */
  statusQuos: StatusQuo[];
  terms: ReadonlyArray<readonly number[]>;
  /** Pairwise correlation used, by driver index. */
  correlation: number[][];
  policy: AchievabilityPolicy;
}

export interface UnpreparedBottomUp {
  ok: false;
  /** Drivers without enough history to forecast (keys). */
  missing: string[];
  unknown: string[];
}

const INTERVAL = 0.8;
const DEFAULT_DRAWS = 4000;
const DEFAULT_SEED = 20261201;
/** Pairs of aligned changes below this: no correlation is estimated (independence). */
const MIN_PAIRS = 8;
/** Shrinkage of an estimated correlation toward 0: r·n/(n + this). */
const SHRINK = 10;

function outputBelow(direction: Direction | null | undefined): boolean {
  return direction === 'decrease';
}

/** Values on common dates, as period-to-period changes (log changes for positive series). */
function changesOnCommonDates(a: readonly KpiPoint[], b: readonly KpiPoint[]): [number[], number[]] {
  const byDate = new Map<string, number>();
  for (const p of b) byDate.set(p.date, p.value);
  const pairs: Array<[number, number]> = [];
  for (const p of a) {
    const other = byDate.get(p.date);
    if (other !== undefined) pairs.push([p.value, other]);
  }
  const logA = pairs.every(([x]) => x > 0);
  const logB = pairs.every(([, y]) => y > 0);
  const da: number[] = [];
  const db: number[] = [];
  for (let i = 1; i < pairs.length; i++) {
    da.push(logA ? Math.log(pairs[i][0] / pairs[i - 1][0]) : pairs[i][0] - pairs[i - 1][0]);
    db.push(logB ? Math.log(pairs[i][1] / pairs[i - 1][1]) : pairs[i][1] - pairs[i - 1][1]);
  }
  return [da, db];
}

function rangeOf(sq: StatusQuo): Range {
  const d = sq.distribution;
  return { median: quantile(d, 0.5), low: quantile(d, (1 - INTERVAL) / 2), high: quantile(d, (1 + INTERVAL) / 2) };
}

/** Sorted-array quantile (linear interpolation). */
function sortedQuantile(sorted: Float64Array, q: number): number {
  const x = q * (sorted.length - 1);
  const k = Math.floor(x);
  return k + 1 < sorted.length ? sorted[k] + (x - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
}

export function prepareBottomUp(input: BottomUpInput): PreparedBottomUp | UnpreparedBottomUp {
  const keys = [...new Set(input.terms.flat())];
  const byKey = new Map(input.drivers.map((d) => [d.key, d]));
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length > 0 || keys.length === 0) return { ok: false, missing: [], unknown };
  const drivers = keys.map((k) => byKey.get(k) as DriverInput);
  const outputAggregation: Aggregation = input.outputAggregation ?? (drivers.some((d) => d.aggregation === 'total') ? 'total' : 'level');
  const below = outputBelow(input.direction);
  const direction: Direction = below ? 'decrease' : 'increase';
  // Per driver: its status quo over the window and the divisor that turns it into the driver's value
  // there (a level driver of a total goal is its average over the window: its total over the window / h).
  const statusQuos: StatusQuo[] = [];
  const divisors: number[] = [];
  const missing: string[] = [];
  for (const driver of drivers) {
    const averaged = outputAggregation === 'total' && driver.aggregation === 'level';
    const history = averaged ? normalizePoints(driver.history, 'average') : driver.history;
    const sq = statusQuo({
      history,
      target: 0,
      deadline: input.deadline,
      today: input.today,
      direction,
      aggregation: outputAggregation === 'total' ? 'total' : 'level',
      policy: input.policy,
    });
    if (sq) {
      statusQuos.push(sq);
      // A volume per week in a goal on a monthly level: its weekly level, times the weeks in a month.
      const rescale = outputAggregation === 'level' && driver.aggregation === 'total' && input.outputPeriod ? PERIOD_DAYS[sq.period] / PERIOD_DAYS[input.outputPeriod] : 1;
      divisors.push(averaged ? sq.horizon : rescale);
    } else missing.push(driver.key);
  }
  if (missing.length > 0) return { ok: false, missing, unknown: [] };
  const averagedLevel = drivers.map((d) => outputAggregation === 'total' && d.aggregation === 'level');
  const shifts = drivers.map((d, i) => headcountShift(d, statusQuos[i], averagedLevel[i], input));

  // Correlation of period-to-period changes on the dates the histories share.
  const n = drivers.length;
  const points = drivers.map((d) => normalizePoints(d.history, d.aggregation === 'total' ? 'sum' : 'average').filter((p) => p.date <= input.today));
  const corr: number[][] = drivers.map((_, i) => drivers.map((__, j) => (i === j ? 1 : 0)));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = changesOnCommonDates(points[i], points[j]);
      const r = correlation(a, b, MIN_PAIRS);
      const shrunk = r === null ? 0 : (r * a.length) / (a.length + SHRINK);
      corr[i][j] = shrunk;
      corr[j][i] = shrunk;
    }
  }

  const draws = Math.max(200, Math.min(20_000, Math.floor(input.draws ?? DEFAULT_DRAWS)));
  const tables: QuantileTable[] = statusQuos.map((sq, i) =>
    quantileTable(
      (q) => quantile(sq.distribution, q) / divisors[i] + shifts[i],
      (y) => cdf(sq.distribution, (y - shifts[i]) * divisors[i]),
    ),
  );
  const sampled = correlatedDraws(choleskyOfCorrelation(corr), tables.map(zTable), normalSampler(mulberry32(input.seed ?? DEFAULT_SEED)), draws);
  const termIndexes = input.terms.map((term) => term.map((k) => keys.indexOf(k)));
  const outcomes = new Float64Array(draws);
  const values = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < n; i++) values[i] = Math.max(0, sampled[i][d]);
    let total = 0;
    for (const term of termIndexes) {
      let product = 1;
      for (const i of term) product *= values[i];
      total += product;
    }
    outcomes[d] = total;
  }
  outcomes.sort();

  return {
    ok: true,
    drivers: drivers.map((driver, i) => {
      const range = rangeOf(statusQuos[i]);
      const d = divisors[i];
      const shift = shifts[i];
      return {
        key: driver.key,
        label: driver.label,
        aggregation: driver.aggregation,
        latest: averagedLevel[i] ? lastValue(driver.history, input.today) : statusQuos[i].latest / d,
        forecast: { median: range.median / d + shift, low: range.low / d + shift, high: range.high / d + shift },
        kind: statusQuos[i].kind,
        // An average over the window has no past best to compare with; a rescaled volume keeps its own, rescaled.
        bestChange: averagedLevel[i] || statusQuos[i].bestChange === null ? null : statusQuos[i].bestChange / d,
        horizon: statusQuos[i].horizon,
        divisor: d,
        shift,
      };
    }),
    outputAggregation,
    below,
    outcomes,
    statusQuos,
    terms: termIndexes,
    correlation: corr,
    policy: resolvePolicy(input.policy),
  };
}

/**
 * What the team plan adds to a headcount driver, in its own units: the ramped planned hires at the
 * deadline's period (a level at the deadline), or their average over the window's periods (a level
 * averaged over a total goal's window) — the periods the driver's own forecast covers, counted from
 * its last reading as capacity counts them (core/drivers/capacity.ts).
 */
function headcountShift(driver: DriverInput, sq: StatusQuo, averaged: boolean, input: BottomUpInput): number {
  if (!driver.headcount || driver.aggregation !== 'level' || !input.hires || input.hires.length === 0) return 0;
  const points = normalizePoints(driver.history, 'average').filter((p) => p.date <= input.today);
  if (points.length === 0 || sq.horizon < 1) return 0;
  const last = points[points.length - 1].date;
  const at = (k: number) => rampedHires(input.hires, input.ramp, last, periodDate(last, sq.period, k));
  if (!averaged) return at(sq.horizon);
  let sum = 0;
  for (let k = 1; k <= sq.horizon; k++) sum += at(k);
  return sum / sq.horizon;
}

function lastValue(history: readonly KpiPoint[], today: IsoDate): number {
  const points = normalizePoints(history, 'average').filter((p) => p.date <= today);
  return points.length ? points[points.length - 1].value : NaN;
}

/** P(driver i meets `value`, per its own units), upward or downward. */
export function driverChance(prepared: PreparedBottomUp, i: number, value: number, up: boolean): number {
  const dist = prepared.statusQuos[i].distribution;
  const scaled = (value - prepared.drivers[i].shift) * prepared.drivers[i].divisor;
  return up ? probabilityAtLeast(dist, scaled) : probabilityAtMost(dist, scaled);
}

/** True when the formula is one driver alone (and no planned hire moves it): its answer is exact, not sampled. */
function singleDriver(prepared: PreparedBottomUp): StatusQuo | null {
  return prepared.terms.length === 1 && prepared.terms[0].length === 1 && prepared.drivers[prepared.terms[0][0]].shift === 0 ? prepared.statusQuos[prepared.terms[0][0]] : null;
}

/** P(the combined outcome meets the target) and its 80 % range. */
export function bottomUpOdds(prepared: PreparedBottomUp, target: number): { probability: number; forecast: Range } {
  const single = singleDriver(prepared);
  if (single) {
    const probability = prepared.below ? probabilityAtMost(single.distribution, target) : probabilityAtLeast(single.distribution, target);
    return { probability, forecast: rangeOf(single) };
  }
  const { outcomes } = prepared;
  // Sorted outcomes: the count meeting the target by binary search.
  let lo = 0;
  let hi = outcomes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prepared.below ? outcomes[mid] <= target : outcomes[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  const meeting = prepared.below ? lo : outcomes.length - lo;
  return {
    probability: meeting / outcomes.length,
    forecast: {
      median: sortedQuantile(outcomes, 0.5),
      low: sortedQuantile(outcomes, (1 - INTERVAL) / 2),
      high: sortedQuantile(outcomes, (1 + INTERVAL) / 2),
    },
  };
}

/** The policy's verdict on a probability, with "stretch" when the team has done it before. */
export function verdictFor(probability: number, withinBest: boolean, policy: AchievabilityPolicy): Verdict {
  if (probability >= policy.onTrackProbability) return 'on-track';
  if (probability >= policy.realisticProbability) return 'realistic';
  return withinBest ? 'stretch' : 'unrealistic';
}

/**
 * How well the formula reproduces the goal KPI's own past: the median
 * relative error of Σ Π drivers against the KPI on the dates all share (null
 * when fewer than 4 such dates). A tree that does not add up on the past
 * cannot be trusted about the future.
 */
export function identityError(output: readonly KpiPoint[], terms: ReadonlyArray<readonly string[]>, drivers: readonly DriverInput[]): number | null {
  const sorted = normalizePoints(output, 'average');
  if (sorted.length < 2) return null;
  const histories = new Map(drivers.map((d) => [d.key, { volume: d.aggregation === 'total', points: normalizePoints(d.history, d.aggregation === 'total' ? 'sum' : 'average') }]));
  // Each output point stands for the window up to the next one (the last: as long as the one before):
  // drivers recorded on another calendar (weeks under a monthly KPI) are summed or averaged over it.
  const inWindow = (key: string, from: IsoDate, to: IsoDate): number | null => {
    const driver = histories.get(key);
    if (!driver) return null;
    let total = 0;
    let count = 0;
    for (const p of driver.points) {
      if (p.date < from) continue;
      if (p.date >= to) break;
      total += p.value;
      count++;
    }
    if (count === 0) return null;
    return driver.volume ? total : total / count;
  };
  const errors: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i].date;
    const to = i + 1 < sorted.length ? sorted[i + 1].date : addDays(from, daysBetween(sorted[i - 1].date, from));
    let total = 0;
    let complete = true;
    for (const term of terms) {
      let product = 1;
      for (const key of term) {
        const value = inWindow(key, from, to);
        if (value === null) {
          complete = false;
          break;
        }
        product *= value;
      }
      if (!complete) break;
      total += product;
    }
    if (complete && sorted[i].value !== 0) errors.push(Math.abs(total - sorted[i].value) / Math.abs(sorted[i].value));
  }
  if (errors.length < 4) return null;
  errors.sort((a, b) => a - b);
  return errors[Math.floor(errors.length / 2)];
}

/**
 * What the tree gave on each past date all its drivers share: Σ Π of their values (volumes summed,
 * levels averaged per date). BOTTOMUP has no history of the goal's own KPI: this is its stand-in
 * for capacity's output per period (core/drivers/capacity.ts).
 */
export function treeHistory(terms: ReadonlyArray<readonly string[]>, drivers: readonly DriverInput[]): KpiPoint[] {
  const byKey = new Map(drivers.map((d) => [d.key, new Map(normalizePoints(d.history, d.aggregation === 'total' ? 'sum' : 'average').map((p) => [p.date, p.value]))]));
  const keys = [...new Set(terms.flat())];
  const first = byKey.get(keys[0]);
  if (!first || keys.some((k) => !byKey.has(k))) return [];
  const out: KpiPoint[] = [];
  for (const date of [...first.keys()].sort()) {
    if (!keys.every((k) => byKey.get(k)?.has(date))) continue;
    let total = 0;
    for (const term of terms) {
      let product = 1;
      for (const key of term) product *= byKey.get(key)?.get(date) ?? NaN;
      total += product;
    }
    if (Number.isFinite(total)) out.push({ date, value: total });
  }
  return out;
}

export type Trust = 'agree' | 'bottom-up' | 'top-down';
export type TrustReason = 'agree' | 'only-bottom-up' | 'only-top-down' | 'planned-change' | 'consistent' | 'inconsistent' | 'unchecked';

/** The formula reproduces the KPI's past within this median error: it explains the KPI. */
const CONSISTENT = 0.1;

/**
 * Which reading to trust. The two agree when they give the same answer — both likely (at least `likely`, the policy's
 * on-track odds) or both unlikely — not when they are within some points of each other (1 % and 11 % both say
 * unlikely; 45 % and 55 % do not: review 10, F13).
 */
export function whichToTrust(bottomUp: number | null, topDown: number | null, identity: number | null, plannedChange: boolean, likely = 0.5): { trust: Trust; reason: TrustReason } {
  if (bottomUp === null) return { trust: 'top-down', reason: 'only-top-down' };
  if (plannedChange) return { trust: 'bottom-up', reason: 'planned-change' };
  if (topDown === null) return { trust: 'bottom-up', reason: 'only-bottom-up' };
  if (bottomUp >= likely === topDown >= likely) return { trust: 'agree', reason: 'agree' };
  if (identity === null) return { trust: 'top-down', reason: 'unchecked' };
  return identity <= CONSISTENT ? { trust: 'bottom-up', reason: 'consistent' } : { trust: 'top-down', reason: 'inconsistent' };
}

/** The top-down reading of the same goal, from the KPI's own history. */
export function topDownOdds(
  history: readonly KpiPoint[],
  target: number,
  input: Pick<BottomUpInput, 'deadline' | 'today' | 'direction' | 'policy'>,
  aggregation: Aggregation,
): { probability: number; forecast: Range; verdict: Verdict } | null {
  const a = assess(
    { history, target, deadline: input.deadline, today: input.today, direction: input.direction ?? 'increase', aggregation, policy: input.policy },
    'en',
  );
  if (a.probability === null || !a.forecast) return null;
  return { probability: a.probability, forecast: { median: a.forecast.median, low: a.forecast.low, high: a.forecast.high }, verdict: a.verdict };
}
