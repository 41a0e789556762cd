/**
 * French numbers follow the spreadsheet locale's CLDR conventions where it is French-speaking (fr_CA, fr_CH, fr_LU) and
 * France's otherwise (a de_CH or en_US spreadsheet whose messages are French) — core/format `frenchNumbersOfLocale`.
 * Checked against Node's own CLDR (`Intl.NumberFormat`: ICU 78.2 / CLDR 48 on Node 20.20) where it has the locale.
 */
import { formatCurrency, formatNumber, formatPercent, formatPoints, frenchNumbersOfLocale, useCurrency, useNumberLocale } from '../../src/core/format';
import { formatShows } from '../../src/core/workbook/kpis';

function inLocale<T>(locale: string | null, fn: () => T): T {
  const previous = useNumberLocale(locale);
  try {
    return fn();
  } finally {
    useNumberLocale(previous);
  }
}

describe('French numbers in the spreadsheet locale’s conventions', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['fr_FR', '1\u202f234\u202f567,5', '1\u202f234,50\u00a0€'],
    ['fr_BE', '1\u202f234\u202f567,5', '1\u202f234,50\u00a0€'],
    ['fr_CA', '1\u00a0234\u00a0567,5', '1\u00a0234,50\u00a0$'],
    ['fr_CH', '1\u202f234\u202f567,5', '1\u202f234.50\u00a0CHF'],
    ['fr_LU', '1.234.567,5', '1.234,50\u00a0€'],
    // Not French-speaking: France's conventions inside a French message, never de_CH's "CHF 1'234.50".
    ['de_CH', '1\u202f234\u202f567,5', '1\u202f234,50\u00a0CHF'],
    ['it_CH', '1\u202f234\u202f567,5', '1\u202f234,50\u00a0CHF'],
    ['en_US', '1\u202f234\u202f567,5', '1\u202f234,50\u00a0$'],
    [null, '1\u202f234\u202f567,5', '1\u202f234,50\u00a0€'],
  ])('%s', (locale, number, amount) => {
    const currency = { fr_CA: 'CAD', fr_CH: 'CHF', de_CH: 'CHF', it_CH: 'CHF', en_US: 'USD' }[locale ?? ''] ?? 'EUR';
    useCurrency(currency);
    inLocale(locale, () => {
      expect(formatNumber(1234567.5, 'fr')).toBe(number);
      // Money's decimal part in two digits, as a currency format shows it (story47: "1 234,5 €" read as no amount does).
      expect(formatCurrency(1234.5, 'fr', null, 2)).toBe(amount);
      // Whole amounts, as most messages write them: no decimal mark to differ.
      expect(formatCurrency(48800, 'fr')).toBe(`48${number[1] === '.' ? '.' : number[1]}800\u00a0${amount.split('\u00a0').pop()}`);
      // English messages keep English conventions whatever the locale.
      expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
      // Percents keep the French typography rule (narrow space before %) in every locale.
      expect(formatPercent(0.255, 'fr')).toBe('25,5\u202f%');
      expect(formatPoints(0.015, 'fr')).toBe('+1,5\u00a0point');
      expect(formatPoints(0.0199, 'fr', 1)).toBe('+2\u00a0points');
    });
  });

  it('agrees with Node’s CLDR where Node knows the locale', () => {
    for (const locale of ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU']) {
      const numbers = frenchNumbersOfLocale(locale);
      const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).formatToParts(1234.5);
      const group = parts.find((p) => p.type === 'group')?.value;
      const decimal = money.find((p) => p.type === 'decimal')?.value;
      if (group === undefined || decimal === undefined) throw new Error(`${locale}: Intl wrote no group or decimal`);
      expect(`${locale} ${numbers.group} ${numbers.currencyDecimal}`).toBe(`${locale} ${group} ${decimal}`);
    }
  });

  it('reads the territory after a script subtag, and nothing from a bare language or another language’s territory', () => {
    expect(frenchNumbersOfLocale('fr-Latn-CH').currencyDecimal).toBe('.');
    expect(frenchNumbersOfLocale('fr').group).toBe('\u202f');
    expect(frenchNumbersOfLocale('frr_CH').group).toBe('\u202f');
    expect(frenchNumbersOfLocale('de_LU').group).toBe('\u202f');
  });
});

// Review 24: an en_IN sheet shows rupees as "₹66,40,000" (CLDR en_IN symbol "₹"); English messages write the sign. They
// kept groups of three until the statement analyser read lakh grouping back (fixes60: "₹66,40,000" in a goal sentence is
// 6,640,000); since fmt63 they group as CLDR's en_IN pattern does (test/core/fmt63-lakh-grouping.test.ts), French by thousands.
describe('English numbers in an Indian locale', () => {
  afterEach(() => {
    useNumberLocale(null);
    useCurrency(null);
  });
  it('the rupee sign, lakh groups in English (fmt63), thousands in French', () => {
    useNumberLocale('en_IN');
    useCurrency('INR');
    expect(formatCurrency(6_640_000, 'en')).toBe('₹66,40,000');
    expect(formatCurrency(-1_234_567, 'en')).toBe('-₹12,34,567');
    expect(formatCurrency(6_640_000, 'fr')).toBe('6\u202f640\u202f000\u00a0₹');
  });
  it('a bracketed sign is the currency inside the brackets, not the bracket\'s "$"', () => {
    // The report's axis reads the column's sign with `formatShows`, core's one table of marks (fixes62: `currencyOfFormat` removed).
    expect(formatShows('[$₹-4009]#,##,##0')?.currency).toBe('₹');
    expect(formatShows('[$£-809]#,##0.00')?.currency).toBe('£');
    expect(formatShows('[$€-407]#,##0.00')?.currency).toBe('€');
    expect(formatShows('#,##0.00 [$CHF]')?.currency).toBe('CHF');
    expect(formatShows('[$$-409]#,##0')?.currency).toBe('$');
    expect(formatShows('"$"#,##0')?.currency).toBe('$');
  });
  it('a quoted currency code in a column format is that currency ("#,##0.00\\" CHF\\"")', () => {
    expect(formatShows('#,##0.00" CHF"')).toEqual({ unit: 'currency', currency: 'CHF' });
    expect(formatShows('"CHF "#,##0')).toEqual({ unit: 'currency', currency: 'CHF' });
    expect(formatShows('#,##0" pcs"')).toBeNull();
  });
});
