/**
 * Review 27, a team in São Paulo (pt_BR, America/Sao_Paulo) whose daily KPI tab is a log: one row per store and day. A log
 * is read as weekly totals (core `logPoints`); its last week was summed whole though the rows stopped on a Wednesday —
 * the week still running on 26 November 2026 (Thursday) — so 3 days read as a week: 750 orders where every whole week
 * holds 1,750. "200 orders per day" (1,400 a week) read 40 % at Check goals (>99 % with the rows stopping on Sunday),
 * GOALVERDICT 78 %, and the wizard's latest value was 750. A week the rows have not finished is left out, as the
 * per-period totals leave out a period the history has not finished (`windowTotals`).
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

/** Ten stores × 25 orders a day for 400 days up to `last` (ISO): every whole week is 1,750 orders. */
function ordersLog(last: string): unknown[][] {
  const rows: unknown[][] = [['Data', 'Loja', 'Pedidos']];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let d = 399; d >= 0; d--) {
    const day = new Date(end - d * 86_400_000).toISOString().slice(0, 10);
    for (let store = 1; store <= 10; store++) rows.push([day, `Loja ${store}`, 25]);
  }
  return rows;
}

function runOn(last: string): { notes: string[]; verdicts: string[]; formula: unknown; latest: unknown } {
  const h = harness({ spreadsheetLocale: 'pt_BR', timeZone: 'America/Sao_Paulo', userLocale: 'en' });
  const log = addSheet(h.emulator, 'Pedidos', ordersLog(last));
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getSheets()[0];
  goals.setName('Goals');
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Reach 200 orders per day by 30/06/2027', 'Pedidos']]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const at = (name: string) => values[0].indexOf(name);
  const history = log.getDataRange().getValues().map((row) => [row[0], row[2]]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  return {
    notes: values.slice(1).map((row) => String(row[at('SMART notes')])),
    verdicts: values.slice(1).map((row) => String(row[at('Verdict')])),
    formula: h.addon.call('GOALVERDICT', history, 1400, '30/06/2027'),
    latest: context.series.find((s) => s.name === 'Pedidos')?.latest,
  };
}

describe('a log whose rows stop inside a week (today Thursday 26 November 2026)', () => {
  it('leaves the running week out: the same answers as rows stopping on the Sunday before', () => {
    const wednesday = runOn('2026-11-25');
    const sunday = runOn('2026-11-22');
    expect(sunday.verdicts).toEqual(['on track']);
    expect(sunday.formula).toBe('on track');
    expect(sunday.latest).toEqual({ date: '2026-11-16', value: 1750 });
    expect(wednesday.verdicts).toEqual(sunday.verdicts);
    expect(wednesday.formula).toBe(sunday.formula);
    expect(wednesday.latest).toEqual(sunday.latest);
    expect(wednesday.notes[0]).toContain('judged as about 1,400 a week');
  });
});
