/**
 * One reading of a sheet's currency mark (core `currencyCode`) for Check goals' "another currency" rule and the wizard's
 * typed amounts (cleanup61: Check goals had its own, `currencyOfFormat` on the mark, which read "CA$" and "R$" as the
 * US dollar and knew no "₽", "₩" or "¥").
 */
import { currencyCode, differentCurrencies, sentenceCurrency } from '../../src/core/currency-marks';
import { useCurrency } from '../../src/core/format';
import { hasCurrencyMark, parseCellNumber } from '../../src/core/numbers';
import { findQuantities } from '../../src/core/statement/quantities';
import { prepare } from '../../src/core/statement/text';
import { formatShows } from '../../src/core/workbook/kpis';

describe('a sheet currency mark read as an ISO code', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['CHF', 'USD', 'CHF'],
    ['€', 'USD', 'EUR'],
    ['₹', 'EUR', 'INR'],
    ['CA$', 'USD', 'CAD'],
    ['R$', 'USD', 'BRL'],
    ['₽', 'USD', 'RUB'],
    // A sign shared by several currencies names the sheet's own one, else none.
    ['$', 'CAD', 'CAD'],
    ['$', 'EUR', null],
    ['¥', 'JPY', 'JPY'],
    ['kr', 'SEK', 'SEK'],
    ['kr', 'USD', null],
    // Words every object inherits are no currency marks.
    ['constructor', 'USD', null],
    ['__proto__', 'USD', null],
    ['toString', 'USD', null],
  ] as const)('“%s” in a sheet of the %s locale → %p', (mark, local, code) => {
    useCurrency(local);
    expect(currencyCode(mark)).toBe(code);
  });
});

describe('a goal in another currency than its tab', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['USD', '₹', 'INR', true],
    ['EUR', 'CHF', 'CHF', true],
    ['EUR', '€', 'EUR', false],
    ['CAD', 'CA$', 'USD', false],
    ['BRL', 'R$', 'BRL', false],
    ['USD', '₽', 'RUB', true],
    // A tab's bare "$" is any dollar: never another currency, even in a sheet whose own dollar is another one.
    ['USD', '$', 'CAD', false],
    ['MXN', '$', 'USD', false],
    // Unknown on either side: no claim.
    [null, '€', 'EUR', false],
    ['USD', null, 'EUR', false],
    ['USD', 'constructor', 'USD', false],
  ] as const)('goal %p, tab %p (locale currency %s) → %p', (goal, tab, local, different) => {
    useCurrency(local);
    expect(differentCurrencies(goal, tab)).toBe(different);
  });
});

describe('one table of marks, read alike by formats, cells and sentences (fixes62)', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['R$ #,##0.00', 'R$'],
    ['"R$ "#,##0.00', 'R$'],
    ['[$R$-416] #,##0.00', 'R$'],
    ['#,##0.00 "kr"', 'kr'],
    ['#,##0 zł', 'zł'],
    ['CA$#,##0', 'CA$'],
    ['#,##0 $CA', '$CA'],
    ['$#,##0', '$'],
    ['#,##0.00" CHF"', 'CHF'],
  ])('the format %p shows %p', (format, sign) => {
    expect(formatShows(format)).toEqual({ unit: 'currency', currency: sign });
  });

  it('near misses: a colour, a date’s locale tag and a percent are no money', () => {
    expect(formatShows('[Red]#,##0')).toBeNull();
    expect(formatShows('[$-409]dd/mm/yyyy')).toBeNull();
    expect(formatShows('0.0%')).toEqual({ unit: 'percent', currency: null });
  });

  it('a cell reads the same marks, as whole words', () => {
    expect(parseCellNumber('R$ 1.500', 'de')).toBe(1500);
    expect(parseCellNumber('1 500 zł', 'fr')).toBe(1500);
    expect(parseCellNumber('500 kr', 'en')).toBe(500);
    expect(parseCellNumber('CA$ 1,200', 'en')).toBe(1200);
    expect(parseCellNumber('Mark 5', 'en')).toBeNull();
    expect(hasCurrencyMark('5 krypton')).toBe(false);
  });

  it('a sentence’s mark names its currency: a shared sign the sheet’s, "$" the US dollar, "kr" none', () => {
    expect(sentenceCurrency('r$')).toBe('BRL');
    expect(sentenceCurrency('zł')).toBe('PLN');
    expect(sentenceCurrency('$')).toBe('USD');
    expect(sentenceCurrency('kr')).toBeNull();
    useCurrency('NOK');
    expect(sentenceCurrency('kr')).toBe('NOK');
    expect(sentenceCurrency('constructor')).toBeUndefined();
  });

  it('a sentence reads them before or after the digits', () => {
    const amounts = (text: string) => {
      const { folded, original } = prepare(text);
      return findQuantities(folded, 'en', original).map((q) => [q.value, q.kind, q.currency]);
    };
    expect(amounts('Reach R$ 60.000 in sales')).toEqual([[60000, 'money', 'BRL']]);
    expect(amounts('Reach 60 000 R$ in sales')).toEqual([[60000, 'money', 'BRL']]);
    expect(amounts('Reach 500 000 kr in sales')).toEqual([[500000, 'money', null]]);
    expect(amounts('Reach 45 L INR in sales')).toEqual([[4500000, 'money', 'INR']]);
    expect(amounts('Book 3 try outs')).toEqual([[3, 'number', null]]);
  });
});
