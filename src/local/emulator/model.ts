/**
 * Plain data behind the emulated services: no Proxy, no call counting. The
 * Apps Script facades (EmulatedSpreadsheet, EmulatedSheet, EmulatedRange…)
 * read and write these; xlsx I/O, snapshots and the preview use them directly.
 */
import type { ProtectionModel } from './protection';
import type { GridRect } from './a1';
import type { Cell, CellValue } from './values';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW'; sheetId: number; index: number }
  | { type: 'COLUMN'; sheetId: number; index: number };

export interface DeveloperMetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

/** A conditional format rule as data (ranges on one or more sheets of the spreadsheet). */
export interface ConditionalRuleSpec {
  ranges: Array<{ sheetId: number } & GridRect>;
  /** BooleanCriteria name, e.g. "CUSTOM_FORMULA", "TEXT_CONTAINS"; null for gradients. */
  criteria: string | null;
  values: unknown[];
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null; italic?: boolean | null; strikethrough?: boolean | null; underline?: boolean | null };
  gradient?: { min?: [string, string, string]; mid?: [string, string, string]; max?: [string, string, string] };
}

/** An embedded chart as a recorded specification (nothing is drawn). */
export interface ChartSpec {
  id: number;
  chartType: string;
  ranges: Array<{ sheetId: number } & GridRect>;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

/** Sheet-level .xlsx features Apps Script does not expose, kept for a faithful round trip (raw exceljs JSON). */
export interface SheetXlsxExtras {
  autoFilter?: unknown;
  pageSetup?: unknown;
  /** Conditional format blocks the emulator cannot represent (colour scales, data bars…). */
  conditionalFormats?: unknown[];
  images?: Array<{ media: number; range: unknown }>;
}

/** Our wording (Sheets' own message for a move through a merge is not documented): the move is refused. */
export const MOVE_SPLITS_MERGE = 'You cannot move columns through part of a merged cell.';

export class SheetModel {
  /** Rows of cells, 0-based; missing rows/cells are empty. */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  merges: GridRect[] = [];
  conditionalRules: ConditionalRuleSpec[] = [];
  charts: ChartSpec[] = [];
  tabColor: string | null = null;
  hidden = false;
  hiddenGridlines = false;
  xlsx: SheetXlsxExtras = {};

  constructor(
    public readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created empty when absent. */
  ensureCell(row: number, column: number): Cell {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = { value: '' };
      cells[column - 1] = cell;
    }
    return cell;
  }

  setCell(row: number, column: number, cell: Cell | undefined): void {
    let cells = this.rows[row - 1];
    if (!cells) {
      if (!cell) return;
      cells = [];
      this.rows[row - 1] = cells;
    }
    cells[column - 1] = cell;
  }

  value(row: number, column: number): CellValue {
    return this.rows[row - 1]?.[column - 1]?.value ?? '';
  }

  /** Grows the grid so (row, column) exists (Sheets extends sheets on appendRow/setValues only up to max). */
  ensureSize(rows: number, columns: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (columns > this.maxColumns) this.maxColumns = columns;
  }

  /** Last row with a value or formula (0 when the sheet is empty). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const cells = this.rows[r - 1];
      if (cells && cells.some((c) => c !== undefined && (c.value !== '' || !!c.formula))) return r;
    }
    return 0;
  }

  /** Last column with a value or formula (0 when the sheet is empty). */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        const cell = cells[c - 1];
        if (cell && (cell.value !== '' || !!cell.formula)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Inserts `count` empty rows before row `before` (1-based), shifting content, merges, rules and charts. */
  insertRows(before: number, count: number): void {
    const index = before - 1;
    // Array literals, not splice(...spread): inserting many rows must not overflow the call stack.
    if (this.rows.length > index) this.rows = [...this.rows.slice(0, index), ...new Array<undefined>(count), ...this.rows.slice(index)];
    this.maxRows += count;
    shiftMap(this.rowHeights, before, count);
    shiftSet(this.hiddenRows, before, count);
    const shift = (rect: GridRect): void => {
      if (rect.wholeColumns) {
        rect.numRows += count;
        return;
      }
      if (rect.row >= before) rect.row += count;
      else if (rect.row + rect.numRows > before) rect.numRows += count;
    };
    this.merges.forEach(shift);
    this.conditionalRules.forEach((rule) => rule.ranges.filter((r) => r.sheetId === this.id).forEach(shift));
    this.charts.forEach((chart) => {
      chart.ranges.filter((r) => r.sheetId === this.id).forEach(shift);
      if (chart.position.row >= before) chart.position.row += count;
    });
  }

  /** Inserts `count` empty columns before column `before` (1-based). */
  insertColumns(before: number, count: number): void {
    const index = before - 1;
    this.rows = this.rows.map((cells) => (cells && cells.length > index ? [...cells.slice(0, index), ...new Array<undefined>(count), ...cells.slice(index)] : cells));
    this.maxColumns += count;
    shiftMap(this.columnWidths, before, count);
    shiftSet(this.hiddenColumns, before, count);
    const shift = (rect: GridRect): void => {
      if (rect.wholeRows) {
        rect.numColumns += count;
        return;
      }
      if (rect.column >= before) rect.column += count;
      else if (rect.column + rect.numColumns > before) rect.numColumns += count;
    };
    this.merges.forEach(shift);
    this.conditionalRules.forEach((rule) => rule.ranges.filter((r) => r.sheetId === this.id).forEach(shift));
    this.charts.forEach((chart) => {
      chart.ranges.filter((r) => r.sheetId === this.id).forEach(shift);
      if (chart.position.column >= before) chart.position.column += count;
    });
  }

  /**
   * Where each column goes when columns [first, first+count) move before column `destination` (indexes
   * before the move, as Sheet.moveColumns takes them); null when the move changes nothing.
   */
  static columnMove(first: number, count: number, destination: number): ((column: number) => number) | null {
    if (destination >= first && destination <= first + count) return null;
    const target = destination > first ? destination - count : destination;
    return (column) => {
      if (column >= first && column < first + count) return target + (column - first);
      const rest = column >= first + count ? column - count : column;
      return rest >= target ? rest + count : rest;
    };
  }

  /**
   * Moves columns [first, first+count) before column `destination`: cells (values, formats, notes…),
   * widths, hidden state, and merges, rule ranges and chart ranges that move as a whole. A merge across
   * columns that the move would split is refused (MOVE_SPLITS_MERGE). Developer metadata is moved by the
   * spreadsheet (SpreadsheetModel.moveColumnMetadata).
   */
  moveColumns(first: number, count: number, destination: number): void {
    const move = SheetModel.columnMove(first, count, destination);
    if (!move) return;
    const uniform = (rect: GridRect): boolean => {
      if (rect.wholeRows) return false;
      const shift = move(rect.column) - rect.column;
      for (let c = rect.column + 1; c < rect.column + rect.numColumns; c++) if (move(c) - c !== shift) return false;
      return true;
    };
    if (this.merges.some((m) => m.numColumns > 1 && !uniform(m))) throw new Error(MOVE_SPLITS_MERGE);
    const width = Math.max(first + count - 1, destination - 1);
    this.rows = this.rows.map((cells) => {
      if (!cells) return cells;
      const moved: Array<Cell | undefined> = [];
      const length = Math.max(cells.length, width);
      for (let c = 1; c <= length; c++) moved[move(c) - 1] = cells[c - 1];
      for (let c = length; c < cells.length; c++) moved[c] = cells[c];
      return moved;
    });
    const remapMap = <V>(map: Map<number, V>): void => {
      const entries = [...map.entries()];
      map.clear();
      for (const [k, v] of entries) map.set(move(k), v);
    };
    remapMap(this.columnWidths);
    const hidden = [...this.hiddenColumns];
    this.hiddenColumns = new Set(hidden.map(move));
    const shift = (rect: GridRect): void => {
      if (uniform(rect)) rect.column = move(rect.column);
    };
    this.merges.forEach(shift);
    this.conditionalRules.forEach((rule) => rule.ranges.filter((r) => r.sheetId === this.id).forEach(shift));
    this.charts.forEach((chart) => chart.ranges.filter((r) => r.sheetId === this.id).forEach(shift));
  }

  /** Deletes rows [first, first+count). */
  deleteRows(first: number, count: number): void {
    this.rows.splice(first - 1, count);
    this.maxRows = Math.max(1, this.maxRows - count);
    this.merges = this.merges.filter((m) => m.row + m.numRows <= first || m.row >= first + count);
    for (const m of this.merges) if (m.row >= first + count) m.row -= count;
  }

  /** Deletes columns [first, first+count). */
  deleteColumns(first: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(first - 1, count);
    this.maxColumns = Math.max(1, this.maxColumns - count);
    this.merges = this.merges.filter((m) => m.column + m.numColumns <= first || m.column >= first + count);
    for (const m of this.merges) if (m.column >= first + count) m.column -= count;
  }
}

/**
 * Moves `rect` for `delta` rows (type ROW) or columns inserted (> 0) before `from`, or deleted (< 0) from `from`;
 * false when every cell of it was deleted. A whole-column rectangle (A:B) only changes its row count, as in
 * SheetModel.insertRows.
 */
function shiftRect(rect: GridRect, type: 'ROW' | 'COLUMN', from: number, delta: number): boolean {
  const [start, size, whole] = type === 'ROW' ? (['row', 'numRows', rect.wholeColumns] as const) : (['column', 'numColumns', rect.wholeRows] as const);
  if (delta > 0) {
    if (whole || (rect[start] < from && rect[start] + rect[size] > from)) rect[size] += delta;
    else if (rect[start] >= from) rect[start] += delta;
    return true;
  }
  const end = from - delta;
  rect[size] -= Math.max(0, Math.min(rect[start] + rect[size], end) - Math.max(rect[start], from));
  if (!whole) rect[start] = rect[start] >= end ? rect[start] + delta : Math.min(rect[start], from);
  return rect[size] > 0;
}

function shiftMap<V>(map: Map<number, V>, from: number, count: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [k, v] of entries) map.set(k >= from ? k + count : k, v);
}

function shiftSet(set: Set<number>, from: number, count: number): void {
  const values = [...set];
  set.clear();
  for (const v of values) set.add(v >= from ? v + count : v);
}

/** How Sheets names new tabs in the spreadsheet's language ("Sheet2", "Feuille 2"). */
export function defaultSheetName(locale: string, n: number): string {
  return /^fr/i.test(locale) ? `Feuille ${n}` : `Sheet${n}`;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  /** Workbook parts kept from the file read (xlsx.ts): defined names, images, the base font's XML element. */
  xlsx: { definedNames?: unknown; media?: Array<{ buffer: Buffer; extension: string }>; baseFont?: string } = {};
  activeSheetId: number | null = null;
  activeRange: ({ sheetId: number } & GridRect) | null = null;
  developerMetadata: DeveloperMetadataRecord[] = [];
  /** Protected ranges and sheets (./protection.ts). */
  protections: ProtectionModel[] = [];
  nextProtectionId = 1;
  private nextSheetId = 0;
  private nextMetadataId = 1;
  private nextChartId = 1;

  constructor(
    public id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  /** Google Sheets' limits: 10 million cells per spreadsheet, 18,278 columns per sheet. */
  static readonly CELL_LIMIT = 10_000_000;
  static readonly COLUMN_LIMIT = 18_278;

  /** Throws Sheets' error when growing by `extraCells` (or to `columns` columns) would pass a limit. */
  checkLimits(extraCells: number, columns = 0): void {
    if (columns > SpreadsheetModel.COLUMN_LIMIT) {
      throw new Error(`This action would increase the number of columns in the workbook above the limit of ${SpreadsheetModel.COLUMN_LIMIT} columns.`);
    }
    const cells = this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
    if (cells + extraCells > SpreadsheetModel.CELL_LIMIT) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${SpreadsheetModel.CELL_LIMIT} cells.`);
    }
  }

  newSheetId(): number {
    // Sheets gives the first tab id 0 and later ones large random ids; sequential is enough here.
    return this.nextSheetId++;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  addSheet(name: string, index = this.sheets.length, rows = 1000, columns = 26): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name, rows, columns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Case-insensitive, like Spreadsheet.getSheetByName and A1 sheet references in Sheets. */
  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId ?? -1) ?? this.sheets[0];
  }

  /** Moves COLUMN/ROW developer metadata with inserted or deleted columns/rows. */
  /** Column metadata follows its column when columns move (Sheet.moveColumns). */
  moveColumnMetadata(sheetId: number, move: (column: number) => number): void {
    for (const m of this.developerMetadata) if (m.location.type === 'COLUMN' && m.location.sheetId === sheetId) m.location.index = move(m.location.index);
  }

  /**
   * Protected ranges, and a protected sheet's unprotected ranges, follow inserted and deleted rows or columns as
   * the sheet's other ranges do (merges, conditional-format ranges): rows inserted above or left move them, inserted
   * inside grow them, deleted inside shrink them; one whose cells are all deleted is gone. See docs/ARCHITECTURE.md,
   * "How our emulator differs from Sheets", for the sources.
   */
  shiftProtections(sheetId: number, type: 'ROW' | 'COLUMN', from: number, delta: number): void {
    this.protections = this.protections.filter((p) => {
      if (p.sheetId !== sheetId) return true;
      p.unprotected = p.unprotected.filter((rect) => shiftRect(rect, type, from, delta));
      return p.rect === null || shiftRect(p.rect, type, from, delta);
    });
  }

  shiftMetadata(sheetId: number, type: 'ROW' | 'COLUMN', from: number, delta: number): void {
    this.developerMetadata = this.developerMetadata.filter((m) => {
      const loc = m.location;
      if (loc.type !== type || loc.sheetId !== sheetId) return true;
      if (delta < 0 && loc.index >= from && loc.index < from - delta) return false;
      if (loc.index >= from) loc.index += delta;
      return true;
    });
  }
}
