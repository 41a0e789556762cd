/**
 * The wizard's amount field beside a KPI shown in CFA francs (surf49, issue 11 c): it shows "180 000 FCFA" (the sign the
 * column's format shows), and refused that very text typed back ("not a number"); the sign is the amount's own now, and
 * another currency's mark is still refused.
 */
import { useCurrency } from '../../src/core/format';
import { otherCurrencyTyped, parseUnitInput } from '../../src/sidebar/values';

describe('an amount typed in FCFA', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['180 000 FCFA', 'fr', 'XOF'],
    ['180 000 FCFA', 'fr', 'EUR'],
    ['FCFA 180,000', 'en', 'USD'],
    ['180 000', 'fr', 'XOF'],
  ] as const)('“%s” (%s, a %s sheet) is 180,000 in a column shown in FCFA', (text, lang, local) => {
    useCurrency(local);
    expect(parseUnitInput(text, 'currency', lang, 'FCFA')).toBe(180_000);
    expect(otherCurrencyTyped(text, 'currency', 'FCFA')).toBeNull();
  });

  it('near miss (passes before surf49 too): euros typed for a column shown in FCFA are another currency', () => {
    useCurrency('EUR');
    expect(parseUnitInput('180 000 €', 'currency', 'fr', 'FCFA')).toBeNull();
    expect(otherCurrencyTyped('180 000 €', 'currency', 'FCFA')).toBe('€');
  });
});
