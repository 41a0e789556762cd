/**
 * The exponential-smoothing model against R's forecast::ets (forecast 8.x, default settings) on real
 * series of the backtest fixture (test/fixtures/series/real-series.json), at the backtest's latest
 * origin: the same form selected and the same AICc (R's figures recorded with
 * `ets(ts(y, frequency = f))`, printed as fit$method and fit$aicc). Plus the closed-form variances.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ets } from '../../../src/core/forecast/ets';

interface RealSeries {
  name: string;
  period: string;
  values: number[];
}

const series = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/series/real-series.json'), 'utf8')) as RealSeries[];
/** Longest backtest horizon per period: the latest origin leaves it after the training points. */
const LONGEST: Record<string, number> = { week: 26, year: 5 };

function fitted(name: string): Ets {
  const s = series.find((x) => x.name === name);
  if (!s) throw new Error(`no series ${name}`);
  const training = s.values.slice(0, s.values.length - LONGEST[s.period]);
  const ets = new Ets(training.every((v) => v > 0));
  training.forEach((v, i) => ets.update(i, v));
  ets.aicc(); // fits
  return ets;
}

describe('ETS', () => {
  it.each([
    ['EuStockMarkets.SMI.weekly', 'ets(M,A,N)', 4647.1],
    ['gold.weekly', 'ets(M,N,N)', 1798.9],
    ['DJFranses', 'ets(A,N,N)', 4596.8],
    ['ChinaIncome.commerce', 'ets(M,A,N)', 308.1],
    ['USGasG.price', 'ets(M,A,N)', 17.2],
    ['NelPlo.vel', 'ets(A,N,N)', -75.9],
    ['NelPlo.money.stock', 'ets(A,Ad,N)', -129.9],
  ] as const)('selects what forecast::ets selects on %s, with its AICc', (name, form, aicc) => {
    const ets = fitted(name);
    const value = ets.aicc();
    expect(ets.name).toBe(form);
    // Our optimizer may find a slightly better optimum than R's; never a clearly worse one.
    expect(value).not.toBeNull();
    expect(value!).toBeLessThan(aicc + 0.5);
    expect(value!).toBeGreaterThan(aicc - 2);
  });

  it('gives the class 1 variances: σ²(1 + (h − 1)α²) for a level, the one-period total equal to the level', () => {
    const ets = fitted('DJFranses');
    const one = ets.predict(ets.count())!;
    expect(ets.predictTotal(1)).toEqual(one);
    const state = (ets as unknown as { fitted: { alpha: number; sigma2: number } }).fitted;
    for (const h of [2, 5, 13]) {
      const p = ets.predict(ets.count() - 1 + h)!;
      expect(p.mean).toBeCloseTo(one.mean, 9);
      expect(p.variance / (state.sigma2 * (1 + (h - 1) * state.alpha ** 2))).toBeCloseTo(1, 12);
      // The total of h periods: Σ_i (1 + (h − i)α)² one-period variances.
      let sum = 0;
      for (let i = 1; i <= h; i++) sum += (1 + (h - i) * state.alpha) ** 2;
      expect(ets.predictTotal(h)!.variance / (state.sigma2 * sum)).toBeCloseTo(1, 12);
    }
  });

  it('gives the class 2 variances: ETS(M,N,N) ℓ²((1 + σ²)(1 + α²σ²)^(h−1) − 1) (Hyndman et al. 2008, §6.3)', () => {
    const ets = fitted('gold.weekly');
    expect(ets.name).toBe('ets(M,N,N)');
    const state = (ets as unknown as { fitted: { alpha: number; sigma2: number; l: number } }).fitted;
    for (const h of [1, 2, 5, 26]) {
      const p = ets.predict(ets.count() - 1 + h)!;
      const exact = state.l ** 2 * ((1 + state.sigma2) * (1 + state.alpha ** 2 * state.sigma2) ** (h - 1) - 1);
      expect(p.mean).toBeCloseTo(state.l, 9);
      expect(p.variance / exact).toBeCloseTo(1, 10);
    }
  });

  it('fits nothing rather than something absurd on a constant or too short history', () => {
    const constant = new Ets(true);
    for (let i = 0; i < 60; i++) constant.update(i, 42);
    expect(constant.aicc()).toBeNull();
    expect(constant.predict(61)).toBeNull();
    const short = new Ets(true);
    for (let i = 0; i < 6; i++) short.update(i, 10 + i);
    expect(short.aicc()).toBeNull();
  });

  it('is unchanged, in proportion, when the data are rescaled', () => {
    const a = fitted('gold.weekly');
    const s = series.find((x) => x.name === 'gold.weekly')!;
    const b = new Ets(true);
    s.values.slice(0, s.values.length - 26).forEach((v, i) => b.update(i, v * 1000));
    b.aicc();
    expect(b.name).toBe(a.name);
    expect(b.predict(a.count() + 4)!.mean / (1000 * a.predict(a.count() + 4)!.mean)).toBeCloseTo(1, 6);
  });
});

describe('ETS one-step error shape (Student-t fitted to the residuals)', () => {
  /** A seeded local level with the given noise (deterministic: a linear congruential generator). */
  function localLevel(noise: (u: () => number) => number, n = 300): Ets {
    let seed = 12345;
    const u = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed + 0.5) / 4294967296;
    };
    const ets = new Ets(false);
    let level = 100;
    for (let i = 0; i < n; i++) {
      level += 0.3 * noise(u);
      ets.update(i, level + noise(u));
    }
    return ets;
  }
  const gaussian = (u: () => number) => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  /** Student-t with 3 degrees of freedom: a Gaussian over √(χ²₃/3). */
  const heavy = (u: () => number) => {
    let chi = 0;
    for (let k = 0; k < 3; k++) chi += gaussian(u) ** 2;
    return gaussian(u) / Math.sqrt(chi / 3);
  };

  it('is (close to) Gaussian for Gaussian errors: many degrees of freedom, the scale of σ', () => {
    const shape = localLevel(gaussian).errorShape();
    expect(shape).not.toBeNull();
    expect(shape?.df).toBeGreaterThanOrEqual(20);
    expect(shape?.scaleRatio).toBeGreaterThan(0.85);
    expect(shape?.scaleRatio).toBeLessThanOrEqual(1.05);
  });

  it('has heavy tails and a narrower centre for heavy-tailed errors', () => {
    const shape = localLevel(heavy).errorShape();
    expect(shape?.df).toBeLessThanOrEqual(6);
    // …but not below 5, the first whose kurtosis is finite (ERROR_DF: `grownShape` matches it over the horizon).
    expect(shape?.df).toBeGreaterThanOrEqual(5);
    // A t₅'s scale² is 3/5 of its variance (a t₃'s a third): well below σ̂².
    expect(shape?.scaleRatio).toBeLessThan(0.7);
  });

  it('never claims more degrees of freedom than the sample has (n − parameters)', () => {
    const ets = localLevel(gaussian, 20);
    const shape = ets.errorShape();
    const p = ets.predict(20);
    expect(shape && p).toBeTruthy();
    expect(shape?.df).toBeLessThanOrEqual(p?.df ?? 0);
  });
});

describe('ETS linear-trend forecasts, lightly damped (TREND_FORECAST_DAMPING)', () => {
  /** A steady linear trend (+3 a period) with seeded noise: ETS selects a linear trend on it. */
  function trending(): Ets {
    let seed = 4242;
    const u = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed + 0.5) / 4294967296 - 0.5;
    };
    const ets = new Ets(false);
    for (let i = 0; i < 80; i++) ets.update(i, 200 + 3 * i + 4 * u());
    ets.aicc();
    return ets;
  }

  it('extrapolates the fitted slope with φ = 0.95 per period (inside ets’s 0.8–0.98), fitted as ets fits it', () => {
    const ets = trending();
    expect(ets.name).toBe('ets(A,A,N)');
    const state = (ets as unknown as { fitted: { l: number; b: number; phi: number } }).fitted;
    // The fit is forecast::ets's undamped one (φ = 1 in the state equations: its likelihood and AICc).
    expect(state.phi).toBe(1);
    expect(state.b).toBeGreaterThan(2.5);
    for (const h of [1, 4, 20, 60]) {
      const damped = (0.95 * (1 - 0.95 ** h)) / (1 - 0.95);
      const p = ets.predict(ets.count() - 1 + h)!;
      expect(p.mean).toBeCloseTo(state.l + damped * state.b, 9);
      // Below the straight line beyond the first period (20 periods ahead: 12.2 slopes, not 20) …
      if (h > 1) expect(p.mean).toBeLessThan(state.l + h * state.b - 0.01);
    }
    // … still rising with the horizon, and the one-period total is that period's level.
    expect(ets.predict(ets.count() + 59)!.mean).toBeGreaterThan(ets.predict(ets.count() + 19)!.mean);
    expect(ets.predictTotal(1)).toEqual(ets.predict(ets.count()));
  });
});

describe('ETS spread calibrated on the series’ own h-step errors (horizonSpread)', () => {
  /** n points of an AR(1) process around 100 with coefficient `phi` (phi = 1: a random walk), seeded Gaussian noise. */
  function ar1(phi: number, n = 240, seed = 777): Ets {
    let state = seed;
    const u = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const gaussian = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    const ets = new Ets(false);
    let x = 0;
    for (let i = 0; i < n; i++) {
      x = phi * x + gaussian();
      ets.update(i, 100 + x);
    }
    ets.aicc();
    return ets;
  }

  it('is 1 one step ahead, for a level and its one-period total alike', () => {
    const ets = ar1(0.9);
    expect(ets.horizonSpread(1, false)).toBe(1);
    expect(ets.horizonSpread(1, true)).toBe(1);
  });

  it('stays near 1 where the model is right (a random walk: h-step errors grow as the closed form says)', () => {
    const ets = ar1(1);
    for (const h of [3, 12]) {
      expect(ets.horizonSpread(h, false)).toBeGreaterThan(0.7);
      expect(ets.horizonSpread(h, false)).toBeLessThan(1.4);
    }
  });

  it('narrows far horizons where the series reverts (an AR(1) read as a local level: its errors stop growing)', () => {
    const ets = ar1(0.8);
    // A local level's variance grows with h; the series' own 24-step errors do not: much narrower than the closed form.
    expect(ets.horizonSpread(24, false)).toBeLessThan(0.8);
    expect(ets.horizonSpread(24, true)).toBeLessThan(0.9);
    expect(ets.horizonSpread(24, false)).toBeLessThan(ets.horizonSpread(3, false));
  });

  it('is measured at the longest horizon the history holds enough windows for, and not at all with gaps', () => {
    const ets = ar1(0.8, 120);
    // 120 points, 10 burned in: at most (110 − h) / h ≥ 4 windows, h ≤ 22.
    expect(ets.horizonSpread(200, false)).toBe(ets.horizonSpread(22, false));
    const gappy = new Ets(false);
    const walk = ar1(1);
    for (let i = 0; i < 120; i++) gappy.update(i < 60 ? i : i + 1, (walk.predict(0)?.mean ?? 100) + Math.sin(i));
    gappy.aicc();
    expect(gappy.horizonSpread(6, false)).toBe(1);
  });
});
