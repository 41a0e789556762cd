/**
 * The model families, each fitted incrementally (running sums, O(1) per
 * point) so that one-step-ahead predictive scores over the whole history cost
 * O(n). Every model gives a Student-t predictive in its working space whose
 * variance includes the uncertainty of the estimated parameters — that is
 * what keeps three-point histories honest (wide intervals, not errors).
 *
 *   rw     random walk with drift         z_t = z_{t-1} + μ + ε      (MRR; in log space: multiplicative growth)
 *   rw0    random walk without drift      z_t = z_{t-1} + ε          (few points: drift is not estimable yet)
 *   ar     mean-reverting AR(1)           z_t = m + φ (z_{t-1} − m) + ε   (close rate, churn, conversion; in logit space)
 *   mean   independent draws around a mean
 *   trend  linear trend plus independent noise (what FORECAST assumes)
 *   count  Poisson counts with a Gamma(½ + Σy, n) rate posterior → negative binomial predictive
 *   count-trend  Poisson counts with a log-linear trend in the rate
 */
import { logGamma, negBinomialLogPmf } from './stats';

/** Module-level aliases: global lookups are slow in the node:vm realm the local runtime runs the bundle in. */
const math = Math;
const isFiniteNumber = Number.isFinite;

export interface Predictive {
  mean: number;
  variance: number;
  df: number;
  /**
   * The estimated noise scale σ² the variance is proportional to (variance = σ² × a known factor),
   * or 0 when the variance is not of that form: lets the forecaster combine it with a prior (see
   * `Forecaster`). Always present, so every predictive has the same shape (the scoring loop stays fast).
   */
  sigma2: number;
}

export interface CountPredictive {
  r: number;
  p: number;
}

export interface GaussianModel {
  readonly name: string;
  count(): number;
  update(t: number, z: number): void;
  /** Predictive of the value at grid index `t` (after the last update), or null when not estimable yet. */
  predict(t: number): Predictive | null;
  /**
   * The same predictive written into `out` (false, `out` untouched, where `predict` gives null), without
   * allocating: the prequential scoring loop asks every model for every point. Optional: `predictInto`
   * (below) falls back on `predict` for a model without it.
   */
  predictInto?(t: number, out: Predictive): boolean;
  /** Predictive of the sum of the next `h` values, or null. */
  predictTotal(h: number): Predictive | null;
}

/** `model.predictInto(t, out)`, or `predict` copied into `out` for a model without it. */
export function predictInto(model: GaussianModel, t: number, out: Predictive): boolean {
  if (model.predictInto) return model.predictInto(t, out);
  const p = model.predict(t);
  if (!p) return false;
  out.mean = p.mean;
  out.variance = p.variance;
  out.df = p.df;
  out.sigma2 = p.sigma2;
  return true;
}

/** A predictive to fill (`predictInto`). */
export function emptyPredictive(): Predictive {
  return { mean: 0, variance: 0, df: 0, sigma2: 0 };
}

/** Smallest variance used: a constant history must not give a zero-width (infinitely confident) forecast. */
function varianceFloor(scaleHint: number): number {
  return math.max(1e-12 * scaleHint * scaleHint, 1e-300);
}

export class RandomWalk implements GaussianModel {
  readonly name: string;
  private n = 0;
  private lastT = 0;
  private lastZ = 0;
  private diffs = 0;
  private sumK = 0;
  private sumD = 0;
  private sumD2OverK = 0;
  private scale = 0;
  /** Discounted sums for the drift (see `decay`). */
  private driftK = 0;
  private driftD = 0;

  constructor(
    private readonly withDrift: boolean,
    /** Per-period discount of past changes in the drift estimate (1: every change counts alike). */
    private readonly decay = 1,
    /**
     * Per-period damping of the drift beyond the first period ahead while the drift is slowing (1: the drift
     * always carries on; see SLOWING_DRIFT_DAMPING_PER_YEAR in index.ts).
     */
    private readonly slowingDamping = 1,
  ) {
    this.name = withDrift ? 'rw' : 'rw0';
  }

  /**
   * The drift's damping per period ahead: `slowingDamping` when the recent drift (the discounted changes) is
   * below the whole history's in the same direction, or has turned — growth (or decline) that is slowing —,
   * else 1.
   */
  private damping(): number {
    if (this.slowingDamping === 1 || !this.withDrift) return 1;
    const long = this.sumD / this.sumK;
    const recent = this.driftD / this.driftK;
    return long !== 0 && recent / long < 1 ? this.slowingDamping : 1;
  }

  /** Drift steps k periods ahead: k, or 1 + φ + … + φ^(k−1) when damped (the first period's step is whole). */
  private steps(k: number, phi: number): number {
    return phi === 1 || k <= 1 ? k : (1 - phi ** k) / (1 - phi);
  }

  count(): number {
    return this.n;
  }

  update(t: number, z: number): void {
    if (this.n > 0) {
      const k = t - this.lastT;
      const d = z - this.lastZ;
      this.diffs++;
      this.sumK += k;
      this.sumD += d;
      this.sumD2OverK += (d * d) / k;
      const keep = this.decay === 1 || k === 1 ? this.decay : math.pow(this.decay, k);
      this.driftK = this.driftK * keep + k;
      this.driftD = this.driftD * keep + d;
    }
    this.scale = math.max(this.scale, math.abs(z));
    this.n++;
    this.lastT = t;
    this.lastZ = z;
  }

  private readonly fitted = { drift: 0, sigma2: 0, df: 0 };

  /** The estimates, in one object reused by every call (no allocation in the scoring loop): read at once. */
  private params(): Readonly<{ drift: number; sigma2: number; df: number }> | null {
    const f = this.fitted;
    if (this.withDrift) {
      if (this.diffs < 2) return null;
      f.drift = this.sumD / this.sumK;
      const ssr = math.max(0, this.sumD2OverK - (this.sumD * this.sumD) / this.sumK);
      f.sigma2 = math.max(ssr / (this.diffs - 1), varianceFloor(this.scale));
      f.df = this.diffs - 1;
      return f;
    }
    if (this.diffs < 1) return null;
    f.drift = 0;
    f.sigma2 = math.max(this.sumD2OverK / this.diffs, varianceFloor(this.scale));
    f.df = this.diffs;
    return f;
  }

  predict(t: number): Predictive | null {
    const out = emptyPredictive();
    return this.predictInto(t, out) ? out : null;
  }

  predictInto(t: number, out: Predictive): boolean {
    const p = this.params();
    if (!p) return false;
    const k = t - this.lastT;
    // One period ahead (every prequential score) the drift is whole: the damping moves no model weight.
    const steps = k <= 1 ? k : this.steps(k, this.damping());
    const driftVar = this.withDrift ? (steps * steps) / this.driftK : 0;
    out.mean = this.lastZ + steps * (this.decay === 1 ? p.drift : this.driftD / this.driftK);
    out.variance = p.sigma2 * (k + driftVar);
    out.df = p.df;
    out.sigma2 = p.sigma2;
    return true;
  }

  predictTotal(h: number): Predictive | null {
    const p = this.params();
    if (!p) return null;
    // Σ_{k≤h} steps(k): h(h + 1)/2 undamped, (h − φ(1 − φ^h)/(1 − φ))/(1 − φ) damped (h = 1: 1, as the level's).
    const phi = this.damping();
    const tri = phi === 1 ? (h * (h + 1)) / 2 : (h - (phi * (1 - phi ** h)) / (1 - phi)) / (1 - phi);
    const noise = (h * (h + 1) * (2 * h + 1)) / 6;
    const driftVar = this.withDrift ? (tri * tri) / this.driftK : 0;
    return { mean: h * this.lastZ + (this.decay === 1 ? p.drift : this.driftD / this.driftK) * tri, variance: p.sigma2 * (noise + driftVar), df: p.df, sigma2: p.sigma2 };
  }
}

/** Independent draws around a constant mean (also the AR model's fallback on very short histories). */
export class MeanModel implements GaussianModel {
  readonly name = 'mean';
  private n = 0;
  private sum = 0;
  private sum2 = 0;
  private scale = 0;

  count(): number {
    return this.n;
  }

  update(_t: number, z: number): void {
    this.n++;
    this.sum += z;
    this.sum2 += z * z;
    this.scale = math.max(this.scale, math.abs(z));
  }

  private readonly fitted = { mean: 0, sigma2: 0, df: 0 };

  /** The estimates, in one object reused by every call (no allocation in the scoring loop): read at once. */
  private params(): Readonly<{ mean: number; sigma2: number; df: number }> | null {
    if (this.n < 2) return null;
    const f = this.fitted;
    f.mean = this.sum / this.n;
    f.sigma2 = math.max((this.sum2 - this.n * f.mean * f.mean) / (this.n - 1), varianceFloor(this.scale));
    f.df = this.n - 1;
    return f;
  }

  predict(): Predictive | null {
    const out = emptyPredictive();
    return this.predictInto(0, out) ? out : null;
  }

  predictInto(_t: number, out: Predictive): boolean {
    const p = this.params();
    if (!p) return false;
    out.mean = p.mean;
    out.variance = p.sigma2 * (1 + 1 / this.n);
    out.df = p.df;
    out.sigma2 = p.sigma2;
    return true;
  }

  predictTotal(h: number): Predictive | null {
    const p = this.params();
    return p && { mean: h * p.mean, variance: p.sigma2 * (h + (h * h) / this.n), df: p.df, sigma2: p.sigma2 };
  }
}

/**
 * Mean-reverting AR(1) around the sample mean. φ is estimated by least
 * squares on consecutive pairs, corrected for its small-sample downward bias
 * ((1 + 3φ)/n, Kendall) and kept in [0, 0.98]: a KPI that does not revert is
 * the random walk's job. The predictive variance adds, by the delta method,
 * the uncertainty of the mean and of φ.
 */
export class MeanReverting implements GaussianModel {
  readonly name = 'ar';
  private readonly fallback = new MeanModel();
  private n = 0;
  private sumZ = 0;
  private lastT = 0;
  private lastZ = 0;
  private pairs = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private sxy = 0;
  private syy = 0;
  private scale = 0;
  private static readonly MIN_PAIRS = 4;

  count(): number {
    return this.n;
  }

  update(t: number, z: number): void {
    this.fallback.update(t, z);
    if (this.n > 0 && t - this.lastT === 1) {
      const x = this.lastZ;
      this.pairs++;
      this.sx += x;
      this.sy += z;
      this.sxx += x * x;
      this.sxy += x * z;
      this.syy += z * z;
    }
    this.scale = math.max(this.scale, math.abs(z));
    this.n++;
    this.sumZ += z;
    this.lastT = t;
    this.lastZ = z;
  }

  private readonly fitted = { m: 0, phi: 0, sigma2: 0, df: 0, varM: 0, varPhi: 0 };

  /** The estimates, in one object reused by every call (no allocation in the scoring loop): read at once. */
  private params(): Readonly<{ m: number; phi: number; sigma2: number; df: number; varM: number; varPhi: number }> | null {
    if (this.pairs < MeanReverting.MIN_PAIRS) return null;
    const p = this.pairs;
    const m = this.sumZ / this.n;
    const cxx = this.sxx - 2 * m * this.sx + p * m * m;
    const cxy = this.sxy - m * this.sx - m * this.sy + p * m * m;
    const cyy = this.syy - 2 * m * this.sy + p * m * m;
    const raw = cxx > 0 ? cxy / cxx : 0;
    const phi = math.min(0.98, math.max(0, raw + (1 + 3 * raw) / p));
    const sse = math.max(0, cyy - 2 * phi * cxy + phi * phi * cxx);
    const df = math.max(1, p - 2);
    const sigma2 = math.max(sse / df, varianceFloor(this.scale));
    const f = this.fitted;
    f.m = m;
    f.phi = phi;
    f.sigma2 = sigma2;
    f.df = df;
    f.varM = sigma2 / ((1 - phi) * (1 - phi) * this.n);
    f.varPhi = (1 - phi * phi) / p + 1 / (p * p);
    return f;
  }

  predict(t: number): Predictive | null {
    const out = emptyPredictive();
    return this.predictInto(t, out) ? out : null;
  }

  predictInto(t: number, out: Predictive): boolean {
    const q = this.params();
    if (!q) return this.fallback.predictInto(t, out);
    const { m, phi, sigma2, df, varM, varPhi } = q;
    const k = t - this.lastT;
    const phiK = phi ** k;
    const dev = this.lastZ - m;
    const noise = phi < 1e-9 ? 1 : (1 - phiK * phiK) / (1 - phi * phi);
    const slope = k * phi ** (k - 1) * dev;
    out.mean = m + phiK * dev;
    out.variance = sigma2 * noise + varM * (1 - phiK) * (1 - phiK) + varPhi * slope * slope;
    out.df = df;
    out.sigma2 = sigma2;
    return true;
  }

  predictTotal(h: number): Predictive | null {
    const q = this.params();
    if (!q) return this.fallback.predictTotal(h);
    const dev = this.lastZ - q.m;
    let sumPhi = 0;
    let sumSlope = 0;
    let noise = 0;
    let phiK = 1;
    for (let k = 1; k <= h; k++) {
      sumSlope += k * phiK; // k φ^(k-1)
      phiK *= q.phi;
      sumPhi += phiK;
    }
    // ε_j weighs on every later value: coefficient (1 − φ^(h−j+1)) / (1 − φ).
    let phiPow = 1;
    for (let j = 1; j <= h; j++) {
      phiPow *= q.phi;
      const c = q.phi < 1e-9 ? 1 : (1 - phiPow) / (1 - q.phi);
      noise += c * c;
    }
    const levelLoad = h - sumPhi;
    const slope = sumSlope * dev;
    const variance = q.sigma2 * noise + q.varM * levelLoad * levelLoad + q.varPhi * slope * slope;
    return { mean: h * q.m + dev * sumPhi, variance, df: q.df, sigma2: q.sigma2 };
  }
}

/** Linear trend plus independent noise, with the classic prediction-interval variance. */
export class LinearTrend implements GaussianModel {
  readonly name = 'trend';
  private n = 0;
  private st = 0;
  private sz = 0;
  private stt = 0;
  private stz = 0;
  private szz = 0;
  private lastT = 0;
  private scale = 0;

  count(): number {
    return this.n;
  }

  update(t: number, z: number): void {
    this.n++;
    this.st += t;
    this.sz += z;
    this.stt += t * t;
    this.stz += t * z;
    this.szz += z * z;
    this.lastT = t;
    this.scale = math.max(this.scale, math.abs(z));
  }

  private readonly fitted = { a: 0, b: 0, tBar: 0, sxx: 0, sigma2: 0, df: 0 };

  /** The estimates, in one object reused by every call (no allocation in the scoring loop): read at once. */
  private params(): Readonly<{ a: number; b: number; tBar: number; sxx: number; sigma2: number; df: number }> | null {
    if (this.n < 3) return null;
    const tBar = this.st / this.n;
    const zBar = this.sz / this.n;
    const sxx = this.stt - this.n * tBar * tBar;
    if (!(sxx > 0)) return null;
    const sxz = this.stz - this.n * tBar * zBar;
    const b = sxz / sxx;
    const sse = math.max(0, this.szz - this.n * zBar * zBar - b * sxz);
    const df = this.n - 2;
    const f = this.fitted;
    f.a = zBar - b * tBar;
    f.b = b;
    f.tBar = tBar;
    f.sxx = sxx;
    f.sigma2 = math.max(sse / df, varianceFloor(this.scale));
    f.df = df;
    return f;
  }

  predict(t: number): Predictive | null {
    const out = emptyPredictive();
    return this.predictInto(t, out) ? out : null;
  }

  predictInto(t: number, out: Predictive): boolean {
    const p = this.params();
    if (!p) return false;
    const lever = ((t - p.tBar) * (t - p.tBar)) / p.sxx;
    out.mean = p.a + p.b * t;
    out.variance = p.sigma2 * (1 + 1 / this.n + lever);
    out.df = p.df;
    out.sigma2 = p.sigma2;
    return true;
  }

  predictTotal(h: number): Predictive | null {
    const p = this.params();
    if (!p) return null;
    let mean = 0;
    let offset = 0;
    for (let k = 1; k <= h; k++) {
      const t = this.lastT + k;
      mean += p.a + p.b * t;
      offset += t - p.tBar;
    }
    return { mean, variance: p.sigma2 * (h + (h * h) / this.n + (offset * offset) / p.sxx), df: p.df, sigma2: p.sigma2 };
  }
}

/**
 * Local level with drift (a noisy observation of a level that wanders like a
 * random walk with drift: y_t = l_t + e_t, l_t = l_{t−1} + μ + η_t), i.e.
 * ARIMA(0,1,1) with drift, by a Kalman filter with a diffuse start. The
 * signal-to-noise ratio q = Var(η)/Var(e) is fixed per instance (the mixture
 * holds several: q small ≈ a trend with noise, q large ≈ a pure random walk);
 * the scale σ² = Var(e) is estimated from the standardized innovations, hence
 * the Student-t predictive with one degree of freedom per innovation.
 */
export class LocalLevel implements GaussianModel {
  readonly name: string;
  private n = 0;
  private lastT = 0;
  // State [level, drift] and its covariance (in units of σ²).
  private l = 0;
  private mu = 0;
  private p00 = 0;
  private p01 = 0;
  private p11 = 0;
  private sumSquares = 0;
  private innovations = 0;
  private scale = 0;
  private static readonly DIFFUSE = 1e7;

  constructor(
    private readonly q: number,
    /** Variance of the drift's own changes (units of σ²): 0 for a fixed drift; above 0 a local linear trend (Holt). */
    private readonly r = 0,
  ) {
    this.name = r > 0 ? `llt${q}/${r}` : `llt${q}`;
  }

  count(): number {
    return this.n;
  }

  update(t: number, y: number): void {
    this.scale = math.max(this.scale, math.abs(y));
    if (this.n === 0) {
      // Diffuse drift. Covariances are in units of σ², so the filter (and every
      // probability) is unchanged when the data are rescaled.
      this.l = y;
      this.mu = 0;
      this.p00 = 1;
      this.p01 = 0;
      this.p11 = LocalLevel.DIFFUSE;
    } else {
      const k = t - this.lastT;
      // Covariance after moving k periods ahead without observing (inline, no allocation: this runs for
      // every point of every model): Σ_{j<k} T^j Q T^jᵀ with T = [[1, 1], [0, 1]], Q = diag(q, r): the
      // drift's changes pile up in the level.
      const r = this.r;
      const pred00 = this.p00 + 2 * k * this.p01 + k * k * this.p11 + k * this.q + (r * (k - 1) * k * (2 * k - 1)) / 6;
      const pred01 = this.p01 + k * this.p11 + (r * k * (k - 1)) / 2;
      const pred11 = this.p11 + k * r;
      const level = this.l + k * this.mu;
      const v = y - level;
      const f = pred00 + 1;
      const k0 = pred00 / f;
      const k1 = pred01 / f;
      if (this.n >= 2) {
        // The first two points only fix the level and the drift (diffuse part): no information on σ².
        this.sumSquares += (v * v) / f;
        this.innovations++;
      }
      this.l = level + k0 * v;
      this.mu = this.mu + k1 * v;
      this.p00 = pred00 - k0 * k0 * f;
      this.p01 = pred01 - k0 * k1 * f;
      this.p11 = pred11 - k1 * k1 * f;
    }
    this.n++;
    this.lastT = t;
  }

  private sigma2(): number | null {
    if (this.innovations < 1) return null;
    return math.max(this.sumSquares / this.innovations, 1e-12 * this.scale * this.scale, 1e-300);
  }

  predict(t: number): Predictive | null {
    const out = emptyPredictive();
    return this.predictInto(t, out) ? out : null;
  }

  /** `sigma2()` inline and the covariance k periods ahead (as in `update`), without allocating. */
  predictInto(t: number, out: Predictive): boolean {
    if (this.innovations < 1) return false;
    const s2 = math.max(this.sumSquares / this.innovations, 1e-12 * this.scale * this.scale, 1e-300);
    const k = t - this.lastT;
    const r = this.r;
    const p00 = this.p00 + 2 * k * this.p01 + k * k * this.p11 + k * this.q + (r * (k - 1) * k * (2 * k - 1)) / 6;
    out.mean = this.l + k * this.mu;
    out.variance = s2 * (p00 + 1);
    out.df = this.innovations;
    out.sigma2 = s2;
    return true;
  }

  predictTotal(h: number): Predictive | null {
    const s2 = this.sigma2();
    if (s2 === null) return null;
    const tri = (h * (h + 1)) / 2;
    let variance = h * h * this.p00 + 2 * h * tri * this.p01 + tri * tri * this.p11 + (this.q * h * (h + 1) * (2 * h + 1)) / 6 + h;
    // A drift change at step i moves the i+1 … h levels by 1 … h − i: weight (h − i)(h − i + 1)/2.
    for (let m = 1; m < h && this.r > 0; m++) variance += this.r * ((m * (m + 1)) / 2) ** 2;
    return { mean: h * this.l + tri * this.mu, variance: s2 * variance, df: this.innovations, sigma2: s2 };
  }
}

/** Poisson counts with a Jeffreys Gamma(½, 0) prior on the rate: the predictive is negative binomial. */
export class PoissonCounts {
  readonly name = 'count';
  private n = 0;
  private sum = 0;

  update(_t: number, y: number): void {
    this.n++;
    this.sum += y;
  }

  /** Predictive of the sum of the next `h` periods (h = 1: one period). */
  predictTotal(h: number): CountPredictive | null {
    if (this.n < 1) return null;
    return { r: this.sum + 0.5, p: this.n / (this.n + h) };
  }
}

/**
 * Poisson counts whose rate grows or shrinks exponentially: log λ_t = a + b·t,
 * fitted by Newton–Raphson (IRLS), with over-dispersion φ = max(1, Pearson χ²/(n−2)).
 * The predictive of a future count or total integrates the uncertainty of (a, b)
 * (log-normal moments) and is moment-matched to a negative binomial.
 * Refitting after every point would be O(n²), so it is scored in-sample with a
 * BIC penalty (½·ln n per parameter), which is what the prequential score
 * converges to.
 */
export class PoissonTrend {
  readonly name = 'count-trend';
  private readonly ts: number[] = [];
  private readonly ys: number[] = [];
  private fitted: { a: number; b: number; vaa: number; vab: number; vbb: number; phi: number; tBar: number } | null | undefined;

  update(t: number, y: number): void {
    this.ts.push(t);
    this.ys.push(y);
    this.fitted = undefined;
  }

  private fit(): { a: number; b: number; vaa: number; vab: number; vbb: number; phi: number; tBar: number } | null {
    if (this.fitted !== undefined) return this.fitted;
    this.fitted = null;
    const n = this.ts.length;
    const total = this.ys.reduce((s, y) => s + y, 0);
    if (n < 4 || total === 0) return null;
    const tBar = this.ts.reduce((s, t) => s + t, 0) / n;
    let a = math.log(total / n);
    let b = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    for (let iter = 0; iter < 30; iter++) {
      let g0 = 0;
      let g1 = 0;
      h00 = h01 = h11 = 0;
      for (let i = 0; i < n; i++) {
        const x = this.ts[i] - tBar;
        const mu = math.exp(a + b * x);
        g0 += this.ys[i] - mu;
        g1 += (this.ys[i] - mu) * x;
        h00 += mu;
        h01 += mu * x;
        h11 += mu * x * x;
      }
      const det = h00 * h11 - h01 * h01;
      if (!(det > 0)) return null;
      const da = (h11 * g0 - h01 * g1) / det;
      const db = (h00 * g1 - h01 * g0) / det;
      a += da;
      b += db;
      if (!isFiniteNumber(a) || !isFiniteNumber(b)) return null;
      if (math.abs(da) < 1e-10 && math.abs(db) < 1e-10) break;
    }
    let chi2 = 0;
    for (let i = 0; i < n; i++) {
      const mu = math.exp(a + b * (this.ts[i] - tBar));
      chi2 += ((this.ys[i] - mu) * (this.ys[i] - mu)) / mu;
    }
    const phi = math.max(1, chi2 / (n - 2));
    const det = h00 * h11 - h01 * h01;
    this.fitted = { a, b, vaa: (phi * h11) / det, vab: (-phi * h01) / det, vbb: (phi * h00) / det, phi, tBar };
    return this.fitted;
  }

  /** In-sample log-likelihood of the points from index `from` on, minus the BIC penalty. */
  score(from: number): number | null {
    const f = this.fit();
    if (!f) return null;
    const n = this.ts.length;
    let logLik = 0;
    for (let i = from; i < n; i++) {
      const mu = math.exp(f.a + f.b * (this.ts[i] - f.tBar));
      const y = this.ys[i];
      if (f.phi > 1 + 1e-9) {
        const p = 1 / f.phi;
        logLik += negBinomialLogPmf(y, mu / (f.phi - 1), p);
      } else {
        logLik += y * math.log(mu) - mu - logFactorial(y);
      }
    }
    const params = f.phi > 1 + 1e-9 ? 3 : 2;
    return logLik - (params / 2) * math.log(n);
  }

  /** Predictive of the count at `t`, or of the total over the `h` periods after `lastT`. */
  predict(futureTs: readonly number[]): CountPredictive | null {
    const f = this.fit();
    if (!f || futureTs.length === 0) return null;
    const xs = futureTs.map((t) => t - f.tBar);
    const means = xs.map((x) => math.exp(f.a + f.b * x + (f.vaa + 2 * x * f.vab + x * x * f.vbb) / 2));
    const mean = means.reduce((s, m) => s + m, 0);
    let rateVariance = 0;
    if (xs.length <= PAIRWISE_PERIODS) {
      for (let j = 0; j < xs.length; j++) {
        for (let k = 0; k < xs.length; k++) {
          const c = f.vaa + (xs[j] + xs[k]) * f.vab + xs[j] * xs[k] * f.vbb;
          rateVariance += means[j] * means[k] * math.expm1(c);
        }
      }
    } else {
      const series = separableRateVariance(xs, means, f.vaa, f.vab, f.vbb, mean);
      if (series === null) return null;
      rateVariance = series;
    }
    const variance = math.max(f.phi * mean + rateVariance, mean * (1 + 1e-9));
    if (!isFiniteNumber(mean) || !isFiniteNumber(variance) || mean <= 0) return null;
    const p = mean / variance;
    return { r: (mean * p) / (1 - p), p };
  }
}

/** Totals up to this many periods sum the rate covariances pair by pair (h² terms); longer ones by a series (O(h) per term). */
const PAIRWISE_PERIODS = 256;

/**
 * Σ_j Σ_k μ_j μ_k (exp(c_jk) − 1) with c_jk = vaa + (x_j + x_k)·vab + x_j x_k·vbb, in O(h) per term:
 * exp(c_jk) = e^vaa · e^(x_j vab) · e^(x_k vab) · Σ_m (vbb x_j x_k)^m / m!, so the double sum is
 * e^vaa Σ_m vbb^m/m! (Σ_j w_j x_j^m)² − (Σ_j μ_j)², w_j = μ_j e^(x_j vab). Terms are added until they no
 * longer change the sum (the same value as the pairwise sum to rounding: relative 1e-16 / c). Null when
 * it overflows.
 */
export function separableRateVariance(xs: readonly number[], means: readonly number[], vaa: number, vab: number, vbb: number, total: number): number | null {
  const h = xs.length;
  let largest = 0;
  for (const x of xs) largest = math.max(largest, math.abs(x));
  const u = vbb * largest * largest;
  if (!(math.abs(u) < 700)) return null;
  const weights = new Float64Array(h);
  const powers = new Float64Array(h);
  let sum = 0;
  for (let j = 0; j < h; j++) {
    weights[j] = means[j] * math.exp(xs[j] * vab);
    powers[j] = 1;
    sum += weights[j];
  }
  let series = sum * sum;
  let coefficient = 1;
  for (let m = 1; m <= 2000 && u !== 0; m++) {
    coefficient *= u / m;
    let moment = 0;
    for (let j = 0; j < h; j++) moment += weights[j] * (powers[j] *= largest > 0 ? xs[j] / largest : 0);
    const term = coefficient * moment * moment;
    series += term;
    if (m > math.abs(u) && math.abs(term) <= 1e-17 * math.abs(series)) break;
  }
  const variance = math.exp(vaa) * series - total * total;
  return isFiniteNumber(variance) ? variance : null;
}

function logFactorial(k: number): number {
  return logGamma(k + 1);
}
