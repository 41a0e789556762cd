/**
 * `npm run bench -- statements`: statement analysis speed.
 *   1. statements per second on one core (core analyzer and full evaluation), over the labelled corpus;
 *   2. SMARTSCORE over a 10,000-row column through the built bundle (dist/Code.js via loadAddon),
 *      as Sheets would call it for =SMARTSCORE(A2:A10001).
 * Figures are printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { analyzeStatement, evaluateStatement } from '../../core/statement';
import { DEFAULT_CORPUS, readCorpus } from '../eval/statement';
import { loadAddon } from '../runtime';

const AS_OF = '2026-11-26';

/** CPU time of this process in ms (user + system): fairer than wall time on a shared, loaded machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function rate(label: string, texts: readonly string[], fn: (text: string) => unknown, minMs = 1500): void {
  // Warm-up: JIT and lazily compiled regexes.
  for (const t of texts) fn(t);
  let count = 0;
  const start = performance.now();
  const cpuStart = cpuMs();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) fn(t);
    count += texts.length;
    elapsed = performance.now() - start;
  }
  const cpu = cpuMs() - cpuStart;
  const perSecond = (count / elapsed) * 1000;
  const perCpuSecond = (count / cpu) * 1000;
  console.log(
    `  ${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} statements/s wall, ${Math.round(perCpuSecond).toLocaleString('en-US').padStart(9)} per CPU-second`,
  );
}

export async function run(): Promise<void> {
  const texts = readCorpus(DEFAULT_CORPUS).map((r) => r.text);
  console.log(`Statement analysis speed (${texts.length} corpus statements, one core)`);
  rate('analyzeStatement (core)', texts, (t) => analyzeStatement(t, { asOf: AS_OF }));
  rate('evaluateStatement (core, with messages)', texts, (t) => evaluateStatement(t, { asOf: AS_OF }));

  const sheetLocale = { getSpreadsheetLocale: () => 'fr_FR' };
  const globals = { SpreadsheetApp: { getActiveSpreadsheet: () => sheetLocale }, Session: { getActiveUserLocale: () => 'fr' } };
  const loadStart = performance.now();
  const addon = loadAddon(globals);
  const loadMs = performance.now() - loadStart;
  const column: unknown[][] = [];
  for (let i = 0; i < 10_000; i++) column.push([i % 25 === 24 ? '' : texts[i % texts.length]]);
  addon.call('SMARTSCORE', [[texts[0]]], '', AS_OF); // first call compiles the bundle's lazy parts
  const start = performance.now();
  const cpuStart = cpuMs();
  const result = addon.call<unknown[][]>('SMARTSCORE', column, '', AS_OF);
  const ms = performance.now() - start;
  const cpu = cpuMs() - cpuStart;
  const history = [
    ['2026-10-05', 0.22], ['2026-10-12', 0.24], ['2026-10-19', 0.23], ['2026-10-26', 0.25],
    ['2026-11-02', 0.24], ['2026-11-09', 0.26], ['2026-11-16', 0.25], ['2026-11-23', 0.25],
  ];
  const withHistoryStart = performance.now();
  addon.call<unknown[][]>('SMARTSCORE', column.slice(0, 1000), history, AS_OF);
  const withHistoryMs = performance.now() - withHistoryStart;
  console.log(`  bundle load (dist/Code.js in node:vm)               ${loadMs.toFixed(0).padStart(6)} ms`);
  console.log(`  SMARTSCORE over a 10,000-row column (bundle)       ${ms.toFixed(0).padStart(6)} ms wall, ${cpu.toFixed(0)} ms CPU  (${result.length} rows; Apps Script limit 30 s)`);
  console.log(`  SMARTSCORE with a KPI history, 1,000 rows (bundle) ${withHistoryMs.toFixed(0).padStart(6)} ms  (${texts.length} distinct goals cycled; identical questions share one assessment)`);
}
