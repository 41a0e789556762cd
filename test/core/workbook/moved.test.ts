/** review 13b: what Check goals compares before writing (core/workbook/moved.ts). */
import { tableMoved } from '../../../src/core/workbook/moved';

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
