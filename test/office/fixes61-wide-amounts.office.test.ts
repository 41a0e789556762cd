/**
 * fixes61: LibreOffice printed "###" for a ₹7,500,000,000 target in the plan report — its column, sized for the widest
 * bold header word and a date, was too narrow for the amount. The report's columns now make room for the widest value
 * each one shows, as its format writes it (core/plan/text-width.ts, the one Arial width model): the CLI's report of
 * goals with large amounts in $ (en_US), € (fr_FR) and ₹ (en_IN), converted to PDF by headless soffice, shows no "###".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { runReport } from '../../src/local/cli/report';
import { convertWithSoffice } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-fixes61-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const CASES = [
  { locale: 'en_US', lang: 'en', format: '"$"#,##0', goals: ['ID', 'Goal', 'KPI'], statement: (amount: string) => `Grow monthly revenue to $${amount} by March 31, 2027`, amounts: ['7,500,000,000', '98,765,432,100'] },
  { locale: 'fr_FR', lang: 'fr', format: '#,##0\\ "€"', goals: ['ID', 'Objectif', 'Indicateur'], statement: (amount: string) => `Porter le chiffre d’affaires mensuel à ${amount} € d’ici le 31 mars 2027`, amounts: ['7 500 000 000', '98 765 432 100'] },
  { locale: 'en_IN', lang: 'en', format: '[$₹-4009]#,##,##0', goals: ['ID', 'Goal', 'KPI'], statement: (amount: string) => `Grow monthly revenue to ₹${amount} by March 31, 2027`, amounts: ['7,500,000,000', '98,765,432,100'] },
] as const;

it.each(CASES)('$locale: a report of large amounts prints them, never "###"', async ({ locale, lang, format, goals, statement, amounts }) => {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, firstSheetName: lang === 'fr' ? 'Objectifs' : 'Goals' });
  const spreadsheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  spreadsheet.getSheets()[0].getRange(1, 1, 3, 3).setValues([[...goals], ['G1', statement(amounts[0]), 'Revenue'], ['G2', statement(amounts[1]), 'Revenue']]);
  const revenue = spreadsheet.insertSheet('Revenue');
  // Months typed as ISO dates (a date cell, no time of day: a date-time is wider than the tab's default column).
  const history = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10), 4_000_000 + 40_000 * i + (i % 3) * 150_000]);
  revenue.getRange(1, 1, 25, 2).setValues([['Month', 'Revenue'], ...history] as never);
  revenue.getRange(2, 2, 24, 1).setNumberFormat(format);
  const source = path.join(work, `${locale}-source.xlsx`);
  await saveXlsx(emulator, source);
  const out = path.join(work, `${locale}.xlsx`);
  expect(await runReport([source, '--today', '2026-11-26', '--lang', lang, '--locale', locale, '--out', out])).toBe(0);
  convertWithSoffice(work, 'pdf', [out], work, 300_000);
  const text = execFileSync(PDFTOTEXT, ['-layout', path.join(work, `${locale}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // The report printed (its title), and every amount in it.
  expect(text).toMatch(lang === 'fr' ? /Plan des objectifs SMART/ : /SMART goals plan/);
  expect(text).not.toContain("###");
});
