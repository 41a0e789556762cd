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
import { loadXlsx, toXlsxBuffer, xlsxReadWarnings } from '../../../src/local/emulator';
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

/** `buffer` with `<mergeCell>` elements added to the first sheet's list, or a list made for them (a file another tool could write). */
async function withExtraMerges(buffer: Buffer, refs: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  const added = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('');
  // CT_Worksheet puts <mergeCells> after <sheetData> (ECMA-376 Part 1 §18.3.1.99); our writer writes nothing between.
  const edited = xml.includes('</mergeCells>') ? xml.replace('</mergeCells>', `${added}</mergeCells>`) : xml.replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${added}</mergeCells>`);
  expect(edited).not.toBe(xml);
  zip.file(part, edited);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Runs a CLI command with its console output captured: the exit code and the lines written to stderr. */
async function quietly(run: () => Promise<number>): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return { code: await run(), errors };
  } finally {
    error.mockRestore();
    log.mockRestore();
  }
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
    ['a corner inside the other', ['A1:B2'], ['B2:C3'], [['A1:B2', 'B2:C3']], ['A1:B2'], [[11, '', 13], ['', '', 23], [31, 32, 33]]],
    ['sharing a top-left cell', ['A1:B2'], ['A1:C1'], [['A1:B2', 'A1:C1']], ['A1:B2'], [[11, '', 13], ['', '', 23], [31, 32, 33]]],
    [
      'a tall merge listed after one inside it, far apart in the list',
      ['A4:B4', 'D1:D2'],
      ['C3:C4', 'A1:A10'],
      [['A4:B4', 'A1:A10']],
      ['A4:B4', 'C3:C4', 'D1:D2'],
      [[11, 12, 13], [21, 22, 23], [31, 32, 33]],
    ],
    ['the earlier one listed after in the sweep', ['C1:C4'], ['A2:D2', 'B3:B4'], [['C1:C4', 'A2:D2']], ['B3:B4', 'C1:C4'], [[11, 12, 13], [21, 22, ''], [31, 32, '']]],
  ])(
    'reads a file whose merges overlap (%s): the later in the file is skipped, its cells keep their values, both are named',
    async (_case, written, added, named, merged, values) => {
      const file = await withExtraMerges(await dataWorkbook(written), added);
      // exceljs by itself refused the file (its own test, unnamed): the reader read none of it before either.
      await expect(new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer)).rejects.toThrow('Cannot merge already merged cells');
      const emulator = await loadXlsx(file);
      const data = emulator.spreadsheet.getSheetByName('Data')!;
      expect(
        data
          .getRange('A1:J10')
          .getMergedRanges()
          .map((r) => r.getA1Notation())
          .sort(),
      ).toEqual(merged);
      expect(data.getRange('A1:C3').getValues()).toEqual(values);
      expect(xlsxReadWarnings(emulator)).toEqual(named.map(([kept, skipped]) => ({ tab: 'Data', kept, skipped })));
    },
  );

  it('names the merges by the refs the file writes (lower case as written), not as exceljs reads them', async () => {
    const emulator = await loadXlsx(await withExtraMerges(await dataWorkbook(['A1:B2']), ['b2:c3']));
    expect(xlsxReadWarnings(emulator)).toEqual([{ tab: 'Data', kept: 'A1:B2', skipped: 'b2:c3' }]);
  });

  it('says the skipped merge through `smart-goals report` in the run’s language and writes the report', async () => {
    const input = path.join(dir, 'overlap.xlsx');
    writeFileSync(input, await withExtraMerges(await dataWorkbook(['A1:B2']), ['B2:C3']));
    const { code, errors } = await quietly(() => runReport([input, '--out', path.join(dir, 'overlap.smart.xlsx'), '--today', '2026-11-26', '--lang', 'fr']));
    // The workbook has no goals tab: the run stops at Check goals, after the reader's warning.
    expect(errors).toContain('Onglet «\u202fData\u202f»\u202f: la fusion B2:C3 partage des cellules avec A1:B2, placée avant elle dans le fichier\u202f; B2:C3 est lue sans fusion, chaque cellule avec sa propre valeur.');
    expect(errors).not.toContain('Cannot merge');
    expect(code).toBe(1);
  });

  it('refuses `smart-goals report --in-place` on such a file, saying why, and leaves it as it was', async () => {
    const input = path.join(dir, 'overlap-in-place.xlsx');
    const file = await withExtraMerges(await dataWorkbook(['A1:B2']), ['B2:C3']);
    writeFileSync(input, file);
    const { code, errors } = await quietly(() => runReport([input, '--in-place', '--today', '2026-11-26', '--lang', 'en']));
    expect(code).toBe(1);
    expect(errors).toEqual([
      'Tab "Data": the merge B2:C3 shares cells with A1:B2, listed before it in the file; B2:C3 is read unmerged, each of its cells with its own value.',
      `Cannot modify ${input} in place: saving it would drop the merge skipped above. Use --out to write the result to another file.`,
    ]);
    expect(readFileSync(input).equals(file)).toBe(true);
  });

  it('reads a tab whose sheet id another tab shares as exceljs builds it: the dropped tab’s merges blank none of its cells', async () => {
    const { emulator, sheet } = setup();
    sheet.setName('First');
    sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    sheet.getRange('A1:B2').merge();
    sheet.getRange('B3:C3').merge();
    emulator.spreadsheet.insertSheet('Second').getRange('A1:C3').setValues([[11, 12, 13], [21, 22, 23], [31, 32, 33]]);
    const zip = await JSZip.loadAsync(await toXlsxBuffer(emulator));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const ids = [...workbookXml.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(2);
    // A third-party writer's mistake: both tabs given the first one's id.
    zip.file('xl/workbook.xml', workbookXml.replace(`sheetId="${ids[1]}"`, `sheetId="${ids[0]}"`));
    const file = await zip.generateAsync({ type: 'nodebuffer' });
    const { exceljs, reader, deferred } = await bothWays(file);
    expect(deferred).toBe(0);
    expect(reader).toEqual(exceljs);
    const loaded = (await loadXlsx(file)).spreadsheet;
    expect(loaded.getSheets().map((s) => s.getName())).toEqual(['Second']);
    expect(loaded.getSheetByName('Second')!.getRange('A1:C3').getValues()).toEqual([[11, 12, 13], [21, 22, 23], [31, 32, 33]]);
    expect(loaded.getSheetByName('Second')!.getRange('A1:C3').getMergedRanges()).toEqual([]);
  });

  it.each([
    ['a whole-column merge', 'M1:M1048576', 'M1:M1048576'],
    ['a whole-sheet merge', 'A1:XFD1048576', 'A1:XFD1048576'],
  ])('reads a 3-row sheet with %s, covered cells past the data left unmade, and writes the merge back as written', async (_case, ref, notation) => {
    const { emulator, sheet } = setup();
    sheet.setName('Data');
    sheet.getRange('A1:C3').setValues([[11, 12, 13], [21, 22, 23], [31, 32, 33]]);
    const file = await withExtraMerges(await toXlsxBuffer(emulator), [ref]);
    const loaded = await loadXlsx(file);
    const data = loaded.spreadsheet.getSheetByName('Data')!;
    expect(data.getMaxRows()).toBe(1048576);
    expect(data.getRange(1, 1, 3, 13).getMergedRanges().map((r) => r.getA1Notation())).toEqual([notation]);
    // The merge's first cell keeps its value; a whole-sheet merge covers B1, a whole-column one in M does not.
    expect(data.getRange('A1').getValue()).toBe(11);
    expect(data.getRange('B1').getValue()).toBe(ref === 'M1:M1048576' ? 12 : '');
    expect(xlsxReadWarnings(loaded)).toEqual([]);
    const again = await JSZip.loadAsync(await toXlsxBuffer(loaded));
    expect(await again.file('xl/worksheets/sheet1.xml')!.async('string')).toContain(`<mergeCell ref="${ref}"/>`);
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
    expect(small.sweep).toBeLessThanOrEqual(251);
    expect(large.sweep).toBeGreaterThanOrEqual(999);
    expect(large.sweep).toBeLessThanOrEqual(1001);
  });
});
