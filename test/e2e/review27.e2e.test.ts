/**
 * Review 27, a sales manager in Munich: a de_DE spreadsheet (1.234,50 €, 31.03.2027) whose add-on speaks English (the
 * language rule: Settings, else the spreadsheet locale — de_DE is neither French nor English). In the wizard she types
 * amounts the way her sheet writes them: "180.000" is 180,000 € there, as a de_DE cell reads it — the field read it the
 * English way, 180 €, and the wizard judged a fall of revenue to 180 € instead of a rise to 180,000 €.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('de_DE sheet, English wizard: amounts read by the sheet’s locale', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, {
      locale: 'de_DE',
      workbook: 'example',
      today: '2026-11-26',
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        const sheet = ss.insertSheet('Umsatz');
        // Monthly, December 2024 to November 2026, about 160,000 € a month.
        const rows: Array<[string | Date, string | number]> = [['Monat', 'Umsatz']];
        for (let i = 0; i < 24; i += 1) rows.push([new Date(Date.UTC(2024, 11 + i, 1)), 140000 + 1000 * i + (i % 3) * 2500]);
        sheet.getRange(1, 1, rows.length, 2).setValues(rows);
        sheet.getRange(2, 2, rows.length - 1, 1).setNumberFormat('#,##0.00 [$€-407]');
      },
    });
  });
  afterAll(async () => view?.close());

  it('reads "180.000" in the target field as 180,000 €, as a de_DE cell reads it', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    await frame.locator('button.series-card', { hasText: 'Umsatz' }).first().click();
    await next(frame);
    await next(frame);
    await frame.fill('input[name="deadline"]', '2027-03-31');
    await frame.fill('input[name="target"]', '180.000');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    expect(await frame.getAttribute('input[name="target"]', 'aria-invalid')).toBe('false');
    expect((await frame.locator('.live-panel .reasons li').allTextContents()).join(' ')).toContain('Chance of reaching €180,000');
    for (let i = 0; i < 4; i += 1) await next(frame);
    await frame.waitForSelector('.criteria');
    // The tab shows cents (#,##0.00): a stated amount is written with at least the tab's precision (surf52's ruling b).
    expect(await frame.inputValue('textarea[name="statement"]')).toMatch(/^Increase .*to €180,000\.00 by /);
    expect(view.problems).toEqual([]);
  });
});
