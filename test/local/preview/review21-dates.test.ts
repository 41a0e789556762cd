/**
 * Review 21: the preview showed every date of a non-French sheet as 2027-03-31 — typed dates, the plan report's dates
 * and a custom function's Date (SMARTPARSE's deadline), which it showed so in a French sheet too, beside typed dates
 * read 31/03/2027. Sheets shows a date cell in its format, and a custom function's Date is a date in Sheets (guide "Custom
 * Functions in Google Sheets", Data types), shown in an unformatted cell in the locale's default date format — the one
 * the emulator gives a typed date (`localeDateFormat`: 3/31/2027 in en_US, 31/03/2027 in fr_FR and en_GB).
 */
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../../src/local/emulator';
import { PreviewSession } from '../../../src/local/preview/session';
import { scratchDir } from '../../support/scratch';

async function grid(locale: string, typed: string): Promise<string[]> {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, timeZone: 'Europe/Paris', firstSheetName: 'Goals' });
  const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals');
  // A header row as wide as SMARTPARSE's answer, so the grid shows the cells it spills into.
  sheet?.getRange(1, 1, 2, 9).setValues([
    ['Goal', 'Deadline', 'KPI', 'Direction', 'Baseline', 'Target', 'Deadline', 'Cadence', 'Notes'],
    ['Raise the close rate to 30% by 31 March 2027', typed, '=SMARTPARSE(A2, DATE(2026,12,3))', '', '', '', '', '', ''],
  ]);
  const file = path.join(scratchDir('smart-goals-preview-dates-'), `${locale}.xlsx`);
  await saveXlsx(emulator, file);
  const session = await PreviewSession.open({ workbook: file });
  return (session.state().sheets.find((s) => s.name === 'Goals')?.rows[1] ?? []).map((cell) => cell.text);
}

describe('dates in the preview grid, as Sheets shows them', () => {
  it.each([
    ['en_US', '3/31/2027', '3/31/2027'],
    ['fr_FR', '31/03/2027', '31/03/2027'],
    ['en_GB', '31/03/2027', '31/03/2027'],
  ])('%s: a typed date and SMARTPARSE’s deadline in the locale’s order', async (locale, typed, shown) => {
    const row = await grid(locale, typed);
    expect(row[1]).toBe(shown);
    // SMARTPARSE: KPI, direction, baseline, target, deadline, cadence.
    expect(row[2 + 4]).toBe(shown);
    // Near miss: the ISO form is not what a sheet of these locales shows.
    expect(row).not.toContain('2027-03-31');
  });
});
