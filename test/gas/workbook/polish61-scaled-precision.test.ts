/**
 * polish61, item a (audit61 a), through the BUILT bundle, FR and EN: a goal « Atteindre 1,2 M€ de CA au T2 2027 » on a
 * tab headed « CA mensuel (k€) » whose cells carry one decimal under Sheets' automatic format (81,5 ; 122,4) was shown
 * « 1 200,00 k€ » in the report's Goals table and on the chart's target line, and its forecast rows « 125,15 k€ », beside
 * « 410 k€ » for the suggested target: `shownDecimals` (core/workbook/kpis.ts) gave an unformatted column two decimals
 * whenever a value was not whole. The tab's precision is now the decimals its values carry (one here), shared by the
 * wizard, Check goals' notes, the Goals table and the chart; a whole target stated in M€ reads « 1 200 k€ ».
 */
import type { SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

// 24 months of revenue in thousands, one decimal each (78 … 119,4), typed with no number format.
const REVENUE_K = Array.from({ length: 24 }, (_, i) => Math.round((78 + i * 1.6 + (i % 3) * 2.3) * 10) / 10);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'fr_FR', lang: 'fr' as const, tab: 'CA', header: 'CA mensuel (k€)', goals: ['ID', 'Objectif', 'Responsable'], goal: 'Atteindre 1,2 M€ de CA au T2 2027',
    target: '1 200 k€', twoDecimals: /\d,\d\d k€/, oneDecimal: /^\d[\d ]*,\d k€$/, chartTitle: 'CA mensuel (k€)',
  },
  {
    locale: 'en_US', lang: 'en' as const, tab: 'Revenue', header: 'Monthly revenue (k$)', goals: ['ID', 'Goal', 'Owner'], goal: 'Reach $1.2M in revenue in Q2 2027',
    target: '$1,200k', twoDecimals: /\$[\d,]+\.\d\dk/, oneDecimal: /^\$[\d,]+\.\dk$/, chartTitle: 'Monthly revenue (k$)',
  },
];

describe.each(CASES)('polish61: one precision on a scaled tab whose values carry one decimal ($locale)', (c) => {
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  addSheet(emulator, c.tab, monthlyRows(c.header, REVENUE_K));
  const spreadsheet = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getSheets()[0];
  goals.getRange(1, 1, 2, 3).setValues([c.goals, ['G1', c.goal, 'Alice']]);
  emulator.runExecution(() => addon.call('checkGoals'));
  const checked = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  emulator.runExecution(() => addon.call('menuGeneratePlanReport'));
  const report = spreadsheet.getSheets().find((s) => ![goals.getName(), c.tab].includes(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues().map((r) => r.map(spaced));

  it('the wizard is told the tab shows one decimal', () => {
    const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
    expect(context.series.find((s) => s.sheetName === c.tab)?.amountDecimals).toBe(1);
  });

  it('Check goals’ notes write no amount with two decimals', () => {
    expect(checked[1].join(' | ')).not.toMatch(c.twoDecimals);
  });

  it('the report’s Goals table writes the stated target whole', () => {
    const row = shown.find((r) => r[0] === 'G1' && r.includes(c.target));
    expect(row).toBeDefined();
    expect(shown.flat().join(' | ')).not.toMatch(c.twoDecimals);
  });

  it('the chart data write the forecast at one decimal and the target line as the Goals table', () => {
    const title = shown.findIndex((r) => r[0] === c.chartTitle);
    expect(title).toBeGreaterThan(0);
    const rows = shown.slice(title + 2).filter((r) => r[1] !== '' && r[2] !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[1]).toMatch(c.oneDecimal);
      expect(row.filter((cell) => cell !== '').at(-1)).toBe(c.target);
    }
  });
});
