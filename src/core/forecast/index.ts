/**
 * Status-quo forecasts of a KPI on its period grid: several model families
 * are fitted, each scored by its one-step-ahead predictive density over the
 * history (prequential log score, i.e. how well it would have forecast each
 * next point from the points before it), and combined with weights
 * proportional to prior × exp(score) — Bayesian model averaging. On long
 * histories the data pick one model; on three points the models share the
 * weight (priors: amounts wander like random walks, rates revert to a mean,
 * counts are Poisson) and the interval is as wide as the data warrant.
 *
 * Working spaces keep forecasts where the KPI can live: rates in [0, 1] are
 * modelled in logit space (so never leave [0, 1]), positive amounts in both
 * level and log space (additive vs multiplicative growth: the scores decide),
 * counts (non-negative integers) also get a Poisson/negative-binomial model.
 * Monthly (quarterly) series with two or more years also get seasonal
 * variants of every model (classical decomposition), penalized by one nat per
 * seasonal parameter (AIC: the offsets are estimated on the whole history).
 *
 * Everything is closed form: no simulation, so the same input always gives
 * the same output, fast.
 */
import type { Aggregation } from '../types';
import { seasonLength, seasonOf, type GridSeries } from '../series/period';
import type { Component, Distribution, Space } from './distribution';
import {
  LinearTrend,
  LocalLevel,
  MeanModel,
  MeanReverting,
  PoissonCounts,
  PoissonTrend,
  RandomWalk,
  type GaussianModel,
  type Predictive,
} from './models';
import { negBinomialLogPmf, studentTLogPdf } from './stats';

/** Module-level aliases: global lookups are slow in the node:vm realm the local runtime runs the bundle in. */
const math = Math;
const isFiniteNumber = Number.isFinite;

export * from './distribution';
export type { Predictive } from './models';

/** What kind of numbers a series holds; decides the working spaces. */
export type SeriesKind = 'count' | 'rate' | 'positive' | 'real';

export function classifySeries(values: readonly number[]): SeriesKind {
  if (values.every((v) => v >= 0 && Number.isInteger(v))) return 'count';
  if (values.every((v) => v >= 0 && v <= 1)) return 'rate';
  if (values.every((v) => v > 0)) return 'positive';
  return 'real';
}

/** Seasonal offsets of a series in its working space, and the variance they add to a forecast. */
interface Seasonality {
  length: number;
  offsets: number[];
  period: GridSeries['period'];
  /** Variance added to a forecast `j` seasons (0 … length − 1) after the last observation's season. */
  extraVariance(j: number): number;
}

/**
 * Classical decomposition: deviations from a centred 2×L moving average,
 * averaged per season and centred. Robust to trends and wandering levels,
 * and, unlike averaging period-to-period changes, it does not double the
 * observation noise. The offsets' own error (σ²/c per season, c = deviations
 * per season) is added to forecasts of another season than the last one.
 */
function estimateSeasonality(index: readonly number[], z: readonly number[], period: GridSeries['period']): Seasonality | null {
  const length = seasonLength(period);
  if (!length || z.length < 2 * length) return null;
  const half = length / 2;
  const byIndex = new Map<number, number>();
  index.forEach((t, i) => byIndex.set(t, z[i]));
  const sums = new Array<number>(length).fill(0);
  const counts = new Array<number>(length).fill(0);
  const deviations: Array<{ season: number; dev: number }> = [];
  for (const t of index) {
    let sum = 0;
    let complete = true;
    for (let k = -half; k <= half && complete; k++) {
      const v = byIndex.get(t + k);
      if (v === undefined) complete = false;
      else sum += k === -half || k === half ? v / 2 : v;
    }
    if (!complete) continue;
    const season = seasonOf(t, period) ?? 0;
    const dev = (byIndex.get(t) ?? 0) - sum / length;
    sums[season] += dev;
    counts[season]++;
    deviations.push({ season, dev });
  }
  if (counts.some((c) => c === 0)) return null;
  const offsets = sums.map((s, k) => s / counts[k]);
  const center = offsets.reduce((s, x) => s + x, 0) / length;
  for (let k = 0; k < length; k++) offsets[k] -= center;
  // Noise around the seasonal pattern: pooled within-season variance when there
  // are repeats, else half the variance of changes between neighbours' deviations.
  let noise: number;
  const df = deviations.length - length;
  if (df >= 3) {
    noise = deviations.reduce((s, { season, dev }) => s + (dev - sums[season] / counts[season]) ** 2, 0) / df;
  } else {
    let sq = 0;
    let pairs = 0;
    for (let i = 1; i < z.length; i++) {
      if (index[i] - index[i - 1] !== 1) continue;
      const a = z[i - 1] - offsets[seasonOf(index[i - 1], period) ?? 0];
      const b = z[i] - offsets[seasonOf(index[i], period) ?? 0];
      sq += (b - a) ** 2;
      pairs++;
    }
    noise = pairs > 0 ? sq / pairs / 2 : 0;
  }
  const perSeason = deviations.length / length;
  return { length, offsets, period, extraVariance: (j) => (j === 0 ? 0 : (2 * noise) / perSeason) };
}

/**
 * A model fitted on the deseasonalized series; forecasts add the season back,
 * with the variance of the estimated offsets.
 */
class Seasonal implements GaussianModel {
  readonly name: string;
  private lastT = 0;

  constructor(
    private readonly inner: GaussianModel,
    private readonly season: Seasonality,
  ) {
    this.name = `${inner.name}+season`;
  }

  private offset(t: number): number {
    return this.season.offsets[seasonOf(t, this.season.period) ?? 0];
  }

  private extraVariance(t: number): number {
    const L = this.season.length;
    return this.season.extraVariance((((t - this.lastT) % L) + L) % L);
  }

  count(): number {
    return this.inner.count();
  }

  update(t: number, z: number): void {
    this.inner.update(t, z - this.offset(t));
    this.lastT = t;
  }

  predict(t: number): Predictive | null {
    const p = this.inner.predict(t);
    return p && { mean: p.mean + this.offset(t), variance: p.variance + this.extraVariance(t), df: p.df };
  }

  predictTotal(h: number): Predictive | null {
    const p = this.inner.predictTotal(h);
    if (!p) return null;
    let mean = p.mean;
    let variance = p.variance;
    for (let k = 1; k <= h; k++) {
      mean += this.offset(this.lastT + k);
      variance += this.extraVariance(this.lastT + k);
    }
    return { mean, variance, df: p.df };
  }
}

interface Candidate {
  space: Space;
  model: GaussianModel | PoissonCounts | PoissonTrend;
  /** Prior weight (domain knowledge, see `gaussianFamily`). */
  prior: number;
  score: number;
  penalty: number;
}

/** Points scored from the 4th on: with three points every model can already forecast. */
const SCORE_FROM = 3;
/**
 * Prior share of multiplicative (log-space) models for positive amounts. Even:
 * MRR grows by amounts, revenue by percentages, and the simulations show a
 * symmetric trade-off; the one-step scores decide.
 */
const LOG_SPACE_PRIOR = 0.5;
/** Components lighter than this are dropped: they cannot move a probability by more than it. */
const MIN_WEIGHT = 1e-4;

/**
 * The Gaussian model family with prior weights. The data decide between the
 * forms, but on short or ambiguous histories (a near-unit-root AR and a random
 * walk forecast the next point equally well, not the next year) the prior
 * says what sales series usually are: amounts (MRR, revenue) wander like random
 * walks with drift; rates (close rate, churn, conversion) revert to a mean.
 */
function gaussianFamily(kind: SeriesKind): Array<{ model: GaussianModel; prior: number }> {
  const rate = kind === 'rate';
  return [
    { model: new RandomWalk(true), prior: rate ? 0.1 : 0.45 },
    { model: new LocalLevel(0.05), prior: rate ? 0.05 : 0.1 },
    { model: new LocalLevel(0.3), prior: rate ? 0.05 : 0.1 },
    { model: new LocalLevel(2), prior: rate ? 0.05 : 0.1 },
    { model: new MeanReverting(), prior: rate ? 0.45 : 0.1 },
    { model: new MeanModel(), prior: rate ? 0.15 : 0.05 },
    { model: new LinearTrend(), prior: rate ? 0.15 : 0.1 },
  ];
}

/** A fitted forecaster: weights fixed by the history; distributions for any horizon. */
export class Forecaster {
  readonly kind: SeriesKind;
  readonly lastIndex: number;
  readonly lastValue: number;
  private readonly candidates: Candidate[];
  private readonly weights: number[];
  private readonly logitEpsilon: number;

  constructor(
    readonly grid: GridSeries,
    readonly aggregation: Aggregation,
  ) {
    const values = grid.value;
    this.kind = classifySeries(values);
    this.lastIndex = grid.index[grid.index.length - 1];
    this.lastValue = values[values.length - 1];
    const inside = values.filter((v) => v > 0 && v < 1);
    const nearest = inside.length ? math.min(...inside.map((v) => math.min(v, 1 - v))) : 0.01;
    this.logitEpsilon = math.max(1e-4, math.min(0.01, nearest) / 2);

    const spaces = this.spaces();
    // Counts: most of the prior on the count models (they are the natural model of a count, and the
    // only ones that stay at or above zero), the rest on the Gaussian ones.
    const gaussianShare = this.kind === 'count' ? 0.35 : 1;
    this.candidates = [];
    for (const space of spaces) {
      const spaceShare = gaussianShare * (spaces.length === 1 ? 1 : space === 'log' ? LOG_SPACE_PRIOR : 1 - LOG_SPACE_PRIOR);
      const z = values.map((v) => this.transform(v, space));
      const season = estimateSeasonality(grid.index, z, grid.period);
      for (const { model, prior } of gaussianFamily(this.kind))
        this.candidates.push({ space, model, prior: prior * spaceShare, score: 0, penalty: 0 });
      if (season) {
        // One nat per free seasonal offset (AIC): on simulated seasonal series this beats the BIC's
        // ½·ln(n), which kept real seasonality out on two-year histories; non-seasonal series were unaffected.
        const penalty = season.length - 1;
        for (const { model, prior } of gaussianFamily(this.kind)) {
          this.candidates.push({ space, model: new Seasonal(model, season), prior: prior * spaceShare, score: 0, penalty });
        }
      }
    }
    if (this.kind === 'count') {
      this.candidates.push({ space: 'level', model: new PoissonCounts(), prior: 0.45, score: 0, penalty: 0 });
      this.candidates.push({ space: 'level', model: new PoissonTrend(), prior: 0.2, score: 0, penalty: 0 });
    }
    this.fit();
    this.weights = this.computeWeights();
  }

  private spaces(): Space[] {
    if (this.aggregation === 'total') return ['level'];
    if (this.kind === 'rate') return ['logit'];
    // Whole numbers are not always counts (revenue in whole euros): positive ones also get multiplicative models.
    if (this.kind === 'positive' || (this.kind === 'count' && this.grid.value.every((v) => v > 0))) return ['level', 'log'];
    return ['level'];
  }

  private transform(y: number, space: Space): number {
    if (space === 'level') return y;
    if (space === 'log') return math.log(y);
    const e = this.logitEpsilon;
    const c = math.min(1 - e, math.max(e, y));
    return math.log(c / (1 - c));
  }

  /** log |dz/dy|: puts densities of different working spaces on the same (outcome) scale. */
  private logJacobian(y: number, space: Space): number {
    if (space === 'level') return 0;
    if (space === 'log') return -math.log(y);
    const e = this.logitEpsilon;
    const c = math.min(1 - e, math.max(e, y));
    return -math.log(c * (1 - c));
  }

  /** Prequential (one-step-ahead) log scores, in the outcome's units so working spaces compare. */
  private fit(): void {
    const { index, value } = this.grid;
    const n = value.length;
    // Each working space's transformed series and Jacobian term, computed once for all its models.
    const spaces = new Map<Space, { z: Float64Array; jacobian: number }>();
    for (const { space } of this.candidates) {
      if (spaces.has(space)) continue;
      const z = new Float64Array(n);
      let jacobian = 0;
      for (let i = 0; i < n; i++) {
        z[i] = this.transform(value[i], space);
        if (i >= SCORE_FROM) jacobian += this.logJacobian(value[i], space);
      }
      spaces.set(space, { z, jacobian });
    }
    for (const candidate of this.candidates) {
      const { model, space } = candidate;
      if (model instanceof PoissonTrend) {
        for (let i = 0; i < n; i++) model.update(index[i], value[i]);
        continue;
      }
      if (model instanceof PoissonCounts) {
        for (let i = 0; i < n; i++) {
          if (i >= SCORE_FROM) {
            const p = model.predictTotal(1);
            if (p) candidate.score += negBinomialLogPmf(value[i], p.r, p.p);
          }
          model.update(index[i], value[i]);
        }
        continue;
      }
      const { z, jacobian } = spaces.get(space) ?? { z: new Float64Array(n), jacobian: 0 };
      let score = n > SCORE_FROM ? jacobian : 0;
      for (let i = 0; i < n; i++) {
        const t = index[i];
        if (i >= SCORE_FROM) {
          const p = model.predict(t);
          if (p) score += studentTLogPdf((z[i] - p.mean) / math.sqrt(p.variance), p.df) - 0.5 * math.log(p.variance);
          else score -= 1e6;
        }
        model.update(t, z[i]);
      }
      candidate.score += score;
    }
  }

  private computeWeights(): number[] {
    for (const candidate of this.candidates) {
      if (candidate.model instanceof PoissonTrend) candidate.score = candidate.model.score(SCORE_FROM) ?? -Infinity;
    }
    const net = this.candidates.map((c) => math.log(c.prior) + c.score - c.penalty);
    const best = math.max(...net);
    const raw = net.map((s) => math.exp(s - best));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => w / total);
  }

  /** Model weights by name and space (for explanations and tests). */
  modelWeights(): Array<{ name: string; space: Space; weight: number }> {
    return this.candidates.map((c, i) => ({ name: c.model.name, space: c.space, weight: this.weights[i] }));
  }

  /**
   * Distribution of the outcome `h` periods after the last observation:
   * the level at that period, or (aggregation `total`) the sum of the h periods.
   */
  distribution(h: number): Distribution {
    const components: Component[] = [];
    let kept = 0;
    this.candidates.forEach((candidate, i) => {
      const weight = this.weights[i];
      if (weight < MIN_WEIGHT) return;
      const { model, space } = candidate;
      if (model instanceof PoissonTrend) {
        const future = this.aggregation === 'total' ? Array.from({ length: h }, (_, k) => this.lastIndex + k + 1) : [this.lastIndex + h];
        const p = model.predict(future);
        if (p) {
          components.push({ weight, kind: 'negbin', r: p.r, p: p.p, name: model.name });
          kept += weight;
        }
        return;
      }
      if (model instanceof PoissonCounts) {
        const p = model.predictTotal(this.aggregation === 'total' ? h : 1);
        if (p) {
          components.push({ weight, kind: 'negbin', r: p.r, p: p.p, name: model.name });
          kept += weight;
        }
        return;
      }
      const p = this.aggregation === 'total' ? model.predictTotal(h) : model.predict(this.lastIndex + h);
      if (!p || !(p.variance > 0) || !isFiniteNumber(p.mean)) return;
      components.push({ weight, kind: 'student', space, mean: p.mean, scale: math.sqrt(p.variance), df: p.df, name: model.name });
      kept += weight;
    });
    for (const c of components) c.weight /= kept;
    return { components };
  }
}
