/**
 * fixes56, item 5: a spilled `=SMARTSCORE(A2:A4)` in the preview's .xlsx opens in LibreOffice with every score, not the
 * first one over empty cells (nor #NAME?, which an array formula gave: LibreOffice recalculates those on load). The
 * preview's .xlsx converted to CSV by headless soffice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { PreviewSession } from '../../src/local/preview/session';
import { convertWithSoffice } from './soffice';

const work = mkdtempSync(path.join(tmpdir(), 'smart-office-spill-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('every cell of an array result shows its score in LibreOffice', async () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', firstSheetName: 'Goals' });
  const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Goals');
  sheet?.getRange(1, 1, 4, 2).setValues([
    ['Goal', 'Score'],
    ['Raise the close rate from 25% to 30% by March 31, 2027', '=SMARTSCORE(A2:A4)'],
    ['Increase revenue by 10%', ''],
    ['Reduce churn from 45% to 20% by June 30, 2027', ''],
  ]);
  const source = path.join(work, 'source.xlsx');
  await saveXlsx(emulator, source);
  const session = await PreviewSession.open({ workbook: source });
  const shown = session.state().sheets.find((s) => s.name === 'Goals')!.rows.slice(1, 4).map((row) => row[1].text);
  const xlsx = path.join(work, 'spill.xlsx');
  writeFileSync(xlsx, await session.toXlsx());
  convertWithSoffice(work, 'csv', [xlsx], work, 300_000);
  const rows = readFileSync(path.join(work, 'spill.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  expect(rows.map((row) => row.split(',').at(-1))).toEqual(shown);
  expect(shown.every((text) => /^\d+$/.test(text))).toBe(true);
});
