/**
 * From the tabs' values to the workbook model: which tab holds the goals,
 * its columns, its goal rows, and every KPI series of the other tabs.
 */
import type { KpiDefinition } from '../kpi/catalog';
import type { DateOrder } from '../dates';
import type { IsoDate, Lang } from '../types';
import { analyzeStatement } from '../statement/analyze';
import { cellNumber, cellText, isBlankCell } from './cells';
import { findGoalColumns, HEADER_SCAN_ROWS } from './headers';
import { ownedColumnsByHeader, type OutputColumn } from './output';
import { readGoalRows } from './goals';
import { detectKpiSeries, shortKpiTab } from './kpis';
import { readDriverSheets } from '../drivers/goal';
import { fold } from './text';
import type { CellValue, GoalColumns, GoalsSheetInfo, SheetGrid, ShortKpiTab, WorkbookModel } from './types';
import type { NumberLang } from '../numbers';

/** Tab names that hold goals unless the settings say otherwise (folded). */
export const GOALS_SHEET_NAMES: readonly string[] = ['goals', 'objectifs', 'goal', 'objectif', 'smart goals', 'objectifs smart', 'sales goals', 'objectifs de vente', 'objectifs commerciaux'];

export interface ModelOptions {
  lang: Lang;
  /** The spreadsheet locale's order of typed numeric dates (`localeDateOrder`); default: `lang`'s. */
  dateOrder?: DateOrder;
  /** How numbers typed in cells read (`numberLang`: the locale's decimal separator, de_DE like fr_FR); default: `lang`. */
  numberLang?: NumberLang;
  /** The Settings' fiscal year start: a Deadline cell's "Q4 2027" and "FY27" are fiscal, as in a sentence; default 1. */
  fiscalStartMonth?: number;
  catalog: readonly KpiDefinition[];
  goalsSheetName?: string | null;
  /** Columns the add-on owns, per tab name (from developer metadata), excluded from header recognition. */
  ownedColumns?: Readonly<Record<string, readonly number[]>>;
  /** Today in the spreadsheet's zone: a log's week still running is no week's total (`logPoints`). */
  today?: IsoDate;
}

/** Our result columns found by their headers in the first rows (where a header row can be). */
export function ownedHeaderColumns(values: readonly (readonly CellValue[])[]): Map<OutputColumn, number> {
  for (let row = 0; row < Math.min(values.length, HEADER_SCAN_ROWS); row++) {
    const found = ownedColumnsByHeader(values[row]);
    if (found.size > 0) return found;
  }
  return new Map();
}

function ownedFor(grid: SheetGrid, options: ModelOptions): number[] {
  const fromMetadata = options.ownedColumns?.[grid.name];
  if (fromMetadata && fromMetadata.length > 0) return [...fromMetadata];
  // Without metadata (e.g. after an xlsx round trip) our columns are recognised by their headers.
  return [...ownedHeaderColumns(grid.values).values()];
}

/**
 * A goal column holds sentences: a tab of monthly targets ("Mois | Objectif
 * CA | Réalisé") names a column "Objectif" too, but fills it with numbers.
 */
function holdsSentences(grid: SheetGrid, columns: GoalColumns): boolean {
  const column = columns.fields.statement as number;
  let filled = 0;
  let numeric = 0;
  for (let row = columns.headerRow + 1; row < grid.values.length; row++) {
    const cell = grid.values[row][column];
    if (isBlankCell(cell)) continue;
    filled++;
    if (typeof cell === 'number' || typeof cell === 'boolean' || cellNumber(cell, 'en') !== null || cellNumber(cell, 'fr') !== null) numeric++;
  }
  return filled === 0 || numeric / filled < 0.5;
}

/**
 * A table found by its headers alone is a goals table when it names a goal: its sentence column says so (« Objectif »,
 * "Goal", "Statement"…), or a goal's field beyond an id and a bare "Date" names a column (a KPI, a target, an owner…). An
 * export's line label ("Description", « Libellé », « Intitulé ») beside "ID" and "Date" is a ledger, whose dated amounts
 * are KPI series (hdr46: a workbook with no goals tab read a sales export as its goals and listed no series): so is such a
 * table with an amount column beside its labels, or whose labels (the first 20) state no target nor deadline (mend46e: a
 * tab "OKR 2027" of "ID, Description, Date" and "Increase revenue to $180,000 by June 30, 2027" is a goals tab again).
 */
function namesAGoal(grid: SheetGrid, columns: GoalColumns, asOf: IsoDate): boolean {
  const { headerRow, fields } = columns;
  const header = (column = -1): string => fold(String(grid.values[headerRow][column] ?? ''));
  return (
    !/^(description|libelle|intitule)s?$/.test(header(fields.statement)) ||
    Object.entries(fields).some(([field, column]) => !/^(statement|id)$/.test(field) && header(column) !== 'date') ||
    // No other column of numbers (an amount), and a label that states a target or a deadline.
    (columns.extra.every((column) => holdsSentences(grid, { ...columns, fields: { statement: column } })) &&
      grid.values.slice(headerRow + 1, headerRow + 21).some((row) => {
        const analysis = analyzeStatement(cellText(row[fields.statement ?? 0]), { asOf });
        return (analysis.target ?? analysis.deadline) !== null;
      }))
  );
}

function columnsOf(grid: SheetGrid, options: ModelOptions): GoalColumns | null {
  const columns = findGoalColumns(grid.values, { owned: ownedFor(grid, options) });
  return columns && columns.fields.statement !== undefined && holdsSentences(grid, columns) ? columns : null;
}

/** Finds the goals tab: the settings' name, then the usual names, then the first tab with goal headers. */
export function findGoalsSheet(sheets: readonly SheetGrid[], options: ModelOptions): { grid: SheetGrid; info: GoalsSheetInfo } | null {
  const candidates = sheets.filter((sheet) => !sheet.ownedBy);
  const byName = (wanted: string): SheetGrid | undefined => candidates.find((sheet) => fold(sheet.name) === wanted);
  if (options.goalsSheetName) {
    const grid = byName(fold(options.goalsSheetName));
    const columns = grid && columnsOf(grid, options);
    if (grid && columns) return { grid, info: { name: grid.name, columns, foundBy: 'settings' } };
  }
  for (const name of GOALS_SHEET_NAMES) {
    const grid = byName(name);
    const columns = grid && columnsOf(grid, options);
    if (grid && columns) return { grid, info: { name: grid.name, columns, foundBy: 'name' } };
  }
  // Found by headers only: several tabs may qualify (last year's plan kept beside this year's); the one reaching furthest is the current plan.
  let best: { grid: SheetGrid; columns: GoalColumns; latest: string } | null = null;
  for (const grid of candidates) {
    const columns = columnsOf(grid, options);
    // The sentence's own target or date is asked, not how far it is: any day reads it when none is given.
    if (!columns || !namesAGoal(grid, columns, options.today ?? '2026-01-01')) continue;
    const latest = readGoalRows(grid.values, columns, options.numberLang ?? options.lang, 1, goalDates(options)).reduce((max, goal) => (goal.deadline !== null && goal.deadline > max ? goal.deadline : max), '');
    if (!best || latest > best.latest) best = { grid, columns, latest };
  }
  return best ? { grid: best.grid, info: { name: best.grid.name, columns: best.columns, foundBy: 'headers' } } : null;
}

function goalDates(options: ModelOptions): { order?: DateOrder; fiscalStartMonth?: number } {
  return { order: options.dateOrder, fiscalStartMonth: options.fiscalStartMonth };
}

/** Builds the model from every tab's values (one batched read each, done by the caller). */
export function buildWorkbookModel(sheets: readonly SheetGrid[], options: ModelOptions): WorkbookModel {
  const found = findGoalsSheet(sheets, options);
  const noteRows: number[] = [];
  const goals = found ? readGoalRows(found.grid.values, found.info.columns, options.numberLang ?? options.lang, 1, goalDates(options), noteRows) : [];
  // A Target cell computed by a formula (=E2*1.05, =SUM(…)): its value is judged, its origin said (surf54).
  for (const goal of goals) goal.targetFormula = found?.grid.formulas?.[goal.row - 1]?.[found.info.columns.fields.target ?? -1];
  const series: WorkbookModel['series'] = [];
  const shortTabs: ShortKpiTab[] = [];
  const unreadTabs = new Map<string, boolean>();
  for (const sheet of sheets) {
    if (sheet.ownedBy || sheet === found?.grid) continue;
    const detected = detectKpiSeries(sheet, options.numberLang ?? options.lang, options.catalog, options.dateOrder, options.today, options.fiscalStartMonth);
    series.push(...detected);
    if (detected.length === 0) unreadTabs.set(fold(sheet.name), sheet.values.slice(1).every((row) => row.every(isBlankCell)));
    const short = detected.length === 0 ? shortKpiTab(sheet, options.numberLang ?? options.lang, options.dateOrder, options.fiscalStartMonth) : null;
    if (short) shortTabs.push({ sheetName: sheet.name, ...short });
  }
  const drivers = readDriverSheets(sheets.filter((sheet) => !sheet.ownedBy), options.lang);
  return { goalsSheet: found?.info ?? null, goals, series, shortTabs, drivers, noteRows, unreadTabs };
}
