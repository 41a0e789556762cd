/**
 * surf55 (S5): the wizard's amount field on a column shown in thousands or millions ("kUSD", "k€", "M€", "M$"), FR and EN:
 * the column's own label typed with the number is that number as its cells show it ("500 kUSD" in a kUSD field is 500: it
 * was refused, "kUSD" taken for another currency); a scale typed that differs from the column's is converted, never
 * misread ("500 k€" in an M€ field is 0.5); a scale's word reads as its letter (« 1,5 million » is 1.5 M€); another
 * currency, scaled or not, is still refused, with the localized line under the field.
 */
import { otherCurrencyLine, otherCurrencyTyped, parseUnitInput } from '../../src/sidebar/values';

describe('surf55: the column’s own scaled label typed in its amount field', () => {
  it.each([
    ['500 kUSD', 'en', 'kUSD', 500], ['kUSD 500', 'en', 'kUSD', 500], ['500 kEUR', 'fr', 'kEUR', 500], ['500 kEUR', 'en', 'kEUR', 500],
    ['500 k€', 'fr', 'k€', 500], ['500k€', 'en', 'k€', 500], ['1,5 M€', 'fr', 'M€', 1.5], ['2.5 M$', 'en', 'M$', 2.5], ['1,5 MUSD', 'fr', 'MUSD', 1.5],
  ] as const)('%s in a %s field of %s → %s', (text, lang, currency, value) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBeCloseTo(value, 9);
    expect(otherCurrencyTyped(text, 'currency', currency)).toBeNull();
  });
});

describe('surf55: a scale typed in another unit than the column’s is converted to the column’s', () => {
  it.each([
    ['1.5M', 'en', 'M$', 1.5], ['$1.5M', 'en', 'M$', 1.5], ['500 k€', 'fr', 'M€', 0.5], ['€500k', 'en', 'M€', 0.5], ['1 500 k€', 'fr', 'M€', 1.5],
    ['500 USD', 'en', 'kUSD', 0.5], ['2 MUSD', 'en', 'kUSD', 2000], ['2 MEUR', 'fr', 'kEUR', 2000], ['1,5 Md€', 'fr', 'M€', 1500], ['$1.5bn', 'en', 'M$', 1500],
    ['500 kUSD', 'en', 'USD', 500_000], ['500 kEUR', 'fr', 'EUR', 500_000],
  ] as const)('%s in a %s field of %s → %s', (text, lang, currency, value) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBeCloseTo(value, 9);
  });
});

describe('surf55: a scale’s word after the number', () => {
  it.each([
    ['1,5 million', 'fr', 'M€', 1.5], ['1,5 millions', 'fr', 'M€', 1.5], ['1,5 million €', 'fr', 'M€', 1.5], ['2 millions €', 'fr', 'k€', 2000],
    ['500 mille €', 'fr', 'k€', 500], ['3 milliards', 'fr', 'M€', 3000], ['1.5 million', 'en', 'M$', 1.5], ['$1.5 million', 'en', 'M$', 1.5],
    ['2 thousand', 'en', 'k$', 2], ['1.2 billion', 'en', 'M$', 1200], ['1.5 million', 'en', '$', 1_500_000], ['2 millions', 'fr', '€', 2_000_000],
  ] as const)('%s in a %s field of %s → %s', (text, lang, currency, value) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBeCloseTo(value, 9);
  });

  it('counts take the words too ("12 thousand" leads); a rate does not', () => {
    expect(parseUnitInput('12 thousand', 'count', 'en')).toBe(12_000);
    expect(parseUnitInput('1,2 million', 'count', 'fr')).toBe(1_200_000);
    expect(parseUnitInput('25 million', 'percent', 'en')).toBeNull();
  });

  it('a French « billion » (10¹²) is no scale of the field: refused, never read as a milliard', () => {
    expect(parseUnitInput('1 billion', 'currency', 'fr', 'M€')).toBeNull();
  });
});

describe('surf55: another currency in a scaled field is still refused, with the line under the field', () => {
  it.each([
    ['500 kEUR', 'en', 'kUSD', 'EUR'], ['500 EUR', 'en', 'kUSD', 'EUR'], ['£500k', 'en', 'k€', '£'], ['500 kUSD', 'fr', 'k€', 'USD'], ['1,5 M$', 'fr', 'M€', '$'],
  ] as const)('%s in a %s field of %s: refused, %s named', (text, lang, currency, other) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBeNull();
    expect(otherCurrencyTyped(text, 'currency', currency)).toBe(other);
  });

  it.each([
    ['en', '500 kEUR', 'kUSD', 'The goal is in EUR, the KPI tab in kUSD: nothing is converted. State the goal in the tab’s currency.'],
    ['fr', '500 kUSD', 'k€', 'L’objectif est en USD, l’onglet KPI en k€\u202f: rien n’est converti. Indiquez l’objectif dans la devise de l’onglet.'],
  ] as const)('%s: the localized line says it', (lang, text, currency, line) => {
    expect(otherCurrencyLine(text, 'currency', lang, currency, true)).toBe(line);
  });
});
