/**
 * fixes22 S2: an English plan report written for an en_US manager opens in LibreOffice with US dates (11/26/2026), not
 * ISO: the preview's "Download .xlsx" after a plan report in an en_US sheet, converted to PDF by headless soffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PreviewSession } from '../../src/local/preview/session';
import { convertWithSoffice } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-dates-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('an en_US report’s date cells print month first in LibreOffice, and no ISO date is left in its cells', async () => {
  const session = await PreviewSession.open({ workbook: 'example', locale: 'en_US', today: '2026-11-26' });
  session.runMenu('menuGeneratePlanReport');
  const xlsx = path.join(work, 'report-en-us.xlsx');
  writeFileSync(xlsx, await session.toXlsx());
  convertWithSoffice(work, 'pdf', [xlsx], work, 300_000);
  const pages = execFileSync(PDFTOTEXT, ['-layout', path.join(work, 'report-en-us.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .filter((page) => page.includes('SMART goals plan'));
  const text = pages.join('\n');
  expect(pages.length).toBeGreaterThan(1);
  // The goals' deadlines (G1 and G2: March 31, 2027) and the timeline's dates, as an en_US manager reads them.
  expect(text).toMatch(/\b3\/31\/2027\b/);
  expect(text).toContain('SMART goals plan — November 26, 2026');
  expect(text.match(/\b20\d\d-\d\d-\d\d\b/g) ?? []).toEqual([]);
});
