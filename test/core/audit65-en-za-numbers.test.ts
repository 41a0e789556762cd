/**
 * audit65: English messages in an en_ZA sheet write its cells' separators. CLDR en_ZA writes "1 234 567,89" (group
 * U+00A0, decimal comma) and "R 1 234,56"; the add-on wrote "Aim for R 4,910 … instead" beside a Suggested target cell
 * showing « R 4 910 » — where a typed "4,910" is 4.91 — and "19.6%" beside « 19,6% ». Checked against Node's ICU
 * (CLDR 48) `Intl.NumberFormat('en-ZA')`. The other decimal-comma English locales, which group with "." (en_DE, en_NL,
 * en_BE…), keep "1,234.5", as every decimal-point locale, and so does English in another language’s locale (fr_FR).
 */
import { formatCurrency, formatNumber, formatRate, useCurrency, useNumberLocale, withAmountDecimals } from '../../src/core/format';

const VALUES = [0, 7, 999, 1000, 4910, 12_345.5, 123_456.78, 45_000_000, -156.67, -0.5];

function under<T>(locale: string | null, write: () => T): T {
  const previous = useNumberLocale(locale);
  try {
    return write();
  } finally {
    useNumberLocale(previous);
  }
}

describe('English numbers in an en_ZA sheet: a space groups, a comma is the decimal mark', () => {
  it('formatNumber writes what Intl en-ZA writes', () => {
    const za = new Intl.NumberFormat('en-ZA', { maximumFractionDigits: 2 });
    for (const value of VALUES) expect(under('en_ZA', () => formatNumber(value, 'en'))).toBe(za.format(value));
  });

  it('rands and rates: "R 4 910", "R 4 500,50", "R 3 843 840,00" for a tab showing cents, "19,6%"', () => {
    const previous = useCurrency('ZAR');
    try {
      expect(under('en_ZA', () => formatCurrency(4910, 'en'))).toBe('R\u00a04\u00a0910');
      expect(under('en_ZA', () => formatCurrency(4500.5, 'en'))).toBe('R\u00a04\u00a0500,50');
      expect(under('en_ZA', () => withAmountDecimals(2, () => formatCurrency(3_843_840, 'en', undefined, 2)))).toBe('R\u00a03\u00a0843\u00a0840,00');
      expect(under('en_ZA', () => formatRate(0.196, 'en'))).toBe('19,6%');
    } finally {
      useCurrency(previous);
    }
  });

  it.each([null, 'en_US', 'en_GB', 'en_AU', 'en_DE', 'en_NL', 'en_BE', 'fr_FR', 'de_AT'])('near miss: %s keeps "4,910" and "19.6%"', (locale) => {
    expect(under(locale, () => formatNumber(123_456.78, 'en'))).toBe('123,456.78');
    expect(under(locale, () => formatRate(0.196, 'en'))).toBe('19.6%');
  });

  it('French in en_ZA writes French numbers, as before', () => {
    expect(under('en_ZA', () => formatNumber(4500.5, 'fr'))).toBe('4\u202f500,5');
  });
});
