/**
 * `npm run eval -- bundles --grid=60:/tmp/code-60.js,90:dist/Code.js,… --current=90 [--period=month]`: a constant of the
 * forecaster chosen LEAVE-ONE-SET-OUT over the unseen sets, each grid point a BUILT bundle (issue 11; fcst52,
 * 2026-12-06, for `LONG_MONTHLY_POINTS`).
 *
 * Why bundles: `tails` cross-validates a map of our probability, but a constant inside the forecaster (a threshold, a
 * half-life) changes the forecast itself, so each grid point is a build of Code.js with that constant (build, copy
 * dist/Code.js aside, restore the source). Every unseen set has been looked at, so a grid point tuned and scored on
 * the same sets proves nothing: for each unseen set the point with the lowest Brier score on the OTHER sets' cases is
 * chosen and scores the left-out set; the left-out sets pooled are compared with the current constant's on the very
 * cases the backtest scores (one-period totals once, every method present), with the paired bootstrap over data sets.
 * `--period=month` runs the other bundles on monthly series only (a constant that touches monthly histories alone
 * leaves every other case as the current bundle scores it): a third of the time.
 */
import path from 'node:path';
import { loadAddon } from '../runtime';
import {
  UNSEEN_SETS,
  clusterDiffs,
  commonCases,
  dataSetOf,
  freshSetOf,
  halfOfSeries,
  loadReference,
  loadSeries,
  referencePathOf,
  runBacktest,
  seriesPathOf,
  withoutOnePeriodTotals,
  type Case,
  type RealSeries,
} from './backtest';
import { pairedBootstrap, type SeriesDiff } from './bootstrap';

/** One scored case, reduced to what the choice and the scores read. */
export interface GridCase {
  set: string;
  series: string;
  /** Points of history at the origin. */
  n: number;
  period: string;
  outcome: 0 | 1;
  /** Our probability under the grid point's bundle. */
  p: number;
}

export function brierOf(cases: readonly GridCase[]): number {
  return cases.reduce((s, c) => s + (c.p - c.outcome) ** 2, 0) / cases.length;
}

export function logLossOf(cases: readonly GridCase[]): number {
  return (
    cases.reduce((s, c) => {
      const q = Math.min(0.999, Math.max(0.001, c.p));
      return s - (c.outcome ? Math.log(q) : Math.log(1 - q));
    }, 0) / cases.length
  );
}

/**
 * For each set, the grid point with the lowest Brier score on every OTHER set's cases (the first in grid order on a
 * tie): the set's own outcomes never move its choice.
 */
export function foldChoices(byPoint: ReadonlyMap<string, readonly GridCase[]>, sets: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const set of sets) {
    let best = '';
    let bestScore = Infinity;
    for (const [point, cases] of byPoint) {
      const score = brierOf(cases.filter((c) => c.set !== set && sets.includes(c.set)));
      if (score < bestScore - 1e-12) {
        best = point;
        bestScore = score;
      }
    }
    chosen.set(set, best);
  }
  return chosen;
}

/** Each set's cases under the grid point its fold chose. */
export function leftOutCases(byPoint: ReadonlyMap<string, readonly GridCase[]>, chosen: ReadonlyMap<string, string>): GridCase[] {
  return [...chosen].flatMap(([set, point]) => (byPoint.get(point) ?? []).filter((c) => c.set === set));
}

/**
 * Per series, Σ (left-out error)² − (current error)², the two lists' cases paired in order (every bundle scores the
 * same cases in the same order: the backtest's origins, forms, horizons and targets do not depend on the forecast).
 */
export function seriesDiffs(leftOut: readonly GridCase[], current: readonly GridCase[]): SeriesDiff[] {
  const group = (cases: readonly GridCase[]) => {
    const bySeries = new Map<string, GridCase[]>();
    for (const c of cases) bySeries.set(c.series, [...(bySeries.get(c.series) ?? []), c]);
    return bySeries;
  };
  const mine = group(leftOut);
  return [...group(current)].map(([series, base]) => {
    const other = mine.get(series) ?? [];
    if (other.length !== base.length) throw new Error(`${series}: ${other.length} left-out cases against ${base.length} current ones`);
    const sum = base.reduce((s, c, i) => s + (other[i].p - other[i].outcome) ** 2 - (c.p - c.outcome) ** 2, 0);
    return { series, set: base[0].set, sum, cases: base.length };
  });
}

function option(name: string): string | null {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : null;
}

export async function run(): Promise<void> {
  const started = Date.now();
  const grid = (option('grid') ?? '')
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      return { point: entry.slice(0, at), bundle: path.resolve(entry.slice(at + 1)) };
    });
  const current = option('current') ?? '';
  const onlyPeriod = option('period');
  if (grid.length < 2 || !grid.some((g) => g.point === current)) {
    console.log('usage: npm run eval -- bundles --grid=<point>:<Code.js>,<point>:<Code.js>,… --current=<point> [--period=month]');
    return;
  }
  const sets = ['tuning', ...UNSEEN_SETS] as const;
  const seriesOf = new Map<string, RealSeries[]>();
  const periodOf = new Map<string, string>();
  const dataSet = new Map<string, string>();
  for (const set of sets) {
    const list = loadSeries(seriesPathOf(freshSetOf(set))).filter((s) => halfOfSeries(s) === set);
    seriesOf.set(set, list);
    for (const s of list) {
      periodOf.set(s.name, s.period);
      dataSet.set(s.name, dataSetOf(s));
    }
  }
  const reduce = (cases: Case[], set: string): GridCase[] =>
    commonCases(withoutOnePeriodTotals(cases)).map((c) => ({ set, series: c.series, n: c.n, period: periodOf.get(c.series) ?? '', outcome: c.outcome, p: c.p.ours as number }));
  const globals = { SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } };
  const byPoint = new Map<string, GridCase[]>();
  // The current bundle first, on every series: the other points borrow its cases outside `--period`.
  for (const { point, bundle } of [...grid.filter((g) => g.point === current), ...grid.filter((g) => g.point !== current)]) {
    const addon = loadAddon(globals, bundle);
    const partial = point !== current && onlyPeriod !== null;
    const cases = sets.flatMap((set) => reduce(runBacktest(seriesOf.get(set) ?? [], loadReference(referencePathOf(freshSetOf(set))), addon, (s) => !partial || s.period === onlyPeriod), set));
    byPoint.set(point, partial ? [...(byPoint.get(current) ?? []).filter((c) => c.period !== onlyPeriod), ...cases] : cases);
  }
  // Grid order for the tie rule, whatever order the bundles ran in.
  const ordered = new Map(grid.map((g) => [g.point, byPoint.get(g.point) ?? []]));
  const unseen: string[] = [...UNSEEN_SETS];
  const inSets = (cases: readonly GridCase[], list: readonly string[]) => cases.filter((c) => list.includes(c.set));
  const f = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(5)}`;
  const lines = [`A constant chosen leave-one-set-out over the ${unseen.length} unseen sets, each grid point a built bundle; current ${current}${onlyPeriod ? ` (other points on ${onlyPeriod}ly series only)` : ''}`];
  for (const [point, cases] of ordered) {
    const u = inSets(cases, unseen);
    const tuning = inSets(cases, ['tuning']);
    lines.push(
      `${point}: unseen Brier ${brierOf(u).toFixed(5)}, log loss ${logLossOf(u).toFixed(5)} (${u.length} cases); n ≥ 240 ${brierOf(u.filter((c) => c.n >= 240)).toFixed(4)}; tuning half ${brierOf(tuning).toFixed(5)} / ${logLossOf(tuning).toFixed(5)}`,
      `  by set: ${unseen.map((s) => `${s} ${brierOf(inSets(cases, [s])).toFixed(5)}`).join(', ')}`,
    );
  }
  const chosen = foldChoices(ordered, unseen);
  const leftOut = leftOutCases(ordered, chosen);
  const base = inSets(ordered.get(current) ?? [], unseen);
  const byDataSet = pairedBootstrap(clusterDiffs(seriesDiffs(leftOut, base), (series) => dataSet.get(series) ?? series));
  lines.push(
    `chosen without each set: ${unseen.map((s) => `${s} ${chosen.get(s)}`).join(', ')}`,
    `left out: Brier ${brierOf(leftOut).toFixed(5)}, log loss ${logLossOf(leftOut).toFixed(5)}; current ${brierOf(base).toFixed(5)}, ${logLossOf(base).toFixed(5)}`,
    `  by set: ${unseen.map((s) => `${s} ${brierOf(inSets(leftOut, [s])).toFixed(5)}`).join(', ')}`,
    `  left out − current, by data set (${byDataSet.series}): ${f(byDataSet.mean)} [${f(byDataSet.low)}, ${f(byDataSet.high)}]`,
    '',
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(lines.join('\n'));
}
