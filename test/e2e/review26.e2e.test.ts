/**
 * Review 26, the goal wizard as a French-Canadian sales manager uses it (fr_CA, the example workbook, 200 % zoom):
 * - The starting value shows grouped as the sidebar writes numbers (« 145 500 », fr_CA's no-break space), and what she
 *   types is read by the cells' own reader: grouped or not, a decimal comma; "1.234" is refused as in a French cell.
 * - After "Add", a failed refresh of the wizard's goals and KPIs (google.script.run failing) is said in French with a
 *   retry, and the goal stays in the sheet.
 * - At 200 % zoom (150 CSS px) a closed menu shows its whole option (wrapped), not a cut one.
 */
import type { Browser, Frame } from 'playwright-core';
import { launchBrowser, next, openPreview, type PreviewPage } from './browser';
import { column, goalsTable, lastFilledRow } from './workbook';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const NBSP = '\u00a0';

/**
 * The visible menus whose closed box cuts its option's text: the option's text laid out in a box of the menu's font and
 * text width (its content box less the arrow: the `::picker-icon` and the gap before it, else Chromium's native 20 px)
 * must fit that box sideways (scrollWidth ≤ clientWidth: no word cut) and the menu must be as tall as those lines (a
 * native one-line menu cuts the rest). The parent menu is left out: its options are goal sentences cut at 60
 * characters on purpose (clipping.e2e.test.ts).
 */
async function cutMenus(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const cut: string[] = [];
    for (const menu of Array.from(document.querySelectorAll('select'))) {
      if (menu.name === 'parent' || menu.getClientRects().length === 0) continue;
      const style = getComputedStyle(menu);
      const probe = document.createElement('div');
      probe.textContent = menu.selectedOptions?.[0]?.text ?? '';
      const icon = getComputedStyle(menu, '::picker-icon');
      const room = menu.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (parseFloat(icon.width) + parseFloat(style.columnGap) || 20);
      Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', width: `${room}px`, font: style.font, lineHeight: style.lineHeight, whiteSpace: 'normal' });
      document.body.append(probe);
      const height = menu.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (probe.scrollWidth > probe.clientWidth || probe.scrollHeight > height + 1) cut.push(`${menu.name}: “${probe.textContent}” needs ${probe.scrollWidth}×${probe.scrollHeight} px, shown in ${room}×${Math.round(height)}`);
      probe.remove();
    }
    return cut;
  });
}

describe('fr_CA, the example workbook', () => {
  let view: PreviewPage;
  beforeAll(async () => {
    view = await openPreview(browser, { locale: 'fr_CA', workbook: 'example', today: '2026-12-02' });
  });
  afterAll(async () => view?.close());

  it('shows the starting value grouped and reads it grouped or not, with a decimal comma', async () => {
    const frame = await view.sidebar();
    await frame.waitForSelector('button.series-card');
    await frame.locator('button.series-card', { hasText: /chiffre d’affaires/i }).first().click();
    await next(frame);
    const shown = await frame.inputValue('input[name="baseline"]');
    expect(shown).toMatch(new RegExp(`^\\d{1,3}(${NBSP}\\d{3})+$`));
    for (const typed of ['152 000', '152000', `152${NBSP}000,5`, '152000,5']) {
      await frame.fill('input[name="baseline"]', typed);
      expect([typed, await frame.getAttribute('input[name="baseline"]', 'aria-invalid')]).toEqual([typed, 'false']);
    }
    // A dot between digits is no French group to a cell: no guess.
    await frame.fill('input[name="baseline"]', '152.000');
    expect(await frame.getAttribute('input[name="baseline"]', 'aria-invalid')).toBe('true');
    await frame.fill('input[name="baseline"]', shown);
    await next(frame);
    // The target takes the same reading: the suggested target written back grouped.
    await frame.fill('input[name="target"]', '9 999 999');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    expect(await frame.getAttribute('input[name="target"]', 'aria-invalid')).toBe('false');
    expect(view.problems).toEqual([]);
  });

  it('says in French when the wizard could not reload its lists after Add, keeps the goal, and retries', async () => {
    const frame = await view.sidebar();
    await frame.fill('input[name="target"]', '160 000');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    for (let i = 0; i < 4; i += 1) await next(frame);
    await frame.waitForSelector('.criteria');
    const before = lastFilledRow(goalsTable(view.preview.session.snapshot()).rows);
    await frame.click('button.add-goal');
    await frame.waitForSelector('.footer .success');
    const statement = await frame.inputValue('textarea[name="statement"]');
    // google.script.run fails the refresh "Créer un autre objectif" asks for.
    await view.page.route('**/rpc/sidebarGetContext', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'Exception: Service error: Spreadsheets' }) }));
    await frame.click('.footer .btn-primary');
    await frame.waitForSelector('.banner.visible');
    expect(await frame.textContent('.banner p')).toBe(
      'Votre modification est dans le classeur, mais l’assistant n’a pas pu recharger ses objectifs et KPI. Google Sheets n’a pas répondu. Réessayez dans un instant.',
    );
    expect(await frame.textContent('.banner button')).toBe('Réessayer');
    const table = goalsTable(view.preview.session.snapshot());
    expect(lastFilledRow(table.rows)).toBe(before + 1);
    expect(table.rows[before][column(table.headers, 'Objectif')].value).toBe(statement);
    await view.page.unroute('**/rpc/sidebarGetContext');
    await frame.click('.banner button');
    await frame.waitForSelector('.banner:not(.visible)', { state: 'attached' });
    expect(await frame.textContent('.banner')).toBe('');
    // The wizard started over meanwhile, on the KPI step.
    expect(await frame.getAttribute('form.step', 'data-step')).toBe('kpi');
    expect(view.problems).toEqual([]);
  });

  it('at 200 % zoom (150 CSS px), a closed menu shows its whole option', async () => {
    // Browser zoom at 200 %: the sidebar's 300 screen pixels are 150 CSS pixels (review25.e2e.test.ts).
    await view.page.addStyleTag({ content: '#sidebar-frame { width: 150px !important; height: 360px !important; flex: none !important; }' });
    const frame = await view.sidebar();
    await frame.waitForFunction(() => document.documentElement.clientWidth === 150);
    await frame.locator('button.series-card', { hasText: /taux de conclusion/i }).first().click();
    await next(frame);
    expect(await cutMenus(frame)).toEqual([]);
    await next(frame);
    await frame.fill('input[name="target"]', '30');
    await frame.waitForSelector('.live-panel:not([aria-busy]) .verdict-line[data-verdict]');
    await frame.selectOption('select[name="deadlinePreset"]', { index: 1 });
    expect(await cutMenus(frame)).toEqual([]);
    await frame.selectOption('select[name="mode"]', 'change');
    await frame.selectOption('select[name="changeKind"]', 'relative');
    expect(await cutMenus(frame)).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(150);
    await view.screenshot('review26-zoom-200-menus');
    expect(view.problems).toEqual([]);
  });
});
