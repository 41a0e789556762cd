/**
 * Quarterly histories get the ETS member from eight years on (32 quarters, MIN_QUARTERLY_ETS_POINTS in
 * src/core/forecast/index.ts), not from MIN_ETS_POINTS' 52 points (13 years); yearly ones from 34 years
 * (MIN_YEARLY_ETS_POINTS, forecast23); monthly histories keep the 52; rates get none. Quarterly counts whose every value is at least MIN_LOG_COUNT (amounts in whole units) may get it too. Issue 11:
 * forecast::ets fits short quarterly histories and was still ahead of us on quarterly series.
 * The histories are built here, their noise from a fixed hash (no random draw).
 */
import { classifySeries, Forecaster, quantile } from '../../../src/core/forecast';
import type { Period } from '../../../src/core/types';

/** A fixed pseudo-random number in [−0.5, 0.5) for index i. */
function noise(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

function forecaster(value: number[], period: Period): Forecaster {
  return new Forecaster(
    { period: period as 'quarter', index: value.map((_, i) => i), value, lastDate: '2020-12-31', businessDays: false },
    'level',
  );
}

/** A steady trend: 1,000 growing by 20 a period, ±4 of noise. */
function trend(n: number): number[] {
  return Array.from({ length: n }, (_, t) => 1000 + 20 * t + 8 * noise(t));
}

const etsMembers = (f: Forecaster, h: number): string[] =>
  f
    .distribution(h)
    .components.filter((c) => c.name.startsWith('ets'))
    .map((c) => c.name);

/** The forecast's median h periods ahead over the last value, before the recalibration tilt. */
function growth(f: Forecaster, value: number[], h: number): number {
  return quantile({ ...f.distribution(h), tilt: 0 }, 0.5) - value[value.length - 1];
}

describe('the ETS member on short quarterly histories', () => {
  it('joins a 40-quarter history, and its forecast follows a damped trend', () => {
    const value = trend(40);
    const f = forecaster(value, 'quarter');
    expect(etsMembers(f, 8)).toHaveLength(1);
    expect(f.etsWeights(1)).toEqual({ centre: 0.8, range: 0.8 });
    const g4 = growth(f, value, 4);
    const g8 = growth(f, value, 8);
    // Eight quarters of a 20-a-quarter slope are 160: the damped trend (0.95 a quarter: 125 alone) forecasts
    // less, and less in the second year than in the first.
    expect(g8).toBeGreaterThan(115);
    expect(g8).toBeLessThan(150);
    expect(g8 - g4).toBeLessThan(g4);
    expect(g8 - g4).toBeGreaterThan(0);
  });

  it('joins from 32 quarters on, not on 31 (where the random walk carries the whole drift on)', () => {
    expect(etsMembers(forecaster(trend(32), 'quarter'), 4)).toHaveLength(1);
    const value = trend(31);
    const f = forecaster(value, 'quarter');
    expect(etsMembers(f, 4)).toEqual([]);
    expect(f.etsWeights(8)).toEqual({ centre: 0, range: 0 });
    expect(growth(f, value, 8)).toBeGreaterThan(150);
  });

  it('leaves monthly histories under 52 points without it', () => {
    // (A monthly history whose noise reads as a season needs six years: MIN_SEASONAL_ETS_SEASONS.)
    expect(etsMembers(forecaster(trend(48), 'month'), 4)).toEqual([]);
    expect(etsMembers(forecaster(trend(72), 'month'), 4)).toHaveLength(1);
  });

  it('joins yearly histories from 34 years on (MIN_YEARLY_ETS_POINTS), not on 33', () => {
    expect(etsMembers(forecaster(trend(33), 'year'), 2)).toEqual([]);
    expect(forecaster(trend(33), 'year').etsWeights(1)).toEqual({ centre: 0, range: 0 });
    expect(etsMembers(forecaster(trend(34), 'year'), 2)).toHaveLength(1);
    expect(etsMembers(forecaster(trend(48), 'year'), 2)).toHaveLength(1);
  });

  it('gives rates (values in [0, 1], modelled in logit space) no ETS member, however long', () => {
    const rate = Array.from({ length: 120 }, (_, t) => 0.3 + 0.002 * t + 0.05 * noise(t));
    expect(classifySeries(rate)).toBe('rate');
    for (const period of ['month', 'quarter', 'year'] as const) expect(etsMembers(forecaster(rate, period), 4)).toEqual([]);
  });

  it('joins quarterly amounts in whole units (a count by its values), not monthly ones nor counts that go under 10', () => {
    const amounts = (n: number) => Array.from({ length: n }, (_, t) => Math.round(10000 + 150 * t + 200 * noise(t)));
    expect(classifySeries(amounts(40))).toBe('count');
    expect(etsMembers(forecaster(amounts(40), 'quarter'), 4)).toHaveLength(1);
    // Monthly: the same amounts over 80 months get none (a positive trend of that length does).
    expect(classifySeries(amounts(80))).toBe('count');
    expect(etsMembers(forecaster(amounts(80), 'month'), 4)).toEqual([]);
    expect(etsMembers(forecaster(trend(80), 'month'), 4)).toHaveLength(1);
    const small = Array.from({ length: 60 }, (_, t) => Math.max(0, Math.round(9 + 0.1 * t + 6 * noise(t))));
    expect(classifySeries(small)).toBe('count');
    expect(Math.min(...small)).toBeLessThan(10);
    expect(etsMembers(forecaster(small, 'quarter'), 4)).toEqual([]);
  });
});
