/**
 * fixes32 K7 (review 10, F19): a French workbook's rates open in LibreOffice with the French space before the per-cent
 * sign — the Goals tab's check columns (Suggested target, Probability) written by Check goals and the example's KPI
 * tabs — as the report's formats do (« 30,8 % », not "30,8%"): the preview's .xlsx converted to PDF by headless soffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PreviewSession } from '../../src/local/preview/session';
import { convertWithSoffice } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-percent-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('fr_FR: the suggested target and the KPI tabs’ rates print « 30,8 % » with the gap', async () => {
  const session = await PreviewSession.open({ workbook: 'example', locale: 'fr_FR', today: '2026-11-26' });
  session.runMenu('menuCheckGoals');
  const xlsx = path.join(work, 'goals-fr.xlsx');
  writeFileSync(xlsx, await session.toXlsx());
  convertWithSoffice(work, 'pdf', [xlsx], work, 300_000);
  const text = execFileSync(PDFTOTEXT, ['-layout', path.join(work, 'goals-fr.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // G2's suggested target (30,8 %) and G3's (40,4 %), the close-rate tab's first week (24,3 %).
  for (const value of ['30,8', '40,4', '24,3']) {
    expect(text).toMatch(new RegExp(`${value}[ \\u00a0\\u202f]%`));
    expect(text).not.toMatch(new RegExp(`${value}%`));
  }
});
