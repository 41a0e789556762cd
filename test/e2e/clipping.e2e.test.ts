/**
 * Nothing in the wizard is cut at 300 px, in English and in French, on every step: no text wider than the box that
 * clips it (scrollWidth > clientWidth where overflow is not visible), no box past the sidebar's edge, no horizontal
 * scroll, and no option of a menu wider than the menu (a closed <select> shows its option cut — "in % of the
 * baseline" was, in both languages). The target step is checked in each of its modes and units, the drivers step with
 * a driver tree (revenue) and without one (close rate), the Relevant step with a parent chosen.
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

/**
 * What is cut on screen now, one line each. A menu's options are measured with the menu's own font (canvas
 * `measureText`) against its content box less the drop-down arrow (20 px in Chromium). The parent menu is left out:
 * its options are the user's goal sentences, cut at 60 characters on purpose, and the chosen one is spelled out in full
 * under it (checked below).
 */
async function clipped(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`the sidebar scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const context = document.createElement('canvas').getContext('2d');
    for (const element of Array.from(document.querySelectorAll('#app *'))) {
      if (element.closest('[hidden], .sr-only, svg') || element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const name = `${element.tagName.toLowerCase()}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
      if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${name} past the edge (${Math.round(box.left)}–${Math.round(box.right)} px): “${text}”`);
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis' || /^(BUTTON|LABEL|INPUT)$/.test(element.tagName);
      if (clips && element.tagName !== 'TEXTAREA' && element.tagName !== 'SELECT' && element.scrollWidth > element.clientWidth + 1) problems.push(`${name} cut (${element.scrollWidth} > ${element.clientWidth} px): “${text}”`);
      if (element.tagName === 'SELECT' && element.options && element.name !== 'parent' && context) {
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        for (const option of Array.from(element.options)) {
          const needed = context.measureText(option.text).width;
          if (needed > room) problems.push(`${name} option cut (${Math.round(needed)} > ${Math.round(room)} px): “${option.text}”`);
        }
      }
    }
    return problems;
  });
}

/** Every problem of every screen visited, by screen: the test fails once, listing them all. */
async function walk(view: PreviewPage, lang: 'en' | 'fr'): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const look = async (frame: Frame, screen: string) => {
    const problems = await clipped(frame);
    if (problems.length) found[screen] = problems;
  };
  const frame = await view.sidebar();
  expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(300);
  await frame.waitForSelector('button.series-card');
  await look(frame, 'kpi');
  // The close rate: baseline, every target mode and unit, no driver tree, a parent, the review.
  await frame.locator('button.series-card', { hasText: lang === 'fr' ? /taux de conclusion/i : /close rate/i }).first().click();
  await next(frame);
  await look(frame, 'baseline');
  await next(frame);
  await frame.fill('input[name="target"]', '30');
  await frame.waitForSelector('.live-panel:not([aria-busy]) svg.chart');
  await look(frame, 'target, a level');
  for (const mode of ['change', 'perPeriod']) {
    await frame.selectOption('select[name="mode"]', mode);
    await frame.fill('input[name="change"]', '2');
    for (const kind of ['absolute', 'relative']) {
      await frame.selectOption('select[name="changeKind"]', kind);
      await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line');
      await look(frame, `target, ${mode} ${kind}`);
    }
  }
  await view.screenshot(`${lang}-clipping-target`);
  await next(frame);
  await look(frame, 'specific');
  await next(frame);
  await frame.waitForSelector('form.step[data-step="drivers"] .live-panel:not([aria-busy]) .drivers-none');
  await look(frame, 'drivers, no tree');
  await next(frame);
  await frame.selectOption('select[name="parent"]', 'G1');
  await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line');
  // The parent menu cuts the sentence; the line under it gives it whole.
  const chosen = (await frame.textContent('.chosen-parent')) ?? '';
  expect(chosen).toContain(lang === 'fr' ? 'Faire passer notre taux de conclusion hebdomadaire de 25\u202f% à 30\u202f% la semaine prochaine' : 'Raise our weekly close rate from 25% to 30% next week');
  await look(frame, 'relevant');
  await next(frame);
  await frame.waitForSelector('.live-panel:not([aria-busy]) .criterion');
  await look(frame, 'review');
  // Revenue has a driver tree (meetings × close rate × deal size): the drivers step with its table of drivers.
  while ((await frame.getAttribute('form.step', 'data-step')) !== 'kpi') {
    const step = await frame.getAttribute('form.step', 'data-step');
    await frame.click('form.step .footer button.btn-secondary');
    await frame.waitForFunction((before) => document.querySelector('form.step')?.getAttribute('data-step') !== before, step);
  }
  await frame.locator('button.series-card', { hasText: lang === 'fr' ? /chiffre d’affaires/i : /revenue/i }).first().click();
  await next(frame);
  await next(frame);
  await frame.selectOption('select[name="mode"]', 'change');
  await frame.fill('input[name="change"]', '10');
  await frame.selectOption('select[name="changeKind"]', 'relative');
  await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line');
  await look(frame, 'target, revenue +10 %');
  await next(frame);
  await next(frame);
  await frame.waitForSelector('form.step[data-step="drivers"] .live-panel:not([aria-busy]) li.driver');
  await look(frame, 'drivers, revenue');
  await view.screenshot(`${lang}-clipping-drivers`);
  return found;
}

describe.each([
  ['en', 'en_US'],
  ['fr', 'fr_FR'],
] as const)('%s: nothing cut at 300 px', (lang, locale) => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale, workbook: 'example', today: TODAY });
  });
  afterAll(async () => view?.close());

  it('on every step of the wizard', async () => {
    expect(await walk(view, lang)).toEqual({});
    expect(view.problems).toEqual([]);
  });
});
