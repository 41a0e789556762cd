/**
 * The real-data backtest's cases run through the core forecaster directly (same code as the bundle's
 * ACHIEVABILITY), for the diagnostics that re-read its distributions (`spread.ts`, `bias.ts`): one case per
 * series × origin × form × horizon that the cached R reference covers, with its targets, its outcome, our
 * forecast distribution and the reference row.
 */
import { Forecaster, type Distribution } from '../../core/forecast';
import { detectPeriod, periodsUntil, toGrid } from '../../core/series/period';
import type { Aggregation, KpiPoint } from '../../core/types';
import {
  actualOf,
  freshSetOf,
  datesOf,
  halfOfSeries,
  loadReference,
  loadSeries,
  originsOf,
  referencePathOf,
  referenceKey,
  seriesPathOf,
  targetsOf,
  type Form,
  type RealSeries,
  type ReferenceRow,
  UNSEEN_SETS,
} from './backtest';

export interface CoreCase {
  series: RealSeries;
  /** Points of history at the origin. */
  n: number;
  form: Form;
  h: number;
  targets: number[];
  actual: number;
  dist: Distribution;
  ref: ReferenceRow;
}

/** `--half=` of the command line (tuning by default: tune on it only). */
export function halfOption(): string {
  for (const a of process.argv.slice(2)) if (a.startsWith('--half=')) return a.slice('--half='.length);
  return 'tuning';
}

/**
 * Every case of the `which` half (tuning, held-out, a fresh set or all) that the reference covers;
 * `unseen`: those of the held-out half and every fresh set, one after the other (UNSEEN_SETS).
 */
export function* coreCases(which: string): Generator<CoreCase> {
  if (which === 'unseen') {
    for (const set of UNSEEN_SETS) yield* coreCases(set);
    return;
  }
  const freshSet = freshSetOf(which);
  const seriesList = loadSeries(seriesPathOf(freshSet)).filter((s) => halfOfSeries(s) === which || which === 'all');
  const reference = loadReference(referencePathOf(freshSet));
  for (const series of seriesList) {
    const dates = datesOf(series, series.values.length);
    for (const origin of originsOf(series)) {
      const { n } = origin;
      const train = series.values.slice(0, n);
      const points: KpiPoint[] = train.map((value, i) => ({ date: dates[i], value }));
      const period = detectPeriod(points);
      if (!period) continue;
      const forecasters = new Map<Aggregation, Forecaster>();
      const plan: Array<{ form: Form; h: number }> = [...origin.level.map((h) => ({ form: 'level' as const, h })), ...origin.total.map((h) => ({ form: 'total' as const, h }))];
      for (const { form, h } of plan) {
        const targets = targetsOf(train, form, h);
        if (targets.length === 0) continue;
        const actual = actualOf(series.values, n, form, h);
        const aggregation: Aggregation = form === 'total' ? 'total' : 'level';
        let forecaster = forecasters.get(aggregation);
        if (!forecaster) {
          forecaster = new Forecaster(toGrid(points, period, aggregation), aggregation, process.argv.includes('--no-units') ? null : series.unit);
          forecasters.set(aggregation, forecaster);
        }
        const dist = forecaster.distribution(periodsUntil(dates[n - 1], dates[n - 1 + h], period));
        if (dist.components.length === 0) continue;
        const ref = reference[referenceKey(series.name, n, form, h)];
        if (!ref || (!ref.ets && !ref.arima)) continue; // the backtest scores the cases the reference covers
        yield { series, n, form, h, targets, actual, dist, ref };
      }
    }
  }
}
