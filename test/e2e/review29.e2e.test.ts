/**
 * Review 29 (issue 11, "Stock vs flow"), in a real browser on the example workbook: the target step of a stock read as a
 * level — the weekly Pipeline value, the monthly Average deal size — offers no "Amount per" (a month of weekly pipeline
 * values summed is no amount of anything: it offered "month" with the sum as the latest month's total); Revenue, an
 * amount recorded per month, still offers the quarter and the year.
 */
import type { Browser, Frame } from 'playwright-core';
import { launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;
let view: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  view = await openPreview(browser, { locale: 'en_US', workbook: 'example', today: '2026-11-26' });
});

afterAll(async () => {
  await view?.close();
  await browser?.close();
});

/** The periods the target step's "Amount per" offers for a KPI card, [] when the field is hidden. */
async function amountPer(name: string): Promise<string[]> {
  const frame: Frame = await view.sidebar();
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { hasText: name }).first().click();
  await next(frame);
  await next(frame);
  await frame.waitForSelector('input[name="target"]');
  const select = frame.locator('select[name="targetPeriod"]');
  const shown = (await select.count()) > 0 && (await select.isVisible());
  const options = shown ? await select.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? '').filter((v) => v !== '')) : [];
  // Back to the KPI step for the next card.
  await frame.click('form.step .footer button.btn-secondary');
  await frame.click('form.step .footer button.btn-secondary');
  return options;
}

it('a stock read as a level has no "Amount per"; revenue keeps it', async () => {
  expect(await amountPer('Pipeline value')).toEqual([]);
  expect(await amountPer('Average deal size')).toEqual([]);
  expect(await amountPer('Revenue')).toEqual(['quarter', 'year']);
  expect(view.problems).toEqual([]);
});
