/**
 * What a manager would notice in a 300-px sidebar, checked in a real browser:
 * nothing wider than the panel, French numbers and dates, the baseline as a
 * person would type it, a usable parent picker in a 2,000-goal workbook,
 * readable errors in the UI's language, and screen-reader announcements.
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

const CLOSE_RATE = /close rate|taux de conclusion/i;


/** Elements of the sidebar whose box goes past the 300-px panel (ignoring the screen-reader-only region). */
function overflowing(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('#app *'))
      .filter((element) => !element.closest('.sr-only') && element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').slice(0, 40)}`);
  });
}

/** Form controls without a label, and buttons without a name, in the sidebar as it stands. */
function unlabelled(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll('#app input, #app select, #app textarea, #app button'))
      .filter((control) => {
        if (control.tagName === 'BUTTON') return !(control.textContent ?? '').trim() && !control.getAttribute('aria-label');
        const id = control.getAttribute('id');
        const label = id ? document.querySelector(`label[for="${id}"]`) : null;
        return !(label?.textContent ?? '').trim() && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby');
      })
      .map((control) => control.outerHTML.slice(0, 80)),
  );
}

async function toTargetStep(frame: Frame): Promise<void> {
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { hasText: CLOSE_RATE }).first().click();
  await next(frame);
  await next(frame);
}

describe('French at 300 px', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'fr_FR', workbook: 'example' });
  });
  afterAll(async () => view?.close());

  it('fits every step in the panel, with French numbers, short preset dates and the deadline spelled out', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    expect(await overflowing(frame)).toEqual([]);
    expect(await unlabelled(frame)).toEqual([]);
    // "Moyenne des 3 dernières semaines", not "des 3 dernières périodes (semaine)".
    const stats = await frame.locator('button.series-card .series-stat').allTextContents();
    expect(stats.join(' ')).toMatch(/Moyenne des \d+ derni(ers|ères) (semaines|mois|jours|trimestres)/);
    expect(stats.join(' ')).not.toMatch(/périodes/);
    await frame.locator('button.series-card', { hasText: CLOSE_RATE }).first().click();
    await next(frame);
    // The baseline reads like something a person typed: at most one decimal for a percentage, decimal comma.
    expect(await frame.inputValue('input[name="baseline"]')).toMatch(/^\d+(,\d)?$/);
    expect(await overflowing(frame)).toEqual([]);
    await next(frame);
    const presets = await frame.locator('select[name="deadlinePreset"] option').allTextContents();
    expect(presets.filter((label) => /\(/.test(label)).every((label) => /\(\d+ (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)( \d{4})?\)$/.test(label))).toBe(true);
    const deadline = await frame.inputValue('input[name="deadline"]');
    const day = Number(deadline.slice(8));
    expect(await frame.locator('input[name="deadline"] ~ .hint').textContent()).toMatch(new RegExp(`^Soit le ${day === 1 ? '1er' : day} \\p{L}+\\.? \\d{4}\\.$`, 'u'));
    await frame.fill('input[name="target"]', '50');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict="unrealistic"]');
    await frame.waitForSelector('svg.chart');
    expect(await overflowing(frame)).toEqual([]);
    expect(await unlabelled(frame)).toEqual([]);
    // The gist of the live result is announced once, in French, with a French percentage (a sentence of its own since review 25: « Irréaliste. »).
    await frame.waitForFunction(() => /irréaliste/i.test(document.querySelector('.sr-only[role="status"]')?.textContent ?? ''));
    expect(await frame.textContent('.sr-only[role="status"]')).toMatch(/\d+(,\d)?\u202f%/);
    // The chart carries a date axis and the legend names all four marks.
    expect(await frame.locator('svg.chart text.chart-label').count()).toBeGreaterThanOrEqual(4);
    expect(await frame.locator('.legend .key').count()).toBe(4);
    expect(view.problems).toEqual([]);
  });

  it('labels every control and fits the Check, Settings and Help panes', async () => {
    const frame = await view.sidebar();
    for (const pane of ['check', 'settings', 'help', 'wizard'] as const) {
      await frame.click(`button.pane-tab[data-pane="${pane}"]`);
      await frame.waitForSelector(`#app[data-active-pane="${pane}"]`);
      if (pane === 'check') {
        await frame.click('button.run-check');
        await frame.waitForSelector('.check-results .summary');
        // The long list is not a live region: only its summary is announced.
        await frame.waitForFunction(() => /\d/.test(document.querySelector('.sr-only[role="status"]')?.textContent ?? ''));
      }
      expect(await overflowing(frame)).toEqual([]);
      expect(await unlabelled(frame)).toEqual([]);
    }
  });

  it('says a lost connection in French, keeps the target typed, and recovers', async () => {
    const { page } = view;
    const frame = await view.sidebar();
    if ((await frame.getAttribute('form.step', 'data-step')) !== 'target') await toTargetStep(frame);
    await page.route('**/rpc/sidebarAssess', (route) => route.abort('internetdisconnected'));
    await frame.fill('input[name="target"]', '31');
    const error = frame.locator('.live-panel .error-text');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/connexion à Google Sheets/);
    expect(await error.textContent()).not.toMatch(/fetch|network/i);
    expect(await frame.inputValue('input[name="target"]')).toBe('31');
    await page.unroute('**/rpc/sidebarAssess');
    await frame.fill('input[name="target"]', '30');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    // The aborted request is the only console error allowed here.
    expect(view.problems.filter((problem) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(problem))).toEqual([]);
  });
});

describe('a Goals tab with 2,000 goals', () => {
  let view: PreviewPage;
  const LONG = 'thanks to weekly deal reviews, coaching, partner events and a refreshed pricing grid for every segment of the territory';
  beforeAll(async () => {
    view = await openPreview(browser, {
      locale: 'en_US',
      workbook: 'example',
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        const goals = ss.getSheets().find((sheet) => /^goals$/i.test(sheet.getName()));
        if (!goals) throw new Error('no Goals tab');
        const start = goals.getLastRow() + 1;
        goals.insertRowsAfter(goals.getMaxRows(), 2000);
        goals.getRange(start, 1, 2000, 2).setValues(Array.from({ length: 2000 }, (_, i) => [`M${i + 1}`, `Close ${i + 10} new accounts in Q${(i % 4) + 1} 2027 ${LONG}`]));
      },
    });
  });
  afterAll(async () => view?.close());

  it('finds a parent by typing, shows far more of its sentence, and Enter in the search box does not leave the step', async () => {
    const frame = await view.sidebar();
    await toTargetStep(frame);
    await frame.fill('input[name="target"]', '28');
    await next(frame);
    await next(frame);
    // How will you get there? (the close rate has no driver tree: the step says so and lets the user on).
    await frame.waitForSelector('form.step[data-step="drivers"] .drivers-none');
    await next(frame);
    expect(await frame.getAttribute('form.step', 'data-step')).toBe('relevant');
    // Capped list, with the count said in English number format. The context carries the 50 likeliest parents
    // (it was every goal, 400 KB on the benchmark workbook); the other goals are searched on the server.
    expect(await frame.locator('select[name="parent"] option').count()).toBeLessThanOrEqual(51);
    expect(await frame.locator('input[name="parentFilter"] ~ .hint').textContent()).toMatch(/^50 of 2,0\d\d goals listed/);
    // A goal far from the first list: found by the server's search, after the typing pause.
    await frame.fill('input[name="parentFilter"]', 'm17');
    await frame.waitForSelector('select[name="parent"]:not([aria-busy]) option[value="M17"]', { state: 'attached' });
    expect(await frame.locator('input[name="parentFilter"] ~ .hint').textContent()).toMatch(/^50 of 111 matching goals listed/);
    await frame.fill('input[name="parentFilter"]', 'm1999');
    await frame.press('input[name="parentFilter"]', 'Enter');
    expect(await frame.getAttribute('form.step', 'data-step')).toBe('relevant');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('parent');
    // Enter sent the search at once: the list the user lands on answers what was typed.
    await frame.waitForSelector('select[name="parent"]:not([aria-busy])');
    const options = await frame.locator('select[name="parent"] option').allTextContents();
    expect(options.length).toBe(2);
    await frame.selectOption('select[name="parent"]', 'M1999');
    // Far more of the sentence than the option (cut at 60): the context carries up to GOAL_OPTION_TEXT_MAX characters of it.
    const chosen = (await frame.textContent('.chosen-parent')) ?? '';
    expect(chosen.startsWith(`Parent: Close 2008 new accounts in Q3 2027 ${LONG.slice(0, 40)}`)).toBe(true);
    expect(chosen.length).toBeGreaterThan(`Parent: ${options[1]}`.length + 40);
    await frame.waitForSelector('.live-panel .verdict-line .badge');
    expect(await overflowing(frame)).toEqual([]);
    expect(await unlabelled(frame)).toEqual([]);
    expect(view.problems).toEqual([]);
  });
});
