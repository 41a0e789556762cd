/**
 * Classes of misses found on the nineteenth real statement set (test/fixtures/statements/real19-heldout.jsonl:
 * French-speaking owners and sales managers in France, Québec, Belgium, Switzerland and francophone Africa; about half
 * regional business press). Each class is fixed by a general rule and checked here on sentences written for the class,
 * FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('the press abbreviations of money: KDA, MDH, DA, FCFA, dinars, dirhams, ME', () => {
  it.each([
    ['Un objectif de vente de l’ordre de 1 500 KDA pour 2026.', 1_500_000],
    ['Réaliser un chiffre d’affaires de 12 MDH cette année.', 12_000_000],
    ['Atteindre 500 millions de dinars de chiffre d’affaires en 2026.', 500_000_000],
    ['Objectif 2026 : 800 000 FCFA de ventes par mois.', 800_000],
    ['Un chiffre d’affaires compris entre 120 ME et 130 ME en 2027.', 120_000_000],
    ['Porter le chiffre d’affaires à 40 000 DA par jour.', 40_000],
  ])('%s → revenue, %d', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.unit).toBe('currency');
    expect(a.target).toBe(target);
  });

  it('reads no money in a lower-case "me", a pronoun', () => {
    const a = analyze('Il me faut 10 me dit-il, pour signer 10 contrats.');
    expect(a.unit).not.toBe('currency');
  });
});

describe('a goal word whose value is an amount of money, after "c’est" or an adverb, is sales', () => {
  it.each([
    'Notre cible, maintenant, c’est le milliard de dollars d’ici cinq ans.',
    'L’objectif, c’est le million d’euros en 2026.',
    'Our target now is $1 billion by 2030.',
    'Notre objectif est de 50 000 € par mois.',
    'Mon objectif est de 5 000 DH par mois.',
  ])('%s → revenue, increase', (text) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.direction).toBe('increase');
  });

  it('keeps a goal verb after "c’est de" and a goal given a count', () => {
    expect(analyze('Notre objectif, c’est de doubler le nombre de clients.').kpi).toBe('customers');
    expect(analyze('Mon objectif est de 50 clients.').kpi).toBe('deals_closed');
  });
});

describe('"maintenant" (now) is no maintain verb; "en maintenant" still is', () => {
  it('reads the goal’s own direction after "maintenant"', () => {
    expect(analyze('Maintenant, nous voulons augmenter les ventes de 10 %.').direction).toBe('increase');
    expect(analyze('Nous visons maintenant 200 nouveaux clients.').direction).toBe('increase');
  });
  it('keeps maintain verbs', () => {
    expect(analyze('Maintenir la marge à 40 %.').direction).toBe('maintain');
    expect(analyze('Nous maintenons le taux de churn sous 3 %.').direction).toBe('maintain');
  });
});
