/** A1 notation: "B3", "A1:C10", "D:D", "2:5", "A2:C", "'My tab'!A1:B2". */
import { columnToLetters } from '../../core/a1';

/** A rectangle on a sheet, 1-based. `wholeColumns`/`wholeRows` remember "D:D" / "3:3" forms. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

export { columnToLetters };

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'Tab name'!A1:B2" into its sheet name (null when absent) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1.trim() };
  let name = a1.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1).trim() };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Endpoint {
  row: number | null;
  column: number | null;
}

function parseEndpoint(text: string): Endpoint | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const row = m[2] === '' ? null : Number(m[2]);
  if (row !== null && row < 1) return null;
  return { column: m[1] === '' ? null : lettersToColumn(m[1]), row };
}

/** Parses the cell part of an A1 reference against a sheet of the given size; null when invalid. */
export function parseA1(cells: string, maxRows: number, maxColumns: number): GridRect | null {
  const parts = cells.split(':');
  if (parts.length > 2) return null;
  const start = parseEndpoint(parts[0]);
  const end = parts.length === 2 ? parseEndpoint(parts[1]) : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  const wholeColumns = start.row === null && end.row === null;
  const wholeRows = start.column === null && end.column === null;
  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = end.row ?? maxRows;
  const c2 = end.column ?? maxColumns;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  const rect: GridRect = { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
  if (wholeColumns) rect.wholeColumns = true;
  if (wholeRows) rect.wholeRows = true;
  return rect;
}

export function rectToA1(rect: GridRect): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (rect.wholeColumns) return `${columnToLetters(rect.column)}:${columnToLetters(lastColumn)}`;
  if (rect.wholeRows) return `${rect.row}:${lastRow}`;
  const first = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return first;
  return `${first}:${columnToLetters(lastColumn)}${lastRow}`;
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/**
 * The merges `near` a range listed under each line (row, or column) of the range they cross, so that a rect one line
 * thick finds the merges it may overlap in one look-up (`mergeAcross`, `mergeVertically`). Each is listed on the range's
 * lines only, not its whole height or width: a sheet's merges do not overlap, so the lists hold at most as many entries
 * as the range has cells, whatever the height of a whole-column merge beside it (mend58m).
 */
export function mergesByLine(near: readonly GridRect[], range: GridRect, along: 'ROWS' | 'COLUMNS'): Map<number, GridRect[]> {
  const byLine = new Map<number, GridRect[]>();
  const span = (r: GridRect): [number, number] => (along === 'ROWS' ? [r.row, r.row + r.numRows] : [r.column, r.column + r.numColumns]);
  const [rangeStart, rangeEnd] = span(range);
  for (const merge of near) {
    const [start, end] = span(merge);
    for (let line = Math.max(start, rangeStart); line < Math.min(end, rangeEnd); line++) {
      const list = byLine.get(line);
      if (list) list.push(merge);
      else byLine.set(line, [merge]);
    }
  }
  return byLine;
}

export function rectContains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
