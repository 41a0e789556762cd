/**
 * More than a year ahead on a quarterly or yearly history the combination's shared centre takes the ETS member's
 * range weight, ETS_WEIGHT·√trust, instead of ETS_WEIGHT·trust (FAR_CENTRE_MAX_PERIODS_PER_YEAR in
 * src/core/forecast/index.ts): the model average's random walk carries the recent drift on, the ETS trend follows a
 * growth that slows. Issue 11's losing class: smooth quarterly levels whose growth slows, one and two years ahead.
 * The histories are built here, their noise from a fixed hash (no random draw).
 */
import { Forecaster, quantile } from '../../../src/core/forecast';
import type { GridSeries } from '../../../src/core/series/period';

/** A fixed pseudo-random number in [−0.5, 0.5) for index i. */
function noise(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

const N = 60;
const H = 8;

/**
 * A smooth quarterly level: its growth per quarter wanders (a slope that changes, as real ones do) and, when
 * `slowing`, falls by 2.2 a quarter over the last three years and on; the true path runs H quarters past the history.
 */
function quarterly(slowing: boolean): { grid: GridSeries; truth: number[] } {
  const truth = [1000];
  let slope = 20;
  for (let t = 1; t < N + H; t++) {
    slope += slowing && t >= N - 12 ? -2.2 : 3 * noise(t + 100) + (slowing ? 0.4 : 0);
    truth.push(truth[t - 1] + Math.max(slope, 0));
  }
  const value = truth.slice(0, N).map((v, t) => v + 4 * noise(t));
  return { grid: { period: 'quarter', index: value.map((_, i) => i), value, lastDate: '2020-12-31', businessDays: false }, truth };
}

/** The forecast's median h periods ahead, before the recalibration tilt (which moves every quantile alike). */
function median(f: Forecaster, h: number): number {
  return quantile({ ...f.distribution(h), tilt: 0 }, 0.5);
}

describe('the ETS member far ahead on quarterly histories', () => {
  it('no longer lets the recent drift carry a slowing growth on eight quarters ahead', () => {
    const { grid, truth } = quarterly(true);
    const f = new Forecaster(grid, 'level');
    const last = grid.value[N - 1];
    const { centre, range } = f.etsWeights(H);
    // The ETS member's trend variance grows faster than a random walk's: its trust is cut…
    expect(range).toBeLessThan(0.8);
    // …but beyond a year its centre weight is its range weight, not the trust itself (0.8·trust: 0.089 here).
    expect(centre).toBe(range);
    expect(centre).toBeGreaterThan(0.25);
    // The growth of the last quarters (38 → 11 a quarter) runs out: the level ends 24 above the last value. The
    // median overshoots that path by 128 (was 145 with the centre at 0.8·trust: 3,006.2 against 2,860.8).
    const overshoot = median(f, H) - truth[N - 1 + H];
    expect(overshoot).toBeLessThan(136);
    expect(median(f, H)).toBeGreaterThan(last);
  });

  it('still extrapolates a steady trend (issue 11, class a)', () => {
    const { grid, truth } = quarterly(false);
    const f = new Forecaster(grid, 'level');
    const last = grid.value[N - 1];
    for (const h of [4, 8]) {
      const growth = truth[N - 1 + h] - last;
      expect(growth).toBeGreaterThan(50);
      // At least 90 % of the true growth forecast, and no more than 10 % beyond it.
      expect(median(f, h) - last).toBeGreaterThan(0.9 * growth);
      expect(median(f, h) - last).toBeLessThan(1.1 * growth);
    }
  });

  it('keeps the centre at 0.8·trust within a year (monthly histories far ahead: combination.test.ts)', () => {
    const { grid } = quarterly(true);
    const f = new Forecaster(grid, 'level');
    const within = f.etsWeights(4);
    expect(within.centre).toBeLessThan(within.range);
    expect(within.centre).toBeCloseTo(0.8 * (within.range / 0.8) ** 2, 12);
    expect(f.etsWeights(1)).toEqual({ centre: 0.8, range: 0.8 });
  });
});
