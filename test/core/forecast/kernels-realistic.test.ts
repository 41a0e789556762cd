/**
 * The fast kernels against the ones they replaced (`reference-kernels.ts`), on the forecasts the add-on
 * really makes (daily, working-day, weekly, monthly and quarterly histories; amounts, counts, rates; level
 * and total; near and far horizons): probabilities equal to 1e-9, quantiles (median and 80 % range) equal
 * to 2e-8 of the 80 % range. Why not tighter: the replaced CDF (incomplete beta) is flat at exactly ½ for
 * |t| < ~2.4e-8·√ν (ν/(ν + t²) rounds to 1) and off by up to ~|t|·f(0) just beyond, so its medians sat
 * anywhere in that zone, up to ~6e-8 scale units (about 2e-8 of an 80 % range) from the true centre the
 * new search finds, and its probability of a target AT a component's centre (the median of a one-component
 * forecast) was off by up to ~2.4e-8·√ν·f(0) ≈ 2.3e-8 (ν = 6): that target is allowed 3e-8, every other 1e-9.
 */
import { statusQuo } from '../../../src/core/achievability';
import { addDays, addPeriods, isoWeekday } from '../../../src/core/dates';
import { probabilityAtLeast, quantile } from '../../../src/core/forecast/distribution';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { Aggregation, KpiPoint, Period } from '../../../src/core/types';
import { referenceProbabilityAtLeast, referenceQuantile } from './reference-kernels';

type Kind = 'amount' | 'count' | 'rate';

function history(period: Period, length: number, kind: Kind, seed: number, workingDays = false, seasonal = false): KpiPoint[] {
  const normal = normalSampler(mulberry32(seed));
  const points: KpiPoint[] = [];
  let v = kind === 'count' ? 20 : kind === 'rate' ? 0.25 : 10_000;
  for (let i = 0; points.length < length; i++) {
    const date = addPeriods('2021-01-04', period, i);
    if (workingDays && isoWeekday(date) > 5) continue;
    const season = seasonal ? 1 + 0.2 * Math.sin((2 * Math.PI * i) / (period === 'month' ? 12 : 4)) : 1;
    if (kind === 'amount') v = Math.max(1, v + 20 + 150 * normal());
    else if (kind === 'count') v = Math.max(0, v + 0.02 + 2 * normal());
    else v = Math.min(0.99, Math.max(0.01, 0.25 + 0.7 * (v - 0.25) + 0.03 * normal()));
    const value = kind === 'count' ? Math.round(v) : kind === 'rate' ? Math.round(v * 100) / 100 : Math.round(v * season * 100) / 100;
    points.push({ date, value });
  }
  return points;
}

// Every row spells out all six values: jest hands a test function with more parameters than its row a `done` callback.
const SHAPES: Array<[string, Period, number, Kind, boolean, boolean]> = [
  ['daily amounts', 'day', 1826, 'amount', false, false],
  ['daily counts', 'day', 1826, 'count', false, false],
  ['working days', 'day', 400, 'amount', true, false],
  ['weekly counts', 'week', 157, 'count', false, false],
  ['weekly rates', 'week', 40, 'rate', false, false],
  ['monthly seasonal', 'month', 84, 'amount', false, true],
  ['quarterly seasonal', 'quarter', 32, 'amount', false, true],
  ['short', 'week', 4, 'amount', false, false],
];

describe('fast kernels on real forecasts', () => {
  it.each(SHAPES)('%s: probabilities and ranges as before', (_name, period, length, kind, workingDays, seasonal) => {
    const points = history(period, length, kind, length * 7 + (workingDays ? 1 : 0), workingDays, seasonal);
    const last = points[points.length - 1];
    let compared = 0;
    let worstProbability = 0;
    let worstAtCentre = 0;
    let worstQuantile = 0;
    for (const aggregation of ['level', 'total'] as const satisfies readonly Aggregation[]) {
      for (const deadline of [addPeriods(last.date, period, 1), addDays(last.date, 90), addPeriods(last.date, 'year', 1), addPeriods(last.date, 'year', 4)]) {
        const sq = statusQuo({ history: points, target: last.value, deadline, today: last.date, aggregation });
        if (!sq) continue;
        // The kernels on the mixture itself: the recalibration tilt (`Distribution.tilt`) maps their results
        // afterwards, and is tested on its own (recalibration.test.ts).
        const dist = { ...sq.distribution, tilt: 0 };
        const old = { low: referenceQuantile(dist, 0.1), median: referenceQuantile(dist, 0.5), high: referenceQuantile(dist, 0.9) };
        const range = old.high - old.low;
        for (const [q, before] of [
          [0.1, old.low],
          [0.5, old.median],
          [0.9, old.high],
        ] as const) {
          const now = quantile(dist, q);
          worstQuantile = Math.max(worstQuantile, Math.abs(now - before) / Math.max(range, 1e-9 * Math.abs(before), 1e-300));
        }
        for (const target of [old.low - range, old.low, old.high, old.high + range, old.median * 3, -old.median, old.median + 0.01 * range]) {
          worstProbability = Math.max(worstProbability, Math.abs(probabilityAtLeast(dist, target) - referenceProbabilityAtLeast(dist, target)));
        }
        worstAtCentre = Math.max(worstAtCentre, Math.abs(probabilityAtLeast(dist, old.median) - referenceProbabilityAtLeast(dist, old.median)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4);
    expect(worstProbability).toBeLessThan(1e-9);
    expect(worstAtCentre).toBeLessThan(3e-8);
    expect(worstQuantile).toBeLessThan(2e-8);
  });
});
