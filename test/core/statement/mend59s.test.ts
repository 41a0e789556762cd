/**
 * mend59s: the review of stmt59's nine rules, each narrowed to the class it was written for (checked on main's sources at
 * 900262fb, where every "narrowed" row below read otherwise; the near misses read the same before and after):
 * (1) an investment's amount before a purpose is the means' only under the written R2 rule's two guards (left50's R2,
 * mend50a): no verb of change acts on the investment ("increase our investment to $5 million …" keeps its amount), and the
 * purpose states a figure of the goal's own, not a year, "Q2" or "mid-2027"; (2) « tendre vers » heads for a level only
 * before a figure (« tendre vers le zéro papier … et réaliser 2 M€ » leaves the goal to the clause after it); (3) a rate
 * named after "to raise / improve" is the goal's KPI, as before stmt59's infinitive rule; (4) "says it is hoping for",
 * "anticipating" report the goal as "expecting" does; (5) a comma typed without a space before a count splits a lever
 * list (a number's comma has a digit on both sides); (6) "export earnings before tax" and "net export earnings" are profit.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { matchCatalog } from '../../../src/core/workbook/link';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1a) a verb of change acting on the investment: its amount is the goal', () => {
  readsAs([
    ['We aim to increase our investment to $5 million in 2027 in order to double output.', { direction: 'increase', target: 5000000, unit: 'currency' }],
    ['Raise investment to $4M by 2028 so as to reach 500 customers.', { target: 4000000, unit: 'currency' }],
    ['Increase investment by $2M in 2027 in order to reach 500 customers.', { target: null, change: { value: 2000000, kind: 'absolute' } }],
    ['Boost our investment to €3 million next year so as to double leads.', { target: 3000000, unit: 'currency' }],
    ['Cut investment to $1M in 2027 in order to save 20% of costs.', { direction: 'decrease', target: 1000000 }],
    ["Augmenter l'investissement de 2 M€ en 2027 afin d'atteindre 500 clients.", { target: null, change: { value: 2000000, kind: 'absolute' } }],
    ["Augmenter nos investissements à 4 millions d'euros d'ici 2028 de manière à doubler la production.", { target: 4000000, unit: 'currency' }],
  ]);
});

describe('(1b) a purpose whose only figure is a date: the amount is the goal', () => {
  readsAs([
    ['We will invest $2M in order to modernise the plant by 2028.', { direction: 'increase', target: 2000000, unit: 'currency' }],
    ['Invest €3M so as to launch our new app in Q2 2027.', { direction: 'increase', target: 3000000, unit: 'currency' }],
    ['The group will invest $40 million in order to enter the Kenyan market by mid-2027.', { direction: 'increase', target: 40000000, unit: 'currency' }],
    ['Invest $500,000 in order to be ready for the 2028 season.', { direction: 'increase', target: 500000, unit: 'currency' }],
    ["Nous allons investir 1,5 million d'euros de manière à ouvrir notre boutique en ligne en 2027.", { direction: 'increase', target: 1500000, unit: 'currency' }],
  ]);
});

describe("(1) near misses: an investment's money before a purpose with its own figure stays the means'", () => {
  readsAs([
    ['We will invest $2M in new machines in order to reach 500 customers by 2028.', { kpi: 'customers', target: 500, deadline: '2028-12-31' }],
    ['The group invested $40 million so as to double its capacity by mid-2028.', { target: null, change: { value: 1, kind: 'relative' } }],
    ["Nous investissons 1,5 million d'euros afin d'atteindre 300 clients en 2028.", { kpi: 'customers', target: 300, deadline: '2028-12-31' }],
    ["Le groupe a investi 4 millions d'euros de manière à tripler sa production d'ici 2029.", { target: null, change: { value: 2, kind: 'relative' } }],
  ]);
});

describe('(2) « tendre vers » with no figure is no goal clause: the goal after it keeps its figure', () => {
  readsAs([
    ["Tendre vers le zéro papier en 2027 et réaliser 2 M€ de chiffre d'affaires.", { kpi: 'revenue', target: 2000000 }],
    ["Tendre vers l'excellence opérationnelle en 2027 et atteindre 3 M€ de CA.", { kpi: 'revenue', target: 3000000 }],
    ["Nous devons tendre vers l'équilibre en 2026 puis atteindre 3 M€ de CA en 2028.", { kpi: 'revenue', direction: 'increase', target: 3000000, deadline: '2028-12-31' }],
    ["Tendre vers la rentabilité en 2027 puis doubler le chiffre d'affaires d'ici 2029.", { kpi: 'revenue', change: { value: 1, kind: 'relative' } }],
    ["L'entreprise veut tendre vers le numérique en 2027 et recruter 50 commerciaux.", { target: 50 }],
  ]);
});

describe('(2) near misses: « tendre vers » before a figure heads for that level', () => {
  readsAs([
    ['Nous allons tendre vers les 900 000 litres en 2028.', { direction: 'increase', target: 900000 }],
    ["Tendre vers 5 M€ de chiffre d'affaires d'ici 2028.", { kpi: 'revenue', direction: 'increase', target: 5000000, deadline: '2028-12-31' }],
    ['Nous tendons vers plus de 200 clients en 2028.', { direction: 'increase', target: 200 }],
  ]);
});

describe('(3) a rate named after "to raise / improve" is the goal\'s KPI', () => {
  readsAs([
    ['Lower churn to raise retention rates to 95% by 2028.', { kpi: 'retention', target: 0.95, unit: 'percent' }],
    ['Cut churn to improve renewal rates to 90% by 2028.', { kpi: 'retention', target: 0.9, unit: 'percent' }],
  ]);
});

describe('(3) near misses: "to raise … rates" with no catalog rate stays an infinitive', () => {
  readsAs([
    ['We expect to raise room rates by 5% in 2028.', { kpi: null, target: null, change: { value: 0.05, kind: 'relative' } }],
    ['Strive to lower churn rates to 3% by 2028.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
  ]);
});

describe('(4) "says it is hoping for / anticipating" reports the goal', () => {
  readsAs([
    ['The retailer, Acme, says it is hoping for sales of $5 million in 2027.', { kpi: 'revenue', target: 5000000, deadline: '2027-12-31' }],
    ['The retailer, Acme, says it is anticipating sales of $5 million in 2027.', { kpi: 'revenue', target: 5000000, deadline: '2027-12-31' }],
    ['The retailer, Acme, says it is expecting sales of $5 million in 2027.', { kpi: 'revenue', target: 5000000, deadline: '2027-12-31' }],
  ]);
});

describe('(5) a comma typed without a space before a count splits a lever list', () => {
  readsAs([
    ['Double sales by 2028 through hiring 20 reps,5 new partners and better pricing.', { levers: ['hiring 20 reps', '5 new partners', 'better pricing'] }],
    ['Double sales by 2028 through SEO,2 webinars a month and referrals.', { levers: ['SEO', '2 webinars a month', 'referrals'] }],
    ["Doubler les ventes d'ici 2028 grâce au SEO,2 webinaires par mois et au parrainage.", { levers: ['SEO', '2 webinaires par mois', 'parrainage'] }],
  ]);
});

describe("(5) near misses: a number's comma stays in its lever", () => {
  readsAs([
    ["Atteindre 200 millions d'euros de CA en 2028 grâce à un plan de 168,6 millions d'euros.", { target: 200000000, levers: ["un plan de 168,6 millions d'euros"] }],
    ['Reach $5M in sales by 2028 through a 10,000 unit promotion and referrals.', { levers: ['a 10,000 unit promotion', 'referrals'] }],
  ]);
});

describe('(6) export earnings before tax, and net export earnings, are profit', () => {
  readsAs([
    ['We want export earnings before tax of $4M in 2027.', { kpi: 'profit', target: 4000000 }],
    ['Grow net export earnings to $4M in 2027.', { kpi: 'profit', target: 4000000 }],
  ]);
});

describe('(6) near misses: export earnings alone are revenue', () => {
  readsAs([
    ['We want to increase export earnings to $10 billion by 2030.', { kpi: 'revenue', target: 10000000000 }],
    ["Grow the country's export earnings to $5 billion in 2028.", { kpi: 'revenue', target: 5000000000 }],
  ]);
});

describe('(6) a column header: net export earnings are profit, export earnings alone revenue', () => {
  it.each([
    ['Net export earnings', 'profit'],
    ['Export earnings before tax', 'profit'],
    ['Export earnings', 'revenue'],
  ])('%s → %s', (header, id) => {
    expect(matchCatalog(header, KPI_CATALOG)?.id).toBe(id);
  });
});
