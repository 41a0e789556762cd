/**
 * The spreadsheet's zone and the script's are two settings (gsem54): Range.getValues() gives a date cell as a
 * JavaScript Date at midnight of its day in the SPREADSHEET's zone (Spreadsheet.getSpreadsheetTimeZone; custom functions
 * guide, "Data types": dates become Date objects), the script runs in its project's zone (Session.getScriptTimeZone,
 * appsscript.json `timeZone`), and Utilities.formatDate formats in the zone it is given ("formatDate(date, timeZone,
 * format)", developers.google.com/apps-script/reference/utilities/utilities). Checked on the days a daylight-saving
 * change moves midnight's offset: 27 September 2026 in Auckland (NZST +12 → NZDT +13 at 02:00) and 1 November 2026 in
 * Los Angeles (PDT −7 → PST −8 at 02:00).
 */
import { setup } from './helpers';

function cellInstant(timeZone: string, typed: string): { iso: string; display: string; dayThere: string } {
  const { sheet, utilities } = setup({ spreadsheetLocale: 'en_US', timeZone, clock: { start: '2026-11-26T12:00:00Z' } });
  const cell = sheet.getRange('A1');
  cell.setValue(typed);
  const value = cell.getValues()[0][0] as Date;
  return { iso: value.toISOString(), display: cell.getDisplayValue(), dayThere: utilities.formatDate(value, timeZone, 'yyyy-MM-dd') };
}

describe('date cells across a daylight-saving change, in the spreadsheet’s zone', () => {
  it.each([
    ['Pacific/Auckland', '2026-09-26', '2026-09-25T12:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-27', '2026-09-26T12:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-28', '2026-09-27T11:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '2026-11-01T07:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-02', '2026-11-02T08:00:00.000Z'],
  ])('%s: %s is midnight of that day there', (zone, day, instant) => {
    const read = cellInstant(zone, day);
    expect(read.iso).toBe(instant);
    expect(read.dayThere).toBe(day);
    expect(read.display).toBe(`${Number(day.slice(5, 7))}/${Number(day.slice(8))}/${day.slice(0, 4)}`);
  });

  // Only formats in America/Los_Angeles (Utilities.formatDate's zone argument): no script here runs in that zone, the
  // emulated script's zone is the Node process's (Session.getScriptTimeZone), whatever it is.
  it('the cell’s day is the spreadsheet zone’s: an Auckland day, formatted in America/Los_Angeles, is the day before', () => {
    const { ss, sheet, session, utilities } = setup({ spreadsheetLocale: 'en_US', timeZone: 'Pacific/Auckland' });
    expect(ss.getSpreadsheetTimeZone()).toBe('Pacific/Auckland');
    expect(session.getScriptTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    sheet.getRange('A1').setValue('2026-09-28');
    const value = sheet.getRange('A1').getValue() as Date;
    expect(utilities.formatDate(value, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2026-09-27');
    // A Date written back is stored as the wall clock it shows in the spreadsheet's zone: the same day again.
    sheet.getRange('A2').setValue(value);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('9/28/2026');
  });
});

describe('typed text in an en_US and an fr_FR spreadsheet (what the add-on reads back)', () => {
  function typed(locale: string, text: string): unknown {
    const { sheet } = setup({ spreadsheetLocale: locale, timeZone: 'UTC', clock: { start: '2026-11-26T12:00:00Z' } });
    sheet.getRange('A1').setValues([[text]]);
    const value = sheet.getRange('A1').getValue();
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  // "1.5" in fr_FR: Google documents no reading of a point there (neither fr's decimal nor its group): the emulator keeps
  // it text, and the add-on's own reader decides (docs/ARCHITECTURE.md, "Numbers typed as text").
  it.each([
    ['1.5', 1.5, '1.5'],
    ['1,5', '1,5', 1.5],
    ['25 %', 0.25, 0.25],
    ['01/02/2027', '2027-01-02', '2027-02-01'],
    ['3 000', '3 000', 3000],
  ])('"%s": %p in en_US, %p in fr_FR', (text, us, fr) => {
    expect(typed('en_US', text)).toEqual(us);
    expect(typed('fr_FR', text)).toEqual(fr);
  });
});
