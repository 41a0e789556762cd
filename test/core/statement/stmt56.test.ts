/**
 * stmt56: the classes of real53's misses (the fifty-third real set, opened by stmt56), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture):
 * (1) "in less than five years", "in under two years", « en moins de trois ans » bound the time taken: due by then, as
 * "within", and the "less" is no decrease of the goal's figure; (2) "with the aim of …" after a clause is the goal, no
 * means, as "with an aim to …" already was; (3) an adverb of degree before a move's far end (« de 33 % à seulement 15 % »,
 * "from 8% to just 5%", "to only", « à tout juste ») keeps the move; (4) "by the end of the decade", "the end of the current
 * decade", « d'ici la fin de la décennie » end the year closing the decade under way; (5) « la fin de l'année dernière »,
 * « la fin du mois passé » are over, no deadline; (6) "since Monday", « depuis lundi » name a day past, no deadline; (7) a
 * spelled-out count before "trillion" and a currency word ("a one trillion dollar economy") is money, as "one billion
 * dollars" was; (8) "RM10 bil", Malaysia's press abbreviation, is ten billion; (9) a verb inside a means' own relative
 * clause holding no figure ("with the assistance of X, which supports companies creating jobs") is not the goal the
 * with-phrase would describe: the means stays. Each class case read otherwise before stmt56 (checked on a copy of main's
 * sources at 1e565187); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (a Saturday; every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) "in less than N years", « en moins de N ans » is a deadline, no decrease', () => {
  readsAs([
    ['Reach $2M in revenue in less than two years.', { kpi: 'revenue', direction: 'increase', target: 2000000, change: null, deadline: '2028-12-05' }],
    ['The firm is aiming for full-year revenue of $50 million in less than five years.', { direction: 'increase', target: 50000000, deadline: '2031-12-05' }],
    ['Reach 500 customers in less than 6 months.', { direction: 'increase', target: 500, deadline: '2027-06-05' }],
    ['Grow revenue to $2M in under two years.', { target: 2000000, deadline: '2028-12-05' }],
    ["Atteindre 2 M€ de chiffre d'affaires en moins de trois ans.", { kpi: 'revenue', direction: 'increase', target: 2000000, change: null, deadline: '2029-12-05' }],
    ['Atteindre 500 clients en moins de 6 mois.', { direction: 'increase', target: 500, deadline: '2027-06-05' }],
    ['Cut churn to less than 5% in less than 2 years.', { kpi: 'churn', direction: 'decrease', target: 0.05, deadline: '2028-12-05' }],
    ['Réduire le churn à moins de 5 % en moins de deux ans.', { direction: 'decrease', target: 0.05, deadline: '2028-12-05' }],
  ]);
});

describe('(1) near misses: a bound on the figure stays a bound', () => {
  readsAs([
    ['Spend 20% less on travel in 2 years.', { direction: 'decrease', change: { value: 0.2, kind: 'relative' } }],
    ['Reduce churn to less than 5% by 2027.', { direction: 'decrease', target: 0.05, deadline: '2027-12-31' }],
    ['Ramener le churn à moins de 5 % en 2027.', { direction: 'decrease', target: 0.05, deadline: '2027-12-31' }],
  ]);
});

describe('(2) "with the aim of …" is the goal, no means', () => {
  readsAs([
    ['The university will launch a second campaign with the aim of raising $1bn by 2030.', { direction: 'increase', target: 1000000000, unit: 'currency', levers: [] }],
    ['With the aim of leaving the crisis behind, the airline plans to grow its fleet from 34 to 59 planes by 2032.', { baseline: 34, target: 59, levers: [] }],
  ]);
});

describe('(2) near misses: a means after "with" stays a means', () => {
  readsAs([
    ['Grow revenue by 20% by 2027 with a new partner program.', { levers: ['a new partner program'] }],
    ["Nous recruterons 3 commerciaux avec l'objectif d'augmenter le CA de 20 % en 2027.", { kpi: 'revenue', change: { value: 0.2, kind: 'relative' }, levers: [] }],
  ]);
});

describe('(3) an adverb of degree before the far end keeps the move', () => {
  readsAs([
    ["L'objectif est de passer de 33 % à seulement 15 % d'ici 2029.", { direction: 'decrease', baseline: 0.33, target: 0.15 }],
    ['Faire passer le churn de 8 % à tout juste 5 % en 2027.', { kpi: 'churn', direction: 'decrease', baseline: 0.08, target: 0.05 }],
    ['Cut churn from 8% to just 5% by 2027.', { kpi: 'churn', baseline: 0.08, target: 0.05, change: null }],
    ['Reduce churn from 8% to only 5% by 2027.', { baseline: 0.08, target: 0.05, change: null }],
  ]);
});

describe('(3) near misses: a bound after the adverb stays read', () => {
  readsAs([['Grow revenue from $1M to just over $2M by 2027.', { baseline: 1000000, target: 2000000 }]]);
});

describe('(4) the end of the decade ends the year closing it', () => {
  readsAs([
    ['Reach 1,600 locations by the end of the decade.', { target: 1600, deadline: '2030-12-31' }],
    ['Reach 500 stores by the end of this decade.', { deadline: '2030-12-31' }],
    ['Investments should reach 2 billion euros by the end of the current decade.', { deadline: '2030-12-31' }],
    ["Atteindre 500 magasins d'ici la fin de la décennie.", { target: 500, deadline: '2030-12-31' }],
  ]);
});

describe('(5) the end of a period over is no deadline', () => {
  readsAs([
    ["Il espère porter sa production à 110 000 barils par jour grâce au nouvel oléoduc, mis en service à la fin de l'année dernière.", { target: 110000, deadline: null }],
    ['Atteindre 500 clients, contre 300 à la fin du mois passé.', { target: 500, deadline: null }],
  ]);
});

describe('(5) near misses: the end of a period ahead stays the deadline', () => {
  readsAs([
    ["Augmenter le CA de 10 % d'ici la fin de l'année.", { deadline: '2026-12-31' }],
    ["Signer 20 contrats d'ici la fin du mois prochain.", { deadline: '2027-01-31' }],
  ]);
});

describe('(6) "since Monday", « depuis lundi » name a day past', () => {
  readsAs([
    ['Depuis lundi, le partenariat vise à porter la production de 17 000 tonnes à 34 000 tonnes.', { baseline: 17000, target: 34000, deadline: null }],
    ['Since Monday, the team has aimed to grow sales from 40 to 60 units.', { baseline: 40, target: 60, deadline: null }],
  ]);
});

describe('(6) near misses: a weekday ahead stays the deadline', () => {
  readsAs([
    ["Signer 20 contrats d'ici lundi.", { target: 20, deadline: '2026-12-07' }],
    ['Since Monday, the team aims to sign 20 deals by Friday.', { target: 20, deadline: '2026-12-11' }],
  ]);
});

describe('(7) a spelled-out count before "trillion" and a currency is money', () => {
  readsAs([
    ['The government is determined to make the state a one trillion dollar economy by 2030.', { direction: 'increase', target: 1000000000000, unit: 'currency' }],
    ['Atteindre un trillion de dollars de PIB en 2035.', { target: 1000000000000, unit: 'currency' }],
  ]);
});

describe('(8) "RM10 bil" is ten billion', () => {
  readsAs([
    ['Reach RM1.5 bil in revenue by 2028.', { kpi: 'revenue', target: 1500000000, unit: 'currency' }],
    ['His ambition: to be a RM10 bil company by 2028.', { target: 10000000000, unit: 'currency' }],
  ]);
});

describe('(8) near misses: a word starting with "bil" is no scale', () => {
  readsAs([['Grow bilingual staff to 10 by 2028.', { target: 10, unit: 'count' }]]);
});

describe("(9) a verb in a means' relative clause with no figure is not the goal", () => {
  readsAs([
    [
      'The 187 jobs will be created over the next three years with the assistance of Enterprise Ireland, which provides support to companies creating employment.',
      { target: 187, levers: ['the assistance of Enterprise Ireland'] },
    ],
  ]);
});

describe('(9) near misses: a relative clause holding the figure is the goal; a French participle was never a goal verb', () => {
  readsAs([
    ['The investment aligns with the group strategy, which targets $100bn in revenue.', { target: 100000000000, levers: [] }],
    ["Les 187 emplois seront créés avec l'aide de la Région, qui soutient les entreprises créant des emplois.", { target: 187, levers: ["l'aide de la Région"] }],
  ]);
});
