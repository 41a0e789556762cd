/**
 * The goal wizard in a real browser, on the preview (the built add-on in the
 * emulator): the article's close-rate case in English and in French, the
 * Check pane, markup in goal texts, and a keyboard-only run.
 */
import type { Browser, Frame } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serialToIso } from '../../src/core/dates';
import { createEmulator, loadXlsx, saveXlsx } from '../../src/local/emulator';
import { DEFAULT_WORKBOOK } from '../../src/local/preview/session';
import { loadAddon } from '../../src/local/runtime';
import { changedCells, column, goalsTable, lastFilledRow } from './workbook';
import { checkFromMenu, launchBrowser, next, openPreview, type PreviewPage } from './browser';
import { scratchDir } from '../support/scratch';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const CLOSE_RATE = /close rate|closing rate|win rate|taux de conclusion|taux de closing|conclusion/i;


function parseInputNumber(text: string): number {
  return Number(text.replace(/\s/g, '').replace(',', '.'));
}

async function verdict(frame: Frame): Promise<string> {
  await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
  return (await frame.getAttribute('.verdict-line[data-verdict]', 'data-verdict')) ?? '';
}

async function waitForVerdict(frame: Frame, accepted: readonly string[]): Promise<string> {
  await frame.waitForFunction(
    (wanted) => {
      const panel = document.querySelector('.live-panel');
      const line = document.querySelector('.verdict-line[data-verdict]');
      return !!panel && !panel.hasAttribute('aria-busy') && !!line && wanted.includes(line.getAttribute('data-verdict') ?? '');
    },
    accepted,
  );
  return verdict(frame);
}

/** Runs the whole wizard for "close rate ≈25 % → 50 % next week", accepts the suggestion, adds the goal. */
async function closeRateCase(view: PreviewPage, lang: 'en' | 'fr'): Promise<void> {
  const { page, preview } = view;
  const before = preview.session.snapshot();
  const goalsBefore = goalsTable(before);
  const frame = await view.sidebar();

  // 1. KPI
  await frame.waitForSelector('button.series-card');
  const card = frame.locator('button.series-card', { hasText: CLOSE_RATE }).first();
  await card.click();
  expect(await card.getAttribute('aria-pressed')).toBe('true');
  await view.screenshot(`${lang}-1-kpi`);
  await next(frame);

  // 2. Baseline: filled from the history (about 25 %).
  const baselineText = await frame.inputValue('input[name="baseline"]');
  const baseline = parseInputNumber(baselineText);
  expect(baseline).toBeGreaterThan(15);
  expect(baseline).toBeLessThan(35);
  await view.screenshot(`${lang}-2-baseline`);
  await next(frame);

  // 3. Target 50 % next week → unrealistic, with a suggested target.
  const deadline = await frame.inputValue('input[name="deadline"]');
  expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await frame.fill('input[name="target"]', '50');
  expect(await waitForVerdict(frame, ['unrealistic'])).toBe('unrealistic');
  await frame.waitForSelector('svg.chart');
  // The chance is named for what it is, the first reason says the verdict's word with it, and the suggestion says by
  // when (fixes50: "stretch" beside "Chance of reaching it: 1 %"; « Visez plutôt 3,4 % » without its date).
  const panel = (await frame.textContent('.live-panel')) ?? '';
  expect(panel).toMatch(lang === 'fr' ? /Chance au rythme actuel\u202f: / : /Chance at the current pace: /);
  expect(await frame.textContent('.reasons li')).toMatch(lang === 'fr' ? /^Irréaliste\u00a0— / : /^Unrealistic — /);
  expect(await frame.textContent('p.suggestion')).toMatch(lang === 'fr' ? / d’ici le \d/ : / by [A-Z][a-z]{2} \d|by \d+ [A-Z][a-z]{2}/);
  await view.screenshot(`${lang}-3-target-unrealistic`);
  await frame.click('button.use-suggested');
  const accepted = await waitForVerdict(frame, ['realistic', 'stretch', 'on-track']);
  expect(['realistic', 'stretch']).toContain(accepted);
  const target = parseInputNumber(await frame.inputValue('input[name="target"]')) / 100;
  expect(target).toBeGreaterThan(baseline / 100);
  expect(target).toBeLessThan(0.5);
  await view.screenshot(`${lang}-3-target-suggested`);
  await next(frame);

  // 4. Specific
  await frame.fill('input[name="owner"]', 'Alice Martin');
  await frame.fill('input[name="levers"]', lang === 'fr' ? 'des revues hebdomadaires des affaires' : 'weekly deal reviews');
  await view.screenshot(`${lang}-4-specific`);
  await next(frame);

  // 5. How will you get there? The close rate has no driver tree: said plainly, and Next goes on.
  await frame.waitForSelector('form.step[data-step="drivers"] .drivers-none');
  expect(await frame.textContent('.drivers-none')).toMatch(lang === 'fr' ? /Pas d’arbre d’inducteurs pour .*passer cette étape/ : /No driver tree for .*skip this step/);
  await next(frame);

  // 6. Relevant (no parent)
  await frame.waitForSelector('select[name="parent"]');
  await view.screenshot(`${lang}-5-relevant`);
  await next(frame);

  // 7. Review: the generated sentence in the sheet's language, scored live.
  const sentence = await frame.inputValue('textarea[name="statement"]');
  expect(sentence).toMatch(lang === 'fr' ? /^Augmenter .* d’ici le .*grâce à des revues hebdomadaires des affaires \(responsable\u202f: Alice Martin\)\.$/ : /^Increase .* by .*, through weekly deal reviews \(owner: Alice Martin\)\.$/);
  await frame.waitForSelector('h3.score');
  expect(await frame.locator('li.criterion').count()).toBe(5);
  await view.screenshot(`${lang}-6-review`);
  await frame.click('button.add-goal');
  await frame.waitForSelector('.footer .success');
  await view.screenshot(`${lang}-7-added`);

  // Exactly one new row, with the structured values; nothing else changed.
  const after = preview.session.snapshot();
  const goalsAfter = goalsTable(after);
  const newRow = lastFilledRow(goalsBefore.rows) + 1;
  expect(lastFilledRow(goalsAfter.rows)).toBe(newRow);
  const changes = changedCells(before, after);
  expect(changes.length).toBeGreaterThan(0);
  expect(changes.filter((change) => !change.startsWith(`${goalsAfter.sheetName}!R${newRow}C`))).toEqual([]);
  const row = goalsAfter.rows[newRow - 1];
  const headers = goalsAfter.headers;
  const value = (...names: string[]) => {
    const index = column(headers, ...names);
    expect(index).toBeGreaterThanOrEqual(0);
    return row[index].value;
  };
  expect(value('Goal', 'Objectif')).toBe(sentence);
  expect(value('Owner', 'Responsable')).toBe('Alice Martin');
  expect(String(value('KPI', 'Indicateur'))).toMatch(CLOSE_RATE);
  expect(value('Target', 'Cible')).toBeCloseTo(target, 6);
  expect(value('Baseline', 'Valeur de départ')).toBeCloseTo(baseline / 100, 6);
  // A date cell, or its serial number under a date format, depending on how the engine writes it.
  const written = value('Deadline', 'Échéance');
  expect(typeof written === 'number' ? { date: serialToIso(written) } : written).toEqual({ date: deadline });
  expect(String(value('Direction')).toLowerCase()).toMatch(/increase|augmenter|hausse/);
  // The grid refreshes after the server call returns: wait for the new row rather than racing the redraw.
  await page.waitForSelector(`table.grid tr[data-row="${newRow}"]`);
  expect(await page.locator(`table.grid tr[data-row="${newRow}"]`).count()).toBe(1);
  expect(view.problems).toEqual([]);
}

describe('goal wizard (English)', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    // The add-on's example built for today (a shipped .xlsx would age: its history ends when it was generated).
    view = await openPreview(browser, { locale: 'en_US', workbook: 'example' });
  });
  afterAll(async () => view?.close());

  it('completes the close-rate case: 50 % is unrealistic, the suggestion is accepted, one row is added', async () => {
    await closeRateCase(view, 'en');
  });

  it('Check goals from the menu, then the Check pane lists flagged goals and selects their row', async () => {
    const { page } = view;
    const frame = await checkFromMenu(view);
    await view.screenshot('en-8-check');
    const flagged = frame.locator('button.flagged-goal').first();
    const row = Number(await flagged.getAttribute('data-row'));
    const sheet = await flagged.getAttribute('data-sheet');
    await flagged.click();
    await page.waitForSelector(`table.grid[data-sheet="${sheet}"] tr.selected[data-row="${row}"]`);
    // The sidebar marks the goal the sheet now has selected; its name is its visible text.
    await frame.waitForSelector(`button.flagged-goal[aria-current="true"][data-row="${row}"]`);
    expect(await flagged.getAttribute('aria-label')).toBeNull();
    const state = view.preview.session.state();
    expect(state.active).toMatchObject({ sheet, row, numRows: 1 });
    await view.screenshot('en-9-row-selected');
    expect(view.problems).toEqual([]);
  });

  it('opened on the Check pane (showCheckPane), the sidebar checks at once', async () => {
    view.preview.session.addon.call('showCheckPane');
    await view.page.evaluate(() => (globalThis as unknown as { smartGoalsPreview: { reload(): Promise<void> } }).smartGoalsPreview.reload());
    const frame = await view.sidebar();
    await frame.waitForSelector('#app[data-active-pane="check"] button.flagged-goal');
    expect(view.problems).toEqual([]);
  });
});

describe('goal wizard (French)', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'fr_FR', workbook: 'example' });
  });
  afterAll(async () => view?.close());

  it('runs the same case in French, in the sheet’s language', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    expect(await frame.textContent('button.pane-tab[data-pane="wizard"]')).toBe('Assistant');
    await closeRateCase(view, 'fr');
  });
});

const MARKUP = '<img src=x onerror=alert(1)>';

describe('goal texts are shown as text, never run', () => {
  let view: PreviewPage;
  let markupRow = 0;
  beforeAll(async () => {
    view = await openPreview(browser, {
      locale: 'en_US',
      workbook: 'example',
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        const goals = ss.getSheets().find((sheet) => /^(goals|objectifs)$/i.test(sheet.getName()));
        if (!goals) throw new Error('no Goals tab');
        markupRow = goals.getLastRow() + 1;
        goals.getRange(markupRow, 1, 1, 2).setValues([['XSS', MARKUP]]);
      },
    });
  });
  afterAll(async () => view?.close());

  it('in the grid, the parent picker and the Check pane', async () => {
    const { page } = view;
    expect(await page.textContent(`table.grid td[data-cell="B${markupRow}"]`)).toBe(MARKUP);
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    await frame.locator('button.series-card', { hasText: CLOSE_RATE }).first().click();
    await next(frame);
    await next(frame);
    await frame.fill('input[name="target"]', '30');
    await waitForVerdict(frame, ['realistic', 'stretch', 'on-track', 'unrealistic']);
    await next(frame);
    await frame.fill('input[name="owner"]', MARKUP);
    await next(frame);
    await next(frame);
    const options = await frame.locator('select[name="parent"] option').allTextContents();
    expect(options.some((text) => text.includes(MARKUP))).toBe(true);
    await next(frame);
    expect(await frame.inputValue('textarea[name="statement"]')).toContain(`(owner: ${MARKUP})`);
    await frame.click('button.pane-tab[data-pane="check"]');
    await frame.click('button.run-check');
    const flagged = frame.locator(`button.flagged-goal[data-row="${markupRow}"]`);
    await flagged.waitFor();
    expect(await flagged.locator('.flagged-statement').textContent()).toBe(MARKUP);
    await view.screenshot('xss-check-pane');
    expect(await frame.locator('img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(view.problems).toEqual([]);
  });

  it('in the Check pane opened from the menu (the result travels in a boot attribute)', async () => {
    const frame = await checkFromMenu(view);
    const flagged = frame.locator(`#app[data-active-pane="check"] button.flagged-goal[data-row="${markupRow}"]`);
    await flagged.waitFor();
    expect(await flagged.locator('.flagged-statement').textContent()).toBe(MARKUP);
    expect(await frame.locator('img').count()).toBe(0);
    expect(view.problems).toEqual([]);
  });
});

describe('keyboard only', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'en_US', workbook: 'example' });
  });
  afterAll(async () => view?.close());

  /** Presses Tab until the focused element of the sidebar matches `selector` (and `text`, when given). */
  async function tabTo(frame: Frame, selector: string, text?: RegExp): Promise<void> {
    for (let presses = 0; presses < 80; presses += 1) {
      await view.page.keyboard.press('Tab');
      const focused = await frame.evaluate(
        ([wanted, pattern]) => {
          const active = document.hasFocus() ? document.activeElement : null;
          if (!active || !active.closest(wanted) || active !== active.closest(wanted)) return false;
          return pattern === null || new RegExp(pattern, 'i').test(active.textContent ?? '');
        },
        [selector, text ? text.source : null] as const,
      );
      if (focused) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('completes the wizard with Tab, typing and Enter', async () => {
    const { page, preview } = view;
    const before = preview.session.snapshot();
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    // The KPI cards are one Tab stop; arrow keys move between them.
    await tabTo(frame, 'button.series-card');
    const focusedCard = () => frame.evaluate(() => document.activeElement?.getAttribute('data-series-id') ?? '');
    const cardIds = await frame.locator('button.series-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-series-id') ?? ''));
    await page.keyboard.press('End');
    expect(await focusedCard()).toBe(cardIds[cardIds.length - 1]);
    for (let presses = 0; presses < 40 && !CLOSE_RATE.test(await focusedCard()); presses += 1) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await frame.getAttribute('button.series-card[aria-pressed="true"]', 'data-series-id')).toMatch(CLOSE_RATE);
    await tabTo(frame, 'form.step .footer button[type="submit"]');
    // Focus is visible on the button the keyboard reached.
    const outline = await frame.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'));
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="baseline"]');
    await tabTo(frame, 'input[name="baseline"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="target"]');
    await tabTo(frame, 'input[name="target"]');
    await page.keyboard.type('30');
    await waitForVerdict(frame, ['realistic', 'stretch', 'on-track', 'unrealistic']);
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="specific"]');
    await tabTo(frame, 'input[name="owner"]');
    await page.keyboard.type('Keyboard Kim');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="drivers"] .drivers-none');
    await tabTo(frame, 'form.step .footer button[type="submit"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="relevant"]');
    await tabTo(frame, 'form.step .footer button[type="submit"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form.step[data-step="review"]');
    await frame.waitForSelector('h3.score');
    await tabTo(frame, 'button.add-goal');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('.footer .success');
    await view.screenshot('keyboard-added');
    const after = goalsTable(preview.session.snapshot());
    const row = after.rows[lastFilledRow(after.rows) - 1];
    expect(lastFilledRow(after.rows)).toBe(lastFilledRow(goalsTable(before).rows) + 1);
    expect(row[column(after.headers, 'Owner', 'Responsable')].value).toBe('Keyboard Kim');
    expect(view.problems).toEqual([]);
  });
});

describe('a workbook file, a failing server call', () => {
  let view: PreviewPage;
  let file: string;
  let original: Buffer;
  beforeAll(async () => {
    // A French .xlsx made by the add-on itself: the preview must take its locale from the file.
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr_FR' });
    loadAddon(emulator.globals).call('menuInsertExampleWorkbook');
    file = path.join(scratchDir('smart-goals-e2e-'), 'objectifs.xlsx');
    await saveXlsx(emulator, file);
    original = readFileSync(file);
    view = await openPreview(browser, { workbook: file });
  });
  afterAll(async () => view?.close());

  it('keeps what the user typed when Add fails, then succeeds on retry; the file on disk never changes', async () => {
    const { page } = view;
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    expect(await frame.textContent('button.pane-tab[data-pane="wizard"]')).toBe('Assistant');
    await frame.locator('button.series-card', { hasText: CLOSE_RATE }).first().click();
    await next(frame);
    await next(frame);
    await frame.fill('input[name="target"]', '28');
    await waitForVerdict(frame, ['realistic', 'stretch', 'on-track', 'unrealistic']);
    await next(frame);
    await next(frame);
    await next(frame);
    await next(frame);
    await frame.fill('textarea[name="statement"]', 'Porter le taux de conclusion à 28 % d’ici la fin de la semaine prochaine.');
    await page.route('**/rpc/sidebarAddGoal', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'Exception: Lock timeout: another process was holding the lock for too long.' }) }));
    await frame.click('button.add-goal');
    await frame.waitForSelector('.banner.visible');
    // Google's English lock message is said in the UI's language.
    expect(await frame.textContent('.banner')).toContain('Le classeur est occupé par une autre modification.');
    expect(await frame.textContent('.banner')).not.toMatch(/Exception|Lock timeout/);
    expect(await frame.inputValue('textarea[name="statement"]')).toBe('Porter le taux de conclusion à 28 % d’ici la fin de la semaine prochaine.');
    expect(await frame.isEnabled('button.add-goal')).toBe(true);
    await view.screenshot('fr-add-failed');
    await page.unroute('**/rpc/sidebarAddGoal');
    await frame.click('.banner button');
    await frame.waitForSelector('.footer .success');
    const goals = goalsTable(view.preview.session.snapshot());
    expect(goals.rows[lastFilledRow(goals.rows) - 1][column(goals.headers, 'Objectif')].value).toBe('Porter le taux de conclusion à 28 % d’ici la fin de la semaine prochaine.');
    expect(readFileSync(file).equals(original)).toBe(true);
    const download = await page.request.get(`${view.preview.url}/download`);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    const saved = await loadXlsx(await download.body());
    const savedGoals = (saved.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheetByName('Objectifs');
    expect(savedGoals?.getDataRange().getValues().some((row) => row.includes('Porter le taux de conclusion à 28 % d’ici la fin de la semaine prochaine.'))).toBe(true);
    expect(view.problems).toEqual([]);
  });
});

describe('menu: settings, help and the plan report', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    // `npm start` as a user runs it: the default workbook (examples/sales-goals.xlsx when shipped).
    view = await openPreview(browser, {});
  });
  afterAll(async () => view?.close());

  it('opens the default workbook with the wizard and the add-on menu', async () => {
    const tabs = await view.page.locator('#tabs button').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Goals', 'Close rate']));
    if (existsSync(DEFAULT_WORKBOOK)) expect(await view.page.textContent('#title')).toBe('sales-goals');
    const items = await view.page.locator('#addon-menu button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-function')));
    expect(items).toEqual(['showGoalWizard', 'menuCheckGoals', 'menuGeneratePlanReport', 'menuInsertExampleWorkbook', 'showSettings', 'showHelp']);
    const frame = await view.sidebar();
    expect(await frame.getAttribute('#app', 'data-active-pane')).toBe('wizard');
  });

  async function menu(functionName: string): Promise<void> {
    await view.page.click('#extensions');
    await view.page.click(`#addon-menu button[data-function="${functionName}"]`);
    await view.page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  }

  it('Settings opens its pane; saving French re-labels the sidebar and is stored in the document', async () => {
    await menu('showSettings');
    const frame = await view.sidebar();
    await frame.waitForSelector('#app[data-active-pane="settings"] form.settings');
    await frame.fill('input[name="stretchAllowance"]', '150');
    await frame.click('form.settings button[type="submit"]');
    expect(await frame.textContent('.form-status')).toBe('Enter a number between 0 and 100.');
    await frame.fill('input[name="stretchAllowance"]', '15');
    await frame.selectOption('select[name="language"]', 'fr');
    await frame.selectOption('select[name="fiscalYearStartMonth"]', '4');
    await view.screenshot('settings');
    await frame.click('form.settings button[type="submit"]');
    await frame.waitForFunction(() => document.querySelector('button.pane-tab[data-pane="settings"]')?.textContent === 'Paramètres');
    const saved = view.preview.session.rpc('sidebarGetSettings', []) as { language: string; fiscalYearStartMonth: number; policy: { stretchAllowance: number } };
    expect(saved).toMatchObject({ language: 'fr', fiscalYearStartMonth: 4, policy: { stretchAllowance: 0.15 } });
    expect(view.problems).toEqual([]);
  });

  it('Help opens its pane', async () => {
    await menu('showHelp');
    const frame = await view.sidebar();
    await frame.waitForSelector('#app[data-active-pane="help"] h2');
    expect(view.problems).toEqual([]);
  });

  it('Generate plan report runs for real and the grid shows the new tab', async () => {
    const tabsBefore = await view.page.locator('#tabs button').count();
    await menu('menuGeneratePlanReport');
    await view.page.waitForFunction((count) => document.querySelectorAll('#tabs button').length > count, tabsBefore);
    await view.screenshot('plan-report');
    expect(view.problems).toEqual([]);
  });
});

describe('a KPI without history, a target as a change', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'en_US', workbook: 'example' });
  });
  afterAll(async () => view?.close());

  it('writes the goal from the catalog KPI and a relative change, and says achievability cannot be checked', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    await frame.locator('label', { hasText: 'Or choose a KPI without history' }).waitFor();
    const catalog = frame.locator('.step-kpi select');
    await catalog.selectOption('nps');
    expect(await frame.locator('button.series-card[aria-pressed="true"]').count()).toBe(0);
    await next(frame);
    await frame.fill('input[name="baseline"]', '32');
    await next(frame);
    await frame.selectOption('select[name="mode"]', 'change');
    await frame.fill('input[name="change"]', '25');
    await frame.selectOption('select[name="changeKind"]', 'relative');
    expect(await frame.textContent('.live-panel')).toBe('No history for this KPI: achievability cannot be checked.');
    expect(await frame.textContent('.step-target .status-line')).toBe('Target level: 40');
    await frame.selectOption('select[name="deadlinePreset"]', 'custom');
    await frame.fill('input[name="deadline"]', '2027-06-30');
    await next(frame);
    await next(frame);
    await next(frame);
    await next(frame);
    expect(await frame.inputValue('textarea[name="statement"]')).toBe('Increase the NPS from 32 to 40 by June 30, 2027.');
    await frame.waitForSelector('h3.score');
    await frame.click('button.add-goal');
    await frame.waitForSelector('.footer .success');
    const goals = goalsTable(view.preview.session.snapshot());
    const row = goals.rows[lastFilledRow(goals.rows) - 1];
    expect(row[column(goals.headers, 'KPI')].value).toBe('NPS');
    expect(row[column(goals.headers, 'Target')].value).toBe(40);
    expect(row[column(goals.headers, 'Baseline')].value).toBe(32);
    // "Create another" starts over on the KPI step, and the new goal can now be a parent.
    await frame.click('.footer button.btn-primary');
    await frame.waitForSelector('form.step[data-step="kpi"]');
    expect(view.problems).toEqual([]);
  });
});

describe('the Check pane with many flagged goals', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    // 120 goals far beyond their history: all flagged, more than one page (50) of the Check pane.
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', firstSheetName: null });
    const goals = emulator.spreadsheet.insertSheet('Goals');
    const rows: Array<Array<string | number>> = [['ID', 'Goal', 'KPI', 'Target', 'Deadline']];
    for (let i = 0; i < 120; i++) rows.push([`G${i + 1}`, `Close ${500 + i} new accounts by 31/03/2027`, 'Accounts', 500 + i, '2027-03-31']);
    goals.getRange(1, 1, rows.length, 5).setValues(rows);
    const accounts = emulator.spreadsheet.insertSheet('Accounts');
    const weeks: Array<Array<string | number>> = [['Week', 'Value'], ...Array.from({ length: 60 }, (_, i) => [new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10), 2 + (i % 3)])];
    accounts.getRange(1, 1, weeks.length, 2).setValues(weeks);
    const file = path.join(scratchDir('smart-goals-e2e-'), 'many-flagged.xlsx');
    await saveXlsx(emulator, file);
    view = await openPreview(browser, { workbook: file, locale: 'en_US' });
  });
  afterAll(async () => view?.close());

  it('shows the first page, "Show more" by keyboard loads the next one and focuses its first goal, which still selects its row', async () => {
    const { page } = view;
    const frame = await checkFromMenu(view);
    expect(await frame.locator('button.flagged-goal').count()).toBe(50);
    // The sidebar's HTML on open carries one page, not 120 goals.
    const html = view.preview.session.emulator.ui.sidebars[view.preview.session.emulator.ui.sidebars.length - 1].html;
    expect((html.match(/&quot;row&quot;:/g) ?? []).length).toBe(50);
    await frame.focus('button.check-more');
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelectorAll('button.flagged-goal').length === 100);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('52');
    await page.keyboard.press('Enter');
    await page.waitForSelector('table.grid[data-sheet="Goals"] tr.selected[data-row="52"]');
    await frame.waitForSelector('button.flagged-goal[aria-current="true"][data-row="52"]');
    await frame.click('button.check-more');
    await frame.waitForFunction(() => document.querySelectorAll('button.flagged-goal').length === 120 && !document.querySelector('button.check-more'));
    const rows = await frame.$$eval('button.flagged-goal', (buttons) => buttons.map((b) => Number(b.getAttribute('data-row'))));
    expect(rows).toEqual(Array.from({ length: 120 }, (_, i) => i + 2));
    expect(view.problems).toEqual([]);
  });
});
