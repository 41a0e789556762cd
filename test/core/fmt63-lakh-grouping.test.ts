/**
 * fmt63: English numbers in messages follow an Indian spreadsheet locale's lakh grouping (CLDR en_IN "#,##,##0.###"),
 * implemented in core without Intl (the wizard formats in the browser, the rest in Apps Script: one result everywhere).
 * Checked here against Node's ICU (CLDR 48) `Intl.NumberFormat('en-IN')`; every other locale keeps thousands.
 */
import { formatCurrency, formatNumber, useCurrency, useNumberLocale } from '../../src/core/format';

const VALUES = [0, 7, 999, 1000, 12_345, 99_999, 100_000, 123_456.78, 1_000_000, 2_00_00_000, 12_34_56_789.5, 7_50_00_00_000, 99_99_99_99_99_999, -1_50_000, -0.5];

function under<T>(locale: string | null, write: () => T): T {
  const previous = useNumberLocale(locale);
  try {
    return write();
  } finally {
    useNumberLocale(previous);
  }
}

describe('English numbers in an Indian locale are grouped by lakhs and crores', () => {
  it.each(['en_IN', 'hi_IN', 'bn_IN', 'ta_IN', 'te-IN'])('%s: formatNumber writes what Intl en-IN writes', (locale) => {
    const indian = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });
    for (const value of VALUES) expect(under(locale, () => formatNumber(value, 'en'))).toBe(indian.format(value));
  });

  it('an amount in rupees: "₹2,00,00,000", "₹1,23,45,678.50"', () => {
    const previous = useCurrency('INR');
    try {
      expect(under('en_IN', () => formatCurrency(20_000_000, 'en'))).toBe('₹2,00,00,000');
      expect(under('en_IN', () => formatCurrency(12_345_678.5, 'en', undefined, 2))).toBe('₹1,23,45,678.50');
      expect(under('en_IN', () => formatCurrency(-150_000, 'en'))).toBe('-₹1,50,000');
    } finally {
      useCurrency(previous);
    }
  });

  it.each([null, 'en_US', 'en_GB', 'en_SG', 'de_CH', 'fr_FR', 'en', 'in', 'id_ID'])('near miss: %s keeps thousands, as before', (locale) => {
    const western = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    for (const value of VALUES) expect(under(locale, () => formatNumber(value, 'en'))).toBe(western.format(value));
  });

  it('near miss: French in an Indian locale groups by thousands, France’s way', () => {
    expect(under('en_IN', () => formatNumber(20_000_000, 'fr'))).toBe('20\u202f000\u202f000');
    expect(under('hi_IN', () => formatNumber(1_234_567.5, 'fr'))).toBe('1\u202f234\u202f567,5');
  });

  it('a lazy locale source is read once, as French numbers’ was', () => {
    let reads = 0;
    const previous = useNumberLocale(() => {
      reads++;
      return 'en_IN';
    });
    try {
      expect(formatNumber(100_000, 'en')).toBe('1,00,000');
      expect(formatNumber(10_000_000, 'en')).toBe('1,00,00,000');
      expect(reads).toBe(1);
    } finally {
      useNumberLocale(previous);
    }
  });
});
