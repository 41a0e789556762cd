import { addPeriods } from '../../../src/core/dates';
import { Forecaster, classifySeries, estimateSeasonality, probabilityAtLeast, quantile } from '../../../src/core/forecast';
import {
  LinearTrend,
  LocalLevel,
  MeanModel,
  MeanReverting,
  PoissonCounts,
  PoissonTrend,
  RandomWalk,
} from '../../../src/core/forecast/models';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import { toGrid } from '../../../src/core/series/period';
import type { Aggregation, Period } from '../../../src/core/types';

function forecaster(values: number[], period: Period = 'week', aggregation: Aggregation = 'level'): Forecaster {
  const points = values.map((value, i) => ({ date: addPeriods('2022-01-03', period, i), value }));
  return new Forecaster(toGrid(points, period, aggregation), aggregation);
}

function weightOf(f: Forecaster, test: (name: string, space: string) => boolean): number {
  return f.modelWeights().reduce((s, w) => s + (test(w.name, w.space) ? w.weight : 0), 0);
}

describe('model families', () => {
  it('random walk with drift: drift from the mean change, variance grows with the horizon and the drift uncertainty', () => {
    const rw = new RandomWalk(true);
    [10, 12, 13, 16].forEach((y, t) => rw.update(t, y));
    const p1 = rw.predict(4)!;
    expect(p1.mean).toBeCloseTo(18, 12);
    const diffsVar = ((2 - 2) ** 2 + (1 - 2) ** 2 + (3 - 2) ** 2) / 2;
    expect(p1.variance).toBeCloseTo(diffsVar * (1 + 1 / 3), 12);
    expect(p1.df).toBe(2);
    const p4 = rw.predict(7)!;
    expect(p4.mean).toBeCloseTo(24, 12);
    expect(p4.variance).toBeCloseTo(diffsVar * (4 + 16 / 3), 12);
    const total = rw.predictTotal(2)!;
    expect(total.mean).toBeCloseTo(18 + 20, 12);
  });

  it('random walk with a discounted drift: the recent drift, its variance from the discounted count of periods', () => {
    const decay = 0.5;
    const rw = new RandomWalk(true, decay);
    const plain = new RandomWalk(true);
    [10, 12, 13, 16].forEach((y, t) => {
      rw.update(t, y);
      plain.update(t, y);
    });
    // Changes 2, 1, 3 weighted 0.25, 0.5, 1: drift (0.5 + 0.5 + 3) / 1.75.
    const weightK = 0.25 + 0.5 + 1;
    const drift = (0.25 * 2 + 0.5 * 1 + 3) / weightK;
    const p1 = rw.predict(4)!;
    expect(p1.mean).toBeCloseTo(16 + drift, 12);
    // The noise variance is still estimated from every change (the whole-history drift's residuals).
    const diffsVar = ((2 - 2) ** 2 + (1 - 2) ** 2 + (3 - 2) ** 2) / 2;
    expect(p1.variance).toBeCloseTo(diffsVar * (1 + 1 / weightK), 12);
    expect(p1.df).toBe(2);
    expect(rw.predict(6)!.mean).toBeCloseTo(16 + 3 * drift, 12);
    expect(rw.predictTotal(2)!.mean).toBeCloseTo(2 * 16 + 3 * drift, 12);
    // A gap of k periods discounts the past by decay^k; a steady slope is followed exactly.
    const steady = new RandomWalk(true, 0.9);
    [0, 2, 4, 10].forEach((y, i) => steady.update([0, 1, 2, 5][i], y));
    expect(steady.predict(6)!.mean).toBeCloseTo(12, 12);
    // Without discount, the whole history's mean change, as before.
    expect(plain.predict(4)!.mean).toBeCloseTo(18, 12);
  });

  it('damps the drift ahead only while it slows, never one period ahead, and a one-period total stays its level', () => {
    const phi = 0.9;
    const decay = 0.5 ** (1 / 24);
    // Slope 3 for 96 periods, then 1: the recent drift is below the whole history's, growth is slowing.
    const slowing = new RandomWalk(true, decay, phi);
    const undamped = new RandomWalk(true, decay);
    // Slope 1, then 3: growth speeding up keeps its whole drift.
    const speeding = new RandomWalk(true, decay, phi);
    const plainSpeeding = new RandomWalk(true, decay);
    for (let t = 0; t < 120; t++) {
      const down = t < 96 ? 3 * t : 288 + (t - 96);
      const up = t < 96 ? t : 96 + 3 * (t - 96);
      slowing.update(t, down);
      undamped.update(t, down);
      speeding.update(t, up);
      plainSpeeding.update(t, up);
    }
    const last = 288 + 23;
    const drift = undamped.predict(120)!.mean - last;
    // One period ahead (what the prequential scores read): the whole drift, the same predictive.
    expect(slowing.predict(120)).toEqual(undamped.predict(120));
    expect(slowing.predictTotal(1)).toEqual(slowing.predict(120));
    // k periods ahead: 1 + φ + … + φ^(k−1) drifts instead of k, and the drift's variance with them.
    for (const k of [2, 5, 12]) {
      const steps = (1 - phi ** k) / (1 - phi);
      expect(slowing.predict(119 + k)!.mean).toBeCloseTo(last + steps * drift, 9);
      expect(slowing.predict(119 + k)!.variance).toBeLessThan(undamped.predict(119 + k)!.variance);
    }
    // A total of h periods is the sum of their damped levels.
    let sum = 0;
    for (let k = 1; k <= 6; k++) sum += slowing.predict(119 + k)!.mean;
    expect(slowing.predictTotal(6)!.mean).toBeCloseTo(sum, 9);
    // Growth that speeds up is not damped at any horizon.
    for (const k of [1, 5, 12]) expect(speeding.predict(119 + k)).toEqual(plainSpeeding.predict(119 + k));
    expect(speeding.predictTotal(6)).toEqual(plainSpeeding.predictTotal(6));
  });

  it('a discounted drift follows a trend that sped up', () => {
    const recent = new RandomWalk(true, 0.5 ** (1 / 24));
    const whole = new RandomWalk(true);
    for (let t = 0; t < 120; t++) {
      const y = t < 96 ? t : 96 + 3 * (t - 96);
      recent.update(t, y);
      whole.update(t, y);
    }
    const slope = (m: RandomWalk) => m.predict(120)!.mean - 96 - 3 * 23;
    expect(slope(whole)).toBeCloseTo((96 + 3 * 23) / 119, 12);
    // Half-life 24 periods: the last 23 changes (slope 3) weigh about as much as the 96 before (slope 1).
    expect(slope(recent)).toBeGreaterThan(1.9);
    expect(slope(recent)).toBeLessThan(3);
  });

  it('a weekly KPI whose growth sped up a year ago is forecast along the recent slope more than the whole history’s', () => {
    const rng = normalSampler(mulberry32(3));
    const values: number[] = [];
    let y = 1000;
    for (let i = 0; i < 156; i++) {
      y += (i < 104 ? 2 : 6) + 4 * rng();
      values.push(Math.round(y * 100) / 100);
    }
    const last = values[values.length - 1];
    const whole = last + (13 * (last - 1000)) / 156;
    const recent = last + 6 * 13;
    const median = quantile(forecaster(values).distribution(13), 0.5);
    // Whole-history drift: about 16 % of the way from the old slope's path to the recent one's; the recent drift: about a third.
    expect((median - whole) / (recent - whole)).toBeGreaterThan(0.25);
    expect(median).toBeLessThan(recent);
  });

  it('mean-reverting AR(1) pulls forecasts back to the mean', () => {
    const ar = new MeanReverting();
    const rng = normalSampler(mulberry32(1));
    let z = 0;
    for (let t = 0; t < 200; t++) {
      z = 0.5 * z + rng();
      ar.update(t, t === 199 ? 3 : z);
    }
    const near = ar.predict(200)!;
    const far = ar.predict(230)!;
    expect(Math.abs(far.mean)).toBeLessThan(Math.abs(near.mean));
    expect(Math.abs(far.mean)).toBeLessThan(0.3);
    expect(far.variance).toBeGreaterThan(near.variance);
  });

  it('mean and trend models give the textbook prediction intervals', () => {
    const mean = new MeanModel();
    [1, 2, 3].forEach((y, t) => mean.update(t, y));
    expect(mean.predict()).toEqual({ mean: 2, variance: 1 * (1 + 1 / 3), df: 2, sigma2: 1 });
    const trend = new LinearTrend();
    [1, 3, 5, 7.5].forEach((y, t) => trend.update(t, y));
    const p = trend.predict(4)!;
    expect(p.mean).toBeCloseTo(0.9 + 2.15 * 4, 9);
    expect(p.df).toBe(2);
  });

  it('local level with drift tracks a noisy level', () => {
    const llt = new LocalLevel(0.3);
    [100, 103, 101, 106, 108, 107, 112].forEach((y, t) => llt.update(t, y));
    const p = llt.predict(7)!;
    expect(p.mean).toBeGreaterThan(108);
    expect(p.mean).toBeLessThan(116);
    expect(llt.predict(12)!.variance).toBeGreaterThan(p.variance);
  });

  it('Poisson counts give a negative-binomial predictive with the right mean', () => {
    const counts = new PoissonCounts();
    [4, 6, 5, 5].forEach((y, t) => counts.update(t, y));
    const p = counts.predictTotal(10)!;
    expect((p.r * (1 - p.p)) / p.p).toBeCloseTo(((20 + 0.5) / 4) * 10, 9);
    const trend = new PoissonTrend();
    [2, 3, 3, 5, 6, 8, 9, 12, 14, 17].forEach((y, t) => trend.update(t, y));
    const next = trend.predict([10])!;
    expect((next.r * (1 - next.p)) / next.p).toBeGreaterThan(17);
  });
});

describe('Forecaster', () => {
  it('classifies series into rates, counts, positive amounts and real numbers', () => {
    expect(classifySeries([0.2, 0.25, 0.3])).toBe('rate');
    expect(classifySeries([3, 0, 7])).toBe('count');
    expect(classifySeries([1200.5, 1300])).toBe('positive');
    expect(classifySeries([-5, 3.2])).toBe('real');
  });

  it('keeps rate forecasts inside [0, 1], even far ahead and close to the bounds', () => {
    const f = forecaster([0.96, 0.98, 0.97, 0.99, 0.985, 0.97, 0.99, 0.995]);
    const d = f.distribution(52);
    expect(quantile(d, 0.99)).toBeLessThan(1);
    expect(quantile(d, 0.01)).toBeGreaterThan(0);
    expect(probabilityAtLeast(d, 1.01)).toBeCloseTo(0, 12);
    const low = forecaster([0.01, 0.02, 0.0, 0.015, 0.01, 0.02]);
    expect(quantile(low.distribution(10), 0.01)).toBeGreaterThanOrEqual(0);
  });

  it('prefers multiplicative growth (log space) for a compounding series', () => {
    const rng = normalSampler(mulberry32(7));
    const values = [1000];
    for (let i = 1; i < 48; i++) values.push(values[i - 1] * Math.exp(0.06 + 0.02 * rng()));
    const f = forecaster(values, 'month');
    expect(weightOf(f, (_, space) => space === 'log')).toBeGreaterThan(0.8);
  });

  it('prefers the random walk with drift for an MRR-like series', () => {
    const rng = normalSampler(mulberry32(3));
    const values = [50_000];
    for (let i = 1; i < 60; i++) values.push(values[i - 1] + 800 + 1500 * rng());
    const f = forecaster(values, 'month');
    expect(weightOf(f, (name) => name === 'rw' || name.startsWith('llt'))).toBeGreaterThan(0.6);
  });

  it('prefers mean reversion for a close rate', () => {
    const rng = normalSampler(mulberry32(5));
    let z = 0;
    const values: number[] = [];
    for (let i = 0; i < 104; i++) {
      z = 0.4 * z + 0.3 * rng();
      values.push(1 / (1 + Math.exp(-(-1.1 + z))));
    }
    const f = forecaster(values);
    expect(weightOf(f, (name) => name === 'ar' || name === 'mean')).toBeGreaterThan(0.6);
    expect(f.modelWeights().every((w) => w.space === 'logit')).toBe(true);
  });

  it('detects monthly seasonality once there are two years', () => {
    const rng = normalSampler(mulberry32(11));
    const season = [0.3, 0.1, -0.1, -0.2, -0.3, -0.2, 0, 0.1, 0.2, 0.3, 0.1, -0.3];
    const values = Array.from({ length: 36 }, (_, i) => Math.exp(11 + 0.01 * i + season[i % 12] + 0.02 * rng()));
    const f = forecaster(values, 'month');
    expect(weightOf(f, (name) => name.endsWith('+season'))).toBeGreaterThan(0.9);
    // The forecast for a high month is above the one for a low month.
    const high = quantile(f.distribution(9), 0.5); // index 44 → season[8]
    const low = quantile(f.distribution(5), 0.5); // index 40 → season[4]
    expect(high).toBeGreaterThan(low * 1.3);
    expect(
      forecaster(values.slice(0, 20), 'month')
        .modelWeights()
        .some((w) => w.name.endsWith('+season')),
    ).toBe(false);
  });

  it('reads a seasonal pattern that changed from the recent years first (the offsets forget)', () => {
    // 13 years peaking in January and bottoming in July, then 12 years the other way round: averaged
    // alike, the older years outvote the recent ones; forgetting (half-life 16 years) lets the recent ones win.
    const rng = normalSampler(mulberry32(5));
    const old = [0.3, 0.2, 0.1, 0, -0.1, -0.2, -0.3, -0.2, -0.1, 0, 0.1, 0.2];
    const values = Array.from({ length: 300 }, (_, i) => 100 * Math.exp((i < 156 ? old[i % 12] : -old[i % 12]) + 0.01 * rng()));
    const season = estimateSeasonality(
      values.map((_, i) => i),
      values.map(Math.log),
      'month',
    );
    expect(season).not.toBeNull();
    // Equal weights would give ≈ (13 − 12) / 25 × 0.3 = +0.012 for January; recent years weighted, ≈ −0.07.
    expect(season!.offsets[6]).toBeGreaterThan(0.03);
    expect(season!.offsets[0]).toBeLessThan(-0.03);
    // A pattern that never changed is read as it is, whatever the forgetting.
    const steady = estimateSeasonality(
      values.map((_, i) => i),
      values.map((_, i) => old[i % 12]),
      'month',
    );
    steady!.offsets.forEach((o, k) => expect(o).toBeCloseTo(old[k], 10));
    // And the forecaster follows it (its ETS member's seasonal states adapt on their own too).
    const f = forecaster(values, 'month');
    // The history ends in December (index 299): h = 1 is January, h = 7 July.
    expect(quantile(f.distribution(7), 0.5)).toBeGreaterThan(quantile(f.distribution(1), 0.5));
  });

  it('uses count models for Poisson-like totals', () => {
    const uniform = mulberry32(21);
    const poisson = (lambda: number) => {
      let k = 0;
      let p = uniform();
      while (p > Math.exp(-lambda)) {
        k++;
        p *= uniform();
      }
      return k;
    };
    const values = Array.from({ length: 40 }, () => poisson(6.5));
    const f = forecaster(values, 'week', 'total');
    expect(weightOf(f, (name) => name.startsWith('count'))).toBeGreaterThan(0.5);
    const d = f.distribution(10);
    expect(quantile(d, 0.5)).toBeGreaterThan(55);
    expect(quantile(d, 0.5)).toBeLessThan(75);
  });

  it('gives a wide interval, not an error, from three points', () => {
    const f = forecaster([0.24, 0.26, 0.25]);
    const d = f.distribution(1);
    const width = quantile(d, 0.9) - quantile(d, 0.1);
    expect(width).toBeGreaterThan(0.04);
    expect(width).toBeLessThan(0.5);
  });
});
