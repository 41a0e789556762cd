/**
 * tidy59: the xlsx writer refuses every pair of overlapping merges, not only two sharing a top-left cell (mend58m's
 * safeguard, exceljs's table key). Overlaps from different corners were written, and exceljs then refused to reload the
 * file (Excel and LibreOffice would "repair" it). The check is one sweep down the rows: its work is counted (overlap
 * tests; the ordered list's binary search and splices are not counted), never timed.
 */
import { createRequire } from 'node:module';
import * as a1 from '../../../src/local/emulator/a1';
import type { GridRect } from '../../../src/local/emulator/a1';
import { loadXlsx, toXlsxBuffer } from '../../../src/local/emulator';
import { overlappingMerges, writeMerges } from '../../../src/local/emulator/xlsx';
import { setup } from './helpers';

const ExcelJS = createRequire(__filename)('exceljs') as typeof import('exceljs');

const rect = (row: number, column: number, numRows: number, numColumns: number): GridRect => ({ row, column, numRows, numColumns });

/** Overlap tests (`rectsIntersect`) the check makes on `merges`, and its answer. */
function overlapTests(merges: readonly GridRect[]): { tests: number; overlap: [GridRect, GridRect] | null } {
  const spy = jest.spyOn(a1, 'rectsIntersect');
  try {
    const overlap = overlappingMerges(merges);
    return { tests: spy.mock.calls.length, overlap };
  } finally {
    spy.mockRestore();
  }
}

describe('overlapping merges in the xlsx writer (tidy59)', () => {
  it.each([
    ['a corner inside the other', [rect(1, 1, 2, 2), rect(2, 2, 2, 2)], 'A1:B2 and B2:C3'],
    ['a row merged across a column merged down', [rect(1, 2, 5, 1), rect(3, 1, 1, 3)], 'B1:B5 and A3:C3'],
    // Named in the model's order, the earlier first (mend60x: the sweep's order before).
    ['one inside a tall merge, listed first', [rect(4, 1, 1, 2), rect(1, 1, 10, 3)], 'A4:B4 and A1:C10'],
    ['sharing a top-left cell (mend58m)', [rect(1, 1, 2, 2), rect(1, 1, 1, 3)], 'A1:B2 and A1:C1'],
  ])('refuses %s, naming both merges and the sheet, and writes no file', async (_case, merges, named) => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:C3').setValues([[11, 12, 13], [21, 22, 23], [31, 32, 33]]);
    // The emulator never makes such a model (mergeRects refuses it): forced here to test the writer's own check.
    emulator.spreadsheet.model.sheets[0].merges = merges;
    await expect(toXlsxBuffer(emulator)).rejects.toThrow(`Cannot merge already merged cells: ${named} overlap on sheet "${sheet.getName()}".`);
  });

  it('writes merges that only touch (side by side, one under the other), and reads them back', async () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:D4').setValue('x');
    emulator.spreadsheet.model.sheets[0].merges = [rect(1, 1, 2, 2), rect(1, 3, 2, 2), rect(3, 1, 2, 1), rect(3, 2, 1, 3)];
    const loaded = (await loadXlsx(await toXlsxBuffer(emulator))).spreadsheet.getSheets()[0];
    expect(loaded.getRange('A1:D4').getMergedRanges().map((r) => r.getA1Notation()).sort()).toEqual(['A1:B2', 'A3:A4', 'B3:D3', 'C1:D2']);
  });

  it('checks 20,000 merges with at most one overlap test each, however many cross a row (never all pairs)', () => {
    // The report's shape: one merge across B–G a row (a 20,000-goal report has ~60,000 such rows).
    const report = Array.from({ length: 20_000 }, (_, i) => rect(i + 1, 2, 1, 6));
    // A grid: 200 merges side by side on each of 100 two-row bands (all pairs: 2×10⁸ tests; a list of the merges
    // crossing the row tested whole: 200 a merge).
    const grid = Array.from({ length: 20_000 }, (_, i) => rect(1 + 2 * Math.floor(i / 200), 1 + 2 * (i % 200), 2, 2));
    // 200 tall merges, each beside a column of short ones: 400 merges cross every row; listed bottom-up.
    const tall = [
      ...Array.from({ length: 200 }, (_, k) => rect(1, 2 * k + 1, 300, 1)),
      ...Array.from({ length: 19_800 }, (_, i) => rect(1 + 3 * Math.floor(i / 200), 2 * (i % 200) + 2, 3, 1)),
    ].reverse();
    const [inReport, inGrid, inTall] = [report, grid, tall].map((merges) => {
      expect(merges).toHaveLength(20_000);
      const { tests, overlap } = overlapTests(merges);
      expect(overlap).toBeNull();
      // At most one test a merge (all pairs: 2×10⁸; the whole list crossing a row: 200 or 400 a merge).
      expect(tests).toBeLessThanOrEqual(merges.length);
      return tests;
    });
    // None in the report (each row's merge has left when the next comes); the side-by-side merges are tested.
    expect(inReport).toBe(0);
    expect(inGrid).toBeGreaterThan(0);
    expect(inTall).toBeGreaterThan(0);
    // The same grid with one merge moved onto its neighbour's cell is found.
    const moved = [...grid];
    moved[10_101] = rect(moved[10_101].row + 1, moved[10_101].column - 1, 2, 2);
    expect(overlapTests(moved).overlap).toEqual([grid[10_100], moved[10_101]]);
  });

  it('refuses a merge sharing its top-left cell with one already on the worksheet (the last guard: the sweep sees only the list)', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('Report');
    writeMerges(worksheet, [rect(1, 1, 2, 2)]);
    // It throws after the table took the second merge: the whole workbook's write is abandoned, no file is made.
    expect(() => writeMerges(worksheet, [rect(1, 1, 3, 1)])).toThrow('Cannot merge already merged cells');
  });

  it('names the tab as the user wrote it, not the file\'s shortened sheet name', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('Plan_ Q1');
    expect(() => writeMerges(worksheet, [rect(1, 1, 2, 2), rect(2, 2, 2, 2)], 'Plan: Q1/Q2 2027 — objectifs')).toThrow('overlap on sheet "Plan: Q1/Q2 2027 — objectifs".');
  });

  it('writes 20,000 merges to a worksheet with at most one overlap test each', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('Report');
    const merges = Array.from({ length: 20_000 }, (_, i) => rect(i + 1, 2, 1, 6));
    const spy = jest.spyOn(a1, 'rectsIntersect');
    try {
      writeMerges(worksheet, merges);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(merges.length);
    } finally {
      spy.mockRestore();
    }
    expect(worksheet.model.merges).toHaveLength(20_000);
    expect(worksheet.model.merges.slice(0, 2)).toEqual(['B1:G1', 'B2:G2']);
  });
});
