/**
 * Review 18, in the browser: a custom function that throws shows `#ERROR!` in the preview's grid with its message as
 * the cell's tooltip, as Sheets shows it (the custom functions guide pairs them for the time limit: "the cell displays
 * #ERROR! and the cell note is Exceeded maximum execution time (line 0).", developers.google.com/apps-script/guides/
 * sheets/functions, Return values), and an `as_of` pointing at a cell computed from TODAY() stays "Loading..." (the
 * guide: "If a custom function tries to return a value based on one of these volatile built-in functions, it displays
 * Loading... indefinitely").
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { scratchDir } from '../support/scratch';
import { launchBrowser, openPreview } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('shows #ERROR! with the message on hover, and Loading... for an argument based on TODAY()', async () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', firstSheetName: 'Formulas' });
  const sheet = emulator.spreadsheet.getSheetByName('Formulas');
  sheet?.getRange(1, 1, 1, 4).setValues([['=SMARTSCORE(12)', '=TODAY()+90', '=SMARTSCORE("Raise the close rate to 30% by 31 December 2026", , B1)', '=ISERROR(A1)']]);
  const file = path.join(scratchDir('smart-goals-e2e-errors-'), 'errors.xlsx');
  await saveXlsx(emulator, file);
  const view = await openPreview(browser, { workbook: file });
  try {
    const cell = view.page.locator('table.grid td[data-cell="A1"]');
    expect(await cell.textContent()).toBe('#ERROR!');
    expect(await cell.getAttribute('title')).toBe('Error\nExpected text, got: 12');
    expect(await cell.getAttribute('class')).toContain('error');
    expect(await view.page.locator('table.grid td[data-cell="C1"]').textContent()).toBe('Loading...');
    expect(await view.page.locator('table.grid td[data-cell="D1"]').textContent()).toBe('TRUE');
    await view.screenshot('custom-function-errors');
    expect(view.problems).toEqual([]);
  } finally {
    await view.close();
  }
});
