/**
 * scale58: the emulator's merges are linear in the rows merged. The plan report merges its recommendations across B–G
 * (one `mergeAcross` over three rows a goal); each row was compared with every merge made before it, so a
 * 20,000-goal report spent minutes there in Node, and the `smart-goals` CLI runs on this emulator. The shape is
 * guarded by counting overlap tests and line-index entries (never by timing them), and the batch keeps the one-rect-at-a-time
 * behaviour. The xlsx writer likewise: exceljs tests each merge against every earlier one. mend58m: the index holds only
 * the merges inside the call's range, so no call costs the height of the merges beside it, and a refused call applies nothing.
 */
import { createRequire } from 'node:module';
import * as a1 from '../../../src/local/emulator/a1';
import { loadXlsx, RANGE_ERRORS, toXlsxBuffer } from '../../../src/local/emulator';
import { writeMerges } from '../../../src/local/emulator/xlsx';
import { setup } from './helpers';

/** exceljs's Range class as the xlsx writer loads it (Node's own require, as xlsx.ts's lazy load: not jest's registry). */
const ExcelRange = createRequire(__filename)('exceljs/lib/doc/range') as { prototype: { intersects(other: unknown): boolean } };
const ExcelJS = createRequire(__filename)('exceljs') as typeof import('exceljs');

/** Overlap tests made by one `mergeAcross` over `rows` rows × 6 columns of a sheet holding one earlier merge per row above. */
function overlapTestsOfMergeAcross(rows: number): number {
  const { sheet } = setup();
  sheet.insertRowsAfter(sheet.getMaxRows(), 2 * rows);
  // Merges already on the sheet, as the report's other sections leave them: one per row, above the merged block.
  sheet.getRange(1, 2, rows, 6).mergeAcross();
  const spy = jest.spyOn(a1, 'rectsIntersect');
  try {
    sheet.getRange(rows + 1, 2, rows, 6).mergeAcross();
    expect(sheet.getRange(1, 1, 2 * rows, 7).getMergedRanges()).toHaveLength(2 * rows);
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('merges (scale58)', () => {
  it('compares each merged row with the merges on its own rows, not with every merge on the sheet', () => {
    const small = overlapTestsOfMergeAcross(250);
    const large = overlapTestsOfMergeAcross(1000);
    expect(small).toBeGreaterThan(0);
    // 4× the rows: at most ~4× the overlap tests (it was 16×: each row against every merge before it).
    expect(large).toBeLessThanOrEqual(4.5 * small);
  });

  it('merges the rows of a block one at a time: merges inside a row replaced, the others kept in order, new ones after', () => {
    const { sheet } = setup();
    sheet.getRange('D2:E2').merge();
    sheet.getRange('A10:B11').merge();
    sheet.getRange('C5:C6').merge();
    sheet.getRange('B1:F3').mergeAcross();
    expect(sheet.getRange('A1:F12').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A10:B11', 'C5:C6', 'B1:F1', 'B2:F2', 'B3:F3']);
  });

  it('refuses a row or column that cuts a merge, applying none of the call (the emulator’s all-or-nothing assumption)', () => {
    // Google's Range docs do not say whether a refused mergeAcross keeps the rows before the cut; the emulator applies
    // nothing, as one Sheets API request does (docs/ARCHITECTURE.md, "What the emulator does not model").
    const { sheet } = setup();
    sheet.getRange('A1:F3').setValue('v');
    sheet.getRange('D1:E1').merge();
    sheet.getRange('C3:C4').merge();
    expect(() => sheet.getRange('B1:F3').mergeAcross()).toThrow(RANGE_ERRORS.mergeOverlap);
    expect(sheet.getRange('A1:F4').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['D1:E1', 'C3:C4']);
    expect(sheet.getRange('B2:F2').getValues()).toEqual([['v', 'v', 'v', 'v', 'v']]);
    expect(() => sheet.getRange('A1:D5').mergeVertically()).toThrow(RANGE_ERRORS.mergeOverlap);
    expect(sheet.getRange('A1:F5').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['D1:E1', 'C3:C4']);
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['v'], ['v']]);
  });

  it('costs each call the merges inside its range, not the height of the merges beside it (mend58m)', () => {
    // Work = overlap tests + entries of the line index; scale58 indexed every merge of the sheet by all its rows on
    // every call (a whole-column merge of 100,000 rows: 100,000 entries a call).
    const workBesideTallMerges = (rows: number): number => {
      const { sheet } = setup();
      sheet.insertRowsAfter(sheet.getMaxRows(), rows);
      sheet.getRange('A:A').merge();
      for (let c = 2; c <= 6; c++) sheet.getRange(1, c, rows, 1).merge();
      const tests = jest.spyOn(a1, 'rectsIntersect');
      const index = jest.spyOn(a1, 'mergesByLine');
      try {
        for (let i = 0; i < 60; i++) sheet.getRange(1 + 2 * i, 8, 2, 3).mergeAcross();
        for (let i = 0; i < 60; i++) sheet.getRange(1 + 3 * i, 12, 3, 1).merge();
        for (let i = 0; i < 60; i++) sheet.getRange(1 + i, 14, 1, 2).merge();
        expect(sheet.getRange(1, 8, 180, 8).getMergedRanges()).toHaveLength(240);
        const entries = index.mock.results.reduce((sum, { value }) => sum + [...(value as Map<number, unknown[]>).values()].reduce((n, list) => n + list.length, 0), 0);
        return tests.mock.calls.length + entries;
      } finally {
        tests.mockRestore();
        index.mockRestore();
      }
    };
    const small = workBesideTallMerges(400);
    const large = workBesideTallMerges(1600);
    expect(small).toBeGreaterThan(0);
    // 4× the height of the six tall merges: the same work (it was ~4×, the index growing with their height).
    expect(large).toBeLessThanOrEqual(small);
  });

  it('merges the columns of a tall range vertically in work linear in its columns (mend58m)', () => {
    const workOfMergeVertically = (columns: number): number => {
      const { sheet } = setup();
      sheet.insertRowsAfter(sheet.getMaxRows(), 300);
      sheet.insertColumnsAfter(sheet.getMaxColumns(), columns);
      // A merge inside each column, which the column's merge replaces.
      for (let c = 1; c <= columns; c++) sheet.getRange(2, c, 2, 1).merge();
      const tests = jest.spyOn(a1, 'rectsIntersect');
      const index = jest.spyOn(a1, 'mergesByLine');
      try {
        sheet.getRange(1, 1, 300, columns).mergeVertically();
        expect(sheet.getRange(1, 1, 300, columns).getMergedRanges()).toHaveLength(columns);
        const entries = index.mock.results.reduce((sum, { value }) => sum + [...(value as Map<number, unknown[]>).values()].reduce((n, list) => n + list.length, 0), 0);
        return tests.mock.calls.length + entries;
      } finally {
        tests.mockRestore();
        index.mockRestore();
      }
    };
    const small = workOfMergeVertically(10);
    const large = workOfMergeVertically(40);
    expect(small).toBeGreaterThan(0);
    // 4× the columns: at most ~4× the work (scale58 met every earlier column on each of the 300 rows: ~16×).
    expect(large).toBeLessThanOrEqual(4.5 * small);
  });

  it('a merge holding merges made before replaces them, a column at a time or whole', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').merge();
    sheet.getRange('A1:B2').mergeVertically();
    expect(sheet.getRange('A1:B2').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:A2', 'B1:B2']);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
  });

  it('writes a sheet\'s merges to xlsx without testing each against every earlier one, and reads them back', async () => {
    const mergedRows = async (rows: number): Promise<{ tests: number; merges: string[] }> => {
      const { emulator, sheet } = setup();
      sheet.insertRowsAfter(sheet.getMaxRows(), rows);
      sheet.getRange(1, 1, rows, 4).setValue('x');
      sheet.getRange(1, 2, rows, 3).mergeAcross();
      const spy = jest.spyOn(ExcelRange.prototype, 'intersects');
      try {
        const buffer = await toXlsxBuffer(emulator);
        const tests = spy.mock.calls.length;
        spy.mockRestore();
        const loaded = (await loadXlsx(buffer)).spreadsheet.getSheets()[0];
        return { tests, merges: loaded.getRange(1, 1, rows, 4).getMergedRanges().map((r) => r.getA1Notation()) };
      } finally {
        spy.mockRestore();
      }
    };
    const small = await mergedRows(100);
    const large = await mergedRows(400);
    expect(small.merges).toHaveLength(100);
    expect(large.merges).toHaveLength(400);
    expect(large.merges.slice(0, 2)).toEqual(['B1:D1', 'B2:D2']);
    // exceljs tested each merge against every earlier one (4,950, then 79,800 tests: 16×); at most ~4× for 4× the merges.
    expect(large.tests).toBeLessThanOrEqual(4.5 * Math.max(1, small.tests));
  });
  it('refuses to write merges sharing a top-left cell, as exceljs did, rather than write one over the other (mend58m)', async () => {
    // The emulator never makes such a model (mergeRects refuses it); forced here to test the writer's own safeguard.
    for (const merges of [
      [{ row: 1, column: 1, numRows: 2, numColumns: 2 }, { row: 1, column: 1, numRows: 1, numColumns: 3 }],
      [{ row: 1, column: 1, numRows: 2, numColumns: 2 }, { row: 1, column: 1, numRows: 2, numColumns: 2 }],
    ]) {
      const { emulator, sheet } = setup();
      sheet.getRange('A1:C2').setValues([[11, 12, 13], [21, 22, 23]]);
      emulator.spreadsheet.model.sheets[0].merges = merges;
      await expect(toXlsxBuffer(emulator)).rejects.toThrow('Cannot merge already merged cells');
    }
  });

  it('gives a worksheet without exceljs\'s private merge table the plain calls, exceljs\'s own overlap test included', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('Data');
    // The worksheet as a later exceljs might hold it: no `_merges` seen from outside, its own methods unchanged.
    const withoutTable = new Proxy(worksheet, {
      get: (target, key) => {
        if (key === '_merges') return undefined;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    writeMerges(withoutTable, [{ row: 1, column: 2, numRows: 1, numColumns: 3 }, { row: 3, column: 1, numRows: 2, numColumns: 2 }]);
    expect(worksheet.model.merges).toEqual(['B1:D1', 'A3:B4']);
    expect(() => writeMerges(withoutTable, [{ row: 1, column: 3, numRows: 2, numColumns: 1 }])).toThrow('Cannot merge already merged cells');
  });
});

