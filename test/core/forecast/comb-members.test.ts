/**
 * The Theta method and ARIMA(p,1,0) (src/core/forecast/models.ts: tried as members of the forecast
 * combination and not kept, see ETS_WEIGHT in src/core/forecast/index.ts), checked against R's forecast
 * package on a small series.
 *
 * Reference numbers from R 4 with forecast (run once, pasted here):
 *   x <- as.numeric(WWWusage)[1:40]
 *   # thetaf's forecast with a given α and ses's "simple" start (thetaf's own code: ses + half the lsfit slope)
 *   a <- 0.7; s <- ses(x, h = 5, alpha = a, initial = "simple"); n <- length(x)
 *   s$mean + lsfit(0:(n - 1), x)$coef[2] / 2 * (0:4 + (1 - (1 - a)^n) / a)
 *   thetaf(x, h = 5)$mean                      # α = 0.9999 (ses's maximum likelihood)
 *   f <- forecast(Arima(x, order = c(3, 1, 0), include.drift = TRUE, method = "CSS"), h = 5); f$mean
 *   f0 <- forecast(Arima(x, order = c(3, 1, 0), include.drift = FALSE, method = "CSS"), h = 5); f0$mean
 *   fit0$sigma2; se0 <- (f0$upper[, "95%"] - f0$mean) / qnorm(0.975); se0^2 / se0[1]^2
 */
import { DiffAr, RandomWalk, Theta, type GaussianModel, type Predictive } from '../../../src/core/forecast/models';

const x = [88, 84, 85, 85, 84, 85, 83, 85, 88, 89, 91, 99, 104, 112, 126, 138, 146, 151, 150, 148, 147, 149, 143, 132, 131, 139, 147, 150, 148, 145, 140, 134, 131, 131, 129, 126, 126, 132, 137, 140];
const last = x.length - 1;

function fitted<M extends GaussianModel>(model: M, values: readonly number[] = x): M {
  values.forEach((v, i) => model.update(i, v));
  return model;
}

function mean(model: GaussianModel, k: number): number {
  const p = model.predict(last + k);
  if (!p) throw new Error('no forecast');
  return p.mean;
}

describe('Theta method (forecast::thetaf)', () => {
  it('forecasts like thetaf with the same smoothing parameter: SES plus half the regression slope', () => {
    const theta = fitted(new Theta([0.7]));
    const r = [139.641697177855, 140.44291669005, 141.244136202245, 142.04535571444, 142.846575226635];
    r.forEach((value, k) => expect(mean(theta, k + 1)).toBeCloseTo(value, 9));
  });

  it('picks the smoothing parameter whose own one-step forecasts err least (here α = 1, as thetaf’s 0.9999)', () => {
    const theta = fitted(new Theta());
    const r = [140.800999589322, 141.602219101517, 142.403438613712, 143.204658125908, 144.005877638103];
    r.forEach((value, k) => expect(mean(theta, k + 1)).toBeCloseTo(value, 2));
    // No other α of the grid does better on those errors: the one-step mean square is σ².
    const one = theta.predict(last + 1) as Predictive;
    for (const alpha of [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9]) {
      const other = fitted(new Theta([alpha])).predict(last + 1) as Predictive;
      expect(other.sigma2).toBeGreaterThan(one.sigma2);
    }
  });

  it('widens like SES, σ²(1 + (k − 1)α²), plus the drift’s own uncertainty', () => {
    // A straight line plus alternating noise: the slope is known well, the level noise is not.
    const line = Array.from({ length: 30 }, (_, i) => 10 + 0.5 * i + (i % 2 ? 1 : -1));
    const theta = fitted(new Theta([0.3]), line);
    const one = theta.predict(30) as Predictive;
    const four = theta.predict(33) as Predictive;
    const ses = 1 + 3 * 0.3 * 0.3;
    expect(four.variance / one.sigma2).toBeGreaterThanOrEqual(ses - 1e-12);
    expect(four.variance / one.sigma2).toBeLessThan(ses + 0.1);
    // The total of the next periods adds up the level forecasts.
    const total = theta.predictTotal(4) as Predictive;
    let sum = 0;
    for (let k = 1; k <= 4; k++) sum += (theta.predict(29 + k) as Predictive).mean;
    expect(total.mean).toBeCloseTo(sum, 9);
    expect(total.variance).toBeGreaterThan(four.variance);
  });

  it('forecasts from its third point on (the forecaster scores every model from the fourth)', () => {
    const theta = new Theta();
    theta.update(0, 5);
    theta.update(1, 6);
    expect(theta.predict(2)).toBeNull();
    theta.update(2, 8);
    expect(theta.predict(3)).not.toBeNull();
  });
});

describe('ARIMA(p,1,0) member (Arima, method = "CSS")', () => {
  it('forecasts like Arima(order = c(3, 1, 0), include.drift = TRUE) by conditional least squares', () => {
    const arima = fitted(new DiffAr(1, { order: 3, drift: true }));
    const r = [142.078335003873, 144.218997061504, 146.515194947395, 148.698679568052, 150.673526396046];
    // R's CSS stops its optimizer a little short of the least-squares minimum: agreement to 0.002.
    r.forEach((value, k) => expect(Math.abs(mean(arima, k + 1) - value)).toBeLessThan(2e-3));
  });

  it('forecasts like Arima without drift, with σ² = SSE / rows and the psi-weights’ variance growth', () => {
    const arima = fitted(new DiffAr(1, { order: 3, drift: false }));
    const r = [141.661458656316, 142.889562594337, 143.974317511388, 144.819393615948, 145.374786489325];
    r.forEach((value, k) => expect(Math.abs(mean(arima, k + 1) - value)).toBeLessThan(2e-3));
    const one = arima.predict(last + 1) as Predictive;
    // 36 rows (changes 5 … 40), 4 parameters with σ: our σ² is SSE / 32, R's SSE / 36 = 11.25804.
    expect((one.sigma2 * 32) / 36).toBeCloseTo(11.25804, 3);
    const ratios = [1, 5.442874875, 12.587363188, 20.654134091, 29.390686388];
    ratios.forEach((ratio, k) => expect((arima.predict(last + k + 1) as Predictive).variance / one.variance).toBeCloseTo(ratio, 2));
  });

  it('sums its level forecasts for a total, and the total’s variance is at least the last period’s', () => {
    const arima = fitted(new DiffAr());
    const total = arima.predictTotal(5) as Predictive;
    let sum = 0;
    for (let k = 1; k <= 5; k++) sum += mean(arima, k);
    expect(total.mean).toBeCloseTo(sum, 9);
    expect(total.variance).toBeGreaterThan((arima.predict(last + 5) as Predictive).variance);
    expect(arima.predictTotal(1)?.variance).toBeCloseTo((arima.predict(last + 1) as Predictive).variance, 9);
  });

  it('is a random walk without drift until it has enough rows, and restarts its lags after a gap', () => {
    const short = fitted(new DiffAr(), [3, 4, 6, 5]);
    const rw = fitted(new RandomWalk(false), [3, 4, 6, 5]);
    expect(short.predict(4)).toEqual(rw.predict(4));
    // A gap right before the last point: no lags yet, so the random walk's forecast (order 0 needs none).
    const gapped = new DiffAr(1, { order: 3, drift: true });
    x.forEach((v, i) => gapped.update(i < last ? i : i + 2, v));
    const p = gapped.predict(last + 3) as Predictive;
    expect(Number.isFinite(p.mean)).toBe(true);
    expect(p.variance).toBeGreaterThan(0);
  });

  it('uses the recent mean change as its drift when it discounts the past (as the random walk does)', () => {
    // Flat, then rising by 2 a period: the recent drift is near 2, the whole history's near 1.
    const values = Array.from({ length: 60 }, (_, i) => (i < 30 ? 100 + (i % 2) : 100 + 2 * (i - 30) + (i % 2)));
    const whole = fitted(new DiffAr(1, { order: 0, drift: true }), values);
    const recent = fitted(new DiffAr(Math.pow(0.5, 1 / 6), { order: 0, drift: true }), values);
    const step = (m: DiffAr): number => (m.predict(62) as Predictive).mean - (m.predict(60) as Predictive).mean;
    expect(step(whole) / 2).toBeLessThan(1.1);
    expect(step(recent) / 2).toBeGreaterThan(1.8);
  });
});
