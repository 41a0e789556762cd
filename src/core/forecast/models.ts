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
 */

export interface Predictive {
  mean: number;
  variance: number;
  df: number;
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
  /** Predictive of the sum of the next `h` values, or null. */
  predictTotal(h: number): Predictive | null;
}

/** Smallest variance used: a constant history must not give a zero-width (infinitely confident) forecast. */
function varianceFloor(scaleHint: number): number {
  return Math.max(1e-12 * scaleHint * scaleHint, 1e-300);
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

  constructor(private readonly withDrift: boolean) {
    this.name = withDrift ? 'rw' : 'rw0';
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
    }
    this.scale = Math.max(this.scale, Math.abs(z));
    this.n++;
    this.lastT = t;
    this.lastZ = z;
  }

  private params(): { drift: number; sigma2: number; df: number } | null {
    if (this.withDrift) {
      if (this.diffs < 2) return null;
      const drift = this.sumD / this.sumK;
      const ssr = Math.max(0, this.sumD2OverK - (this.sumD * this.sumD) / this.sumK);
      return { drift, sigma2: Math.max(ssr / (this.diffs - 1), varianceFloor(this.scale)), df: this.diffs - 1 };
    }
    if (this.diffs < 1) return null;
    return { drift: 0, sigma2: Math.max(this.sumD2OverK / this.diffs, varianceFloor(this.scale)), df: this.diffs };
  }

  predict(t: number): Predictive | null {
    const p = this.params();
    if (!p) return null;
    const k = t - this.lastT;
    const driftVar = this.withDrift ? (k * k) / this.sumK : 0;
    return { mean: this.lastZ + k * p.drift, variance: p.sigma2 * (k + driftVar), df: p.df };
  }

  predictTotal(h: number): Predictive | null {
    const p = this.params();
    if (!p) return null;
    const tri = (h * (h + 1)) / 2;
    const noise = (h * (h + 1) * (2 * h + 1)) / 6;
    const driftVar = this.withDrift ? (tri * tri) / this.sumK : 0;
    return { mean: h * this.lastZ + p.drift * tri, variance: p.sigma2 * (noise + driftVar), df: p.df };
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
    this.scale = Math.max(this.scale, Math.abs(z));
  }

  private params(): { mean: number; sigma2: number; df: number } | null {
    if (this.n < 2) return null;
    const mean = this.sum / this.n;
    const sigma2 = Math.max((this.sum2 - this.n * mean * mean) / (this.n - 1), varianceFloor(this.scale));
    return { mean, sigma2, df: this.n - 1 };
  }

  predict(): Predictive | null {
    const p = this.params();
    return p && { mean: p.mean, variance: p.sigma2 * (1 + 1 / this.n), df: p.df };
  }

  predictTotal(h: number): Predictive | null {
    const p = this.params();
    return p && { mean: h * p.mean, variance: p.sigma2 * (h + (h * h) / this.n), df: p.df };
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
    this.scale = Math.max(this.scale, Math.abs(z));
    this.n++;
    this.sumZ += z;
    this.lastT = t;
    this.lastZ = z;
  }

  private params(): { m: number; phi: number; sigma2: number; df: number; varM: number; varPhi: number } | null {
    if (this.pairs < MeanReverting.MIN_PAIRS) return null;
    const p = this.pairs;
    const m = this.sumZ / this.n;
    const cxx = this.sxx - 2 * m * this.sx + p * m * m;
    const cxy = this.sxy - m * this.sx - m * this.sy + p * m * m;
    const cyy = this.syy - 2 * m * this.sy + p * m * m;
    const raw = cxx > 0 ? cxy / cxx : 0;
    const phi = Math.min(0.98, Math.max(0, raw + (1 + 3 * raw) / p));
    const sse = Math.max(0, cyy - 2 * phi * cxy + phi * phi * cxx);
    const df = Math.max(1, p - 2);
    const sigma2 = Math.max(sse / df, varianceFloor(this.scale));
    return { m, phi, sigma2, df, varM: sigma2 / ((1 - phi) * (1 - phi) * this.n), varPhi: (1 - phi * phi) / p + 1 / (p * p) };
  }

  predict(t: number): Predictive | null {
    const q = this.params();
    if (!q) return this.fallback.predict();
    const k = t - this.lastT;
    const phiK = q.phi ** k;
    const dev = this.lastZ - q.m;
    const noise = q.phi < 1e-9 ? 1 : (1 - phiK * phiK) / (1 - q.phi * q.phi);
    const slope = k * q.phi ** (k - 1) * dev;
    const variance = q.sigma2 * noise + q.varM * (1 - phiK) * (1 - phiK) + q.varPhi * slope * slope;
    return { mean: q.m + phiK * dev, variance, df: q.df };
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
    return { mean: h * q.m + dev * sumPhi, variance, df: q.df };
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
    this.scale = Math.max(this.scale, Math.abs(z));
  }

  private params(): { a: number; b: number; tBar: number; sxx: number; sigma2: number; df: number } | null {
    if (this.n < 3) return null;
    const tBar = this.st / this.n;
    const zBar = this.sz / this.n;
    const sxx = this.stt - this.n * tBar * tBar;
    if (!(sxx > 0)) return null;
    const sxz = this.stz - this.n * tBar * zBar;
    const b = sxz / sxx;
    const sse = Math.max(0, this.szz - this.n * zBar * zBar - b * sxz);
    const df = this.n - 2;
    return { a: zBar - b * tBar, b, tBar, sxx, sigma2: Math.max(sse / df, varianceFloor(this.scale)), df };
  }

  predict(t: number): Predictive | null {
    const p = this.params();
    if (!p) return null;
    const lever = ((t - p.tBar) * (t - p.tBar)) / p.sxx;
    return { mean: p.a + p.b * t, variance: p.sigma2 * (1 + 1 / this.n + lever), df: p.df };
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
    return { mean, variance: p.sigma2 * (h + (h * h) / this.n + (offset * offset) / p.sxx), df: p.df };
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
