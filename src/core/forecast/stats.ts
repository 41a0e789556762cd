/**
 * Small numerical toolkit for the forecasts: log-gamma, the regularized
 * incomplete beta function, Student-t and negative-binomial distribution
 * functions. Hand-written (no dependency) and deterministic.
 */

/** Module-level aliases: global lookups are slow in the node:vm realm the local runtime runs the bundle in. */
const math = Math;
const isFiniteNumber = Number.isFinite;
const isInteger = Number.isInteger;

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, ~15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return math.log(math.PI / math.abs(math.sin(math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = 0.99999999999980993;
  for (let i = 0; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * math.log(2 * math.PI) + (z + 0.5) * math.log(t) - t + math.log(sum);
}

/** Continued fraction of the incomplete beta (modified Lentz), valid for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  // One Lentz step on the fraction's next coefficient: c and d move on, h takes the factor returned.
  const step = (aa: number): number => {
    d = 1 + aa * d;
    if (math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    return d * c;
  };
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    // The even and the odd coefficient of the m-th term (Numerical Recipes' betacf).
    h *= step((m * (b - m) * x) / ((qam + m2) * (a + m2)));
    const del = step((-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2)));
    h *= del;
    if (math.abs(del - 1) < 1e-14) break;
  }
  return h;
}

/**
 * ln B(a, ½) per a: the Student-t CDF's incomplete beta always has b = ½ and a = df/2, and a quantile's
 * bisection evaluates it a few hundred times per component with the same df (cleared past 1,024 entries).
 */
const halfBetas = new Map<number, number>();

function logBeta(a: number, b: number): number {
  if (b !== 0.5) return logGamma(a + b) - logGamma(a) - logGamma(b);
  let value = halfBetas.get(a);
  if (value === undefined) {
    if (halfBetas.size >= 1024) halfBetas.clear();
    value = logGamma(a + b) - logGamma(a) - logGamma(b);
    halfBetas.set(a, value);
  }
  return value;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logBeta(a, b) + a * math.log(x) + b * math.log(1 - x);
  const front = math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Standard normal CDF via the Numerical Recipes erfc approximation (relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = math.abs(z) / math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Beyond this many degrees of freedom the Student-t CDF uses a normal transform (error < 1e-5). */
const LARGE_DF = 100;

/** Student-t CDF with `df` (> 0, may be fractional) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (!isFiniteNumber(t)) return t > 0 ? 1 : 0;
  if (df > LARGE_DF) {
    // Paulson / Abramowitz–Stegun 26.7.8-style normalizing transform.
    return normalCdf((t * (1 - 1 / (4 * df))) / math.sqrt(1 + (t * t) / (2 * df)));
  }
  let tail = isInteger(df) ? integerDfTail(t, df) : -1;
  if (!(tail >= CLOSED_FORM_MIN_TAIL)) tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** The Student-t CDF by the incomplete beta alone (the general path of `studentTCdf`; kept for tests of the closed form). */
export function studentTCdfByBeta(t: number, df: number): number {
  if (!isFiniteNumber(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Below this upper-tail probability the closed form below gives way to the incomplete beta: it computes
 * the tail as 1 − P(|T| ≤ |t|), which loses relative precision as the tail shrinks (about 1e-16 / tail:
 * at most ~1e-13 relative here), while the incomplete beta keeps full relative precision far out (a
 * target far beyond the forecast still gets an exact small probability).
 */
const CLOSED_FORM_MIN_TAIL = 1e-3;

/**
 * P(T > |t|) for a whole number of degrees of freedom ν, in closed form (Abramowitz & Stegun 26.7.3–4,
 * with x = cos²θ = ν/(ν + t²)): for even ν, P(|T| ≤ |t|) = sinθ · Σ_{k<ν/2} c_k cos^{2k}θ with
 * c_0 = 1, c_k = c_{k−1}(2k − 1)/(2k); for odd ν, (2/π)(θ + sinθ cosθ · Σ_{k≤(ν−3)/2} d_k cos^{2k}θ) with
 * d_0 = 1, d_k = d_{k−1}·2k/(2k + 1). A handful of multiplications instead of the incomplete beta's
 * continued fraction (tens of steps, a log and an exp): the forecast components mostly have 6 degrees
 * of freedom (MAX_DF), and a quantile's root search evaluates the CDF some twenty times.
 */
function integerDfTail(t: number, df: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  const sin = math.sqrt(t2 / (df + t2));
  let inside: number;
  if (df % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k < df / 2; k++) {
      term *= (x * (2 * k - 1)) / (2 * k);
      sum += term;
    }
    inside = sin * sum;
  } else {
    const theta = math.atan(math.abs(t) / math.sqrt(df));
    let sum = 0;
    if (df > 1) {
      let term = 1;
      sum = 1;
      for (let k = 1; k <= (df - 3) / 2; k++) {
        term *= (x * 2 * k) / (2 * k + 1);
        sum += term;
      }
    }
    inside = (2 / math.PI) * (theta + sin * math.sqrt(x) * sum);
  }
  return 0.5 * (1 - inside);
}

/**
 * Normalizing constants of the Student-t density per whole or half-whole df, indexed by 2·df (computed
 * once: the density is evaluated n times per model, and the noise prior adds half a degree of freedom).
 * A typed array, allocated on first use and NaN until filled: a plain array written at a large index
 * first (a five-year daily history) turns into a slow dictionary for the rest of the execution.
 */
const T_CONSTANT_SLOTS = 16_384;
let tConstants: Float64Array | null = null;

function tConstant(df: number): number {
  return logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * math.log(df * math.PI);
}

export function studentTLogPdf(t: number, df: number): number {
  let constant: number;
  const key = 2 * df;
  if (isInteger(key) && key >= 0 && key < T_CONSTANT_SLOTS) {
    if (tConstants === null) tConstants = new Float64Array(T_CONSTANT_SLOTS).fill(NaN);
    constant = tConstants[key];
    if (constant !== constant) constant = tConstants[key] = tConstant(df); // NaN: not computed yet
  } else {
    constant = tConstant(df);
  }
  return constant - ((df + 1) / 2) * math.log(1 + (t * t) / df);
}

/**
 * Negative binomial: number of events K with P(K = k) = Γ(k+r)/(Γ(r) k!) p^r (1-p)^k —
 * the predictive of a Poisson count whose rate has a Gamma posterior.
 */
export function negBinomialCdf(k: number, r: number, p: number): number {
  if (k < 0) return 0;
  // Past 2^53 whole numbers are no longer exact and the incomplete beta's series gives NaN
  // (a target of 1e300 on a count KPI): the probability of a count that large is 1 to double precision.
  if (!(k < 2 ** 53)) return 1;
  return incompleteBeta(p, r, math.floor(k) + 1);
}

export function negBinomialLogPmf(k: number, r: number, p: number): number {
  return logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * math.log(p) + k * math.log(1 - p);
}

/** Median of a numeric array (copy-sorted). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Seeded PRNG (mulberry32) and a Box–Muller normal: the only randomness in
 * the code base, used by the calibration harness, never by `assess`.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normalSampler(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const radius = math.sqrt(-2 * math.log(u));
    spare = radius * math.sin(2 * math.PI * v);
    return radius * math.cos(2 * math.PI * v);
  };
}
