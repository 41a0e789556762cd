/**
 * `npm run bench -- drivers`: speed of one bottom-up plan — BOTTOMUP through
 * the built bundle on 4 drivers × 3 years of weekly history (target < 100 ms),
 * each plan on a funnel the bundle has not seen (no cache), in a fresh
 * execution after one warm-up. Wall time and, in brackets, CPU time.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addPeriods } from '../../core/dates';
import { mulberry32, normalSampler } from '../../core/forecast/stats';
import { loadAddon } from '../runtime';
import { customFunctionGlobals } from './globals';

function funnel(seed: number): unknown[][] {
  const n = normalSampler(mulberry32(seed));
  const rows: unknown[][] = [['Week', 'Leads', 'Conversion rate', 'Close rate', 'Average deal size']];
  let leads = 120;
  for (let w = 0; w < 157; w++) {
    leads = Math.max(10, leads * Math.exp(0.002 + 0.04 * n()));
    rows.push([addPeriods('2023-12-04', 'week', w), Math.round(leads), 0.3 + 0.03 * n(), 0.25 + 0.03 * n(), Math.round(5000 + 400 * n())]);
  }
  return rows;
}

export async function run(): Promise<void> {
  const addon = loadAddon(customFunctionGlobals());
  const today = addPeriods('2023-12-04', 'week', 156);
  const deadline = addPeriods(today, 'week', 13);
  addon.call('BOTTOMUP', 500_000, deadline, funnel(1), today);
  const times: Array<{ ms: number; cpuMs: number }> = [];
  for (let seed = 2; seed < 9; seed++) {
    const rows = funnel(seed);
    const cpu = process.cpuUsage();
    const start = performance.now();
    addon.call('BOTTOMUP', 500_000, deadline, rows, today);
    const used = process.cpuUsage(cpu);
    times.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  }
  times.sort((a, b) => a.ms - b.ms);
  const show = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(1)} ms (${t.cpuMs.toFixed(1)})`;
  console.log(`Bottom-up benchmark (load average ${loadavg()[0].toFixed(1)}; wall time, CPU time in brackets)`);
  console.log(`  BOTTOMUP, 4 drivers × 157 weekly points, 13-week goal (7 unseen funnels): median ${show(times[3])}, slowest ${show(times[6])} (target < 100 ms)`);
}
