/**
 * The Theta method (src/core/forecast/theta.ts) against R's forecast::thetaf (forecast 8.20) on real series of
 * the backtest: R's figures cached in test/fixtures/series/reference-thetaf.json by
 * src/local/eval/reference/thetaf-reference.R (CI needs no R).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitTheta, multiplicativeIndices, thetaMean, thetaSeasonal, thetaTotal, thetaVariance } from '../../../src/core/forecast/theta';

interface Reference {
  name: string;
  frequency: number;
  n: number;
  seasonal: boolean;
  alpha: number;
  drift: number;
  sigma2: number;
  mean: number[];
  se: number[];
}

const fixtures = join(__dirname, '../../fixtures/series');
const series: Array<{ name: string; values: number[] }> = JSON.parse(readFileSync(join(fixtures, 'real-series.json'), 'utf8'));
const references: Reference[] = JSON.parse(readFileSync(join(fixtures, 'reference-thetaf.json'), 'utf8'));

describe('fitTheta against forecast::thetaf', () => {
  it('covers yearly, quarterly, monthly and weekly series, seasonal and not', () => {
    expect(references.map((r) => r.frequency).sort((a, b) => a - b)).toEqual([1, 1, 4, 4, 4, 12, 12, 52]);
    expect(references.some((r) => r.seasonal)).toBe(true);
    expect(references.some((r) => !r.seasonal)).toBe(true);
  });

  for (const r of references) {
    it(`${r.name} (m = ${r.frequency}, n = ${r.n}): same season test, drift, α, forecasts and standard errors`, () => {
      const values = series.find((s) => s.name === r.name)!.values;
      expect(values.length).toBe(r.n);
      const fit = fitTheta(values, r.frequency)!;
      expect(fit).not.toBeNull();
      expect(fit.season !== null).toBe(r.seasonal);
      expect(thetaSeasonal(values, r.frequency)).toBe(r.seasonal);
      expect(fit.drift).toBeCloseTo(r.drift, 8);
      // R's optimizer (Nelder–Mead on α and ℓ₀) and ours (ℓ₀ in closed form, α by grid and golden section)
      // stop a little apart where the squared errors are flat in α.
      expect(Math.abs(fit.alpha - r.alpha)).toBeLessThan(5e-4);
      r.mean.forEach((mean, k) => {
        expect(Math.abs(thetaMean(fit, k + 1) - mean)).toBeLessThan(1e-3 * r.se[k]);
        expect(Math.sqrt(thetaVariance(fit, k + 1)) / r.se[k]).toBeCloseTo(1, 3);
      });
    });
  }
});

describe('Theta pieces', () => {
  it('decomposes a multiplicative season into indices of mean 1 (R’s decompose)', () => {
    const pattern = [0.8, 1.1, 1.3, 0.8];
    const x = Array.from({ length: 24 }, (_, t) => (100 + 2 * t) * pattern[t % 4]);
    const indices = multiplicativeIndices(x, 4)!;
    expect(indices.reduce((s, v) => s + v, 0) / 4).toBeCloseTo(1, 12);
    indices.forEach((s, j) => expect(s).toBeCloseTo(pattern[j], 2));
  });

  it('forecasts a straight line with half its slope beyond the level (Hyndman & Billah’s drift)', () => {
    const x = Array.from({ length: 30 }, (_, t) => 10 + 0.5 * t + (t % 2 ? 0.01 : -0.01));
    const fit = fitTheta(x)!;
    expect(fit.drift).toBeCloseTo(0.25, 3);
    expect(thetaMean(fit, 3) - thetaMean(fit, 2)).toBeCloseTo(0.25, 3);
  });

  it('adds up a total’s forecasts, with a variance above the sum of the periods’ (errors carried by the level)', () => {
    const x = [5, 7, 6, 9, 8, 10, 12, 11, 13, 12, 15, 14];
    const fit = fitTheta(x)!;
    const total = thetaTotal(fit, 4);
    let mean = 0;
    let variances = 0;
    for (let k = 1; k <= 4; k++) {
      mean += thetaMean(fit, k);
      variances += thetaVariance(fit, k);
    }
    expect(total.mean).toBeCloseTo(mean, 10);
    expect(total.variance).toBeGreaterThan(variances);
  });

  it('gives nothing on too short or broken histories, no season on a constant one', () => {
    expect(fitTheta([1, 2, 3])).toBeNull();
    expect(fitTheta([1, 2, Number.NaN, 4, 5])).toBeNull();
    const flat = fitTheta(Array.from({ length: 30 }, () => 7), 4)!;
    expect(flat.season).toBeNull();
    expect(thetaMean(flat, 5)).toBeCloseTo(7, 9);
  });
});
