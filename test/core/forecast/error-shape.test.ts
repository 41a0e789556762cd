/**
 * The shape of the forecast errors on long histories (where the forecaster combines the model average
 * with an ETS member): every component carries the Student-t shape of its own one-step errors — the
 * ETS member's fitted to its residuals, the model average's components to their prequential
 * (out-of-sample) residuals — so Gaussian noise gives near-Gaussian forecasts and heavy-tailed noise
 * heavy tails with a narrower centre. Short histories keep the model average's capped shape (6 df).
 */
import { Forecaster, quantile, type Distribution } from '../../../src/core/forecast';
import { studentErrors } from '../../../src/core/forecast/ets';
import { assess } from '../../../src/core/achievability';

/** A seeded random walk with drift, quarterly, with the given noise (deterministic: a linear congruential generator). */
function walk(n: number, noise: (u: () => number) => number): number[] {
  let seed = 987654321;
  const u = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed + 0.5) / 4294967296;
  };
  const values: number[] = [];
  let level = 1000;
  for (let i = 0; i < n; i++) {
    level += 2 + 10 * noise(u);
    values.push(level);
  }
  return values;
}
const gaussian = (u: () => number) => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
/** Student-t with 3 degrees of freedom, scaled to unit variance. */
const heavy = (u: () => number) => {
  let chi = 0;
  for (let k = 0; k < 3; k++) chi += gaussian(u) ** 2;
  return gaussian(u) / Math.sqrt(chi / 3) / Math.sqrt(3);
};

function forecast(values: number[], aggregation: 'level' | 'total' = 'level'): Forecaster {
  return new Forecaster({ period: 'quarter', index: values.map((_, i) => i), value: values, lastDate: '2020-01-01', businessDays: false }, aggregation);
}

/** Weighted mean degrees of freedom of the Student-t components. */
function meanDf(d: Distribution): number {
  let w = 0;
  let s = 0;
  for (const c of d.components) {
    if (c.kind !== 'student') continue;
    w += c.weight;
    s += c.weight * Math.min(c.df, 100);
  }
  return s / w;
}

describe('forecast error shape', () => {
  it('keeps at least half the residuals’ variance when most residuals are zero and a few are large', () => {
    const residuals = new Float64Array(72);
    residuals[20] = 40;
    residuals[44] = 40;
    residuals[68] = 40;
    for (let i = 0; i < 72; i++) if (residuals[i] === 0) residuals[i] = ((i % 5) - 2) * 1e-6;
    const meanSquare = residuals.reduce((sum, r) => sum + r * r, 0) / residuals.length;
    const { df, scaleRatio } = studentErrors(residuals, meanSquare, 60);
    expect((scaleRatio * df) / (df - 2)).toBeGreaterThanOrEqual(0.5 - 1e-12);
  });

  it('gives a step-like monthly series (flat years, three jumps of +40) a range as wide as its jumps', () => {
    // Six years of a value that only moves by steps: 1000.5, then 1040.5, 1080.5, 1120.5.
    const history = Array.from({ length: 72 }, (_, i) => ({
      date: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      value: 1000.5 + 40 * Math.min(3, Math.floor(i / 18)),
    }));
    const result = assess({ history, target: 1130, deadline: '2027-06-30', today: '2026-11-26', aggregation: 'level' }, 'en');
    // The range was 1122.62–1122.95 (a point) and 1130 "3 %": another step of 40 is what the history shows.
    expect(result.forecast).not.toBeNull();
    expect((result.forecast?.high ?? 0) - (result.forecast?.low ?? 0)).toBeGreaterThan(20);
    expect(result.probability ?? 0).toBeGreaterThan(0.1);
  });

  it('is near-Gaussian for Gaussian noise on a long history, with the ETS member in the combination', () => {
    const d = forecast(walk(160, gaussian)).distribution(1);
    expect(d.components.some((c) => c.name.startsWith('ets'))).toBe(true);
    expect(meanDf(d)).toBeGreaterThanOrEqual(15);
    // The model average's components too, beyond the cap of 6 they get on short histories.
    const average = d.components.filter((c) => c.kind === 'student' && !c.name.startsWith('ets'));
    expect(average.length).toBeGreaterThan(0);
    for (const c of average) if (c.kind === 'student') expect(c.df).toBeGreaterThan(6);
  });

  it('has heavy tails and a narrower centre for heavy-tailed noise of the same variance', () => {
    const light = forecast(walk(160, gaussian)).distribution(1);
    const fat = forecast(walk(160, heavy)).distribution(1);
    expect(meanDf(fat)).toBeLessThanOrEqual(6);
    const width = (d: Distribution, a: number, b: number) => quantile(d, b) - quantile(d, a);
    // The central half narrower relative to the 98 % range than under Gaussian noise.
    expect(width(fat, 0.25, 0.75) / width(fat, 0.01, 0.99)).toBeLessThan(width(light, 0.25, 0.75) / width(light, 0.01, 0.99));
  });

  it('keeps the capped shape (6 degrees of freedom at most) on a history too short for ETS (30 quarters: under MIN_QUARTERLY_ETS_POINTS)', () => {
    const d = forecast(walk(30, gaussian)).distribution(1);
    expect(d.components.some((c) => c.name.startsWith('ets'))).toBe(false);
    for (const c of d.components) if (c.kind === 'student') expect(c.df).toBeLessThanOrEqual(6);
  });

  it('gives the one-period total the level’s distribution', () => {
    const values = walk(160, heavy);
    const level = forecast(values, 'level').distribution(1);
    const total = forecast(values, 'total').distribution(1);
    for (const q of [0.05, 0.25, 0.5, 0.75, 0.95]) expect(quantile(total, q)).toBeCloseTo(quantile(level, q), 9);
  });

  it('takes the scale from the weighted residuals and the degrees of freedom from all of them', () => {
    // Large residuals first, small ones last (heavy-tailed both: every 7th residual is 5 times the others).
    const residuals = Float64Array.from({ length: 120 }, (_, i) => (i < 60 ? 10 : 1) * (i % 7 === 0 ? 5 : 1) * (i % 2 ? 1 : -1));
    const meanSquare = residuals.reduce((sum, r) => sum + r * r, 0) / residuals.length;
    const plain = studentErrors(residuals, meanSquare, 60);
    const even = studentErrors(residuals, meanSquare, 60, new Float64Array(120).fill(0.3));
    expect(even.df).toBe(plain.df);
    expect(even.scaleRatio).toBeCloseTo(plain.scaleRatio, 12);
    const recent = studentErrors(residuals, meanSquare, 60, Float64Array.from({ length: 120 }, (_, i) => 0.5 ** ((119 - i) / 20)));
    expect(recent.df).toBe(plain.df);
    expect(recent.scaleRatio).toBeLessThan(plain.scaleRatio / 4);
  });

  it('reads the one-step range from the recent years: a KPI calm lately gets a narrow range, one volatile lately a wide one', () => {
    // 160 quarters, the noise sd changing after the 100th (same draws): the 80 % range one step ahead.
    const shifted = (first: number, second: number): number => {
      let seed = 12345;
      const u = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed + 0.5) / 4294967296;
      };
      const values: number[] = [];
      let level = 1000;
      for (let i = 0; i < 160; i++) {
        level += 2 + (i < 100 ? first : second) * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
        values.push(level);
      }
      const d = forecast(values).distribution(1);
      return quantile(d, 0.9) - quantile(d, 0.1);
    };
    // With every residual counted alike both read about 50 (50.7 and 45.9): the old years' noise set the range.
    const calmLately = shifted(30, 5);
    const volatileLately = shifted(5, 30);
    expect(calmLately).toBeLessThan(volatileLately / 3);
    expect(calmLately).toBeLessThan(1.5 * shifted(5, 5));
  });

  it('grows less heavy-tailed with the horizon (sums of one-step errors), never narrower in the centre', () => {
    const f = forecast(walk(160, heavy));
    const near = f.distribution(1);
    const far = f.distribution(12);
    expect(meanDf(far)).toBeGreaterThan(meanDf(near));
    // A random walk's spread grows like √h at least: the central half twelve quarters out is more than 3 times one step's (√12 ≈ 3.5).
    const half = (d: Distribution) => quantile(d, 0.75) - quantile(d, 0.25);
    expect(half(far)).toBeGreaterThan(3 * half(near));
  });
});
