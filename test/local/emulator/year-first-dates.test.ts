/**
 * Dates typed in the year-first locales (review 11, B3/H3): CLDR's short patterns put the year first — y/MM/dd (ja),
 * y/M/d (zh_CN, zh_TW; not zh_HK), yy. M. d. (ko), y. MM. dd. (hu) — and their month-day patterns the month before
 * the day, so the emulator reads a typed "1/2" as 2 January and "3/4/2026" as 4 March there, and shows a date with
 * that short pattern and a four-digit year. The add-on reads such text the same way (core/dates.ts
 * `localeDateOrder` 'ymd'): through the BUILT bundle, a deadline typed in a cell (a Date from the emulator) and the
 * same text given to the formula agree.
 */
import { setup } from './helpers';
import { harness, TODAY } from '../../gas/workbook/harness';
import { addDays } from '../../../src/core/dates';

function typed(locale: string, text: string): { value: unknown; display: string } {
  const { sheet } = setup({ spreadsheetLocale: locale, timeZone: 'UTC', clock: { start: '2026-11-26T12:00:00Z' } });
  const cell = sheet.getRange('A1');
  cell.setValue(text);
  const value = cell.getValue();
  return { value: value instanceof Date ? value.toISOString().slice(0, 10) : value, display: cell.getDisplayValue() };
}

describe('typed dates in year-first locales', () => {
  it.each([
    ['ja_JP', '2026/01/02', '2026/03/04', '2026/06/30'],
    ['zh_CN', '2026/1/2', '2026/3/4', '2026/6/30'],
    ['zh_TW', '2026/1/2', '2026/3/4', '2026/6/30'],
    ['ko_KR', '2026. 1. 2.', '2026. 3. 4.', '2026. 6. 30.'],
    ['hu_HU', '2026. 01. 02.', '2026. 03. 04.', '2026. 06. 30.'],
  ])('%s: "1/2" is 2 January, "3/4/2026" 4 March, "2026/6/30" 30 June, shown year first', (locale, jan2, mar4, jun30) => {
    expect(typed(locale, '1/2')).toEqual({ value: '2026-01-02', display: jan2 });
    expect(typed(locale, '3/4/2026')).toEqual({ value: '2026-03-04', display: mar4 });
    expect(typed(locale, '2026/6/30')).toEqual({ value: '2026-06-30', display: jun30 });
    expect(typed(locale, '2026-06-30').value).toBe('2026-06-30');
    // A day that cannot be a month stays text (no silent swap).
    expect(typed(locale, '30/6/2026').value).toBe('30/6/2026');
  });

  it('ko_KR and hu_HU read their own dotted form "2026. 6. 30."', () => {
    expect(typed('ko_KR', '2026. 6. 30.').value).toBe('2026-06-30');
    expect(typed('hu_HU', '2026. 06. 30.').value).toBe('2026-06-30');
    expect(typed('en_GB', '2026. 6. 30.').value).toBe('2026. 6. 30.');
  });

  it('zh_HK stays day first (CLDR d/M/y), en_GB too', () => {
    expect(typed('zh_HK', '3/4/2026')).toEqual({ value: '2026-04-03', display: '03/04/2026' });
    expect(typed('en_GB', '1/2').value).toBe('2026-02-01');
  });
});

describe('the built add-on and the emulator read a year-first locale’s dates alike', () => {
  const weeks = Array.from({ length: 30 }, (_, i) => addDays('2026-05-04', 7 * i));
  const history = weeks.map((iso, i) => [iso, 0.22 + ((i * 7) % 5) / 100]);
  it.each(['ja_JP', 'zh_CN', 'ko_KR', 'hu_HU'])('%s: a deadline typed "03/12/2027" in a cell is the formula’s "03/12/2027"', (locale) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale });
    const sheet = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).insertSheet('Dates');
    sheet.getRange('A1').setValue('03/12/2027');
    const cellDate = sheet.getRange('A1').getValue();
    expect(cellDate).toBeInstanceOf(Date);
    const fromCell = h.addon.call<number>('ACHIEVABILITY', history, 0.3, cellDate, TODAY);
    expect(fromCell).toBe(h.addon.call<number>('ACHIEVABILITY', history, 0.3, '03/12/2027', TODAY));
    expect(fromCell).toBe(h.addon.call<number>('ACHIEVABILITY', history, 0.3, '2027-03-12', TODAY));
  });
});
