/**
 * The wizard's amount field takes off the sign the KPI's column shows only as a WHOLE sign (mend49b, issue 11 c's mend):
 * surf49 cut any text ending with it, so "$" came off "500 A$" (an AUD sheet's own dollar: refused as no number), "R" off
 * "500 ZAR" (a ZAR sheet's own code) and off "500 EUR" (another currency, then refused without saying so). The CFA franc's
 * spellings are one currency: « 180 000 F CFA » (CLDR French's sign) and a fr_SN sheet's « 180 000 XOF » in a column shown
 * in FCFA, and « 180 000 FCFA » in an XOF column.
 */
import { useCurrency } from '../../src/core/format';
import { otherCurrencyTyped, parseUnitInput } from '../../src/sidebar/values';

describe('a sheet’s compound currency signs in the wizard’s amount field', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['500 A$', 'AUD', '$', 500],
    ['500 CA$', 'CAD', '$', 500],
    ['500 US$', 'USD', '$', 500],
    ['500 ZAR', 'ZAR', 'R', 500],
  ] as const)('“%s” in a %s sheet, a column shown in “%s”: %d, its own currency', (text, local, shown, value) => {
    useCurrency(local);
    expect(parseUnitInput(text, 'currency', 'en', shown)).toBe(value);
    expect(otherCurrencyTyped(text, 'currency', shown)).toBeNull();
  });

  it.each([
    ['1.500 R$', 'USD', '$', 'R$'],
    ['500 HK$', 'USD', '$', 'HK$'],
    ['500 EUR', 'ZAR', 'R', 'EUR'],
  ] as const)('“%s” in a %s sheet, a column shown in “%s”: another currency, named (%s)', (text, local, shown, other) => {
    useCurrency(local);
    expect(parseUnitInput(text, 'currency', 'en', shown)).toBeNull();
    expect(otherCurrencyTyped(text, 'currency', shown)).toBe(other);
  });

  it.each([
    ['180 000 F CFA', 'XOF', 'FCFA'],
    ['180\u202f000\u00a0F\u202fCFA', 'XOF', 'FCFA'],
    ['180 000 XOF', 'XOF', 'FCFA'],
    ['180 000 FCFA', 'XOF', 'XOF'],
    ['180 000 FCFA', 'XAF', 'XAF'],
  ] as const)('« %s » in a %s sheet, a column shown in %s: 180 000 francs CFA', (text, local, shown) => {
    useCurrency(local);
    expect(parseUnitInput(text, 'currency', 'fr', shown)).toBe(180_000);
    expect(otherCurrencyTyped(text, 'currency', shown)).toBeNull();
  });

  it('near miss (passes before too): « 180 000 FCFA » in a column shown in FCFA, and euros there named as another currency', () => {
    useCurrency('XOF');
    expect(parseUnitInput('180 000 FCFA', 'currency', 'fr', 'FCFA')).toBe(180_000);
    useCurrency('EUR');
    expect(otherCurrencyTyped('180 000 €', 'currency', 'FCFA')).toBe('€');
  });
});
