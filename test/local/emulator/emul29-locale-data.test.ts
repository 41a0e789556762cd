/**
 * emul29: the emulator's locale tables, the add-on's readers and Node's Intl (ICU 78, CLDR 48 — a legitimate reference for
 * locale data) agree. Number symbols: each locale's CLDR `decimal` and `group` (fr_LU and fr_MA group with "." like
 * de_DE; so do en_BE, en_DE, en_NL, en_AT, en_SI, en_DK — the add-on read them like en_US). Default date format: the
 * CLDR short pattern where it is ISO y-MM-dd (fr_CA: was dd/MM/yyyy in the emulator). Grouping shown: by thousands in
 * every locale, en_IN included (Google's formats guide; values.ts `groupThousands`).
 */
import { cellDateFormat, localeDateOrder } from '../../../src/core/dates';
import { numberLang, parseCellNumber } from '../../../src/core/numbers';
import { formatNumberPattern, localeDateFormat, numberSymbols, parseTypedNumber } from '../../../src/local/emulator/values';

const LOCALES = [
  'en_US', 'en_GB', 'en_IN', 'en_ZA', 'en_BE', 'en_DE', 'en_NL', 'en_AT', 'en_SI', 'en_DK', 'en_CH', 'fr_FR', 'fr_CA', 'fr_BE', 'fr_LU', 'fr_MA',
  'de_DE', 'de_AT', 'de_CH', 'it_IT', 'it_CH', 'es_ES', 'es_MX', 'pt_BR', 'pt_PT', 'nl_NL', 'sv_SE', 'fi_FI', 'ru_RU', 'pl_PL', 'tr_TR', 'id_ID',
  'da_DK', 'ja_JP', 'ko_KR', 'hi_IN',
];

/** Intl's decimal and group symbols for a locale; the apostrophe of the Swiss locales as "’" (CLDR 48 writes U+0027). */
function intlSymbols(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1234567.5);
  const of = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { decimal: of('decimal'), group: of('group').replace("'", '’') };
}

describe('number symbols: emulator, add-on and Intl (CLDR 48) agree', () => {
  it.each(LOCALES)('%s', (locale) => {
    const intl = intlSymbols(locale);
    const { decimal, group } = numberSymbols(locale);
    expect([locale, decimal, group]).toEqual([locale, intl.decimal, intl.group]);
    // The add-on's reading: a decimal comma, and "." grouping only where CLDR groups with it.
    const reading = numberLang(locale, 'en');
    expect([locale, ['fr', 'de', 'frch'].includes(reading)]).toEqual([locale, intl.decimal === ',']);
    expect([locale, reading === 'de']).toEqual([locale, intl.group === '.']);
  });

  it('text "1.234.567,5" is 1234567.5 in fr_LU and fr_MA, in the cells and in the add-on (it was refused)', () => {
    for (const locale of ['fr_LU', 'fr_MA', 'en_DE']) {
      expect([locale, parseTypedNumber('1.234.567,5', locale)]).toEqual([locale, 1234567.5]);
      expect([locale, parseCellNumber('1.234.567,5', numberLang(locale, 'fr'))]).toEqual([locale, 1234567.5]);
    }
    expect(formatNumberPattern(1234567.5, '#,##0.00', 'fr_LU')).toBe('1.234.567,50');
  });
});

describe('default date format: the CLDR short pattern where it is ISO', () => {
  it.each(['fr_CA', 'en_CA', 'sv_SE', 'lt_LT'])('%s: yyyy-MM-dd, as Intl writes its short date and the add-on writes its dates', (locale) => {
    const intl = new Intl.DateTimeFormat(locale.replace('_', '-'), { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 5, 30)));
    expect(intl).toBe('2026-06-30');
    expect(localeDateFormat(locale, false)).toBe('yyyy-MM-dd');
    expect(localeDateFormat(locale, true)).toBe('yyyy-MM-dd H:mm:ss');
    expect(cellDateFormat(locale, localeDateOrder(locale, 'en')).toLowerCase()).toBe('yyyy-mm-dd');
  });

  it('others keep their pattern: fr_FR dd/MM/yyyy, en_US M/d/yyyy, ja_JP yyyy/MM/dd, sv_FI dd/MM/yyyy', () => {
    expect(['fr_FR', 'en_US', 'ja_JP', 'sv_FI'].map((l) => localeDateFormat(l, false))).toEqual(['dd/MM/yyyy', 'M/d/yyyy', 'yyyy/MM/dd', 'dd/MM/yyyy']);
  });
});

describe('grouping shown by thousands in every locale (Google: "grouping by thousands")', () => {
  it('en_IN shows 6,640,000 under #,##0 and #,##,##0 alike; typed lakh groups are still read', () => {
    expect(formatNumberPattern(6640000, '#,##0', 'en_IN')).toBe('6,640,000');
    expect(formatNumberPattern(6640000, '[$₹-4009]#,##,##0', 'en_IN')).toBe('₹6,640,000');
    expect(parseTypedNumber('66,40,000', 'en_IN')).toBe(6640000);
  });
});
