/**
 * left55: the lead's rulings of 2026-12-06 N1b, N1c and G1b, and one leftover of lvl54's review, read by general rules and
 * checked in sentences written for each shape (none copied from a fixture):
 * (N1b) ruling N1 holds with RELATIVE periods: one measure's levels at successive periods named relatively ("this year …
 * next year", « cette année … l'an prochain », aim at the last level by its period's end;
 * (N1c) a later clause with its own goal verb (", then aim for", « , puis viser ») naming a level of the same measure at a
 * later date is the list's last item, also when the first level is dated in today's year; another measure keeps the first
 * goal (F), and "then" followed by a change is no level;
 * (G1b) G1 does not depend on the verb: under a copula, a growth of a measure named after the noun is that measure's change,
 * a measure named before it names a growth measure whose percentage is its level;
 * (O) "Grow meeting or call bookings by 30%": a coordinated noun phrase "X or Y <noun>" between the verb of change and
 * "by N %" is its object, the change kept.
 * The class rows read wrong before left55 (but G1b's, which held already and are pinned here); the near misses read the same
 * before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05: "this year" ends 2026-12-31, "next year" 2027-12-31, "next quarter" 2027-03-31. */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(N1b) one measure at successive periods named relatively: the last level by its period', () => {
  readsAs([
    ['Hit 40 deals this year and 60 next year.', { kpi: 'deals_closed', target: 60, deadline: '2027-12-31' }],
    ["Réaliser 2 M€ de chiffre d'affaires cette année, 3 M€ l'an prochain.", { kpi: 'revenue', target: 3000000, deadline: '2027-12-31' }],
    ["Atteindre 40 ventes cette année et 60 l'année prochaine.", { target: 60, deadline: '2027-12-31' }],
  ]);
});

describe('(N1b) near misses: a count in the next N months, disjoint named quarters, another measure, an addition, a new count keep the first goal', () => {
  readsAs([
    ['Reach 50 deals by June 2027, then 80 in the next 12 months.', { target: 50, deadline: '2027-06-30' }],
    ['Atteindre 50 ventes d’ici juin 2027, puis 80 dans les 12 prochains mois.', { target: 50, deadline: '2027-06-30' }],
    ['Sign 20 deals in Q1 2027 and 30 deals in Q2 2027.', { target: 20, deadline: '2027-03-31' }],
    // Counts in this quarter and the next are disjoint sub-year periods, as two named quarters (the lead, after left55's review).
    ['Reach 500 sign-ups this quarter and 800 next quarter.', { kpi: 'signups', target: 500, deadline: '2026-12-31' }],
    ['Atteindre 500 inscriptions ce trimestre et 800 le trimestre prochain.', { target: 500, deadline: '2026-12-31' }],
    ['Reach $2M in revenue this year and 300 customers next year.', { target: 2000000, deadline: '2026-12-31' }],
    ["Ouvrir 20 magasins cette année et 10 de plus l'an prochain.", { target: 20, deadline: '2026-12-31' }],
    ['Add 500 customers this year and 800 new customers next year.', { deadline: '2026-12-31' }],
    ['Ouvrir 10 magasins à Paris cette année et 5 à Lyon l’an prochain.', { target: 10, deadline: '2026-12-31' }],
  ]);
});

describe('(N1c) a later goal verb on a level of the same measure at a later date: the last item', () => {
  readsAs([
    ["Let's hit $2M in 2026, then aim for $3M in 2027.", { kpi: 'revenue', target: 3000000, deadline: '2027-12-31' }],
    ['Atteindre 10 000 clients en 2026, puis viser 15 000 en 2028.', { kpi: 'customers', target: 15000, deadline: '2028-12-31' }],
    ["Let's hit $2M in 2026, and then aim for $3M in 2027.", { target: 3000000, deadline: '2027-12-31' }],
  ]);
});

describe('(N1c) near misses: another measure, a change after "then", a level reached, a level stated keep their readings', () => {
  readsAs([
    ["Let's hit $2M in revenue in 2026, then aim for 50 new customers in 2027.", { kpi: 'revenue', target: 2000000, deadline: '2026-12-31' }],
    ["Let's hit $2M in 2026, then grow 10% a year.", { target: 2000000, deadline: '2026-12-31' }],
    ['Atteindre 10 000 clients en 2026, puis croître de 10 % par an.', { target: 10000, deadline: '2026-12-31' }],
    ["Atteindre 10 000 clients en 2026, puis viser 2 M€ de chiffre d'affaires en 2028.", { kpi: 'customers', target: 10000, deadline: '2026-12-31' }],
    ['We reached $1M in 2026, then aim for $2M in 2027.', { baseline: 1000000, target: 2000000, deadline: '2027-12-31' }],
    ['Revenue of $1M in 2026 and a goal of $2M by 2027.', { baseline: 1000000, target: 2000000, deadline: '2027-12-31' }],
  ]);
});

describe('(G1b) under a copula, word order decides as in G1', () => {
  readsAs([
    ['Growth in deposits will be 8%.', { target: null, change: { value: 0.08, kind: 'relative' }, direction: 'increase' }],
    ['La croissance des dépôts sera de 8 %.', { target: null, change: { value: 0.08, kind: 'relative' }, direction: 'increase' }],
    ['Our EPS growth will be 10%.', { target: 0.1, change: null }],
    ['Notre croissance économique sera de 7 %.', { target: 0.07, change: null }],
  ]);
});

describe('(O) a coordinated noun phrase between the verb of change and "by N %" keeps the change', () => {
  readsAs([
    ['Grow meeting or call bookings by 30%.', { kpi: 'meetings', change: { value: 0.3, kind: 'relative' }, target: null }],
    ['Grow meeting and call bookings by 30% by June 2027.', { kpi: 'meetings', change: { value: 0.3, kind: 'relative' }, deadline: '2027-06-30' }],
  ]);
});

describe('(O) near misses: a second verb of change, a second goal with its own count keep their readings', () => {
  readsAs([
    ['Grow revenue by 10% and call 50 prospects by June 2027.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ['Grow revenue and cut costs by 10%.', { kpi: 'revenue', change: null }],
  ]);
});
