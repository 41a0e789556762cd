/**
 * Writing cells: every string goes through `literalText` (no formula
 * injection, no text silently turned into a number or date), and each
 * block — or the whole report grid — is written with one call per property.
 */
import type { Block, ReportGrid } from '../../core/plan/layout';
import { literalText } from '../../core/workbook/text';
import type { CellValue } from '../../core/workbook/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The pattern Sheets reports for cells left on its automatic format. */
export const GENERAL_FORMAT = '0.###############';

/**
 * A value as written to a cell of number format `format`. A plain-text cell ("@") keeps a string as it is typed, a leading
 * apostrophe included, so there the text goes bare: "'+10 % de CA" would show its apostrophe (emul29; the emulator
 * models it, docs/ARCHITECTURE.md *Typed strings*).
 */
export function safeCell(value: CellValue, format?: string): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && format !== '@' ? literalText(value) : value;
}

/** `safeCell` over a grid; `formats` are the number formats the cells have when written (set just before). */
export function safeValues(values: readonly (readonly CellValue[])[], formats?: readonly (readonly string[])[]): Array<Array<string | number | boolean>> {
  return values.map((row, r) => row.map((value, c) => safeCell(value, formats?.[r]?.[c])));
}

/** Grows the sheet so rows × columns fit (getRange beyond the grid throws). A sheet always has a row and a column: 1 asks nothing. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  if (rows > 1) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  }
  if (columns <= 1) return;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Sizes a sheet the add-on just created to exactly `rows` rows (inserting or
 * deleting the difference) and at least `columns` columns: the same three
 * calls whether the report has 100 rows or 10,000 (a new sheet has 1,000).
 */
export function fitNewSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes one block: formats first (so values are read against them), then values, backgrounds and weights. */
export function writeBlock(sheet: Sheet, block: Block): void {
  const rows = block.values.length;
  const columns = block.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  const range = sheet.getRange(block.row, block.column, rows, columns);
  if (block.formats && block.formats.some((r) => r.some((f) => f !== ''))) range.setNumberFormats(block.formats.map((r) => r.map((f) => (f === '' ? GENERAL_FORMAT : f))));
  range.setValues(safeValues(block.values, block.formats));
  if (block.backgrounds && block.backgrounds.some((r) => r.some((c) => c !== null))) range.setBackgrounds(block.backgrounds.map((r) => r.map((c) => c ?? '#ffffff')));
  if (block.bold && block.bold.some((r) => r.some(Boolean))) range.setFontWeights(block.bold.map((r) => r.map((b) => (b ? 'bold' : 'normal'))));
  if (block.wrap) range.setWrap(true);
}

/**
 * Writes the whole report as one rectangle from A1: number formats first (so
 * values are read against them), then values, backgrounds (null resets to
 * none), font weights, wraps and alignments — seven calls on `range` (the
 * grid's height × width from A1), whatever the number of rows or sections.
 */
export function writeGrid(range: GoogleAppsScript.Spreadsheet.Range, grid: ReportGrid): void {
  if (grid.values.length === 0 || (grid.values[0]?.length ?? 0) === 0) return;
  range.setNumberFormats(grid.formats.map((r) => r.map((f) => (f === '' ? GENERAL_FORMAT : f))));
  range.setValues(safeValues(grid.values, grid.formats));
  range.setBackgrounds(grid.backgrounds);
  range.setFontWeights(grid.bold.map((r) => r.map((b) => (b ? 'bold' : 'normal'))));
  range.setWraps(grid.wraps);
  // Headers over numbers right-aligned like the numbers under them (Sheets aligns text left and numbers right by default).
  range.setHorizontalAlignments(grid.alignments);
  // Sheets aligns cells at the bottom by default: next to a goal statement wrapped over four lines the ID,
  // label or figure would sit on its last line. Top alignment reads like a table (one call for the grid).
  range.setVerticalAlignment('top');
}
