/**
 * `npm run bench -- sidebar`: the wizard's server calls through the built
 * add-on on the emulator, on a large workbook (2,000 goals × 40 KPI series ×
 * 3 years of weekly data): time in Node (median of runs), service calls and
 * the JSON size the sidebar receives. Live calls (achievability as the user
 * types) must stay cheap. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import type { AssessRequest, DriverPlanView, GoalSearchResponse, SidebarContext } from '../../core/api';
import { benchDraft } from './fixtures';
import { driverGoalDrafts } from '../../sidebar/steps';
import { addDays, isoToSerial } from '../../core/dates';
import { seededRandom } from '../../core/workbook/example';
import { createEmulator, type Emulator } from '../emulator';
import { loadAddon, type LoadedAddon } from '../runtime';
import { BENCH_TIME_ZONE } from './globals';

const TODAY = '2026-11-26';
const TABS = 8;
const SERIES_PER_TAB = 5;
const WEEKS = 156;
const GOALS = 2000;
const RUNS = 5;

function buildWorkbook(emulator: Emulator): void {
  const random = seededRandom(11);
  const spreadsheet = emulator.spreadsheet;
  const names: string[] = [];
  for (let tab = 0; tab < TABS; tab++) {
    const sheet = spreadsheet.insertSheet(`KPIs ${tab + 1}`);
    const header = ['Week', ...Array.from({ length: SERIES_PER_TAB }, (_, i) => `Close rate ${tab * SERIES_PER_TAB + i + 1}`)];
    const rows: Array<Array<string | number>> = [header];
    for (let week = 0; week < WEEKS; week++) {
      rows.push([isoToSerial(addDays(TODAY, 7 * (week - WEEKS))), ...header.slice(1).map(() => Math.round((0.25 + (random() - 0.5) * 0.04) * 1000) / 1000)]);
    }
    sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
    sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
    names.push(...header.slice(1));
  }
  const goals = spreadsheet.insertSheet('Goals', 0);
  const rows: Array<Array<string | number>> = [['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline']];
  for (let i = 0; i < GOALS; i++) {
    const kpi = names[i % names.length];
    rows.push([`G${i + 1}`, `Raise the ${kpi.toLowerCase()} to 30% by 31 March 2027`, kpi, `Owner ${(i % 23) + 1}`, 0.3, '2027-03-31']);
  }
  goals.insertRowsAfter(goals.getMaxRows(), Math.max(0, rows.length - goals.getMaxRows()));
  goals.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

interface Figures {
  ms: number;
  calls: number;
  bytes: number;
  /** Reads after writes not yet flushed (`ServiceCallCounter.forcedFlushes`). */
  flushes: number;
}

function measure(emulator: Emulator, addon: LoadedAddon, name: string, arg?: unknown): Figures {
  const times: number[] = [];
  let calls = 0;
  let bytes = 0;
  let flushes = 0;
  for (let run = 0; run < RUNS; run++) {
    emulator.calls.reset();
    const start = performance.now();
    // One execution per server call, as google.script.run starts one.
    const result = emulator.runExecution(() => (arg === undefined ? addon.call(name) : addon.call(name, arg)));
    times.push(performance.now() - start);
    calls = emulator.calls.total();
    flushes = emulator.calls.forcedFlushes();
    bytes = JSON.stringify(result ?? null).length;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], calls, bytes, flushes };
}

export async function run(): Promise<void> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null, clock: { start: `${TODAY}T12:00:00` } });
  buildWorkbook(emulator);
  const addon = loadAddon(emulator.globals);
  const context = addon.call<SidebarContext>('sidebarGetContext');
  const series = context.series[0];
  if (!series) throw new Error('the bench workbook has no KPI series');
  // G1 is not in the context's first list of 2,000 goals: the picker finds it with the server search, as a user would.
  const parent = addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'G1', sheetName: context.goalsSheetName }).goals.find((goal) => goal.id === 'G1') ?? null;
  if (!parent) throw new Error('the search does not find G1');
  const request: AssessRequest = { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.recentAverage, direction: 'increase', target: 0.3, deadline: '2027-03-31' };
  const draft = benchDraft(series, {
    baseline: series.recentAverage,
    target: 0.3,
    deadline: '2027-03-31',
    levers: 'weekly deal reviews',
    parentId: 'G1',
    statement: `Increase the ${series.name.toLowerCase()} from 25% to 30% by 31 March 2027, through weekly deal reviews (owner: Alice).`,
  });
  const rows: Array<[string, Figures]> = [
    ['sidebarGetContext', measure(emulator, addon, 'sidebarGetContext')],
    ['sidebarAssess (series tab only)', measure(emulator, addon, 'sidebarAssess', request)],
    ['sidebarAssess (whole workbook)', measure(emulator, addon, 'sidebarAssess', { ...request, sheetName: null })],
    // With its siblings (review 13, finding 10): the Goals tab read alone, the goals that may share the parent merged.
    ['sidebarCheckAlignment (parent sent)', measure(emulator, addon, 'sidebarCheckAlignment', { draft, targetLevel: 0.3, parent, sheetName: context.goalsSheetName })],
    ['sidebarCheckAlignment (no tab named)', measure(emulator, addon, 'sidebarCheckAlignment', { draft, targetLevel: 0.3, parent })],
    ['sidebarCheckAlignment (parent read)', measure(emulator, addon, 'sidebarCheckAlignment', { draft, targetLevel: 0.3 })],
    ['sidebarEvaluate', measure(emulator, addon, 'sidebarEvaluate', { text: draft.statement, draft, targetLevel: 0.3, parent, sheetName: context.goalsSheetName })],
    // No driver tree for a close rate: the cost is reading the workbook to find out.
    ['sidebarPlanDrivers (no tree)', measure(emulator, addon, 'sidebarPlanDrivers', { ...request, kpiName: series.name, levers: draft.levers })],
    // The parent picker's search: the Goals tab alone, at most GOAL_SEARCH_MAX goals back.
    ['sidebarFindGoals ("g1999")', measure(emulator, addon, 'sidebarFindGoals', { query: 'g1999', sheetName: context.goalsSheetName })],
    ['sidebarFindGoals ("close rate 3")', measure(emulator, addon, 'sidebarFindGoals', { query: 'close rate 3', sheetName: context.goalsSheetName })],
    // Last: each run appends a goal row (the series' tab read once for its column's number format).
    ['sidebarAddGoal', measure(emulator, addon, 'sidebarAddGoal', { draft, targetLevel: 0.3 })],
  ];
  console.log(`\nSidebar server calls — ${GOALS} goals × ${TABS * SERIES_PER_TAB} series × ${WEEKS} weeks (median of ${RUNS} runs, Node)`);
  console.log(`${'call'.padEnd(34)}${'ms'.padStart(9)}${'service calls'.padStart(15)}${'JSON bytes'.padStart(12)}${'read after write'.padStart(18)}`);
  for (const [name, figures] of rows) {
    console.log(`${name.padEnd(34)}${figures.ms.toFixed(1).padStart(9)}${String(figures.calls).padStart(15)}${String(figures.bytes).padStart(12)}${String(figures.flushes).padStart(18)}`);
  }
  // What the context carries: the parent picker's first list is bounded (it was all 2,000 goals, ~330 KB of the ~400 KB).
  const part = (value: unknown) => `${(JSON.stringify(value).length / 1024).toFixed(1)} KB`;
  console.log(
    `sidebarGetContext: ${part(context)} JSON — goals ${part(context.goals)} (${context.goals.length} of ${context.goalsTotal ?? context.goals.length}), series ${part(context.series)} (${context.series.length}), catalog ${part(context.catalog)}`,
  );
  driversStep();
  checkPaneSize();
}

/** "How will you get there?" on the example workbook (revenue = meetings × close rate × deal size): the plan, then four rows. */
function driversStep(): void {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, userLocale: 'en_US' });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  addon.call('menuInsertExampleWorkbook');
  const context = addon.call<SidebarContext>('sidebarGetContext');
  const revenue = context.series.find((s) => s.kpiId === 'revenue');
  if (!revenue?.latest) throw new Error('the example workbook has no revenue tab');
  const target = Math.round(revenue.latest.value * 1.25);
  const deadline = addDays(context.today, 120);
  const request = { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, kpiName: revenue.name, direction: 'increase', target, deadline, aggregation: revenue.aggregation, levers: 'more calls' };
  const plan = measure(emulator, addon, 'sidebarPlanDrivers', request);
  const view = addon.call<DriverPlanView>('sidebarPlanDrivers', request);
  const draft = benchDraft(revenue, { baseline: revenue.latest.value, target, deadline, levers: 'more calls', parentId: null, statement: 'Increase the revenue by a quarter.' });
  const goals = driverGoalDrafts(draft, view, 'en');
  emulator.calls.reset();
  const start = performance.now();
  emulator.runExecution(() => addon.call('sidebarAddDriverGoals', { parent: { draft, targetLevel: target }, parentId: null, goals, owner: 'Alice', deadline }));
  const ms = performance.now() - start;
  console.log(`\nHow will you get there? — example workbook, ${view.drivers.length} drivers`);
  console.log(`sidebarPlanDrivers: ${plan.ms.toFixed(1)} ms (median of ${RUNS}), ${plan.calls} service calls, ${plan.bytes} JSON bytes`);
  console.log(`sidebarAddDriverGoals (goal + ${goals.length} driver goals): ${ms.toFixed(1)} ms, ${emulator.calls.total()} service calls, estimated Sheets latency ${(emulator.calls.estimatedMs() / 1000).toFixed(1)} s`);
}

/** The Check pane opened by the menu on 2,000 flagged goals: the sidebar's whole HTML (issue 10: ≤ 250 KB). */
function checkPaneSize(): void {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null });
  const goals = emulator.spreadsheet.insertSheet('Goals');
  const rows: Array<Array<string | number>> = [['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline']];
  // Far beyond what the history did, with a vague wording: every goal is flagged with several reasons.
  for (let i = 0; i < GOALS; i++) rows.push([`G${i + 1}`, `Close ${500 + i} new accounts by 31 March 2027`, 'Accounts', `Owner ${(i % 23) + 1}`, 500 + i, '2027-03-31']);
  goals.insertRowsAfter(goals.getMaxRows(), rows.length - goals.getMaxRows());
  goals.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const accounts = emulator.spreadsheet.insertSheet('Accounts');
  const weeks: Array<Array<string | number>> = [['Week', 'Value'], ...Array.from({ length: WEEKS }, (_, w) => [isoToSerial(addDays(TODAY, 7 * (w - WEEKS))), 2 + (w % 3)])];
  accounts.getRange(1, 1, weeks.length, 2).setValues(weeks);
  accounts.getRange(2, 1, weeks.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  emulator.runExecution(() => addon.call('menuCheckGoals'));
  const html = emulator.ui.sidebars[emulator.ui.sidebars.length - 1]?.html ?? '';
  const flagged = /data-check="[^"]*?flaggedTotal&quot;:(\d+)/.exec(html)?.[1] ?? '?';
  const page = addon.call<{ flagged: unknown[] }>('sidebarCheckPage', { sheetName: 'Goals', afterRow: 51 });
  console.log(`\nCheck pane from the menu, ${flagged} flagged goals: sidebar HTML on open ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB (first page of 50 inline); next page ${(JSON.stringify(page).length / 1024).toFixed(0)} KB JSON`);
}
