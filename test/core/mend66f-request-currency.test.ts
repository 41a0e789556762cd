/**
 * mend66f, surf66's review (1) and (2): the currency a request's sign names (core `requestCurrency`, read by smartAssess
 * and the CLI) — the locale's own currency settles a shared sign, the two CFA francs are one, a sign naming several
 * currencies the locale's own does not settle is ambiguous, with one of its own codes as the hint (surf66 said "SEK"
 * for every sign, and refused "F CFA").
 */
import { requestCurrency } from '../../src/core/currency-marks';
import { useCurrency } from '../../src/core/format';

describe('requestCurrency: a request’s sign under the locale’s currency', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['F CFA', 'USD', 'F CFA'],
    ['FCFA', 'EUR', 'FCFA'],
    ['F CFA', 'XOF', 'XOF'],
    ['FCFA', 'XAF', 'XAF'],
  ])('the CFA franc: %s under %s is %s', (sign, local, read) => {
    useCurrency(local);
    expect(requestCurrency(sign)).toBe(read);
  });

  it.each([
    ['$', 'EUR', 'USD'],
    ['$', 'GBP', 'USD'],
    ['¥', 'EUR', 'JPY'],
    ['kr', 'USD', 'SEK'],
    ['Kr', 'EUR', 'SEK'],
  ])('several currencies: %s under %s is ambiguous, e.g. %s', (sign, local, hint) => {
    useCurrency(local);
    expect(requestCurrency(sign)).toEqual({ hint });
  });

  it.each([
    ['$', 'USD', 'USD'],
    ['$', 'CAD', 'CAD'],
    ['¥', 'JPY', 'JPY'],
    ['¥', 'CNY', 'CNY'],
    ['kr', 'SEK', 'SEK'],
    ['Kr', 'NOK', 'NOK'],
    ['A$', 'AUD', 'AUD'],
    ['A$', 'USD', 'A$'],
    ['€', 'USD', '€'],
    ['USD', 'EUR', 'USD'],
  ])('near misses: %s under %s is %s', (sign, local, read) => {
    useCurrency(local);
    expect(requestCurrency(sign)).toBe(read);
  });
});
