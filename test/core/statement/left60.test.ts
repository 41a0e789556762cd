/**
 * left60: the eighteenth session's statement leftovers (left59's and mend59l's reviews), each read by a general rule and
 * checked in sentences written for each shape (none copied from a fixture), FR and EN, with the near misses each rule must
 * leave as they were:
 * (1) Ruling D2 as narrowed by mend59l: a count of those money is raised from ("from 20 investors", « auprès de 15
 * investisseurs ») is no figure of the goal — no baseline, and the raise keeps its target; another goal's figure still wins;
 * (2)+(3) a verb of change on a KPI or on money raised, in one clause with no figure of its own, before a purpose stating a
 * figure ("Cut churn to improve renewal rates to 92%", "Raise funding of $5M in 2027 to grow revenue by 30%", « Réduire le
 * churn pour porter le taux de rétention à 92 % »): the purpose states the goal, the means is set aside;
 * (4) a cap on money invested or spent in advertising (« ne pas investir / dépenser plus de », « ne pas dépasser », "invest
 * no more than $300,000") is `costs`, as "spend no more than" was;
 * (5) « fin du trimestre fiscal 2027 », "the end of the fiscal quarter 2027" end that year, as « fin du trimestre 2027 »;
 * (7) a year after a participle ending the plan ("concluded", "finished", « achevé », « terminé ») is a date, never a count;
 * (8) « tendre vers (plus de) 200 clients », "toward 200 customers": a level headed for, `customers`.
 * The class rows read otherwise before left60 (marked "was …"); the near misses read the same before and after.
 * (Item 6, a plan presented « aux équipes » in a past year, is left: see docs/MEASUREMENTS.md, left60.)
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter: the current quarter and half end on 31 December 2026.
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) D2: the count money is raised from is no figure; the raise keeps its target (was its baseline or target)', () => {
  readsAs([
    // was baseline 20
    ['Raise $5M from 20 investors by 2027.', { kpi: null, direction: 'increase', baseline: null, target: 5_000_000, change: null, unit: 'currency', deadline: '2027-12-31' }],
    // was baseline 20, no target, unit count
    ['Raise funding of $5M from 20 investors by 2027.', { kpi: null, baseline: null, target: 5_000_000, unit: 'currency' }],
    // was target 15, unit count
    ["Lever un financement de 2 M€ auprès de 15 investisseurs d'ici 2027.", { kpi: null, direction: 'increase', baseline: null, target: 2_000_000, change: null, unit: 'currency', deadline: '2027-12-31' }],
    ['Lever des fonds de 2 M€ auprès de 15 business angels en 2027.', { kpi: null, target: 2_000_000, unit: 'currency' }],
    ['Raise capital of $3M from about 40 backers in 2027.', { kpi: null, baseline: null, target: 3_000_000, unit: 'currency' }],
    // was target 5 M and baseline 20 (the raise read as the revenue's)
    ['Raise $5M from 20 investors to reach $20M in revenue by 2028.', { kpi: 'revenue', baseline: null, target: 20_000_000, change: null }],
  ]);
});

describe('(1) near misses: another goal wins, a move of money, money generated (unchanged)', () => {
  readsAs([
    ['Raise funding of $5M by 2027 to reach $20M in revenue.', { kpi: 'revenue', target: 20_000_000, change: null }],
    ["Lever des fonds de 3 M€ en 2027 et atteindre 2 M€ de chiffre d'affaires.", { kpi: 'revenue', target: 2_000_000 }],
    ['Raise revenue from 20 clients to 40 clients by 2027.', { kpi: 'revenue', target: 40 }],
    ['Generate $5M from 20 clients by 2027.', { kpi: 'revenue', target: 5_000_000 }],
    ['Raise $5M in seed funding by June 2027.', { kpi: null, target: 5_000_000, deadline: '2027-06-30' }],
    ['Raise prices by 5% by June 2027.', { kpi: null, change: { value: 0.05, kind: 'relative' }, target: null }],
  ]);
});

describe('(2) a raise before a purpose stating a change or a level: the purpose is the goal (was the raise, kpi null)', () => {
  readsAs([
    ['Raise funding of $5M in 2027 to grow revenue by 30%.', { kpi: 'revenue', direction: 'increase', target: null, change: { value: 0.3, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Raise $5M in 2027 to grow revenue to $20M.', { kpi: 'revenue', target: 20_000_000, change: null }],
    ['Raise capital of $5M to increase sales by 30% by 2028.', { kpi: 'revenue', change: { value: 0.3, kind: 'relative' }, deadline: '2028-12-31' }],
    // mend59l (a) read "3 new countries" as another goal's figure (target 3); the lead's Ruling D3 (mend60l) makes a count
    // the catalog does not name the raise's use: the raise stays the target (test/core/statement/mend60l.test.ts).
    ['Raise funding of $5M in 2027 to expand into 3 new countries.', { kpi: null, target: 5_000_000 }],
  ]);
});

describe('(2) near misses: a purpose with no figure, the French twin already read, a consequence (unchanged)', () => {
  readsAs([
    ['Raise funding of $5M in 2027 to grow the business.', { kpi: null, target: 5_000_000, unit: 'currency' }],
    ["Lever un financement de 5 M€ en 2027 pour augmenter le chiffre d'affaires de 30 %.", { kpi: 'revenue', change: { value: 0.3, kind: 'relative' } }],
    ["Lever un financement de 8 M€ d'ici fin 2027, qui permettra d'accélérer la croissance.", { kpi: null, target: 8_000_000 }],
    ["Doubler le chiffre d'affaires pour atteindre 5 M€ en 2027.", { kpi: 'revenue', target: 5_000_000 }],
  ]);
});

describe('(3) a means on one KPI before a purpose stating another KPI and its figure (was the means’ KPI or direction)', () => {
  readsAs([
    // was direction decrease
    ['Cut churn to improve renewal rates to 92%.', { kpi: 'retention', direction: 'increase', target: 0.92, unit: 'percent' }],
    // was churn, no target
    ['Reduce churn to raise retention to 95% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.95, deadline: '2027-12-31' }],
    ['Réduire le churn pour porter le taux de rétention à 92 %.', { kpi: 'retention', direction: 'increase', target: 0.92 }],
    // was costs, decrease, no figure
    ['Reduce costs to increase profit by 10%.', { kpi: 'profit', direction: 'increase', change: { value: 0.1, kind: 'relative' } }],
    ['Réduire les coûts pour augmenter la marge de 2 points.', { kpi: 'net_margin', direction: 'increase', change: { value: 0.02, kind: 'absolute' } }],
    // was direction decrease (the rate after "to raise" heads its own clause; the means' churn stays its own)
    ['Lower churn to raise retention rates to 95%.', { kpi: 'retention', direction: 'increase', target: 0.95 }],
    // no figure in the purpose: the means is the goal (was no KPI)
    ['Cut churn to improve renewal rates.', { kpi: 'churn', direction: 'decrease', target: null }],
  ]);
});

describe('(3) near misses: a means with its own figure, a hyphened "to", a multiplier, a forecast, a funnel (unchanged)', () => {
  readsAs([
    ['Cut churn to 5% to improve renewal rates.', { kpi: 'churn', direction: 'decrease', target: 0.05 }],
    ['Reduce time-to-close for large deals by 5%.', { direction: 'decrease', change: { value: 0.05, kind: 'relative' } }],
    ['Increase revenue by 10% to fund new hires.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ['Double sales to reach $5M by 2027.', { kpi: 'revenue', direction: 'increase' }],
    ['Because of rising demand, revenue is forecast to grow to $29M by 2027.', { kpi: 'revenue', direction: 'increase', deadline: '2027-12-31' }],
    ['Improve funnel to achieve 5000 subscriptions per month.', { kpi: 'funnel_throughput', target: 5000 }],
  ]);
});

describe('(4) a cap on money invested or spent in advertising is costs (was no KPI)', () => {
  readsAs([
    ['Ne pas investir plus de 300 000 € dans la publicité.', { kpi: 'costs', direction: 'decrease', target: 300_000, unit: 'currency' }],
    ['Ne pas dépenser plus de 300 000 € en publicité.', { kpi: 'costs', direction: 'decrease', target: 300_000 }],
    ["Ne pas dépasser 300 000 € d'investissement publicitaire.", { kpi: 'costs', direction: 'decrease', target: 300_000 }],
    ['Invest no more than $300,000 in advertising.', { kpi: 'costs', direction: 'decrease', target: 300_000 }],
  ]);
});

describe('(4) near misses: a cap already read, an amount invested or spent with no cap, a cap on another outlay (unchanged)', () => {
  readsAs([
    ['Spend no more than $300,000 on advertising.', { kpi: 'costs', direction: 'decrease', target: 300_000 }],
    ['Plafonner les dépenses publicitaires à 300 000 €.', { kpi: 'costs', target: 300_000 }],
    ['Investir au maximum 300 000 € dans la publicité.', { kpi: 'costs', target: 300_000 }],
    ['Investir 300 000 € dans la publicité en 2027.', { kpi: null, target: 300_000 }],
    ['Dépenser 300 000 € en publicité en 2027.', { kpi: null, target: 300_000 }],
    ['Invest more than $300,000 in advertising.', { kpi: null, target: 300_000 }],
    ['Ne pas investir plus de 300 000 € dans de nouveaux locaux.', { kpi: null, target: 300_000 }],
  ]);
});

describe('(5) « fin du trimestre fiscal 2027 », "the end of the fiscal quarter 2027" (was the current quarter, or none)', () => {
  readsAs([
    ["Signer 20 contrats d'ici la fin du trimestre fiscal 2027.", { target: 20, deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici fin du semestre fiscal 2027.", { target: 20, deadline: '2027-12-31' }],
    ['Close 20 deals by the end of the fiscal quarter 2027.', { target: 20, deadline: '2027-12-31' }],
  ]);
});

describe('(5) near misses: today’s year, no year, a named quarter, a fiscal year (unchanged)', () => {
  readsAs([
    ["Signer 20 contrats d'ici la fin du trimestre fiscal 2026.", { deadline: '2026-12-31' }],
    ["Signer 20 contrats d'ici la fin du trimestre fiscal.", { deadline: '2026-12-31' }],
    ['Signer 20 contrats au premier trimestre fiscal 2027.', { deadline: '2027-03-31' }],
    ['Signer 20 contrats en 2027 au cours du trimestre fiscal 2027.', { deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici la fin de l'exercice fiscal 2027.", { deadline: '2027-12-31' }],
    ['Close 20 deals by the end of fiscal year 2027.', { deadline: '2027-12-31' }],
    ["Signer 20 contrats d'ici la fin du trimestre 2027.", { deadline: '2027-12-31' }],
  ]);
});

describe('(7) a year after a participle ending the plan is a date, no count (was the target or baseline 2025)', () => {
  readsAs([
    ['Our five-year plan, concluded in 2025, aims to reach 300 stores.', { target: 300 }],
    ['Our five-year plan, concluded in 2025, doubled our store count.', { target: null, baseline: null }],
    ['Our five-year plan, finished in 2025, aims to double the number of stores.', { direction: 'increase', baseline: null, target: null, change: { value: 1, kind: 'relative' } }],
    ['Our five-year plan, finished in 2025, aims to grow our customer base.', { kpi: 'customers', target: null }],
    ['Notre plan à cinq ans, achevé en 2025, visait à doubler le nombre de magasins.', { baseline: null, target: null, change: { value: 1, kind: 'relative' } }],
  ]);
});

describe('(7) near misses: "completed" as before, a count of its own, a year finished with a level (unchanged)', () => {
  readsAs([
    ['Our five-year plan, completed in 2025, aims to double the number of stores.', { target: null, change: { value: 1, kind: 'relative' } }],
    ['We finished 2025 with 120 clients and aim for 200 in 2027.', { target: 200 }],
    ["Le projet terminé en 2025 a permis d'ouvrir 12 magasins ; nous visons 20 magasins en 2027.", { target: 20, deadline: '2027-12-31' }],
  ]);
});

describe('(8) « tendre vers 200 clients », "toward 200 customers": a level headed for (was deals_closed)', () => {
  readsAs([
    ['Nous tendons vers plus de 200 clients.', { kpi: 'customers', direction: 'increase', target: 200, unit: 'count' }],
    ["Nous tendons vers 200 clients d'ici 2027.", { kpi: 'customers', target: 200, deadline: '2027-12-31' }],
    ['We are heading toward more than 200 customers.', { kpi: 'customers', target: 200 }],
  ]);
});

describe('(8) near misses: new clients headed for or won, « tendre vers » with no figure (unchanged)', () => {
  readsAs([
    ['Nous tendons vers plus de 200 nouveaux clients.', { kpi: 'deals_closed', target: 200 }],
    ['Gagner plus de 200 clients en 2027.', { kpi: 'deals_closed', target: 200 }],
    ['Tendre vers le zéro papier en 2027 et réaliser 2 M€ de ventes.', { kpi: 'revenue', target: 2_000_000 }],
  ]);
});
