import { headerScale, scaledColumn, amountsShownIn } from '../../../src/core/workbook/scale';
import { numberFormatFor } from '../../../src/core/workbook/values';
import { currencyCode, differentCurrencies, markScale } from '../../../src/core/currency-marks';
import { formatCurrency } from '../../../src/core/format';
import { analyzeStatement } from '../../../src/core/statement';

describe('headerScale (surf54): the scale a header writes for its amounts, FR and EN', () => {
  it.each([
    ['Revenue (k€)', 1e3], ['CA (k€)', 1e3], ['revenue_kusd', 1e3], ['Ventes KEUR', 1e3], ['CA en milliers d’euros', 1e3], ['Sales (in thousands)', 1e3],
    ['Sales (millions)', 1e6], ['Revenue ($M)', 1e6], ['CA (M€)', 1e6], ['CA_MEUR', 1e6], ['Revenue £m', 1e6], ['CA (en millions d’euros)', 1e6],
    ['Chiffre d’affaires (Md€)', 1e9], ['Revenue ($bn)', 1e9], ['cost_micros', 1e-6], ['average_cpc_micros', 1e-6],
  ])('%s → %s', (header, factor) => expect(headerScale(header)).toBe(factor));

  it.each(['Revenue', 'Size (M)', 'Rainfall (mm)', 'Durée (mn)', 'kilo_sold', 'Mean price', 'Prix (€/m2)', 'Marketing spend', 'CA mensuel'])('%s: no scale', (header) => expect(headerScale(header)).toBeNull());

  it('thousands and millions go into the mark, millionths are divided out', () => {
    expect(scaledColumn(1e3, '€', null)).toEqual({ mark: 'k€', divide: 1 });
    expect(scaledColumn(1e6, null, 'USD')).toEqual({ mark: 'MUSD', divide: 1 });
    expect(scaledColumn(1e-6, null, 'USD')).toEqual({ mark: null, divide: 1e6 });
    expect(scaledColumn(null, '€', 'USD')).toEqual({ mark: '€', divide: 1 });
  });
});

describe('scaled marks: read back, compared and written', () => {
  it('markScale reads "k€", "M$", "kUSD", never a mark of the table ("kr", "MX$", "MAD")', () => {
    expect(markScale('k€')).toEqual({ factor: 1e3, base: '€', prefix: 'k' });
    expect(markScale('M$')?.factor).toBe(1e6);
    expect(markScale('kUSD')?.base).toBe('USD');
    expect(['kr', 'MX$', 'MAD', 'MXN', '€'].map(markScale)).toEqual([null, null, null, null, null]);
    expect(currencyCode('k€')).toBe('EUR');
    expect(differentCurrencies('EUR', 'k€')).toBe(false);
    expect(differentCurrencies('USD', 'k€')).toBe(true);
  });

  it('writes the scale beside the sign: « 420 k€ », "€420k", "$12M", « 2 Md€ », "€2bn"', () => {
    const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatCurrency(420, 'fr', 'k€'))).toBe('420 k€');
    expect(formatCurrency(420, 'en', 'k€')).toBe('€420k');
    expect(formatCurrency(12, 'en', 'M$')).toBe('$12M');
    expect(plain(formatCurrency(2, 'fr', 'G€'))).toBe('2 Md€');
    expect(formatCurrency(2, 'en', 'G€')).toBe('€2bn');
  });

  it('a sentence’s amounts of money are read in the column’s unit; a bare number is not divided', () => {
    const money = analyzeStatement('Atteindre 500 000 € de CA d’ici le 31 décembre 2027', { asOf: '2026-11-26', lang: 'fr' });
    expect(amountsShownIn(money, 1e3).target).toBe(500);
    const bare = analyzeStatement('Reach 500 in revenue by December 31, 2027', { asOf: '2026-11-26', lang: 'en' });
    expect(amountsShownIn(bare, 1e3).target).toBe(bare.target);
  });
});

describe('headerScale (mend54f): a rate per thousand or per million is in the whole currency', () => {
  it.each(['Revenue per thousand sessions ($)', 'CPM (cost per thousand)', 'Revenue per million users ($)', 'Price per million tokens (USD)', 'Cost per thousand (EUR)', 'Prix au millier (€)', 'Coût par millier d’impressions (€)', 'revenue_per_thousand_sessions', 'Coût pour mille (€)'])('%s: no scale', (header) => expect(headerScale(header)).toBeNull());
  it.each([['Sales (in thousands, $)', 1e3], ['Revenue per store (millions)', 1e6]])('%s → %s', (header, factor) => expect(headerScale(header)).toBe(factor));
});

describe('numberFormatFor (mend54f): a scaled mark in cells as formatCurrency writes it', () => {
  it('« Md€ » in French, "$…bn" and "€…k" in English', () => {
    expect(numberFormatFor(1.5, 'currency', 'G€', 'fr')).toBe('#,##0.00"\u00a0Md€"');
    expect(numberFormatFor(1.5, 'currency', 'G$', 'en')).toBe('"$"#,##0.00"bn"');
    expect(numberFormatFor(500, 'currency', 'k€', 'en')).toBe('"€"#,##0"k"');
    expect(numberFormatFor(500, 'currency', 'k€', 'fr')).toBe('#,##0"\u00a0k€"');
    expect(numberFormatFor(500, 'currency', '€', 'en')).toBe('"€"#,##0');
  });
});
