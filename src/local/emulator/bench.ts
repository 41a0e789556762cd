/**
 * `npm run bench -- emulator`: cost of the emulator itself on the sizes of the workbook bench
 * (2,000 goal rows; 40 KPI series × 3 years of weekly data), so add-on timings can be read
 * net of the stand-in. Figures are printed, never asserted.
 */
import { createEmulator } from './emulator';
import { loadXlsx, toXlsxBuffer } from './xlsx';
import { snapshotCells } from './snapshot';

function time<T>(label: string, body: () => T): T {
  const start = performance.now();
  const result = body();
  console.log(`  ${label.padEnd(48)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`);
  return result;
}

async function timeAsync<T>(label: string, body: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await body();
  console.log(`  ${label.padEnd(48)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`);
  return result;
}

export async function run(): Promise<void> {
  console.log('emulator (in-memory Apps Script)');
  const emulator = createEmulator();
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const goals = ss.insertSheet('Goals');
  const rows = 2001;
  const columns = 20;
  goals.insertRowsAfter(1000, rows - 1000);
  const data = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (r === 0 ? `Header ${c}` : c === 1 ? `Raise the close rate to ${25 + (r % 20)} % by the end of Q2` : (r * (c + 1)) / 7)),
  );
  time(`setValues ${rows}×${columns}`, () => goals.getRange(1, 1, rows, columns).setValues(data));
  time('getDataRange().getValues() ×10', () => {
    for (let i = 0; i < 10; i++) goals.getDataRange().getValues();
  });
  const kpi = ss.insertSheet('KPI');
  const weeks = 3 * 52;
  kpi.insertColumnsAfter(26, 15);
  const series = Array.from({ length: weeks }, (_, w) => [new Date(2023, 0, 2 + 7 * w), ...Array.from({ length: 40 }, (_, s) => 100 + s + Math.sin(w / 8) * 10)]);
  time(`KPI ${weeks}×41 setValues + getValues`, () => {
    kpi.getRange(1, 1, weeks, 41).setValues(series);
    kpi.getDataRange().getValues();
  });
  time('results: 8 columns values + backgrounds + notes', () => {
    goals.insertColumnsAfter(26, 8);
    const block = goals.getRange(2, 21, rows - 1, 8);
    block.setValues(Array.from({ length: rows - 1 }, (_, r) => [r % 100, 'pass', 'warn', 'fail', 'pass', 'unknown', 'realistic', 0.42]));
    block.setBackgrounds(Array.from({ length: rows - 1 }, (_, r) => new Array<string>(8).fill(r % 7 === 0 ? '#f4cccc' : '#ffffff')));
    block.setNotes(Array.from({ length: rows - 1 }, (_, r) => new Array<string>(8).fill(r % 7 === 0 ? 'flagged' : '')));
  });
  time('snapshotCells (whole workbook)', () => snapshotCells(emulator.spreadsheet));
  const buffer = await timeAsync('toXlsxBuffer', () => toXlsxBuffer(emulator));
  await timeAsync(`loadXlsx (${(buffer.length / 1024).toFixed(0)} KB)`, () => loadXlsx(buffer));
  console.log(`  service calls made by this bench: ${emulator.calls.total()}`);
}
