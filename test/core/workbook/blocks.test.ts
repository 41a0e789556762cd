import { adjacentRuns, writableBlocks } from '../../../src/core/workbook/blocks';

describe('writableBlocks', () => {
  it('writes a grid with no formula cells in one block', () => {
    expect(writableBlocks([[true, true], [true, true], [true, true]])).toEqual([{ row: 0, rows: 3, column: 0, columns: 2 }]);
  });

  it('leaves a copy-down formula column out and keeps the free columns on each side together', () => {
    expect(writableBlocks([[true, false, true, true], [true, false, true, true]])).toEqual([
      { row: 0, rows: 2, column: 0, columns: 1 },
      { row: 0, rows: 2, column: 2, columns: 2 },
    ]);
  });

  it('starts a new band where the pattern of formula cells changes, and never covers a formula cell', () => {
    const grid = [
      [true, true, true],
      [true, false, true],
      [true, false, true],
      [true, true, true],
    ];
    const blocks = writableBlocks(grid);
    expect(blocks).toEqual([
      { row: 0, rows: 1, column: 0, columns: 3 },
      { row: 1, rows: 2, column: 0, columns: 1 },
      { row: 1, rows: 2, column: 2, columns: 1 },
      { row: 3, rows: 1, column: 0, columns: 3 },
    ]);
    const covered = grid.map((r) => r.map(() => 0));
    for (const b of blocks) for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.column; c < b.column + b.columns; c++) covered[r][c]++;
    expect(covered).toEqual(grid.map((r) => r.map((cell) => (cell ? 1 : 0))));
  });

  it('gives nothing for an empty grid or a row of formulas only', () => {
    expect(writableBlocks([])).toEqual([]);
    expect(writableBlocks([[false, false]])).toEqual([]);
  });
});

describe('adjacentRuns', () => {
  it('groups sorted columns into runs of neighbours', () => {
    expect(adjacentRuns([['id', 0], ['goal', 1], ['target', 4], ['deadline', 5], ['notes', 9]])).toEqual([
      [['id', 0], ['goal', 1]],
      [['target', 4], ['deadline', 5]],
      [['notes', 9]],
    ]);
    expect(adjacentRuns([])).toEqual([]);
  });
});
