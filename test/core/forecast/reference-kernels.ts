/**
 * The kernels of `src/core/forecast` before they were sped up (incomplete-beta Student-t CDF, quantiles by a
 * search from the components' rough ranges), kept here as the reference the fast ones are tested against on
 * real forecasts (`kernels-realistic.test.ts`). Copied from src/core/forecast/distribution.ts as it was.
 */
import type { Component, Distribution, Space } from '../../../src/core/forecast/distribution';
import { negBinomialCdf, studentTCdfByBeta } from '../../../src/core/forecast/stats';

const math = Math;
const isFiniteNumber = Number.isFinite;

function toSpace(y: number, space: Space): number {
  if (space === 'level') return y;
  if (space === 'log') return y > 0 ? math.log(y) : -Infinity;
  if (y <= 0) return -Infinity;
  if (y >= 1) return Infinity;
  return math.log(y / (1 - y));
}

function fromSpace(z: number, space: Space): number {
  if (space === 'level') return z;
  if (space === 'log') return math.exp(z);
  return 1 / (1 + math.exp(-z));
}

function componentCdf(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(math.floor(y), c.r, c.p);
  const z = toSpace(y, c.space);
  if (z === -Infinity) return 0;
  if (z === Infinity) return 1;
  return studentTCdfByBeta((z - c.mean) / c.scale, c.df);
}

function componentCdfBelow(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(math.ceil(y) - 1, c.r, c.p);
  return componentCdf(c, y);
}

export function referenceCdf(dist: Distribution, y: number): number {
  let total = 0;
  for (const c of dist.components) total += c.weight * componentCdf(c, y);
  return math.min(1, math.max(0, total));
}

export function referenceProbabilityAtLeast(dist: Distribution, y: number): number {
  const half = (dist.resolution ?? 0) / 2;
  let below = 0;
  for (const c of dist.components) below += c.weight * componentCdfBelow(c, c.kind === 'student' ? y - half : y);
  return math.min(1, math.max(0, 1 - below));
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

/** The q-quantile of the mixture (0 < q < 1); always finite (within ±1e300), NaN only for an empty mixture. */
export function referenceQuantile(dist: Distribution, q: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of dist.components) {
    // A range end can overflow (exp of a far, wide log-space forecast): only finite ends start the bracket.
    const [a, b] = roughRange(c);
    if (isFiniteNumber(a)) lo = math.min(lo, a);
    if (isFiniteNumber(b)) hi = math.max(hi, b);
  }
  if (dist.components.length === 0) return NaN;
  if (!isFiniteNumber(lo) && !isFiniteNumber(hi)) {
    lo = -1;
    hi = 1;
  } else if (!isFiniteNumber(lo)) lo = hi - math.max(1, math.abs(hi));
  else if (!isFiniteNumber(hi)) hi = lo + math.max(1, math.abs(lo));
  lo = math.max(-LARGEST, lo);
  hi = math.min(LARGEST, hi);
  if (hi <= lo) hi = lo + math.max(1e-12, math.abs(lo) * 1e-9);
  for (let i = 0; i < 200 && lo > -LARGEST && referenceCdf(dist, lo) > q; i++) lo = math.max(-LARGEST, lo - math.max(hi - lo, math.abs(lo), 1e-12));
  for (let i = 0; i < 200 && hi < LARGEST && referenceCdf(dist, hi) < q; i++) hi = math.min(LARGEST, hi + math.max(hi - lo, math.abs(hi), 1e-12));
  // On a bracket spanning orders of magnitude (a three-point history forecast years ahead), bisection on
  // asinh(y): like bisection on the exponent, which plain bisection could not narrow in a bounded number
  // of steps. On a narrow bracket, regula falsi with the Illinois modification (the CDF is smooth there:
  // a handful of evaluations instead of about 35 bisections), falling back to a bisection whenever two
  // steps have not halved the bracket (a count mixture's CDF is a staircase). Same tolerance either way.
  let fLo = referenceCdf(dist, lo) - q;
  let fHi = referenceCdf(dist, hi) - q;
  let side = 0;
  let widthBefore = Infinity;
  let width = hi - lo;
  for (let i = 0; i < 400; i++) {
    const narrow = hi - lo <= math.max(math.abs(lo), math.abs(hi));
    let mid: number;
    if (narrow && fLo < 0 && fHi > 0 && width <= widthBefore / 2) mid = lo + ((hi - lo) * -fLo) / (fHi - fLo);
    else mid = narrow ? lo / 2 + hi / 2 : math.sinh((math.asinh(lo) + math.asinh(hi)) / 2);
    if (!(mid > lo && mid < hi)) mid = lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) break;
    const f = referenceCdf(dist, mid) - q;
    if (f < 0) {
      lo = mid;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = mid;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    }
    // Every other step, the bracket must have halved (else the next step bisects).
    if (i % 2 === 1) {
      widthBefore = width;
      width = hi - lo;
    }
    // Relative tolerance: the same digits whatever the unit of the KPI.
    if (hi - lo <= 1e-10 * math.max(math.abs(lo), math.abs(hi), 1e-300)) break;
  }
  return lo / 2 + hi / 2;
}
