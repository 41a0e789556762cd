/**
 * audit62: `npm start -- --today 2026-12-08` froze the add-on's clock at noon of that day in the PREVIEW PROCESS's time
 * zone ("Noon, so no time zone moves the day"), but the add-on's today is the day in the SPREADSHEET's zone (Apps Script:
 * `Spreadsheet.getSpreadsheetTimeZone()`, src/gas/workbook/env.ts `todayIn`). Twelve hours do not cover the world: an
 * Auckland workbook (UTC+13 in December) previewed on a machine in UTC woke up on 9 December, and a Pago Pago one (UTC−11)
 * on a machine in Auckland on 7 December. The clock is now set to noon of --today in the workbook's own zone.
 */
import type { SidebarContext } from '../../../src/core/api';
import { parseCli } from '../../../src/local/preview/server';
import { PreviewSession } from '../../../src/local/preview/session';

async function previewToday(timeZone: string): Promise<string> {
  const session = await PreviewSession.open({ workbook: 'example', locale: 'en_NZ', timeZone, today: '2026-12-08' });
  return (session.rpc('sidebarGetContext', []) as SidebarContext).today;
}

describe('the preview’s --today is that day in the workbook’s time zone, whatever the machine’s', () => {
  it.each(['Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Toronto', 'UTC'])('%s: 2026-12-08', async (timeZone) => {
    expect(await previewToday(timeZone)).toBe('2026-12-08');
  });
});

describe('npm start -- --time-zone', () => {
  it('sets the workbook’s zone; a name that is no zone is refused', () => {
    expect(parseCli(['--locale', 'en_NZ', '--time-zone', 'Pacific/Auckland', '--today', '2026-12-08'])).toEqual({ port: 8080, locale: 'en_NZ', timeZone: 'Pacific/Auckland', today: '2026-12-08' });
    expect(() => parseCli(['--time-zone', 'Auckland'])).toThrow('--time-zone must be a time zone such as Pacific/Auckland or America/Toronto, not Auckland');
  });
});
