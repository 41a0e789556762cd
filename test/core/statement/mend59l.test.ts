/**
 * mend59l: the review of left59 (docs/MEASUREMENTS.md), narrowed by the lead's decisions, FR and EN:
 * (1) « , qui (nous) permettra … » / ", which will …" is set aside (its KPI and figures not the goal's) only after money
 * raised or a clause stating the goal's own figure (a number that is no date); after a date or a bare verb it states the goal;
 * (2) a raise that is the means of another goal with its own figure keeps that goal: the sum raised is no number of it (D2);
 * (3) « fin du trimestre / semestre YEAR » with today's year is the current quarter's / half's end, a later year's last;
 * (4) an amount invested names no KPI, in marketing too (only money cut or limited there is `costs`);
 * (5) a participle ending a plan ("finished", "concluded", "expired", "abandoned" in a year) is "completed" (no deadline
 * ahead); "renewed in" keeps written convention (6) (no today + N);
 * (6) the plan's agent may be several words ("approved by the Board of Directors", "presented to investors"), up to the year.
 * The class rows read otherwise on main at ddb746bf's parent (marked "was …"); the near misses read alike before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a consequence after a date or a bare verb states the goal (was nothing)', () => {
  readsAs([
    ["Développer notre réseau de partenaires, qui permettra d'atteindre 3 M€ de chiffre d'affaires en 2028.", { kpi: 'revenue', direction: 'increase', target: 3_000_000, deadline: '2028-12-31' }],
    ["Renforcer l'équipe commerciale, qui nous permettra de signer 50 contrats de plus en 2027.", { kpi: 'deals_closed', change: { value: 50, kind: 'absolute' } }],
    ["Améliorer notre site, qui permettra d'augmenter les ventes de 20 % d'ici 2027.", { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
    ["Mettre en place un CRM d'ici mars 2027, qui permettra d'augmenter le taux de conversion de 5 points.", { kpi: 'conversion_rate', change: { value: 0.05, kind: 'absolute' }, deadline: '2027-03-31' }],
    ["Déployer notre nouvelle offre en 2027, qui permettra d'atteindre 1 000 clients.", { kpi: 'customers', target: 1000 }],
    ["Lancer un nouveau site d'ici juin 2027, qui nous permettra de doubler nos ventes.", { kpi: 'revenue', direction: 'increase', change: { value: 1, kind: 'relative' } }],
    ['Launch a new website by June 2027, which will double our sales.', { kpi: 'revenue', direction: 'increase', change: { value: 1, kind: 'relative' }, deadline: '2027-06-30' }],
  ]);
});

describe('(1) near misses: after money raised the consequence is still set aside (D2, unchanged)', () => {
  readsAs([
    ["Lever 8 M€ d'ici fin 2027, qui nous permettra de doubler nos ventes.", { kpi: null, target: 8_000_000, change: null }],
    ['We will raise funding of $20M by Q2 2027, which will enable us to double sales.', { kpi: null, target: 20_000_000, change: null }],
    ["Nous allons lever 3 M€ en 2027, ce qui permettra de doubler le chiffre d'affaires.", { kpi: null, target: 3_000_000, change: null }],
  ]);
});

describe('(2) a raise that is the means of another goal keeps that goal (was the raised sum)', () => {
  readsAs([
    ['Raise funding of $5M in 2027 to reach $20M in revenue by 2029.', { kpi: 'revenue', target: 20_000_000, baseline: null, change: null, deadline: '2029-12-31' }],
    ["Lever un financement de 5 M€ en 2027 pour atteindre 20 M€ de chiffre d'affaires en 2029.", { kpi: 'revenue', target: 20_000_000, baseline: null, change: null }],
    ["Lever des fonds de 3 M€ en 2027 et atteindre 2 M€ de chiffre d'affaires.", { kpi: 'revenue', target: 2_000_000, baseline: null, change: null }],
  ]);
});

describe('(2) near misses: a raise alone is the target (D2, unchanged)', () => {
  readsAs([
    ['Raise capital of $5M by the end of 2027.', { kpi: null, direction: 'increase', target: 5_000_000, change: null }],
    ["Lever un financement de 8 M€ d'ici fin 2027, qui permettra d'accélérer la croissance.", { kpi: null, target: 8_000_000, change: null }],
  ]);
});

describe("(3) « fin du trimestre / semestre YEAR » in today's year is the current period (was the year's end)", () => {
  readsAsOf('2027-02-10', [
    ["Signer 20 contrats d'ici la fin du trimestre 2027.", { target: 20, deadline: '2027-03-31' }],
    ["Signer 20 contrats d'ici la fin du semestre 2027.", { target: 20, deadline: '2027-06-30' }],
    // Near misses: a later year's is its last period (left59); a year alone its end.
    ["Signer 20 contrats d'ici fin de trimestre 2028.", { deadline: '2028-12-31' }],
    ["Signer 20 contrats d'ici fin 2027.", { deadline: '2027-12-31' }],
  ]);
});

describe('(4) an amount invested names no KPI (was costs, decrease)', () => {
  readsAs([
    ["Investir 2 M€ dans le marketing en 2027, ce qui permettra d'augmenter les ventes.", { kpi: null, direction: 'increase', target: 2_000_000 }],
    ['Invest $2M in marketing in 2027, which will increase sales.', { kpi: null, direction: 'increase', target: 2_000_000 }],
  ]);
});

describe('(4) near misses: marketing money cut or limited is costs (real12, real34; unchanged)', () => {
  readsAs([
    ['Nous allons investir 10 M€ de moins dans le marketing en 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 10_000_000, kind: 'absolute' } }],
    ['Limiter nos investissements publicitaires en 2027.', { kpi: 'costs', direction: 'decrease' }],
  ]);
});

describe('(5) a plan ended in a year gives no deadline ahead; "renewed" keeps convention (6) (was today + N or its span)', () => {
  readsAs([
    ['Our five-year plan, finished in 2025, doubled sales.', { deadline: null }],
    ['Our five-year plan, concluded in 2025, doubled sales.', { deadline: null }],
    ['Our five-year strategy, expired in 2025, doubled sales.', { deadline: null }],
    ['Our five-year plan, abandoned in 2025, doubled sales.', { deadline: null }],
    ['Our three-year strategy, renewed in 2026, aims to double sales.', { deadline: null }],
    // Near misses: "completed" (left58) and a start participle (left59) as before.
    ['Our five-year plan, completed in 2025, doubled sales.', { deadline: null }],
    ['Our three-year roadmap launched in 2026 aims to double sales.', { deadline: '2029-12-31' }],
  ]);
});

describe("(6) the plan's agent runs to its year (was today + N or the year's end)", () => {
  readsAs([
    ['Our five-year strategy, approved by shareholders in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our five-year strategy, approved by our board in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our five-year strategy, approved by the Board of Directors in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our five-year strategy, presented to investors in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our five-year strategy, unveiled by CEO Jane Smith in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our three-year growth plan, unveiled in 2026, aims to double sales.', { deadline: '2029-12-31' }],
    // Near misses: the agent in one word, as left59 read it ("plan" ended the span's own words there).
    ['Our five-year plan, approved by shareholders in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['Our five-year strategy, approved by the board in 2026, aims to double sales.', { deadline: '2031-12-31' }],
  ]);
});

describe('(7) money raised in other words: "funds", a round named in three words, "about", closed or obtained (was a change)', () => {
  readsAs([
    ['Raise funds of $3M by 2027.', { kpi: null, direction: 'increase', target: 3_000_000, change: null }],
    ['Raise a Series A round of $10M by 2027.', { kpi: null, target: 10_000_000, change: null }],
    ['Raise capital of about $5M.', { kpi: null, target: 5_000_000, change: null }],
    ['Close a funding round of $5M.', { kpi: null, target: 5_000_000, change: null }],
    ['Obtenir un financement de 2 M€ en 2027.', { kpi: null, target: 2_000_000, change: null }],
    // Near misses: a measure raised keeps its change; a gap closed is no money raised.
    ['Raise revenue by $2M by 2027.', { kpi: 'revenue', change: { value: 2_000_000, kind: 'absolute' }, target: null }],
    ['Close the funding gap of $2M.', { target: null, change: { value: 2_000_000, kind: 'absolute' } }],
  ]);
});

describe("(8) the quarter's or half's end named by its year in other words (was the current period's end, or none)", () => {
  readsAs([
    ['Reach 200 customers by the end of the quarter 2027.', { target: 200, deadline: '2027-12-31' }],
    ["Signer 20 contrats pour la fin du trimestre de 2027.", { target: 20, deadline: '2027-12-31' }],
    // Near miss: with no year, the current quarter.
    ['Reach 200 customers by the end of the quarter.', { deadline: '2026-12-31' }],
  ]);
  // Near miss (read alike before by the quarter's own parser): today's year, the current quarter.
  readsAsOf('2027-02-10', [['Reach 200 customers by the end of the quarter of 2027.', { deadline: '2027-03-31' }]]);
});
