/**
 * kpi36: KPI misses left on real21–real36, by structure (issue 11). Each class: real lines, a written variant in French
 * and in English, and a near miss the rule must not take.
 */
import { analyzeStatement } from '../../../src/core/statement';

const kpiOf = (text: string): string | null => analyzeStatement(text, { asOf: '2026-01-01' }).kpi;

describe('the amount a goal verb or a threshold noun takes, when it is not the first amount, is a sales amount', () => {
  it.each([
    // real29
    ['Chez les plus « petits », la taille critique passe de 5 à 10 ou 15 millions d’euros, alors que chez les plus « gros », on lit dans les communiqués de presse que c’est clairement le cap des 100 millions d’euros qui est visé ou dépassé.', 'revenue'],
    ['Passer de 2 M€ à 5 M€ puis franchir le cap des 10 M€.', 'revenue'],
    ['Our goal is to grow from $1M last year to achieve $3M this year.', 'revenue'],
    // Near misses: beside money invested or a price, a later threshold passed names no sales amount either.
    ['Nous avons investi 2 M€ en 2024 et comptons franchir le cap des 5 M€.', null],
    ['Le prix passe de 20 € à 25 €, puis franchira la barre des 30 €.', null],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('things counted as sold, with no amount of money, are deals won', () => {
  it.each([
    // real21, real23, real31
    ['Depuis quelque temps, on me donne des “orientations” du genre “il faut tenter d’aller vers”, disons, 10 000 exemplaires de tel ou tel produit vendus dans l’année.', 'deals_closed'],
    ['Son contrat prévoit une prime de challenge reliée à la vente d’un nombre minimum de véhicules par mois.', 'deals_closed'],
    ['Any game that sells over 500k is a success.', 'deals_closed'],
    ['Nous espérons 800 coffrets vendus avant Noël.', 'deals_closed'],
    ['We aim for 2,000 copies sold this year.', 'deals_closed'],
    // Near misses: a weight sold (real22) and a percentage sold (real14) are no count of deals.
    ['Bien que loin des 5 217 tonnes réalisées en 2016, l’entreprise espère faire au moins mieux que les 4 800 tonnes vendues l’an dernier.', null],
    ['If you’re selling for a larger company, it may simply be selling 20 percent more than you did last month or last quarter.', 'revenue'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('sponsors, exhibitors and booths an event wins or sells, counted, are deals won', () => {
  it.each([
    // real36
    ['Obtain 10 sponsors who provide at least $1000/each.', 'deals_closed'],
    ['Recruit 100 healthcare-related booths.', 'deals_closed'],
    ['Recruter 15 exposants pour la foire de printemps.', 'deals_closed'],
    ['Sign 25 exhibitors for the spring fair.', 'deals_closed'],
    // Near misses: sponsors thanked, volunteers recruited for a booth.
    ['Thank our 10 sponsors at the gala.', null],
    ['Recruit three volunteers for the booth.', null],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('« élèves » and "membership rolls" are the customers a school or a club counts', () => {
  it.each([
    // real31
    ['Il faut environ 200 élèves pour faire tourner une agence, du CP jusqu’au Bac+2.', 'customers'],
    ['Nous voulons atteindre 500 élèves à la rentrée.', 'customers'],
    ['Add 10% to your membership rolls every year.', 'customers'],
    // Near miss: a membership director is a person, not the members counted.
    ['Our membership director will present the plan on Monday.', null],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});
