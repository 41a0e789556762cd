/**
 * The combination of the model average with the ETS forecast: the two members are moved to one centre
 * (the weighted average of their medians) before they are mixed, as an average in quantile space does,
 * so the gap between their centres does not widen the forecast. Real monthly series of the backtest fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Forecaster, quantile, type Component, type Distribution } from '../../../src/core/forecast';

interface RealSeries {
  name: string;
  period: 'month';
  values: number[];
}

const series = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/series/real-series.json'), 'utf8')) as RealSeries[];

function forecaster(name: string, aggregation: 'level' | 'total'): Forecaster {
  const s = series.find((x) => x.name === name);
  if (!s) throw new Error(`no series ${name}`);
  return new Forecaster(
    { period: 'month', index: s.values.map((_, i) => i), value: s.values.slice(), lastDate: '2020-01-31', businessDays: false },
    aggregation,
  );
}

function part(components: readonly Component[]): Distribution {
  const total = components.reduce((sum, c) => sum + c.weight, 0);
  return { components: components.map((c) => ({ ...c, weight: c.weight / total })) };
}

describe('forecast combination', () => {
  it.each([
    ['gas', 'level', 1],
    ['gas', 'level', 12],
    ['FrozenJuice.price', 'level', 6],
    ['PepperPrice.black', 'total', 3],
    ['USMacroSWM.production', 'total', 12],
  ] as const)('gives the model average and the ETS forecast one median on %s (%s, %i month(s) ahead)', (name, aggregation, h) => {
    const dist = forecaster(name, aggregation).distribution(h);
    const ets = dist.components[dist.components.length - 1];
    expect(ets.kind).toBe('student');
    expect(ets.name).toMatch(/^ets/);
    const average = part(dist.components.slice(0, -1));
    const centre = quantile(part([ets]), 0.5);
    expect(quantile(average, 0.5) / centre).toBeCloseTo(1, 6);
    // The mixture of two members with one median has that median (before the recalibration tilt, which
    // then moves every quantile of the forecast alike: recalibration.test.ts).
    expect(quantile({ ...dist, tilt: 0 }, 0.5) / centre).toBeCloseTo(1, 6);
  });
});

/**
 * Far ahead the ETS member's trust (its variance growing faster than a random walk's) cuts its weight in the
 * shared centre by the trust t, but its weight in the range's mixture only by √t (TRUST_WIDTH_EXPONENT, forecast19):
 * a member that says it knows little far out still widens the range.
 */
describe('the ETS member far ahead', () => {
  it.each([
    ['PepperPrice.black', 'level', 36],
    ['USMacroSWM.production', 'total', 12],
    ['FrozenJuice.price', 'level', 36],
  ] as const)('mixes its range at 0.8·√trust and its centre at 0.8·trust on %s (%s, %i months ahead)', (name, aggregation, h) => {
    const f = forecaster(name, aggregation);
    const dist = f.distribution(h);
    const ets = dist.components[dist.components.length - 1];
    expect(ets.name).toMatch(/^ets/);
    const { centre, range } = f.etsWeights(h);
    // A history whose trend variance grows faster than a random walk's there: the trust is cut.
    expect(centre).toBeLessThan(0.8);
    expect(ets.weight).toBeCloseTo(range, 12);
    expect(range).toBeCloseTo(0.8 * Math.sqrt(centre / 0.8), 12);
    expect(range).toBeGreaterThan(centre);
    expect(range).toBeLessThan(0.8);
  });

  it('keeps one weight, 0.8, one period ahead (a one-period total is its level)', () => {
    for (const aggregation of ['level', 'total'] as const) {
      const f = forecaster('gas', aggregation);
      expect(f.etsWeights(1)).toEqual({ centre: 0.8, range: 0.8 });
      const dist = f.distribution(1);
      expect(dist.components[dist.components.length - 1].weight).toBeCloseTo(0.8, 12);
    }
  });
});
