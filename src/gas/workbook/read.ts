/**
 * Reading the spreadsheet: one batched `getDataRange().getValues()` per tab,
 * the add-on's developer metadata (which columns and sheets are ours) with
 * two finder calls, and the conversion of cell values into core's plain
 * values. Report sheets the add-on created are not read as data.
 */
import { isoFromParts } from '../../core/dates';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { buildWorkbookModel } from '../../core/workbook/model';
import { OUTPUT_COLUMNS, OWNED_COLUMN_METADATA_KEY, OWNED_SHEET_METADATA_KEY, type OutputColumn } from '../../core/workbook/output';
import type { CellValue, SheetGrid, WorkbookModel } from '../../core/workbook/types';
import { isDateValue } from '../functions/cells';
import type { WorkbookEnv } from './env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A Date cell as an ISO date. Sheets hands out date cells as midnight in the
 * spreadsheet's time zone, which the script may see a few hours off in its
 * own zone: the nearest midnight of the script's calendar is the day the
 * user typed (no service call per cell).
 */
export function dateCellToIso(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const shifted = date.getHours() >= 12 ? new Date(time + 12 * 3600_000) : date;
  return isoFromParts(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate());
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
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

export interface SpreadsheetRead {
  grids: SheetGrid[];
  sheets: Map<string, Sheet>;
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
  const ids = new Set<number>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWNED_SHEET_METADATA_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) ids.add(sheet.getSheetId());
  }
  return ids;
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

/** Reads every tab once and builds the model. */
export function readSpreadsheet(env: WorkbookEnv): SpreadsheetRead {
  const { spreadsheet } = env;
  const reportSheetIds = readReportSheetIds(spreadsheet);
  const ownedColumns = readOwnedColumns(spreadsheet);
  const grids: SheetGrid[] = [];
  const sheets = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (reportSheetIds.has(sheet.getSheetId())) {
      grids.push({ name, values: [], ownedBy: 'report' });
      continue;
    }
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map(toCellValue));
    fillMergedDown(values, range.getMergedRanges());
    // One more batched read on the same range: a KPI column formatted as € or % is a level and shows its
    // symbol (Range.getNumberFormats: "the number or date formatting of the cells in the range", a 2D array
    // of format strings, https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformats).
    grids.push({ name, values, formats: range.getNumberFormats() });
  }
  const ownedByName: Record<string, number[]> = {};
  for (const [name, columns] of ownedColumns) ownedByName[name] = columns.map((c) => c.index - 1);
  const model = buildWorkbookModel(grids, { lang: env.cellLang, catalog: KPI_CATALOG, goalsSheetName: env.settings.goalsSheetName, ownedColumns: ownedByName });
  return { grids, sheets, ownedColumns, reportSheetIds, model };
}
