/**
 * `npm run bench -- family`: the Relevant step's sibling check (`sidebarCheckAlignment` → `checkDraftFamily`,
 * src/core/workbook/family.ts) on Goals tabs of 2,000 and 10,000 sentence goals with no Parent column — the case where
 * every goal of the parent's group is a possible inferred sibling. First through the built add-on on the emulator
 * (one read of the Goals tab, the call as the wizard makes it), then the core check alone on the rows read, with the
 * loose candidates capped at 60 (the bound until 2026-12-02) and at MAX_LOOSE, in two layouts: the draft's siblings
 * next to their parent, and typed far below it (past the 60 nearest rows). The sub-goals counted at MAX_LOOSE are
 * Check goals' answer whenever the parent's group holds fewer goals of its KPI (every shape with a KPI column). CPU time, not wall time: the machine is shared. Prints
 * figures; asserts nothing.
 */
import type { AlignmentResponse, GoalDraft } from '../../core/api';
import { isoToSerial } from '../../core/dates';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { checkDraftFamily, MAX_LOOSE, type FamilyDraft } from '../../core/workbook/family';
import { buildWorkbookModel } from '../../core/workbook/model';
import type { GoalRow } from '../../core/workbook/types';
import { createEmulator } from '../emulator';
import { loadAddon } from '../runtime';
import { BENCH_TIME_ZONE } from './globals';

const TODAY = '2026-11-26';
const RUNS = 5;
const OWNERS = 23;
const KPIS = 40;
/** The bound on loose candidates before 2026-12-02 (any KPI of the group), for comparison. */
const FORMER_CAP = 60;

type Layout = 'near' | 'far';

/** How the Goals tab names KPIs and groups goals. */
interface Shape {
  /** 23 owners, or 1: every goal in one group (the Owner column the same everywhere). */
  owners: number;
  /** A KPI column naming 40 KPIs ("New accounts 1…40"), or none: the KPI is the sentence's, and the 40 families of a group differ by year. */
  kpiColumn: boolean;
}

/**
 * Families of five sentence goals — a year and its four quarters — with no Parent column, so Check goals infers each
 * quarter's parent. Family 0 (the parent the draft names, row 2) has its Q1–Q3 next to it ('near') or at the bottom of
 * the tab ('far'); the draft is its Q4.
 */
function goalValues(goals: number, layout: Layout, shape: Shape): Array<Array<string | number | Date>> {
  const rows: Array<Array<string | number | Date>> = [];
  const family0: Array<Array<string | number | Date>> = [];
  for (let i = 0; i < goals; i++) {
    const family = Math.floor(i / 5);
    const quarter = i % 5;
    const kpi = shape.kpiColumn ? `New accounts ${(family % KPIS) + 1}` : '';
    const year = shape.kpiColumn ? 2027 : 2027 + (family % KPIS);
    const owner = shape.owners === 1 ? 'Sales' : `Team ${(family % shape.owners) + 1}`;
    // Every sentence its own (the analyses are cached by text): family 0's year is 400, its quarters 100.
    const target = quarter === 0 ? 400 + 4 * family : 100 + family;
    const text = quarter === 0 ? `Close ${target} new accounts in ${year}` : `Close ${target} new accounts in Q${quarter} ${year}`;
    const deadline = quarter === 0 ? `${year}-12-31` : `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
    const row = [`G${i + 1}`, text, kpi, owner, target, new Date((isoToSerial(deadline) - 25569) * 86400000)];
    // Family 0's Q4 is the draft: left out of the tab.
    if (family === 0 && quarter === 4) continue;
    if (family === 0 && quarter > 0 && layout === 'far') family0.push(row);
    else rows.push(row);
  }
  return [['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline'], ...rows, ...family0];
}

/** CPU milliseconds of this process since `start` (user + system): steadier than wall time on a shared machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function draftOf(shape: Shape): GoalDraft {
  return {
    kpi: { seriesId: null, catalogId: 'deals_closed', name: shape.kpiColumn ? 'New accounts 1' : 'New accounts', unit: 'count', aggregation: 'total', lowerIsBetter: false },
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: 100,
    change: null,
    start: null,
    deadline: '2027-12-31',
    owner: shape.owners === 1 ? 'Sales' : 'Team 1',
    levers: '',
    notes: '',
    parentId: 'G1',
    statement: 'Close 100 new accounts in Q4 2027',
  };
}

function throughBundle(goals: number, layout: Layout, shape: Shape): { ms: number; calls: number; result: AlignmentResponse } {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: BENCH_TIME_ZONE, firstSheetName: null, clock: { start: `${TODAY}T12:00:00` } });
  const values = goalValues(goals, layout, shape);
  const sheet = emulator.spreadsheet.insertSheet('Goals', 0);
  if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const draft = draftOf(shape);
  const parent = { id: 'G1', statement: 'Close 400 new accounts in 2027', kpi: shape.kpiColumn ? 'New accounts 1' : null, target: 400, deadline: '2027-12-31', start: null };
  const times: number[] = [];
  let calls = 0;
  let result: AlignmentResponse = { status: 'unknown', messages: [] };
  for (let run = 0; run < RUNS; run++) {
    emulator.calls.reset();
    const start = process.cpuUsage();
    result = addon.call<AlignmentResponse>('sidebarCheckAlignment', { draft, targetLevel: 100, parent, sheetName: 'Goals' });
    times.push(cpuMs(start));
    calls = emulator.calls.total();
  }
  return { ms: median(times), calls, result };
}

function rowsOf(goals: number, layout: Layout, shape: Shape): GoalRow[] {
  const values = goalValues(goals, layout, shape).map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)));
  return buildWorkbookModel([{ name: 'Goals', values }], { lang: 'en', catalog: KPI_CATALOG, goalsSheetName: 'Goals' }).goals;
}

function core(rows: readonly GoalRow[], shape: Shape, maxLoose: number): { ms: number; siblings: number } {
  const draft: FamilyDraft = { parentId: 'G1', statement: 'Close 100 new accounts in Q4 2027', kpiName: draftOf(shape).kpi?.name ?? null, catalogId: 'deals_closed', unit: 'count', aggregation: 'total', currency: null, target: 100, start: TODAY, deadline: '2027-12-31', label: 'this goal' };
  const times: number[] = [];
  let siblings = 0;
  for (let run = 0; run < RUNS; run++) {
    // Fresh options each run: the analyses are cached per options object, as per server call.
    const options = { today: TODAY, lang: 'en' as const, settings: DEFAULT_SETTINGS, catalog: KPI_CATALOG };
    const start = process.cpuUsage();
    const family = checkDraftFamily(rows, draft, options, maxLoose);
    times.push(cpuMs(start));
    siblings = family?.siblings ?? 0;
  }
  return { ms: median(times), siblings };
}

export async function run(): Promise<void> {
  console.log(`\nRelevant step's sibling check — Goals tab with no Parent column, families of a year + 4 quarters (CPU ms, median of ${RUNS} runs, Node)`);
  console.log(`goals  groups  KPI column  layout  bundle ms  calls  sub-goals | core ms, cap ${FORMER_CAP}  sub-goals | core ms, cap ${MAX_LOOSE}  sub-goals | rows of the group`);
  const shapes: Shape[] = [
    { owners: OWNERS, kpiColumn: true },
    { owners: 1, kpiColumn: true },
    { owners: 1, kpiColumn: false },
  ];
  for (const goals of [2000, 10000]) {
    for (const shape of shapes) {
      for (const layout of ['near', 'far'] as const) {
        const bundle = throughBundle(goals, layout, shape);
        const rows = rowsOf(goals, layout, shape);
        const capped = core(rows, shape, FORMER_CAP);
        const all = core(rows, shape, MAX_LOOSE);
        const group = rows.filter((row) => row.owner === rows[0].owner).length - 1;
        const counted = /\b(\d+) sub-goals\b/.exec(bundle.result.messages.join(' '))?.[1] ?? (bundle.result.messages.length ? '1' : '?');
        console.log(
          [String(goals).padStart(5), String(shape.owners).padStart(6), (shape.kpiColumn ? '40 KPIs' : 'none').padStart(10), layout.padStart(6), bundle.ms.toFixed(1).padStart(9), String(bundle.calls).padStart(5), counted.padStart(10), '|', capped.ms.toFixed(1).padStart(16), String(capped.siblings).padStart(10), '|', all.ms.toFixed(1).padStart(15), String(all.siblings).padStart(10), '|', String(group).padStart(17)].join(' '),
        );
      }
    }
  }
}
