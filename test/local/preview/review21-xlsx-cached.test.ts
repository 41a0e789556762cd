/**
 * Review 21, finding 7: the preview's "Download .xlsx" wrote our formula cells without cached values — the emulator
 * does not run custom functions — so LibreOffice, which does not recalculate an .xlsx on load by default and has no
 * SMARTSCORE, showed #NAME?. The file now caches in each formula cell the value the preview shows, a Date as a date.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createEmulator, saveXlsx, toXlsxBuffer } from '../../../src/local/emulator';
import { PreviewSession } from '../../../src/local/preview/session';
import { scratchDir } from '../../support/scratch';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('the preview’s .xlsx caches what the preview shows', () => {
  it('a custom function’s number and text, with their formulas kept', async () => {
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr_FR', timeZone: 'Europe/Paris', firstSheetName: 'Objectifs' });
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Objectifs');
    sheet?.getRange(1, 1, 2, 3).setValues([
      ['Objectif', 'Score', 'Vérification'],
      ['Porter le taux de conclusion de 25 % à 30 % d’ici le 31 mars 2027', '=SMARTSCORE(A2)', '=SMARTCHECK(A2, DATE(2026,12,3))'],
    ]);
    const file = path.join(scratchDir('smart-goals-preview-xlsx-'), 'goals.xlsx');
    await saveXlsx(emulator, file);
    const session = await PreviewSession.open({ workbook: file });
    const shown = session.state().sheets.find((s) => s.name === 'Objectifs')!.rows[1].map((cell) => cell.text);
    const workbook = await readBack(await session.toXlsx());
    const row = workbook.getWorksheet('Objectifs')!.getRow(2);
    const score = row.getCell(2).value as ExcelJS.CellFormulaValue;
    const check = row.getCell(3).value as ExcelJS.CellFormulaValue;
    expect(score.formula).toBe('SMARTSCORE(A2)');
    expect(typeof score.result).toBe('number');
    expect(String(score.result)).toBe(shown[1]);
    expect(check.formula).toMatch(/^SMARTCHECK\(A2/);
    expect(check.result).toBe(shown[2]);
    expect(String(check.result)).toMatch(/^SMART/);
  });

  it('a Date result is cached as a date, in the locale’s date format when the cell has none', async () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_GB', userLocale: 'en_GB', timeZone: 'Europe/London', firstSheetName: 'Goals' });
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals');
    sheet?.getRange(1, 1, 1, 2).setValues([['=SMARTPARSE(B1)', '=SMARTSCORE(B1)']]);
    const deadline = new Date(Date.UTC(2027, 2, 31));
    const buffer = await toXlsxBuffer(emulator, { cachedResult: (name, row, column) => (name === 'Goals' && row === 0 ? (column === 0 ? deadline : 75) : undefined) });
    const cell = (await readBack(buffer)).getWorksheet('Goals')!.getCell(1, 1);
    expect((cell.value as ExcelJS.CellFormulaValue).result).toEqual(deadline);
    expect(cell.numFmt).toMatch(/dd\/MM\/yyyy$/);
    // Near miss: a number stays a number, with no date format.
    const score = (await readBack(buffer)).getWorksheet('Goals')!.getCell(1, 2);
    expect((score.value as ExcelJS.CellFormulaValue).result).toBe(75);
    expect(score.numFmt ?? '').not.toMatch(/yy/);
  });
});
