/**
 * `npm run bench -- statements`: statement analysis speed.
 *   1. statements per second on one core (core analyzer and full evaluation), over the labelled corpus: in this process
 *      (after whatever ran before it here, its executable memory printed before and after), then in fresh child
 *      processes that load one analyser each (core, and the built bundle's SMARTSCORE) — the figure the target reads —,
 *      the bundle children then scoring 2,000 DISTINCT statements in one call (perf64: read there, not after this process's work);
 *   2. SMARTSCORE over a 10,000-row column through the built bundle (dist/Code.js via loadAddon),
 *      as Sheets would call it for =SMARTSCORE(A2:A10001); SMARTCHECK and SMARTSCORE over 50,000
 *      rows, and the distinct-statement cost per row;
 *   3. bundle load: Code.js compiled and run in a fresh vm context plus one first call, as every
 *      custom-function execution loads it.
 * Figures are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeStatement, evaluateStatement } from '../../core/statement';
import { DEFAULT_CORPUS, readCorpus } from '../eval/statement';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CODE_PATH, loadAddon } from '../runtime';
import { codeMemory, formatCodeMemory, pastRegexLine } from './code-memory';
import { runInChild, type ChildKind, type ChildReport } from './statement-child';
import { readableFixtureTexts } from './statement-texts';

const AS_OF = '2026-11-26';

/** CPU time of this process in ms (user + system): fairer than wall time on a shared, loaded machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const ROUNDS = 11;

interface Measured {
  readonly label: string;
  readonly fn: (text: string) => unknown;
  readonly rounds: Array<{ wall: number; cpu: number }>;
}

/**
 * Statements per second over the corpus for several functions, timed in alternation: first every function warms up
 * (its own and its callees' code optimised), then rounds of `roundMs` each go A, B, A, B…, and the median round and the
 * spread of each are printed. Why: timed one after the other (a 0.7 s warm-up, then 5 rounds of A, then B),
 * `analyzeStatement` read slower and noisier than `evaluateStatement`, which does strictly more (it calls
 * `analyzeStatement`, then writes messages) — A's rounds ran while V8 was still optimising the analyser's code, which
 * B then inherited warm, and each function met a different stretch of the other engineers' load on this shared
 * 2-core machine. Alternating gives both the same JIT state and the same load; eleven short rounds rather than five
 * make the median robust to a burst of garbage collection or of another process.
 */
function rates(texts: readonly string[], fns: ReadonlyArray<{ label: string; fn: (text: string) => unknown }>, roundMs = 400): void {
  const measured: Measured[] = fns.map((f) => ({ ...f, rounds: [] }));
  for (const m of measured) {
    const warmStart = performance.now();
    do for (const t of texts) m.fn(t);
    while (performance.now() - warmStart < 1000);
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const m of measured) {
      let count = 0;
      const start = performance.now();
      const cpuStart = cpuMs();
      let elapsed = 0;
      while (elapsed < roundMs) {
        for (const t of texts) m.fn(t);
        count += texts.length;
        elapsed = performance.now() - start;
      }
      m.rounds.push({ wall: (count / elapsed) * 1000, cpu: (count / (cpuMs() - cpuStart)) * 1000 });
    }
  }
  for (const m of measured) {
    const wall = m.rounds.map((x) => x.wall).sort((a, b) => a - b);
    const cpu = m.rounds.map((x) => x.cpu).sort((a, b) => a - b);
    const mid = (ROUNDS - 1) / 2;
    console.log(
      `  ${m.label.padEnd(44)} ${fmt(wall[mid]).padStart(9)} statements/s wall (median of ${ROUNDS} alternated rounds; ${fmt(wall[0])}–${fmt(wall[ROUNDS - 1])}), ${fmt(cpu[mid])} per CPU-second (${fmt(cpu[0])}–${fmt(cpu[ROUNDS - 1])})`,
    );
  }
}

/** perf64: the DISTINCT column the bundle children score after their rounds (as the in-process line's 2,000). */
const DISTINCT_IN_CHILD = 2_000;

/** Child processes per analyser: alternated core, bundle / bundle, core… so both meet the same stretches of load. */
const CHILD_PAIRS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * bench61: statements per second in fresh processes, each loading one analyser and nothing before it — how a custom
 * function's execution runs it (every execution loads Code.js afresh: docs/ARCHITECTURE.md, *Cold start* and *Bench:
 * fresh processes*). In the bench's own process the analyser's regexes are compiled after the earlier sections'
 * code and beside `evaluateStatement`'s, past V8's regex-code line (code-memory.ts), so that figure depends on what ran
 * before it; this one does not. Wall and CPU figures both, with the load average at the start and the end.
 */
export async function freshProcessRates(texts: readonly string[]): Promise<void> {
  const loadBefore = loadavg()[0];
  const reports: Record<ChildKind, ChildReport[]> = { core: [], bundle: [] };
  const distinct = distinctGoals(DISTINCT_IN_CHILD);
  for (let pair = 0; pair < CHILD_PAIRS; pair++) {
    const order: ChildKind[] = pair % 2 === 0 ? ['core', 'bundle'] : ['bundle', 'core'];
    for (const kind of order) reports[kind].push(await runInChild({ kind, texts, asOf: AS_OF, warmMs: 1000, warmPasses: 5, rounds: ROUNDS, roundMs: 400, distinct: kind === 'bundle' ? distinct : undefined }));
  }
  const loadAfter = loadavg()[0];
  console.log(
    `  Fresh processes (one analyser loaded and nothing before it, as a custom function's execution; ${CHILD_PAIRS} children each, alternated; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}):`,
  );
  const labels: Record<ChildKind, string> = { core: 'analyzeStatement (core), fresh process', bundle: 'SMARTSCORE (bundle, a column a call), fresh' };
  for (const kind of ['core', 'bundle'] as const) {
    const runs = reports[kind];
    const rounds = runs.flatMap((r) => r.rounds);
    const childWall = runs.map((r) => median(r.rounds.map((x) => x.wall)));
    const childCpu = runs.map((r) => median(r.rounds.map((x) => x.cpu)));
    const executable = runs.map((r) => r.memory.afterFirstPass.executableMB);
    console.log(
      `  ${labels[kind].padEnd(44)} ${fmt(median(rounds.map((x) => x.wall))).padStart(9)} statements/s wall (median of ${rounds.length} rounds; children's medians ${childWall.map(fmt).join(', ')}), ${fmt(median(rounds.map((x) => x.cpu)))} per CPU-second (${childCpu.map(fmt).join(', ')}); first pass ${fmt(median(runs.map((r) => r.firstPassCpuMicros)))} µs CPU a statement; executable memory after it ${Math.min(...executable).toFixed(1)}–${Math.max(...executable).toFixed(1)} MB`,
    );
  }
  const distinctMs = reports.bundle.map((r) => (r.distinctCpuMicros ?? 0) / 1000);
  console.log(
    `  SMARTSCORE over ${fmt(DISTINCT_IN_CHILD)} DISTINCT statements, same child, after its rounds   ${median(distinctMs).toFixed(2).padStart(6)} ms CPU a statement scored (each bundle child's one call: ${distinctMs.map((ms) => ms.toFixed(2)).join(', ')}; rows scored within the 25 s range budget ${reports.bundle.map((r) => fmt(r.distinctScored ?? 0)).join(', ')} of ${fmt(DISTINCT_IN_CHILD)}) — a warm process's figure for a column with no repeats, not a custom function's first call`,
  );
  console.log(
    "  The ≥ 5,000 statements/s target reads the fresh-process lines (issue 11: through the built bundle, so SMARTSCORE's; analyzeStatement's is the figure's history): each custom-function execution loads the analyser into a fresh runtime, never after the bench's other work.",
  );
}

const CPU_ROUNDS = 7;

/**
 * CPU microseconds a statement over every readable fixture text (`statement-texts.ts`, ~4,000 FR/EN texts: the eval's
 * sentences and the glossaries' names), the median of CPU_ROUNDS whole passes after one warm pass. Why beside the wall
 * rates: the wall figure read 4,756/s at a quiet hour and 2,781/s at load 1.5 for the same code (perf52), so a regression
 * cannot be told from the load by it; one pass's process CPU time over a larger, fixed list moves far less with the
 * other engineers' work (it still grows with contention for the core's caches: compare figures of one session's hour).
 */
function cpuPerStatement(fn: (text: string) => unknown): { median: number; low: number; high: number; texts: number } {
  const texts = readableFixtureTexts();
  for (const t of texts) fn(t);
  const rounds: number[] = [];
  for (let r = 0; r < CPU_ROUNDS; r++) {
    const start = cpuMs();
    for (const t of texts) fn(t);
    rounds.push(((cpuMs() - start) * 1000) / texts.length);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[(CPU_ROUNDS - 1) / 2], low: rounds[0], high: rounds[CPU_ROUNDS - 1], texts: texts.length };
}

/** `count` goal statements no two alike: five phrasings (EN and FR), each naming its row's own number (a team, an agency…). */
export function distinctGoals(count: number): unknown[][] {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28);
    const month = Math.floor(i / 28) % 12;
    const phrasings = [
      `Close ${20 + i} new accounts by ${months[month]} ${day}, 2027`,
      `Raise team ${i}’s close rate from ${10 + (i % 30)} % to ${41 + (i % 50)} % by ${1 + month}/${day}/2027`,
      `Augmenter le chiffre d’affaires de l’agence ${i} de ${5 + (i % 40)} % d’ici le ${day} ${mois[month]} 2027`,
      `Book ${30 + i} meetings per month with enterprise prospects by ${months[month]} ${day}, 2027`,
      `Réduire l’attrition du portefeuille ${i} à ${1 + (i % 4)} % d’ici le ${day} ${mois[month]} 2027`,
    ];
    return [phrasings[i % phrasings.length]];
  });
}

/** The figures in this process, labelled as such, with its executable memory before and after (code-memory.ts). */
export function inProcessRates(texts: readonly string[]): void {
  const before = codeMemory();
  console.log(`  In this process (after whatever the bench ran before it here): at the start ${formatCodeMemory(before)}${pastRegexLine(before) ? " — already past V8's 16 MB regex line" : ''}`);
  rates(texts, [
    { label: 'analyzeStatement (core), in this process', fn: (t) => analyzeStatement(t, { asOf: AS_OF }) },
    { label: 'evaluateStatement (core), in this process', fn: (t) => evaluateStatement(t, { asOf: AS_OF }) },
  ]);
  console.log(`  In this process, after those rounds: ${formatCodeMemory(codeMemory())}`);
}

export async function run(): Promise<void> {
  const texts = readCorpus(DEFAULT_CORPUS).map((r) => r.text);
  console.log(`Statement analysis speed (${texts.length} corpus statements, one core)`);
  inProcessRates(texts);
  await freshProcessRates(texts);
  const perStatement = cpuPerStatement((t) => analyzeStatement(t, { asOf: AS_OF }));
  console.log(
    `  analyzeStatement CPU over the readable fixture texts, in this process ${perStatement.median.toFixed(0).padStart(6)} µs a statement (median of ${CPU_ROUNDS} passes over ${perStatement.texts.toLocaleString('en-US')} texts; ${perStatement.low.toFixed(0)}–${perStatement.high.toFixed(0)})`,
  );

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

  // 50,000-row columns (issue 10: under 2 s in Node): a real column repeats its goals; the
  // distinct-text worst case is measured on 2,000 rows and given per row.
  const big: unknown[][] = [];
  for (let i = 0; i < 50_000; i++) big.push([i % 25 === 24 ? '' : texts[i % texts.length]]);
  for (const name of ['SMARTCHECK', 'SMARTSCORE']) {
    const t0 = performance.now();
    const out = addon.call<unknown[][]>(name, big, ...(name === 'SMARTSCORE' ? ['', AS_OF] : [AS_OF]));
    const bigMs = performance.now() - t0;
    console.log(`  ${name} over a 50,000-row column (bundle)    ${bigMs.toFixed(0).padStart(6)} ms  (${out.length} rows, ${texts.length} distinct statements cycled)`);
  }
  // A column of DISTINCT goals (surf57, audit57 finding 6): the 50,000-row lines above cost only their distinct statements
  // (`StatementMemo`), so what one call can hold is measured on columns where no two rows are alike — five phrasings, EN
  // and FR, each row's own numbers and date. Google: a custom function "must return within 30 seconds"
  // (developers.google.com/apps-script/guides/sheets/functions); the range runners stop at 25 s and leave the rest
  // "Not computed" (ARCHITECTURE *Range budget*), counted here.
  for (const size of [2_000, 10_000]) {
    const column = distinctGoals(size);
    const w0 = performance.now();
    const c0 = cpuMs();
    const out = addon.call<unknown[][]>('SMARTSCORE', column, '', AS_OF);
    const wall = performance.now() - w0;
    const cpu = cpuMs() - c0;
    const scored = out.filter((row) => typeof row[0] === 'number').length;
    console.log(
      `  SMARTSCORE over ${size.toLocaleString('en-US')} DISTINCT statements (bundle, in this process) ${wall.toFixed(0).padStart(6)} ms wall, ${cpu.toFixed(0)} ms CPU  (${(cpu / size).toFixed(2)} ms CPU a statement; ${scored.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} scored within the 25 s range budget)`,
    );
  }
  const distinct: unknown[][] = Array.from({ length: 2000 }, (_, i) => [`Raise the close rate from ${10 + (i % 30)} % to ${41 + (i % 50)} % by ${1 + (i % 28)}/${1 + (i % 12)}/2027`]);
  const t1 = performance.now();
  addon.call<unknown[][]>('SMARTCHECK', distinct, AS_OF);
  const distinctMs = performance.now() - t1;
  console.log(`  SMARTCHECK, 2,000 distinct statements (bundle)     ${distinctMs.toFixed(0).padStart(6)} ms  (${(distinctMs / 2000).toFixed(2)} ms per distinct statement)`);

  // Every custom-function call loads Code.js into a fresh runtime: compile + run + first call.
  const source = readFileSync(CODE_PATH, 'utf8');
  const colds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = performance.now();
    const context = vm.createContext({ ...globals, console });
    new vm.Script(source, { filename: `Code-${i}.js` }).runInContext(context);
    (context as Record<string, (...a: unknown[]) => unknown>).SMARTSCORE([[texts[0]]], '', AS_OF);
    colds.push(performance.now() - c0);
  }
  colds.sort((a, b) => a - b);
  console.log(
    `  cold load + first SMARTSCORE, fresh vm context     ${colds[2].toFixed(0).padStart(6)} ms median of 5 (min ${colds[0].toFixed(0)}, max ${colds[4].toFixed(0)}); Code.js ${(Buffer.byteLength(source) / 1024).toFixed(0)} KB`,
  );
}
