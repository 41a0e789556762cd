/**
 * "How do we close the gap?": the cheapest ways to bring the drivers'
 * combined median to the target, one driver or two at a time, ranked by the
 * chance that each driver reaches its required value (the product of their
 * status-quo chances: a conservative reading that ignores their correlation).
 */
import type { Verdict } from '../types';
import { driverChance, verdictFor, type PreparedBottomUp } from './bottomup';

export interface GapStep {
  key: string;
  label: string;
  /** Status-quo median over the goal's span. */
  from: number;
  required: number;
  probability: number;
  verdict: Verdict;
  bestChange: number | null;
}

export interface GapOption {
  steps: GapStep[];
  /** Chance that every step is reached (product of the steps' chances). */
  probability: number;
}

/** Relative effort splits tried for two drivers (exponents of one common multiplier). */
const PAIR_SPLITS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0.5],
  [0.5, 1],
  [1, 0.25],
  [0.25, 1],
  [1, 0],
  [0, 1],
];

export function combined(terms: ReadonlyArray<readonly number[]>, values: readonly number[]): number {
  let total = 0;
  for (const term of terms) {
    let product = 1;
    for (const i of term) product *= values[i];
    total += product;
  }
  return total;
}

/** Values of the drivers in `set` scaled by s^weight (others at their median). */
export function scaled(medians: readonly number[], set: readonly number[], weights: readonly number[], logS: number): number[] {
  const values = [...medians];
  set.forEach((i, k) => (values[i] = medians[i] * Math.exp(weights[k] * logS)));
  return values;
}

/** log s bringing the combined median to the target (bisection; the combination grows with s), or null. */
export function solve(prepared: PreparedBottomUp, medians: readonly number[], set: readonly number[], weights: readonly number[], target: number): number | null {
  const at = (logS: number) => combined(prepared.terms, scaled(medians, set, weights, logS)) - target;
  let lo = -12;
  let hi = 12;
  if (!(at(lo) <= 0 && at(hi) >= 0)) return null;
  for (let k = 0; k < 80; k++) {
    const mid = (lo + hi) / 2;
    if (at(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function withinBest(required: number, latest: number, from: number, bestChange: number | null, volume: boolean): boolean {
  if (bestChange === null) return false;
  if (volume) return required >= from ? required <= bestChange : required >= bestChange;
  const change = required - latest;
  return bestChange >= 0 ? change <= bestChange && change >= 0 : change >= bestChange && change <= 0;
}

export function closeTheGap(prepared: PreparedBottomUp, target: number, maxOptions = 3): GapOption[] {
  const medians = prepared.drivers.map((d) => d.forecast.median);
  const base = combined(prepared.terms, medians);
  if (prepared.below ? base <= target : base >= target) return [];
  const n = medians.length;
  const sets: Array<{ set: number[]; splits: ReadonlyArray<readonly number[]> }> = [];
  for (let i = 0; i < n; i++) sets.push({ set: [i], splits: [[1]] });
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sets.push({ set: [i, j], splits: PAIR_SPLITS.filter(([a, b]) => a > 0 && b > 0) });

  const options: GapOption[] = [];
  for (const { set, splits } of sets) {
    let best: GapOption | null = null;
    for (const weights of splits) {
      const logS = solve(prepared, medians, set, weights, target);
      if (logS === null) continue;
      const values = scaled(medians, set, weights, logS);
      const steps: GapStep[] = [];
      let feasible = true;
      for (const i of set) {
        const driver = prepared.drivers[i];
        const required = values[i];
        if (!Number.isFinite(required) || required < 0 || (driver.kind === 'rate' && driver.aggregation === 'level' && required > 1)) {
          feasible = false;
          break;
        }
        const probability = driverChance(prepared, i, required, required >= medians[i]);
        const volume = prepared.outputAggregation === 'total' && driver.aggregation === 'total';
        steps.push({
          key: driver.key,
          label: driver.label,
          from: medians[i],
          required,
          probability,
          verdict: verdictFor(probability, withinBest(required, driver.latest, medians[i], driver.bestChange, volume), prepared.policy),
          bestChange: driver.bestChange,
        });
      }
      if (!feasible) continue;
      const probability = steps.reduce((p, s) => p * s.probability, 1);
      if (!best || probability > best.probability) best = { steps, probability };
    }
    if (best) options.push(best);
  }
  return options.sort((a, b) => b.probability - a.probability || a.steps.length - b.steps.length).slice(0, maxOptions);
}
