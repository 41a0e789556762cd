/**
 * A date cell in years 0001–0099 through the BUILT bundle on the emulator: Sheets hands the custom function the
 * cell's Date, the add-on reads its day in the spreadsheet's zone (zone offsets from Intl wall clocks) and writes a
 * day back as midnight there. With Date.UTC those years were read as 1900–1999 and the offset came out 1,900
 * years wide: the day was lost. Fixed-offset zones: in years 0–99 every named zone is at its local mean time, whose
 * seconds the emulator rounds to minutes (docs/ARCHITECTURE.md, "Not modelled"), which moves a midnight by seconds
 * across the day line; core's own reading in named zones is checked in test/core/dates-years.test.ts.
 */
import { createEmulator, formatDate } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

describe('dates in years 0050 and 0099 through the bundle', () => {
  it.each(['UTC', 'Etc/GMT+5', 'Etc/GMT-9'])('SMARTPARSE reads and writes the day in a %s sheet', (zone) => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone: zone });
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' });
    const sheet = (emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    // Typed as four-digit years: those years, date cells.
    sheet.getRange('A1:A2').setValues([['0050-03-01'], ['0099-12-01']]);
    for (const [cell, deadline] of [
      ['A1', '0050-03-31'],
      ['A2', '0099-12-31'],
    ] as const) {
      const asOf = sheet.getRange(cell).getValue() as Date;
      expect(Object.prototype.toString.call(asOf)).toBe('[object Date]');
      expect(formatDate(asOf, zone, 'yyyy-MM-dd')).toBe(cell === 'A1' ? '0050-03-01' : '0099-12-01');
      const row = emulator.runExecution(() => addon.call<unknown[][]>('SMARTPARSE', 'Close 12 new accounts by the end of the month', asOf))[0];
      const written = row[4] as Date;
      expect(Object.prototype.toString.call(written)).toBe('[object Date]');
      const target = sheet.getRange('B1');
      target.setValue(written);
      expect([zone, cell, formatDate(written, zone, 'yyyy-MM-dd')]).toEqual([zone, cell, deadline]);
      expect(formatDate(target.getValue() as Date, zone, 'yyyy-MM-dd')).toBe(deadline);
    }
  });
});
