/**
 * The random walk whose changes are autocorrelated (ARIMA(1,1,0) with drift, `AutoregressiveChanges`; issue 11,
 * fc56): its least-squares fit and closed-form forecasts against a case worked by hand, a one-period total equal to
 * its level to the bit, gaps, and the clamp that makes it the random walk with the whole history's drift.
 */
import { AutoregressiveChanges, RandomWalk } from '../../../src/core/forecast/models';

function fitted(values: readonly number[], index: readonly number[] = values.map((_, i) => i)): AutoregressiveChanges {
  const model = new AutoregressiveChanges();
  values.forEach((z, i) => model.update(index[i], z));
  return model;
}

describe('AutoregressiveChanges (ARIMA(1,1,0) with drift)', () => {
  // Changes 1, 2, 3, 3, 2, 1, 1, 2: mean μ = 15/8; the 7 consecutive pairs centred on μ give
  // Σ(x − μ)² = 311/64 and Σ(x − μ)(y − μ) = 127/64, so φ = 127/311; the residuals' sum of squares over
  // 7 − 2 degrees of freedom σ² = 0.659807…; the last change's excess d_T − μ = 2 − 15/8 = 1/8.
  const z = [0, 1, 3, 6, 9, 11, 12, 13, 15];
  const mu = 15 / 8;
  const phi = 127 / 311;
  const pairs = 7;
  const residuals = [
    [1, 2],
    [2, 3],
    [3, 3],
    [3, 2],
    [2, 1],
    [1, 1],
    [1, 2],
  ].map(([x, y]) => y - mu - phi * (x - mu));
  const sigma2 = residuals.reduce((s, e) => s + e * e, 0) / (pairs - 2);
  const dev = 1 / 8;
  const varMu = sigma2 / ((1 - phi) ** 2 * 8);
  const varPhi = (1 - phi * phi) / pairs + 1 / (pairs * pairs);

  it('forecasts two months ahead as worked by hand', () => {
    const p = fitted(z).predict(10);
    expect(sigma2).toBeCloseTo(0.659807073954984, 12);
    // z_T + 2μ + (d_T − μ)(φ + φ²); shocks weigh ψ_1 = 1 + φ and ψ_0 = 1; μ weighs 2 − φ − φ², φ weighs (d_T − μ)(1 + 2φ).
    expect(p?.mean).toBeCloseTo(15 + 2 * mu + dev * (phi + phi * phi), 12);
    expect(p?.mean).toBeCloseTo(18.821889765407718, 12);
    const variance = sigma2 * (1 + (1 + phi) ** 2) + varMu * (2 - phi - phi * phi) ** 2 + varPhi * (dev * (1 + 2 * phi)) ** 2;
    expect(p?.variance).toBeCloseTo(variance, 12);
    expect(p?.variance).toBeCloseTo(2.4540876019242726, 12);
    expect(p?.df).toBe(pairs - 2);
  });

  it('forecasts the two months’ total as worked by hand', () => {
    const p = fitted(z).predictTotal(2);
    // Month 1's shock weighs ψ_0 + ψ_1 = 2 + φ on the total, month 2's ψ_0 = 1.
    expect(p?.mean).toBeCloseTo(2 * 15 + 3 * mu + dev * (2 * phi + phi * phi), 12);
    const variance = sigma2 * ((2 + phi) ** 2 + 1) + varMu * (3 - 2 * phi - phi * phi) ** 2 + varPhi * (dev * (2 + 2 * phi)) ** 2;
    expect(p?.variance).toBeCloseTo(variance, 12);
    expect(p?.variance).toBeCloseTo(5.4622210801339355, 12);
  });

  it('gives a one-period total exactly its level', () => {
    for (const values of [z, [5, 5.2, 5.1, 5.6, 6.3, 6.9, 7.1, 7.0, 7.4, 8.2]]) {
      const model = fitted(values);
      expect(model.predictTotal(1)).toEqual(model.predict(values.length));
    }
  });

  it('is the random walk with the whole history’s drift before four pairs of consecutive changes', () => {
    // A member that cannot forecast a scored point would lose all its weight in the model average for good.
    const values = [1, 2, 4, 7, 9];
    const rw = new RandomWalk(true);
    values.forEach((v, i) => rw.update(i, v));
    expect(fitted(values).predict(7)).toEqual(rw.predict(7));
    expect(fitted(values).predictTotal(3)).toEqual(rw.predictTotal(3));
    // One more change makes the fourth pair: its own forecast, carrying the last change's excess.
    rw.update(5, 10);
    expect(fitted([...values, 10]).predict(6)?.mean).not.toBeCloseTo(rw.predict(6)?.mean ?? NaN, 6);
  });

  it('pairs no change across a gap, and carries no excess from a step over one', () => {
    // The same changes with month 4 missing: the step over the gap (two months) counts in μ, not in the pairs.
    const gapped = fitted([0, 1, 3, 9, 11, 12, 13, 15, 16, 18], [0, 1, 2, 4, 5, 6, 7, 8, 9, 10]);
    const last = fitted([0, 1, 3, 6, 9, 11, 12, 13, 15, 16, 19], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    const lastMu = 19 / 11;
    const p = last.predict(12);
    // The last step spans two months: no last one-month change to carry on, so the forecast is z_T + μ.
    expect(p?.mean).toBeCloseTo(19 + lastMu, 12);
    expect(gapped.predict(11)).not.toBeNull();
  });

  it('is the random walk with the whole history’s drift when the changes alternate (φ clamped at 0)', () => {
    const values = [10, 12, 11, 13, 12, 14, 13, 15, 14, 16];
    const ari = fitted(values);
    const rw = new RandomWalk(true);
    values.forEach((v, i) => rw.update(i, v));
    for (const h of [1, 3, 12]) expect(ari.predict(values.length - 1 + h)?.mean).toBeCloseTo(rw.predict(values.length - 1 + h)?.mean ?? NaN, 12);
  });

  it('follows a persistent change that a random walk averages away', () => {
    // A crawl that sped up: the changes went from 1 to 3 and stay there for a while.
    const values = [0];
    for (let i = 1; i < 40; i++) values.push(values[i - 1] + (i < 30 ? 1 : 3) + (i % 2 ? 0.2 : -0.2));
    const ari = fitted(values);
    const rw = new RandomWalk(true);
    values.forEach((v, i) => rw.update(i, v));
    const last = values[values.length - 1];
    const ariStep = (ari.predict(values.length)?.mean ?? NaN) - last;
    const rwStep = (rw.predict(values.length)?.mean ?? NaN) - last;
    expect(ariStep).toBeGreaterThan(rwStep + 0.5);
  });
});
