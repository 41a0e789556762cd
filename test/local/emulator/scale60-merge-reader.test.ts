/**
 * scale60: the xlsx reader makes a sheet's merges without exceljs's test of each against every earlier one. exceljs 4.4
 * makes the merges of a file as it builds each worksheet, each tested against all before it (O(merges²): 24,000
 * one-row merges took 85.7 s CPU; a 20,000-goal plan report holds ~60,000). The reader now takes the lists out of
 * exceljs's parsed model and makes them afterwards with the same exceljs calls (`deferMerges`, `readMerges`), then checks
 * them in one sweep. Guarded here by equality with the worksheets exceljs builds by itself and by counting overlap tests,
 * never by timing (`npm run bench -- workbook` prints the times).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import JSZip from 'jszip';
import type ExcelJSTypes from 'exceljs';
import * as a1 from '../../../src/local/emulator/a1';
import { loadXlsx, toXlsxBuffer, XlsxError } from '../../../src/local/emulator';
import { deferMerges, readMerges } from '../../../src/local/emulator/xlsx';
import { runReport } from '../../../src/local/cli/report';
import { scratchDir } from '../../support/scratch';
import { setup } from './helpers';

// exceljs as the reader loads it (Node's own require, as xlsx.ts's lazy load: not jest's registry), so the prototypes
// spied on and the workbooks compared are the reader's.
const nodeRequire = createRequire(__filename);
const ExcelJS = nodeRequire('exceljs') as typeof ExcelJSTypes;
const ExcelRange = nodeRequire('exceljs/lib/doc/range') as { prototype: { intersects(other: unknown): boolean } };

const EXAMPLES = path.resolve(__dirname, '../../../examples');
/**
 * A workbook this writer wrote (tab "Plan": A1:C1 over a styled B1, B3:B6, D3:F5 with a note on the covered D4, B7:F8
 * merged across, H20:J21 past the data; tab "Tall": A1:A40 and B2:Z2) and LibreOffice 7.4 saved again
 * (`soffice --headless --convert-to xlsx`): its own styles, shared strings and cell order.
 */
const LIBREOFFICE = path.resolve(__dirname, '../../fixtures/xlsx/libreoffice-merges.xlsx');

jest.setTimeout(60_000);

type Workbook = ExcelJSTypes.Workbook;

/** What the reader reads of each worksheet: its model (cells, merge list in order…), its size and every cell's merge state. */
function worksheetsOf(workbook: Workbook): unknown[] {
  return workbook.worksheets.map((worksheet) => {
    const merged: string[] = [];
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged) merged.push(`${cell.address}→${cell.master.address}`);
      }),
    );
    return { name: worksheet.name, rowCount: worksheet.rowCount, columnCount: worksheet.columnCount, model: worksheet.model, merged };
  });
}

/** The file's worksheets as exceljs builds them by itself, and as the reader does (merges deferred, then made by `readMerges`). */
async function bothWays(buffer: Buffer): Promise<{ exceljs: unknown[]; reader: unknown[]; deferred: number }> {
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load(buffer as unknown as ArrayBuffer);
  const ours = new ExcelJS.Workbook();
  const lists = deferMerges(ours);
  await ours.xlsx.load(buffer as unknown as ArrayBuffer);
  const deferred = [...lists.values()].reduce((n, list) => n + list.length, 0);
  for (const worksheet of ours.worksheets) readMerges(worksheet, lists.get(worksheet.id) ?? []);
  return { exceljs: worksheetsOf(plain), reader: worksheetsOf(ours), deferred };
}

/** `buffer` with `<mergeCell>` elements added to the first sheet's list (a file another tool could write). */
async function withExtraMerges(buffer: Buffer, refs: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  expect(xml).toContain('</mergeCells>');
  zip.file(part, xml.replace('</mergeCells>', `${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A one-tab workbook ("Data") with values in A1:D4 and the merges given, written by the reader's writer. */
async function dataWorkbook(merges: string[]): Promise<Buffer> {
  const { emulator, sheet } = setup();
  sheet.setName('Data');
  sheet.getRange('A1:D4').setValues([[11, 12, 13, 14], [21, 22, 23, 24], [31, 32, 33, 34], [41, 42, 43, 44]]);
  for (const merge of merges) sheet.getRange(merge).merge();
  return toXlsxBuffer(emulator);
}

describe('merges read from an .xlsx (scale60)', () => {
  const dir = scratchDir('scale60-merges-');
  let report: Buffer;

  beforeAll(async () => {
    // The plan report of the English example, as `smart-goals report` writes it: recommendations merged across B–G.
    const input = path.join(dir, 'sales.xlsx');
    copyFileSync(path.join(EXAMPLES, 'sales-goals.xlsx'), input);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runReport([input, '--out', path.join(dir, 'plan.xlsx'), '--today', '2026-11-26'])).toBe(0);
    } finally {
      log.mockRestore();
    }
    report = readFileSync(path.join(dir, 'plan.xlsx'));
  });

  it.each([
    ['the English example', () => readFileSync(path.join(EXAMPLES, 'sales-goals.xlsx')), 0],
    ['the French example', () => readFileSync(path.join(EXAMPLES, 'objectifs-commerciaux.xlsx')), 0],
    ['a LibreOffice-saved workbook', () => readFileSync(LIBREOFFICE), 8],
  ])('reads %s into the worksheets exceljs builds by itself', async (_name, file, merges) => {
    const { exceljs, reader, deferred } = await bothWays(file());
    expect(deferred).toBe(merges);
    expect(reader).toEqual(exceljs);
  });

  it('reads a plan report into the worksheets exceljs builds by itself, each merge made by the reader', async () => {
    const { exceljs, reader, deferred } = await bothWays(report);
    expect(deferred).toBeGreaterThan(10);
    expect(reader).toEqual(exceljs);
  });

  it('reads a LibreOffice-saved workbook’s merges, in the file’s order, covered cells blank', async () => {
    const spreadsheet = (await loadXlsx(LIBREOFFICE)).spreadsheet;
    const plan = spreadsheet.getSheetByName('Plan')!;
    const tall = spreadsheet.getSheetByName('Tall')!;
    expect(plan.getRange('A1:J21').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1', 'B3:B6', 'D3:F5', 'B7:F7', 'B8:F8', 'H20:J21']);
    expect(tall.getRange('A1:Z40').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:A40', 'B2:Z2']);
    expect(plan.getRange('A1:C1').getValues()).toEqual([['Head 1', '', '']]);
    expect(plan.getRange('D3:F3').getValues()).toEqual([[23, '', '']]);
    expect(tall.getRange('A1:A2').getValues()).toEqual([['whole column'], ['']]);
  });

  it.each([
    ['a corner inside the other', ['A1:B2'], ['B2:C3'], 'A1:B2 and B2:C3'],
    ['sharing a top-left cell', ['A1:B2'], ['A1:C1'], 'A1:B2 and A1:C1'],
    ['a tall merge listed after one inside it, far apart in the list', ['A4:B4', 'D1:D2'], ['C3:C4', 'A1:A10'], 'A1:A10 and A4:B4'],
  ])('refuses a file whose merges overlap (%s), naming both and the sheet, as exceljs refused it', async (_case, written, added, named) => {
    const file = await withExtraMerges(await dataWorkbook(written), added);
    // exceljs by itself refused the file too (its own test, unnamed): no file that loaded before is refused now.
    await expect(new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer)).rejects.toThrow('Cannot merge already merged cells');
    const refusal = loadXlsx(file);
    await expect(refusal).rejects.toBeInstanceOf(XlsxError);
    await expect(refusal).rejects.toMatchObject({ kind: 'unreadable' });
    await expect(refusal).rejects.toThrow(`the workbook is not a readable .xlsx workbook (Cannot merge already merged cells: ${named} overlap on sheet "Data").`);
  });

  it('says which merges overlap through `smart-goals report`, writing nothing', async () => {
    const input = path.join(dir, 'overlap.xlsx');
    writeFileSync(input, await withExtraMerges(await dataWorkbook(['A1:B2']), ['B2:C3']));
    const errors: string[] = [];
    const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    try {
      expect(await runReport([input, '--out', path.join(dir, 'overlap.smart.xlsx'), '--today', '2026-11-26'])).not.toBe(0);
    } finally {
      error.mockRestore();
    }
    expect(errors.join('\n')).toContain('A1:B2 and B2:C3 overlap on sheet "Data"');
  });

  it('reads n merges with no exceljs overlap test and at most one sweep test each', async () => {
    const testsToRead = async (rows: number): Promise<{ exceljs: number; sweep: number; merges: number }> => {
      const { emulator, sheet } = setup();
      sheet.insertRowsAfter(sheet.getMaxRows(), rows);
      sheet.getRange(1, 1, rows, 2).setValue('x');
      // The report's rows merged across B–G, beside a column merged down their whole height: every row crosses it.
      sheet.getRange(1, 1, rows, 1).merge();
      sheet.getRange(1, 2, rows, 6).mergeAcross();
      const buffer = await toXlsxBuffer(emulator);
      const exceljs = jest.spyOn(ExcelRange.prototype, 'intersects');
      const sweep = jest.spyOn(a1, 'rectsIntersect');
      try {
        const loaded = (await loadXlsx(buffer)).spreadsheet.getSheets()[0];
        const counts = { exceljs: exceljs.mock.calls.length, sweep: sweep.mock.calls.length };
        return { ...counts, merges: loaded.getRange(1, 1, rows, 7).getMergedRanges().length };
      } finally {
        exceljs.mockRestore();
        sweep.mockRestore();
      }
    };
    const small = await testsToRead(250);
    const large = await testsToRead(1000);
    expect(small.merges).toBe(251);
    expect(large.merges).toBe(1001);
    // exceljs tested each merge against every earlier one (31,375 then 500,500 tests: 16× for 4× the merges).
    expect(small.exceljs).toBe(0);
    expect(large.exceljs).toBe(0);
    // The sweep tests each row's merge against the tall one beside it, once (the first row's two enter untested).
    expect(small.sweep).toBeGreaterThanOrEqual(249);
    expect(large.sweep).toBeLessThanOrEqual(1001);
  });
});
