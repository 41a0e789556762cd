/**
 * stmt59: the classes of real56's misses (the fifty-sixth real set, opened by stmt59), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture):
 * (1) "X, an appositive, says it is targeting …": a speech verb before a pronoun and a progressive verb of aim reports the
 * goal, no closing attribution (as "said he expects" did); (2) the Gulf press' dirham glued before a scaled amount
 * ("Dh450 billion") is money; (3) a comma before a digit is a number's, never a lever list's (« 168,6 millions »); (4) an
 * investment's own amount before a purpose (« afin d'atteindre », « de manière à », "in order to", "so as to") is the
 * means', the purpose then holding the goal; (5) "N% annual sales growth" is sales growth's level, as "N% sales growth";
 * (6) « tendre vers » heads for a level, as « en route vers »; (7) "export earnings" are exports' sales, no profit; (8)
 * tourists and towns counted are visitors and places, no deals; (9) a verb of change after "to" before "rates" is an
 * infinitive, no stage-to-stage conversion rate. Each class case read otherwise before stmt59 (checked on main's sources at
 * 96267d39); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) a speech verb before "it is targeting" reports the goal', () => {
  readsAs([
    ['The toolmaker, Acme Plc, says it is targeting revenue of $5 million by 2028.', { kpi: 'revenue', target: 5000000, deadline: '2028-12-31' }],
    ['Acme, the maker, said it was aiming for 500 new customers in 2028.', { direction: 'increase', target: 500, deadline: '2028-12-31' }],
  ]);
});

describe('(1) near misses: a closing attribution stays one', () => {
  readsAs([
    ['Grow revenue to $5M by 2028, the CEO, Jane Doe, said.', { kpi: 'revenue', target: 5000000, deadline: '2028-12-31' }],
    ['Grow revenue to $5M by 2028, the CEO, Jane Doe, said it was looking at 2030.', { target: 5000000, deadline: '2028-12-31' }],
    ["Atteindre 5 M€ de chiffre d'affaires en 2028, a indiqué le PDG, Jean Dupont.", { kpi: 'revenue', target: 5000000, deadline: '2028-12-31' }],
  ]);
});

describe('(2) a dirham glued before a scaled amount is money', () => {
  readsAs([
    ['Grow revenue to Dh450 million by 2028.', { target: 450000000, unit: 'currency' }],
    ['The emirate aims to raise this figure to Dhs2 billion by 2030.', { target: 2000000000, unit: 'currency', deadline: '2030-12-31' }],
  ]);
});

describe('(2) near miss: the dirham after the amount reads as before', () => {
  readsAs([["Atteindre 450 millions de DH de chiffre d'affaires en 2028.", { kpi: 'revenue', target: 450000000, unit: 'currency' }]]);
});

describe("(3) a decimal comma does not split a lever", () => {
  readsAs([['Porter la flotte à 18 avions en 2030 grâce à un investissement de 168,6 millions de dollars.', { target: 18, levers: ['un investissement de 168,6 millions de dollars'] }]]);
});

describe('(3) near misses: list commas still split the means', () => {
  readsAs([
    ['Reach 500 customers in 2028 through referrals, 5 new reps and events.', { target: 500, levers: ['referrals', '5 new reps', 'events'] }],
    ['Atteindre 500 clients en 2028 grâce à la publicité, au parrainage et aux salons.', { target: 500, levers: ['la publicité', 'parrainage', 'salons'] }],
  ]);
});

describe("(4) an investment's amount before a purpose is the means'; the purpose holds the goal", () => {
  readsAs([
    ["Il prévoit un investissement de 32 millions d’euros sur 5 ans, afin d’atteindre un chiffre d’affaires de 200 millions d’euros en 2030.", { kpi: 'revenue', target: 200000000, deadline: '2030-12-31' }],
    ['We plan an investment of $32 million over 5 years in order to reach revenue of $200 million by 2030.', { kpi: 'revenue', target: 200000000, deadline: '2030-12-31' }],
    ['Le dirigeant a investi 5 millions d’euros dans de nouveaux bâtiments de manière à doubler la production d’ici 2030.', { baseline: null, target: null, change: { value: 1, kind: 'relative' }, deadline: '2030-12-31' }],
    ['We invested $5 million in new equipment so as to double production by 2030.', { target: null, change: { value: 1, kind: 'relative' }, unit: 'percent' }],
  ]);
});

describe('(4) near misses: a budget raised to a level, a goal before the purpose or the investment, an investment with no goal figure', () => {
  readsAs([
    ['Porter notre budget marketing à 2 M€ en 2027 afin de doubler nos leads.', { target: 2000000, unit: 'currency' }],
    ["Atteindre 12 M€ de chiffre d'affaires en 2027, afin d'investir 2 M€ dans la R&D.", { kpi: 'revenue', target: 12000000 }],
    ['We will invest $2M in 2027 in order to modernise the plant.', { target: 2000000, unit: 'currency' }],
    ['Reach $10M in revenue by 2028 with an investment of $2M in order to hire 20 reps.', { kpi: 'revenue', target: 10000000, deadline: '2028-12-31' }],
    ["Atteindre 10 M€ de chiffre d'affaires en 2028 grâce à un investissement de 2 M€ afin de recruter 20 commerciaux.", { kpi: 'revenue', target: 10000000 }],
  ]);
});

describe('(5) "N% annual sales growth" is the level of sales growth', () => {
  readsAs([
    ['10% annual sales growth by 2028', { kpi: 'sales_growth', target: 0.1, change: null, deadline: '2028-12-31' }],
    ['10 percent annual sales growth over a business cycle', { kpi: 'sales_growth', target: 0.1, change: null }],
  ]);
});

describe('(5) near misses: a growth of a measure named after it, a growth verb, French word order, a goal word first', () => {
  readsAs([
    ['Target: 8 percent yearly revenue growth in 2028.', { kpi: 'sales_growth', target: 0.08, change: null }],
    ['We target 8% annual growth in exports.', { target: null, change: { value: 0.08, kind: 'relative' } }],
    ['Grow revenue 10% with annual sales growth.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ['Nous visons une croissance annuelle des ventes de 10 % en 2028.', { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(6) « tendre vers » heads for a level', () => {
  readsAs([['Nous livrons 800 000 litres de lait, nous allons tendre vers les 900 000 litres en 2028.', { direction: 'increase', target: 900000, deadline: '2028-12-31' }]]);
});

describe('(6) near misses: « tendance vers » is no verb; a level after « tendre vers » alone reads as before', () => {
  readsAs([
    ['La tendance vers 5 % de churn nous inquiète, nous visons 3 % en 2028.', { kpi: 'churn', baseline: 0.05, target: 0.03 }],
    ['Notre panier moyen est de 40 €, nous allons tendre vers les 50 € en 2028.', { kpi: 'average_deal_size', baseline: 40, target: 50 }],
  ]);
});

describe('(7) export earnings are sales', () => {
  readsAs([
    ['We want to increase export earnings to $10 billion by 2030.', { kpi: 'revenue', target: 10000000000 }],
    ['Grow export earnings by 10% in 2028.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(7) near misses: earnings alone, or after another word, are profit', () => {
  readsAs([
    ['Grow earnings to $5M in 2028.', { kpi: 'profit', target: 5000000 }],
    ['Raise export prices and grow earnings to $5M in 2028.', { kpi: 'profit', target: 5000000 }],
    ['Porter le bénéfice à 5 M€ en 2028.', { kpi: 'profit', target: 5000000 }],
  ]);
});

describe('(8) tourists and towns counted name no deals', () => {
  readsAs([
    ['Our target for 2028 is attracting 3 million tourists.', { kpi: null, target: 3000000, unit: 'count' }],
    ["L'objectif est d'être présent dans au moins 250 villes d'ici 2028.", { kpi: null, target: 250, unit: 'count' }],
  ]);
});

describe('(8) near misses: customers and sales counted keep their KPI', () => {
  readsAs([
    ['Our target for 2028 is 3 million customers.', { kpi: 'customers', target: 3000000 }],
    ['Notre objectif : 250 ventes en 2028.', { kpi: 'deals_closed', target: 250 }],
  ]);
});

describe('(9) "to raise … rates" is an infinitive, no conversion rate', () => {
  readsAs([['We expect to raise room rates by 5% in 2028.', { kpi: null, target: null, change: { value: 0.05, kind: 'relative' } }]]);
});

describe('(9) near misses: stage-to-stage rates stay conversion rates; a named rate after the verb keeps its KPI', () => {
  readsAs([
    ['Raise the lead to opportunity rate to 30% by 2028.', { kpi: 'conversion_rate', target: 0.3 }],
    ['We want to increase our visit to order rate to 5% in 2028.', { kpi: 'conversion_rate', target: 0.05 }],
    ['Strive to lower churn rates to 3% by 2028.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
    ['Work to improve conversion rates to 5% by 2028.', { kpi: 'conversion_rate', target: 0.05 }],
  ]);
});
