/**
 * Typed numbers and their display per spreadsheet locale (review 11, H2; probe p3): the emulator's own table of CLDR
 * number symbols (`numberSymbols`, src/local/emulator/values.ts), not the language prefix — Sheets reads a string
 * "following the same rules that are applied when entering text into a cell via the Google Sheets UI" (Sheets API
 * ValueInputOption.USER_ENTERED), and the locale's rules are its CLDR decimal and group symbols.
 */
import { numberSymbols } from '../../../src/local/emulator/values';
import { setup } from './helpers';

function typed(locale: string, text: string): unknown {
  const { sheet } = setup({ spreadsheetLocale: locale, clock: { start: '2026-11-26T12:00:00Z' } });
  const cell = sheet.getRange('A1');
  cell.setValue(text);
  return cell.getValue();
}

function shown(locale: string, value: number, format: string): string {
  const { sheet } = setup({ spreadsheetLocale: locale });
  const cell = sheet.getRange('A1');
  cell.setValue(value);
  cell.setNumberFormat(format);
  return cell.getDisplayValue();
}

describe('CLDR number symbols per locale', () => {
  it.each([
    ['en_US', '.', ',', false],
    ['en_IN', '.', ',', true],
    ['hi_IN', '.', ',', true],
    ['en_ZA', ',', '\u00a0', false],
    ['fr_FR', ',', '\u202f', false],
    ['fr_CA', ',', '\u00a0', false],
    ['de_DE', ',', '.', false],
    ['de_AT', ',', '\u00a0', false],
    ['de_CH', '.', '’', false],
    ['it_CH', '.', '’', false],
    ['es_ES', ',', '.', false],
    ['es_MX', '.', ',', false],
    ['es_US', '.', ',', false],
    ['pt_BR', ',', '.', false],
    ['pt_PT', ',', '\u00a0', false],
    ['sv_SE', ',', '\u00a0', false],
    ['ja_JP', '.', ',', false],
  ])('%s: decimal %j, group %j, Indian grouping %s', (locale, decimal, group, indian) => {
    expect(numberSymbols(locale)).toEqual({ decimal, group, indian });
  });
});

describe('typed numbers follow the locale’s symbols', () => {
  it('de_CH and it_CH: a decimal point and the apostrophe group', () => {
    for (const locale of ['de_CH', 'it_CH']) {
      expect(typed(locale, '1234.50')).toBe(1234.5);
      expect(typed(locale, '1’234.50')).toBe(1234.5);
      expect(typed(locale, "1'234.50")).toBe(1234.5);
      expect(typed(locale, '1.234,50')).toBe('1.234,50');
      expect(typed(locale, '12,5 %')).toBe('12,5 %');
    }
  });

  it('es_MX and es_US: a decimal point, the comma groups', () => {
    for (const locale of ['es_MX', 'es_US']) {
      expect(typed(locale, '1,234')).toBe(1234);
      expect(typed(locale, '1234.50')).toBe(1234.5);
      expect(typed(locale, '1.234,50')).toBe('1.234,50');
    }
  });

  it('en_IN reads the lakh grouping and the Western one; en_US keeps a lakh grouping as text', () => {
    expect(typed('en_IN', '1,00,000')).toBe(100000);
    expect(typed('en_IN', '12,34,567.5')).toBe(1234567.5);
    expect(typed('en_IN', '100,000')).toBe(100000);
    expect(typed('en_US', '1,00,000')).toBe('1,00,000');
  });

  it('de_DE, pt_BR: "." groups and a decimal comma; a space does not group there', () => {
    expect(typed('de_DE', '1.234,5')).toBe(1234.5);
    expect(typed('pt_BR', '1.234,5')).toBe(1234.5);
    expect(typed('de_DE', '1 234,5')).toBe('1 234,5');
    expect(typed('fr_FR', '1 234,5')).toBe(1234.5);
    expect(typed('en_ZA', '1 234,5')).toBe(1234.5);
  });

  it('VRAI/FAUX are booleans in French locales only; TRUE/FALSE everywhere', () => {
    expect(typed('fr_FR', 'VRAI')).toBe(true);
    expect(typed('fr_CA', 'faux')).toBe(false);
    expect(typed('de_DE', 'VRAI')).toBe('VRAI');
    expect(typed('es_ES', 'FAUX')).toBe('FAUX');
    expect(typed('de_DE', 'TRUE')).toBe(true);
  });
});

describe('numbers shown with the locale’s symbols', () => {
  it.each([
    ['en_US', '1,234,567.50'],
    ['de_CH', '1’234’567.50'],
    ['it_CH', '1’234’567.50'],
    ['es_MX', '1,234,567.50'],
    // Thousands in every locale: Google's formats guide and Sheets users in India (values.ts, groupThousands; emul29).
    ['en_IN', '1,234,567.50'],
    ['de_DE', '1.234.567,50'],
    ['pt_BR', '1.234.567,50'],
    ['fr_FR', '1\u202f234\u202f567,50'],
    ['sv_SE', '1\u00a0234\u00a0567,50'],
  ])('%s: #,##0.00 shows %j', (locale, expected) => {
    expect(shown(locale, 1234567.5, '#,##0.00')).toBe(expected);
  });

  it('the default format uses the locale’s decimal symbol', () => {
    expect(shown('de_CH', 0.5, '0.###############')).toBe('0.5');
    expect(shown('de_DE', 0.5, '0.###############')).toBe('0,5');
  });
});
