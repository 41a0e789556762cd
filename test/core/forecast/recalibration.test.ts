/**
 * The recalibration of the forecasts' chances (`Distribution.tilt`, RECALIBRATION_TILT in
 * src/core/forecast/index.ts): the odds of reaching a value multiplied by one factor, the CDF mapped by
 * F → F / (F + (1 − F)·e^tilt). Its probabilities, CDF and quantiles agree with each other, it keeps the
 * order of targets (verdicts), a one-period total's chance equals its level's, and 0 and 1 stay put.
 */
import { Forecaster, cdf, probabilityAtLeast, probabilityAtMost, quantile, type Distribution } from '../../../src/core/forecast';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';

const odds = (p: number): number => p / (1 - p);

/** A growing monthly amount (random walk with drift), seeded. */
function growing(n: number, seed: number): number[] {
  const normal = normalSampler(mulberry32(seed));
  const values = [1000];
  for (let i = 1; i < n; i++) values.push(values[i - 1] + 8 + 25 * normal());
  return values;
}

function forecaster(values: number[], aggregation: 'level' | 'total'): Forecaster {
  return new Forecaster({ period: 'month', index: values.map((_, i) => i), value: values, lastDate: '2024-12-31', businessDays: false }, aggregation);
}

describe('recalibration of the chances', () => {
  const values = growing(40, 11);
  const dist = forecaster(values, 'level').distribution(3);
  const untilted: Distribution = { ...dist, tilt: 0 };
  const targets = [0.1, 0.3, 0.5, 0.7, 0.9].map((q) => quantile(untilted, q));

  it('multiplies the odds of reaching every target by one factor above 1 (outcomes landed above our median)', () => {
    const factors = targets.map((t) => odds(probabilityAtLeast(dist, t)) / odds(probabilityAtLeast(untilted, t)));
    expect(factors[0]).toBeGreaterThan(1.01);
    for (const f of factors) expect(f).toBeCloseTo(factors[0], 9);
    // The untilted mixture's median is reached more than half of the time.
    expect(probabilityAtLeast(dist, targets[2])).toBeGreaterThan(0.5);
  });

  it('moves every quantile up, and its CDF, quantiles and chances agree', () => {
    for (const q of [0.05, 0.1, 0.5, 0.9, 0.95]) {
      const y = quantile(dist, q);
      expect(y).toBeGreaterThan(quantile(untilted, q));
      expect(cdf(dist, y)).toBeCloseTo(q, 9);
      expect(probabilityAtMost(dist, y)).toBeCloseTo(q, 9);
      expect(probabilityAtLeast(dist, y)).toBeCloseTo(1 - q, 9);
    }
  });

  it('keeps the order of targets, and certainty as it is', () => {
    const grid = Array.from({ length: 200 }, (_, k) => values[values.length - 1] - 600 + 6 * k);
    const chances = grid.map((t) => probabilityAtLeast(dist, t));
    for (let k = 1; k < chances.length; k++) expect(chances[k]).toBeLessThanOrEqual(chances[k - 1]);
    const certain: Distribution = { components: [{ weight: 1, kind: 'negbin', r: 5, p: 0.5, name: 'count' }], tilt: 0.5 };
    expect(probabilityAtLeast(certain, 0)).toBe(1);
    expect(probabilityAtMost(certain, -1)).toBe(0);
  });

  it('gives a one-period total the probability of that period’s level', () => {
    const level = forecaster(values, 'level').distribution(1);
    const total = forecaster(values, 'total').distribution(1);
    const last = values[values.length - 1];
    for (const t of [last - 50, last, last + 10, last + 60]) expect(probabilityAtLeast(total, t)).toBe(probabilityAtLeast(level, t));
  });
});
