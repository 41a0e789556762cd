/** Sheet: one tab of the emulated spreadsheet. */
import { parseA1, quoteSheetName, splitSheetName, type GridRect } from './a1';
import type { SpreadsheetContext } from './context';
import { emulatedBase } from './facade';
import { SheetType } from './enums';
import { chartSpecOf, copyChart, copyRule, EmulatedChart, EmulatedChartBuilder, EmulatedConditionalFormatRule, ruleSpecs } from './formats';
import { addMetadata, DeveloperMetadataFinderImpl } from './metadata';
import { SheetModel, type ConditionalRuleSpec } from './model';
import { checkEdit, EmulatedProtection, protectionsOf } from './protection';
import { checkRect, EmulatedRange, EmulatedRangeList } from './range';
import { normalizeColor } from './values';


export const SHEET_ERRORS = {
  invalidA1: 'Range not found',
  nameTaken: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  frozenMerge: 'Sorry, it is not possible to freeze rows that contain only part of a merged cell.',
  deleted: 'Sheet not found (it was deleted).',
} as const;

/** Default column width in pixels (Sheets' default). */
export const DEFAULT_COLUMN_WIDTH = 100;

export class EmulatedSheet extends emulatedBase<GoogleAppsScript.Spreadsheet.Sheet>('Sheet') implements GoogleAppsScript.Spreadsheet.Sheet {
  constructor(
    readonly context: SpreadsheetContext,
    readonly model: SheetModel,
  ) {
    super(context.runtime);
  }

  private guard(method: string): void {
    this.context.runtime.requireAuth('Sheet', method);
    if (!this.context.model.sheets.includes(this.model)) throw new Error(SHEET_ERRORS.deleted);
  }

  /** A change to the sheet itself (or, with `crossing`, rows/columns deleted): refused on a protected sheet (./protection.ts). */
  private guardWrite(method: string, crossing?: GridRect): void {
    this.guard(method);
    this.context.runtime.requireWrite('Sheet', method);
    checkEdit(this.context.model.protections, this.model.id, crossing ?? null, crossing !== undefined);
  }

  /**
   * A change to the sheet's layout or selection that Sheets does not check against protections here (widths, heights,
   * hidden rows and columns, tab colour, the active range) is still a change: a custom function may not make it —
   * "Spreadsheet: Read only (can use most get*() methods, but not set*())" (Custom Functions in Google Sheets, *Using Apps
   * Script services*, developers.google.com/apps-script/guides/sheets/functions; review 22).
   */
  private guardLayout(method: string): void {
    // A deleted sheet and the mode's own limits first, as every other call on a sheet (`guard`).
    this.guard(method);
    this.context.runtime.requireChange('Sheet', method);
  }

  private range(rect: GridRect): EmulatedRange {
    checkRect(this.model, rect);
    return this.context.range(this.model, rect);
  }

  /** Resolves "B2:C3" (a sheet name prefix must name this sheet). */
  rangeFromA1(a1: string): EmulatedRange {
    const { sheetName, cells } = splitSheetName(String(a1));
    if (sheetName !== null && sheetName.toLowerCase() !== this.model.name.toLowerCase()) throw new Error(SHEET_ERRORS.invalidA1);
    const rect = parseA1(cells, this.model.maxRows, this.model.maxColumns);
    if (!rect) throw new Error(SHEET_ERRORS.invalidA1);
    return this.range(rect);
  }

  // ---- identity ----

  override getName(): string {
    return this.model.name;
  }

  override getSheetName(): string {
    return this.model.name;
  }

  override setName(name: string): this {
    this.guardWrite('setName');
    const text = String(name);
    if (text.trim() === '') throw new Error('Invalid sheet name.');
    if (this.context.model.sheets.some((s) => s !== this.model && s.name.toLowerCase() === text.toLowerCase())) throw new Error(SHEET_ERRORS.nameTaken(text));
    this.model.name = text;
    return this;
  }

  override getIndex(): number {
    return this.context.model.sheets.indexOf(this.model) + 1;
  }

  override getSheetId(): number {
    return this.model.id;
  }

  override getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.context.spreadsheet();
  }

  override getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }

  override activate(): this {
    this.guardLayout('activate');
    this.context.model.activeSheetId = this.model.id;
    this.context.model.activeRange = { sheetId: this.model.id, row: 1, column: 1, numRows: 1, numColumns: 1 };
    this.context.ui.activations.push(`${quoteSheetName(this.model.name)}!A1`);
    return this;
  }

  override getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    const active = this.context.model.activeRange;
    if (!active || active.sheetId !== this.model.id) return null;
    const { sheetId: _sheetId, ...rect } = active;
    return this.context.range(this.model, rect);
  }

  override setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    (range as unknown as EmulatedRange).activate();
    return range;
  }

  override setActiveSelection(rangeOrA1: GoogleAppsScript.Spreadsheet.Range | string): GoogleAppsScript.Spreadsheet.Range {
    const range = typeof rangeOrA1 === 'string' ? this.rangeFromA1(rangeOrA1) : rangeOrA1;
    (range as unknown as EmulatedRange).activate();
    return range;
  }

  override getTabColor(): string | null {
    return this.model.tabColor;
  }

  override setTabColor(color: string | null): this {
    this.guardLayout('setTabColor');
    this.model.tabColor = color === null ? null : (normalizeColor(String(color)) ?? String(color));
    return this;
  }

  override hideSheet(): this {
    this.guardWrite('hideSheet');
    if (!this.model.hidden && this.context.model.sheets.every((s) => s === this.model || s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }

  override showSheet(): this {
    // Showing a tab is a layout change as hiding rows is (`guardLayout`): refused in a custom function, on a deleted sheet.
    this.guardLayout('showSheet');
    this.model.hidden = false;
    return this;
  }

  override isSheetHidden(): boolean {
    return this.model.hidden;
  }

  // ---- ranges ----

  override getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.guard('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.range({ row: rowOrA1, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }

  /** A non-empty list of A1 ranges of this sheet (see EmulatedRangeList); an empty list or a bad A1 throws. */
  override getRangeList(a1Notations: string[]): EmulatedRangeList {
    this.guard('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new Error(SHEET_ERRORS.invalidA1);
    return new EmulatedRangeList(this.context, a1Notations.map((a1) => this.rangeFromA1(a1)));
  }

  override getDataRange(): EmulatedRange {
    this.guard('getDataRange');
    return this.range({ row: 1, column: 1, numRows: Math.max(1, this.model.lastRow()), numColumns: Math.max(1, this.model.lastColumn()) });
  }

  override getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.guard('getSheetValues');
    const rows = numRows === -1 ? this.model.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.model.lastColumn() - startColumn + 1 : numColumns;
    return this.range({ row: startRow, column: startColumn, numRows: rows, numColumns: columns }).getValues();
  }

  override getLastRow(): number {
    this.guard('getLastRow');
    return this.model.lastRow();
  }

  override getLastColumn(): number {
    this.guard('getLastColumn');
    return this.model.lastColumn();
  }

  override getMaxRows(): number {
    return this.model.maxRows;
  }

  override getMaxColumns(): number {
    return this.model.maxColumns;
  }

  override appendRow(rowContents: unknown[]): this {
    this.guardWrite('appendRow');
    if (!Array.isArray(rowContents)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.model.lastRow() + 1;
    // appendRow grows the sheet as needed (unlike getRange).
    const newRows = Math.max(0, row - this.model.maxRows);
    const newColumns = Math.max(0, rowContents.length - this.model.maxColumns);
    this.context.model.checkLimits(newRows * Math.max(this.model.maxColumns, rowContents.length) + newColumns * this.model.maxRows, Math.max(this.model.maxColumns, rowContents.length));
    this.model.ensureSize(row, rowContents.length);
    if (rowContents.length > 0) this.context.range(this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length }).setValues([[...rowContents]]);
    return this;
  }

  // ---- structure ----

  private insertRowsAt(before: number, count: number): void {
    this.guardWrite('insertRows');
    if (!Number.isInteger(before) || before < 1 || before > this.model.maxRows + 1) throw new Error('Those rows are out of bounds.');
    if (!Number.isInteger(count) || count < 1) throw new Error('The number of rows to insert must be at least 1.');
    this.context.model.checkLimits(count * this.model.maxColumns);
    this.model.insertRows(before, count);
    this.context.model.shiftMetadata(this.model.id, 'ROW', before, count);
    this.context.model.shiftProtections(this.model.id, 'ROW', before, count);
  }

  private insertColumnsAt(before: number, count: number): void {
    this.guardWrite('insertColumns');
    if (!Number.isInteger(before) || before < 1 || before > this.model.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    if (!Number.isInteger(count) || count < 1) throw new Error('The number of columns to insert must be at least 1.');
    this.context.model.checkLimits(count * this.model.maxRows, this.model.maxColumns + count);
    this.model.insertColumns(before, count);
    this.context.model.shiftMetadata(this.model.id, 'COLUMN', before, count);
    this.context.model.shiftProtections(this.model.id, 'COLUMN', before, count);
  }

  override insertRowsAfter(afterPosition: number, howMany: number): this {
    this.insertRowsAt(afterPosition + 1, howMany);
    return this;
  }

  override insertRowsBefore(beforePosition: number, howMany: number): this {
    this.insertRowsAt(beforePosition, howMany);
    return this;
  }

  override insertRowAfter(afterPosition: number): this {
    this.insertRowsAt(afterPosition + 1, 1);
    return this;
  }

  override insertRowBefore(beforePosition: number): this {
    this.insertRowsAt(beforePosition, 1);
    return this;
  }

  override insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsAt(rowIndex, numRows ?? 1);
  }

  override insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this;
  }

  override insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.insertColumnsAt(beforePosition, howMany);
    return this;
  }

  override insertColumnAfter(afterPosition: number): this {
    this.insertColumnsAt(afterPosition + 1, 1);
    return this;
  }

  override insertColumnBefore(beforePosition: number): this {
    this.insertColumnsAt(beforePosition, 1);
    return this;
  }

  override insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsAt(columnIndex, numColumns ?? 1);
  }

  private deleteRowsAt(first: number, count: number): void {
    this.guardWrite('deleteRows', { row: first, column: 1, numRows: count, numColumns: this.model.maxColumns });
    if (first < 1 || first + count - 1 > this.model.maxRows) throw new Error('Those rows are out of bounds.');
    if (count >= this.model.maxRows) throw new Error('You can’t delete all the rows on the sheet.');
    this.model.deleteRows(first, count);
    this.context.model.shiftMetadata(this.model.id, 'ROW', first, -count);
    this.context.model.shiftProtections(this.model.id, 'ROW', first, -count);
  }

  private deleteColumnsAt(first: number, count: number): void {
    this.guardWrite('deleteColumns', { row: 1, column: first, numRows: this.model.maxRows, numColumns: count });
    if (first < 1 || first + count - 1 > this.model.maxColumns) throw new Error('Those columns are out of bounds.');
    if (count >= this.model.maxColumns) throw new Error('You can’t delete all the columns on the sheet.');
    this.model.deleteColumns(first, count);
    this.context.model.shiftMetadata(this.model.id, 'COLUMN', first, -count);
    this.context.model.shiftProtections(this.model.id, 'COLUMN', first, -count);
  }

  /**
   * Sheet.moveColumns(columnSpec, destinationIndex): "Moves the columns selected by the given range to
   * the position indicated by the destinationIndex… this index is based on the coordinates before the
   * columns are moved. Existing data is shifted right to make room for the moved columns while the source
   * columns are removed from the grid" (Apps Script reference). Column metadata moves with its column
   * (developer metadata on a dimension follows it, like row/column insertions shift it).
   */
  override moveColumns(columnSpec: GoogleAppsScript.Spreadsheet.Range, destinationIndex: number): void {
    this.guardWrite('moveColumns');
    if (!(columnSpec instanceof EmulatedRange) || columnSpec.sheetModel !== this.model) throw new Error("The parameters (Range,number) don't match the method signature for SpreadsheetApp.Sheet.moveColumns.");
    const first = columnSpec.rect.column;
    const count = columnSpec.rect.numColumns;
    if (!Number.isInteger(destinationIndex) || destinationIndex < 1 || destinationIndex > this.model.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    const move = SheetModel.columnMove(first, count, destinationIndex);
    if (!move) return;
    this.model.moveColumns(first, count, destinationIndex);
    this.context.model.moveColumnMetadata(this.model.id, move);
  }

  override deleteRow(rowPosition: number): this {
    this.deleteRowsAt(rowPosition, 1);
    return this;
  }

  override deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsAt(rowPosition, howMany);
  }

  override deleteColumn(columnPosition: number): this {
    this.deleteColumnsAt(columnPosition, 1);
    return this;
  }

  override deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteColumnsAt(columnPosition, howMany);
  }

  override clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    this.guardWrite('clear');
    const all = this.context.range(this.model, { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns });
    all.clear(options);
    if (!options?.contentsOnly) this.model.conditionalRules = [];
    return this;
  }

  override clearContents(): this {
    this.guardWrite('clearContents');
    this.context.range(this.model, { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns }).clearContent();
    return this;
  }

  override clearFormats(): this {
    this.guardWrite('clearFormats');
    this.context.range(this.model, { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns }).clearFormat();
    return this;
  }

  override clearNotes(): this {
    this.guardWrite('clearNotes');
    this.context.range(this.model, { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns }).clearNote();
    return this;
  }

  // ---- layout ----

  override getFrozenRows(): number {
    return this.model.frozenRows;
  }

  override setFrozenRows(rows: number): void {
    this.guardWrite('setFrozenRows');
    if (this.model.merges.some((m) => m.row <= rows && m.row + m.numRows - 1 > rows)) throw new Error(SHEET_ERRORS.frozenMerge);
    this.model.frozenRows = rows;
  }

  override getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  override setFrozenColumns(columns: number): void {
    this.guardWrite('setFrozenColumns');
    this.model.frozenColumns = columns;
  }

  override getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  override setColumnWidth(columnPosition: number, width: number): this {
    this.guardLayout('setColumnWidth');
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }

  override setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.guardLayout('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this;
  }

  override autoResizeColumns(startColumn: number, numColumns: number): this {
    this.guardLayout('autoResizeColumns');
    // Approximates Sheets: ~7 px per character of the longest displayed value, at least the default width.
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const cells of this.model.rows) {
        const value = cells?.[c - 1]?.value;
        if (value !== undefined && value !== '') longest = Math.max(longest, String(value).length);
      }
      this.model.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.min(600, longest * 7 + 10)));
    }
    return this;
  }

  override autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  override getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? 21;
  }

  override setRowHeight(rowPosition: number, height: number): this {
    this.guardLayout('setRowHeight');
    this.model.rowHeights.set(rowPosition, height);
    return this;
  }

  override hideColumns(columnIndex: number, numColumns?: number): void {
    this.guardLayout('hideColumns');
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.model.hiddenColumns.add(c);
  }

  override showColumns(columnIndex: number, numColumns?: number): void {
    this.guardLayout('showColumns');
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.model.hiddenColumns.delete(c);
  }

  override isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }

  override hideRows(rowIndex: number, numRows?: number): void {
    this.guardLayout('hideRows');
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this.model.hiddenRows.add(r);
  }

  override showRows(rowIndex: number, numRows?: number): void {
    this.guardLayout('showRows');
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this.model.hiddenRows.delete(r);
  }

  override isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }

  // ---- conditional formats ----

  override getConditionalFormatRules(): EmulatedConditionalFormatRule[] {
    this.guard('getConditionalFormatRules');
    return this.model.conditionalRules.map((spec) => new EmulatedConditionalFormatRule(this.context, copyRule(spec)));
  }

  override setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.guardWrite('setConditionalFormatRules');
    const specs = ruleSpecs(rules);
    // A rule added or dropped formats its cells: refused over a range the user may not edit (the unpleasant
    // reading — Google documents neither way; docs/ARCHITECTURE.md, "Protected ranges and sheets"). Rules kept
    // as they were are not an edit.
    const key = (spec: ConditionalRuleSpec): string => JSON.stringify(spec);
    const before = new Set(this.model.conditionalRules.map(key));
    const after = new Set(specs.map(key));
    const changed = [...specs.filter((s) => !before.has(key(s))), ...this.model.conditionalRules.filter((s) => !after.has(key(s)))];
    for (const spec of changed) for (const rect of spec.ranges) checkEdit(this.context.model.protections, rect.sheetId, rect);
    this.model.conditionalRules = specs;
  }

  override clearConditionalFormatRules(): void {
    this.guardWrite('clearConditionalFormatRules');
    this.model.conditionalRules = [];
  }

  // ---- developer metadata (sheet-level) ----

  override addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    this.guardWrite('addDeveloperMetadata');
    addMetadata(this.context.model, { type: 'SHEET', sheetId: this.model.id }, key, valueOrVisibility, visibility);
    return this;
  }

  override getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.guard('getDeveloperMetadata');
    const id = this.model.id;
    return new DeveloperMetadataFinderImpl(this.context, (loc) => loc.type === 'SHEET' && loc.sheetId === id).find();
  }

  // ---- protections (./protection.ts) ----

  override getProtections(...args: [GoogleAppsScript.Spreadsheet.ProtectionType]): GoogleAppsScript.Spreadsheet.Protection[] {
    this.guard('getProtections');
    return protectionsOf(this.context, args, this.model.id);
  }

  /** Sheet.protect(): a protected sheet its creator may edit (one SHEET protection per sheet, as in Sheets: the existing one is returned). */
  override protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.guardWrite('protect');
    const model = this.context.model;
    const existing = model.protections.find((p) => p.type === 'SHEET' && p.sheetId === this.model.id);
    const protection = existing ?? { id: model.nextProtectionId++, type: 'SHEET' as const, sheetId: this.model.id, rect: null, unprotected: [], description: '', warningOnly: false, userCanEdit: true, editors: [] };
    if (!existing) model.protections.push(protection);
    return new EmulatedProtection(this.context, protection);
  }

  override createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.guard('createDeveloperMetadataFinder');
    const id = this.model.id;
    return new DeveloperMetadataFinderImpl(this.context, (loc) => loc.type !== 'SPREADSHEET' && loc.sheetId === id);
  }

  // ---- charts ----

  override newChart(): EmulatedChartBuilder {
    return new EmulatedChartBuilder(this.context);
  }

  override insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.guardWrite('insertChart');
    const spec = chartSpecOf(chart);
    spec.id = this.context.model.newChartId();
    this.model.charts.push(spec);
  }

  override getCharts(): EmulatedChart[] {
    this.guard('getCharts');
    return this.model.charts.map((spec) => new EmulatedChart(this.context, copyChart(spec)));
  }

  override updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.guardWrite('updateChart');
    const spec = chartSpecOf(chart);
    const index = this.model.charts.findIndex((c) => c.id === spec.id);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.model.charts[index] = spec;
  }

  override removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.guardWrite('removeChart');
    const spec = chartSpecOf(chart);
    this.model.charts = this.model.charts.filter((c) => c.id !== spec.id);
  }

  override setHiddenGridlines(hideGridlines: boolean): this {
    this.model.hiddenGridlines = !!hideGridlines;
    return this;
  }

  override getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [];
  }
}
