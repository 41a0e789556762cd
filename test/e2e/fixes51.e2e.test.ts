/**
 * fixes51, the wizard's target step in a real browser, EN and FR:
 * - on 3 December with a MONTHLY KPI, the deadline proposed is the end of January (the next whole month after today
 *   and the latest data), not the end of December 4 days away;
 * - the date field follows the BROWSER's order (mm/dd/yyyy in an en-US Chrome): a date typed that way is spelled out
 *   beside it in the ADD-ON's locale (« Soit le 15 mars 2027. » for a French user in an en-US browser, "That is Mar 15,
 *   2027." for an en_US sheet in a browser whose page locale is French), read out with the field;
 * - "per month" on WEEKLY costs: offered for a decrease (not to hold a level), it says the latest whole month's total,
 *   and the baseline pre-filled follows it (back on the baseline step: the month's total, said so).
 */
import type { Browser, Frame } from 'playwright-core';
import { back, describedBy, launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TODAY = '2026-12-03';

/** Monthly rows dated the 1st, January 2025 → November 2026, and Monday-dated weekly costs, 29 Sep 2025 → 30 Nov 2026. */
function addTabs(preview: PreviewPage['preview'], lang: 'en' | 'fr'): void {
  const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const monthly: Array<Array<string | number | Date>> = [[lang === 'fr' ? 'Mois' : 'Month', lang === 'fr' ? 'Abonnés' : 'Subscribers']];
  for (let m = 0; m < 23; m++) monthly.push([new Date(Date.UTC(2025, m, 1)), 400 + 12 * m + (m % 3) * 5]);
  const subscribers = ss.insertSheet(lang === 'fr' ? 'Abonnés' : 'Subscribers');
  subscribers.getRange(1, 1, monthly.length, 2).setValues(monthly);
  const weekly: Array<Array<string | number | Date>> = [[lang === 'fr' ? 'Semaine' : 'Week', lang === 'fr' ? 'Coûts' : 'Costs']];
  for (let w = 0; w < 62; w++) weekly.push([new Date(Date.UTC(2025, 8, 29 + 7 * w)), 12_000 + ((w * 37) % 11) * 150]);
  const costs = ss.insertSheet(lang === 'fr' ? 'Coûts' : 'Costs');
  costs.getRange(1, 1, weekly.length, 2).setValues(weekly);
}

async function open(lang: 'en' | 'fr', browserLocale: string): Promise<PreviewPage> {
  return openPreview(browser, { locale: lang === 'fr' ? 'fr_FR' : 'en_US', workbook: 'example', today: TODAY, browserLocale, prepare: (preview) => addTabs(preview, lang) });
}

async function toTarget(frame: Frame, card: RegExp): Promise<void> {
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { has: frame.locator('.series-name', { hasText: card }) }).first().click();
  await next(frame);
  await next(frame);
  await frame.waitForSelector('input[name="deadline"]');
}

/** Types a date into the focused date field the browser's way: its segments in the browser's order, digits only. */
async function typeDate(view: PreviewPage, frame: Frame, digits: string): Promise<void> {
  await frame.focus('input[name="deadline"]');
  await view.page.keyboard.type(digits);
}


describe.each([
  // Headless Chromium lays its date field out by its UI language (en-US here: month, day, year), not by the page's
  // emulated locale: both rows type month first; the second's page says it is French (navigator.language) all the same.
  ['en', 'fr-FR', '03152027', /^Subscribers$/, 'End of next month (Jan 31, 2027)', 'That is Jan 31, 2027.', 'That is Mar 15, 2027.'],
  ['fr', 'en-US', '03152027', /^Abonnés$/, 'Fin du mois prochain (31 janv. 2027)', 'Soit le 31 janv. 2027.', 'Soit le 15 mars 2027.'],
] as const)('the target step (%s add-on, %s browser)', (lang, browserLocale, typed, card, presetLabel, proposedHint, typedHint) => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await open(lang, browserLocale);
  });
  afterAll(async () => view?.close());

  it('proposes the end of the next whole month on 3 December for a monthly KPI, and spells a date typed in the browser’s order in the add-on’s', async () => {
    const frame = await view.sidebar();
    await toTarget(frame, card);
    expect(await frame.inputValue('input[name="deadline"]')).toBe('2027-01-31');
    const chosen = await frame.inputValue('select[name="deadlinePreset"]');
    const preset = await frame.locator(`select[name="deadlinePreset"] option[value="${chosen}"]`).textContent();
    expect(preset).toBe(presetLabel);
    expect(await describedBy(frame, 'input[name="deadline"]')).toBe(proposedHint);
    expect(await view.page.evaluate(() => (globalThis as unknown as { navigator: { language: string } }).navigator.language)).toBe(browserLocale);
    // The browser's own order, whatever the add-on's locale.
    await typeDate(view, frame, typed);
    expect(await frame.inputValue('input[name="deadline"]')).toBe('2027-03-15');
    expect(await describedBy(frame, 'input[name="deadline"]')).toBe(typedHint);
    expect(await frame.getAttribute('input[name="deadline"]', 'aria-invalid')).toBe('false');
    expect(await frame.inputValue('select[name="deadlinePreset"]')).toBe('custom');
    await view.screenshot(`fixes51-${lang}-deadline`);
    expect(view.problems).toEqual([]);
  });

  it('offers "per month" for a decrease of weekly costs, says the latest whole month, and the baseline follows it', async () => {
    const frame = await view.sidebar();
    await back(frame);
    await back(frame);
    await toTarget(frame, lang === 'fr' ? /^Coûts$/ : /^Costs$/);
    const field = frame.locator('select[name="targetPeriod"]');
    await frame.selectOption('select[name="direction"]', 'maintain');
    expect(await field.isVisible()).toBe(false);
    await frame.selectOption('select[name="direction"]', 'decrease');
    expect(await field.isVisible()).toBe(true);
    await frame.selectOption('select[name="targetPeriod"]', 'month');
    const hint = await describedBy(frame, 'select[name="targetPeriod"]');
    const month = lang === 'fr' ? /Dernier mois\u202f: novembre 2026 — (\d{2}\u202f\d{3})\u00a0€\.$/ : /Latest month: November 2026 — \$(\d{2},\d{3})\.$/;
    expect(hint).toMatch(month);
    const total = month.exec(hint)![1];
    const digits = (text: string) => text.replace(/\D/g, '');
    await frame.fill('input[name="target"]', '40000');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    await view.screenshot(`fixes51-${lang}-per-month-decrease`);
    // Back on the baseline step: November's total, said as such (not the latest week's).
    await back(frame);
    expect(digits(await frame.inputValue('input[name="baseline"]'))).toBe(digits(total));
    expect(await describedBy(frame, 'input[name="baseline"]')).toMatch(lang === 'fr' ? /^Prérempli avec le dernier mois \(novembre 2026\)/ : /^Pre-filled with the latest month \(November 2026\)/);
    // The whole time to the deadline again: costs add up (a total has no starting level), so the pre-fill goes.
    await next(frame);
    await frame.selectOption('select[name="targetPeriod"]', '');
    await back(frame);
    expect(await frame.inputValue('input[name="baseline"]')).toBe('');
    expect(await describedBy(frame, 'input[name="baseline"]')).toMatch(lang === 'fr' ? /^Cet indicateur s’additionne dans le temps/ : /^This KPI adds up over time/);
    expect(view.problems).toEqual([]);
  });
});
