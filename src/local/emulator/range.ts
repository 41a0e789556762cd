/** Range: a rectangle of a sheet, with Sheets' value semantics and Apps Script's error texts. */
import { mergesByLine, quoteSheetName, rectContains, rectsIntersect, rectToA1, type GridRect } from './a1';
import type { SpreadsheetContext } from './context';
import { enumName, emulatedBase } from './facade';
import { DeveloperMetadataFinderImpl, addMetadata } from './metadata';
import { shiftFormula } from './formula-shift';
import { copyValidation, EmulatedDataValidation, validationSpecOf } from './validation';
import type { SheetModel } from './model';
import { checkEdit, EmulatedProtection } from './protection';
import {
  CELL_TEXT_LIMIT,
  CELL_TEXT_LIMIT_ERROR,
  DEFAULT_BACKGROUND,
  DEFAULT_FONT_COLOR,
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  effectiveValue,
  hasContent,
  isEmptyCell,
  normalizeColor,
  parseInput,
  type Cell,
  type CellStyle,
  type CellValue,
} from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Apps Script's own wording, so tests can assert the same text users would see. */
export const RANGE_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  signature: (method: string) => `The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`,
  mergeOverlap: 'You must select all cells in a merged range to merge or unmerge them.',
  metadataLocation:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
} as const;

/**
 * A horizontal alignment as stored: 'left' | 'center' | 'right', undefined for Sheets' default ('normal' or null reset
 * it: Range.setHorizontalAlignment, "a null value resets the alignment"). Anything else is refused — the wording
 * Sheets uses for it is not documented; the emulator names the method and the value.
 */
function horizontalAlignment(method: string, alignment: unknown): 'left' | 'center' | 'right' | undefined {
  if (alignment === null || alignment === undefined || alignment === 'normal') return undefined;
  if (alignment === 'left' || alignment === 'center' || alignment === 'right') return alignment;
  throw new Error(`Invalid argument: ${String(alignment)} is not a horizontal alignment (SpreadsheetApp.Range.${method}).`);
}

/** Validates a rectangle against a sheet's grid like Sheet.getRange does. */
export function checkRect(sheet: SheetModel, rect: GridRect): void {
  if (!Number.isInteger(rect.row) || rect.row < 1) throw new Error(RANGE_ERRORS.startRowTooSmall);
  if (!Number.isInteger(rect.column) || rect.column < 1) throw new Error(RANGE_ERRORS.startColumnTooSmall);
  if (!Number.isInteger(rect.numRows) || rect.numRows < 1) throw new Error(RANGE_ERRORS.numRowsTooSmall);
  if (!Number.isInteger(rect.numColumns) || rect.numColumns < 1) throw new Error(RANGE_ERRORS.numColumnsTooSmall);
  if (rect.row + rect.numRows - 1 > sheet.maxRows) throw new Error(RANGE_ERRORS.rowsOutOfBounds);
  if (rect.column + rect.numColumns - 1 > sheet.maxColumns) throw new Error(RANGE_ERRORS.columnsOutOfBounds);
}

type Grid<T> = T[][];

export class EmulatedRange extends emulatedBase<Range>('Range') implements Range {
  constructor(
    readonly context: SpreadsheetContext,
    readonly sheetModel: SheetModel,
    readonly rect: GridRect,
  ) {
    super(context.runtime);
  }

  // ---- helpers (not Apps Script methods; called on `this`, so never counted) ----

  private guard(method: string): void {
    this.context.runtime.requireAuth('Range', method);
    this.context.runtime.beforeRead();
  }

  private read<T>(method: string, pick: (cell: Cell | undefined) => T): Grid<T> {
    this.guard(method);
    const { row, column, numRows, numColumns } = this.rect;
    const rows = this.sheetModel.rows;
    const out: Grid<T> = new Array<T[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const cells = rows[row - 1 + r];
      const line = new Array<T>(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = pick(cells?.[column - 1 + c]);
      out[r] = line;
    }
    return out;
  }

  private checkGrid(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) throw new Error(RANGE_ERRORS.signature(method));
    const grid = data as unknown[][];
    if (grid.length !== this.rect.numRows) throw new Error(RANGE_ERRORS.rowsMismatch(grid.length, this.rect.numRows));
    for (const line of grid) {
      if (line.length !== this.rect.numColumns) throw new Error(RANGE_ERRORS.columnsMismatch(line.length, this.rect.numColumns));
    }
    return grid;
  }

  /** A cell edit: custom functions may not write, and protections the user cannot edit refuse it (./protection.ts). */
  private edit(method: string): void {
    this.context.runtime.requireWrite('Range', method);
    checkEdit(this.context.model.protections, this.sheetModel.id, this.rect);
  }

  private write(method: string, data: unknown, apply: (row: number, column: number, input: unknown) => void): this {
    this.edit(method);
    const grid = this.checkGrid(method, data);
    const { row, column } = this.rect;
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r];
      for (let c = 0; c < line.length; c++) apply(row + r, column + c, line[c]);
    }
    return this;
  }

  private fill(method: string, apply: (row: number, column: number) => void): this {
    this.edit(method);
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numColumns; c++) apply(row + r, column + c);
    return this;
  }

  private writeInput(row: number, column: number, input: unknown): void {
    const existing = this.sheetModel.cell(row, column);
    const parsed = parseInput(input, this.context.model.locale, this.context.runtime.formulaPrefixes, existing?.numberFormat === '@', this.context.model.timeZone, this.context.runtime.clock?.now ?? Date.now());
    if (!existing && parsed.value === '' && !parsed.formula) return;
    const cell = existing ?? this.sheetModel.ensureCell(row, column);
    cell.value = parsed.value;
    if (parsed.literal) cell.literal = true;
    else delete cell.literal;
    if (parsed.formula) cell.formula = parsed.formula;
    else delete cell.formula;
    if (parsed.impliedFormat && (cell.numberFormat === undefined || cell.numberFormat === DEFAULT_NUMBER_FORMAT)) cell.numberFormat = parsed.impliedFormat;
    this.prune(row, column);
  }

  private writeFormula(row: number, column: number, input: unknown): void {
    const text = input === null || input === undefined ? '' : String(input);
    if (text.startsWith('=') && text.length > 1) {
      const cell = this.sheetModel.ensureCell(row, column);
      cell.formula = text;
      cell.value = '';
      return;
    }
    // Apps Script stores a non-formula as a value (and '' clears the cell).
    this.writeInput(row, column, text);
  }

  private updateCell(row: number, column: number, update: (cell: Cell) => void): void {
    update(this.sheetModel.ensureCell(row, column));
    this.prune(row, column);
  }

  private updateStyle(row: number, column: number, update: (style: CellStyle) => void): void {
    this.updateCell(row, column, (cell) => {
      const style = cell.style ?? {};
      update(style);
      for (const key of Object.keys(style) as Array<keyof CellStyle>) if (style[key] === undefined) delete style[key];
      if (Object.keys(style).length > 0) cell.style = style;
      else delete cell.style;
    });
  }

  private prune(row: number, column: number): void {
    if (isEmptyCell(this.sheetModel.cell(row, column))) this.sheetModel.setCell(row, column, undefined);
  }

  private colorOrDefault(color: string | null | undefined): string | undefined {
    if (color === null || color === undefined || color === '') return undefined;
    const normalized = normalizeColor(String(color));
    return normalized === DEFAULT_BACKGROUND ? undefined : (normalized ?? String(color));
  }

  private sub(rect: GridRect): EmulatedRange {
    return this.context.range(this.sheetModel, rect);
  }

  /** "Sheet!A1:B2" for recordings and specs. */
  qualifiedA1(): string {
    return `${quoteSheetName(this.sheetModel.name)}!${rectToA1(this.rect)}`;
  }

  // ---- values ----

  override getValues(): CellValue[][] {
    const zone = this.context.model.timeZone;
    return this.read('getValues', (cell) => (cell ? effectiveValue(cell, zone) : ''));
  }

  override getValue(): CellValue {
    this.guard('getValue');
    const cell = this.sheetModel.cell(this.rect.row, this.rect.column);
    return cell ? effectiveValue(cell, this.context.model.timeZone) : '';
  }

  /** A call that fails writes nothing: check every text against the cell limit first. */
  private checkTextLimits(values: readonly unknown[]): void {
    for (const value of values) if (typeof value === 'string' && value.length > CELL_TEXT_LIMIT) throw new Error(CELL_TEXT_LIMIT_ERROR);
  }

  override setValues(values: unknown[][]): this {
    if (Array.isArray(values)) for (const line of values) if (Array.isArray(line)) this.checkTextLimits(line);
    return this.write('setValues', values, (r, c, v) => this.writeInput(r, c, v));
  }

  override setValue(value: unknown): this {
    this.checkTextLimits([value]);
    return this.fill('setValue', (r, c) => this.writeInput(r, c, value));
  }

  override getDisplayValues(): string[][] {
    const locale = this.context.model.locale;
    return this.read('getDisplayValues', (cell) => displayValue(cell, locale));
  }

  override getDisplayValue(): string {
    this.guard('getDisplayValue');
    return displayValue(this.sheetModel.cell(this.rect.row, this.rect.column), this.context.model.locale);
  }

  override isBlank(): boolean {
    return this.read('isBlank', (cell) => hasContent(cell)).every((line) => line.every((has) => !has));
  }

  // ---- formulas ----

  override getFormulas(): string[][] {
    return this.read('getFormulas', (cell) => cell?.formula ?? '');
  }

  override getFormula(): string {
    this.guard('getFormula');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.formula ?? '';
  }

  override setFormulas(formulas: string[][]): this {
    return this.write('setFormulas', formulas, (r, c, f) => this.writeFormula(r, c, f));
  }

  /** On several cells, relative references move with each cell, as in Sheets ("=A2" on B2:B3 → "=A3" in B3). */
  override setFormula(formula: string): this {
    const text = formula === null || formula === undefined ? '' : String(formula);
    const { row, column } = this.rect;
    return this.fill('setFormula', (r, c) => this.writeFormula(r, c, text.startsWith('=') ? shiftFormula(text, r - row, c - column) : text));
  }

  // ---- formats ----

  override getNumberFormats(): string[][] {
    return this.read('getNumberFormats', (cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  override getNumberFormat(): string {
    this.guard('getNumberFormat');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  override setNumberFormat(numberFormat: string): this {
    return this.fill('setNumberFormat', (r, c) =>
      this.updateCell(r, c, (cell) => {
        cell.numberFormat = String(numberFormat);
      }),
    );
  }

  override setNumberFormats(numberFormats: string[][]): this {
    return this.write('setNumberFormats', numberFormats, (r, c, f) =>
      this.updateCell(r, c, (cell) => {
        cell.numberFormat = String(f);
      }),
    );
  }

  override getBackgrounds(): string[][] {
    return this.read('getBackgrounds', (cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  override getBackground(): string {
    this.guard('getBackground');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.background ?? DEFAULT_BACKGROUND;
  }

  override setBackground(color: string | null): this {
    const background = this.colorOrDefault(color);
    return this.fill('setBackground', (r, c) =>
      this.updateCell(r, c, (cell) => {
        if (background === undefined) delete cell.background;
        else cell.background = background;
      }),
    );
  }

  override setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.write('setBackgrounds', colors, (r, c, color) =>
      this.updateCell(r, c, (cell) => {
        const background = this.colorOrDefault(color as string | null);
        if (background === undefined) delete cell.background;
        else cell.background = background;
      }),
    );
  }

  override getNotes(): string[][] {
    return this.read('getNotes', (cell) => cell?.note ?? '');
  }

  override getNote(): string {
    this.guard('getNote');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  override setNote(note: string | null): this {
    return this.fill('setNote', (r, c) => this.writeNote(r, c, note));
  }

  override setNotes(notes: Array<Array<string | null>>): this {
    return this.write('setNotes', notes, (r, c, note) => this.writeNote(r, c, note));
  }

  override clearNote(): this {
    return this.fill('clearNote', (r, c) => this.writeNote(r, c, null));
  }

  private writeNote(row: number, column: number, note: unknown): void {
    this.updateCell(row, column, (cell) => {
      const text = note === null || note === undefined ? '' : String(note);
      if (text === '') delete cell.note;
      else cell.note = text;
    });
  }

  override getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read('getFontWeights', (cell) => cell?.style?.fontWeight ?? 'normal');
  }

  /** Font sizes in points; Sheets' default is 10 (https://developers.google.com/apps-script/reference/spreadsheet/range#getfontsizes). */
  override getFontSizes(): number[][] {
    return this.read('getFontSizes', (cell) => cell?.style?.fontSize ?? 10);
  }

  override getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.guard('getFontWeight');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.style?.fontWeight ?? 'normal';
  }

  override setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.fill('setFontWeight', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.fontWeight = fontWeight === 'bold' ? 'bold' : undefined;
      }),
    );
  }

  override setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): this {
    return this.write('setFontWeights', fontWeights, (r, c, w) =>
      this.updateStyle(r, c, (s) => {
        s.fontWeight = w === 'bold' ? 'bold' : undefined;
      }),
    );
  }

  /** Deprecated in Apps Script (getFontColorObjects) but still answered there; kept for tests. */
  override getFontColors(): string[][] {
    return this.read('getFontColors', (cell) => cell?.style?.fontColor ?? DEFAULT_FONT_COLOR);
  }

  override getFontColor(): string {
    this.guard('getFontColor');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.style?.fontColor ?? DEFAULT_FONT_COLOR;
  }

  override setFontColor(color: string | null): this {
    const normalized = color === null ? undefined : (normalizeColor(String(color)) ?? String(color));
    return this.fill('setFontColor', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.fontColor = normalized === DEFAULT_FONT_COLOR ? undefined : normalized;
      }),
    );
  }

  override setFontColors(colors: unknown[][]): this {
    return this.write('setFontColors', colors, (r, c, color) =>
      this.updateStyle(r, c, (s) => {
        const normalized = color === null || color === undefined ? undefined : (normalizeColor(String(color)) ?? String(color));
        s.fontColor = normalized === DEFAULT_FONT_COLOR ? undefined : normalized;
      }),
    );
  }

  override setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.fill('setFontStyle', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.fontStyle = fontStyle === 'italic' ? 'italic' : undefined;
      }),
    );
  }

  override setFontSize(size: number): this {
    return this.fill('setFontSize', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.fontSize = size === 10 ? undefined : size;
      }),
    );
  }

  override getHorizontalAlignment(): string {
    this.guard('getHorizontalAlignment');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.style?.horizontalAlignment ?? 'general';
  }

  override getHorizontalAlignments(): string[][] {
    return this.read('getHorizontalAlignments', (cell) => cell?.style?.horizontalAlignment ?? 'general');
  }

  override setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    const stored = horizontalAlignment('setHorizontalAlignment', alignment);
    return this.fill('setHorizontalAlignment', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.horizontalAlignment = stored;
      }),
    );
  }

  /**
   * Apps Script reference, Range.setHorizontalAlignments(alignments): "Sets a rectangular grid of horizontal alignments"
   * (developers.google.com/apps-script/reference/spreadsheet/range#sethorizontalalignmentsalignments), each as
   * setHorizontalAlignment takes it — 'left', 'center', 'right', 'normal', or null to reset. Like every other
   * rectangular setter (setValues, setNumberFormats, setFontWeights…), a grid of another shape than the range is
   * refused whole with Sheets' row/column-count message, before any cell changes; so is a value that is no alignment.
   */
  override setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): this {
    const grid = this.checkGrid('setHorizontalAlignments', alignments) as unknown[][];
    const stored = grid.map((line) => line.map((a) => horizontalAlignment('setHorizontalAlignments', a)));
    const { row, column } = this.rect;
    return this.write('setHorizontalAlignments', alignments, (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.horizontalAlignment = stored[r - row][c - column];
      }),
    );
  }

  override setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this.fill('setVerticalAlignment', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.verticalAlignment = alignment === null || alignment === 'bottom' ? undefined : alignment;
      }),
    );
  }

  /** 'bottom' when unset: Sheets' default vertical alignment (Range.getVerticalAlignment). */
  override getVerticalAlignment(): string {
    this.guard('getVerticalAlignment');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.style?.verticalAlignment ?? 'bottom';
  }

  override getVerticalAlignments(): string[][] {
    return this.read('getVerticalAlignments', (cell) => cell?.style?.verticalAlignment ?? 'bottom');
  }

  override getWrap(): boolean {
    this.guard('getWrap');
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.style?.wrap ?? false;
  }

  override getWraps(): boolean[][] {
    return this.read('getWraps', (cell) => cell?.style?.wrap ?? false);
  }

  override setWrap(isWrapEnabled: boolean): this {
    return this.fill('setWrap', (r, c) =>
      this.updateStyle(r, c, (s) => {
        s.wrap = isWrapEnabled ? true : undefined;
      }),
    );
  }

  override setWraps(isWrapEnabled: boolean[][]): this {
    return this.write('setWraps', isWrapEnabled, (r, c, w) =>
      this.updateStyle(r, c, (s) => {
        s.wrap = w ? true : undefined;
      }),
    );
  }

  // ---- borders (kept as xlsx border data: no Apps Script getter exists, files keep them) ----

  override setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    const STYLES: Record<string, string> = { DOTTED: 'dotted', DASHED: 'dashed', SOLID: 'thin', SOLID_MEDIUM: 'medium', SOLID_THICK: 'thick', DOUBLE: 'double' };
    const line = { style: STYLES[style === undefined || style === null ? 'SOLID' : enumName(style)] ?? 'thin', color: { argb: `FF${(normalizeColor(color ?? '#000000') ?? '#000000').slice(1).toUpperCase()}` } };
    const { row, column, numRows, numColumns } = this.rect;
    const lastRow = row + numRows - 1;
    const lastColumn = column + numColumns - 1;
    return this.fill('setBorder', (r, c) =>
      this.updateCell(r, c, (cell) => {
        const border = { ...((cell.xlsx?.border as Record<string, unknown> | undefined) ?? {}) };
        const apply = (side: 'top' | 'left' | 'bottom' | 'right', on: boolean | null): void => {
          if (on === null || on === undefined) return;
          if (on) border[side] = { ...line };
          else delete border[side];
        };
        apply('top', r === row ? top : horizontal);
        apply('bottom', r === lastRow ? bottom : horizontal);
        apply('left', c === column ? left : vertical);
        apply('right', c === lastColumn ? right : vertical);
        const xlsx = { ...cell.xlsx };
        if (Object.keys(border).length > 0) xlsx.border = border;
        else delete xlsx.border;
        if (Object.keys(xlsx).length > 0) cell.xlsx = xlsx;
        else delete cell.xlsx;
      }),
    );
  }

  // ---- data validation ----

  override setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const spec = validationSpecOf(rule);
    return this.fill('setDataValidation', (r, c) =>
      this.updateCell(r, c, (cell) => {
        if (spec) cell.validation = copyValidation(spec);
        else delete cell.validation;
      }),
    );
  }

  override setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): this {
    return this.write('setDataValidations', rules, (r, c, rule) =>
      this.updateCell(r, c, (cell) => {
        const spec = validationSpecOf(rule as GoogleAppsScript.Spreadsheet.DataValidation | null);
        if (spec) cell.validation = spec;
        else delete cell.validation;
      }),
    );
  }

  override getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.guard('getDataValidation');
    const spec = this.sheetModel.cell(this.rect.row, this.rect.column)?.validation;
    return spec ? new EmulatedDataValidation(this.context, copyValidation(spec)) : null;
  }

  override getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.read('getDataValidations', (cell) => (cell?.validation ? new EmulatedDataValidation(this.context, copyValidation(cell.validation)) : null));
  }

  override clearDataValidations(): this {
    return this.fill('clearDataValidations', (r, c) => {
      const cell = this.sheetModel.cell(r, c);
      if (!cell?.validation) return;
      delete cell.validation;
      this.prune(r, c);
    });
  }

  // ---- clearing ----

  override clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    const contents = !options || options.contentsOnly || (!options.formatOnly && !options.commentsOnly && !options.validationsOnly);
    const formats = !options || options.formatOnly || (!options.contentsOnly && !options.commentsOnly && !options.validationsOnly);
    const notes = !!options?.commentsOnly;
    // Apps Script: clear() also removes data validation rules.
    const validations = !options || !!options.validationsOnly || (!options.formatOnly && !options.contentsOnly && !options.commentsOnly);
    return this.fill('clear', (r, c) => {
      const cell = this.sheetModel.cell(r, c);
      if (!cell) return;
      if (contents) {
        cell.value = '';
        delete cell.formula;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.background;
        delete cell.style;
        delete cell.xlsx;
      }
      if (notes) delete cell.note;
      if (validations) delete cell.validation;
      this.prune(r, c);
    });
  }

  override clearContent(): this {
    return this.fill('clearContent', (r, c) => {
      const cell = this.sheetModel.cell(r, c);
      if (!cell) return;
      cell.value = '';
      delete cell.formula;
      this.prune(r, c);
    });
  }

  override clearFormat(): this {
    return this.fill('clearFormat', (r, c) => {
      const cell = this.sheetModel.cell(r, c);
      if (!cell) return;
      delete cell.numberFormat;
      delete cell.background;
      delete cell.style;
      delete cell.xlsx;
      this.prune(r, c);
    });
  }

  // ---- geometry ----

  override getRow(): number {
    return this.rect.row;
  }

  override getRowIndex(): number {
    return this.rect.row;
  }

  override getColumn(): number {
    return this.rect.column;
  }

  override getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  override getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  override getNumRows(): number {
    return this.rect.numRows;
  }

  override getNumColumns(): number {
    return this.rect.numColumns;
  }

  override getHeight(): number {
    return this.rect.numRows;
  }

  override getWidth(): number {
    return this.rect.numColumns;
  }

  override getA1Notation(): string {
    return rectToA1(this.rect);
  }

  override getGridId(): number {
    return this.sheetModel.id;
  }

  override getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.context.sheet(this.sheetModel);
  }

  override offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmulatedRange {
    const rect: GridRect = {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    };
    checkRect(this.sheetModel, rect);
    return this.sub(rect);
  }

  override getCell(row: number, column: number): EmulatedRange {
    if (row < 1 || row > this.rect.numRows) throw new Error(RANGE_ERRORS.rowsOutOfBounds);
    if (column < 1 || column > this.rect.numColumns) throw new Error(RANGE_ERRORS.columnsOutOfBounds);
    return this.sub({ row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  /** The rectangle of non-empty cells around this range (Sheets' Ctrl+A data region). */
  override getDataRegion(dimension?: GoogleAppsScript.Spreadsheet.Dimension): EmulatedRange {
    this.guard('getDataRegion');
    const sheet = this.sheetModel;
    const filled = (r: number, c: number): boolean => hasContent(sheet.cell(r, c));
    let { row: top, column: left } = this.rect;
    let bottom = top + this.rect.numRows - 1;
    let right = left + this.rect.numColumns - 1;
    const dim = dimension === undefined ? null : enumName(dimension);
    let grew = true;
    while (grew) {
      grew = false;
      const rowHas = (r: number): boolean => {
        for (let c = Math.max(1, left - 1); c <= Math.min(sheet.maxColumns, right + 1); c++) if (filled(r, c)) return true;
        return false;
      };
      const columnHas = (c: number): boolean => {
        for (let r = Math.max(1, top - 1); r <= Math.min(sheet.maxRows, bottom + 1); r++) if (filled(r, c)) return true;
        return false;
      };
      if (dim !== 'COLUMNS') {
        if (top > 1 && rowHas(top - 1)) {
          top -= 1;
          grew = true;
        }
        if (bottom < sheet.maxRows && rowHas(bottom + 1)) {
          bottom += 1;
          grew = true;
        }
      }
      if (dim !== 'ROWS') {
        if (left > 1 && columnHas(left - 1)) {
          left -= 1;
          grew = true;
        }
        if (right < sheet.maxColumns && columnHas(right + 1)) {
          right += 1;
          grew = true;
        }
      }
    }
    return this.sub({ row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 });
  }

  // ---- selection ----

  override activate(): this {
    // Not from a custom function: "Read only (can use most get*() methods, but not set*())" (custom functions guide).
    this.context.runtime.requireChange('Range', 'activate');
    const model = this.context.model;
    model.activeSheetId = this.sheetModel.id;
    model.activeRange = { sheetId: this.sheetModel.id, ...this.rect };
    this.context.ui.activations.push(this.qualifiedA1());
    return this;
  }

  // ---- merges ----

  /**
   * Merges the rects that tile this range (`merge` one, `mergeAcross` one a row, `mergeVertically` one a column,
   * `splitAlong` saying which): a merge a rect overlaps must lie inside it and is replaced by it. A rect cutting a merge
   * refuses the whole call before anything is merged or cleared (Sheets' overlap error; all or nothing is this
   * emulator's assumption, see docs/ARCHITECTURE.md). The merges keep the order one rect at a time gave them: the
   * survivors in their order, then the new ones in the rects' order.
   * Cost: one pass over the sheet's merges (what each call cost before scale58), then only the merges inside the range,
   * listed on the lines they share with it (`mergesByLine`): no more work than the range's cells, which merging clears
   * anyway. scale58 indexed every merge of the sheet by all its rows on every call, so a call beside a whole-column
   * merge of 100,000 rows cost 100,000 entries and `mergeVertically` met every earlier column on every row (mend58m);
   * before scale58 each row of a `mergeAcross` was compared with every merge made before it, O(rows²) in the plan
   * report (three rows a goal), and the `smart-goals` CLI runs on this emulator.
   */
  private mergeRects(rects: GridRect[], splitAlong: 'ROWS' | 'COLUMNS'): this {
    const model = this.sheetModel;
    const range = this.rect;
    const near = model.merges.filter((m) => rectsIntersect(m, range));
    // A merge listed under a rect's line crosses the whole rect's line inside the range, so it overlaps the rect.
    const byLine = rects.length > 1 ? mergesByLine(near, range, splitAlong) : undefined;
    const replaced = new Set<GridRect>();
    for (const rect of rects) {
      const overlapping = byLine ? (byLine.get(splitAlong === 'ROWS' ? rect.row : rect.column) ?? []) : near;
      if (overlapping.some((m) => !rectContains(rect, m))) throw new Error(RANGE_ERRORS.mergeOverlap);
      overlapping.forEach((m) => replaced.add(m));
    }
    if (replaced.size > 0) model.merges = model.merges.filter((m) => !replaced.has(m));
    for (const rect of rects) {
      if (rect.numRows === 1 && rect.numColumns === 1) continue;
      // Merging keeps only the top-left value (as Sheets does).
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
          if (r === rect.row && c === rect.column) continue;
          const cell = model.cell(r, c);
          if (cell) {
            cell.value = '';
            delete cell.formula;
            this.prune(r, c);
          }
        }
      }
      model.merges.push({ row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns });
    }
    return this;
  }

  override merge(): this {
    this.edit('merge');
    return this.mergeRects([this.rect], 'ROWS');
  }

  override mergeAcross(): this {
    this.edit('mergeAcross');
    const { row, column, numRows, numColumns } = this.rect;
    return this.mergeRects(
      Array.from({ length: numRows }, (_, i) => ({ row: row + i, column, numRows: 1, numColumns })),
      'ROWS',
    );
  }

  override mergeVertically(): this {
    this.edit('mergeVertically');
    const { row, column, numRows, numColumns } = this.rect;
    return this.mergeRects(
      Array.from({ length: numColumns }, (_, i) => ({ row, column: column + i, numRows, numColumns: 1 })),
      'COLUMNS',
    );
  }

  override breakApart(): this {
    this.edit('breakApart');
    const overlapping = this.sheetModel.merges.filter((m) => rectsIntersect(m, this.rect));
    if (overlapping.some((m) => !rectContains(this.rect, m))) throw new Error(RANGE_ERRORS.mergeOverlap);
    this.sheetModel.merges = this.sheetModel.merges.filter((m) => !rectsIntersect(m, this.rect));
    return this;
  }

  override getMergedRanges(): EmulatedRange[] {
    this.guard('getMergedRanges');
    return this.sheetModel.merges.filter((m) => rectsIntersect(m, this.rect)).map((m) => this.sub({ ...m }));
  }

  override isPartOfMerge(): boolean {
    this.guard('isPartOfMerge');
    return this.sheetModel.merges.some((m) => rectsIntersect(m, this.rect));
  }

  /** Range.protect(): "Creates an object that can protect the range from being edited except by users who have permission" — its creator among them. */
  override protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.context.runtime.requireWrite('Range', 'protect');
    const model = this.context.model;
    const protection = { id: model.nextProtectionId++, type: 'RANGE' as const, sheetId: this.sheetModel.id, rect: { row: this.rect.row, column: this.rect.column, numRows: this.rect.numRows, numColumns: this.rect.numColumns }, unprotected: [], description: '', warningOnly: false, userCanEdit: true, editors: [] };
    model.protections.push(protection);
    return new EmulatedProtection(this.context, protection);
  }

  // ---- developer metadata (whole rows or whole columns only, like Apps Script) ----

  /** The ROW/COLUMN location this range stands for, or null when it is neither a full row nor a full column. */
  private metadataLocation(): { type: 'ROW' | 'COLUMN'; first: number; count: number } | null {
    const fullColumns = this.rect.wholeColumns || (this.rect.row === 1 && this.rect.numRows === this.sheetModel.maxRows);
    const fullRows = this.rect.wholeRows || (this.rect.column === 1 && this.rect.numColumns === this.sheetModel.maxColumns);
    if (fullColumns && !this.rect.wholeRows) return { type: 'COLUMN', first: this.rect.column, count: this.rect.numColumns };
    if (fullRows) return { type: 'ROW', first: this.rect.row, count: this.rect.numRows };
    return null;
  }

  override addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    // Metadata on a row or column the user may not edit wholly is refused, like a format there (the unpleasant
    // reading: Google documents neither way; docs/ARCHITECTURE.md, "Protected ranges and sheets").
    this.edit('addDeveloperMetadata');
    const location = this.metadataLocation();
    if (!location || location.count !== 1) throw new Error(RANGE_ERRORS.metadataLocation);
    addMetadata(this.context.model, { type: location.type, sheetId: this.sheetModel.id, index: location.first }, key, valueOrVisibility, visibility);
    return this;
  }

  override getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.guard('getDeveloperMetadata');
    const location = this.metadataLocation();
    if (!location) return [];
    const sheetId = this.sheetModel.id;
    return new DeveloperMetadataFinderImpl(this.context, (loc) => {
      if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
      return loc.type === location.type && loc.sheetId === sheetId && loc.index >= location.first && loc.index < location.first + location.count;
    }).find();
  }

  override createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.guard('createDeveloperMetadataFinder');
    const rect = this.rect;
    const sheetId = this.sheetModel.id;
    const location = this.metadataLocation();
    return new DeveloperMetadataFinderImpl(this.context, (loc, intersecting) => {
      if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
      if (loc.sheetId !== sheetId) return false;
      const inRows = loc.index >= rect.row && loc.index < rect.row + rect.numRows;
      const inColumns = loc.index >= rect.column && loc.index < rect.column + rect.numColumns;
      if (loc.type === 'COLUMN') return inColumns && (intersecting || location?.type === 'COLUMN');
      return inRows && (intersecting || location?.type === 'ROW');
    });
  }
}

/**
 * Sheet.getRangeList(a1Notations): "Returns the RangeList collection representing the ranges in
 * the same sheet specified by a non-empty list of A1 notations or R1C1 notations"; RangeList.getRanges():
 * "Returns a list of one or more Range instances in the same sheet" (Apps Script reference, Sheet and
 * RangeList). Only getRanges is emulated: the add-on uses a range list to get many column ranges in two calls.
 */
export class EmulatedRangeList extends emulatedBase<GoogleAppsScript.Spreadsheet.RangeList>('RangeList') implements GoogleAppsScript.Spreadsheet.RangeList {
  constructor(
    readonly context: SpreadsheetContext,
    readonly ranges: readonly EmulatedRange[],
  ) {
    super(context.runtime);
  }

  override getRanges(): EmulatedRange[] {
    this.context.runtime.requireAuth('RangeList', 'getRanges');
    return [...this.ranges];
  }
}
