/**
 * The wizard at 300 px, in English (en_US, en_GB) and French: one date style per language and spreadsheet locale on
 * the target step (deadline menu, date hint, chart axis, the server's forecast line), the search box over many KPI
 * cards (synonyms, tab names, accents aside, keyboard only), and a target as a change every period ("+5 % per month")
 * with the "next quarter" preset, written as a sentence the analyzer reads back.
 */
import type { Browser, Frame } from 'playwright-core';
import { launchBrowser, next, openPreview, type PreviewPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TODAY = '2026-12-02';
const CLOSE_RATE = /close rate|taux de conclusion/i;

/** Extra KPI tabs, so the KPI step holds 40+ cards (the example workbook has its own besides). */
const EXTRA_TABS = Array.from({ length: 34 }, (_, i) => `Région ${String(i + 1).padStart(2, '0')}`);

async function sidebarWidth(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.clientWidth);
}

/** KPI → baseline → target on the close rate card. */
async function toTarget(frame: Frame): Promise<void> {
  await frame.locator('button.series-card', { hasText: CLOSE_RATE }).first().click();
  await next(frame);
  await next(frame);
  await frame.waitForSelector('input[name="target"]');
}

async function presetLabels(frame: Frame): Promise<string[]> {
  return frame.locator('select[name="deadlinePreset"] option').allTextContents();
}

/** The target step's dates: the deadline menu, the hint under the date field, the chart's axis and the forecast line. */
async function targetDates(frame: Frame, target: string): Promise<{ presets: string[]; hint: string; axis: string[]; reasons: string }> {
  await frame.fill('input[name="target"]', target);
  await frame.waitForSelector('.live-panel:not([aria-busy]) svg.chart');
  return {
    presets: await presetLabels(frame),
    hint: (await frame.textContent('input[name="deadline"] ~ .hint')) ?? '',
    axis: await frame.locator('svg.chart text.chart-label').allTextContents(),
    reasons: (await frame.textContent('.live-panel .reasons')) ?? '',
  };
}

describe('English (en_US): month-first short dates, the KPI search box, "+5% per month"', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, {
      locale: 'en_US',
      workbook: 'example',
      today: TODAY,
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        for (const [i, name] of EXTRA_TABS.entries()) {
          const sheet = ss.insertSheet(name);
          const header = i === 0 ? 'Chiffre d’affaires' : `Pipeline ${name}`;
          sheet.getRange(1, 1, 7, 2).setValues([['Date', header], ...Array.from({ length: 6 }, (_, w) => [new Date(Date.UTC(2026, 9, 5 + 7 * w)), 100 + 10 * w + i])]);
        }
      },
    });
  });
  afterAll(async () => view?.close());

  it('finds a KPI card among 40+ by synonym, tab name or accent-free spelling, from the keyboard', async () => {
    const frame = await view.sidebar();
    expect(await sidebarWidth(frame)).toBe(300);
    await frame.waitForSelector('button.series-card');
    const total = await frame.locator('button.series-card').count();
    expect(total).toBeGreaterThan(40);
    const search = frame.locator('input[name="kpiFilter"]');
    expect(await frame.textContent('label[for="' + (await search.getAttribute('id')) + '"]')).toBe('Find a KPI');
    expect(await frame.textContent('input[name="kpiFilter"] ~ .hint')).toBe(`${total} KPIs: type a name, another name for it or a tab’s name.`);
    // "win rate" is a catalog synonym of the close rate: the card is found although its column says "Close rate".
    await search.focus();
    await view.page.keyboard.type('win rate');
    const shown = frame.locator('button.series-card:visible');
    expect(await shown.count()).toBeGreaterThanOrEqual(1);
    expect(await shown.first().textContent()).toMatch(CLOSE_RATE);
    expect(await frame.textContent('input[name="kpiFilter"] ~ .hint')).toMatch(new RegExp(`^KPIs shown: \\d+ of ${total}\\.$`));
    // Accents and case aside, and a tab's name: "region 07" finds the tab « Région 07 ».
    await search.fill('REGION 07');
    expect(await shown.count()).toBe(1);
    expect(await shown.first().textContent()).toContain('Région 07');
    // Nothing found: said, with what was typed.
    await search.fill('zzz');
    expect(await shown.count()).toBe(0);
    expect(await frame.textContent('input[name="kpiFilter"] ~ .hint')).toBe('No KPI matches “zzz”.');
    // Escape clears; Enter goes to the first card shown (and does not leave the step); Space chooses it.
    await search.press('Escape');
    expect(await shown.count()).toBe(total);
    await search.fill('rate');
    await search.press('Enter');
    expect(await frame.getAttribute('form.step', 'data-step')).toBe('kpi');
    expect(await frame.evaluate(() => / ?series-card ?/.test(document.activeElement?.className ?? ''))).toBe(true);
    await view.page.keyboard.press('ArrowDown');
    // ↓ moves to the next card shown, never to a hidden one.
    expect(await frame.evaluate(() => / ?series-card ?/.test(document.activeElement?.className ?? '') && !document.activeElement?.hasAttribute('hidden'))).toBe(true);
    await view.screenshot('en-kpi-search');
    await search.fill('');
    expect(view.problems).toEqual([]);
  });

  it('writes every date month first, short, on the target step', async () => {
    const frame = await view.sidebar();
    await toTarget(frame);
    await frame.selectOption('select[name="deadlinePreset"]', '2027-03-31');
    const dates = await targetDates(frame, '30');
    // This year's dates without the year, later ones with it, month first: no "31 Dec" beside "March 31, 2027".
    expect(dates.presets).toEqual(expect.arrayContaining(['End of this fiscal year (Dec 31)', 'End of next quarter (Mar 31, 2027)']));
    expect(dates.hint).toBe('That is Mar 31, 2027.');
    expect(dates.axis[dates.axis.length - 1]).toBe('Mar 31, 2027');
    expect(dates.axis[dates.axis.length - 2]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d$/);
    expect(dates.reasons).toContain('by Mar 31, 2027');
    expect(dates.reasons).not.toMatch(/March|December|\d{1,2} [A-Z][a-z]{2} 20/);
    expect(view.problems).toEqual([]);
  });

  it('states "+5% per month": the level it gives, the verdict on it, and a sentence read back as the same goal', async () => {
    const frame = await view.sidebar();
    await frame.selectOption('select[name="mode"]', 'perPeriod');
    await frame.fill('input[name="change"]', '5');
    await frame.selectOption('select[name="changeKind"]', 'relative');
    await frame.selectOption('select[name="changePeriod"]', 'month');
    const resolved = await frame.waitForSelector('text=/^Target level at the deadline: /');
    expect(await resolved.textContent()).toMatch(/^Target level at the deadline: \d+(\.\d)?% \(latest value \d+(\.\d)?% on [A-Z][a-z]{2} \d{1,2}(, 2026)?, with the change applied 4×\)\.$/);
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    await view.screenshot('en-per-period');
    for (let step = 0; step < 3; step += 1) await next(frame);
    await next(frame);
    expect(await frame.inputValue('textarea[name="statement"]')).toBe('Increase the close rate by 5% per month by March 31, 2027.');
    // The SMART check reads it as a change per period with its deadline.
    await frame.waitForSelector('.live-panel:not([aria-busy]) .criterion[data-criterion="timeBound"][data-status="pass"]');
    expect(await frame.textContent('.criterion[data-criterion="measurable"]')).toContain('5%');
    expect(view.problems).toEqual([]);
  });
});

describe('English (en_GB): day-first short dates', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'en_GB', workbook: 'example', today: TODAY });
  });
  afterAll(async () => view?.close());

  it('writes every date day first on the target step', async () => {
    const frame = await view.sidebar();
    expect(await sidebarWidth(frame)).toBe(300);
    await frame.waitForSelector('button.series-card');
    await toTarget(frame);
    await frame.selectOption('select[name="deadlinePreset"]', '2027-03-31');
    const dates = await targetDates(frame, '30');
    expect(dates.presets).toEqual(expect.arrayContaining(['End of this fiscal year (31 Dec)', 'End of next quarter (31 Mar 2027)']));
    expect(dates.hint).toBe('That is 31 Mar 2027.');
    expect(dates.axis[dates.axis.length - 1]).toBe('31 Mar 2027');
    expect(dates.reasons).toContain('by 31 Mar 2027');
    expect(dates.reasons).not.toMatch(/March|December|[A-Z][a-z]{2} \d{1,2}, 20/);
    expect(view.problems).toEqual([]);
  });
});

describe('French: « 31 mars 2027 », la recherche d’indicateurs, « +5 % par mois »', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'fr_FR', workbook: 'example', today: TODAY });
  });
  afterAll(async () => view?.close());

  it('écrit les dates en abrégé français et la phrase « de 5 % par mois »', async () => {
    const frame = await view.sidebar();
    expect(await sidebarWidth(frame)).toBe(300);
    await frame.waitForSelector('button.series-card');
    const cards = await frame.locator('button.series-card').count();
    // The search box only past a screenful of cards.
    expect(await frame.locator('input[name="kpiFilter"]').count()).toBe(cards > 8 ? 1 : 0);
    if (cards > 8) {
      expect(await frame.textContent('label[for="' + (await frame.getAttribute('input[name="kpiFilter"]', 'id')) + '"]')).toBe('Trouver un indicateur');
      await frame.fill('input[name="kpiFilter"]', 'taux de closing');
      expect(await frame.locator('button.series-card:visible').first().textContent()).toMatch(/conclusion/i);
      await frame.fill('input[name="kpiFilter"]', '');
    }
    await toTarget(frame);
    await frame.selectOption('select[name="deadlinePreset"]', '2027-03-31');
    const dates = await targetDates(frame, '30');
    expect(dates.presets).toEqual(expect.arrayContaining(['Fin de l’exercice (31 déc.)', 'Fin du trimestre prochain (31 mars 2027)']));
    expect(dates.hint).toBe('Soit le 31 mars 2027.');
    expect(dates.axis[dates.axis.length - 1]).toBe('31 mars 2027');
    expect(dates.reasons).toContain('31 mars 2027');
    expect(dates.reasons).not.toMatch(/décembre|janvier|février|septembre|octobre|novembre/);
    await frame.selectOption('select[name="mode"]', 'perPeriod');
    await frame.fill('input[name="change"]', '5');
    await frame.selectOption('select[name="changeKind"]', 'relative');
    await frame.selectOption('select[name="changePeriod"]', 'month');
    const resolved = await frame.waitForSelector('text=/^Niveau visé à l’échéance/');
    expect(await resolved.textContent()).toMatch(/^Niveau visé à l’échéance\u202f: \d+(,\d)?\u202f% \(dernière valeur \d+(,\d)?\u202f% le \d{1,2} \S+( 2026)?, variation appliquée 4\u00a0fois\)\.$/);
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    await view.screenshot('fr-per-period');
    for (let step = 0; step < 4; step += 1) await next(frame);
    expect(await frame.inputValue('textarea[name="statement"]')).toBe('Augmenter le taux de conclusion de 5\u202f% par mois d’ici le 31 mars 2027.');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .criterion[data-criterion="timeBound"][data-status="pass"]');
    expect(view.problems).toEqual([]);
  });
});
