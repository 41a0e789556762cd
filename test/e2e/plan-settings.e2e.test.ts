/**
 * The Settings pane's team plan in a real browser, keyboard only: a wrong
 * ramp month is named and focused, then a fixed ramp and a planned hire
 * (added with the keyboard, date typed into the date field) are saved and
 * read back from the document.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, type PreviewPage } from './browser';

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

it('edits the ramp and adds a hire with the keyboard, then saves', async () => {
  await view.page.click('#extensions');
  await view.page.click('#addon-menu button[data-function="showSettings"]');
  await view.page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  const frame = await view.sidebar();
  await frame.waitForSelector('#app[data-active-pane="settings"] form.settings .plan-settings');
  const keyboard = view.page.keyboard;
  const active = () => frame.evaluate(() => `${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent}`);

  // Month 2 of the ramp: 150 % is refused, named, and gets the focus back.
  await frame.focus('input[name="rampMonth"] >> nth=1');
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('150');
  await keyboard.press('Enter');
  await frame.waitForSelector('.form-status .error-text');
  expect(await frame.textContent('.form-status')).toContain('Month 2: enter a percentage between 0 and 100.');
  expect(await frame.getAttribute('input[name="rampMonth"] >> nth=1', 'aria-invalid')).toBe('true');
  expect(await active()).toBe('rampMonth');
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('60');

  // "Add a hire" from the keyboard: the focus lands in the new row's date.
  await frame.focus('.hires button:has-text("Add a hire")');
  await keyboard.press('Enter');
  expect(await active()).toBe('hireDate');
  expect(await frame.getAttribute('input[name="hireDate"]', 'id')).toBe(await frame.getAttribute('label:has-text("Hire 1: start date")', 'for'));
  // Chromium's date field takes the digits segment by segment (month, day, year in en-US).
  await keyboard.type('02012027');
  expect(await frame.inputValue('input[name="hireDate"]')).toBe('2027-02-01');
  // Tab leaves the date field once its segments are passed (Chromium may stop on the calendar button first).
  for (let i = 0; i < 3 && (await active()) !== 'hireCount'; i++) await keyboard.press('Tab');
  expect(await active()).toBe('hireCount');
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('2');
  await keyboard.press('Enter');
  await frame.waitForSelector('.form-status .success');
  await view.screenshot('en-settings-plan');

  const saved = view.preview.session.rpc('sidebarGetSettings', []) as { plan: { ramp: number[]; hires: unknown[]; coverageThreshold: number } };
  expect(saved.plan).toEqual({ ramp: [0.25, 0.6, 0.75, 1], hires: [{ date: '2027-02-01', count: 2 }], coverageThreshold: 1.5 });
  expect(view.problems).toEqual([]);
});
