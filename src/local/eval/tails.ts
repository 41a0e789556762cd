/**
 * `npm run eval -- tails`: would widening our forecast's tails survive cross-validation over the sets measured blind?
 * (issue 11, "honest prediction intervals"; tails50, 2026-12-06.)
 *
 * Every unseen set has been looked at by now, so a rule tuned on them and scored on them proves nothing. This report
 * scores each candidate rule LEAVE-ONE-SET-OUT over the eight unseen sets (`UNSEEN_SETS`): for each set, the rule's one
 * parameter is chosen (lowest Brier score on a grid) on the other seven sets' cases, then applied to the left-out set;
 * the left-out probabilities of all eight are pooled and compared with the current code's, on the very cases the
 * backtest scores (one-period totals once, every method present). Printed per rule: the parameter each fold chose,
 * the pooled left-out Brier score and log loss, the reliability at the ends (cases at ≥ 0.9 and ≤ 0.1: mean probability
 * → share reached), the paired bootstrap over data sets of left-out − current, each set's Brier score, and the tuning
 * half under the parameter chosen on all eight sets (that half tuned every earlier rule: it must not get worse).
 *
 * A rule is a monotone map of our probability P(Y ≥ target) that depends only on the case's frequency and horizon, so
 * it would move a one-period total and its level alike, keep 0 and 1, and order verdicts by target as before; through
 * a forecast's CDF it is a map of F, so the same rule would widen (or narrow) the forecast's ranges. Nothing here is
 * fitted on the set it reports. Our probabilities come from the BUILT bundle, as in the backtest.
 */
import { loadAddon } from '../runtime';
import {
  UNSEEN_SETS,
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
  clusterDiffs,
  type Case,
} from './backtest';
import { pairedBootstrap, type SeriesDiff } from './bootstrap';

/** One scored case, reduced to what a rule and a score read. */
export interface TailCase {
  set: string;
  series: string;
  /** Periods a year of the series (12 monthly, 4 quarterly, 52 weekly, 1 yearly). */
  perYear: number;
  h: number;
  outcome: 0 | 1;
  /** Our probability as the current code gives it. */
  p: number;
}

/** A candidate: our probability mapped, given the case and the rule's parameter a ≥ 0 (a = 0: unchanged). */
export type TailRule = (c: TailCase, a: number) => (p: number) => number;

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The log-odds divided by `s` (≥ 1): every probability moved toward 1/2, most at the ends — a wider forecast. */
export function temper(p: number, s: number): number {
  return p <= 0 || p >= 1 ? p : logistic(logit(p) / s);
}

/** The log-odds beyond ±logit(`from`) divided by `s`: probabilities between 1 − from and from kept, the ends moved in. */
export function tailTemper(p: number, from: number, s: number): number {
  if (p <= 0 || p >= 1) return p;
  const x = logit(p);
  const cut = logit(from);
  return Math.abs(x) <= cut ? p : logistic(Math.sign(x) * (cut + (Math.abs(x) - cut) / s));
}

const yearsAhead = (c: TailCase) => c.h / c.perYear;
const unchanged = (p: number) => p;

/** The rules tried (each a family of one parameter), in the order they were thought of. */
export const TAIL_RULES: Record<string, TailRule> = {
  'every case, log-odds / (1 + a)': (_c, a) => (p) => temper(p, 1 + a),
  'log-odds / (1 + a·√years ahead)': (c, a) => (p) => temper(p, 1 + a * Math.sqrt(yearsAhead(c))),
  'log-odds / (1 + a·ln h)': (c, a) => (p) => temper(p, 1 + a * Math.log(c.h)),
  'beyond 0.80 / 0.20 only': (_c, a) => (p) => tailTemper(p, 0.8, 1 + a),
  'beyond 0.85 / 0.15 only': (_c, a) => (p) => tailTemper(p, 0.85, 1 + a),
  'beyond 0.90 / 0.10 only': (_c, a) => (p) => tailTemper(p, 0.9, 1 + a),
  'beyond 0.95 / 0.05 only': (_c, a) => (p) => tailTemper(p, 0.95, 1 + a),
  'below 0.10 only': (_c, a) => (p) => (p < 0.5 ? tailTemper(p, 0.9, 1 + a) : p),
  'above 0.90 only': (_c, a) => (p) => (p > 0.5 ? tailTemper(p, 0.9, 1 + a) : p),
  'monthly, beyond 0.80 / 0.20': (c, a) => (c.perYear === 12 ? (p) => tailTemper(p, 0.8, 1 + a) : unchanged),
  'monthly, beyond 0.90 / 0.10': (c, a) => (c.perYear === 12 ? (p) => tailTemper(p, 0.9, 1 + a) : unchanged),
  'monthly, log-odds / (1 + a)': (c, a) => (c.perYear === 12 ? (p) => temper(p, 1 + a) : unchanged),
};

/** The parameters tried: 0 to 3 by 0.025 (121 values; the largest is a three-fold cut of the log-odds). */
export const GRID: readonly number[] = Array.from({ length: 121 }, (_, i) => i * 0.025);

export function brier(cases: readonly TailCase[], p: (c: TailCase) => number): number {
  let sum = 0;
  for (const c of cases) sum += (p(c) - c.outcome) ** 2;
  return sum / cases.length;
}

/** Log loss with probabilities clipped to [0.001, 0.999], as the backtest's. */
export function logLoss(cases: readonly TailCase[], p: (c: TailCase) => number): number {
  let sum = 0;
  for (const c of cases) {
    const q = Math.min(0.999, Math.max(0.001, p(c)));
    sum -= c.outcome ? Math.log(q) : Math.log(1 - q);
  }
  return sum / cases.length;
}

/** The grid's parameter with the lowest Brier score on `cases` (the smallest such one on a tie: no change first). */
export function chooseParameter(cases: readonly TailCase[], rule: TailRule, grid: readonly number[] = GRID): number {
  let best = grid[0];
  let bestScore = Infinity;
  for (const a of grid) {
    const score = brier(cases, (c) => rule(c, a)(c.p));
    if (score < bestScore - 1e-12) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/** For each set, the parameter chosen on every OTHER set's cases (the set's own cases never seen by its choice). */
export function leaveOneSetOut(cases: readonly TailCase[], sets: readonly string[], rule: TailRule, grid: readonly number[] = GRID): Map<string, number> {
  const chosen = new Map<string, number>();
  for (const set of sets) chosen.set(set, chooseParameter(cases.filter((c) => c.set !== set && sets.includes(c.set)), rule, grid));
  return chosen;
}

/** Cases at the ends: mean probability → share reached (count), for p ≥ 0.9 and p ≤ 0.1. */
function endsLine(cases: readonly TailCase[], p: (c: TailCase) => number): string {
  const side = (inSide: (x: number) => boolean) => {
    const list = cases.filter((c) => inSide(p(c)));
    const mean = list.reduce((s, c) => s + p(c), 0) / list.length;
    const hit = list.reduce((s, c) => s + c.outcome, 0) / list.length;
    return `${mean.toFixed(3)} → ${hit.toFixed(3)} (${list.length})`;
  };
  return `≥ 0.9: ${side((x) => x >= 0.9)}; ≤ 0.1: ${side((x) => x <= 0.1)}`;
}

const PER_YEAR: Record<string, number> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

function tailCases(cases: readonly Case[], set: string): TailCase[] {
  return commonCases(withoutOnePeriodTotals(cases)).map((c) => ({
    set,
    series: c.series,
    perYear: PER_YEAR[c.period ?? 'month'],
    h: c.h,
    outcome: c.outcome,
    p: c.p.ours as number,
  }));
}

export async function run(): Promise<void> {
  const started = Date.now();
  const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } });
  const cases: TailCase[] = [];
  const dataSet = new Map<string, string>();
  for (const set of ['tuning', ...UNSEEN_SETS] as const) {
    const fresh = freshSetOf(set);
    const seriesList = loadSeries(seriesPathOf(fresh)).filter((s) => halfOfSeries(s) === set);
    const part = runBacktest(seriesList, loadReference(referencePathOf(fresh)), addon);
    // A case's period is recorded on its origin's first case only: every case of the series takes it.
    const period = new Map(seriesList.map((s) => [s.name, s.period]));
    for (const c of part) c.period = period.get(c.series);
    for (const s of seriesList) dataSet.set(s.name, dataSetOf(s));
    cases.push(...tailCases(part, set));
  }
  const sets: string[] = [...UNSEEN_SETS];
  const unseen = cases.filter((c) => sets.includes(c.set));
  const tuning = cases.filter((c) => c.set === 'tuning');
  const current = (c: TailCase) => c.p;
  const f = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(5)}`;
  const lines = [
    `Tail rules chosen leave-one-set-out over the ${sets.length} unseen sets (${unseen.length} cases; tuning half ${tuning.length}), our probability from the built bundle`,
    `current code: pooled Brier ${brier(unseen, current).toFixed(5)}, log loss ${logLoss(unseen, current).toFixed(5)}; ${endsLine(unseen, current)}`,
    `  by set: ${sets.map((s) => `${s} ${brier(unseen.filter((c) => c.set === s), current).toFixed(4)}`).join(', ')}`,
    `  tuning half: Brier ${brier(tuning, current).toFixed(5)}, log loss ${logLoss(tuning, current).toFixed(5)}; ${endsLine(tuning, current)}`,
  ];
  for (const [name, rule] of Object.entries(TAIL_RULES)) {
    const chosen = leaveOneSetOut(unseen, sets, rule);
    const leftOut = (c: TailCase) => rule(c, chosen.get(c.set) as number)(c.p);
    const all = chooseParameter(unseen, rule);
    const inSample = (c: TailCase) => rule(c, all)(c.p);
    const bySeries = new Map<string, SeriesDiff>();
    for (const c of unseen) {
      const d = bySeries.get(c.series) ?? { series: c.series, set: c.set, sum: 0, cases: 0 };
      d.sum += (leftOut(c) - c.outcome) ** 2 - (c.p - c.outcome) ** 2;
      d.cases++;
      bySeries.set(c.series, d);
    }
    const boot = pairedBootstrap(clusterDiffs([...bySeries.values()], (series) => dataSet.get(series) ?? series));
    lines.push(
      '',
      `${name}: a chosen without each set ${sets.map((s) => `${s} ${(chosen.get(s) as number).toFixed(3)}`).join(', ')}; on all eight ${all.toFixed(3)}`,
      `  left out: Brier ${brier(unseen, leftOut).toFixed(5)}, log loss ${logLoss(unseen, leftOut).toFixed(5)}; ${endsLine(unseen, leftOut)}`,
      `  left out − current, by data set (${boot.series}): ${f(boot.mean)} [${f(boot.low)}, ${f(boot.high)}]`,
      `  by set: ${sets.map((s) => `${s} ${brier(unseen.filter((c) => c.set === s), leftOut).toFixed(4)}`).join(', ')}`,
      `  in sample (a ${all.toFixed(3)} on all eight): Brier ${brier(unseen, inSample).toFixed(5)}, log loss ${logLoss(unseen, inSample).toFixed(5)}; tuning half ${brier(tuning, inSample).toFixed(5)}, log loss ${logLoss(tuning, inSample).toFixed(5)}; ${endsLine(tuning, inSample)}`,
    );
  }
  lines.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(lines.join('\n'));
}
