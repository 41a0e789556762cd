/**
 * fixes56, item 5 — the preview's Download .xlsx cached an array result's first cell only: `=SMARTSCORE(A2:A4)` showed
 * its score in B2 and empty cells below it in LibreOffice (which does not recalculate an .xlsx on load by default). The
 * cells the result fills now hold its values, plain, the formula in its own cell with its cached first value. Not an
 * array formula (OOXML `<f t="array" ref="B2:B4">`, exceljs `shareType: 'array'`): LibreOffice recalculates those on
 * load and showed #NAME? in all three cells. Read back by the emulator (the preview, the CLI), the filled cells are the
 * formula's results again, not data (the file's state part lists them).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createEmulator, loadXlsx, saveXlsx } from '../../../src/local/emulator';
import { PreviewSession } from '../../../src/local/preview/session';
import { scratchDir } from '../../support/scratch';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const GOALS = [
  'Raise the close rate from 25% to 30% by March 31, 2027',
  'Increase revenue by 10%',
  'Reduce churn from 45% to 20% by June 30, 2027',
];

async function session(): Promise<{ preview: PreviewSession; dir: string }> {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', firstSheetName: 'Goals' });
  const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals');
  sheet?.getRange(1, 1, 4, 3).setValues([
    ['Goal', 'Score', 'Check'],
    [GOALS[0], '=SMARTSCORE(A2:A4)', '=SMARTCHECK(A2, DATE(2026,12,3))'],
    [GOALS[1], '', ''],
    [GOALS[2], '', ''],
  ]);
  const dir = scratchDir('smart-goals-preview-spill-');
  const file = path.join(dir, 'goals.xlsx');
  await saveXlsx(emulator, file);
  return { preview: await PreviewSession.open({ workbook: file }), dir };
}

describe('the preview’s .xlsx caches every cell an array result fills', () => {
  it('SMARTSCORE(A2:A4): B2 keeps its formula, B2:B4 each the score the preview shows', async () => {
    const { preview } = await session();
    const shown = preview.state().sheets.find((s) => s.name === 'Goals')!.rows.slice(1, 4).map((row) => row[1].text);
    expect(shown.every((text) => /^\d+$/.test(text))).toBe(true);
    const sheet = (await readBack(await preview.toXlsx())).getWorksheet('Goals')!;
    const anchor = sheet.getCell('B2').value as ExcelJS.CellFormulaValue & { shareType?: string };
    expect(anchor.formula).toBe('SMARTSCORE(A2:A4)');
    expect(anchor.shareType).toBeUndefined();
    expect(String(anchor.result)).toBe(shown[0]);
    expect([sheet.getCell('B3').value, sheet.getCell('B4').value].map(String)).toEqual(shown.slice(1));
    // Near miss: a one-cell result stays a plain formula with its cached value.
    const single = sheet.getCell('C2').value as ExcelJS.CellFormulaValue & { shareType?: string };
    expect(single.shareType).toBeUndefined();
    expect(String(single.result)).toMatch(/^SMART|^To fix/);
    expect(sheet.getCell('C3').value).toBeNull();
  });

  it('read back, the cells the array fills are its results, not data: the preview shows the same scores', async () => {
    const { preview, dir } = await session();
    const file = path.join(dir, 'downloaded.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, await preview.toXlsx());
    const emulator = await loadXlsx(file);
    const goals = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals')!;
    expect(goals.getRange('B2').getFormula()).toBe('=SMARTSCORE(A2:A4)');
    expect(goals.getRange('B3:B4').getValues()).toEqual([[''], ['']]);
    const reopened = await PreviewSession.open({ workbook: file });
    const scores = (s: PreviewSession): string[] => s.state().sheets.find((x) => x.name === 'Goals')!.rows.slice(1, 4).map((row) => row[1].text);
    expect(scores(reopened)).toEqual(scores(preview));
  });
});
