/**
 * `npm run bench -- horizon`: the worst-case time of ONE assessment over far horizons. The cost of an
 * assessment grows with the number of periods up to the deadline (a total sums them; the chart path
 * samples them), so the forecast horizon (MAX_HORIZON_YEARS after the latest data point) bounds it;
 * past the horizon, and on 31/12/9999 ("no end date"), the answer is a message, at once.
 *
 * Cases: daily (five years), working-day, weekly, monthly and quarterly histories; amounts and counts;
 * level and total; deadlines from one year out to the horizon's last day, one day past it, 9999-12-30
 * and 9999-12-31. Each case is timed RUNS times, each run on a history never seen before (no cached
 * fit): `assess` plus `forecastPath` (what the wizard's sidebarAssess runs), and the bundle's
 * ACHIEVABILITY, in CPU time of the process (the wall time on a shared machine is mostly the wait for a
 * core; the CPU time includes V8's background compiler and GC threads). Per case the median of the runs
 * and the slowest single run; the worst case over cases of both (one GC pause or scheduler hiccup makes a
 * slow single run, the median is the case's cost). Printed, never asserted (target: under 50 ms in Node
 * for any deadline).
 */
import { loadavg } from 'node:os';
import { assess, forecastPath, horizonLimit, type AssessInput } from '../../core/achievability';
import { addDays, addPeriods, isoWeekday } from '../../core/dates';
import { mulberry32, normalSampler } from '../../core/forecast/stats';
import type { Aggregation, IsoDate, KpiPoint, Period } from '../../core/types';
import { loadAddon } from '../runtime';
import { customFunctionGlobals, sheetRows } from './globals';

interface Shape {
  name: string;
  period: Period;
  length: number;
  count: boolean;
  workingDays?: boolean;
}

const SHAPES: readonly Shape[] = [
  { name: 'daily amounts, 5 years', period: 'day', length: 5 * 365 + 1, count: false },
  { name: 'daily counts, 5 years', period: 'day', length: 5 * 365 + 1, count: true },
  { name: 'working-day amounts, 3 years', period: 'day', length: 3 * 365, count: false, workingDays: true },
  { name: 'weekly counts, 3 years', period: 'week', length: 157, count: true },
  { name: 'monthly amounts, 5 years (seasonal)', period: 'month', length: 60, count: false },
  { name: 'quarterly amounts, 8 years (seasonal)', period: 'quarter', length: 32, count: false },
];

function history(shape: Shape, seed: number): KpiPoint[] {
  const normal = normalSampler(mulberry32(seed));
  const points: KpiPoint[] = [];
  let value = shape.count ? 20 : 10_000;
  for (let i = 0; points.length < shape.length; i++) {
    const date = addPeriods('2021-01-04', shape.period, i);
    if (shape.workingDays && isoWeekday(date) > 5) continue;
    value = Math.max(1, value + (shape.count ? 0.02 : 20) + (shape.count ? 2 : 150) * normal());
    points.push({ date, value: shape.count ? Math.round(value) : Math.round(value * 100) / 100 });
  }
  return points;
}

/** CPU time of this process (ms): on a shared machine wall time mostly measures the wait for a core. */
function timed(fn: () => unknown): number {
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

/** Timed runs per case (each on a fresh history): the median is the case's figure, the slowest run is shown too. */
const RUNS = 5;
/** Untimed warm-up rounds per shape (see `run`). */
const WARM_ROUNDS = 3;
/** Fresh bundle contexts whose first call is timed (the cold cost: V8 compiles the code as it runs). */
const COLD_CONTEXTS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Worst {
  ms: number;
  label: string;
}

function worse(worst: Worst, ms: number, label: string): Worst {
  return ms > worst.ms ? { ms, label } : worst;
}

export async function run(): Promise<void> {
  const addon = loadAddon(customFunctionGlobals());
  const lines = [
    `Far-horizon benchmark: time of one assessment, ${RUNS} runs per case, each on an unseen history (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; CPU time of this process)`,
    '  per case: median of the runs (slowest single run in brackets), core assess+path / bundle ACHIEVABILITY, ms',
  ];
  let seed = 1;
  let worstCore: Worst = { ms: 0, label: '' };
  let worstBundle: Worst = { ms: 0, label: '' };
  let slowestCore: Worst = { ms: 0, label: '' };
  let slowestBundle: Worst = { ms: 0, label: '' };
  // Warm-up (JIT), not timed: WARM_ROUNDS assessments and chart paths of each shape, level and total, near
  // and far, through core and through the bundle's own copy of the code (it runs in its own realm). Without
  // it the first measured cases (daily, +90 d) timed V8's compiler rather than the assessment: their runs
  // took 20–120 ms while the same case later takes under 10. The compiler's cost is shown apart, below
  // (the first call in a fresh bundle context).
  for (const [k, shape] of SHAPES.entries()) {
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const aggregation of ['level', 'total'] as const) {
        for (const years of [0.25, 5]) {
          const points = history(shape, 10_000 + seed++);
          const latest = points[points.length - 1];
          const deadline = addDays(latest.date, Math.round(365 * years));
          const input: AssessInput = { history: points, target: latest.value * 1.1, deadline, today: latest.date, aggregation };
          assess(input, 'en');
          forecastPath(input);
          const other = history(shape, 20_000 + 100 * k + seed++);
          addon.call('ACHIEVABILITY', sheetRows(other), latest.value * 1.1, deadline, other[other.length - 1].date, null, aggregation);
        }
      }
    }
  }
  for (const shape of SHAPES) {
    for (const aggregation of ['level', 'total'] as const satisfies readonly Aggregation[]) {
      const row: string[] = [];
      const probe = history(shape, seed);
      const last = probe[probe.length - 1].date;
      const limit = horizonLimit(last) as IsoDate;
      const deadlines: Array<[string, IsoDate]> = [
        // The ordinary case, for reference: far deadlines should cost about the same.
        ['+90 d', addDays(last, 90)],
        ['+1 y', addPeriods(last, 'year', 1)],
        ['+5 y', addPeriods(last, 'year', 5)],
        ['horizon', limit],
        ['horizon+1 d', addDays(limit, 1)],
        ['9999-12-30', '9999-12-30'],
        ['9999-12-31', '9999-12-31'],
      ];
      for (const [label, deadline] of deadlines) {
        const coreRuns: number[] = [];
        const bundleRuns: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          // Same dates as the probe (the deadlines are relative to its last point), new values: no cached fit.
          const points = history(shape, seed++);
          const latest = points[points.length - 1];
          const input: AssessInput = { history: points, target: latest.value * (aggregation === 'total' ? 1000 : 1.2), deadline, today: latest.date, aggregation };
          coreRuns.push(
            timed(() => {
              const a = assess(input, 'en');
              if (a.verdict !== 'insufficient-data') forecastPath(input);
            }),
          );
          const other = history(shape, seed++);
          const rows = sheetRows(other);
          bundleRuns.push(
            timed(() => {
              try {
                addon.call('ACHIEVABILITY', rows, input.target, deadline, other[other.length - 1].date, null, aggregation);
              } catch {
                // Past the horizon the function answers with its message: timed all the same.
              }
            }),
          );
        }
        const core = median(coreRuns);
        const bundle = median(bundleRuns);
        const coreMax = Math.max(...coreRuns);
        const bundleMax = Math.max(...bundleRuns);
        row.push(`${label} ${core.toFixed(1)} (${coreMax.toFixed(1)}) / ${bundle.toFixed(1)} (${bundleMax.toFixed(1)})`);
        const where = `${shape.name}, ${aggregation}, ${label}`;
        worstCore = worse(worstCore, core, where);
        worstBundle = worse(worstBundle, bundle, where);
        slowestCore = worse(slowestCore, coreMax, where);
        slowestBundle = worse(slowestBundle, bundleMax, where);
      }
      lines.push(`  ${shape.name}, ${aggregation}: ${row.join(' · ')}`);
    }
  }
  lines.push('  (the +90 d column is the ordinary case: a far deadline costs about the same, past the horizon almost nothing)');
  lines.push(`  worst case, median of ${RUNS} runs — core assessment + chart path: ${worstCore.ms.toFixed(1)} ms (${worstCore.label}) (target < 50 ms)`);
  lines.push(`  worst case, median of ${RUNS} runs — bundle ACHIEVABILITY: ${worstBundle.ms.toFixed(1)} ms (${worstBundle.label}) (target < 50 ms)`);
  lines.push(`  slowest single run — core assessment + chart path: ${slowestCore.ms.toFixed(1)} ms (${slowestCore.label})`);
  lines.push(`  slowest single run — bundle ACHIEVABILITY: ${slowestBundle.ms.toFixed(1)} ms (${slowestBundle.label})`);
  // The cold cost: the first ACHIEVABILITY call in a bundle loaded afresh (as each Apps Script execution
  // loads Code.js), on five years of daily amounts, +90 d, and a second call on another history.
  const daily = SHAPES[0];
  const cold: string[] = [];
  for (let c = 0; c < COLD_CONTEXTS; c++) {
    const fresh = loadAddon(customFunctionGlobals());
    const times = [0, 1].map(() => {
      const points = history(daily, 30_000 + seed++);
      const latest = points[points.length - 1];
      const rows = sheetRows(points);
      return timed(() => fresh.call('ACHIEVABILITY', rows, latest.value * 1.2, addDays(latest.date, 90), latest.date, null, 'level'));
    });
    cold.push(`${times[0].toFixed(1)} then ${times[1].toFixed(1)}`);
  }
  lines.push(`  cold: first ACHIEVABILITY call in a freshly loaded bundle (${daily.name}, level, +90 d), then a second one: ${cold.join(' · ')} ms`);
  lines.push(`  load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`);
  console.log(lines.join('\n'));
}
