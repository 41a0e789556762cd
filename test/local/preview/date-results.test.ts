/**
 * Date results in the preview, as Sheets shows them (review20, d and f).
 * - A formula whose result is a date shows a date: TODAY "Returns the current date as a date value", DATE "Converts a
 *   year, month, and day into a date" (Docs Editors Help, support.google.com/docs/answer/3092984); `=TODAY()+90` showed
 *   its serial number (46447) in the preview where Sheets shows a date.
 * - A custom function's Date is a date value of the sheet, the day it shows in the spreadsheet's zone ("Times and dates
 *   in Sheets become Date objects in Apps Script", custom functions guide, developers.google.com/apps-script/guides/
 *   sheets/functions, *Data types*; the emulator's setValue model of a script's Date): SMARTPARSE's deadline was text
 *   ("2026-12-31"), so `=G2+30` beside it was #VALUE!, and a date a function built at another zone's midnight showed
 *   the UTC day.
 */
import path from 'node:path';
import { isoToSerial } from '../../../src/core/dates';
import { createEmulator, saveXlsx } from '../../../src/local/emulator';
import { dateToSerial } from '../../../src/local/emulator/values';
import { evaluateSheets } from '../../../src/local/preview/formulas';
import { PreviewSession } from '../../../src/local/preview/session';
import { scratchDir } from '../../support/scratch';

describe('date results in the preview', () => {
  it('marks date-typed results (DATE, a date plus days, EDATE, a custom function’s Date) and not a difference of dates', () => {
    const { values, dates } = evaluateSheets(
      [{ name: 'S', cells: [['=DATE(2026,6,30)', '=A1+90', '=B1-A1', '=EDATE(A1,3)', '=REALISTICTARGET("x", "y")', '=E1+1', '=A1*1+0']] }],
      () => new Date(Date.UTC(2026, 11, 31)),
      {},
      { dateResult: dateToSerial },
    );
    expect(values[0][0].slice(0, 6)).toEqual([isoToSerial('2026-06-30'), isoToSerial('2026-09-28'), 90, isoToSerial('2026-09-30'), isoToSerial('2026-12-31'), isoToSerial('2027-01-01')]);
    expect([...dates[0]].sort()).toEqual(['0:0', '0:1', '0:3', '0:4', '0:5', '0:6']);
  });

  it('a custom function’s Dates in a spilled row are dates of the sheet, read in its zone', () => {
    // Midnight of 31 December 2026 in Tokyo is 30 December 15:00 UTC: the day shown is the sheet's.
    const tokyoMidnight = new Date(Date.UTC(2026, 11, 30, 15));
    const { values, dates } = evaluateSheets([{ name: 'S', cells: [['=SMARTPARSE("x")', '', '']] }], () => [['Churn', tokyoMidnight, 3]], {}, { dateResult: () => isoToSerial('2026-12-31') });
    expect(values[0][0].slice(0, 3)).toEqual(['Churn', isoToSerial('2026-12-31'), 3]);
    expect([...dates[0]]).toEqual(['0:1']);
  });

  it('the grid shows =TODAY()+90 and SMARTPARSE’s deadline as dates, and computes with the deadline (Tokyo sheet)', async () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', timeZone: 'Asia/Tokyo', firstSheetName: 'Goals' });
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals');
    // H1 holds a note, so the grid is wide enough for SMARTPARSE's six columns (B1:G1).
    sheet?.getRange(1, 1, 1, 8).setValues([['Raise the close rate to 30% by 31 December 2026', '=SMARTPARSE(A1, DATE(2026,11,26))', '', '', '', '', '', 'note']]);
    sheet?.getRange(2, 1, 1, 4).setValues([['=DATE(2026,11,26)+90', '=F1+30', '=F1-DATE(2026,11,26)', '=TODAY()+90']]);
    const file = path.join(scratchDir('smart-goals-preview-dates-'), 'dates.xlsx');
    await saveXlsx(emulator, file);

    const session = await PreviewSession.open({ workbook: file, today: '2026-11-26' });
    const rows = session.state().sheets.find((s) => s.name === 'Goals')?.rows ?? [];
    // SMARTPARSE's row: KPI, direction, baseline, target, deadline (F1), cadence.
    // In the locale's default date format (review 21): m/d/yyyy in en_US.
    expect(rows[0][5]?.text).toBe('12/31/2026');
    expect(rows[1].slice(0, 4).map((cell) => cell.text)).toEqual(['2/24/2027', '1/30/2027', '35', expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4}$/)]);
  });
});
