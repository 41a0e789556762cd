/**
 * fixes55: the plan report's .xlsx printed a table's header row alone at the foot of a page, its rows on the next
 * (LibreOffice, the French report: « Arbre d’alignement » and its header, then the tree overleaf; the quarterly splits'
 * header the same). `tablePageBreaks` starts a page before a table whose header, title lines and first two rows the rest
 * of the page cannot hold, on A4 and on Letter, paginating the rows as LibreOffice does from the heights the file gives.
 * LibreOffice's own print is checked by test/office/fixes55-report-print.office.test.ts.
 */
import { HEADER_BACKGROUND, TITLE_BACKGROUND } from '../../src/core/plan/layout';
import { SheetModel } from '../../src/local/emulator';
import { REPORT_PRINT_SETUP, tablePageBreaks } from '../../src/local/report-print';

const SETUP = { ...REPORT_PRINT_SETUP, repeatRows: { from: 1, to: 1 } };

/** A report-like tab: the title row, `filler` rows of text, then a section title, a table header and three rows. */
function sheet(filler: number, options: { tallFirstRow?: number } = {}): { model: SheetModel; title: number } {
  const model = new SheetModel(1, 'Plan');
  const text = (row: number, column: number, value: string): void => {
    model.ensureCell(row, column).value = value;
  };
  text(1, 1, 'SMART goals plan');
  for (let row = 2; row < 2 + filler; row++) text(row, 1, `note ${row}`);
  const title = 2 + filler;
  text(title, 1, 'Alignment tree');
  model.ensureCell(title, 1).style = { fontWeight: 'bold' };
  for (let column = 1; column <= 7; column++) model.ensureCell(title, column).background = TITLE_BACKGROUND;
  ['ID', 'Goal', 'Target'].forEach((value, c) => {
    const cell = model.ensureCell(title + 1, c + 1);
    Object.assign(cell, { value, background: HEADER_BACKGROUND, style: { fontWeight: 'bold' } });
  });
  for (let k = 0; k < 3; k++) ['N', 'Close 120 new accounts', '120'].forEach((value, c) => text(title + 2 + k, c + 1, value));
  if (options.tallFirstRow) model.rowHeights.set(title + 2, options.tallFirstRow);
  for (let column = 1; column <= 7; column++) model.columnWidths.set(column, 90);
  return { model, title };
}

describe('a table’s header row goes to the page of its first rows', () => {
  // Landscape A4 holds 595.28 − 108 = 487.3 pt, 471.5 under the 15.75-pt title row: 29 rows of 15.75 pt.
  it('starts a page at the section title when the title, header and two rows do not fit the rest of it', () => {
    // 27 rows of notes (425.25 pt) + 4 kept rows (63 pt) = 488 > 471.5.
    const { model, title } = sheet(27);
    expect(tablePageBreaks(model, SETUP)).toEqual([title]);
  });

  it('adds no break when they fit (near miss: three rows fewer above)', () => {
    // 24 + 4 rows = 441 pt.
    expect(tablePageBreaks(sheet(24).model, SETUP)).toEqual([]);
  });

  it('breaks for whichever paper is shorter: portrait Letter (668 pt under the title) where A4 (718 pt) would hold the rows', () => {
    const portrait = { ...SETUP, orientation: 'portrait' as const };
    // 40 + 4 rows = 693 pt: past Letter's 668, inside A4's 718.
    const { model, title } = sheet(40);
    expect(tablePageBreaks(model, portrait)).toEqual([title]);
    // Near miss: 38 + 4 rows = 661.5 pt fit both.
    expect(tablePageBreaks(sheet(38).model, portrait)).toEqual([]);
  });

  it('counts from a forced break (a chart’s) and leaves a group taller than a page alone', () => {
    const { model } = sheet(27);
    expect(tablePageBreaks(model, SETUP, [10])).toEqual([]);
    // A first row of 700 px (525 pt) makes the group taller than any page: no break would help.
    expect(tablePageBreaks(sheet(27, { tallFirstRow: 700 }).model, SETUP)).toEqual([]);
  });

  it('takes the page width’s scale into account: a print area twice the page width holds twice the rows', () => {
    const { model } = sheet(27);
    for (let column = 8; column <= 30; column++) model.columnWidths.set(column, 90);
    model.ensureCell(2, 30).value = 'x';
    // 30 columns × 90 px = 2,025 pt across a 806-pt (A4) or 756-pt (Letter) page: scaled to 37–40 %.
    expect(tablePageBreaks(model, SETUP)).toEqual([]);
  });
});
