/**
 * Reading the spreadsheet: one batched `getDataRange().getValues()` per tab,
 * the add-on's developer metadata (which columns and sheets are ours) with
 * two finder calls, and the conversion of cell values into core's plain
 * values. Report sheets the add-on created are not read as data.
 */
import { isDriverSheetName } from '../../core/drivers/goal';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { buildWorkbookModel, ownedHeaderColumns } from '../../core/workbook/model';
import { OUTPUT_COLUMNS, OWNED_COLUMN_METADATA_KEY, OWNED_SHEET_METADATA_KEY, type OutputColumn } from '../../core/workbook/output';
import type { CellValue, SheetGrid, WorkbookModel } from '../../core/workbook/types';
import { isDateValue } from '../functions/cells';
import { sheetDateToIso } from '../functions/zone';
import type { WorkbookEnv } from './env';

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
  /** Sheet ids of the report sheets the add-on created. */
  reportSheetIds: Set<number>;
  model: WorkbookModel;
}

function isOutputColumn(value: string | null): value is OutputColumn {
  return value !== null && (OUTPUT_COLUMNS as readonly string[]).includes(value);
}

/** Our column metadata, per sheet name. */
export function readOwnedColumns(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, OwnedColumn[]> {
  const owned = new Map<string, OwnedColumn[]>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_METADATA_KEY).find()) {
    const value = metadata.getValue();
    const column = metadata.getLocation().getColumn();
    if (!column || !isOutputColumn(value)) continue;
    const sheetName = column.getSheet().getName();
    const list = owned.get(sheetName) ?? [];
    list.push({ column: value, index: column.getColumn(), metadata });
    owned.set(sheetName, list);
  }
  return owned;
}

export function readReportSheetIds(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<number> {
  return readReportSheets(spreadsheet).ids;
}

/** The report sheets the add-on created: their ids (stable) and names (to skip them without asking every tab its id). */
export function readReportSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_SHEET_METADATA_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (!sheet) continue;
    ids.add(sheet.getSheetId());
    names.add(sheet.getName());
  }
  return { ids, names };
}

/**
 * A cell merged down over several rows ("North team" beside its four
 * quarterly goals) belongs to each of those rows, but getValues() only
 * gives it to the first: the others get its value. Only the merge's first
 * column is filled (a title merged across columns stays in one cell).
 */
export function fillMergedDown(values: CellValue[][], merges: readonly GoogleAppsScript.Spreadsheet.Range[]): void {
  for (const merge of merges) {
    if (merge.getNumRows() < 2) continue;
    const top = merge.getRow() - 1;
    const column = merge.getColumn() - 1;
    const value = values[top]?.[column];
    if (value === undefined) continue;
    for (let row = top + 1; row < Math.min(values.length, top + merge.getNumRows()); row++) if (values[row][column] === '') values[row][column] = value;
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

/**
 * Reads every tab once and builds the model: per tab its name and one
 * getDataRange().getValues(); the merged cells of the goals tab only; our
 * column metadata only when our result columns are not found intact by
 * their headers. Service calls grow with the number of tabs, never with rows.
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
    // One more batched read on the same range: a KPI column formatted as € or % is a level and shows its
    // symbol (Range.getNumberFormats: "the number or date formatting of the cells in the range", a 2D array
    // of format strings, https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformats).
    // A Drivers tab holds formulas as text: no formats to read (one call less per run).
    grids.push({ name, values: range.getValues().map((row) => row.map(toCellValue)), formats: isDriverSheetName(name) ? undefined : range.getNumberFormats() });
  }
  const intact = new Map<string, Map<OutputColumn, number>>();
  for (const grid of grids) {
    const block = grid.ownedBy === 'report' ? null : intactOwnedBlock(grid.values);
    if (block) intact.set(grid.name, block);
  }
  // The metadata is the authority when our block is not intact somewhere it might be.
  const ownedColumns = intact.size > 0 ? new Map<string, OwnedColumn[]>() : readOwnedColumns(spreadsheet);
  for (const [name, block] of intact) ownedColumns.set(name, [...block].map(([column, index]) => ({ column, index: index + 1, metadata: null })));
  const ownedByName: Record<string, number[]> = {};
  for (const [name, columns] of ownedColumns) ownedByName[name] = columns.map((c) => c.index - 1);
  const options = { lang: env.cellLang, catalog: KPI_CATALOG, goalsSheetName: env.settings.goalsSheetName, ownedColumns: ownedByName };
  let model = buildWorkbookModel(grids, options);
  // Merged cells matter beside goals (a team merged down over its goals): read on the goals tab only.
  const goalsName = model.goalsSheet?.name;
  const goalsRange = goalsName === undefined ? undefined : ranges.get(goalsName);
  const goalsGrid = grids.find((g) => g.name === goalsName);
  if (goalsRange && goalsGrid) {
    const merges = goalsRange.getMergedRanges();
    if (merges.length > 0) {
      fillMergedDown(goalsGrid.values, merges);
      model = buildWorkbookModel(grids, options);
    }
  }
  return { grids, sheets, dataRanges: ranges, ownedColumns, reportSheetIds: reportSheets.ids, model };
}
