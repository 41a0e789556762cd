/**
 * The fast numerical kernels give the answers of the general ones they replace on their domain (speed
 * only: `npm run bench -- horizon`). Tolerances: the closed-form Student-t CDF agrees with the incomplete
 * beta to ~1e-13 (the incomplete beta's own error: it is flat at exactly ½ for |t| below ~2e-8·√ν, where
 * ν/(ν + t²) rounds to 1, and off by up to ~2e-13 near 0; the closed form matches the exact df 1 and 2 CDFs
 * to rounding).
 */
import { cdf, quantile, studentTQuantile, type Component, type Distribution, type Space } from '../../../src/core/forecast/distribution';
import { LinearTrend, LocalLevel, MeanModel, MeanReverting, RandomWalk, type GaussianModel } from '../../../src/core/forecast/models';
import { mulberry32, normalSampler, studentTCdf, studentTCdfByBeta } from '../../../src/core/forecast/stats';

function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to; i++) out.push(from + i * step);
  return out;
}

describe('closed-form Student-t CDF for whole degrees of freedom', () => {
  const ts = grid(-60, 60, 0.0537);

  it('matches the exact CDFs of 1 (Cauchy) and 2 degrees of freedom to rounding', () => {
    let worst = 0;
    for (const t of ts) {
      worst = Math.max(worst, Math.abs(studentTCdf(t, 1) - (0.5 + Math.atan(t) / Math.PI)));
      worst = Math.max(worst, Math.abs(studentTCdf(t, 2) - (0.5 + t / (2 * Math.sqrt(2 + t * t)))));
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('agrees with the incomplete beta for 1 to 100 degrees of freedom, tails to relative precision', () => {
    let worstAbsolute = 0;
    let worstTail = 0;
    for (let df = 1; df <= 100; df++) {
      for (const t of ts) {
        const fast = studentTCdf(t, df);
        const general = studentTCdfByBeta(t, df);
        worstAbsolute = Math.max(worstAbsolute, Math.abs(fast - general));
        const tail = Math.min(general, 1 - general);
        if (tail > 0) worstTail = Math.max(worstTail, Math.abs(Math.min(fast, 1 - fast) - tail) / tail);
      }
    }
    expect(worstAbsolute).toBeLessThan(5e-13);
    expect(worstTail).toBeLessThan(1e-11);
  });

  it('is symmetric, monotone and exact at 0 and ±∞', () => {
    for (const df of [1, 2, 3, 5, 6, 7, 30, 99]) {
      expect(studentTCdf(0, df)).toBe(0.5);
      expect(studentTCdf(Infinity, df)).toBe(1);
      expect(studentTCdf(-Infinity, df)).toBe(0);
      let previous = 0;
      let decreases = 0;
      let asymmetry = 0;
      for (const t of ts) {
        const p = studentTCdf(t, df);
        if (p < previous) decreases++;
        asymmetry = Math.max(asymmetry, Math.abs(p + studentTCdf(-t, df) - 1));
        previous = p;
      }
      expect(decreases).toBe(0);
      expect(asymmetry).toBeLessThan(1e-15);
    }
  });

  it('keeps fractional degrees of freedom on the incomplete beta', () => {
    for (const df of [0.5, 2.5, 3.5, 6.25]) expect(ts.map((t) => studentTCdf(t, df))).toEqual(ts.map((t) => studentTCdfByBeta(t, df)));
  });
});

describe('mixture quantiles', () => {
  /** Plain bisection on the mixture CDF (asinh scale, run until the bracket cannot shrink): the reference. */
  function referenceQuantile(dist: Distribution, q: number): number {
    let lo = -1;
    let hi = 1;
    while (cdf(dist, lo) > q) lo *= 2;
    while (cdf(dist, hi) < q) hi *= 2;
    for (let i = 0; i < 5000; i++) {
      const narrow = hi - lo <= Math.max(Math.abs(lo), Math.abs(hi));
      let mid = narrow ? lo / 2 + hi / 2 : Math.sinh((Math.asinh(lo) + Math.asinh(hi)) / 2);
      if (!(mid > lo && mid < hi)) mid = lo / 2 + hi / 2;
      if (!(mid > lo && mid < hi)) break;
      if (cdf(dist, mid) < q) lo = mid;
      else hi = mid;
    }
    return lo / 2 + hi / 2;
  }

  function randomMixture(seed: number, wholeDf: boolean): Distribution {
    const u = mulberry32(seed);
    const spaces: Space[] = ['level', 'log', 'logit'];
    const count = 1 + Math.floor(u() * 4);
    const components: Component[] = [];
    for (let i = 0; i < count; i++) {
      const space = spaces[Math.floor(u() * 3)];
      const mean = space === 'level' ? (u() - 0.3) * 10 ** Math.floor(u() * 7) : space === 'log' ? u() * 15 - 3 : u() * 6 - 3;
      const scale = (space === 'level' ? Math.abs(mean) + 1 : 1) * 10 ** (u() * 3 - 2);
      const df = u() < 0.6 ? 6 : wholeDf ? [1, 2, 3, 4, 5, 30][Math.floor(u() * 6)] : [1.5, 2.5, 4.5, 6.5][Math.floor(u() * 4)];
      components.push({ weight: 0.05 + u(), kind: 'student', space, mean, scale, df, name: `c${i}` });
    }
    const total = components.reduce((s, c) => s + c.weight, 0);
    for (const c of components) c.weight /= total;
    return { components };
  }

  it('equal the reference to the search tolerance (relative 1e-10) on random Student-t mixtures', () => {
    let worst = 0;
    let where = '';
    for (let seed = 1; seed <= 300; seed++) {
      const dist = randomMixture(seed, true);
      for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
        const fast = quantile(dist, q);
        const reference = referenceQuantile(dist, q);
        const error = Math.abs(fast - reference) / Math.max(Math.abs(reference), 1e-300);
        if (error > worst) {
          worst = error;
          where = `seed ${seed}, q ${q}: ${fast} vs ${reference}`;
        }
      }
    }
    expect(`${worst < 2e-10 ? 'ok' : 'too far'} (${where})`).toMatch(/^ok/);
  });

  it('equal the reference on mixtures with fractional degrees of freedom, or solve the CDF at least as well', () => {
    // The incomplete beta's CDF is off by up to ~|t| for |t| below ~3e-8 (ν/(ν + t²) rounds to 1 there): a
    // reference bisection on it can land anywhere in that zone (a median at a component's centre), where
    // the search starting from the components' exact quantiles lands on the centre itself.
    const misses: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const dist = randomMixture(seed, false);
      for (const q of [0.01, 0.1, 0.5, 0.9, 0.99]) {
        const fast = quantile(dist, q);
        const reference = referenceQuantile(dist, q);
        const close = Math.abs(fast - reference) <= 2e-10 * Math.max(Math.abs(reference), 1e-300);
        if (!close && Math.abs(cdf(dist, fast) - q) > Math.abs(cdf(dist, reference) - q)) misses.push(`seed ${seed}, q ${q}: ${fast} vs ${reference}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('one Student-t component: the exact scaled quantile; count mixtures keep the general search', () => {
    const one: Distribution = { components: [{ weight: 1, kind: 'student', space: 'level', mean: 1234.5, scale: 56.7, df: 6, name: 'rw' }] };
    expect(quantile(one, 0.5)).toBe(1234.5);
    expect(Math.abs(quantile(one, 0.9) - (1234.5 + 56.7 * studentTQuantile(0.9, 6)))).toBeLessThan(1e-10 * 1234.5);
    const counts: Distribution = {
      components: [
        { weight: 0.6, kind: 'negbin', r: 20.5, p: 0.5, name: 'count' },
        { weight: 0.4, kind: 'student', space: 'level', mean: 22, scale: 5, df: 6, name: 'rw' },
      ],
    };
    for (const q of [0.1, 0.5, 0.9]) expect(Math.abs(quantile(counts, q) - referenceQuantile(counts, q))).toBeLessThan(1e-9 * referenceQuantile(counts, q));
  });

  it('standard Student-t quantiles invert the CDF', () => {
    for (const df of [1, 1.5, 2, 3, 6, 30])
      for (const q of [0.001, 0.1, 0.5, 0.9, 0.999]) {
        const t = studentTQuantile(q, df);
        expect(Math.abs(studentTCdf(t, df) - q)).toBeLessThan(1e-14);
        expect(studentTQuantile(1 - q, df)).toBeCloseTo(-t, 10);
      }
  });
});

describe('allocation-free predictives', () => {
  it('predictInto gives exactly what predict gives, for every model, at every step', () => {
    const models: GaussianModel[] = [
      new RandomWalk(true),
      new RandomWalk(false),
      new MeanModel(),
      new MeanReverting(),
      new LinearTrend(),
      new LocalLevel(0.3),
      new LocalLevel(1, 0.1),
    ];
    const normal = normalSampler(mulberry32(7));
    let z = 100;
    const out = { mean: NaN, variance: NaN, df: NaN, sigma2: NaN };
    let compared = 0;
    for (let t = 0; t < 120; t += t % 17 === 16 ? 2 : 1) {
      z += 0.5 + 3 * normal();
      for (const model of models) {
        for (const ahead of [1, 2, 7]) {
          const expected = model.predict(t + ahead);
          const filled = model.predictInto?.(t + ahead, out) ?? false;
          expect(filled).toBe(expected !== null);
          if (expected) {
            expect(out).toEqual(expected);
            compared++;
          }
        }
        model.update(t, z);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
