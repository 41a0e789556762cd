/**
 * Totals over long horizons (a ten-year deadline on a daily KPI: up to 3,650 periods) sum their covariances by
 * a series in O(h) per term instead of pair by pair (h² terms): the same value to rounding.
 */
import { logNormalSumVariance } from '../../../src/core/forecast';
import { separableRateVariance } from '../../../src/core/forecast/models';
import { mulberry32 } from '../../../src/core/forecast/stats';

function pairwiseLogNormal(e: Float64Array, s: Float64Array, rho: number): number {
  let v = 0;
  for (let j = 0; j < e.length; j++) for (let k = 0; k < e.length; k++) v += e[j] * e[k] * Math.expm1((j === k ? 1 : rho) * s[j] * s[k]);
  return v;
}

function pairwiseRate(xs: number[], means: number[], vaa: number, vab: number, vbb: number): number {
  let v = 0;
  for (let j = 0; j < xs.length; j++) for (let k = 0; k < xs.length; k++) v += means[j] * means[k] * Math.expm1(vaa + (xs[j] + xs[k]) * vab + xs[j] * xs[k] * vbb);
  return v;
}

describe('long totals', () => {
  it('sums log-normal covariances by the series exactly as pair by pair', () => {
    const u = mulberry32(7);
    for (const [h, rho, spread] of [
      [300, 0.6, 0.02],
      [700, 0.95, 0.05],
      [1200, 0.3, 0.01],
      [500, 0, 0.1],
      [800, 1, 0.04],
    ] as const) {
      const e = new Float64Array(h);
      const s = new Float64Array(h);
      for (let k = 0; k < h; k++) {
        e[k] = Math.exp(-0.001 * k + 0.1 * u());
        s[k] = spread * Math.sqrt(k + 1) * (1 + 0.1 * u());
      }
      const series = logNormalSumVariance(e, s, rho);
      expect(series).not.toBeNull();
      expect(series! / pairwiseLogNormal(e, s, rho)).toBeCloseTo(1, 10);
    }
  });

  it('sums a Poisson trend’s rate covariances by the series exactly as pair by pair', () => {
    for (const [h, n, level, slope] of [
      [300, 730, 20, 0.0005],
      [1200, 1826, 3, -0.0002],
      [700, 200, 50, 0.001],
    ] as const) {
      // A fitted log-linear rate on n points centred at 0: covariance of (a, b) from the Fisher information.
      const tBar = (n - 1) / 2;
      let h00 = 0;
      let h01 = 0;
      let h11 = 0;
      for (let i = 0; i < n; i++) {
        const x = i - tBar;
        const mu = level * Math.exp(slope * x);
        h00 += mu;
        h01 += mu * x;
        h11 += mu * x * x;
      }
      const det = h00 * h11 - h01 * h01;
      const [vaa, vab, vbb] = [h11 / det, -h01 / det, h00 / det];
      const xs = Array.from({ length: h }, (_, k) => n + k - tBar);
      const means = xs.map((x) => level * Math.exp(slope * x + (vaa + 2 * x * vab + x * x * vbb) / 2));
      const total = means.reduce((a, b) => a + b, 0);
      const series = separableRateVariance(xs, means, vaa, vab, vbb, total);
      expect(series).not.toBeNull();
      expect(series! / pairwiseRate(xs, means, vaa, vab, vbb)).toBeCloseTo(1, 8);
    }
  });
});
