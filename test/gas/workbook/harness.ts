/** Runs the BUILT add-on (dist/Code.js) on an in-memory emulated spreadsheet. */
import { columnToLetters } from '../../../src/core/a1';
import type { GoalDraft, SeriesSummary, SidebarContext } from '../../../src/core/api';
import { emptyDraft } from '../../../src/sidebar/steps';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../../src/local/runtime';

export const TODAY = '2026-11-26';

/** The wizard's draft of a plain goal with no KPI tab (40 meetings by 30 June 2027), as Add goal tests send it. */
export const meetingDraft = (statement = 'Book 40 meetings by June 30, 2027.'): GoalDraft => ({ ...emptyDraft(), target: 40, deadline: '2027-06-30', owner: 'Alice', statement });

export interface Harness {
  emulator: Emulator;
  addon: LoadedAddon;
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

export function harness(options: EmulatorOptions = {}, overrides: Record<string, unknown> = {}): Harness {
  const emulator = createEmulator(options);
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY, ...overrides });
  return { emulator, addon, run: <T>(name: string, ...args: unknown[]) => emulator.runExecution(() => addon.call<T>(name, ...args)) };
}

/** Cells of the add-on's own columns (by their header row values) on a sheet, as a predicate for diffs. */
export function ownedColumnLetters(emulator: Emulator, sheetName: string, headers: readonly string[]): Set<string> {
  const sheet = emulator.spreadsheet.getSheetByName(sheetName);
  const letters = new Set<string>();
  if (!sheet) return letters;
  const values = sheet.getDataRange().getValues();
  for (const row of values.slice(0, 10)) {
    row.forEach((cell, index) => {
      if (typeof cell === 'string' && headers.includes(cell)) letters.add(columnToLetters(index + 1));
    });
  }
  return letters;
}

/** Builds a tab from rows of typed input (strings are read like typed text, so "25 %" is a percentage). */
export function addSheet(emulator: Emulator, name: string, rows: unknown[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = spreadsheet.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < padded.length) sheet.insertRowsAfter(sheet.getMaxRows(), padded.length - sheet.getMaxRows());
  sheet.getRange(1, 1, padded.length, width).setValues(padded as Array<Array<string | number | boolean>>);
  return sheet;
}

/** Text that must never appear in a cell the add-on wrote: leaked placeholders or message keys. */
const LEAKS = /\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]|\{[a-zA-Z]+\}|\b(?:plan|align|wb|check|verdict|status|criterion|period|cli|menu)\.[a-z][A-Za-z]*(?:\.[A-Za-z]+)*\b/;

export function leaksIn(values: readonly (readonly unknown[])[], where: string): string[] {
  const found: string[] = [];
  values.forEach((row, r) =>
    row.forEach((cell, c) => {
      const text = typeof cell === 'number' && !Number.isFinite(cell) ? 'NaN' : String(cell);
      if (LEAKS.test(text)) found.push(`${where}!R${r + 1}C${c + 1}: ${text.slice(0, 80)}`);
    }),
  );
  return found;
}

/** A monthly KPI tab's rows: one value per month from December 2024 on (ISO text dates, as a user types them). */
/** A tab: its header row ("Date" then each column's header), then one row a date with each column's cell. */
export const datedTab = (dates: readonly string[], columns: ReadonlyArray<readonly [string, readonly unknown[]]>): unknown[][] => [
  ['Date', ...columns.map(([h]) => h)],
  ...dates.map((d, i) => [d, ...columns.map(([, cells]) => cells[i])]),
];

export function monthlyRows(header: string, values: readonly number[]): unknown[][] {
  const rows: unknown[][] = [['Month', header]];
  values.forEach((v, i) => rows.push([`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v]));
  return rows;
}

/**
 * Monthly revenue from December 2024 to November 2026, rising from about 42,000 to 46,600 (a quarter ≈ 138,000, a year ≈
 * 550,000): the history of the tests that judge a revenue goal's window (fixes19, fixes58, relative-level-window).
 */
export const MONTHLY_REVENUE = Array.from({ length: 24 }, (_, i) => 42_000 + i * 200 + (i % 3) * 300);

export type GoalsLocale = 'en_US' | 'fr_FR';

/** A Goals tab as a user of each locale heads it: the tab's name, its first eight columns, and the SMART score column. */
export const GOALS_TAB: Record<GoalsLocale, { goals: string; cols: string[]; score: string }> = {
  en_US: { goals: 'Goals', cols: ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline'], score: 'SMART score' },
  fr_FR: { goals: 'Objectifs', cols: ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Valeur de départ', 'Cible', 'Début', 'Échéance'], score: 'Score SMART' },
};

export interface RevenueGoalScores {
  harness: Harness;
  /** The Revenue tab's rows under its header, as SMARTSCORE's kpi_history. */
  history: unknown[][];
  /** The SMART score Check goals wrote on the row of `sentences[index]`. */
  scoreOf(index: number): unknown;
  /** SMARTSCORE of a sentence over the same revenue history, as of TODAY. */
  smartscore(sentence: string): unknown;
}

/**
 * Check goals run on a Goals tab of `sentences` (one row each: ID R0, R1…, KPI "Revenue", owner Emma, nothing else
 * filled) beside a "Revenue" tab of MONTHLY_REVENUE, in `locale`: how the tests compare Check goals' score with SMARTSCORE's.
 */
export function revenueGoalScores(locale: GoalsLocale, sentences: readonly string[]): RevenueGoalScores {
  const tab = GOALS_TAB[locale];
  const rows = monthlyRows('Revenue', MONTHLY_REVENUE);
  const history = rows.slice(1);
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, 'Revenue', rows);
  const sheet = addSheet(h.emulator, tab.goals, [tab.cols, ...sentences.map((s, i) => [`R${i}`, s, 'Revenue', 'Emma', '', '', '', ''])]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  return {
    harness: h,
    history,
    scoreOf: (index) => values[index + 1][(values[0] as string[]).indexOf(tab.score)],
    smartscore: (sentence) => h.addon.call('SMARTSCORE', sentence, history, TODAY),
  };
}

/** Monthly leads from December 2024 to November 2026 (the last full month: 35): the per-period goal tests' history. */
export const MONTHLY_LEADS = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];

/** A seeded pseudo-random generator in [0, 1) (Park–Miller): the same figures on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** `count` Monday-dated weeks from 29 September 2025 (ISO text): 60 of them end on 16 November 2026, before TODAY. */
export function weeklyDates(count = 60): string[] {
  return Array.from({ length: count }, (_, w) => new Date(Date.UTC(2025, 8, 29 + 7 * w)).toISOString().slice(0, 10));
}

/** A report row's Required pace (column E) read as a number as shown — points per month for a rate (two decimals at most). */
export function reportPacePoints(shown: readonly (readonly string[])[], id: string): number {
  const text = shown.find((r) => r[0] === id && r[4] !== '')![4];
  return Number(/^([-+]?\d+(?:[.,]\d+)?)/.exec(text)![1].replace(',', '.'));
}

/** A header case: its tab's name and rows, the header, and what the wizard's KPI list must show for that column. */
/**
 * The header-case fixtures hdr52's and hdr53's (and hdr54's) bundle tests share (hdr54: each file repeated them): ten rows
 * each, so a case's column fits any of the date lists.
 */
/** One row a month: a series, no log. */
export const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
/** One row a quarter. */
export const QUARTERS = ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01'];
/** Records: one row an order, a bill or an entry. */
export const DATES = ['2026-05-04', '2026-05-11', '2026-05-18', '2026-06-02', '2026-06-19', '2026-07-03', '2026-07-21', '2026-08-05', '2026-08-24', '2026-09-07'];
/** A record's ids, one a row of `DATES` ("O1", "O2"…). */
export const ids = (prefix: string): string[] => DATES.map((_, i) => `${prefix}${i + 1}`);
export const MONEY = [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200];
export const WHOLE = [2878, 4429, 2001, 3451, 3578, 2489, 2604, 1099, 3120, 2950];
export const COUNTS = [120, 80, 90, 40, 70, 35, 64, 88, 51, 77];
/** A count held: it climbs. */
export const HELD = [1000, 1040, 1100, 1130, 1180, 1260, 1300, 1350, 1420, 1500];
export const SMALL = [1, 2, 1, 1, 3, 1, 2, 1, 4, 1];

export type HeaderCase = readonly [sheet: string, rows: unknown[][], header: string, expected: Partial<SeriesSummary>];

/**
 * Header cases through the bundle's wizard list (`sidebarGetContext`, the reader Check goals and the report use), one
 * describe a locale: the `changed` cases and the near misses that must not move. A tab shared by two cases is added once.
 */
export function describeHeaderCases(label: string, cases: Record<GoalsLocale, { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }>): void {
  describe.each(['en_US', 'fr_FR'] as const)(`${label} (%s)`, (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    const { changed, near } = cases[locale];
    const tabs = new Map([...changed, ...near].map(([name, rows]) => [name, rows] as const));
    for (const [name, rows] of tabs) addSheet(h.emulator, name, rows);
    const context = h.run<SidebarContext>('sidebarGetContext');
    /** The series must be read at all: a missing one would pass every "names no KPI" check. */
    const found = (sheetName: string, header: string): SeriesSummary => {
      const read = context.series.find((x) => x.sheetName === sheetName && x.name === header);
      expect(read).toBeDefined();
      return read!;
    };
    it.each(changed.map((c) => [c[2], c] as const))('changed: %s', (_header, [sheet, , header, expected]) => {
      expect(found(sheet, header)).toEqual(expect.objectContaining(expected));
    });
    it.each(near.map((c) => [c[2], c] as const))('near miss: %s', (_header, [sheet, , header, expected]) => {
      expect(found(sheet, header)).toEqual(expect.objectContaining(expected));
    });
  });
}
