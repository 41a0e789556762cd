/**
 * `npm run eval -- calibration [--seed=N] [--n=N]` (or `npx tsx src/local/eval/calibration.ts --seed N --n N`):
 * calibration of the status-quo probability on simulated KPI histories.
 *
 * For each process family sales teams meet, series are generated (seeded)
 * with known parameters; the TRUE probability that the KPI meets a target at
 * the deadline is computed by Monte Carlo from the true process (true
 * parameters, conditional on the simulated history). The table compares the
 * mean absolute error of our probability (core `assess`) with the one of what
 * Sheets users have today: a linear trend (FORECAST) with a Student-t
 * prediction interval built from STEYX.
 */
import { assess } from '../../core/achievability';
import { addPeriods, isoToDayNumber } from '../../core/dates';
import { MeanReverting, PoissonCounts, PoissonTrend, RandomWalk } from '../../core/forecast/models';
import { mulberry32, negBinomialCdf, normalSampler, studentTCdf } from '../../core/forecast/stats';
import type { Aggregation, Direction, IsoDate, KpiPoint, Period } from '../../core/types';

export type Family = 'rw-drift' | 'log-growth' | 'bounded-rate' | 'seasonal' | 'poisson-total' | 'short';
export const FAMILIES: readonly Family[] = ['rw-drift', 'log-growth', 'bounded-rate', 'seasonal', 'poisson-total', 'short'];

/** Monte Carlo paths per series for the true probability (its own error: ≈ 0.5/√M ≤ 0.008). */
const TRUE_PATHS = 4000;
const START: IsoDate = '2022-01-03';

export interface Rng {
  uniform(a?: number, b?: number): number;
  int(a: number, b: number): number;
  normal(): number;
  poisson(lambda: number): number;
}

export function makeRng(seed: number): Rng {
  const u = mulberry32(seed);
  const n = normalSampler(u);
  return {
    uniform: (a = 0, b = 1) => a + (b - a) * u(),
    int: (a, b) => a + Math.floor(u() * (b - a + 1)),
    normal: n,
    poisson(lambda) {
      if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * n()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = u();
      while (p > limit) {
        k++;
        p *= u();
      }
      return k;
    },
  };
}

/** A simulated case: a history, and a sampler of the outcome from the true process. */
export interface SimCase {
  family: Family;
  period: Period;
  values: number[];
  horizon: number;
  aggregation: Aggregation;
  direction: Direction;
  /** Draws one outcome (level at the horizon or total over it) from the true process, given the history. */
  draw(rng: Rng): number;
  /**
   * The right model family with its parameters ESTIMATED (Student-t / negative
   * binomial predictive): the error no method can avoid without knowing the
   * true parameters, as a reference for ours. Absent where no single family fits.
   */
  reference?: RightFamily;
}

type RightFamily = { model: 'rw' | 'ar'; transform: (y: number) => number } | { model: 'count'; trend: boolean };

function referenceProbability(c: SimCase, target: number, below: boolean): number | null {
  const ref = c.reference;
  if (!ref) return null;
  const n = c.values.length;
  if (ref.model === 'count') {
    const counts = new PoissonCounts();
    const trend = new PoissonTrend();
    c.values.forEach((v, t) => {
      counts.update(t, v);
      trend.update(t, v);
    });
    const future = Array.from({ length: c.horizon }, (_, k) => n + k);
    const p = (ref.trend ? trend.predict(future) : null) ?? counts.predictTotal(c.horizon);
    if (!p) return null;
    return below ? negBinomialCdf(Math.floor(target), p.r, p.p) : 1 - negBinomialCdf(Math.ceil(target) - 1, p.r, p.p);
  }
  const model = ref.model === 'rw' ? new RandomWalk(true) : new MeanReverting();
  c.values.forEach((v, t) => model.update(t, ref.transform(v)));
  const p = model.predict(n - 1 + c.horizon);
  if (!p) return null;
  const cdf = studentTCdf((ref.transform(target) - p.mean) / Math.sqrt(p.variance), p.df);
  return below ? cdf : 1 - cdf;
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (z: number) => 1 / (1 + Math.exp(-z));

function rwDrift(rng: Rng, n: number, h: number): SimCase {
  const y0 = rng.uniform(10_000, 200_000);
  const drift = y0 * rng.uniform(-0.005, 0.03);
  const sigma = y0 * rng.uniform(0.005, 0.04);
  const values = [y0];
  for (let i = 1; i < n; i++) values.push(values[i - 1] + drift + sigma * rng.normal());
  const last = values[n - 1];
  return {
    family: 'rw-drift',
    period: rng.uniform() < 0.5 ? 'month' : 'week',
    values,
    horizon: h,
    aggregation: 'level',
    direction: 'increase',
    draw: (r) => {
      let y = last;
      for (let k = 0; k < h; k++) y += drift + sigma * r.normal();
      return y;
    },
    reference: { model: 'rw', transform: (y) => y },
  };
}

function logGrowth(rng: Rng, n: number, h: number): SimCase {
  const growth = rng.uniform(-0.01, 0.05);
  const sigma = rng.uniform(0.01, 0.08);
  const values = [rng.uniform(20_000, 500_000)];
  for (let i = 1; i < n; i++) values.push(values[i - 1] * Math.exp(growth + sigma * rng.normal()));
  const last = values[n - 1];
  return {
    family: 'log-growth',
    period: 'month',
    values,
    horizon: h,
    aggregation: 'level',
    direction: 'increase',
    draw: (r) => {
      let z = Math.log(last);
      for (let k = 0; k < h; k++) z += growth + sigma * r.normal();
      return Math.exp(z);
    },
    reference: { model: 'rw', transform: Math.log },
  };
}

function boundedRate(rng: Rng, n: number, h: number): SimCase {
  const m = logit(rng.uniform(0.03, 0.6));
  const phi = rng.uniform(0, 0.9);
  const sigma = rng.uniform(0.05, 0.4);
  let z = m + (sigma / Math.sqrt(1 - phi * phi)) * rng.normal();
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) z = m + phi * (z - m) + sigma * rng.normal();
    values.push(Math.round(expit(z) * 10_000) / 10_000);
  }
  const lastZ = z;
  return {
    family: 'bounded-rate',
    period: 'week',
    values,
    horizon: h,
    aggregation: 'level',
    direction: rng.uniform() < 0.3 ? 'decrease' : 'increase',
    draw: (r) => {
      let x = lastZ;
      for (let k = 0; k < h; k++) x = m + phi * (x - m) + sigma * r.normal();
      return expit(x);
    },
    reference: { model: 'ar', transform: logit },
  };
}

function seasonal(rng: Rng, n: number, h: number): SimCase {
  const growth = rng.uniform(0, 0.02);
  const sigmaLevel = rng.uniform(0.005, 0.03);
  const sigmaNoise = rng.uniform(0.01, 0.05);
  const amplitude = rng.uniform(0.05, 0.3);
  const phase = rng.uniform(0, 2 * Math.PI);
  const pattern = Array.from(
    { length: 12 },
    (_, k) => amplitude * Math.sin((2 * Math.PI * k) / 12 + phase) + 0.3 * amplitude * rng.normal(),
  );
  const patternMean = pattern.reduce((a, b) => a + b, 0) / 12;
  const season = pattern.map((p) => p - patternMean);
  let level = Math.log(rng.uniform(50_000, 300_000));
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) level += growth + sigmaLevel * rng.normal();
    values.push(Math.exp(level + season[i % 12] + sigmaNoise * rng.normal()));
  }
  // The level is latent: the true probability conditions on what the history shows, i.e. the
  // Kalman filtering distribution of the last level given the observations and the TRUE parameters.
  let mean = Math.log(values[0]) - season[0];
  let variance = sigmaNoise * sigmaNoise;
  for (let i = 1; i < n; i++) {
    const priorMean = mean + growth;
    const priorVariance = variance + sigmaLevel * sigmaLevel;
    const gain = priorVariance / (priorVariance + sigmaNoise * sigmaNoise);
    mean = priorMean + gain * (Math.log(values[i]) - season[i % 12] - priorMean);
    variance = (1 - gain) * priorVariance;
  }
  const filteredMean = mean;
  const filteredSd = Math.sqrt(variance);
  return {
    family: 'seasonal',
    period: 'month',
    values,
    horizon: h,
    aggregation: 'level',
    direction: 'increase',
    draw: (r) => {
      let l = filteredMean + filteredSd * r.normal();
      for (let k = 0; k < h; k++) l += growth + sigmaLevel * r.normal();
      return Math.exp(l + season[(n - 1 + h) % 12] + sigmaNoise * r.normal());
    },
  };
}

function poissonTotal(rng: Rng, n: number, h: number): SimCase {
  const lambda0 = rng.uniform(2, 40);
  const trend = rng.uniform() < 0.5 ? 0 : rng.uniform(-0.005, 0.01);
  const rate = (i: number) => lambda0 * Math.exp(trend * i);
  const values = Array.from({ length: n }, (_, i) => rng.poisson(rate(i)));
  return {
    family: 'poisson-total',
    period: 'week',
    values,
    horizon: h,
    aggregation: 'total',
    direction: 'increase',
    draw: (r) => {
      let s = 0;
      for (let k = 1; k <= h; k++) s += r.poisson(rate(n - 1 + k));
      return s;
    },
    reference: { model: 'count', trend: trend !== 0 },
  };
}

export function makeCase(family: Family, rng: Rng): SimCase {
  switch (family) {
    case 'rw-drift':
      return rwDrift(rng, rng.int(12, 60), rng.int(1, 12));
    case 'log-growth':
      return logGrowth(rng, rng.int(12, 48), rng.int(1, 12));
    case 'bounded-rate':
      return boundedRate(rng, rng.int(8, 104), rng.int(1, 13));
    case 'seasonal':
      return seasonal(rng, rng.int(24, 60), rng.int(1, 12));
    case 'poisson-total': {
      // Totals up to half a year ahead, never further ahead than the history goes back.
      const n = rng.int(8, 104);
      return poissonTotal(rng, n, rng.int(4, Math.min(26, n)));
    }
    case 'short': {
      const n = rng.int(3, 6);
      const h = rng.int(1, 4);
      const pick = rng.int(0, 3);
      const c =
        pick === 0 ? rwDrift(rng, n, h) : pick === 1 ? logGrowth(rng, n, h) : pick === 2 ? boundedRate(rng, n, h) : poissonTotal(rng, n, h);
      return { ...c, family: 'short' };
    }
  }
}

export function historyOf(c: SimCase): KpiPoint[] {
  return c.values.map((value, i) => ({ date: addPeriods(START, c.period, i), value }));
}

/** The spreadsheet baseline: FORECAST (least squares on the date serial) + STEYX, Student-t with n − 2 df. */
export function baselineProbability(
  history: readonly KpiPoint[],
  futureDates: readonly IsoDate[],
  aggregation: Aggregation,
  target: number,
  below: boolean,
): number {
  const x = history.map((p) => isoToDayNumber(p.date));
  const y = history.map((p) => p.value);
  const n = x.length;
  const xBar = x.reduce((a, b) => a + b, 0) / n;
  const yBar = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - xBar) ** 2;
    sxy += (x[i] - xBar) * (y[i] - yBar);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = yBar - slope * xBar;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const df = Math.max(1, n - 2);
  const steyx = Math.sqrt(sse / df) || 1e-12;
  const xs = aggregation === 'total' ? futureDates.map(isoToDayNumber) : [isoToDayNumber(futureDates[futureDates.length - 1])];
  const mean = xs.reduce((s, xi) => s + intercept + slope * xi, 0);
  const offset = xs.reduce((s, xi) => s + (xi - xBar), 0);
  const k = xs.length;
  const se = steyx * Math.sqrt(k + (k * k) / n + (sxx > 0 ? (offset * offset) / sxx : 0));
  const tail = studentTCdf((target - mean) / se, df);
  return below ? tail : 1 - tail;
}

export interface CaseResult {
  family: Family;
  truth: number;
  ours: number;
  baseline: number;
  reference: number | null;
}

/** Simulates one case and scores both methods on it. */
export function runCase(family: Family, rng: Rng): CaseResult {
  const c = makeCase(family, rng);
  const draws = Array.from({ length: TRUE_PATHS }, () => c.draw(rng)).sort((a, b) => a - b);
  // A target anywhere from the easy to the hard end of the true outcome distribution.
  const u = rng.uniform(0.05, 0.95);
  let target = draws[Math.floor(u * (TRUE_PATHS - 1))];
  if (c.aggregation === 'total') target = Math.round(target);
  const below = c.direction === 'decrease';
  const truth = draws.filter((d) => (below ? d <= target : d >= target)).length / TRUE_PATHS;
  const history = historyOf(c);
  const lastDate = history[history.length - 1].date;
  const futureDates = Array.from({ length: c.horizon }, (_, k) => addPeriods(lastDate, c.period, k + 1));
  const deadline = futureDates[futureDates.length - 1];
  const assessment = assess({ history, target, deadline, today: lastDate, direction: c.direction, aggregation: c.aggregation }, 'en');
  return {
    family,
    truth,
    ours: assessment.probability ?? NaN,
    baseline: baselineProbability(history, futureDates, c.aggregation, target, below),
    reference: referenceProbability(c, target, below),
  };
}

export interface FamilyScore {
  family: Family | 'overall';
  cases: number;
  ours: number;
  baseline: number;
  /** Mean absolute error of the right-family reference, over the cases that have one (null if none). */
  reference: number | null;
}

function score(family: FamilyScore['family'], results: readonly CaseResult[]): FamilyScore {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const withReference = results.filter((r) => r.reference !== null);
  return {
    family,
    cases: results.length,
    ours: mean(results.map((r) => Math.abs(r.ours - r.truth))),
    baseline: mean(results.map((r) => Math.abs(r.baseline - r.truth))),
    reference: withReference.length ? mean(withReference.map((r) => Math.abs((r.reference ?? 0) - r.truth))) : null,
  };
}

export function calibrate(seed: number, perFamily: number): FamilyScore[] {
  const rng = makeRng(seed);
  const all: CaseResult[] = [];
  const rows: FamilyScore[] = [];
  for (const family of FAMILIES) {
    const results = Array.from({ length: perFamily }, () => runCase(family, rng));
    rows.push(score(family, results));
    all.push(...results);
  }
  rows.push(score('overall', all));
  return rows;
}

function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === `--${name}` && argv[i + 1] !== undefined) return Number(argv[i + 1]);
    if (arg.startsWith(`--${name}=`)) return Number(arg.slice(name.length + 3));
  }
  return fallback;
}

export async function run(): Promise<void> {
  const seed = option('seed', 20261126);
  const n = Math.max(FAMILIES.length, option('n', 600));
  const perFamily = Math.ceil(n / FAMILIES.length);
  const started = Date.now();
  const rows = calibrate(seed, perFamily);
  const lines = [
    `Calibration of ACHIEVABILITY (seed ${seed}, ${perFamily} series per family, true probability by ${TRUE_PATHS} Monte Carlo paths)`,
    'mean absolute error of P(meet target) vs the true probability (true process, true parameters) — lower is better',
    'right family = the generating model family with its parameters estimated: what knowing the family but not the parameters achieves',
    '',
    `${'family'.padEnd(15)} ${'series'.padStart(6)} ${'ours'.padStart(9)} ${'FORECAST+STEYX'.padStart(15)} ${'right family'.padStart(13)}  beats baseline`,
  ];
  for (const r of rows) {
    const reference = r.reference === null ? '—' : r.reference.toFixed(3);
    lines.push(
      `${r.family.padEnd(15)} ${String(r.cases).padStart(6)} ${r.ours.toFixed(6).padStart(9)} ${r.baseline.toFixed(3).padStart(15)} ${reference.padStart(13)}  ${r.ours < r.baseline ? 'yes' : 'NO'}`,
    );
  }
  lines.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(lines.join('\n'));
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
