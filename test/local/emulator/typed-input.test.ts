/**
 * Sheets parses a string written with Range.setValue(s) as if it was typed in the cell
 * (Range.setValue: "the value can be numeric, string, boolean or date. If it begins with '=' it is
 * interpreted as a formula"; strings are read by the spreadsheet's locale). The emulator models
 * the common cases so that tests see text the add-on writes turn into numbers, times, dates or
 * booleans, as users would in Sheets.
 */
import { literalText } from '../../../src/core/workbook/text';
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

describe('the same typed texts in fr_FR and en_US (review 18)', () => {
  // USER_ENTERED: strings are "converted to numbers, dates, etc. following the same rules that are applied when entering
  // text into a cell via the Google Sheets UI" (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption),
  // and the locale sets those rules (support.google.com/docs/answer/58515). The formats Sheets then applies are not
  // published: the values are asserted here, the formats only where the model's choice is the locale's own.
  it('reads each by its locale: values, or text where the locale has no such reading', () => {
    const cases: Array<[string, unknown, unknown]> = [
      ['1e5', 100000, 100000],
      ['25%', 0.25, 0.25],
      // fr_FR reads the comma as its decimal separator, as it reads a plain "1,000" (1).
      ['$1,000', 1000, 1],
      ['1 000,5', '1 000,5', 1000.5],
      ['2026-12-31', '2026-12-31T00:00:00.000Z', '2026-12-31T00:00:00.000Z'],
      ['31/12/2026', '31/12/2026', '2026-12-31T00:00:00.000Z'],
      ['1/2', '2026-01-02T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
      // A lone sign is a formula Sheets cannot parse (#ERROR!, users report: gspread-dataframe#16); read "" unevaluated.
      ['-', '', ''],
    ];
    for (const [text, us, fr] of cases) expect([text, typed('en_US', text).value, typed('fr_FR', text).value]).toEqual([text, us, fr]);
  });

  it('a typed date takes the locale’s date pattern, a percent 0%, dollars a currency pattern', () => {
    expect(typed('en_US', '2026-12-31').format).toBe('M/d/yyyy');
    expect(typed('fr_FR', '2026-12-31').format).toBe('dd/MM/yyyy');
    expect(typed('fr_FR', '31/12/2026').display).toBe('31/12/2026');
    expect(typed('en_US', '25%').format).toBe('0%');
    expect(typed('en_US', '$1,000').display).toBe('$1,000');
  });
});

describe('text the add-on writes stays the text it meant (literalText, review 18)', () => {
  it('in en_US and fr_FR, with +, - and @ read as formulas as Sheets’ UI does', () => {
    const texts = ['1e5', '1/2', '-', '+33 6 12 34 56 78', '1,5', '1 234,5', '25 %', '$1,000', '2026-12-31', '31/12/2026', 'Nov 2026', '30 juin 2027', 'VRAI', 'TRUE', '-5 churn', '@team', '=SUM(A1)', '12:30', '(100)', 'Q1 2027'];
    for (const locale of ['en_US', 'fr_FR']) {
      const { sheet } = setup({ spreadsheetLocale: locale, formulaPrefixes: ['=', '+', '-', '@'], clock: { start: '2026-11-26T12:00:00Z' } });
      const range = sheet.getRange(1, 1, texts.length, 1);
      range.setValues(texts.map((text) => [literalText(text)]));
      expect([locale, range.getValues().map((row) => row[0])]).toEqual([locale, texts]);
      expect(range.getFormulas().every((row) => row[0] === '')).toBe(true);
    }
  });
});

describe('dates typed in a spreadsheet of another zone', () => {
  it('are days of the spreadsheet’s calendar: scripts get midnight there', () => {
    expect(typed('en_US', '2027-06-30', 'Asia/Tokyo')).toMatchObject({ value: '2027-06-29T15:00:00.000Z', display: '6/30/2027' });
    expect(typed('en_US', '2027-06-30', 'America/Los_Angeles')).toMatchObject({ value: '2027-06-30T07:00:00.000Z', display: '6/30/2027' });
    expect(typed('en_US', '2027-01-15', 'Pacific/Auckland').value).toBe('2027-01-14T11:00:00.000Z');
  });
});
