/**
 * Reading the spreadsheet: one batched `getDataRange().getValues()` per tab
 * (plus its number formats on KPI tabs), the add-on's developer metadata
 * (which sheets are ours: one finder; which columns: only when our block is
 * not found intact by its headers), and the conversion of cell values into
 * core's plain values. Report sheets the add-on created are not read as data.
 */
import { isDriverSheetName } from '../../core/drivers/goal';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { buildWorkbookModel, findGoalsSheet, ownedHeaderColumns } from '../../core/workbook/model';
import { detectKpiSeries } from '../../core/workbook/kpis';
import { HEADER_SCAN_ROWS } from '../../core/workbook/headers';
import { fold } from '../../core/workbook/text';
import { OUTPUT_COLUMNS, OWNED_COLUMN_METADATA_KEY, OWNED_SHEET_METADATA_KEY, outputHeader, type OutputColumn } from '../../core/workbook/output';
import type { CellValue, SheetGrid, WorkbookModel } from '../../core/workbook/types';
import { isDateValue } from '../functions/cells';
import { sheetDateToIso } from '../functions/zone';
import { goalTableOptions, type WorkbookEnv } from './env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A Date cell as an ISO date: its day in the spreadsheet's time zone, where
 * Sheets puts it (midnight of the day typed), whatever the script's zone is
 * (the one rule of ../functions/zone.ts; no service call per cell).
 */
export function dateCellToIso(date: Date): string | null {
  return sheetDateToIso(date);
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDateValue(value)) return dateCellToIso(value) ?? '';
  return String(value);
}

export interface OwnedColumn {
  column: OutputColumn;
  /** 1-based column index. */
  index: number;
  /** Null when the column was recognised by its header in an intact block (no metadata read). */
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
}

export interface SpreadsheetRead {
  grids: SheetGrid[];
  sheets: Map<string, Sheet>;
  /** Each data tab's data range as read (its number formats cost one call more, read only when needed). */
  dataRanges: Map<string, GoogleAppsScript.Spreadsheet.Range>;
  /** Our result columns per sheet name (from developer metadata). */
  ownedColumns: Map<string, OwnedColumn[]>;
  model: WorkbookModel;
  /** The Goals tab's values as `getValues` gave them, before merged cells were filled down (Check goals compares them before writing). */
  goalsValues: CellValue[][] | null;
  /** The Goals tab's merged areas (row, column, rows, columns; 1-based): Check goals writes into none of their cells. */
  goalsMerges: GridRect[];
}

/** A rectangle of cells: first row, first column (1-based), rows, columns. */
export type GridRect = [number, number, number, number];

function isOutputColumn(value: string | null): value is OutputColumn {
  return value !== null && (OUTPUT_COLUMNS as readonly string[]).includes(value);
}

/**
 * Our column metadata on one tab, from that sheet's own finder (Sheet.createDeveloperMetadataFinder:
 * "within the scope of this sheet"): four calls per column (value, location, its column range, its
 * index), none to ask each entry which sheet it is on.
 */
export function readOwnedColumns(sheet: Sheet): OwnedColumn[] {
  const owned: OwnedColumn[] = [];
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_METADATA_KEY).find()) {
    const value = metadata.getValue();
    if (!isOutputColumn(value)) continue;
    const column = metadata.getLocation().getColumn();
    if (column) owned.push({ column: value, index: column.getColumn(), metadata });
  }
  return owned;
}

/**
 * The names of the report sheets the add-on created (marked with sheet metadata): enough to skip them
 * as data and to replace one, within a run, without asking every tab or report sheet its id.
 */
export function readReportSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { names: Set<string> } {
  const names = new Set<string>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_SHEET_METADATA_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) names.add(sheet.getName());
  }
  return { names };
}

/**
 * A cell merged down over several rows ("North team" beside its four
 * quarterly goals) belongs to each of those rows, but getValues() only
 * gives it to the first: the others get its value. Only the merge's first
 * column is filled (a title merged across columns stays in one cell), and only
 * rows holding something of their own outside `ignored` (our result columns): a goal
 * whose cells are merged down over two rows for its wrapped text is one goal, its
 * second row blank to getValues (a merged area's value is its top-left cell's: Apps Script
 * Range.merge, Sheets' "Merge cells" help; wording not re-read this session) — filled, it
 * was read twice (emul29).
 */
export function fillMergedDown(values: CellValue[][], merges: readonly GoogleAppsScript.Spreadsheet.Range[], ignored: readonly number[] = []): void {
  const own = values.map((row) => row.some((cell, c) => cell !== '' && !ignored.includes(c)));
  for (const merge of merges) {
    if (merge.getNumRows() < 2) continue;
    const top = merge.getRow() - 1;
    const column = merge.getColumn() - 1;
    const value = values[top]?.[column];
    if (value === undefined) continue;
    for (let row = top + 1; row < Math.min(values.length, top + merge.getNumRows()); row++) if (own[row] && values[row][column] === '') values[row][column] = value;
  }
}

/**
 * Our result columns recognised without reading developer metadata: all of them, in the order
 * we write them, side by side in one header row (scanned like the goals header). A user's own
 * columns cannot look like that; anything else (a column inserted inside the block, a header
 * renamed) goes the slow way, through the metadata. Returns 0-based indexes by column.
 */
export function intactOwnedBlock(values: readonly (readonly CellValue[])[]): Map<OutputColumn, number> | null {
  const found = ownedHeaderColumns(values);
  if (found.size !== OUTPUT_COLUMNS.length) return null;
  const first = found.get(OUTPUT_COLUMNS[0]) as number;
  return OUTPUT_COLUMNS.every((column, i) => found.get(column) === first + i) ? found : null;
}

/** Whether any of the first rows holds one of our headers (either language): our block may be there. */
function mentionsOwnedHeader(values: readonly (readonly CellValue[])[]): boolean {
  const headers = new Set(OUTPUT_COLUMNS.flatMap((column) => [fold(outputHeader(column, 'en')), fold(outputHeader(column, 'fr'))]));
  for (let row = 0; row < Math.min(values.length, HEADER_SCAN_ROWS); row++) {
    if (values[row].some((cell) => typeof cell === 'string' && headers.has(fold(cell)))) return true;
  }
  return false;
}

/**
 * Reads every tab once and builds the model: per tab its name and one
 * getDataRange().getValues(); the number formats of the tabs holding KPI
 * series only (the goals tab and other tabs need none); the merged cells of
 * the goals tab only; our column metadata only when a result block may be
 * somewhere (one of our headers is seen) but is not found intact by its
 * headers. Service calls grow with the number of tabs, never with rows.
 */
export function readSpreadsheet(env: WorkbookEnv): SpreadsheetRead {
  const { spreadsheet } = env;
  const reportSheets = readReportSheets(spreadsheet);
  const grids: SheetGrid[] = [];
  const sheets = new Map<string, Sheet>();
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (reportSheets.names.has(name)) {
      grids.push({ name, values: [], ownedBy: 'report' });
      continue;
    }
    const range = sheet.getDataRange();
    ranges.set(name, range);
    grids.push({ name, values: range.getValues().map((row) => row.map(toCellValue)) });
  }
  const intact = new Map<string, Map<OutputColumn, number>>();
  for (const grid of grids) {
    const block = grid.ownedBy === 'report' ? null : intactOwnedBlock(grid.values);
    if (block) intact.set(grid.name, block);
  }
  // The metadata is the authority when our block is not intact on a tab where it might be (one of our
  // headers is seen there). Where none is seen (a first run), there is no block to find: no metadata search.
  // A block whose every header a user renamed is then not found: a new one is added beside it, nothing is
  // overwritten.
  const ownedColumns = new Map<string, OwnedColumn[]>();
  if (intact.size === 0) {
    for (const grid of grids) {
      const sheet = sheets.get(grid.name);
      if (!sheet || grid.ownedBy === 'report' || !mentionsOwnedHeader(grid.values)) continue;
      const found = readOwnedColumns(sheet);
      if (found.length > 0) ownedColumns.set(grid.name, found);
    }
  }
  for (const [name, block] of intact) ownedColumns.set(name, [...block].map(([column, index]) => ({ column, index: index + 1, metadata: null })));
  const ownedByName: Record<string, number[]> = {};
  for (const [name, columns] of ownedColumns) ownedByName[name] = columns.map((c) => c.index - 1);
  const options = { ...goalTableOptions(env), goalsSheetName: env.settings.goalsSheetName, ownedColumns: ownedByName, today: env.today };
  const goals = findGoalsSheet(grids, options);
  // Merged cells matter beside goals (a team merged down over its goals): read on the goals tab only.
  const goalsRange = goals ? ranges.get(goals.grid.name) : undefined;
  let goalsValues: CellValue[][] | null = goals ? goals.grid.values : null;
  let goalsMerges: GridRect[] = [];
  if (goals && goalsRange) {
    const merges = goalsRange.getMergedRanges();
    if (merges.length > 0) goalsValues = goals.grid.values.map((row) => row.slice());
    fillMergedDown(goals.grid.values, merges, ownedByName[goals.grid.name]);
    goalsMerges = merges.map((m) => [m.getRow(), m.getColumn(), m.getNumRows(), m.getNumColumns()]);
    // Its formulas, in one call for the tab (Range.getFormulas: "" where a cell holds none, else the formula's text,
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas): a Target computed by one is said
    // so, and Check goals writes a formula in its columns back as itself, never as its value (surf54).
    goals.grid.formulas = goalsRange.getFormulas();
  }
  // One more batched read on the tabs that hold KPI series (the formats do not change which columns are
  // series, only their unit and level/total): a KPI column formatted as € or % is a level and shows its
  // symbol (Range.getNumberFormats: "the number or date formatting of the cells in the range", a 2D array
  // of format strings, https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformats).
  for (const grid of grids) {
    const range = ranges.get(grid.name);
    if (!range || grid.ownedBy || grid === goals?.grid || isDriverSheetName(grid.name) || detectKpiSeries(grid, env.numberLang, KPI_CATALOG, env.dateOrder, env.today, env.settings.fiscalYearStartMonth).length === 0) continue;
    grid.formats = range.getNumberFormats();
  }
  const model = buildWorkbookModel(grids, options);
  return { grids, sheets, dataRanges: ranges, ownedColumns, model, goalsValues, goalsMerges };
}
