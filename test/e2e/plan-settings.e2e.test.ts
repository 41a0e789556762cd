/**
 * The Settings pane's team plan in a real browser, keyboard only: a wrong
 * ramp month is named and focused, then a fixed ramp and a planned hire
 * (added with the keyboard, date typed into the date field) are saved and
 * read back from the document. In English, and in French (a French
 * workbook, a French browser): French labels, validation messages with
 * French typography (no-break space before the colon, narrow no-break
 * space in 1 000), decimal commas, the focus on the bad field.
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
  const labelOf = (name: string) =>
    frame.evaluate((n) => {
      const id = document.querySelector(`input[name="${n}"]`)?.getAttribute('id');
      return id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : '';
    }, name);

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

  // Issue 13: the healthy capacity ratio and the sales cycle, typed, then saved with Enter.
  await frame.focus('input[name="capacityThreshold"]');
  expect(await frame.inputValue('input[name="capacityThreshold"]')).toBe('1.2');
  expect(await labelOf('capacityThreshold')).toBe('Healthy capacity (×)');
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('1.3');
  await keyboard.press('Tab');
  expect(await active()).toBe('salesCycleDays');
  expect(await labelOf('salesCycleDays')).toBe('Sales cycle (days)');
  expect(await frame.inputValue('input[name="salesCycleDays"]')).toBe('');
  await keyboard.type('60');
  await keyboard.press('Enter');
  await frame.waitForSelector('.form-status .success');
  await view.screenshot('en-settings-plan');

  const saved = view.preview.session.rpc('sidebarGetSettings', []) as { plan: { ramp: number[]; hires: unknown[]; coverageThreshold: number } };
  expect(saved.plan).toEqual({ ramp: [0.25, 0.6, 0.75, 1], hires: [{ date: '2027-02-01', count: 2 }], coverageThreshold: 1.5, capacityThreshold: 1.3, salesCycleDays: 60 });
  expect(view.problems).toEqual([]);
});

describe('in French (French workbook and browser)', () => {
  let fr: PreviewPage;
  beforeAll(async () => {
    fr = await openPreview(browser, { locale: 'fr_FR', workbook: 'example', today: '2026-11-26', browserLocale: 'fr-FR' });
  });
  afterAll(async () => fr?.close());

  it('names the bad field in French, focuses it, and saves a ramp, a hire and a ratio typed the French way', async () => {
    await fr.page.click('#extensions');
    await fr.page.click('#addon-menu button[data-function="showSettings"]');
    await fr.page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
    const frame = await fr.sidebar();
    await frame.waitForSelector('#app[data-active-pane="settings"] form.settings .plan-settings');
    const keyboard = fr.page.keyboard;
    const active = () => frame.evaluate(() => `${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent}`);
    const text = async (selector: string) => (await frame.textContent(selector)) ?? '';
    // The text of the <label for> of the index-th input of that name (what a screen reader announces).
    const labelOf = (name: string, index = 0) =>
      frame.evaluate(
        ([n, i]) => {
          const id = document.querySelectorAll(`input[name="${n}"]`)[Number(i)]?.getAttribute('id');
          return id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : '';
        },
        [name, String(index)],
      );

    // French labels (’ apostrophes, no-break spaces before colons).
    expect(await text('.plan-settings h3')).toBe('Plan de l’équipe (contrôle par les inducteurs)');
    expect(await text('.plan-settings fieldset.ramp legend')).toBe('Montée en charge d’un nouveau commercial (% de la productivité pleine par mois)');
    expect(await text('.plan-settings fieldset.hires legend')).toBe('Embauches prévues');
    expect(await labelOf('rampMonth', 1)).toBe('Mois 2');
    expect(await text('.plan-settings fieldset.hires')).toContain('Aucune embauche prévue.');

    // Month 2 of the ramp: 150 % is refused in French, named, and gets the focus back.
    await frame.focus('input[name="rampMonth"] >> nth=1');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('150 %');
    await keyboard.press('Enter');
    await frame.waitForSelector('.form-status .error-text');
    expect(await text('.form-status')).toContain('Mois 2\u202f: saisissez un pourcentage entre 0 et 100.');
    expect(await frame.getAttribute('input[name="rampMonth"] >> nth=1', 'aria-invalid')).toBe('true');
    expect(await active()).toBe('rampMonth');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('62,5 %');

    // « Ajouter une embauche » from the keyboard: the focus lands in the new row's date, labelled in French.
    await frame.focus('.hires button:has-text("Ajouter une embauche")');
    await keyboard.press('Enter');
    expect(await active()).toBe('hireDate');
    expect(await labelOf('hireDate')).toBe('Embauche 1\u202f: date d’arrivée');
    expect(await labelOf('hireCount')).toBe('Embauche 1\u202f: nombre de commerciaux');
    // The date field's segment order is Chromium's UI language, not the page's (Debian's chromium ships the
    // en-US locale pack only; chromium-l10n adds fr): month, day, year here, whatever the page locale says.
    await keyboard.type('02012027');
    expect(await frame.inputValue('input[name="hireDate"]')).toBe('2027-02-01');
    for (let i = 0; i < 3 && (await active()) !== 'hireCount'; i++) await keyboard.press('Tab');
    expect(await active()).toBe('hireCount');
    // No reps is refused: the message keeps French typography (1 000 with a narrow no-break space) and the focus stays.
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('0');
    await keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('.form-status')?.textContent?.includes('Embauche 1'));
    expect(await text('.form-status')).toContain('Embauche 1\u202f: saisissez un nombre entier de commerciaux différent de 0, au plus 1\u202f000 (négatif pour des départs).');
    expect(await frame.getAttribute('input[name="hireCount"]', 'aria-invalid')).toBe('true');
    expect(await frame.getAttribute('input[name="rampMonth"] >> nth=1', 'aria-invalid')).toBe('false');
    expect(await active()).toBe('hireCount');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('2');

    // The coverage ratio with a decimal comma; a bad one first.
    await frame.focus('input[name="coverageThreshold"]');
    expect(await frame.inputValue('input[name="coverageThreshold"]')).toBe('1,5');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('beaucoup');
    await keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('.form-status')?.textContent?.includes('ratio'));
    expect(await text('.form-status')).toContain('Saisissez un ratio de couverture entre 0,1 et 10, par exemple 1,5.');
    expect(await active()).toBe('coverageThreshold');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('1,2');

    // Issue 13: a sales cycle that is not a number of days is refused in French and keeps the focus; "45 jours" is read.
    expect(await labelOf('capacityThreshold')).toBe('Capacité saine (×)');
    expect(await frame.inputValue('input[name="capacityThreshold"]')).toBe('1,2');
    expect(await labelOf('salesCycleDays')).toBe('Cycle de vente (jours)');
    await frame.focus('input[name="salesCycleDays"]');
    await keyboard.type('deux mois');
    await keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('.form-status')?.textContent?.includes('cycle de vente'));
    expect(await text('.form-status')).toContain('Saisissez un cycle de vente en jours entiers entre 1 et 730, ou laissez vide.');
    expect(await frame.getAttribute('input[name="salesCycleDays"]', 'aria-invalid')).toBe('true');
    expect(await active()).toBe('salesCycleDays');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('45 jours');
    await keyboard.press('Enter');
    await frame.waitForSelector('.form-status .success');
    expect(await text('.form-status')).toContain('Paramètres enregistrés.');
    await fr.screenshot('fr-settings-plan');

    const saved = fr.preview.session.rpc('sidebarGetSettings', []) as { plan: { ramp: number[]; hires: unknown[]; coverageThreshold: number } };
    expect(saved.plan).toEqual({ ramp: [0.25, 0.625, 0.75, 1], hires: [{ date: '2027-02-01', count: 2 }], coverageThreshold: 1.2, capacityThreshold: 1.2, salesCycleDays: 45 });
    expect(fr.problems).toEqual([]);
  });
});
