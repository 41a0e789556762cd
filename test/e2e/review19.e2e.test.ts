/**
 * Review19, a French then an English sales manager new to the add-on: an amount typed as people write it ("200 k€",
 * "$200K") is a target, not "not a number"; the baseline hint names the Check goals command without reading as an
 * order and gives a month's figure its month (« octobre 2026 », not « 1er oct. 2026 »); the Help pane's SMARTSCORE
 * example is a French goal in French.
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

const REVENUE = /^(Chiffre d’affaires|Revenue)/;

/** KPI (the revenue card) → baseline, returning the baseline step's hint. */
async function toBaseline(frame: Frame): Promise<string> {
  await frame.waitForSelector('button.series-card');
  await frame.locator('button.series-card', { hasText: REVENUE }).first().click();
  await next(frame);
  await frame.waitForSelector('input[name="baseline"]');
  return (await frame.locator('input[name="baseline"] ~ .hint').first().textContent()) ?? '';
}

async function panelAfter(frame: Frame, target: string, pattern: RegExp): Promise<string> {
  await frame.fill('input[name="target"]', target);
  await frame.waitForFunction((source) => {
    const panel = document.querySelector('.live-panel');
    return !!panel && !panel.hasAttribute('aria-busy') && new RegExp(source).test(panel.textContent ?? '');
  }, pattern.source);
  return (await frame.textContent('.live-panel')) ?? '';
}

describe('French (fr_FR)', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'fr_FR', workbook: 'example', today: '2026-11-26' });
  });
  afterAll(async () => view?.close());

  it('reads « 200 k€ » and « 1,5 M€ » as amounts, and names « Vérifier les objectifs » in the baseline hint', async () => {
    const frame = await view.sidebar();
    const hint = await toBaseline(frame);
    expect(hint).toMatch(/^Prérempli avec le dernier mois \(octobre 2026\), d’où partent aussi «\u202fVérifier les objectifs\u202f» et les formules quand/);
    await next(frame);
    const panel = await panelAfter(frame, '200 k€', /Chance d’atteindre 200\u202f000\u00a0€/);
    expect(panel).not.toContain('n’est pas un nombre');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    expect(await panelAfter(frame, '1,5 M€', /Chance d’atteindre 1\u202f500\u202f000\u00a0€/)).not.toContain('n’est pas un nombre');
    // Another currency's multiplier is still said to be another currency, not read as euros.
    await frame.fill('input[name="target"]', '200 k$');
    await frame.waitForFunction(() => /L’objectif est en \$, l’onglet KPI en €\u202f: rien n’est converti/.test(document.querySelector('form.step')?.textContent ?? ''));
    await frame.fill('input[name="target"]', '200 k€');
    for (let step = 0; step < 4; step += 1) await next(frame);
    expect(await frame.inputValue('textarea[name="statement"]')).toMatch(/ à 200\u202f000\u00a0€ /);
    expect(view.problems).toEqual([]);
  });

  it('shows a French goal in the Help pane’s SMARTSCORE example', async () => {
    const frame = await view.sidebar();
    await frame.click('button.pane-tab[data-pane="help"]');
    await frame.waitForSelector('#app[data-active-pane="help"]');
    const help = (await frame.textContent('#app')) ?? '';
    expect(help).toContain('=SMARTSCORE("Porter notre taux de conclusion à 30 % la semaine prochaine"; ; DATE(2026;11;26))');
    expect(help).not.toContain('Raise our close rate');
    expect(help).toContain('«\u202fVérifier les objectifs\u202f» note chaque objectif');
    expect(view.problems).toEqual([]);
  });
});

describe('English (en_US)', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'en_US', workbook: 'example', today: '2026-11-26' });
  });
  afterAll(async () => view?.close());

  it('reads "$200K" and "1.5M" as amounts, and the baseline hint does not open on "Check goals and…"', async () => {
    const frame = await view.sidebar();
    const hint = await toBaseline(frame);
    expect(hint).toMatch(/^Pre-filled with the latest month \(October 2026\), where Check goals and the formulas also start when a goal states no baseline\./);
    await next(frame);
    expect(await panelAfter(frame, '$200K', /Chance of reaching \$200,000/)).not.toContain('is not a number');
    expect(await panelAfter(frame, '1.5M', /Chance of reaching \$1,500,000/)).not.toContain('is not a number');
    expect(view.problems).toEqual([]);
  });
});
