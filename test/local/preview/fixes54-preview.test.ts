/**
 * Fixes 54 in the preview grid.
 * - A date-time result shows its time: NOW() "Returns the current date and time as a date value" (Docs Editors Help,
 *   NOW), and Sheets shows it as 12/3/2026 14:05:09 in en_US; the preview read the serial back as a day and showed
 *   12/3/2026. A date result (TODAY()+1) stays a date only.
 * - Numbers show in their sheet's locale: de_DE groups with "." and marks decimals with ","; the preview knew fr_FR and
 *   en_US only.
 * - A sheet past 100,000 rows is evaluated: the grid's width was Math.max(...one argument per row), a RangeError.
 */
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../../src/local/emulator';
import { evaluateSheets, type FormulaCell } from '../../../src/local/preview/formulas';
import { displayText, PreviewSession } from '../../../src/local/preview/session';
import { scratchDir } from '../../support/scratch';

async function firstRow(locale: string, formulas: string[]): Promise<string[]> {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, timeZone: 'Europe/Paris', firstSheetName: 'S' });
  const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('S');
  sheet?.getRange(1, 1, 1, formulas.length).setValues([formulas]);
  const file = path.join(scratchDir('smart-goals-preview-datetimes-'), `${locale}.xlsx`);
  await saveXlsx(emulator, file);
  const session = await PreviewSession.open({ workbook: file });
  return (session.state().sheets.find((s) => s.name === 'S')?.rows[0] ?? []).map((cell) => cell.text);
}

describe('date-time results in the preview', () => {
  it.each([
    ['en_US', '12/3/2026 14:05:09', '12/4/2026', /^\d{1,2}\/\d{1,2}\/\d{4}$/, /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/],
    ['fr_FR', '03/12/2026 14:05:09', '04/12/2026', /^\d{2}\/\d{2}\/\d{4}$/, /^\d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/],
  ])('%s: a date and time keeps its time, a date plus days stays a date', async (locale, dateTime, nextDay, dateOnly, withTime) => {
    const row = await firstRow(locale, ['=DATE(2026,12,3)+TIME(14,5,9)', '=DATE(2026,12,3)+1', '=NOW()', '=TODAY()+1']);
    expect(row.slice(0, 2)).toEqual([dateTime, nextDay]);
    expect(row[2]).toMatch(withTime);
    expect(row[3]).toMatch(dateOnly);
  });
});

describe('numbers in the sheet’s locale', () => {
  it('de_DE and en_GB number formats use their own separators', () => {
    expect(displayText(1234.5, '#,##0.00', 'de_DE')).toBe('1.234,50');
    expect(displayText(1234.5, '#,##0.00', 'en_GB')).toBe('1,234.50');
    // Near miss: the two locales the preview knew before are unchanged.
    expect(displayText(1234.5, '#,##0.00', 'en_US')).toBe('1,234.50');
    expect(displayText(1234.5, '#,##0.00', true)).toBe(displayText(1234.5, '#,##0.00', 'fr_FR'));
  });
});

describe('a long sheet', () => {
  it('evaluates a sheet of 150,000 rows (its width found without one argument per row)', () => {
    const cells: FormulaCell[][] = Array.from({ length: 150_000 }, (_, r) => [r + 1]);
    // The widest row is far down, past a shorter formula row.
    cells[0] = [1, '=A2*2'];
    cells[149_999] = [150_000, '', 'note'];
    const { values } = evaluateSheets([{ name: 'S', cells }], () => '', {});
    expect(values[0]).toHaveLength(150_000);
    expect(values[0][0]).toEqual([1, 4, '']);
    expect(values[0][149_999]).toEqual([150_000, '', 'note']);
  });
});
