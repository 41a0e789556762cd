/**
 * Monthly histories of LONG_MONTHLY_POINTS (90) points or more read their random walk's drift off the whole history,
 * as Hyndman's rwf(drift = TRUE) (src/core/forecast/index.ts; issue 11, fcst51): a few recent years' swing is no
 * longer extrapolated as the trend. Shorter histories keep the recent drift. The histories are built here, their
 * noise from a fixed hash (no random draw).
 */
import { Forecaster, probabilityAtLeast, quantile } from '../../../src/core/forecast';
import type { GridSeries } from '../../../src/core/series/period';

/** A fixed pseudo-random number in [−0.5, 0.5) for index i. */
function noise(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

/**
 * A monthly random walk of `n` points from 1,000: its steps drift by `drift` a month, by `recentDrift` over the last
 * `recent` months, with ±12.5 of noise.
 */
function randomWalk(n: number, drift: number, recentDrift = drift, recent = 0): GridSeries {
  const value: number[] = [];
  let v = 1000;
  for (let t = 0; t < n; t++) {
    v += (t >= n - recent ? recentDrift : drift) + 25 * noise(t);
    value.push(v);
  }
  return { period: 'month', index: value.map((_, i) => i), value, lastDate: '2020-12-31', businessDays: false };
}

/** The forecast's median h months ahead, less the last value, before the recalibration tilt. */
function rise(f: Forecaster, h: number): number {
  return quantile({ ...f.distribution(h), tilt: 0 }, 0.5) - f.lastValue;
}

describe('the drift of a long monthly history', () => {
  it('is the whole history’s, not the last two years’ (a ten-year walk whose drift tripled lately)', () => {
    // Drift 2 a month for eight years, 6 for the last two: the two-year half-life read about 4.6 a month and the
    // median rose by 135 over two years; the whole history's drift is 2.8 a month.
    const f = new Forecaster(randomWalk(120, 2, 6, 24), 'level');
    expect(rise(f, 24)).toBeLessThan(125);
    expect(rise(f, 24)).toBeGreaterThan(24 * 2);
  });

  it('keeps the recent drift below 90 months', () => {
    // The same walk's last 89 months (its drift 6 over the last 24 of them): the recent drift still leads.
    const long = randomWalk(120, 2, 6, 24);
    const short: GridSeries = { ...long, index: long.index.slice(0, 89), value: long.value.slice(31) };
    const shortRise = rise(new Forecaster(short, 'level'), 24);
    const longRise = rise(new Forecaster(long, 'level'), 24);
    // Per month of history beyond the recent swing, the long history's forecast rises less.
    expect(shortRise / 24).toBeGreaterThan(longRise / 24);
  });

  const shapes: Array<[string, GridSeries]> = [
    ['a steady ten-year drift', randomWalk(120, 3)],
    ['a drift that turned', randomWalk(150, 4, -3, 30)],
    ['twenty years, no drift', randomWalk(240, 0)],
  ];

  it.each(shapes)('%s: the 80 %% range widens with the horizon', (_name, grid) => {
    const f = new Forecaster(grid, 'level');
    let width = 0;
    for (const h of [1, 3, 6, 12, 24]) {
      const d = f.distribution(h);
      const next = quantile(d, 0.9) - quantile(d, 0.1);
      expect(next).toBeGreaterThan(width);
      width = next;
    }
  });

  it.each(shapes)('%s: chances lie in [0, 1] and fall as the target rises', (_name, grid) => {
    const f = new Forecaster(grid, 'level');
    const last = f.lastValue;
    for (const h of [1, 6, 12]) {
      let previous = 1;
      for (const k of [-400, -100, 0, 50, 200, 1000]) {
        const p = probabilityAtLeast(f.distribution(h), last + k);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(previous);
        previous = p;
      }
    }
  });

  it.each(shapes)('%s: a one-period total and that period’s level get the same chance', (_name, grid) => {
    const level = new Forecaster(grid, 'level');
    const total = new Forecaster(grid, 'total');
    for (const k of [-60, 0, 25, 90]) {
      const target = level.lastValue + k;
      expect(probabilityAtLeast(total.distribution(1), target)).toBeCloseTo(probabilityAtLeast(level.distribution(1), target), 12);
    }
  });
});
