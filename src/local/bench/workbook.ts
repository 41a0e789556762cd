/**
 * `npm run bench -- workbook`: Check goals + plan report through the built
 * add-on on the emulator, on 2,000 goals × 40 KPI series × 3 years of weekly
 * data, and on the same workbook cut to 200 goals: the service-call count
 * must not grow with the number of rows; then 5,000 and 20,000 goals for the
 * growth of time (ratio 20k/2k). Prints time in Node, the service calls, the
 * estimated Sheets time and calls by method; asserts nothing. Then the
 * 2,000-goal workbook with 200 goals on a driver tree (issue 13: a territory
 * tab of drivers and a Drivers tab; `--no-trees` skips it). And every public
 * entry point called once on the example workbook: its service calls by method.
 * And the xlsx reader on 6,000 / 24,000 / 60,000 merged rows (`--no-reader` skips it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, isoToSerial } from '../../core/dates';
import { seededRandom } from '../../core/workbook/example';
import { APPS_SCRIPT_SLOWDOWN, createEmulator, estimatedSheetsMs, loadXlsx, saveXlsx, toXlsxBuffer, type Emulator } from '../emulator';
import { CUSTOM_FUNCTIONS } from '../../gas/registry';
import type { SidebarContext } from '../../core/api';
import { loadAddon } from '../runtime';
import { argsOf, entryPointCalls, entryPointNames, type EntryRunner } from './entry-points';
import { BENCH_TIME_ZONE } from './globals';

const TODAY = '2026-11-26';
const SERIES = 40;
const WEEKS = 156;
const TABS = 8;

interface KpiKind {
  name: string;
  base: number;
  noise: number;
  percent: boolean;
  statement: (target: string, deadline: string) => string;
}

const KINDS: KpiKind[] = [
  { name: 'Close rate', base: 0.25, noise: 0.02, percent: true, statement: (t, d) => `Raise the close rate to ${t} by ${d}` },
  { name: 'Deals won', base: 12, noise: 3, percent: false, statement: (t, d) => `Close ${t} new deals by ${d}` },
  { name: 'Leads', base: 120, noise: 15, percent: false, statement: (t, d) => `Generate ${t} qualified leads by ${d}` },
  { name: 'Churn', base: 0.06, noise: 0.008, percent: true, statement: (t, d) => `Reduce churn to ${t} by ${d}` },
  { name: 'Revenue', base: 250000, noise: 20000, percent: false, statement: (t, d) => `Reach ${t} € revenue by ${d}` },
];

/** The bench's variant with driver trees: `trees` goals (one in every goals/trees) are on a KPI with a tree whose drivers have tabs. */
export interface BenchOptions {
  trees?: number;
  /** KPI tabs (default 8), five weekly series each over three years. */
  tabs?: number;
  /** Add the driver tabs (territory + Drivers) even with no tree goal: the same workbook, to measure what the tree goals themselves cost. */
  driverTabs?: boolean;
  /**
   * A deals log of this many rows (Date, Amount, Rep, Stage: about 45 a day over the last three years, one row per deal
   * as CRMs export them) and one goal in 50 on its won amount: the 50,000-row KPI tab of review 13b.
   */
  dealsRows?: number;
}

/** Header of the tab of the tree goals' KPI and its drivers (weekly, like the rest). */
// Driver names (and a tab name) no catalog KPI uses, so only the Drivers tab's formula makes trees: exactly the tree goals get one (standard trees would
// otherwise also reach the plain Revenue and Deals goals); the headcount and the pipeline are found as the capacity check finds them.
const FUNNEL_HEADER = ['Week', 'Intake', 'Field touches', 'Hit ratio', 'Basket', 'Sales reps', 'Pipeline value'];

/**
 * The driver tabs of the trees variant: a territory tab (intake = visits × hit ratio ×
 * basket, with noise; a headcount and an open pipeline) and a
 * Drivers tab stating the tree, so the tree goals get a bottom-up plan (and a
 * capacity reading).
 */
function addDriverTabs(emulator: Emulator, random: () => number): number {
  const sheet = emulator.spreadsheet.insertSheet('Territory');
  const rows: Array<Array<string | number>> = [FUNNEL_HEADER];
  let bookings = 0;
  for (let w = 0; w < WEEKS; w++) {
    const date = addDays('2023-11-27', 7 * w);
    const season = 1 + 0.1 * Math.sin((2 * Math.PI * w) / 52);
    const meetings = Math.round(40 * season + (random() - 0.5) * 10);
    const rate = Math.round((0.25 + (random() - 0.5) * 0.04) * 1000) / 1000;
    const size = Math.round((5000 + (random() - 0.5) * 600) * 100) / 100;
    bookings = Math.round(meetings * rate * size);
    const reps = 8 + Math.floor(w / 52);
    rows.push([isoToSerial(date), bookings, meetings, rate, size, reps, Math.round(bookings * 6 + (random() - 0.5) * 20000)]);
  }
  if (FUNNEL_HEADER.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), FUNNEL_HEADER.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, FUNNEL_HEADER.length).setValues(rows);
  sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, 4, rows.length - 1, 1).setNumberFormat('0.0%');
  sheet.getRange(2, 5, rows.length - 1, 1).setNumberFormat('#,##0.00 €');
  const drivers = emulator.spreadsheet.insertSheet('Drivers');
  drivers.getRange(1, 1, 2, 1).setValues([['Driver trees'], ['Intake = Field touches × Hit ratio × Basket']]);
  return bookings;
}

export function buildWorkbook(emulator: Emulator, goals: number, options: BenchOptions = {}): void {
  const random = seededRandom(7);
  const spreadsheet = emulator.spreadsheet;
  const seriesNames: Array<{ name: string; kind: KpiKind; last: number }> = [];
  const perTab = SERIES / TABS;
  for (let tab = 0; tab < (options.tabs ?? TABS); tab++) {
    const sheet = spreadsheet.insertSheet(`KPIs ${tab + 1}`);
    const header: Array<string | number> = ['Week'];
    const kinds = Array.from({ length: perTab }, (_, i) => KINDS[(tab * perTab + i) % KINDS.length]);
    kinds.forEach((kind, i) => header.push(`${kind.name} ${tab * perTab + i + 1}`));
    const rows: Array<Array<string | number>> = [header];
    const levels = kinds.map((k) => k.base);
    for (let w = 0; w < WEEKS; w++) {
      const date = addDays('2023-11-27', 7 * w);
      const season = 1 + 0.1 * Math.sin((2 * Math.PI * w) / 52);
      rows.push([isoToSerial(date), ...kinds.map((k, i) => {
        levels[i] = Math.max(k.base * 0.3, levels[i] + (random() - 0.5) * k.noise * 0.3);
        const value = levels[i] * season + (random() - 0.5) * k.noise;
        return k.percent ? Math.round(value * 1000) / 1000 : Math.round(value);
      })]);
    }
    if (header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
    sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
    kinds.forEach((kind, i) => seriesNames.push({ name: String(header[i + 1]), kind, last: Number(rows[rows.length - 1][i + 1]) }));
  }
  const trees = Math.max(0, Math.min(goals, Math.floor(options.trees ?? 0)));
  const lastBookings = trees > 0 || options.driverTabs ? addDriverTabs(emulator, seededRandom(11)) : 0;
  const treeEvery = trees > 0 ? Math.max(1, Math.floor(goals / trees)) : 0;
  const dealsRows = Math.max(0, Math.floor(options.dealsRows ?? 0));
  let weeklyDeals = 0;
  if (dealsRows > 0) {
    const sheet = spreadsheet.insertSheet('Deals log');
    const days = 3 * 364;
    const log: Array<Array<string | number>> = [['Date', 'Amount won', 'Rep', 'Stage']];
    for (let i = 0; i < dealsRows; i++) {
      const day = Math.floor((i * days) / dealsRows);
      log.push([isoToSerial(addDays('2023-11-27', day)), Math.round(2000 + random() * 8000), `Rep ${(i % 40) + 1}`, random() < 0.8 ? 'Won' : 'Lost']);
    }
    sheet.insertRowsAfter(sheet.getMaxRows(), log.length - sheet.getMaxRows());
    sheet.getRange(1, 1, log.length, 4).setValues(log);
    sheet.getRange(2, 1, log.length - 1, 1).setNumberFormat('yyyy-mm-dd');
    sheet.getRange(2, 2, log.length - 1, 1).setNumberFormat('"$"#,##0');
    weeklyDeals = Math.round((dealsRows / (days / 7)) * 6000);
  }
  const goalsSheet = spreadsheet.insertSheet('Goals', 0);
  const rows: Array<Array<string | number>> = [['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline', 'Parent']];
  const deadlines = ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'];
  let treeGoals = 0;
  for (let i = 0; i < goals; i++) {
    if (treeEvery > 0 && i % treeEvery === treeEvery - 1 && treeGoals < trees) {
      // A tree goal (never a family's parent, and with none): weekly order intake at 90 % to 130 % of the last week's, by a quarter's end.
      treeGoals++;
      const deadline = deadlines[treeGoals % deadlines.length];
      const target = Math.round(lastBookings * (0.9 + random() * 0.4));
      rows.push([`G${i + 1}`, `Reach ${target} € of weekly order intake by ${deadline}`, 'Intake', `Owner ${(i % 23) + 1}`, target, deadline, '']);
      continue;
    }
    if (weeklyDeals > 0 && i % 50 === 49) {
      const deadline = deadlines[i % deadlines.length];
      const target = Math.round(weeklyDeals * (1 + random() * 0.3));
      rows.push([`G${i + 1}`, `Reach $${target} of amount won per week by ${deadline}`, 'Amount won', `Owner ${(i % 23) + 1}`, target, deadline, '']);
      continue;
    }
    const series = seriesNames[i % seriesNames.length];
    const family = Math.floor(i / 5);
    const isParent = i % 5 === 0;
    const deadline = isParent ? '2027-12-31' : deadlines[(i % 5) - 1];
    const factor = series.kind.name === 'Churn' ? 0.8 + random() * 0.3 : 1 + random() * 0.4;
    const target = series.kind.percent ? Math.round(series.last * factor * 1000) / 1000 : Math.round(series.last * factor);
    const text = series.kind.statement(series.kind.percent ? `${Math.round(target * 1000) / 10}%` : String(target), deadline);
    rows.push([`G${i + 1}`, text, series.name, `Owner ${(i % 23) + 1}`, target, deadline, isParent ? '' : `G${family * 5 + 1}`]);
  }
  if (rows.length > goalsSheet.getMaxRows()) goalsSheet.insertRowsAfter(goalsSheet.getMaxRows(), rows.length - goalsSheet.getMaxRows());
  goalsSheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

interface Phase {
  ms: number;
  /** CPU time of this process during the phase (user + system): fairer than wall time on a shared machine. */
  cpuMs: number;
  calls: number;
  /** Calls that may reach a server (builder steps and the runtime's own answers aside: ServiceCallCounter.requests). */
  requests: number;
  /** Σ estimated Sheets latency of the calls (src/local/emulator/latency.ts). */
  latencyMs: number;
  byMethod: Record<string, number>;
  /** Reads made after writes not yet flushed (`ServiceCallCounter.forcedFlushes`): each interleaving costs a flush. */
  flushes: number;
}

function phase(emulator: Emulator, body: () => void): Phase {
  emulator.calls.reset();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  body();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, calls: emulator.calls.total(), requests: emulator.calls.requests(), latencyMs: emulator.calls.estimatedMs(), byMethod: emulator.calls.byMethod(), flushes: emulator.calls.forcedFlushes() };
}

interface Measure {
  goals: number;
  check: Phase;
  recheck: Phase;
  report: Phase;
  checked: number;
  complete: boolean;
  /** Goals given a bottom-up chance. */
  bottomUp: number;
}

export function measure(goals: number, options: BenchOptions = {}): Measure {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null });
  buildWorkbook(emulator, goals, options);
  // A freshly loaded bundle per execution, as Apps Script runs each (calls30: a bundle kept across runs answered the
  // second run's time-zone offset from the first's memo, two Utilities calls a real execution makes).
  const fresh = () => loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  let summary = { checked: 0, complete: false };
  let addon = fresh();
  const check = phase(emulator, () => {
    summary = emulator.runExecution(() => addon.call<{ checked: number; complete: boolean }>('checkGoals'));
  });
  addon = fresh();
  const report = phase(emulator, () => emulator.runExecution(() => addon.call('generatePlanReport')));
  // A second Check goals finds its columns by metadata and updates them in place.
  addon = fresh();
  const recheck = phase(emulator, () => emulator.runExecution(() => addon.call('checkGoals')));
  return { goals, check, recheck, report, checked: summary.checked, complete: summary.complete, bottomUp: bottomUpCount(emulator) };
}

/** Goals whose "Bottom-up chance" cell Check goals filled (0 without trees). */
export function bottomUpCount(emulator: Emulator): number {
  const values = emulator.spreadsheet.getSheetByName('Goals')?.getDataRange().getValues() ?? [];
  const column = (values[0] ?? []).indexOf('Bottom-up chance');
  return column < 0 ? 0 : values.slice(1).filter((row) => typeof row[column] === 'number').length;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Node time = the phase's CPU time, or its wall time when shorter (a loaded machine inflates wall time, not CPU time). */
const nodeMs = (p: Phase) => Math.min(p.ms, p.cpuMs);
const describe = (p: Phase) => `${seconds(nodeMs(p))} Node (${seconds(p.ms)} wall), ${p.calls} calls (${p.requests} requests, ${p.flushes} reads after unflushed writes), est. Sheets ${seconds(estimatedSheetsMs(nodeMs(p), p.latencyMs))}`;

/** Goal counts measured: `--goals 200,2000` overrides (the linear-growth check needs 2,000 and 20,000). */
function sizes(): number[] {
  const index = process.argv.indexOf('--goals');
  const list = index >= 0 ? (process.argv[index + 1] ?? '') : '200,2000,5000,20000';
  const parsed = list.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return parsed.length > 0 ? parsed : [200, 2000];
}

/** `smart-goals report` (the CLI, a child process) on an xlsx of `goals` goals: wall time, as a user runs it. */
async function cliReport(goals: number): Promise<void> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null });
  buildWorkbook(emulator, goals);
  const dir = mkdtempSync(path.join(tmpdir(), 'smart-goals-bench-'));
  const input = path.join(dir, `goals-${goals}.xlsx`);
  await saveXlsx(emulator, input);
  const start = performance.now();
  const result = spawnSync(process.execPath, [path.resolve(__dirname, '../bin/smart-goals.cjs'), 'report', input, '--out', path.join(dir, 'out.xlsx'), '--today', TODAY], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const first = (result.stdout ?? '').split('\n')[0] ?? '';
  console.log(`  smart-goals report on a ${goals.toLocaleString('en')}-goal xlsx (${(statSync(input).size / 1024 / 1024).toFixed(1)} MB): exit ${result.status}, ${seconds(ms)} wall — ${first.slice(0, 160)}`);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * scale60: the xlsx reader (`smart-goals report`, the preview's upload) on one tab of `rows` rows merged across B–G, as
 * the plan report merges its recommendations (a 20,000-goal report holds ~60,000), written by this writer: exceljs made
 * a file's merges each against every earlier one (O(merges²): 24,000 took 85.7 s CPU). Node time as `nodeMs` counts it.
 */
async function mergesReadMs(rows: number): Promise<number> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE });
  const sheet = emulator.spreadsheet.getSheets()[0];
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  sheet.getRange(1, 1, rows, 2).setValues(Array.from({ length: rows }, (_, i) => [`G${i + 1}`, `Recommendation ${i + 1}: raise the weekly calls before the quarter ends`]));
  sheet.getRange(1, 2, rows, 6).mergeAcross();
  const buffer = await toXlsxBuffer(emulator);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const loaded = await loadXlsx(buffer);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const merges = loaded.spreadsheet.model.sheets[0].merges.length;
  if (merges !== rows) throw new Error(`The reader read ${merges} of ${rows} merges.`);
  return Math.min(ms, (cpu.user + cpu.system) / 1000);
}

export async function readerMerges(): Promise<void> {
  const counts = [6_000, 24_000, 60_000];
  const times: number[] = [];
  for (const rows of counts) times.push(await mergesReadMs(rows));
  const each = counts.map((rows, i) => `${rows.toLocaleString('en')} ${seconds(times[i])}`).join(', ');
  console.log(`  xlsx reader, one tab of rows merged across B–G (Node): ${each}; time ratio 60,000/6,000 (10× the merges) ${(times[2] / times[0]).toFixed(1)}`);
}

export async function run(): Promise<void> {
  console.log(`Workbook benchmark (built add-on on the emulator; ${SERIES} KPI series × ${WEEKS} weeks)`);
  console.log(`  estimated Sheets time = Node time × ${APPS_SCRIPT_SLOWDOWN} (Apps Script V8, assumption) + Σ per-call latency (src/local/emulator/latency.ts)`);
  const results: Measure[] = [];
  for (const goals of sizes()) {
    const r = measure(goals);
    results.push(r);
    console.log(
      `  ${String(r.goals).padStart(6)} goals: Check goals ${describe(r.check)} (${r.checked} checked${r.complete ? '' : ', stopped by the time budget'}; second run ${r.recheck.calls} calls (${r.recheck.requests} requests), est. ${seconds(estimatedSheetsMs(nodeMs(r.recheck), r.recheck.latencyMs))}); ` +
        `plan report ${describe(r.report)}`,
    );
  }
  const small = results.find((r) => r.goals === 200) ?? results[0];
  const base = results.find((r) => r.goals === 2000);
  const large = results[results.length - 1];
  if (base && small !== base) {
    const d = (a: number, b: number) => `${a - b >= 0 ? '+' : ''}${a - b}`;
    console.log(`  calls grow with rows (200 → 2,000): Check goals ${d(base.check.calls, small.check.calls)}, second run ${d(base.recheck.calls, small.recheck.calls)}, report ${d(base.report.calls, small.report.calls)} (progress toasts only)`);
  }
  if (base && large.goals > base.goals) {
    const ratio = (a: Phase, b: Phase) => (nodeMs(a) / nodeMs(b)).toFixed(1);
    console.log(`  time ratio ${large.goals.toLocaleString('en')}/${base.goals.toLocaleString('en')} goals (${(large.goals / base.goals).toFixed(0)}× the goals): Check goals ${ratio(large.check, base.check)}, report ${ratio(large.report, base.report)}`);
  }
  if (!process.argv.includes('--no-reader')) await readerMerges();
  entryPointCosts();
  serviceCallCounts();
  // Issue 13: the 2,000-goal benchmark with 200 goals on a driver tree (a territory tab of drivers and a Drivers tab).
  if (!process.argv.includes('--no-trees')) {
    const plain = results.find((r) => r.goals === 2000) ?? measure(2000);
    const tabsOnly = measure(2000, { driverTabs: true });
    const small = measure(200, { trees: 20 });
    const trees = measure(2000, { trees: 200 });
    console.log(
      `  2000 goals, 200 on driver trees: Check goals ${describe(trees.check)} (${trees.checked} checked, ${trees.bottomUp} with a bottom-up chance${trees.complete ? '' : ', stopped by the time budget'}; second run ${trees.recheck.calls} calls); plan report ${describe(trees.report)}`,
    );
    const d = (a: number, b: number) => `${a - b >= 0 ? '+' : ''}${a - b}`;
    console.log(
      `  calls with trees vs without (2,000 goals): Check goals ${d(trees.check.calls, plain.check.calls)}, second run ${d(trees.recheck.calls, plain.recheck.calls)}, report ${d(trees.report.calls, plain.report.calls)}; ` +
        `with trees 200 → 2,000 goals (20 → 200 on trees): Check goals ${d(trees.check.calls, small.check.calls)}, report ${d(trees.report.calls, small.report.calls)}`,
    );
    console.log(
      `  same workbook (driver tabs present), 2,000 goals: Check goals ${tabsOnly.check.calls} calls with no tree goal, ${trees.check.calls} with 200 (${d(trees.check.calls, tabsOnly.check.calls)}); ` +
        `second run ${d(trees.recheck.calls, tabsOnly.recheck.calls)}; report ${d(trees.report.calls, tabsOnly.report.calls)} (the Bottom-up check chart's isStacked)`,
    );
    console.log(`  Plan report calls by method (2,000 goals, 200 on trees): ${Object.entries(trees.report.byMethod).map(([m, n]) => `${m}×${n}`).join(', ')}`);
  }
  // review 13b: a 50,000-row deals log beside 5,000 goals (`--deals 50000`): the run must end within Apps Script's 6 minutes.
  const dealsAt = process.argv.indexOf('--deals');
  if (dealsAt >= 0) {
    const rows = Number(process.argv[dealsAt + 1]) || 50_000;
    const goals = Math.max(...results.map((r) => r.goals));
    const deals = measure(goals, { dealsRows: rows });
    console.log(
      `  ${goals.toLocaleString('en')} goals and a ${rows.toLocaleString('en')}-row deals log: Check goals ${describe(deals.check)} (${deals.checked} checked${deals.complete ? '' : ', stopped by the time budget'}; second run ${deals.recheck.calls} calls, est. ${seconds(estimatedSheetsMs(nodeMs(deals.recheck), deals.recheck.latencyMs))}); plan report ${describe(deals.report)}`,
    );
  }
  if (!process.argv.includes('--no-cli')) await cliReport(Math.max(...results.map((r) => r.goals)));
  if (base) {
    console.log(`  Check goals calls by method (2,000 goals): ${Object.entries(base.check.byMethod).map(([m, n]) => `${m}×${n}`).join(', ')}`);
    console.log(`  Check goals second run, calls by method (2,000 goals): ${Object.entries(base.recheck.byMethod).map(([m, n]) => `${m}×${n}`).join(', ')}`);
    console.log(`  Plan report calls by method (2,000 goals): ${Object.entries(base.report.byMethod).map(([m, n]) => `${m}×${n}`).join(', ')}`);
  }
}

/**
 * Review 22: the SpreadsheetApp calls of the wizard's first call (`sidebarGetContext`), Check goals (first run and
 * re-run) and the plan report on 300 goals and five KPI tabs of three years of weekly data, next to the same workbook
 * with 30 goals: no call may be made per goal or per row ("Use batch operations", developers.google.com/apps-script/
 * guides/support/best-practices) — only the progress toasts may differ.
 */
export function serviceCallCounts(): void {
  const counts = (goals: number): Array<{ name: string; calls: number; flushes: number; byMethod: Record<string, number> }> => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null });
    buildWorkbook(emulator, goals, { tabs: 5 });
    return ['sidebarGetContext', 'checkGoals', 'checkGoals', 'generatePlanReport'].map((name) => {
      const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
      emulator.calls.reset();
      emulator.runExecution(() => addon.call(name));
      return { name, calls: emulator.calls.total(), flushes: emulator.calls.forcedFlushes(), byMethod: emulator.calls.byMethod() };
    });
  };
  const few = counts(30);
  const many = counts(300);
  console.log('  Service calls, 5 KPI tabs × 5 weekly series × 3 years (30 goals → 300 goals; reads after unflushed writes):');
  many.forEach((m, i) => {
    const label = i === 2 ? 'checkGoals (re-run)' : m.name;
    console.log(`    ${label}: ${few[i].calls} → ${m.calls} calls (${m.flushes} flushes) — ${Object.entries(m.byMethod).map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(', ')}`);
  });
}

/**
 * Every public entry point of dist/Code.js called once on the example workbook (en_US, each in a freshly loaded bundle
 * as Apps Script runs an execution), custom functions in AuthMode.CUSTOM_FUNCTION: its service calls, by method. One execution
 * should read the Settings, the locale and the time zone once each, whatever it does with them.
 */
export function entryPointCosts(): void {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', timeZone: BENCH_TIME_ZONE });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  emulator.runExecution(() => addon.call('insertExampleWorkbook'));
  const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  const custom = new Set(CUSTOM_FUNCTIONS.map((s) => s.name));
  const names = entryPointNames(addon);
  console.log('  Entry points on the example workbook (en_US), one call each: service calls, by method');
  let total = 0;
  for (const call of entryPointCalls(names, context)) {
    const { name } = call;
    // A freshly loaded bundle per call, as Apps Script runs each execution: nothing read by an earlier call is reused.
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    const run: EntryRunner = <T>(entry: string, ...args: unknown[]) => emulator.runExecution(() => addon.call<T>(entry, ...args));
    const args = argsOf(call, run);
    emulator.calls.reset();
    emulator.setAuthMode(custom.has(name) ? 'CUSTOM_FUNCTION' : 'FULL');
    try {
      emulator.runExecution(() => addon.call(name, ...args));
    } catch (error) {
      console.log(`    ${name}: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    emulator.setAuthMode('FULL');
    total += emulator.calls.total();
    const methods = Object.entries(emulator.calls.byMethod()).map(([m, n]) => (n > 1 ? `${m}×${n}` : m));
    const flushes = emulator.calls.forcedFlushes();
    console.log(`    ${name}: ${emulator.calls.total()}${flushes ? ` (${flushes} reads after unflushed writes)` : ''} — ${methods.join(', ')}`);
  }
  console.log(`    all ${names.length} entry points: ${total} calls`);
}
