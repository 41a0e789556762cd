/**
 * fixes63, item 3: a log (many rows a day) is read as weekly totals without the week still running (review 27). The
 * week holding today was left out only while its last day was after today: on Sunday, its last day, the week counted as
 * whole though Sunday's rows were still coming in. Today is the spreadsheet's day — Apps Script's reference: a date cell
 * is a day in the spreadsheet's time zone (`Spreadsheet.getSpreadsheetTimeZone`), and `Utilities.formatDate(date,
 * timeZone, format)` gives the day of an instant in a zone — so the same instant is Sunday in Los Angeles and Monday in
 * Auckland: the week ending Sunday 22 November 2026 is finished in Auckland, still running in Los Angeles. One rule,
 * core `periodOver` (a period is over once its last day is before today), for the weekly log and the per-period totals.
 */
import type { SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet } from './harness';

/** Ten stores × 25 orders a day up to Sunday 22 November 2026; the Sunday's rows so far: four stores only. */
function ordersLog(): unknown[][] {
  const rows: unknown[][] = [['Date', 'Store', 'Orders']];
  const end = Date.parse('2026-11-22T00:00:00Z');
  for (let d = 120; d >= 0; d--) {
    const day = new Date(end - d * 86_400_000).toISOString().slice(0, 10);
    for (let store = 1; store <= (d === 0 ? 4 : 10); store++) rows.push([day, `Store ${store}`, 25]);
  }
  return rows;
}

/** The wizard's latest weekly total of the log at `instant` in a spreadsheet of `timeZone` (no "today" override: the clock). */
function latestWeek(timeZone: string, instant: string): unknown {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone, clock: { start: instant, msPerCall: 0 } });
  const addon = loadAddon(emulator.globals);
  addSheet(emulator, 'Orders', ordersLog());
  const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  return { today: context.today, latest: context.series.find((s) => s.name === 'Orders')?.latest };
}

describe('the week ending on the spreadsheet’s today is still running (Auckland, Los Angeles)', () => {
  it('Sunday 22 November in Los Angeles (Monday morning in Auckland): LA leaves the week out, Auckland counts it whole', () => {
    const instant = '2026-11-22T20:00:00Z';
    expect(latestWeek('America/Los_Angeles', instant)).toEqual({ today: '2026-11-22', latest: { date: '2026-11-09', value: 1750 } });
    expect(latestWeek('Pacific/Auckland', instant)).toEqual({ today: '2026-11-23', latest: { date: '2026-11-16', value: 1600 } });
  });

  it('Sunday evening in Auckland (Saturday night in Los Angeles): both leave the week out', () => {
    const instant = '2026-11-22T06:00:00Z';
    expect(latestWeek('Pacific/Auckland', instant)).toEqual({ today: '2026-11-22', latest: { date: '2026-11-09', value: 1750 } });
    expect(latestWeek('America/Los_Angeles', instant)).toEqual({ today: '2026-11-21', latest: { date: '2026-11-09', value: 1750 } });
  });
});
