/**
 * The date-carrying cases of the add-on, run on the BUILT bundle for one spreadsheet time zone
 * in the current process zone (the script's zone here). Used by zone-matrix.test.ts in-process
 * and, with TZ=… set, in child processes (test/zones/child.ts prints them as JSON).
 *
 * Every date starts as a day a user typed into a cell (Sheets stores it as a day of the
 * spreadsheet's calendar); the property checked is that the add-on reads that day and writes
 * that day back, whatever the pair of zones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from '../../src/local/cli/report';
import { createEmulator, formatDate, loadXlsx, saveXlsx, type Emulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

export const SPREADSHEET_ZONES = ['Pacific/Auckland', 'Asia/Tokyo', 'Europe/London', 'America/Los_Angeles', 'UTC'] as const;

export const TODAY = '2026-11-26';

/** Line before the JSON results in a child's stdout. */
export const RESULTS_MARKER = '@@zone-results@@';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ZoneResult {
  processZone: string;
  spreadsheetZone: string;
  /** Custom functions given Date cells vs the same days as ISO text (must be equal). */
  functions: Record<string, { cells: unknown; iso: unknown }>;
  /** SMARTPARSE's deadline written back into a cell: the day Sheets shows. */
  smartparseDeadline: { display: string; dayInSpreadsheetZone: string };
  /** Check goals + plan report: every cell as displayed, per sheet (must not depend on zones). */
  workbook: Record<string, string[][]>;
  /** What the sidebar receives: ISO dates only. */
  sidebar: {
    /** The goal the wizard added, as the Goals tab shows its dates. */
    added: { start: string; deadline: string };
    today: string;
    firstHistoryDate: string | null;
    lastHistoryDate: string | null;
    deadlines: Array<string | null>;
  };
  /** `smart-goals report` on an .xlsx whose spreadsheet zone is this one. */
  cli: { exitCode: number; report: string[][] } | null;
}

const HISTORY_DAYS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const HISTORY_RATES = ['22 %', '24 %', '23 %', '25 %', '24 %', '26 %', '25 %', '25 %'];

function sheetNamed(emulator: Emulator, name: string): Sheet {
  const spreadsheet = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  return sheet;
}

/** Types rows into a tab (strings are parsed like typed text: "2026-11-02" becomes a date cell). */
function typeRows(sheet: Sheet, rows: string[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]));
}

function displayOf(emulator: Emulator): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const sheet of emulator.spreadsheet.getSheets()) out[sheet.getName()] = sheet.getDataRange().getDisplayValues();
  return out;
}

/** DATE(2026,12,31) as Sheets passes it: a Date cell. */
function december31(sheet: Sheet): unknown {
  sheet.getRange('A4').setValue('2026-12-31');
  return sheet.getRange('A4').getValue();
}

function functionCases(emulator: Emulator, addon: LoadedAddon): ZoneResult['functions'] {
  const sheet = sheetNamed(emulator, 'Cells');
  // A1 = DATE(2027,6,30), A2 = DATE(2026,11,26), A3 = DATE(2026,12,1); B1:C8 a history with date cells.
  typeRows(sheet, [['2027-06-30'], ['2026-11-26'], ['2026-12-01']]);
  sheet.getRange(1, 2, HISTORY_DAYS.length, 2).setValues(HISTORY_DAYS.map((d, i) => [d, HISTORY_RATES[i]]));
  // What Sheets passes a custom function for A1 / B1:C8: the cells' values (Date cells as Dates).
  const deadline = sheet.getRange('A1').getValue();
  const asOf = sheet.getRange('A2').getValue();
  const december = sheet.getRange('A3').getValue();
  const history = sheet.getRange(1, 2, HISTORY_DAYS.length, 2).getValues();
  const isoHistory = HISTORY_DAYS.map((d, i) => [d, Number.parseFloat(HISTORY_RATES[i]) / 100]);
  // A daily drivers table for BOTTOMUP (leads per day through November), in columns E:F: every date cell must read as
  // its own day, so the history ends on 30 November whatever the zones (review7: it read a day early east of Paris).
  const leadDays = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const leadRows = leadDays.map((d, i) => [d, 100 + ((i * 7) % 11)]);
  sheet.getRange(1, 5, leadDays.length + 1, 2).setValues([['Day', 'Leads'], ...leadRows]);
  const leadCells = sheet.getRange(1, 5, leadDays.length + 1, 2).getValues();
  const call = (name: string, ...args: unknown[]): unknown => emulator.runExecution(() => addon.call(name, ...args));
  const goal = 'Raise the close rate from 25 % to 30 % by 30 June 2027';
  const monthEnd = 'Close 10 new accounts by the end of the month';
  return {
    GOALVERDICT: { cells: call('GOALVERDICT', history, 0.3, deadline, asOf), iso: call('GOALVERDICT', isoHistory, 0.3, '2027-06-30', '2026-11-26') },
    ACHIEVABILITY: { cells: call('ACHIEVABILITY', history, 0.3, deadline, asOf), iso: call('ACHIEVABILITY', isoHistory, 0.3, '2027-06-30', '2026-11-26') },
    BOTTOMUP_dailyTotal: {
      cells: call('BOTTOMUP', 3300, december31(sheet), leadCells, december, '', 'total'),
      iso: call('BOTTOMUP', 3300, '2026-12-31', [['Day', 'Leads'], ...leadRows], '2026-12-01', '', 'total'),
    },
    SMARTSCORE: { cells: call('SMARTSCORE', goal, history, asOf), iso: call('SMARTSCORE', goal, isoHistory, '2026-11-26') },
    SMARTSCORE_late: { cells: call('SMARTSCORE', goal, history, deadline), iso: call('SMARTSCORE', goal, isoHistory, '2027-06-30') },
    SMARTPARSE_monthEnd: {
      cells: (call('SMARTPARSE', monthEnd, december) as unknown[][])[0].map((v) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? 'date' : v)),
      iso: (call('SMARTPARSE', monthEnd, '2026-12-01') as unknown[][])[0].map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? 'date' : v)),
    },
    SMARTPARSE_monthEnd_day: {
      cells: formatDate((call('SMARTPARSE', monthEnd, december) as Date[][])[0][4], emulator.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
      iso: '2026-12-31',
    },
  };
}

function smartparseDeadline(emulator: Emulator, addon: LoadedAddon): ZoneResult['smartparseDeadline'] {
  const row = emulator.runExecution(() => addon.call<unknown[][]>('SMARTPARSE', 'Close 12 new accounts by 30 June 2027', TODAY))[0];
  const deadline = row[4] as Date;
  // Sheets shows a custom function's Date result like a Date written to the cell.
  const cell = sheetNamed(emulator, 'Cells').getRange('E1');
  cell.setValue(deadline);
  return { display: cell.getDisplayValue(), dayInSpreadsheetZone: formatDate(deadline, emulator.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd') };
}

function buildWorkbook(emulator: Emulator): void {
  typeRows(sheetNamed(emulator, 'Goals'), [
    ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'],
    ['G1', 'Raise the close rate to 30 % by the deadline', 'Close rate', '30 %', '2026-12-01', '2027-06-30'],
    ['G2', 'Raise the close rate to 27 %', 'Close rate', '27 %', '', '2026-12-31'],
  ]);
  typeRows(sheetNamed(emulator, 'Close rate'), [['Week', 'Close rate'], ...HISTORY_DAYS.map((d, i) => [d, HISTORY_RATES[i]])]);
}

function sidebarCase(emulator: Emulator, addon: LoadedAddon): ZoneResult['sidebar'] {
  interface Context {
    today: string;
    series: Array<{ name: string; history: Array<{ date: string }> }>;
    goals: Array<{ deadline?: string | null }>;
  }
  const context = emulator.runExecution(() => addon.call<Context>('sidebarGetContext'));
  const close = context.series.find((s) => /close rate/i.test(s.name));
  // The wizard adds a goal: its ISO start and deadline must land as those days.
  const draft = {
    kpi: null,
    baseline: null,
    direction: 'increase',
    targetMode: 'level',
    target: 40,
    change: null,
    start: '2027-01-01',
    deadline: '2027-09-30',
    owner: '',
    levers: '',
    notes: '',
    parentId: null,
    statement: 'Close 40 new accounts by 30 September 2027',
  };
  const added = emulator.runExecution(() => addon.call<{ sheetName: string; row: number }>('sidebarAddGoal', { draft, targetLevel: 40 }));
  const goals = sheetNamed(emulator, added.sheetName).getDataRange().getDisplayValues();
  const header = goals[0];
  const addedRow = goals[added.row - 1];
  return {
    added: { start: addedRow[header.indexOf('Start')], deadline: addedRow[header.indexOf('Deadline')] },
    today: context.today,
    firstHistoryDate: close?.history[0]?.date ?? null,
    lastHistoryDate: close?.history.at(-1)?.date ?? null,
    deadlines: context.goals.map((g) => g.deadline ?? null),
  };
}

async function cliCase(spreadsheetZone: string): Promise<ZoneResult['cli']> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zones-'));
  try {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: spreadsheetZone, name: 'Zones' });
    buildWorkbook(emulator);
    const input = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await saveXlsx(emulator, input);
    const log = console.error;
    console.error = () => undefined;
    let exitCode: number;
    try {
      exitCode = await runReport([input, '--out', out, '--today', TODAY]);
    } finally {
      console.error = log;
    }
    const result = await loadXlsx(out);
    const goals = result.spreadsheet.getSheetByName('Goals');
    return { exitCode, report: goals ? goals.getDataRange().getDisplayValues() : [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function zoneCases(spreadsheetZone: string, withCli = true): Promise<ZoneResult> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: spreadsheetZone });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const functions = functionCases(emulator, addon);
  const deadline = smartparseDeadline(emulator, addon);

  const book = createEmulator({ spreadsheetLocale: 'en_US', timeZone: spreadsheetZone });
  const bookAddon = loadAddon({ ...book.globals, __SMART_GOALS_TODAY__: TODAY });
  buildWorkbook(book);
  const sidebar = sidebarCase(book, bookAddon);
  book.runExecution(() => bookAddon.call('checkGoals'));
  book.runExecution(() => bookAddon.call('generatePlanReport'));
  return {
    processZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    spreadsheetZone,
    functions,
    smartparseDeadline: deadline,
    workbook: displayOf(book),
    sidebar,
    cli: withCli ? await cliCase(spreadsheetZone) : null,
  };
}
