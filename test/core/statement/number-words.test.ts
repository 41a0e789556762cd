/**
 * words42: spelled-out numbers read whole (test/fixtures/statements/README.md, "Added by words42"). On main's code a
 * compound gave its first word (« dix-sept » 10, "twenty-two" 20, « quatre-vingt-dix » 4, « soixante-dix » the 10 of its
 * end) and the teens away from a scale word nothing; each row below whose reading changed failed there.
 */
import { findQuantities } from '../../../src/core/statement/quantities';
import { fold } from '../../../src/core/statement/text';
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

/** The numbers the reader finds in a sentence counting new things. */
const counted = (words: string, lang: 'fr' | 'en'): number[] =>
  findQuantities(fold(lang === 'fr' ? `Signer ${words} nouveaux clients` : `Sign ${words} new customers`), lang).map((q) => q.value);

describe('a spelled-out number is read whole, every tens boundary and 0–999 samples', () => {
  const french: [string, number][] = [
    ['deux', 2], ['neuf', 9], ['dix', 10], ['onze', 11], ['treize', 13], ['seize', 16], ['dix-sept', 17], ['dix-huit', 18], ['dix-neuf', 19],
    ['vingt', 20], ['vingt et un', 21], ['vingt-deux', 22], ['vingt-neuf', 29], ['trente', 30], ['trente et une', 31], ['trente-cinq', 35],
    ['quarante', 40], ['quarante-quatre', 44], ['cinquante', 50], ['cinquante-huit', 58], ['soixante', 60], ['soixante-neuf', 69],
    ['soixante-dix', 70], ['soixante et onze', 71], ['soixante-quinze', 75], ['soixante-dix-neuf', 79], ['quatre-vingts', 80],
    ['quatre-vingt-un', 81], ['quatre-vingt-neuf', 89], ['quatre-vingt-dix', 90], ['quatre-vingt-dix-neuf', 99], ['cent', 100],
    ['cent un', 101], ['cent vingt', 120], ['deux cents', 200], ['deux cent cinquante', 250], ['deux-cent-cinquante', 250],
    ['neuf cent quatre-vingt-dix-neuf', 999], ['mille', 1000], ['deux mille cinq cents', 2500],
  ];
  // Belgian and Swiss French: septante, huitante/octante, nonante.
  const swiss: [string, number][] = [['septante', 70], ['septante-cinq', 75], ['septante et un', 71], ['huitante', 80], ['octante-deux', 82], ['nonante', 90], ['nonante-neuf', 99]];
  const english: [string, number][] = [
    ['two', 2], ['ten', 10], ['eleven', 11], ['thirteen', 13], ['seventeen', 17], ['nineteen', 19], ['twenty', 20], ['twenty-one', 21],
    ['twenty-two', 22], ['twenty two', 22], ['thirty', 30], ['forty-five', 45], ['fifty', 50], ['sixty-six', 66], ['seventy', 70],
    ['seventy-seven', 77], ['eighty', 80], ['ninety', 90], ['ninety-nine', 99], ['a hundred', 100], ['one hundred and five', 105],
    ['a hundred five', 105], ['two hundred fifty', 250], ['nine hundred ninety-nine', 999], ['a thousand', 1000], ['fifteen hundred', 1500],
  ];
  it.each([...french, ...swiss])('« %s » is %d', (words, value) => expect(counted(words, 'fr')).toEqual([value]));
  it.each(english)('"%s" is %d', (words, value) => expect(counted(words, 'en')).toEqual([value]));
  it('words that make no number read nothing rather than their first word', () => {
    for (const words of ['vingt trente', 'dix-deux', 'quatre-vingt-dix-onze']) expect(counted(words, 'fr')).toEqual([]);
    expect(counted('twenty thirty', 'en')).toEqual([]);
  });
});

describe('goal sentences with a compound number: target, change, baseline', () => {
  readsAs(AS_OF, [
    ["Signer dix-sept nouveaux clients d'ici juin 2027", { target: 17, deadline: '2027-06-30' }],
    ['Signer vingt-deux nouveaux clients', { target: 22 }],
    ["Ouvrir soixante-dix magasins d'ici 2028", { target: 70, deadline: '2028-12-31' }],
    ['Ouvrir quatre-vingt-dix magasins', { target: 90 }],
    ["Ouvrir septante-cinq magasins d'ici 2028", { target: 75 }],
    ["Passer de vingt-deux à quarante-cinq magasins d'ici 2028", { baseline: 22, target: 45 }],
    ["Atteindre vingt-deux millions d'euros de chiffre d'affaires en 2027", { kpi: 'revenue', target: 22000000, unit: 'currency' }],
    ["Augmenter la marge de vingt-cinq pour cent d'ici 2028", { change: { value: 0.25, kind: 'relative' } }],
    ['Open twenty-two new stores by 2028', { target: 22, deadline: '2028-12-31' }],
    ['Sign seventeen new customers by June 2027', { target: 17, deadline: '2027-06-30' }],
    ['Hire one hundred and five new reps in 2027', { target: 105 }],
    ['Grow from twenty-two to forty-five stores by 2028', { baseline: 22, target: 45 }],
    ['Reach twenty-two million dollars in revenue in 2027', { kpi: 'revenue', target: 22000000, unit: 'currency' }],
    // « de plus » after the count is its change (main read « dix » of « dix-sept » alone, and refused a lone « dix de plus »).
    ["Nous avons 40 clients, nous en voulons dix-sept de plus d'ici juin 2027", { change: { value: 17, kind: 'absolute' } }],
    ["Nous avons 40 clients, nous en voulons dix de plus d'ici juin 2027", { change: { value: 10, kind: 'absolute' } }],
    ['Nous avons 40 clients, nous en voulons 17 de plus', { change: { value: 17, kind: 'absolute' } }],
  ]);
});

describe("num34's restriction kept where a teen counts the subject, not the goal", () => {
  readsAs(AS_OF, [
    // real21 l.8 and real34 l.21's shapes: a teen after « dans »/"in" (the places the subject is in) or opening the sentence.
    ["Présent aujourd'hui dans treize pays, le groupe devrait l'être dans une vingtaine d'ici trois ans.", { target: 20 }],
    ["Treize opérateurs prévoient d'investir 3 milliards d'euros d'ici à 2028.", { target: 3000000000, unit: 'currency' }],
    ['Sixteen operators plan to invest 3 billion dollars by 2028.', { target: 3000000000, unit: 'currency' }],
    ['Present in thirteen countries, we want to sign 40 new distributors by 2028', { target: 40 }],
    // Elsewhere the teen is the count.
    ["Ouvrir treize magasins d'ici 2028", { target: 13 }],
  ]);
});

describe('near misses keep their reading', () => {
  readsAs(AS_OF, [
    // « un », "one" are articles; approximate counts read as before.
    ["Atteindre un chiffre d'affaires de 2 M€ en 2027", { kpi: 'revenue', target: 2000000, unit: 'currency' }],
    ['One of our goals is to sign 40 new customers in 2027', { target: 40 }],
    ["Ouvrir une vingtaine de magasins d'ici 2028", { target: 20 }],
    ['Sign a dozen new customers in 2027', { target: null }],
    // Ordinals are no counts: « dix-septième » is not ten.
    ['Finir dix-septième au classement des ventes en 2027', { target: null }],
    ['Be first in sales in 2027', { target: null }],
    // A single number word before a noun, as before.
    ['Signer dix nouveaux clients en 2027', { target: 10 }],
    ['Sign twenty new customers in 2027', { target: 20 }],
    ['Recruter deux et trois commerciaux', { target: 2 }],
    // "cents" after an amount is the coin, in English never a hundred.
    ['Raise the price of a coffee by 25 cents by 2027', { change: { value: 25, kind: 'absolute' } }],
    ["Augmenter le prix du café de 50 cents d'ici 2027", { change: { value: 50, kind: 'absolute' } }],
    ['Cut the cost per cup to 80 cents by 2027', { target: 80 }],
  ]);
});
