/**
 * Whether the Goals tab still holds, where Check goals is about to write, what the run read.
 *
 * The document lock keeps two add-on runs apart, not people: it "prevents any user of the current document from
 * concurrently running a section of code" (Apps Script reference, LockService.getDocumentLock,
 * developers.google.com/apps-script/reference/lock/lock-service). A colleague editing the spreadsheet meanwhile is
 * not stopped ("Due to the collaborative nature of spreadsheets, it is not guaranteed that the spreadsheet will
 * reflect exactly your changes", Sheets API spreadsheets.batchUpdate, developers.google.com/sheets/api/reference/rest/
 * v4/spreadsheets/batchUpdate). Check goals writes by row and column position after an analysis of seconds to
 * minutes: a row inserted or deleted above a goal would put every result beside another goal, a column inserted
 * left of ours would put them in the user's column, and a note typed in our columns (kept when the run read it)
 * would be overwritten. So the run compares, just before writing, on the header row and on each row it writes, the
 * cells that say which goal the row is (ID, goal sentence) and our own columns — those about to be created included,
 * blank when read: a column moved into their place shows there. Other cells may change (a target edited, a header
 * renamed, a volatile formula recalculated): the results still land beside their goals.
 */
import { isBlankCell } from './cells';
import type { CellValue, GoalField } from './types';

/** 1-based columns that say which goal a row is (its ID and sentence), from the table's 0-based field columns. */
export function identityColumns(fields: Partial<Record<GoalField, number>>): number[] {
  return [fields.id, fields.statement].filter((index): index is number => index !== undefined).map((index) => index + 1);
}

export interface WrittenTable {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based last sheet row the run writes. */
  lastRow: number;
  /** 1-based columns compared on the header row and every row below it (the goal's identity and the add-on's columns). */
  columns: readonly number[];
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
  return a === b;
}

/** True when the rows and columns the run is about to write no longer hold what it read (`before`: as read, `after`: now). */
export function tableMoved(before: readonly (readonly CellValue[])[], after: readonly (readonly CellValue[])[], table: WrittenTable): boolean {
  for (let row = table.headerRow - 1; row < table.lastRow; row++) {
    for (const column of table.columns) if (!sameCell(before[row]?.[column - 1], after[row]?.[column - 1])) return true;
  }
  return false;
}

export interface AppendArea {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based last sheet row of the table as read (the new rows go below it). */
  lastRow: number;
  /** 1-based columns that say which goal a row is (ID, goal sentence): compared on every row of the table. */
  identity: readonly number[];
  /** 1-based columns the append writes, new header cells included: compared on the header row. */
  written: readonly number[];
  /** 1-based first new row and how many. */
  firstRow: number;
  rows: number;
  /** 1-based last column of the new rows that must still be as read (blank): the table's width and the columns written. */
  width: number;
}

/**
 * Add goal's (and Add driver goals') form of the same guard: the tab read again just before the append is written.
 * A row inserted or deleted in the table shifts the goals' identity; a column inserted left of a column written
 * shifts the header above it; a row typed by a colleague where the new goal goes, in any of the table's columns,
 * would be written over or mixed with it. Any of these and nothing is written.
 */
export function appendAreaMoved(before: readonly (readonly CellValue[])[], after: readonly (readonly CellValue[])[], area: AppendArea): boolean {
  const everyColumn = Array.from({ length: area.width }, (_, index) => index + 1);
  return (
    tableMoved(before, after, { headerRow: area.headerRow, lastRow: area.lastRow, columns: area.identity }) ||
    tableMoved(before, after, { headerRow: area.headerRow, lastRow: area.headerRow, columns: area.written }) ||
    tableMoved(before, after, { headerRow: area.firstRow, lastRow: area.firstRow + area.rows - 1, columns: everyColumn })
  );
}
