/**
 * Review 25, a Québec sales manager on the keyboard with a screen reader (fr_CA, Canadian dollars, a fiscal year from
 * 1 November), on a workbook of her own: a monthly revenue tab with a long French name and a missing month.
 * - A field marked invalid is read with WHY: the live panel's « … n’est pas un nombre » and « L’échéance … est déjà
 *   passée » are in the field's aria-describedby (WCAG 3.3.1) — also where a refused Next puts the focus — and leave it
 *   when fixed.
 * - The verdict is announced as sentences (« Irréaliste. Chance au rythme actuel : … »), once per answer.
 * - A used-up Apps Script quota and google.script.run's multi-account refusal (PERMISSION_DENIED) are said in French.
 * - The Goals tab gets exactly the sentence shown, typed text stays text ("=2+2 …" is no formula), and a second goal
 *   goes on the next row.
 * - At 200 % zoom (150 CSS px) the pane tabs wrap instead of running off the edge.
 */
import type { Browser, Frame } from 'playwright-core';
import { describedBy, launchBrowser, next, openPreview, type PreviewPage } from './browser';
import { column, goalsTable, lastFilledRow } from './workbook';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const REVENUE = 'Chiffre d’affaires mensuel du réseau de distribution de l’Est-du-Québec';
const NNBSP = '\u202f';

async function announced(frame: Frame): Promise<string> {
  await frame.waitForFunction(() => (document.querySelector('p.sr-only[role="status"]')?.textContent ?? '') !== '');
  return (await frame.textContent('p.sr-only[role="status"]')) ?? '';
}

describe('fr_CA, a revenue tab of her own, keyboard and screen reader', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, {
      locale: 'fr_CA',
      workbook: 'example',
      today: '2026-12-02',
      prepare: (preview) => {
        const ss = (preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
        const sheet = ss.insertSheet('Chiffre d’affaires');
        // Monthly, June 2025 to November 2026, March 2026 missing.
        const rows: Array<[string | Date, string | number]> = [['Mois', REVENUE]];
        for (let i = 0; i < 18; i += 1) if (i !== 9) rows.push([new Date(Date.UTC(2025, 5 + i, 1)), 120000 + 1500 * i]);
        sheet.getRange(1, 1, rows.length, 2).setValues(rows);
        sheet.getRange(2, 2, rows.length - 1, 1).setNumberFormat('#,##0 [$$-C0C]');
        const settings = preview.session.rpc('sidebarGetSettings', []) as Record<string, unknown>;
        preview.session.rpc('sidebarSaveSettings', [{ ...settings, fiscalYearStartMonth: 11 }]);
      },
    });
  });
  afterAll(async () => view?.close());

  it('reads each problem with its field, and the verdict as sentences', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    await frame.locator('button.series-card', { hasText: REVENUE }).first().click();
    await next(frame);
    await next(frame);
    // The fiscal year from 1 November: its end is 31 October.
    expect(await frame.locator('select[name="deadlinePreset"] option').allTextContents()).toContain('Fin de l’exercice (31 oct. 2027)');
    await frame.fill('input[name="target"]', 'cent soixante mille');
    await frame.waitForSelector('.live-panel .notice');
    expect(await frame.getAttribute('input[name="target"]', 'aria-invalid')).toBe('true');
    expect(await describedBy(frame, 'input[name="target"]')).toContain(`«${NNBSP}cent soixante mille${NNBSP}» n’est pas un nombre`);
    // Next refused: the alert says so, and the focus lands on the target, which still reads why it is invalid.
    await frame.click('form.step .footer button[type="submit"]');
    await frame.waitForSelector('.problems p');
    expect(await frame.textContent('.problems[role="alert"]')).toBe('Saisissez une cible (un nombre).');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('target');
    expect(await describedBy(frame, 'input[name="target"]')).toContain('n’est pas un nombre');
    // Fixed: neither stays with the field.
    await frame.fill('input[name="target"]', '160 000');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict="unrealistic"]');
    expect((await describedBy(frame, 'input[name="target"]')).trim()).toBe('');
    expect(await announced(frame)).toMatch(new RegExp(`^Irréaliste\\. Chance au rythme actuel${NNBSP}: .+\\. Cible suggérée${NNBSP}: .+\\u00a0\\$ d’ici le `));
    // A date already past, typed in the date field: read with its reason, after the date spelled out.
    await frame.fill('input[name="deadline"]', '2026-11-20');
    await frame.waitForSelector('.live-panel .notice');
    expect(await describedBy(frame, 'input[name="deadline"]')).toMatch(/^Soit le 20 nov\. 2026\. L’échéance du 20 nov\. 2026 est déjà passée/);
    expect(await describedBy(frame, 'input[name="target"]')).not.toContain('passée');
    await frame.selectOption('select[name="deadlinePreset"]', { label: 'Fin de l’exercice (31 oct. 2027)' });
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    expect(await describedBy(frame, 'input[name="deadline"]')).toBe('Soit le 31 oct. 2027.');
    expect(view.problems).toEqual([]);
  });

  it('writes the sentence shown, typed text as text, then a second goal on the next row — through a quota error and a refused account', async () => {
    const frame = await view.sidebar();
    await next(frame);
    await frame.fill('input[name="owner"]', 'Marie-Ève Tremblay-Bélanger, directrice régionale des ventes');
    await frame.fill('textarea[name="levers"], input[name="levers"]', '=2+2 remises aux distributeurs');
    for (let i = 0; i < 3; i += 1) await next(frame);
    await frame.waitForSelector('.criteria');
    const shown = await frame.inputValue('textarea[name="statement"]');
    expect(shown).toContain('grâce à =2+2 remises aux distributeurs');
    const before = lastFilledRow(goalsTable(view.preview.session.snapshot()).rows);
    await frame.click('button.add-goal');
    await frame.waitForSelector('.footer .success');
    let table = goalsTable(view.preview.session.snapshot());
    expect(lastFilledRow(table.rows)).toBe(before + 1);
    const goal = table.rows[before][column(table.headers, 'Objectif')];
    expect(goal).toEqual(expect.objectContaining({ value: shown, formula: '' }));
    const firstId = table.rows[before][column(table.headers, 'ID')].value;

    // A second goal: the close rate, through a quota error on the live check.
    await frame.click('.footer .btn-primary');
    await frame.waitForSelector('button.series-card');
    await frame.locator('button.series-card').first().click();
    await next(frame);
    await next(frame);
    const quota = 'Exception: Service invoked too many times for one day: spreadsheets.';
    await view.page.route('**/rpc/sidebarAssess', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: quota }) }));
    await frame.fill('input[name="target"]', '30');
    await frame.waitForSelector('.live-panel .error-text');
    expect(await frame.textContent('.live-panel .error-text')).toBe(`La limite d’utilisation fixée par Google est atteinte. Réessayez plus tard${NNBSP}: une limite quotidienne se réinitialise après 24\u00a0heures.`);
    await view.page.unroute('**/rpc/sidebarAssess');
    await frame.fill('input[name="target"]', '31');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    for (let i = 0; i < 4; i += 1) await next(frame);
    await frame.waitForSelector('.criteria');
    // Several Google accounts signed in: google.script.run refuses before our server is reached.
    const refusal = "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
    await view.page.route('**/rpc/sidebarAddGoal', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: refusal }) }));
    await frame.click('button.add-goal');
    await frame.waitForSelector('.banner p');
    expect(await frame.textContent('.banner p')).toMatch(/^Google a refusé cette demande, comme quand plusieurs comptes Google sont connectés/);
    await view.page.unroute('**/rpc/sidebarAddGoal');
    await frame.click('.banner button');
    await frame.waitForSelector('.footer .success');
    table = goalsTable(view.preview.session.snapshot());
    expect(lastFilledRow(table.rows)).toBe(before + 2);
    const second = table.rows[before + 1];
    expect(second[column(table.headers, 'Objectif')].value).toBe(await frame.inputValue('textarea[name="statement"]'));
    expect(second[column(table.headers, 'ID')].value).not.toBe(firstId);
    expect(view.problems).toEqual([]);
  });

  it('at 200 % zoom (150 CSS px), the pane tabs wrap rather than run off the edge', async () => {
    // Browser zoom at 200 %: the sidebar's 300 × 720 screen pixels are 150 × 360 CSS pixels.
    await view.page.addStyleTag({ content: '#sidebar-frame { width: 150px !important; height: 360px !important; flex: none !important; }' });
    const frame = await view.sidebar();
    await frame.waitForFunction(() => document.documentElement.clientWidth === 150);
    const cut = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('.pane-tab'))
        .filter((tab) => tab.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((tab) => tab.textContent),
    );
    expect(cut).toEqual([]);
    // A short sidebar does not give a quarter of its height to a sticky action bar.
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.footer') as PageElement).position)).toBe('static');
    await view.screenshot('review25-zoom-200');
  });
});
