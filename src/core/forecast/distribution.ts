/**
 * A forecast distribution: a weighted mixture of Student-t components (each in
 * its working space: level, log or logit, mapped back monotonically) and
 * negative-binomial count components. Probabilities and quantiles are exact
 * for the mixture (quantiles by bisection on its CDF).
 */
import { negBinomialCdf, studentTCdf } from './stats';

export type Space = 'level' | 'log' | 'logit';

export type Component =
  | { weight: number; kind: 'student'; space: Space; mean: number; scale: number; df: number; name: string }
  | { weight: number; kind: 'negbin'; r: number; p: number; name: string };

export interface Distribution {
  components: Component[];
}

export function toSpace(y: number, space: Space): number {
  if (space === 'level') return y;
  if (space === 'log') return y > 0 ? Math.log(y) : -Infinity;
  if (y <= 0) return -Infinity;
  if (y >= 1) return Infinity;
  return Math.log(y / (1 - y));
}

export function fromSpace(z: number, space: Space): number {
  if (space === 'level') return z;
  if (space === 'log') return Math.exp(z);
  return 1 / (1 + Math.exp(-z));
}

/** P(Y ≤ y) for one component. */
function componentCdf(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(Math.floor(y), c.r, c.p);
  const z = toSpace(y, c.space);
  if (z === -Infinity) return 0;
  if (z === Infinity) return 1;
  return studentTCdf((z - c.mean) / c.scale, c.df);
}

/** P(Y < y) (differs from the CDF only on count components). */
function componentCdfBelow(c: Component, y: number): number {
  if (c.kind === 'negbin') return negBinomialCdf(Math.ceil(y) - 1, c.r, c.p);
  return componentCdf(c, y);
}

export function cdf(dist: Distribution, y: number): number {
  let total = 0;
  for (const c of dist.components) total += c.weight * componentCdf(c, y);
  return Math.min(1, Math.max(0, total));
}

/** P(Y ≥ y). */
export function probabilityAtLeast(dist: Distribution, y: number): number {
  let below = 0;
  for (const c of dist.components) below += c.weight * componentCdfBelow(c, y);
  return Math.min(1, Math.max(0, 1 - below));
}

/** P(Y ≤ y). */
export function probabilityAtMost(dist: Distribution, y: number): number {
  return cdf(dist, y);
}

/** Center and spread of a component in the outcome's units, to start the bracket search. */
function roughRange(c: Component): [number, number] {
  if (c.kind === 'negbin') {
    const mean = (c.r * (1 - c.p)) / c.p;
    const sd = Math.sqrt(mean / c.p);
    return [mean - 4 * sd, mean + 4 * sd];
  }
  return [fromSpace(c.mean - 4 * c.scale, c.space), fromSpace(c.mean + 4 * c.scale, c.space)];
}

/** The q-quantile of the mixture (0 < q < 1). */
export function quantile(dist: Distribution, q: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of dist.components) {
    const [a, b] = roughRange(c);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return NaN;
  if (hi <= lo) hi = lo + Math.max(1e-12, Math.abs(lo) * 1e-9);
  for (let i = 0; i < 200 && cdf(dist, lo) > q; i++) lo -= Math.max(hi - lo, Math.abs(lo), 1e-12);
  for (let i = 0; i < 200 && cdf(dist, hi) < q; i++) hi += Math.max(hi - lo, Math.abs(hi), 1e-12);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(dist, mid) < q) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-12 * Math.max(1, Math.abs(mid))) break;
  }
  return (lo + hi) / 2;
}
