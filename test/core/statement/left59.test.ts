/**
 * left59: the seventeenth session's statement leftovers (docs/MEASUREMENTS.md, left58, mend58l, stmt58, mend58s), each read
 * by a general rule and checked in sentences written for each shape (none copied from a fixture), FR and EN, with the near
 * misses each rule must leave as they were:
 * (1) Ruling of 2026-12-07 (D2): money raised (funding, capital, a round, « lever des fonds / un financement ») is no catalog
 * KPI, its amount the TARGET (a sum reached: "raise" is no verb of rise there), and a consequence clause after it (", which
 * will enable us to double sales", « , qui permettra d'accélérer la croissance ») gives neither the KPI nor a figure;
 * (2) an N-year strategy, roadmap or plan approved, endorsed, unveiled, presented … in a year (any participle, its agent
 * maybe: "approved by the board in 2026") counts its span from that year, as "launched in" did (left58); in French, a
 * strategy or plan « approuvée / présentée / dévoilée en <année passée> » dates no goal, as « lancée en » did;
 * (3) « d'ici fin de mois de décembre » is that month's end; « fin de / du trimestre 2027 », « fin de semestre 2027 » are that
 * year's last quarter's / half's end (no written convention names the quarter: the decision is written in the fixtures
 * README's deadline conventions).
 * The class rows read otherwise before left59 (marked "was …"); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Wednesday: the month ends on the 30th, the quarter on 31 December.
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-11-04', rows);

describe('(1) D2: money raised is the target, no KPI (was a change of it, or revenue)', () => {
  readsAs([
    ['We will raise funding of $20M by Q2 2027, which will enable us to double sales.', { kpi: null, direction: 'increase', target: 20_000_000, change: null, unit: 'currency', deadline: '2027-06-30' }],
    ['Raise capital of $5M by the end of 2027.', { kpi: null, direction: 'increase', target: 5_000_000, change: null, unit: 'currency' }],
    ['Our plan: raise a seed round of $2M by June 2027.', { kpi: null, target: 2_000_000, change: null }],
    ["Lever un financement de 8 M€ d'ici fin 2027, qui permettra d'accélérer la croissance.", { kpi: null, direction: 'increase', target: 8_000_000, change: null, unit: 'currency', deadline: '2027-12-31' }],
    ["Lever 8 M€ d'ici fin 2027, qui nous permettra de doubler nos ventes.", { kpi: null, target: 8_000_000, change: null }],
    ["Nous allons lever 3 M€ en 2027, ce qui permettra de doubler le chiffre d'affaires.", { kpi: null, target: 3_000_000, change: null }],
  ]);
});

describe('(1) near misses: raising a measure, lifting obstacles, money already the target (unchanged)', () => {
  readsAs([
    ['Raise prices by 5% by June 2027.', { kpi: null, direction: 'increase', change: { value: 0.05, kind: 'relative' }, target: null }],
    ['Raise revenue to $20M by 2027.', { kpi: 'revenue', direction: 'increase', target: 20_000_000 }],
    ['Raise revenue by $2M by 2027.', { kpi: 'revenue', change: { value: 2_000_000, kind: 'absolute' }, target: null }],
    ['Raise our conversion rate to 5% by June.', { kpi: 'conversion_rate', direction: 'increase', target: 0.05 }],
    ['Lever les freins à la croissance pour atteindre 2 M€ de ventes en 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ["Réaliser une levée de fonds de 10 M€ en 2027.", { kpi: null, target: 10_000_000, change: null }],
    ['Raise $5M in seed funding by June 2027.', { kpi: null, target: 5_000_000 }],
    ['Increase sales by 10% by 2027, which will allow us to open 3 stores.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ["Atteindre 8 M€ d'ici fin 2027, ce qui permettra de doubler nos ventes.", { kpi: 'revenue', target: 8_000_000 }],
  ]);
});

describe('(2) a strategy approved, endorsed, unveiled … in a year anchors its span (was that year, or today + N)', () => {
  readsAs([
    ['Our five-year strategy, approved by the board in 2026, aims to double sales.', { deadline: '2031-12-31' }],
    ['The three-year plan endorsed in 2025 targets 200 stores.', { deadline: '2028-12-31' }],
    ['The three-year plan, endorsed by shareholders in 2025, targets 200 stores.', { deadline: '2028-12-31' }],
    ['The 5-year roadmap unveiled in 2024 aims to reach $1B in revenue.', { deadline: '2029-12-31' }],
    ['Our strategy, endorsed by the board in 2025, aims to double sales.', { deadline: null }],
    ['Notre stratégie à cinq ans, approuvée en 2025, vise à doubler les ventes.', { deadline: null }],
    ['Notre stratégie, présentée par la direction en 2024, vise 500 clients.', { deadline: null }],
    ['La feuille de route dévoilée en 2025 prévoit de doubler les ventes.', { deadline: null }],
  ]);
});

describe('(2) near misses: launched as before, a goal year of its own, the verb "plan to", a future year (unchanged)', () => {
  readsAs([
    ['Our 5-year strategy, launched in 2025, aims to double sales.', { deadline: '2030-12-31' }],
    ['Our five-year strategy approved by the board aims to double sales by 2028.', { deadline: '2028-12-31' }],
    ['We plan to open stores in 2025 and double sales.', { deadline: '2025-12-31' }],
    ['The plan was to double revenue in 2025.', { deadline: '2025-12-31' }],
    ["Notre plan vise à doubler le chiffre d'affaires en 2025.", { deadline: '2025-12-31' }],
    ['Notre plan vise 500 clients en 2025.', { deadline: '2025-12-31' }],
    ['Notre stratégie à cinq ans, approuvée en 2027, vise à doubler les ventes.', { deadline: '2027-12-31' }],
    ['La stratégie adoptée par le conseil en 2025 vise à doubler les ventes en 2028.', { deadline: '2028-12-31' }],
  ]);
});

describe('(3) « fin de mois de décembre », « fin de trimestre 2027 » (was no deadline, or the current quarter)', () => {
  readsAs([
    ["Signer 20 contrats d'ici fin de mois de décembre.", { target: 20, deadline: '2026-12-31' }],
    ["Signer 20 contrats d'ici fin de trimestre 2027.", { target: 20, deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici la fin du trimestre 2027.", { target: 20, deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici fin de semestre 2027.", { target: 20, deadline: '2027-12-31' }],
  ]);
});

describe('(3) near misses: the named month with its year, the current period, next period, a year alone (unchanged)', () => {
  readsAs([
    ["Signer 20 contrats d'ici la fin du mois de décembre 2027.", { deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici fin de mois de mars 2027.", { deadline: '2027-03-31' }],
    ["Signer 20 contrats d'ici fin d'année 2026.", { deadline: '2026-12-31' }],
    ["Signer 20 contrats d'ici la fin du trimestre.", { deadline: '2026-12-31' }],
    ["Signer 20 contrats d'ici la fin du trimestre prochain.", { deadline: '2027-03-31' }],
    ["Signer 20 contrats d'ici fin de mois.", { deadline: '2026-11-30' }],
    ["Signer 20 contrats d'ici fin 2027.", { deadline: '2027-12-31' }],
    ['Close 20 deals by the end of the month of December.', { deadline: '2026-12-31' }],
  ]);
});
