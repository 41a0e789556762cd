/**
 * mend56k: kpi56's KPI rules after an independent review (each finding reproduced through dist/Code.js first).
 * (E) an economy's growth is a growth the economy qualifies ("GDP growth", « croissance économique ») or one a state aims at
 * as the SUBJECT of the aim verb ("The government targets", « L'État table sur »): a state named as another noun's owner, in
 * a prepositional or subordinate phrase, or before a noun ("the country team") leaves the firm's sales growth, and « état »
 * is a state only capitalised; a growth of revenue, sales, « chiffre d'affaires » or « ventes » is never an economy's.
 * (L) kpi56's rule "a generic sales word with its own figure, then a comma, names the goal" is reverted (the lead's
 * decision): it gave the KPI to past sales levels and left the numbers with the other item.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe("(E) a state that is not the aim's subject leaves the firm's growth (findings 1)", () => {
  readsAs([
    ["The country's largest retailer targets 8% growth in 2027.", { kpi: 'sales_growth', target: 0.08 }],
    ["We are the country's fastest-growing startup and we aim for 40% growth this year.", { kpi: 'sales_growth', target: 0.4 }],
    ["The nation's leading bank expects 9% growth in 2027.", { kpi: 'sales_growth' }],
    ["With the government's new incentives, our firm aims for 25% growth by 2028.", { kpi: 'sales_growth', target: 0.25 }],
    ['Nous travaillons avec le gouvernement et visons une croissance de 20 % en 2027.', { kpi: 'sales_growth', target: 0.2 }],
    ['We operate across the country and target 18% growth in 2027.', { kpi: 'sales_growth', target: 0.18 }],
    ["Présents dans tout le pays, nous visons une croissance de 20 % d'ici 2028.", { kpi: 'sales_growth', target: 0.2 }],
    ['Dans ce pays, notre filiale vise une croissance de 15 % en 2027.', { kpi: 'sales_growth', target: 0.15 }],
    ['The country team targets 15% growth in 2027.', { kpi: 'sales_growth', target: 0.15 }],
    ["Malgré le ralentissement de l'économie, nous visons une croissance de 12 % en 2027.", { kpi: 'sales_growth', target: 0.12 }],
    ['As the economy recovers, we target 20% growth next year.', { kpi: 'sales_growth', target: 0.2 }],
    ["Malgré l'état du marché, nous visons une croissance de 10 % en 2027.", { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(E) near misses: a state heading the clause before its verb still aims at the economy', () => {
  readsAs([
    ['The government targets 5% growth in 2027.', { kpi: null, direction: 'increase', target: 0.05 }],
    ["Kenya's government targets 6% growth in 2027.", { kpi: null, target: 0.06 }],
    ['Le gouvernement vise une croissance de 5 % en 2027.', { kpi: null, target: 0.05 }],
    ["L'État table sur une croissance de 2 % en 2027.", { kpi: null, direction: 'increase', target: 0.02 }],
    ["Le gouvernement du Bénin envisage d'atteindre un taux de croissance moyen de 7 % d'ici 2030.", { kpi: null, target: 0.07 }],
  ]);
});

describe('(E) a growth of revenue or sales is a firm measure, state-owned or not (finding 2)', () => {
  readsAs([
    ['The government-owned utility aims for 7% revenue growth in 2027.', { kpi: 'sales_growth', target: 0.07 }],
    ["La société détenue par l'État vise une croissance de 12 % de son chiffre d'affaires en 2027.", { kpi: 'sales_growth', target: 0.12 }],
    ["La société détenue par l'État vise la croissance du chiffre d'affaires à 8 % en 2027.", { kpi: 'sales_growth', target: 0.08 }],
    ['The state-owned carrier targets 6% growth in sales in 2027.', { kpi: 'sales_growth', target: 0.06 }],
  ]);
});

describe('(L) reverted: a past or present sales level does not take the next goal item (finding 3)', () => {
  readsAs([
    ['Sales hit $2 million in 2026, and gross margin should reach 45% by 2027.', { kpi: 'gross_margin', target: 0.45 }],
    ['Les ventes ont augmenté de 3 %, et la marge brute doit passer à 40 % en 2027.', { kpi: 'gross_margin', target: 0.4 }],
    ['Our sales are $1.2 million, average deal size must rise to $25,000 next year.', { kpi: 'average_deal_size', target: 25000 }],
    ["Nos ventes ont atteint 2 millions d'euros, le panier moyen doit passer à 60 € en 2027.", { kpi: 'average_deal_size', target: 60 }],
    ['Sales rose 8% in 2026, and retention is our 2027 goal: 90%.', { kpi: 'retention', target: 0.9 }],
    // d57: two goals, the second with its own subject and modal: the first goal's fields (the two-goal rule), no longer
    // retention's level beside the sales change.
    ['Sales will rise 3%, and customer retention must reach 90%.', { kpi: 'revenue', target: null, change: { value: 0.03, kind: 'relative' } }],
    ['Les ventes augmenteront de 3 %, et la fidélisation des clients doit atteindre 90 %.', { kpi: 'revenue', target: null, change: { value: 0.03, kind: 'relative' } }],
  ]);
});

describe('(L) near misses: a sales goal named with its own verb or a list break still reads sales', () => {
  readsAs([
    ['Le groupe prévoit des ventes en hausse de 4 à 6 %, avec un Ebitda en progression de 10 %.', { kpi: 'revenue', change: { value: 0.04, kind: 'relative' } }],
    ['We expect sales to grow 6%, while net profit should rise 12%.', { kpi: 'revenue', change: { value: 0.06, kind: 'relative' } }],
  ]);
});

describe('(finding 4) a flat sales level before a churn target moves the goal down again', () => {
  readsAs([['Sales were flat at $5 million, so our churn target for 2027 is 4%.', { direction: 'decrease' }]]);
});
