/**
 * mend50c: stmt50's rules narrowed to what they were meant for (test/core/statement/stmt50.test.ts keeps its cases).
 * (1) A dot before three digits groups thousands before a scale word only where it cannot be a decimal: a plural after a 1
 * (« 1.500 milliards ») or CFA francs, dirhams, dinars; a singular scale (« 1.250 million »), a symbol's (« 4.125 M€ ») and
 * Swiss francs keep the decimal. (2) "baseline of" is the start only after a word of comparison ("from the … baseline of",
 * "against a baseline of"); "Hit a new baseline of $50,000" aims at it. (3) Growth "in revenue and earnings per share":
 * the list's first item is the growth's object, no per-share growth. (4) « une croissance de 15 % en volume » with nothing
 * named is the firm's sales growth; only « en nombre de … », « en volume de … » grow the thing. (5) Enrollment "in the next
 * …" is a university's roll only where a university, college or school is named. (6) "Our growth agenda: 10% revenue
 * growth" keeps its level. Each class case read wrong on main after stmt50 and as here on 926d7c31; near misses pass on both.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a dot before a singular scale, a symbol, Swiss francs or a plural in euros after 2 is a decimal', () => {
  readsAs([
    ["Nous visons un chiffre d'affaires de 1.250 million d'euros en 2027.", { kpi: 'revenue', target: 1250000, unit: 'currency' }],
    ["Atteindre 1.125 milliard d'euros de chiffre d'affaires en 2027.", { target: 1125000000, unit: 'currency' }],
    ['Atteindre 1.375 milliard de francs suisses de ventes en 2027.', { target: 1375000000, unit: 'currency' }],
    ["Atteindre CHF 2.125 millions de chiffre d'affaires en 2027.", { target: 2125000, unit: 'currency' }],
    ["Atteindre 4.125 M€ de chiffre d'affaires en 2027.", { target: 4125000, unit: 'currency' }],
    ["Augmenter le chiffre d'affaires de 1.250 million d'euros d'ici 2027.", { kpi: 'revenue', change: { value: 1250000, kind: 'absolute' } }],
    ["Nous visons 2.125 milliards d'euros de chiffre d'affaires en 2028.", { target: 2125000000 }],
  ]);
});

describe('(1) near misses: a plural after a 1 and CFA francs still group thousands', () => {
  readsAs([
    ["D'ici à 2030, la compagnie prévoit un chiffre d'affaires de 2.059 milliards de francs CFA.", { target: 2059000000000 }],
    ["Le groupe vise un chiffre d'affaires de 1.500 milliards d'euros en 2029.", { target: 1500000000000 }],
  ]);
});

describe('(2) a baseline not compared with is a level aimed at', () => {
  readsAs([
    ['Hit a new baseline of $50,000 in monthly revenue by June 2027.', { kpi: 'revenue', target: 50000, baseline: null }],
    ['Keep a baseline of 20 sales meetings per week through June 2027.', { kpi: 'meetings', target: 20, baseline: null }],
    ['Maintain a baseline of 95% on-time delivery through 2027.', { target: 0.95, baseline: null }],
  ]);
});

describe('(2) near misses: a baseline after a word of comparison is the start', () => {
  readsAs([
    ['Grow revenue against a baseline of $40,000 to $50,000 by 2027.', { baseline: 40000, target: 50000 }],
    ['Each year, increase enrollment from the 2024 enrollment baseline of 4,250.', { baseline: 4250, target: null }],
  ]);
});

describe("(3) growth in a list whose first item is revenue or sales is that item's", () => {
  readsAs([
    // left53's M1 (the lead's ruling of 2026-12-06): the first item's growth in revenue is sales growth's level.
    ['Deliver 10% growth in revenue and earnings per share by 2027.', { kpi: 'sales_growth', change: null, target: 0.1 }],
    ['Deliver double-digit growth in sales and earnings per share by 2027.', { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(3) near misses: growth of earnings per share alone names none', () => {
  readsAs([
    ['We aim for 10% growth in diluted earnings per share in 2027.', { kpi: null }],
    ['Deliver 10% growth in adjusted earnings per share by 2027.', { kpi: null }],
  ]);
});

describe("(4) a bare « en volume » is the firm's sales growth", () => {
  readsAs([
    ["Nous visons une croissance de 15 % en volume d'ici 2027.", { kpi: 'sales_growth', target: 0.15 }],
    ['La société vise une croissance de 8 % en volume et de 12 % en valeur en 2027.', { kpi: 'sales_growth', target: 0.08 }],
    ['Les ventes doivent afficher une croissance de 5 % en volume en 2027.', { kpi: 'sales_growth', target: 0.05 }],
  ]);
});

describe('(4) near misses: « en volume de … », « en nombre de … » grow the thing', () => {
  readsAs([
    ['Nous visons une croissance de 15 % en volume de colis d’ici 2028.', { kpi: null, change: { value: 0.15, kind: 'relative' } }],
    ['Nous visons une croissance de 25 % en nombre de voyageurs d’ici 2028.', { kpi: null }],
  ]);
});

describe("(5) a programme's enrollment in the next period stays sign-ups", () => {
  readsAs([
    ['Our free trial should surpass 10,000 in enrollment in the next quarter.', { kpi: 'signups', target: 10000 }],
    ['Our benefits platform aims to surpass 40,000 in enrollment in the next two years.', { kpi: 'signups', target: 40000 }],
    ['The bootcamp aims to reach 2,000 in enrollment in the coming year.', { kpi: 'signups', target: 2000 }],
  ]);
});

describe("(5) near misses: a university's or a college's enrollment in the next period is its roll", () => {
  readsAs([
    ['The college aims to reach 9,000 in enrollment in the next three years.', { kpi: 'customers', target: 9000 }],
    ['Grow enrollment in the next five years to 5,000.', { kpi: 'signups', target: 5000 }],
  ]);
});

describe('(6) a growth agenda does not make the growth level a change', () => {
  readsAs([['Our growth agenda: 10% revenue growth by 2027.', { kpi: 'sales_growth', target: 0.1, change: null }]]);
});

describe("(6) near misses: a verb of growth on sales is revenue's change (ruling R5)", () => {
  readsAs([
    ['As part of our growth agenda, grow sales 12% in 2027.', { kpi: 'revenue', change: { value: 0.12, kind: 'relative' } }],
    ['Grow sales 12% in 2027.', { kpi: 'revenue', change: { value: 0.12, kind: 'relative' } }],
  ]);
});

describe("(7) a share told by its participle whatever the first count (stmt50's « un foyer sur deux raccordés »)", () => {
  readsAs([["Atteindre trois foyers sur quatre raccordés à la fibre d'ici 2028.", { target: 0.75, unit: 'percent' }]]);
});

describe('(7) near misses: a count over places with no participle keeps its count', () => {
  readsAs([
    ["Signer trois contrats sur deux marchés d'ici 2028.", { kpi: 'deals_closed', target: 3, unit: 'count' }],
    ["Notre objectif est d'atteindre un ménage sur deux équipés d'ici 2030.", { target: 0.5, unit: 'percent' }],
  ]);
});
