import { incompleteBeta, logGamma, mulberry32, negBinomialCdf, normalCdf, studentTCdf } from '../../../src/core/forecast/stats';

describe('numerical toolkit', () => {
  it('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });

  it('incomplete beta has the closed forms it should', () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
    expect(incompleteBeta(0.3, 1, 3)).toBeCloseTo(1 - 0.7 ** 3, 12);
  });

  it('Student-t and normal CDFs match tables', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(studentTCdf(0, 3)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12); // Cauchy
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(-12.706, 1)).toBeCloseTo(0.025, 4);
  });

  it('negative binomial CDF sums its pmf', () => {
    const r = 3.5;
    const p = 0.4;
    let sum = 0;
    for (let k = 0; k <= 6; k++) sum += Math.exp(logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * Math.log(p) + k * Math.log(1 - p));
    expect(negBinomialCdf(6, r, p)).toBeCloseTo(sum, 12);
    expect(negBinomialCdf(-1, r, p)).toBe(0);
  });

  it('the seeded generator is reproducible', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
