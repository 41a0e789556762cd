/**
 * scale58: the emulator's merges are linear in the rows merged. The plan report merges its recommendations across B–G
 * (one `mergeAcross` over three rows a goal); each row was compared with every merge made before it, so a
 * 20,000-goal report spent minutes there in Node, and the `smart-goals` CLI runs on this emulator. The shape is
 * guarded by counting overlap tests (never by timing them), and the batch keeps the one-rect-at-a-time behaviour. The xlsx
 * writer likewise: exceljs tests each merge against every earlier one.
 */
import { createRequire } from 'node:module';
import * as a1 from '../../../src/local/emulator/a1';
import { loadXlsx, RANGE_ERRORS, toXlsxBuffer } from '../../../src/local/emulator';
import { setup } from './helpers';

/** exceljs's Range class as the xlsx writer loads it (Node's own require, as xlsx.ts's lazy load: not jest's registry). */
const ExcelRange = createRequire(__filename)('exceljs/lib/doc/range') as { prototype: { intersects(other: unknown): boolean } };

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

  it('refuses a row that cuts a merge, keeping the rows merged before it (Sheets’ overlap error)', () => {
    const { sheet } = setup();
    sheet.getRange('C2:C3').merge();
    expect(() => sheet.getRange('B1:F3').mergeAcross()).toThrow(RANGE_ERRORS.mergeOverlap);
    expect(sheet.getRange('A1:F3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['C2:C3', 'B1:F1']);
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
});

