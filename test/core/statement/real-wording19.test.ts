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

describe('a percentage or percent of the market is the market share', () => {
  it.each([
    'Le pourcentage de marché qu’on espère toucher dans notre quartier est de 3 %.',
    'Atteindre un pourcentage du marché de 4 % en 2026.',
    'Gagner 3 points de part du marché local.',
    'Capture 10 percent of the market by 2026.',
    'Grow our percentage of the market to 12% by Q4.',
  ])('%s → market_share', (text) => {
    expect(analyze(text).kpi).toBe('market_share');
  });
  it('keeps a share of sales by channel apart', () => {
    expect(analyze('Online sales should go from 20% of revenue to 35%.').kpi).not.toBe('market_share');
  });
});

describe('a survey’s share of respondents who plan something is no number of the goal', () => {
  it.each([
    ['40% plan to improve profitability, 28% are focused on customer retention.', 'en'],
    ['60% say they want to grow revenue next year.', 'en'],
    ['Parmi les dirigeants, 35 % prévoient d’augmenter leur chiffre d’affaires.', 'fr'],
    ['Un quart des patrons, soit 25 % envisagent de recruter des commerciaux pour augmenter les ventes.', 'fr'],
  ])('%s → no target, no change', (text) => {
    const a = analyze(text);
    expect(a.target).toBeNull();
    expect(a.change).toBeNull();
  });
  it('keeps the goal’s own percentage next to the respondents’ share', () => {
    expect(analyze('Parmi les dirigeants, 35 % prévoient d’augmenter leur chiffre d’affaires de 10 %.').change).toEqual({ value: 0.1, kind: 'relative' });
    expect(analyze('Augmenter le CA de 15 % comptent-ils.').change).toEqual({ value: 0.15, kind: 'relative' });
    expect(analyze('Increase revenue by 10% and plan to hire two reps.').change).toEqual({ value: 0.1, kind: 'relative' });
  });
});

describe('a level said to be projected, expected or planned is the target, and "the first year" is a year from today', () => {
  it.each([
    ['Le taux d’occupation prévu pour la première année d’exploitation est de 80 %.', 0.8, '2026-01-06'],
    ['Le chiffre d’affaires attendu pour la première année d’activité est de 400 000 €.', 400_000, '2026-01-06'],
    ['The expected occupancy rate for our first full year of operation is 85%.', 0.85, '2026-01-06'],
    ['The projected revenue for 2027 is $4M.', 4_000_000, '2027-12-31'],
  ])('%s → target %d, deadline %s', (text, target, deadline) => {
    const a = analyze(text);
    expect(a.target).toBe(target);
    expect(a.baseline).toBeNull();
    expect(a.deadline).toBe(deadline);
  });
  it('keeps an observed level the baseline, and "for the first time" no deadline', () => {
    expect(analyze('Le taux de conversion est de 3 %.').baseline).toBe(0.03);
    expect(analyze('Notre objectif était de 10 %, le taux actuel est de 6 %.')).toMatchObject({ baseline: 0.06, target: 0.1 });
    expect(analyze('For the first time, reach 100 customers.').deadline).toBeNull();
    expect(analyze('Signer 20 clients au cours du premier mois.').deadline).toBe('2025-02-06');
  });
});

describe('a spelled ordinal of a place opened is its count; "étendre" states an increase', () => {
  it.each([
    ['La boutique ouvrira une deuxième succursale à Lyon vers la fin juin.', 2],
    ['Ouvrir une troisième boutique en 2026.', 3],
    ['Open a second store by Q3.', 2],
    ['We will open our fifth location next year.', 5],
    ['Ouvrir notre 10e magasin d’ici 2027.', 10],
  ])('%s → target %d, a count, increase', (text, target) => {
    expect(analyze(text)).toMatchObject({ target, unit: 'count', direction: 'increase' });
  });
  it('keeps ordinals of periods and of other things out', () => {
    expect(analyze('Le second semestre sera meilleur.').target).toBeNull();
    expect(analyze('Signer un deuxième contrat cadre.').target).toBeNull();
  });
  it.each(['Étendre notre notoriété.', 'Étendons notre réseau de distributeurs à 50 points de vente.'])('%s → increase', (text) => {
    expect(analyze(text).direction).toBe('increase');
  });
  it('keeps the goal verb’s direction over a participle "étendu"', () => {
    expect(analyze('Réduire le délai de paiement, étendu à 60 jours.').direction).toBe('decrease');
  });
});

describe('"en passant de A à B" restates the change, a new "grâce à" opens a second lever, "produire" states an increase', () => {
  it('reads no lever in a restated change, and keeps "en passant par" a means', () => {
    expect(analyze('Doubler le CA en passant de 2 à 4 M€.')).toMatchObject({ baseline: 2_000_000, target: 4_000_000, levers: [] });
    expect(analyze('Un objectif de vente de 2 000 KDA pour 2026 en passant de 1 500 KDA en 2025.').levers).toEqual([]);
    expect(analyze('Augmenter nos ventes en passant par les réseaux sociaux.').levers).toEqual(['passant par les réseaux sociaux']);
  });
  it.each([
    ['Atteindre 80 000 € de CA en travaillant avec cinq nouveaux clients par mois grâce à mon site.', ['travaillant avec cinq nouveaux clients par mois', 'mon site']],
    ['Augmenter les ventes en recrutant deux commerciaux grâce au budget marketing.', ['recrutant deux commerciaux', 'budget marketing']],
  ])('%s → %j', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });
  it.each(['Nous comptons désormais produire 2 000 litres de jus par jour.', 'Produce 500 units per week.', 'Produisons 300 paniers par semaine.'])('%s → increase', (text) => {
    expect(analyze(text).direction).toBe('increase');
  });
});

describe('a level the company "affiche" or "boasts" before its aim is the baseline', () => {
  it.each([
    ['La PME affiche 2 M€ de chiffre d’affaires et vise 3 M€ en 2026.', 2_000_000, 3_000_000],
    ['L’enseigne affiche plus de 40 millions d’euros de ventes et veut dépasser les 60 millions d’euros en 2027.', 40_000_000, 60_000_000],
    ['The company boasts 200 customers and aims for 500 by 2027.', 200, 500],
  ])('%s → baseline %d, target %d', (text, baseline, target) => {
    expect(analyze(text)).toMatchObject({ baseline, target });
  });
  it('keeps "afficher" as the goal verb and a goal word after "affiche"', () => {
    expect(analyze('Afficher un taux de conversion de 5 %.')).toMatchObject({ baseline: null, target: 0.05 });
    expect(analyze('La société affiche un objectif de 10 % de croissance.')).toMatchObject({ baseline: null, target: 0.1 });
  });
});

describe('inclusive writing reads as the noun', () => {
  it.each([
    ['Gagner 50 client·es d’ici juin.', 'deals_closed'],
    ['Signer 30 client·e·s.', 'deals_closed'],
    ['Gagner 50 client.es d’ici juin.', 'deals_closed'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
  it('keeps "i.e." and a web address', () => {
    expect(analyze('Increase revenue by 10%, i.e. $50k.').change).toEqual({ value: 0.1, kind: 'relative' });
    expect(analyze('Visit www.site.es to see.').kpi).toBeNull();
  });
});
