/**
 * fixes57, the wizard's target step in a real browser, EN and FR, under a fiscal year starting in FEBRUARY (Settings):
 * - a YEARLY KPI (one row per year) gets the end of its next whole period proposed, as a named preset ("End of next
 *   fiscal year (Jan 31, 2028)"), not "Another date…";
 * - "per quarter" on DAILY revenue says the latest whole FISCAL quarter (August–October 2026), named as the report names
 *   quarters, with the year the fiscal year ends in: "Q3 2027", « T3 2027 » — it said « juillet – septembre 2026 » and summed the calendar quarter.
 */
import type { Browser, Frame } from 'playwright-core';
import type { SettingsView } from '../../src/core/api';
import { back, describedBy, launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TODAY = '2026-12-03';

/** Daily revenue from 1 June 2024 to 2 December 2026 (100–106 a day by weekday), as [ISO date, value]. */
function dailyRows(): Array<[string, number]> {
  const rows: Array<[string, number]> = [];
  for (let t = Date.UTC(2024, 5, 1), i = 0; t < Date.UTC(2026, 11, 3); t += 86_400_000, i++) rows.push([new Date(t).toISOString().slice(0, 10), 100 + (i % 7)]);
  return rows;
}

function prepare(preview: PreviewPage['preview'], lang: 'en' | 'fr'): void {
  const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const yearly: Array<Array<string | number | Date>> = [[lang === 'fr' ? 'Année' : 'Year', lang === 'fr' ? 'Nouveaux clients' : 'New customers']];
  for (let y = 2018; y <= 2025; y++) yearly.push([new Date(Date.UTC(y, 0, 1)), 300 + 25 * (y - 2018)]);
  ss.insertSheet(lang === 'fr' ? 'Clients par an' : 'Customers by year').getRange(1, 1, yearly.length, 2).setValues(yearly);
  const daily: Array<Array<string | number | Date>> = [[lang === 'fr' ? 'Jour' : 'Day', lang === 'fr' ? 'Ventes du jour' : 'Daily sales']];
  for (const [date, value] of dailyRows()) daily.push([new Date(`${date}T00:00:00Z`), value]);
  const sheet = ss.insertSheet(lang === 'fr' ? 'Ventes quotidiennes' : 'Daily');
  sheet.getRange(1, 1, daily.length, 2).setValues(daily);
  const settings = preview.session.rpc('sidebarGetSettings', []) as SettingsView;
  preview.session.rpc('sidebarSaveSettings', [{ ...settings, fiscalYearStartMonth: 2 }]);
}

async function toTarget(frame: Frame, card: RegExp): Promise<void> {
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { has: frame.locator('.series-name', { hasText: card }) }).first().click();
  await next(frame);
  await next(frame);
  await frame.waitForSelector('input[name="deadline"]');
}


/** August–October 2026: the fiscal Q3 of a year starting in February. */
const fiscalQ3 = dailyRows()
  .filter(([date]) => date >= '2026-08-01' && date <= '2026-10-31')
  .reduce((a, [, v]) => a + v, 0);

describe.each([
  ['en', /^New customers$/, /^Daily sales$/, 'End of next fiscal year (Jan 31, 2028)', /Latest quarter: Q3 2027 — \$?([\d,]+)(?:\.\d+)?\.$/],
  ['fr', /^Nouveaux clients$/, /^Ventes du jour$/, 'Fin de l’exercice prochain (31 janv. 2028)', /Dernier trimestre\u202f: T3 2027 — ([\d\u202f]+)(?:,\d+)?(?:\u00a0€)?\.$/],
] as const)('the target step under a fiscal year from February (%s)', (lang, yearlyCard, dailyCard, presetLabel, quarterHint) => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: lang === 'fr' ? 'fr_FR' : 'en_US', workbook: 'example', today: TODAY, prepare: (preview) => prepare(preview, lang) });
  });
  afterAll(async () => view?.close());

  it('proposes the end of the next fiscal year for a yearly KPI, as a named preset', async () => {
    const frame = await view.sidebar();
    await toTarget(frame, yearlyCard);
    expect(await frame.inputValue('input[name="deadline"]')).toBe('2028-01-31');
    const chosen = await frame.inputValue('select[name="deadlinePreset"]');
    expect(chosen).toBe('2028-01-31');
    expect(await frame.locator(`select[name="deadlinePreset"] option[value="${chosen}"]`).textContent()).toBe(presetLabel);
    await view.screenshot(`fixes57-${lang}-yearly-deadline`);
    expect(view.problems).toEqual([]);
  });

  it('says the latest whole fiscal quarter of daily sales by the report’s name, and sums it', async () => {
    const frame = await view.sidebar();
    await back(frame);
    await back(frame);
    await toTarget(frame, dailyCard);
    await frame.selectOption('select[name="direction"]', 'increase');
    await frame.selectOption('select[name="targetPeriod"]', 'quarter');
    const hint = await describedBy(frame, 'select[name="targetPeriod"]');
    expect(hint).toMatch(quarterHint);
    expect(Number(quarterHint.exec(hint)![1].replace(/\D/g, ''))).toBe(fiscalQ3);
    await view.screenshot(`fixes57-${lang}-fiscal-quarter`);
    expect(view.problems).toEqual([]);
  });
});
