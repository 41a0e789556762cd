/**
 * stmt63: the classes of real60's misses (the sixtieth real set, opened by stmt63), read by general rules and checked in
 * sentences written for each shape (none copied from a fixture): (1) a rise stated with its figure after "with" / « avec »
 * ("with an expected increase of nearly 20% this year", « avec une augmentation prévue de près de 20 % ») is no means;
 * (2) a range's two bounds after "with" / « avec » ("with between 5 and 10 new franchises", « avec entre 5 et 10 nouvelles
 * franchises ») are one means; (3) a multiplying verb whose object is a demonstrative naming a level ("double that amount",
 * « doubler ce montant ») points back to the level stated in the present or past: the baseline, the multiple the change;
 * (4) a place then the full day with its weekday, set off by commas, before a report (« À Bujumbura, ce mardi 13 décembre
 * 2016, M. X a informé que … », "In Paris, on Monday 3 March 2025, the director announced …") dates the report, not the
 * goal; (5) a percentage restating a level of another kind as more or fewer than another level (« soit 6 % de plus que
 * l'an dernier », "i.e. 6% more than last year") is that level's change. Each class case read otherwise before stmt63
 * (checked on main's sources at 7676fd49); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) a rise stated with its figure after "with" / « avec » is no means', () => {
  readsAs([
    [
      'The outlook is ambitious, with an expected increase of nearly 20% this year to reach 120,000 visas in 2028.',
      { levers: [], target: 120000, change: null },
    ],
    ['Reach 120,000 visas in 2028, with an increase of 20% this year.', { levers: [], target: 120000 }],
    [
      'Les projections sont ambitieuses, avec une augmentation prévue de près de 20 % cette année pour atteindre 120 000 visas en 2028.',
      { levers: [], target: 120000, change: null },
    ],
    ['Atteindre 120 000 visas en 2028, avec une hausse de 20 % cette année.', { levers: [], target: 120000 }],
  ]);
});

describe('(1) near misses: a rise of something named after its figure, a rise with no figure', () => {
  readsAs([
    ['Grow revenue by 10% in 2028 with an increase of 5% in marketing spend.', { levers: ['an increase of 5% in marketing spend'] }],
    ['Grow revenue by 10% in 2028 with a 20% increase in prices.', { levers: ['a 20% increase in prices'] }],
    ['Augmenter le CA de 10 % en 2028 avec une hausse de 5 % des prix.', { levers: ['une hausse de 5 % des prix'] }],
    ['Grow revenue by 10% in 2028 with an increase of the sales team.', { levers: ['an increase of the sales team'] }],
    [
      'Augmenter le CA de 10 % en 2028 avec une augmentation des effectifs commerciaux.',
      { levers: ['une augmentation des effectifs commerciaux'] },
    ],
  ]);
});

describe('(2) a range\'s two bounds after "with" / « avec » are one means', () => {
  readsAs([
    [
      'We want to reach 60 stores by 2030, with between 5 and 10 new franchises a year.',
      { target: 60, levers: ['between 5 and 10 new franchises a year'] },
    ],
    [
      "Nous souhaitons atteindre 60 magasins d'ici 2030, avec entre 5 et 10 nouvelles franchises par an.",
      { target: 60, levers: ['entre 5 et 10 nouvelles franchises par an'] },
    ],
    [
      'Augmenter le CA de 10 % en 2028 avec entre 2 et 3 nouveaux commerciaux et une campagne LinkedIn.',
      { levers: ['entre 2 et 3 nouveaux commerciaux', 'une campagne LinkedIn'] },
    ],
  ]);
});

describe('(2) near misses: two means joined by "and" / « et », a range with no means', () => {
  readsAs([
    ['Grow revenue by 10% in 2028 with 2 new reps and a LinkedIn campaign.', { levers: ['2 new reps', 'a LinkedIn campaign'] }],
    [
      'Augmenter le CA de 10 % en 2028 avec 2 commerciaux et une campagne LinkedIn.',
      { levers: ['2 commerciaux', 'une campagne LinkedIn'] },
    ],
    ['Sign between 20 and 30 new clients in 2028.', { target: 20, levers: [] }],
  ]);
});

describe('(3) "double that amount", « doubler ce montant »: the level stated before is the baseline, the multiple the change', () => {
  readsAs([
    [
      'Outsourcing firms generate revenues of EUR 1.4 billion per year and their goal is to double that amount by 2028.',
      { baseline: 1400000000, target: null, change: { value: 1, kind: 'relative' }, unit: 'percent', deadline: '2028-12-31' },
    ],
    [
      'We generate 1.4 million visits per year and plan to double that number by 2028.',
      { baseline: 1400000, target: null, change: { value: 1, kind: 'relative' } },
    ],
    [
      "Les entreprises génèrent un chiffre d'affaires de 1,4 milliard d'euros par an et leur objectif est de doubler ce montant d'ici 2030.",
      { baseline: 1400000000, target: null, change: { value: 1, kind: 'relative' }, unit: 'percent' },
    ],
  ]);
});

describe('(3) near misses: a milestone then its double, another noun after the demonstrative, a past level', () => {
  readsAs([
    ['Reach $2 million in revenue in 2027 and double that amount by 2030.', { baseline: null, target: 2000000 }],
    ["Atteindre 2 millions d'euros de chiffre d'affaires en 2027 et doubler ce montant d'ici 2030.", { baseline: null, target: 2000000 }],
    ['We generate revenues of EUR 1.4 billion and plan to double that market by 2028.', { baseline: null, target: 1400000000 }],
    [
      'Our revenue was $2 million in 2025 and we want to triple that figure by 2028.',
      { baseline: 2000000, change: { value: 2, kind: 'relative' } },
    ],
  ]);
});

describe("(4) a place, then the full day with its weekday between commas, before a report: the report's day, no deadline", () => {
  readsAs([
    [
      'A Bujumbura, ce mardi 13 décembre 2016, M. Jean Dupont, directeur de l’Office du Thé, a informé que son ambition était de produire 12.000 tonnes de thé.',
      { target: 12000, deadline: null },
    ],
    ['À Paris, ce lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.', { target: 20, deadline: null }],
    ['In Paris, on Monday 3 March 2025, the director announced plans to open 20 stores.', { target: 20, deadline: null }],
  ]);
});

describe("(4) near misses: no report after the day, a deadline word before it, the goal's own year after the report", () => {
  readsAs([
    ['In Paris, on Monday, March 3, 2025, Dr. Smith said the group will open 20 stores by 2028.', { target: 20, deadline: '2028-12-31' }],
    ['In Paris, on Monday 3 March 2025, open our 20th store.', { deadline: '2025-03-03' }],
    ['À Paris, ce lundi 3 mars 2025, ouvrir 20 magasins.', { deadline: '2025-03-03' }],
    ["À Paris, ouvrir 20 magasins d'ici le lundi 3 mars 2025.", { target: 20, deadline: '2025-03-03' }],
    ['In Paris, open 20 stores by Monday 3 March 2025.', { target: 20, deadline: '2025-03-03' }],
  ]);
});

describe('(5) « soit 6 % de plus que », "i.e. 6% more than": the level\'s change', () => {
  readsAs([
    [
      "L'objectif est d'attirer 50 millions de visiteurs, soit 6 % de plus que l'an dernier.",
      { target: 50000000, change: { value: 0.06, kind: 'relative' } },
    ],
    [
      'The goal is to attract 50 million visitors, i.e. 6% more than last year.',
      { target: 50000000, change: { value: 0.06, kind: 'relative' } },
    ],
    [
      "Réduire les déchets à 500 tonnes, soit 10 % de moins que l'an dernier.",
      { direction: 'decrease', target: 500, change: { value: 0.1, kind: 'relative' } },
    ],
  ]);
});

describe('(5) near misses: a restated share, a restatement of a level of the same kind', () => {
  readsAs([
    ['The goal is to sign 50 clients, or 6% of the market.', { target: 50, change: null }],
    ["L'objectif est d'atteindre 30 % de marge, soit 6 % de plus que l'an dernier.", { target: 0.3, change: null }],
    [
      "L'objectif est d'attirer 50 millions de visiteurs, 6 % de plus que l'an dernier.",
      { target: 50000000, change: { value: 0.06, kind: 'relative' } },
    ],
  ]);
});
