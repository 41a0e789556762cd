/**
 * Sheets parses a string written with Range.setValue(s) as if it was typed in the cell
 * (Range.setValue: "the value can be numeric, string, boolean or date. If it begins with '=' it is
 * interpreted as a formula"; strings are read by the spreadsheet's locale). The emulator models
 * the common cases so that tests see text the add-on writes turn into numbers, times, dates or
 * booleans, as users would in Sheets.
 */
import { setup } from './helpers';

function typed(locale: string, text: string, timeZone = 'UTC'): { value: unknown; display: string; format: string } {
  const { sheet } = setup({ spreadsheetLocale: locale, timeZone, clock: { start: '2026-11-26T12:00:00Z' } });
  const cell = sheet.getRange('A1');
  cell.setValue(text);
  const value = cell.getValue();
  return { value: value instanceof Date ? value.toISOString() : value, display: cell.getDisplayValue(), format: cell.getNumberFormat() };
}

describe('typed strings (en_US)', () => {
  it('numbers: exponents, thousands separators, signs, accountants’ parentheses', () => {
    expect(typed('en_US', '1e5').value).toBe(100000);
    expect(typed('en_US', '2.5E-3').value).toBe(0.0025);
    expect(typed('en_US', '1,234.5').value).toBe(1234.5);
    expect(typed('en_US', '007').value).toBe(7);
    expect(typed('en_US', '(1,234)').value).toBe(-1234);
    expect(typed('en_US', '1 234,5').value).toBe('1 234,5');
  });

  it('percentages and currency amounts', () => {
    expect(typed('en_US', '25 %')).toMatchObject({ value: 0.25, format: '0%' });
    expect(typed('en_US', '$1,234.50')).toMatchObject({ value: 1234.5 });
    expect(typed('en_US', '5 €').value).toBe(5);
  });

  it('times and dates (month first; no year → the current year; month names)', () => {
    expect(typed('en_US', '12:30')).toMatchObject({ value: '1899-12-30T12:30:00.000Z', display: '12:30' });
    expect(typed('en_US', '9:05 PM').display).toBe('9:05 PM');
    expect(typed('en_US', '1/2')).toMatchObject({ value: '2026-01-02T00:00:00.000Z', display: '1/2/2026' });
    expect(typed('en_US', '3-4').display).toBe('3/4/2026');
    expect(typed('en_US', '6/30/27').display).toBe('6/30/2027');
    expect(typed('en_US', 'Nov 2026').display).toBe('11/1/2026');
    expect(typed('en_US', 'June 30, 2027').display).toBe('6/30/2027');
    expect(typed('en_US', '2026-06-30 12:30').display).toBe('6/30/2026 12:30:00');
  });

  it('booleans; text that is no value stays text', () => {
    expect(typed('en_US', 'TRUE').value).toBe(true);
    expect(typed('en_US', 'false').value).toBe(false);
    expect(typed('en_US', 'VRAI').value).toBe('VRAI');
    for (const text of ['Q1 2027', 'G-12', 'May', '10 new accounts']) expect(typed('en_US', text).value).toBe(text);
  });

  it('a leading apostrophe keeps the text (without it), and so does a plain-text ("@") cell', () => {
    for (const text of ['1e5', '12:30', '1/2', 'TRUE', '3-4', 'Nov 2026']) expect(typed('en_US', `'${text}`).value).toBe(text);
    const { sheet } = setup({ spreadsheetLocale: 'en_US' });
    const cell = sheet.getRange('A1').setNumberFormat('@');
    for (const text of ['1e5', '12:30', '1/2', 'TRUE', '3-4']) expect(cell.setValue(text).getValue()).toBe(text);
  });
});

describe('typed strings (fr_FR)', () => {
  it('numbers with a decimal comma and spaces as thousands separators; percent; euros', () => {
    expect(typed('fr_FR', '1 234,5').value).toBe(1234.5);
    expect(typed('fr_FR', '1\u202f234,5').value).toBe(1234.5);
    expect(typed('fr_FR', '1e5').value).toBe(100000);
    expect(typed('fr_FR', '1,234.5').value).toBe('1,234.5');
    expect(typed('fr_FR', '25 %').value).toBe(0.25);
    expect(typed('fr_FR', '1 234,50 €').value).toBe(1234.5);
  });

  it('dates day first, French month names, VRAI/FAUX', () => {
    expect(typed('fr_FR', '1/2').display).toBe('01/02/2026');
    expect(typed('fr_FR', '3-4').display).toBe('03/04/2026');
    expect(typed('fr_FR', '30 juin 2027').display).toBe('30/06/2027');
    expect(typed('fr_FR', '12:30').display).toBe('12:30');
    expect(typed('fr_FR', 'VRAI').value).toBe(true);
    expect(typed('fr_FR', 'FAUX').value).toBe(false);
  });
});

describe('dates typed in a spreadsheet of another zone', () => {
  it('are days of the spreadsheet’s calendar: scripts get midnight there', () => {
    expect(typed('en_US', '2027-06-30', 'Asia/Tokyo')).toMatchObject({ value: '2027-06-29T15:00:00.000Z', display: '6/30/2027' });
    expect(typed('en_US', '2027-06-30', 'America/Los_Angeles')).toMatchObject({ value: '2027-06-30T07:00:00.000Z', display: '6/30/2027' });
    expect(typed('en_US', '2027-01-15', 'Pacific/Auckland').value).toBe('2027-01-14T11:00:00.000Z');
  });
});
