/**
 * surf60, item 1, in a real browser, EN and FR: the wizard's live check sends the Start its row will get (today, as an
 * ISO day: google.script.run carries no Dates), so a total over the rest of this week on a tab of weekly figures — four
 * days, Thu 26 – Sun 29 November 2026 — reads as Check goals will read the row: "insufficient data", no chance, and
 * ruling W1's sentence naming the window. Before, the page sent no Start and the panel said "on track".
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, next, openPreview } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TODAY = '2026-11-26';

describe.each([
  ['en', 'Deals won', 'The tab records the KPI by week, so a goal over part of a week (Nov 26, 2026 – Nov 29, 2026) cannot be judged from it.'],
  ['fr', 'Affaires gagnées', 'L’onglet relève le KPI par semaine\u202f: un objectif qui n’en couvre qu’une partie (du 26 au 29\u00a0nov. 2026) ne peut pas y être jugé.'],
] as const)('the rest of this week on weekly figures (%s)', (lang, header, sentence) => {
  it('reads "insufficient data" with W1’s sentence in the live panel, as Check goals reads the row', async () => {
    const view = await openPreview(browser, {
      locale: lang === 'fr' ? 'fr_FR' : 'en_US',
      workbook: 'example',
      today: TODAY,
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        const rows = [['Week', header], ...Array.from({ length: 60 }, (_, w) => [new Date(Date.UTC(2025, 8, 29 + 7 * w)), 20 + ((w * 7) % 11)])];
        ss.insertSheet('Weekly').getRange(1, 1, rows.length, 2).setValues(rows);
      },
    });
    try {
      const frame = await view.sidebar();
      await frame.waitForSelector('button.series-card');
      await frame.locator('button.series-card', { hasText: header }).first().click();
      await next(frame);
      await next(frame);
      await frame.fill('input[name="deadline"]', '2026-11-29');
      await frame.fill('input[name="target"]', '15');
      await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
      expect(await frame.getAttribute('.live-panel .verdict-line', 'data-verdict')).toBe('insufficient-data');
      const reasons = await frame.locator('.live-panel .reasons li').allTextContents();
      expect(reasons.map((r) => r.replace(/\u00a0/g, ' '))).toContain(sentence.replace(/\u00a0/g, ' '));
      expect(view.problems).toEqual([]);
    } finally {
      await view.close();
    }
  });
});
