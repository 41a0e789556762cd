/**
 * writableBlocks: few rectangles covering exactly the writable cells of a grid.
 * Each rectangle is one Range.setValues call, and every service call is a round trip
 * to Google's servers (docs/ARCHITECTURE.md, "what a service call costs"), so the
 * add-on writes a batch of rows in as few calls as the user's formulas allow —
 * without ever covering a cell it must not write (a copy-down formula).
 */

/** Rows [row, row + rows) × columns [column, column + columns), as indices into the grid given. */
export interface CellBlock {
  readonly row: number;
  readonly rows: number;
  readonly column: number;
  readonly columns: number;
}

const samePattern = (a: readonly boolean[], b: readonly boolean[]): boolean => a.length === b.length && a.every((cell, i) => cell === b[i]);

/**
 * Consecutive rows with the same writable pattern form one band; each run of adjacent
 * writable columns inside a band is one block. Linear in the grid's cells.
 */
export function writableBlocks(writable: ReadonlyArray<readonly boolean[]>): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (let row = 0; row < writable.length; ) {
    const pattern = writable[row];
    let rows = 1;
    while (row + rows < writable.length && samePattern(writable[row + rows], pattern)) rows++;
    for (let column = 0; column < pattern.length; ) {
      if (!pattern[column]) {
        column++;
        continue;
      }
      let columns = 1;
      while (column + columns < pattern.length && pattern[column + columns]) columns++;
      blocks.push({ row, rows, column, columns });
      column += columns;
    }
    row += rows;
  }
  return blocks;
}

/** Runs of adjacent sheet columns, in order: [[field, column]…] sorted by column → one array per run. */
export function adjacentRuns<T>(placed: ReadonlyArray<readonly [T, number]>): Array<Array<readonly [T, number]>> {
  const runs: Array<Array<readonly [T, number]>> = [];
  for (const entry of placed) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1][1] + 1 === entry[1]) run.push(entry);
    else runs.push([entry]);
  }
  return runs;
}
