/**
 * One reading of a sheet's currency mark (core `currencyCode`) for Check goals' "another currency" rule and the wizard's
 * typed amounts (cleanup61: Check goals had its own, `currencyOfFormat` on the mark, which read "CA$" and "R$" as the
 * US dollar and knew no "₽", "₩" or "¥").
 */
import { currencyCode, differentCurrencies } from '../../src/core/currency-marks';
import { useCurrency } from '../../src/core/format';

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
