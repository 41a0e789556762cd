/** review 13b: what Check goals compares before writing (core/workbook/moved.ts). */
import { appendAreaMoved, tableMoved } from '../../../src/core/workbook/moved';

const READ = [
  ['ID', 'Goal', 'Owner', 'Verdict'],
  ['G1', 'Raise the close rate to 30%', 'Alice', 'stretch'],
  ['G2', 'Book 40 meetings', 'Bob', 'realistic'],
];
// ID and Goal identify the row; column 4 is ours; a first run also creates column 5 (blank when read).
const TABLE = { headerRow: 1, lastRow: 3, columns: [1, 2, 4, 5] };

it('the same table, or another cell changed: not moved', () => {
  expect(tableMoved(READ, READ.map((row) => [...row]), TABLE)).toBe(false);
  const edited = READ.map((row) => [...row]);
  edited[1][2] = 'Carla';
  edited[0][2] = 'Sales rep';
  expect(tableMoved(READ, edited, TABLE)).toBe(false);
});

it('a row inserted, a note typed over ours, a column moved into the place of one about to be created: moved', () => {
  expect(tableMoved(READ, [READ[0], ['G0', 'New goal', '', ''], READ[1], READ[2]], TABLE)).toBe(true);
  expect(tableMoved(READ, [READ[0], READ[1], ['G2', 'Book 40 meetings', 'Bob', 'Bob: see finance']], TABLE)).toBe(true);
  const shifted = READ.map((row) => [row[0], row[1], '', row[2], row[3]]);
  expect(tableMoved(READ, shifted, TABLE)).toBe(true);
});

it('blank is blank whatever the reader gave (null, "", spaces); a row below the last written is not compared', () => {
  expect(tableMoved([...READ, ['', '', '', null]], [...READ.map((r) => [...r]), ['G3', 'Added under the table', '', '  ']], TABLE)).toBe(false);
});

describe('appendAreaMoved (Add goal, misc13)', () => {
  // ID and Goal identify a row; the append writes columns 1–3 and a new column 5 (blank header when read) in row 4.
  const AREA = { headerRow: 1, lastRow: 3, identity: [1, 2], written: [1, 2, 3, 5], firstRow: 4, rows: 1, width: 5 };
  const copy = () => READ.map((row) => [...row]);

  it('nothing moved, or cells the append does not rely on changed: false', () => {
    expect(appendAreaMoved(READ, copy(), AREA)).toBe(false);
    const edited = copy();
    edited[1][2] = 'Carla';
    edited[0][3] = 'Our verdict';
    edited.push(['', '', '', '', '', '', 'memo far right']);
    expect(appendAreaMoved(READ, edited, AREA)).toBe(false);
  });

  it('a row inserted or deleted, a column inserted left of a written one, a cell typed in the new row: true', () => {
    expect(appendAreaMoved(READ, [READ[0], ['G0', 'New', '', ''], READ[1], READ[2]], AREA)).toBe(true);
    expect(appendAreaMoved(READ, [READ[0], READ[2]], AREA)).toBe(true);
    expect(appendAreaMoved(READ, READ.map((row) => [row[0], '', ...row.slice(1)]), AREA)).toBe(true);
    expect(appendAreaMoved(READ, [...copy(), ['', '', '', 'typed meanwhile']], AREA)).toBe(true);
    const header = copy();
    header[0].push('Parent');
    expect(appendAreaMoved(READ, header, AREA)).toBe(true);
  });
});
