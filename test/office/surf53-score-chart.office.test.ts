/**
 * surf53 a: a satisfaction score's chart in the plan report, opened in LibreOffice (headless soffice, xlsx → PDF): the
 * chart data table shows the score's digits (4.14, target 4.6; it showed 4 and 5) and the chart's cached series hold the
 * same values under the same format, so the chart LibreOffice draws and the table beside it agree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { addSheet, monthlyRows } from '../gas/workbook/harness';
import { convertWithSoffice } from './soffice';

const work = mkdtempSync(path.join(tmpdir(), 'smart-office-score-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CSAT = Array.from({ length: 24 }, (_, i) => Math.round((3.9 + (i % 5) * 0.05 + i * 0.004) * 100) / 100);

it('the score chart’s table and its cached series agree, at the score’s digits', async () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' });
  addSheet(emulator, 'CSAT score', monthlyRows('CSAT score', CSAT)).getRange(2, 2, 24, 1).setNumberFormat('0.0');
  const goals = (emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheets()[0];
  goals.setName('Goals');
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Raise CSAT score to 4.6 by June 30, 2027', 'CSAT score']]);
  for (const name of ['checkGoals', 'menuGeneratePlanReport']) emulator.runExecution(() => addon.call(name));
  const xlsx = path.join(work, 'csat.xlsx');
  await saveXlsx(emulator, xlsx);
  convertWithSoffice(work, 'pdf', [xlsx], work, 300_000);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', path.join(work, 'csat.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const latest = CSAT[CSAT.length - 1];
  expect(text).toMatch(new RegExp(`11/1/2026\\s+${latest}\\s+${latest}\\s+${latest}\\s+${latest}\\s+4\\.6\\b`));
  const chart = execFileSync('unzip', ['-p', xlsx, 'xl/charts/chart1.xml'], { encoding: 'utf8' });
  const caches = [...chart.matchAll(/<c:val>.*?<c:formatCode>(.*?)<\/c:formatCode>(.*?)<\/c:numCache>/gs)].map((m) => [m[1], [...m[2].matchAll(/<c:v>(.*?)<\/c:v>/g)].map((v) => Number(v[1]))] as const);
  expect(caches.map(([format]) => format)).toEqual(caches.map(() => '#,##0.0#'));
  expect(caches[0][1]).toEqual(CSAT);
  expect(caches.at(-1)![1].every((v) => v === 4.6)).toBe(true);
});
