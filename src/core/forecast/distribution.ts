/**
 * A forecast distribution: a weighted mixture of Student-t components (each in
 * its working space: level, log or logit, mapped back monotonically) and
 * negative-binomial count components. Probabilities and quantiles are exact
 * for the mixture (quantiles by bisection on its CDF).
 */
import { negBinomialCdf, studentTCdf } from './stats';

/** Module-level aliases: global lookups are slow in the node:vm realm the local runtime runs the bundle in. */
const math = Math;
const isFiniteNumber = Number.isFinite;

export type Space = 'level' | 'log' | 'logit';

export type Component =
  | { weight: number; kind: 'student'; space: Space; mean: number; scale: number; df: number; name: string }
  | { weight: number; kind: 'negbin'; r: number; p: number; name: string };

export interface Distribution {
  components: Component[];
  /**
   * Recording step of the KPI (1 for counts, 0.01 for a rate typed as 25 %, …), or 0.
   * The recorded value is the latent one rounded to this step, so a Student-t
   * component meets "≥ y" from y − step/2 on (continuity correction): a constant
   * history of 5 keeps meeting a target of 5 instead of a coin flip.
   */
  resolution?: number;
  /**
   * Recalibration (`Forecaster`'s distributions: see RECALIBRATION_TILT): log-odds added to every chance of
   * reaching a value, P(Y ≥ y), i.e. the CDF F read as F / (F + (1 − F)·e^tilt) — monotone, 0 and 1 kept,
   * the same map for a level and a one-period total. Absent or 0: the mixture as it is.
   */
  tilt?: number;
}

export function toSpace(y: number, space: Space): number {
  if (space === 'level') return y;
  if (space === 'log') return y > 0 ? math.log(y) : -Infinity;
  if (y <= 0) return -Infinity;
  if (y >= 1) return Infinity;
  return math.log(y / (1 - y));
}

export function fromSpace(z: number, space: Space): number {
  if (space === 'level') return z;
  if (space === 'log') return math.exp(z);
  return 1 / (1 + math.exp(-z));
}

/** P(Y ≤ y) for one component. */
function componentCdf(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(math.floor(y), c.r, c.p);
  const z = toSpace(y, c.space);
  if (z === -Infinity) return 0;
  if (z === Infinity) return 1;
  return studentTCdf((z - c.mean) / c.scale, c.df);
}

/** P(Y < y) (differs from the CDF only on count components). */
function componentCdfBelow(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(math.ceil(y) - 1, c.r, c.p);
  return componentCdf(c, y);
}

/** The CDF value F under the distribution's tilt (see `Distribution.tilt`). */
function tilted(dist: Distribution, F: number): number {
  const t = dist.tilt;
  return t && F > 0 && F < 1 ? F / (F + (1 - F) * math.exp(t)) : F;
}

export function cdf(dist: Distribution, y: number): number {
  let total = 0;
  for (const c of dist.components) total += c.weight * componentCdf(c, y);
  return tilted(dist, math.min(1, math.max(0, total)));
}

/** P(Y ≥ y). */
export function probabilityAtLeast(dist: Distribution, y: number): number {
  const half = (dist.resolution ?? 0) / 2;
  let below = 0;
  for (const c of dist.components) below += c.weight * componentCdfBelow(c, c.kind === 'student' ? y - half : y);
  return 1 - tilted(dist, math.min(1, math.max(0, below)));
}

/** P(Y ≤ y). */
export function probabilityAtMost(dist: Distribution, y: number): number {
  const half = (dist.resolution ?? 0) / 2;
  let total = 0;
  for (const c of dist.components) total += c.weight * componentCdf(c, c.kind === 'student' ? y + half : y);
  return tilted(dist, math.min(1, math.max(0, total)));
}

/** Center and spread of a component in the outcome's units, to start the bracket search. */
function roughRange(c: Component): [number, number] {
  if (c.kind === 'negbin') {
    const mean = (c.r * (1 - c.p)) / c.p;
    const sd = math.sqrt(mean / c.p);
    return [mean - 4 * sd, mean + 4 * sd];
  }
  return [fromSpace(c.mean - 4 * c.scale, c.space), fromSpace(c.mean + 4 * c.scale, c.space)];
}

/** Quantiles are kept within ±this: a heavy-tailed log-space forecast far ahead can overflow a double. */
const LARGEST = 1e300;

/**
 * Quantiles of the standard Student-t, by (degrees of freedom, level): a chart path asks for the same
 * three levels at every point, and the components mostly share one df. Cleared past 256 entries.
 */
const standardQuantiles = new Map<string, number>();

/** The q-quantile of the standard Student-t with `df` degrees of freedom (bisection on its CDF, to rounding). */
export function studentTQuantile(q: number, df: number): number {
  const key = `${df}|${q}`;
  let value = standardQuantiles.get(key);
  if (value !== undefined) return value;
  if (q === 0.5) value = 0;
  else {
    let lo = -1;
    let hi = 1;
    for (let i = 0; i < 1100 && studentTCdf(lo, df) > q; i++) lo *= 2;
    for (let i = 0; i < 1100 && studentTCdf(hi, df) < q; i++) hi *= 2;
    for (let i = 0; i < 2200; i++) {
      const mid = lo / 2 + hi / 2;
      if (!(mid > lo && mid < hi)) break;
      if (studentTCdf(mid, df) < q) lo = mid;
      else hi = mid;
    }
    value = lo / 2 + hi / 2;
  }
  if (standardQuantiles.size >= 256) standardQuantiles.clear();
  standardQuantiles.set(key, value);
  return value;
}

/**
 * A tight starting bracket for the q-quantile of a mixture of Student-t components only: the mixture's
 * quantile lies between the smallest and the largest of its components' own q-quantiles (at the smallest,
 * every component's CDF is at most q, so their weighted average is too; likewise above), and each of
 * those is exact (the standard quantile, scaled and mapped back). Padded by a relative 1e-12 against
 * rounding. Null when a component is not a Student-t or an end is not finite within ±LARGEST: the
 * general search then starts from the components' rough ranges.
 */
function studentBracket(components: readonly Component[], q: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of components) {
    if (c.kind !== 'student') return null;
    const y = fromSpace(c.mean + c.scale * studentTQuantile(q, c.df), c.space);
    if (!isFiniteNumber(y) || math.abs(y) > LARGEST) return null;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const pad = math.max(math.abs(lo), math.abs(hi)) * 1e-12 + 1e-300;
  lo = math.max(-LARGEST, lo - pad);
  hi = math.min(LARGEST, hi + pad);
  return hi > lo ? [lo, hi] : null;
}

/** The q-quantile of the mixture (0 < q < 1); always finite (within ±1e300), NaN only for an empty mixture. */
export function quantile(dist: Distribution, q: number): number {
  if (dist.components.length === 0) return NaN;
  const t = dist.tilt;
  if (t && q > 0 && q < 1) {
    // The untilted mixture's quantile at the level the tilt maps to q.
    const e = math.exp(t);
    return quantile({ components: dist.components, resolution: dist.resolution }, (q * e) / (1 - q + q * e));
  }
  const tight = q > 0 && q < 1 ? studentBracket(dist.components, q) : null;
  if (tight) {
    const fLo = cdf(dist, tight[0]) - q;
    const fHi = cdf(dist, tight[1]) - q;
    // Rounding could put the quantile just outside the padded bracket: then the general search.
    if (fLo <= 0 && fHi >= 0) return smoothRoot(dist, q, tight[0], tight[1], fLo, fHi);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of dist.components) {
    // A range end can overflow (exp of a far, wide log-space forecast): only finite ends start the bracket.
    const [a, b] = roughRange(c);
    if (isFiniteNumber(a)) lo = math.min(lo, a);
    if (isFiniteNumber(b)) hi = math.max(hi, b);
  }
  if (!isFiniteNumber(lo) && !isFiniteNumber(hi)) {
    lo = -1;
    hi = 1;
  } else if (!isFiniteNumber(lo)) lo = hi - math.max(1, math.abs(hi));
  else if (!isFiniteNumber(hi)) hi = lo + math.max(1, math.abs(lo));
  lo = math.max(-LARGEST, lo);
  hi = math.min(LARGEST, hi);
  if (hi <= lo) hi = lo + math.max(1e-12, math.abs(lo) * 1e-9);
  for (let i = 0; i < 200 && lo > -LARGEST && cdf(dist, lo) > q; i++) lo = math.max(-LARGEST, lo - math.max(hi - lo, math.abs(lo), 1e-12));
  for (let i = 0; i < 200 && hi < LARGEST && cdf(dist, hi) < q; i++) hi = math.min(LARGEST, hi + math.max(hi - lo, math.abs(hi), 1e-12));
  return rootOfCdf(dist, q, lo, hi, cdf(dist, lo) - q, cdf(dist, hi) - q);
}

/**
 * The root of cdf(y) = q on a narrow bracket [lo, hi] of a smooth CDF (Student-t components only), given
 * fLo = cdf(lo) − q ≤ 0 ≤ fHi = cdf(hi) − q: regula falsi with the Illinois modification and, once its
 * estimate stops moving (by less than a quarter of the tolerance), two evaluations either side of it that
 * close the bracket to within the tolerance — the same bracket width `rootOfCdf` ends with (relative 1e-10),
 * in a handful of CDF evaluations instead of twenty or so (a narrow bracket there still has to be halved
 * from both sides). Falls back on bisection steps when the false position leaves the bracket.
 */
function smoothRoot(dist: Distribution, q: number, lo: number, hi: number, fLo: number, fHi: number): number {
  const b: Bracket = { lo, hi, fLo, fHi, side: 0 };
  let previous = NaN;
  for (let i = 0; i < SMOOTH_STEPS; i++) {
    const tolerance = 1e-10 * math.max(math.abs(b.lo), math.abs(b.hi), 1e-300);
    if (b.hi - b.lo <= tolerance) return b.lo / 2 + b.hi / 2;
    // A bracket spanning orders of magnitude (or zero) is bisected on asinh(y), as in `rootOfCdf`.
    const narrow = b.hi - b.lo <= math.max(math.abs(b.lo), math.abs(b.hi));
    let x = !narrow ? math.sinh((math.asinh(b.lo) + math.asinh(b.hi)) / 2) : b.fLo < 0 && b.fHi > 0 ? b.lo + ((b.hi - b.lo) * -b.fLo) / (b.fHi - b.fLo) : b.lo / 2 + b.hi / 2;
    if (!(x > b.lo && x < b.hi)) x = b.lo / 2 + b.hi / 2;
    if (!(x > b.lo && x < b.hi)) return b.lo / 2 + b.hi / 2;
    if (math.abs(x - previous) < tolerance / 4) {
      // The estimate has settled: bracket the root tightly around it.
      const half = (0.9e-10 * math.max(math.abs(x), 1e-300)) / 4;
      const a = math.max(b.lo, x - half);
      const c = math.min(b.hi, x + half);
      const fa = cdf(dist, a) - q;
      const fc = cdf(dist, c) - q;
      if (fa <= 0 && fc >= 0) return a / 2 + c / 2;
      // Not around it after all: keep whichever ends still bracket the root, and go on.
      if (fa <= 0) {
        b.lo = a;
        b.fLo = fa;
      }
      if (fc >= 0) {
        b.hi = c;
        b.fHi = fc;
      }
      if (fa > 0) {
        b.hi = a;
        b.fHi = fa;
      }
      if (fc < 0) {
        b.lo = c;
        b.fLo = fc;
      }
      previous = NaN;
      b.side = 0;
      continue;
    }
    previous = x;
    moveEnd(b, x, cdf(dist, x) - q);
  }
  // Not settled in SMOOTH_STEPS (an odd mixture): the general search finishes from this bracket.
  return rootOfCdf(dist, q, b.lo, b.hi, b.fLo, b.fHi);
}

/** Steps `smoothRoot` takes before handing its bracket to `rootOfCdf` (it usually needs fewer than ten). */
const SMOOTH_STEPS = 60;

/** A root's bracket for regula falsi: its ends, their signed CDF gaps, and which end moved last (−1 low, 1 high). */
interface Bracket {
  lo: number;
  hi: number;
  fLo: number;
  fHi: number;
  side: number;
}

/** Moves the end on x's side to x; an end that moves twice running halves the other end's gap (Illinois). */
function moveEnd(b: Bracket, x: number, f: number): void {
  if (f < 0) {
    b.lo = x;
    b.fLo = f;
    if (b.side === -1) b.fHi /= 2;
    b.side = -1;
  } else {
    b.hi = x;
    b.fHi = f;
    if (b.side === 1) b.fLo /= 2;
    b.side = 1;
  }
}

/** The root of cdf(y) = q on the bracket [lo, hi], given fLo = cdf(lo) − q and fHi = cdf(hi) − q. */
function rootOfCdf(dist: Distribution, q: number, lo: number, hi: number, fLo: number, fHi: number): number {
  // On a bracket spanning orders of magnitude (a three-point history forecast years ahead), bisection on
  // asinh(y): like bisection on the exponent, which plain bisection could not narrow in a bounded number
  // of steps. On a narrow bracket, regula falsi with the Illinois modification (the CDF is smooth there:
  // a handful of evaluations instead of about 35 bisections), falling back to a bisection whenever two
  // steps have not halved the bracket (a count mixture's CDF is a staircase). Same tolerance either way.
  const b: Bracket = { lo, hi, fLo, fHi, side: 0 };
  let widthBefore = Infinity;
  let width = b.hi - b.lo;
  for (let i = 0; i < 400; i++) {
    const narrow = b.hi - b.lo <= math.max(math.abs(b.lo), math.abs(b.hi));
    let mid: number;
    if (narrow && b.fLo < 0 && b.fHi > 0 && width <= widthBefore / 2) mid = b.lo + ((b.hi - b.lo) * -b.fLo) / (b.fHi - b.fLo);
    else mid = narrow ? b.lo / 2 + b.hi / 2 : math.sinh((math.asinh(b.lo) + math.asinh(b.hi)) / 2);
    if (!(mid > b.lo && mid < b.hi)) mid = b.lo / 2 + b.hi / 2;
    if (!(mid > b.lo && mid < b.hi)) break;
    moveEnd(b, mid, cdf(dist, mid) - q);
    // Every other step, the bracket must have halved (else the next step bisects).
    if (i % 2 === 1) {
      widthBefore = width;
      width = b.hi - b.lo;
    }
    // Relative tolerance: the same digits whatever the unit of the KPI.
    if (b.hi - b.lo <= 1e-10 * math.max(math.abs(b.lo), math.abs(b.hi), 1e-300)) break;
  }
  return b.lo / 2 + b.hi / 2;
}
