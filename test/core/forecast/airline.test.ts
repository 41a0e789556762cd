/**
 * The seasonal-differencing member ARIMA(0,1,1)(0,1,1)_m (`Airline`) against R's forecast package, and its
 * place in the model average (monthly and quarterly histories of at least three years with a clear season).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Airline } from '../../../src/core/forecast/airline';
import { Forecaster, probabilityAtLeast, quantile } from '../../../src/core/forecast';

interface RealSeries {
  name: string;
  period: string;
  values: number[];
}

const series = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/series/real-series.json'), 'utf8')) as RealSeries[];
const airPassengers = series.find((s) => s.name === 'AirPassengers')?.values ?? [];

/** Standard normal 90 % quantile: forecast()'s 80 % bounds are mean ± z·sd in the Box–Cox space. */
const Z80 = 1.2815515655446004;

function fitted(values: readonly number[], m: number): Airline {
  const model = new Airline(m);
  values.forEach((v, i) => model.update(i, Math.log(v)));
  model.refit();
  return model;
}

describe('Airline: ARIMA(0,1,1)(0,1,1)_m by conditional sum of squares', () => {
  it('has the 144 monthly AirPassengers values of R', () => {
    expect(airPassengers).toHaveLength(144);
    expect(airPassengers.slice(0, 3)).toEqual([112, 118, 132]);
    expect(airPassengers[143]).toBe(432);
  });

  // Rscript -e 'library(forecast); f <- Arima(AirPassengers, order=c(0,1,1), seasonal=c(0,1,1), lambda=0,
  //   method="CSS"); print(coef(f)); print(f$sigma2); fc <- forecast(f, h=12, level=80);
  //   print(fc$mean); print(fc$lower); print(fc$upper)'   (R 4.x, forecast 8.x)
  // ma1 = −0.3771624391, sma1 = −0.5723790627, sigma2 = 0.001410280909
  const cssMean = [450.1551165, 425.6967357, 479.570378, 492.0790051, 508.6034935, 583.0879847, 669.243347, 666.5093901, 558.0722782, 496.8188395, 429.7521309, 477.226206];
  const cssLower = [429.0035296, 402.2318093, 449.7788353, 458.4473171, 470.9680553, 536.9057342, 612.9947071, 607.4600849, 506.2335322, 448.6445186, 386.4105776, 427.3217644];
  const cssUpper = [472.3495611, 450.5305314, 511.3351929, 528.1779133, 549.24641, 633.2426277, 730.6533847, 731.2986945, 615.2193561, 550.1659978, 477.9550683, 532.9586991];

  it('matches forecast::Arima(method = "CSS") on log AirPassengers: coefficients, σ², point forecasts and 80 % bounds', () => {
    const model = fitted(airPassengers, 12);
    expect(model.theta).toBeCloseTo(-0.3771624391, 3);
    expect(model.seasonalTheta).toBeCloseTo(-0.5723790627, 3);
    const first = model.predict(144);
    expect(first?.sigma2).toBeCloseTo(0.001410280909, 6);
    for (let k = 1; k <= 12; k++) {
      const p = model.predict(143 + k);
      if (!p) throw new Error('no forecast');
      const sd = Math.sqrt(p.variance);
      // Tolerance 0.05 % (relative): R's forecasts run its Kalman filter over the data with the CSS
      // coefficients (a diffuse start), ours the CSS recursion's innovations (zero before the first
      // double difference); measured largest gap 0.015 %.
      expect(Math.abs(Math.exp(p.mean) / cssMean[k - 1] - 1)).toBeLessThan(5e-4);
      expect(Math.abs(Math.exp(p.mean - Z80 * sd) / cssLower[k - 1] - 1)).toBeLessThan(5e-4);
      expect(Math.abs(Math.exp(p.mean + Z80 * sd) / cssUpper[k - 1] - 1)).toBeLessThan(5e-4);
    }
  });

  // Rscript -e 'library(forecast); g <- Arima(AirPassengers, order=c(0,1,1), seasonal=c(0,1,1), lambda=0);
  //   fg <- forecast(g, h=12, level=80); print(fg$mean); print(fg$lower); print(fg$upper)'
  // (default method "CSS-ML": exact likelihood; ma1 = −0.4018, sma1 = −0.5569, sigma2 = 0.001371)
  const mlMean = [450.4223703, 425.717198, 479.00683, 492.4044582, 509.0549561, 583.3449404, 670.0107672, 667.077624, 558.1893522, 497.2077928, 429.8719762, 477.2425644];
  const mlLower = [429.5461452, 402.814625, 450.1385705, 459.880109, 472.7466765, 538.8968185, 615.9148794, 610.3692812, 508.4826005, 451.0221435, 388.3655686, 429.4868556];
  const mlUpper = [472.3131938, 449.9219279, 509.7264669, 527.2290444, 548.151814, 631.4591361, 728.8579041, 729.0546398, 612.7551908, 548.1229531, 475.8143638, 530.3083490];

  it('is within 1 % of the exact-likelihood fit (forecast::Arima default) on the same series (other θ, Θ and σ²: measured largest gap 0.54 %)', () => {
    const model = fitted(airPassengers, 12);
    for (let k = 1; k <= 12; k++) {
      const p = model.predict(143 + k);
      if (!p) throw new Error('no forecast');
      const sd = Math.sqrt(p.variance);
      expect(Math.abs(Math.exp(p.mean) / mlMean[k - 1] - 1)).toBeLessThan(1e-2);
      expect(Math.abs(Math.exp(p.mean - Z80 * sd) / mlLower[k - 1] - 1)).toBeLessThan(1e-2);
      expect(Math.abs(Math.exp(p.mean + Z80 * sd) / mlUpper[k - 1] - 1)).toBeLessThan(1e-2);
    }
  });

  it('widens its intervals with the horizon (psi-weights) and sums them for totals; a one-period total is the level', () => {
    const model = fitted(airPassengers, 12);
    let previous = 0;
    for (let k = 1; k <= 48; k++) {
      const p = model.predict(143 + k);
      expect(p?.variance).toBeGreaterThan(previous);
      previous = p?.variance ?? Infinity;
    }
    expect(model.predictTotal(1)).toEqual(model.predict(144));
    // Two periods: y₁ + y₂ − forecast = (1 + ψ₁)e₁ + e₂ with ψ₁ = 1 + θ.
    const one = model.predict(144);
    const two = model.predictTotal(2);
    if (!one || !two) throw new Error('no forecast');
    expect(two.variance).toBeCloseTo(one.sigma2 * (1 + (2 + model.theta) ** 2), 12);
    expect(two.mean).toBeCloseTo(one.mean + (model.predict(145)?.mean ?? NaN), 12);
    // h periods: the means add up; the variance exceeds the sum of the periods' variances (errors correlate).
    const total = model.predictTotal(12);
    let meanSum = 0;
    let varianceSum = 0;
    for (let k = 1; k <= 12; k++) {
      meanSum += model.predict(143 + k)?.mean ?? NaN;
      varianceSum += model.predict(143 + k)?.variance ?? NaN;
    }
    expect(total?.mean).toBeCloseTo(meanSum, 9);
    expect(total?.variance).toBeGreaterThan(varianceSum);
  });

  it('forecasts out of sample as the points come: a random walk before m + 1 points, then the seasonal recursion; a gap is filled', () => {
    const model = new Airline(4);
    model.update(0, 10);
    expect(model.predict(1)).toBeNull();
    model.update(1, 12);
    expect(model.predict(2)?.mean).toBe(12);
    const quarterly = [10, 12, 11, 14, 11, 13, 12, 15, 12, 14, 13, 16, 13, 15, 14, 17];
    const later = new Airline(4);
    quarterly.forEach((v, i) => later.update(i, v));
    // A steady season on a steady climb: next quarter about 14 (last Q1 13, one more a year).
    const next = later.predict(16);
    expect(next?.mean).toBeGreaterThan(13.5);
    expect(next?.mean).toBeLessThan(14.5);
    const gapped = new Airline(4);
    quarterly.forEach((v, i) => i !== 9 && gapped.update(i, v));
    const p = gapped.predict(16);
    expect(Number.isFinite(p?.mean)).toBe(true);
    expect(p?.variance).toBeGreaterThan(0);
  });
});

describe('Airline in the model average', () => {
  function forecaster(values: readonly number[], period: 'month' | 'quarter' | 'week', aggregation: 'level' | 'total' = 'level'): Forecaster {
    return new Forecaster({ period, index: values.map((_, i) => i), value: values.slice(), lastDate: '2020-12-31', businessDays: false }, aggregation);
  }
  const airlineWeight = (f: Forecaster): number => f.modelWeights().reduce((s, w) => s + (w.name === 'airline' ? w.weight : 0), 0);
  const hasAirline = (f: Forecaster): boolean => f.modelWeights().some((w) => w.name === 'airline');

  it('takes weight on a strongly seasonal monthly series whose season grows (AirPassengers), and keeps total = level for one period', () => {
    const level = forecaster(airPassengers, 'month');
    expect(airlineWeight(level)).toBeGreaterThan(0.05);
    const total = forecaster(airPassengers, 'month', 'total');
    for (const target of [400, 450, 500]) expect(probabilityAtLeast(total.distribution(1), target)).toBe(probabilityAtLeast(level.distribution(1), target));
    // Intervals widen with the horizon.
    const width = (h: number): number => quantile(level.distribution(h), 0.9) - quantile(level.distribution(h), 0.1);
    expect(width(24)).toBeGreaterThan(width(12));
    expect(width(12)).toBeGreaterThan(width(1));
  });

  it('is not a member below three years, without a clear season, or on weekly series', () => {
    expect(hasAirline(forecaster(airPassengers.slice(0, 35), 'month'))).toBe(false);
    expect(hasAirline(forecaster(airPassengers.slice(0, 36), 'month'))).toBe(true);
    // A random walk has no season (a fixed pseudo-random path).
    let seed = 7;
    let level = 100;
    const walk = Array.from({ length: 120 }, () => {
      seed = (seed * 16807) % 2147483647;
      level += (seed / 2147483647 - 0.5) * 4;
      return level;
    });
    expect(hasAirline(forecaster(walk, 'month'))).toBe(false);
    expect(hasAirline(forecaster(airPassengers, 'week'))).toBe(false);
  });
});
