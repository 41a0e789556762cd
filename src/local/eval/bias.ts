/**
 * `npm run eval -- bias [--half=tuning|held-out|<fresh set>|unseen|all]`: where the CENTRE of our forecasts goes wrong,
 * on the real-data backtest's cases (tuning half by default: tune on it only). The core forecaster is run
 * directly (same code as the bundle's ACHIEVABILITY; the backtest's `ours` also counts the one-period totals,
 * which repeat the one-period levels, so its Brier differs a little), next to forecast::ets's cached forecasts
 * on the same cases, grouped by form (level, total), trend strength (`trendStrength`: the mean one-step change
 * over its standard deviation, log changes for positive series; flat under 0.1, steady from 0.3), frequency,
 * history length (in years), whether the forecast has its exponential-smoothing member, and horizon class.
 * Per group and method:
 *   Brier     over the group's targets (the backtest's cases);
 *   mean PIT  the mean of P(Y ≤ actual) over the group's forecasts: 0.5 when centred, above when outcomes
 *             land high (trend under-extrapolated), below when they land low;
 *   > med     the share of outcomes above the forecast's median (50 % when centred);
 *   > q90     the share of outcomes above the forecast's 90 % quantile (10 % when calibrated), and
 *   < q10     the share below its 10 % quantile: one of the two well above 10 % while the other is not
 *             is a biased centre, both above 10 % a range too narrow.
 * Then, per target, by its direction (above or below the latest value; h × it for totals), with the horizon,
 * form and trend: our mean probability → the share reached. Both directions reached more often than said is
 * a centre too low; increases reached less often and decreases more often is a range too wide.
 * Used to diagnose the centre (issue 11; RECALIBRATION_TILT in core/forecast/index.ts); spread.ts diagnoses the width.
 */
import { probabilityAtLeast } from '../../core/forecast';
import type { Period } from '../../core/types';
import { referenceProbability } from './backtest';
import { coreCases, halfOption } from './core-cases';

/** One forecast of the backtest (series, origin, form, horizon) as the bias table reads it. */
export interface BiasRow {
  groups: readonly string[];
  /** (probability, outcome) per target, ours and ets's (ets: null where R could not fit). */
  ours: ReadonlyArray<[number, 0 | 1]>;
  ets: ReadonlyArray<[number, 0 | 1]> | null;
  /** P(Y ≤ actual) under ours and under ets's Gaussian forecast (null: none). */
  pitOurs: number;
  pitEts: number | null;
}

interface Tally {
  brier: number;
  targets: number;
  pits: number[];
}

const emptyTally = (): Tally => ({ brier: 0, targets: 0, pits: [] });

/** Brier, mean PIT, share above the 90 % quantile and below the 10 % one, per group (in first-seen order). */
export function biasTable(rows: readonly BiasRow[]): Array<{ group: string; forecasts: number; ours: BiasFigures; ets: BiasFigures | null }> {
  const tallies = new Map<string, { ours: Tally; ets: Tally; forecasts: number }>();
  for (const row of rows) {
    for (const group of row.groups) {
      let t = tallies.get(group);
      if (!t) tallies.set(group, (t = { ours: emptyTally(), ets: emptyTally(), forecasts: 0 }));
      t.forecasts++;
      for (const [p, o] of row.ours) {
        t.ours.brier += (p - o) ** 2;
        t.ours.targets++;
      }
      t.ours.pits.push(row.pitOurs);
      if (row.ets && row.pitEts !== null) {
        for (const [p, o] of row.ets) {
          t.ets.brier += (p - o) ** 2;
          t.ets.targets++;
        }
        t.ets.pits.push(row.pitEts);
      }
    }
  }
  return [...tallies].map(([group, t]) => ({ group, forecasts: t.forecasts, ours: figures(t.ours) as BiasFigures, ets: figures(t.ets) }));
}

export interface BiasFigures {
  brier: number;
  meanPit: number;
  aboveQ90: number;
  belowQ10: number;
  /** Share of outcomes above the forecast's median (50 % when centred). */
  aboveMedian: number;
}

function figures(t: Tally): BiasFigures | null {
  if (t.targets === 0 || t.pits.length === 0) return null;
  const n = t.pits.length;
  return {
    brier: t.brier / t.targets,
    meanPit: t.pits.reduce((s, u) => s + u, 0) / n,
    aboveQ90: t.pits.filter((u) => u > 0.9).length / n,
    belowQ10: t.pits.filter((u) => u < 0.1).length / n,
    aboveMedian: t.pits.filter((u) => u > 0.5).length / n,
  };
}

const PERIODS_PER_YEAR: Record<Period, number> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };


/** Trend strength of a training history: mean one-step change over its standard deviation (log changes for positive series). */
export function trendStrength(values: readonly number[]): number {
  const positive = values.every((v) => v > 0);
  const changes: number[] = [];
  for (let i = 1; i < values.length; i++) changes.push(positive ? Math.log(values[i] / values[i - 1]) : values[i] - values[i - 1]);
  if (changes.length < 2) return 0;
  const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
  const sd = Math.sqrt(changes.reduce((s, c) => s + (c - mean) ** 2, 0) / (changes.length - 1));
  // Changes all alike (up to rounding): the steadiest trend there is, or none.
  if (!(sd > 1e-9 * Math.abs(mean))) return mean === 0 ? 0 : Math.sign(mean) * Infinity;
  return mean / sd;
}

/** The class of a trend strength: falling / flat / rising, steady when the mean change is at least 0.3 sd. */
export function trendClass(r: number): string {
  const a = Math.abs(r);
  if (a < 0.1) return 'trend flat';
  return `trend ${r > 0 ? 'rising' : 'falling'} ${a < 0.3 ? 'weak' : 'steady'}`;
}

export async function run(): Promise<void> {
  const which = halfOption();
  const rows: BiasRow[] = [];
  // Reliability by the target's direction (above or below the latest value, h × it for totals): mean probability, share reached, Brier.
  const byDirection = new Map<string, { p: number; reached: number; brier: number; targets: number }>();
  const tallyTarget = (key: string, p: number, o: 0 | 1): void => {
    let t = byDirection.get(key);
    if (!t) byDirection.set(key, (t = { p: 0, reached: 0, brier: 0, targets: 0 }));
    t.p += p;
    t.reached += o;
    t.brier += (p - o) ** 2;
    t.targets++;
  };
  for (const { series, n, h, form, targets, actual, dist, ref } of coreCases(which)) {
    const member = dist.components.some((c) => c.name.startsWith('ets')) ? 'with ets' : 'without ets';
    const perYear = PERIODS_PER_YEAR[series.period];
    const horizon = h === 1 ? 'h = 1' : h / perYear <= 0.5 ? 'h ≤ ½ year' : 'h > ½ year';
    const years = n / perYear;
    // Yearly: by points (the ETS member needs 52 of them); other frequencies: by years (seasons).
    const length = series.period === 'year' ? (n < 52 ? '< 52 points' : '≥ 52 points') : years < 6 ? '< 6 years' : years < 15 ? '6–15 years' : '≥ 15 years';
    const trend = trendClass(trendStrength(series.values.slice(0, n)));
    const outcome = (t: number): 0 | 1 => (actual >= t ? 1 : 0);
    const ours = targets.map((t): [number, 0 | 1] => [probabilityAtLeast(dist, t), outcome(t)]);
    const base = (form === 'total' ? h : 1) * series.values[n - 1];
    targets.forEach((t, i) => {
      const direction = t > base ? 'increase' : 'decrease';
      for (const key of [direction, `${direction} ${form}`, `${direction} ${horizon}`, `${direction} ${trend}`]) tallyTarget(key, ours[i][0], ours[i][1]);
    });
    rows.push({
      groups: ['all', `form ${form}`, trend, `${trend} ${horizon}`, series.period, `${series.period} ${length}`, `${series.period} ${member}`, `${member} ${horizon}`, `${series.period} ${horizon}`],
      ours,
      ets: ref.ets ? targets.map((t) => [referenceProbability(ref.ets, t) ?? 0, outcome(t)]) : null,
      pitOurs: 1 - probabilityAtLeast(dist, actual),
      pitEts: ref.ets ? 1 - (referenceProbability(ref.ets, actual) ?? 0) : null,
    });
  }
  const cell = (f: BiasFigures | null): string =>
    f
      ? `${f.brier.toFixed(4).padStart(8)}${f.meanPit.toFixed(2).padStart(7)}${(100 * f.aboveMedian).toFixed(0).padStart(6)}${(100 * f.aboveQ90).toFixed(0).padStart(6)}${(100 * f.belowQ10).toFixed(0).padStart(6)}`
      : '—'.padStart(33);
  const lines = [
    `Bias diagnostic on the ${which} series: our forecast's centre next to forecast::ets's (mean PIT 0.5, 50 % above the median, 10 % above q90 and 10 % below q10 when calibrated)`,
    `  ${'group'.padEnd(34)}${'forecasts'.padStart(10)}   ${'ours: Brier  PIT  >med  >q90  <q10'.padStart(33)}   ${'ets: Brier  PIT  >med  >q90  <q10'.padStart(33)}`,
  ];
  const order = (g: string) => ['all', 'form', 'trend', 'week', 'month', 'quarter', 'year', 'with', 'without'].findIndex((p) => g.startsWith(p));
  const table = biasTable(rows).sort((a, b) => order(a.group) - order(b.group) || a.group.localeCompare(b.group));
  for (const r of table) lines.push(`  ${r.group.padEnd(34)}${String(r.forecasts).padStart(10)}   ${cell(r.ours)}   ${cell(r.ets)}`);
  lines.push('', `  by the target's direction (above / below the latest value, h × it for totals): our mean probability → share reached (targets), Brier`);
  for (const [key, t] of [...byDirection].sort((a, b) => a[0].localeCompare(b[0])))
    lines.push(`  ${key.padEnd(40)}${((100 * t.p) / t.targets).toFixed(1).padStart(7)} % → ${((100 * t.reached) / t.targets).toFixed(1).padStart(5)} % (${t.targets})  ${(t.brier / t.targets).toFixed(4)}`);
  console.log(lines.join('\n'));
}
