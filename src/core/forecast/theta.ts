/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000, "The theta model: a decomposition approach to
 * forecasting", IJF 16(4); the M3 competition's best method) in Hyndman & Billah's form (2003, "Unmasking
 * the Theta method", IJF 19(2)): simple exponential smoothing with a drift of half the least-squares slope —
 * R's forecast::thetaf (forecast 8.20), step for step:
 *
 *   - a season of m > 1 periods is tested on n > 2m points by the autocorrelation at lag m (|r_m| over
 *     √((1 + 2 Σ_{k<m} r_k²)/n) above the normal's 95 % quantile); when it passes, the series is divided by
 *     its classical multiplicative decomposition's seasonal indices (`decompose(type = "multiplicative")`:
 *     centred moving average, per-position means of x / trend, normalised to mean 1);
 *   - ses: ANN fitted by least squares over α ∈ [0.0001, 0.9999] and the initial level (`ets(x, "ANN",
 *     opt.crit = "mse")`), σ² = SSE / (n − 2) (the α and ℓ₀ estimated);
 *   - ŷ_{n+k} = (ℓ_n + (b/2)·((k − 1) + (1 − (1 − α)ⁿ)/α))·s_{n+k}, b the slope of the adjusted series on
 *     0..n−1 and s the seasonal index (1 without a season);
 *   - standard error √σ²·√(1 + (k − 1)α²), on the adjusted scale even when the mean is reseasonalised (as
 *     thetaf 8.20 does).
 *
 * Pure: one fit from an array of consecutive values. Checked against thetaf on real series in
 * test/core/forecast/theta.test.ts (R's figures cached in test/fixtures/series/reference-thetaf.json).
 */

const math = Math;
const isFiniteNumber = Number.isFinite;

/** ets's usual bounds on the smoothing parameter. */
const MIN_ALPHA = 1e-4;
const MAX_ALPHA = 0.9999;
/** The grid α is first searched on before a golden-section refinement (SSE is not always unimodal in α). */
const ALPHA_GRID = 50;
/** The normal's 95 % quantile: thetaf's one-sided seasonality test. */
const Z95 = 1.6448536269514722;

export interface ThetaFit {
  /** Number of points fitted. */
  n: number;
  /** SES smoothing parameter. */
  alpha: number;
  /** SES level after the last point (adjusted scale). */
  level: number;
  /** Half the regression slope per period (adjusted scale). */
  drift: number;
  /** One-step error variance SSE / (n − 2) (adjusted scale). */
  sigma2: number;
  /** Seasonal indices of the next m periods (index 0: the period after the last), or null without a season. */
  season: number[] | null;
}

/** The SES one-step errors' sum of squares at smoothing `alpha`, with the least-squares initial level (linear in it). */
function sesFit(x: ArrayLike<number>, alpha: number): { sse: number; level: number } {
  const n = x.length;
  // Errors with ℓ₀ = 0, then ℓ₀ moves error t (0-based) by −(1 − α)^t: solve for the best ℓ₀ in closed form.
  let level = 0;
  let decay = 1;
  let se = 0;
  let scc = 0;
  let see = 0;
  for (let t = 0; t < n; t++) {
    const e = x[t] - level;
    se += e * decay;
    scc += decay * decay;
    see += e * e;
    level += alpha * e;
    decay *= 1 - alpha;
  }
  const start = scc > 0 ? se / scc : 0;
  // SSE(ℓ₀) = Σ (e_t − c_t ℓ₀)² = Σe² − 2ℓ₀Σec + ℓ₀²Σc²; the final level gains (1 − α)ⁿ ℓ₀.
  const sse = math.max(0, see - 2 * start * se + start * start * scc);
  return { sse, level: level + decay * start };
}

/** α minimising the SES one-step squared errors: a grid, then golden-section search around its best point. */
function bestAlpha(x: ArrayLike<number>): number {
  let best = MIN_ALPHA;
  let bestSse = Infinity;
  for (let i = 0; i <= ALPHA_GRID; i++) {
    const a = MIN_ALPHA + ((MAX_ALPHA - MIN_ALPHA) * i) / ALPHA_GRID;
    const { sse } = sesFit(x, a);
    if (sse < bestSse) {
      bestSse = sse;
      best = a;
    }
  }
  const step = (MAX_ALPHA - MIN_ALPHA) / ALPHA_GRID;
  let lo = math.max(MIN_ALPHA, best - step);
  let hi = math.min(MAX_ALPHA, best + step);
  const g = (math.sqrt(5) - 1) / 2;
  let c = hi - g * (hi - lo);
  let d = lo + g * (hi - lo);
  let fc = sesFit(x, c).sse;
  let fd = sesFit(x, d).sse;
  for (let i = 0; i < 40; i++) {
    if (fc < fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - g * (hi - lo);
      fc = sesFit(x, c).sse;
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + g * (hi - lo);
      fd = sesFit(x, d).sse;
    }
  }
  const mid = (lo + hi) / 2;
  return sesFit(x, mid).sse <= bestSse ? mid : best;
}

/** thetaf's seasonality test: the autocorrelation at lag m against its large-sample standard error. */
export function thetaSeasonal(x: ArrayLike<number>, m: number): boolean {
  const n = x.length;
  if (!(m > 1) || n <= 2 * m) return false;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += x[t];
  mean /= n;
  let denominator = 0;
  for (let t = 0; t < n; t++) denominator += (x[t] - mean) ** 2;
  if (!(denominator > 0)) return false;
  const r = (k: number): number => {
    let s = 0;
    for (let t = 0; t + k < n; t++) s += (x[t] - mean) * (x[t + k] - mean);
    return s / denominator;
  };
  let sum = 0;
  for (let k = 1; k < m; k++) sum += r(k) ** 2;
  return math.abs(r(m)) / math.sqrt((1 + 2 * sum) / n) > Z95;
}

/**
 * Classical multiplicative decomposition's seasonal index of each position (t mod m), R's `decompose`: the
 * centred moving average of m points (halves at both ends when m is even), x / trend averaged per position,
 * the averages divided by their mean. Null when a position has no ratio.
 */
export function multiplicativeIndices(x: ArrayLike<number>, m: number): number[] | null {
  const n = x.length;
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  const half = math.floor(m / 2);
  for (let t = half; t + half <= n - 1; t++) {
    let trend = 0;
    if (m % 2 === 0) {
      trend = 0.5 * x[t - half] + 0.5 * x[t + half];
      for (let j = t - half + 1; j < t + half; j++) trend += x[j];
    } else for (let j = t - half; j <= t + half; j++) trend += x[j];
    trend /= m;
    const ratio = x[t] / trend;
    if (!isFiniteNumber(ratio)) continue;
    sums[t % m] += ratio;
    counts[t % m]++;
  }
  if (counts.some((c) => c === 0)) return null;
  const figure = sums.map((s, j) => s / counts[j]);
  const mean = figure.reduce((s, v) => s + v, 0) / m;
  return figure.map((f) => f / mean);
}

/** The least-squares slope of x on 0..n−1. */
function slope(x: ArrayLike<number>): number {
  const n = x.length;
  const tBar = (n - 1) / 2;
  let xBar = 0;
  for (let t = 0; t < n; t++) xBar += x[t];
  xBar /= n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tBar) * (x[t] - xBar);
    sxx += (t - tBar) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

/**
 * thetaf's fit on consecutive values `x` with seasonal period `m` (1: none), or null on fewer than 4 points
 * (too few for a slope and a level with their errors) or non-finite values.
 */
export function fitTheta(x: readonly number[], m = 1): ThetaFit | null {
  const n = x.length;
  if (n < 4 || !x.every(isFiniteNumber)) return null;
  let adjusted: ArrayLike<number> = x;
  let season: number[] | null = null;
  const constant = x.every((v) => v === x[0]);
  if (!constant && thetaSeasonal(x, m)) {
    const indices = multiplicativeIndices(x, m);
    if (indices && indices.every((s) => math.abs(s) >= 1e-4 && isFiniteNumber(s))) {
      const a = new Float64Array(n);
      for (let t = 0; t < n; t++) a[t] = x[t] / indices[t % m];
      adjusted = a;
      season = Array.from({ length: m }, (_, k) => indices[(n + k) % m]);
    }
  }
  const alpha = bestAlpha(adjusted);
  const { sse, level } = sesFit(adjusted, alpha);
  const fit: ThetaFit = { n, alpha, level, drift: slope(adjusted) / 2, sigma2: sse / (n - 2), season };
  return isFiniteNumber(fit.level) && isFiniteNumber(fit.drift) && isFiniteNumber(fit.sigma2) ? fit : null;
}

/** The Theta forecast k (≥ 1) periods after the last point. */
export function thetaMean(fit: ThetaFit, k: number): number {
  const { alpha, n } = fit;
  const mean = fit.level + fit.drift * (k - 1 + (1 - (1 - alpha) ** n) / alpha);
  return fit.season ? mean * fit.season[(k - 1) % fit.season.length] : mean;
}

/** thetaf's forecast variance k (≥ 1) periods ahead: SES's σ²(1 + (k − 1)α²). */
export function thetaVariance(fit: ThetaFit, k: number): number {
  return fit.sigma2 * (1 + (k - 1) * fit.alpha * fit.alpha);
}

/**
 * The total of the next h periods: the sum of the forecasts, and SES's variance of the sum (error i moves
 * every later forecast by α: σ² Σ_{i=1..h} (1 + (h − i)α)²).
 */
export function thetaTotal(fit: ThetaFit, h: number): { mean: number; variance: number } {
  let mean = 0;
  let noise = 0;
  for (let k = 1; k <= h; k++) {
    mean += thetaMean(fit, k);
    noise += (1 + (h - k) * fit.alpha) ** 2;
  }
  return { mean, variance: fit.sigma2 * noise };
}
