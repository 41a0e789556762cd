/**
 * fixes65 (e): the emulator's reading of a date typed in a cell of fr_CA, lt_LT and en_ZA. Their CLDR 48 short date
 * starts with the year (fr_CA and lt y-MM-dd, en_ZA y/MM/dd) and their month-day pattern puts the month first (MM-dd,
 * MM/dd), as in ja/zh/ko/hu, which the emulator already read so; it read "03/12/2027" there day first (3 December),
 * where the add-on reads such text month first (core `localeDateOrder` 'ymd', test/gas/year-first-dates.test.ts), and it
 * showed en_ZA dates dd/MM/yyyy. Google documents neither (docs/ARCHITECTURE.md, *Not modelled*): the model follows CLDR,
 * as for the other year-first locales, so a typed cell and the add-on's reading of the same text tell one story.
 */
import { cellDate } from '../../src/core/workbook/cells';
import { localeDateOrder } from '../../src/core/dates';
import { localeDateFormat, parseInput } from '../../src/local/emulator/values';
import { harness } from './workbook/harness';

const day = (value: unknown): string => (value as Date).toISOString().slice(0, 10);

describe('a date typed year last in a year-first locale: month before day, as CLDR and the add-on', () => {
  it.each([
    ['fr_CA', '2027-03-12'],
    ['lt_LT', '2027-03-12'],
    ['en_ZA', '2027-03-12'],
    ['ja_JP', '2027-03-12'],
    ['sv_SE', '2027-12-03'],
    ['en_GB', '2027-12-03'],
    ['en_US', '2027-03-12'],
  ])('%s: "03/12/2027" is %s in the cell and in the add-on', (locale, iso) => {
    const h = harness({ spreadsheetLocale: locale });
    const sheet = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    sheet.getRange('A1').setValue('03/12/2027');
    expect(day(sheet.getRange('A1').getValue())).toBe(iso);
    expect(cellDate('03/12/2027', 'en', { order: localeDateOrder(locale, 'en') })).toBe(iso);
  });

  it('"25/12/2027" in fr_CA is read as ja_JP reads it: no month 25, so the cell keeps the text', () => {
    expect(['fr_CA', 'ja_JP'].map((l) => parseInput('25/12/2027', l).value)).toEqual(['25/12/2027', '25/12/2027']);
  });
});

describe('the date a cell of these locales shows', () => {
  it('en_ZA shows yyyy/MM/dd (CLDR y/MM/dd), fr_CA and lt_LT yyyy-MM-dd', () => {
    expect(['en_ZA', 'fr_CA', 'lt_LT'].map((l) => localeDateFormat(l, false))).toEqual(['yyyy/MM/dd', 'yyyy-MM-dd', 'yyyy-MM-dd']);
    const intl = new Intl.DateTimeFormat('en-ZA', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 2, 12)));
    expect(intl).toBe('2027/03/12');
    const h = harness({ spreadsheetLocale: 'en_ZA' });
    const sheet = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    sheet.getRange('A1').setValue('2027-03-12');
    expect(sheet.getRange('A1').getDisplayValue()).toBe(intl);
  });
});
