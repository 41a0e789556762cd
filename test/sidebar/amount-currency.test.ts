/**
 * Amounts typed in the wizard in the KPI's currency with its narrow sign or its ISO code: "$150,000" in a Canadian sheet
 * (CLDR's symbol there is "$CA"/"CA$") was refused. A clearly different currency is refused with a line saying so.
 */
import { useCurrency } from '../../src/core/format';
import { numberLang } from '../../src/core/numbers';
import { otherCurrencyLine, otherCurrencyTyped, parseUnitInput, readAmountText } from '../../src/sidebar/values';
import { translator } from '../../src/sidebar/ui';

describe('an amount typed with a currency mark', () => {
  afterEach(() => useCurrency(null));

  it.each([
    // A Canadian sheet: the narrow "$", CLDR's "$CA" / "CA$", the code.
    ['$150,000', 'en', 'CAD', 'en_CA', 150000],
    ['150 000 $', 'fr', 'CAD', 'fr_CA', 150000],
    ['150 000 $CA', 'fr', 'CAD', 'fr_CA', 150000],
    ['CA$150,000', 'en', 'CAD', 'en_CA', 150000],
    ['150,000 CAD', 'en', 'CAD', 'en_US', 150000],
    // Another locale's Canadian dollar is written "$CA", and "$" still means it in that sheet.
    ['$150,000', 'en', 'CAD', 'en_US', 150000],
    ['A$150,000', 'en', 'AUD', 'en_AU', 150000],
    ['$150,000', 'en', 'NZD', 'en_NZ', 150000],
    ['150 000 €', 'fr', 'EUR', 'fr_FR', 150000],
    ['150000 EUR', 'fr', '€', 'fr_FR', 150000],
    ['¥150000', 'en', 'JPY', 'ja_JP', 150000],
    ['R 150 000', 'en', 'ZAR', 'en_ZA', 150000],
    // A sheet showing a bare "$" in a US locale: USD is its code.
    ['150,000 USD', 'en', '$', 'en_US', 150000],
  ] as const)('“%s” (%s, KPI in %s, locale %s) → %p', (text, lang, currency, locale, value) => {
    useCurrency(locale === 'en_CA' || locale === 'fr_CA' ? 'CAD' : locale === 'en_AU' ? 'AUD' : locale === 'en_NZ' ? 'NZD' : locale === 'ja_JP' ? 'JPY' : locale === 'en_ZA' ? 'ZAR' : locale === 'fr_FR' ? 'EUR' : 'USD');
    // The wizard reads as its field shows numbers, else as the sheet's cells do ("150 000" in en_ZA: review 26).
    expect(parseUnitInput(text, 'currency', lang, currency, numberLang(locale, lang))).toBe(value);
    expect(otherCurrencyTyped(text, 'currency', currency)).toBeNull();
  });

  it.each([
    ['$150,000', 'EUR', 'EUR', '$'],
    ['£150,000', 'CAD', 'CAD', '£'],
    ['150,000 USD', 'CAD', 'CAD', 'USD'],
    ['150 000 €', 'CAD', 'CAD', '€'],
    ['US$150,000', 'CAD', 'CAD', 'US$'],
    ['150 000 kr', 'EUR', 'EUR', 'kr'],
  ])('“%s” in a %s sheet is another currency: refused, and named', (text, currency, local, other) => {
    useCurrency(local);
    expect(parseUnitInput(text, 'currency', 'en', currency)).toBeNull();
    expect(otherCurrencyTyped(text, 'currency', currency)).toBe(other);
  });

  it('a code that may or may not be a bare “$” sheet’s currency is neither read nor called another currency', () => {
    useCurrency('EUR');
    expect(readAmountText('150,000 USD', '$')).toEqual({ body: '150,000 USD', other: null });
    expect(parseUnitInput('150,000 USD', 'currency', 'en', '$')).toBeNull();
  });

  it('counts and percentages are left alone', () => {
    expect(otherCurrencyTyped('150 €', 'count', 'EUR')).toBeNull();
    expect(parseUnitInput('30 %', 'percent', 'fr', 'EUR')).toBeCloseTo(0.3);
  });

  it.each([
    ['en', 'The goal is in £, the KPI tab in $CA: nothing is converted. State the goal in the tab’s currency.'],
    ['fr', 'L’objectif est en £, l’onglet KPI en $CA\u202f: rien n’est converti. Indiquez l’objectif dans la devise de l’onglet.'],
  ] as const)('%s: the line under the field, Check goals’ reason (surf51)', (lang, text) => {
    expect(translator(lang)('sidebar.currency.notConverted', { goal: '£', tab: '$CA' })).toBe(text);
  });
});

describe('mend51a: the line under the wizard’s amount field names a KPI tab only where there is one', () => {
  afterEach(() => useCurrency(null));

  it.each([
    ['en', 'USD', '$', '€150,000', '“€” is another currency: type the amount in $.'],
    ['fr', 'EUR', '€', '150 000 $', '«\u202f$\u202f» est une autre devise\u202f: saisissez le montant en €.'],
  ] as const)('%s: a catalog KPI with no tab (its currency the locale’s): the previous line (surf51 named “the KPI tab”)', (lang, local, shown, typed, line) => {
    useCurrency(local);
    expect(otherCurrencyLine(typed, 'currency', lang, shown, false)).toBe(line);
  });

  it.each([
    ['en', 'USD', '$', '€150,000', 'The goal is in €, the KPI tab in $: nothing is converted. State the goal in the tab’s currency.'],
    ['fr', 'EUR', '€', '150 000 $', 'L’objectif est en $, l’onglet KPI en €\u202f: rien n’est converti. Indiquez l’objectif dans la devise de l’onglet.'],
  ] as const)('%s: on a KPI tab, Check goals’ reason', (lang, local, shown, typed, line) => {
    useCurrency(local);
    expect(otherCurrencyLine(typed, 'currency', lang, shown, true)).toBe(line);
    expect(otherCurrencyLine('150000', 'currency', lang, shown, true)).toBe('');
  });
});

describe('surf54: an amount field of a column shown in thousands or millions ("k€", "M$")', () => {
  it.each([
    ['500', 'fr', 'k€', 500], ['500 k€', 'fr', 'k€', 500], ['500 000 €', 'fr', 'k€', 500], ['500k', 'en', 'k€', 500], ['€500k', 'en', 'k€', 500],
    ['2.5', 'en', 'M$', 2.5], ['$2,500,000', 'en', 'M$', 2.5], ['$2.5M', 'en', 'M$', 2.5],
  ] as const)('%s in a %s field of %s → %s', (text, lang, currency, value) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBeCloseTo(value, 9);
  });

  it('another currency typed there is still refused', () => {
    expect(parseUnitInput('£500,000', 'currency', 'en', 'k€')).toBeNull();
  });
});
