/**
 * fixes59, item 7: the CLI's `report` wrote formula cells of our custom functions with no cached value, so LibreOffice
 * (no SMARTSCORE, no recalculation of an .xlsx on load) showed #NAME?. It now writes the values the preview's
 * "Download .xlsx" writes (one code path, src/local/preview/cached-results.ts): a CLI-written file converted to CSV by
 * headless soffice shows every score and progress, and no #NAME?.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { runReport } from '../../src/local/cli/report';
import { PreviewSession } from '../../src/local/preview/session';
import { convertWithSoffice } from './soffice';

const work = mkdtempSync(path.join(tmpdir(), 'smart-office-cli-cached-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a CLI-written report opens in LibreOffice with our functions’ values, as the preview shows them, and no #NAME?', async () => {
  // The formulas on a tab of their own, first (soffice converts the first tab to CSV); the goals they read on Goals.
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', firstSheetName: 'Scores' });
  const spreadsheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  spreadsheet.insertSheet('Goals').getRange(1, 1, 4, 3).setValues([
    ['Goal', 'Owner', 'Deadline'],
    ['Raise the close rate from 25% to 30% by March 31, 2027', 'Alice', '2027-03-31'],
    ['Increase revenue by 10%', 'Bob', '2027-06-30'],
    ['Reduce churn from 45% to 20% by June 30, 2027', 'Chloé', '2027-06-30'],
  ]);
  spreadsheet.getSheetByName('Scores')?.getRange(1, 1, 4, 3).setValues([
    ['Row', 'Score', 'Progress'],
    [2, '=SMARTSCORE(Goals!A2:A4)', '=GOALPROGRESS(100, 150, 120)'],
    [3, '', ''],
    [4, '', ''],
  ]);
  const source = path.join(work, 'source.xlsx');
  await saveXlsx(emulator, source);
  const out = path.join(work, 'cli.xlsx');
  expect(await runReport([source, '--today', '2026-11-26', '--lang', 'en', '--out', out])).toBe(0);
  // What the preview shows for the same file, the values the CLI must have cached.
  const session = await PreviewSession.open({ workbook: out });
  const goals = session.state().sheets.find((s) => s.name === 'Scores')!;
  const shown = goals.rows.slice(1, 4).map((row) => [row[1].text, row[2].text]);
  convertWithSoffice(work, 'csv', [out], work, 300_000);
  const csv = readFileSync(path.join(work, 'cli.csv'), 'utf8');
  expect(csv).not.toContain('#NAME?');
  const rows = csv.trim().split(/\r?\n/).slice(1, 4).map((row) => row.split(',').slice(1, 3));
  expect(rows).toEqual(shown.map(([score, progress]) => [score, progress]));
  expect(shown.every(([score]) => /^\d+$/.test(score))).toBe(true);
  expect(shown[0][1]).toBe('0.4');
});
