/**
 * mend60l: the review of left60 (findings 1–9) and the lead's decisions on it, each a narrowing of a left60 rule, FR and EN,
 * with the reviewer's sentences and near misses written for each shape (none copied from a fixture):
 * (1) a purpose replaces the means as the goal only when it names a KPI or money of its own; one restating the means ("to
 * stay under", « pour passer sous la barre des ») is the means' own target;
 * (2) an aim framing ("Our goal is to", "Objective:", « Notre objectif est de ») before a means and a purpose reads as without it;
 * (3) a raise keeps its target beside a compared baseline ("up from $2M in 2026", « contre 2 M€ en 2026 »);
 * (4) "the cost to acquire", "the time to close", « le délai pour » are a noun's complement, no purpose;
 * (5) the fiscal look-behind narrowed to « trimestre / semestre »: « à la fin de notre exercice 2027 » ends in 2027;
 * (6) the ending participles read only before a year, and « se termine en juin » is no participle: the month deadlines return;
 * (7) « au moins » is no cap, « dépenser moins … pour » a means, « montant dépensé par client » no cost;
 * (8) Ruling D3: after money raised, a purpose's count with no catalog KPI is the raise's use; the raise stays the target;
 * (9) "concluded in 2025" after a plan noun is an ending participle, no closing verb of direction.
 * The class rows read otherwise on main before mend60l (marked "was …"); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter (as left60's rows).
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe("(1) a purpose restating the means gives the means its target (was kpi null, maintain or the means' KPI lost)", () => {
  readsAs([
    ['Reduce costs to stay under $50,000 per month in 2027.', { kpi: 'costs', direction: 'decrease', target: 50_000, unit: 'currency', deadline: '2027-12-31' }],
    ['Cut expenses to keep them below $20,000 a month in 2027.', { kpi: 'costs', direction: 'decrease', target: 20_000 }],
    ['Reduce churn to get it below 3% by 2027.', { kpi: 'churn', direction: 'decrease', target: 0.03, unit: 'percent' }],
    ['Cut churn to stay below 3% in 2027.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
    ['Reduce costs to stay within a $2M budget in 2027.', { kpi: 'costs', direction: 'decrease', target: 2_000_000 }],
    ['Improve NPS to stay above 50 in 2027.', { kpi: 'nps', target: 50 }],
    ['Improve retention to keep 90% of customers through 2027.', { kpi: 'retention', target: 0.9 }],
    ['Réduire le churn pour passer sous la barre des 3 % en 2027.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
    ['Réduire les dépenses pour rester sous 50 000 € par mois en 2027.', { kpi: 'costs', direction: 'decrease', target: 50_000 }],
    ['Améliorer le NPS pour rester au-dessus de 50 en 2027.', { kpi: 'nps', target: 50 }],
  ]);
});

describe('(1) near misses: a purpose naming a KPI or money of its own is still the goal (unchanged)', () => {
  readsAs([
    ['Cut churn to improve renewal rates to 92% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.92 }],
    ['Reduce costs to increase profit by 10% in 2027.', { kpi: 'profit', change: { value: 0.1, kind: 'relative' } }],
    ["Réduire le churn pour porter le taux de rétention à 92 % d'ici 2027.", { kpi: 'retention', target: 0.92 }],
    ['Cut churn to 5% to improve renewal rates by 2027.', { kpi: 'churn', target: 0.05 }],
    // The purpose's money is the goal; since left61 money a means brings in on top is sales (the lead's reading; was kpi null).
    ['Increase conversion to generate an extra $500k in 2027.', { kpi: 'revenue', change: { value: 500_000, kind: 'absolute' } }],
  ]);
});

describe('(2) an aim framing before a means and a purpose reads as without it (was the means, no target)', () => {
  readsAs([
    ['Our goal is to increase traffic to improve conversion rates to 3% by 2027.', { kpi: 'conversion_rate', direction: 'increase', target: 0.03 }],
    ['Our goal is to cut churn to improve renewal rates to 92% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.92 }],
    ['Objective: cut churn to improve renewal rates to 92% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.92 }],
    ['Our target is to lower churn to raise retention rates to 95% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.95 }],
    ['Goal: lower churn to raise retention rates to 95% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.95 }],
    // was churn, no figure (on main before left60 too)
    ["Notre objectif est de réduire le churn pour porter le taux de rétention à 92 % d'ici 2027.", { kpi: 'retention', direction: 'increase', target: 0.92 }],
  ]);
});

describe('(2) near misses: an aim with one verb, an aim with a means and a figureless purpose (unchanged)', () => {
  readsAs([
    ['Our goal is to reduce churn to 3% by 2027.', { kpi: 'churn', direction: 'decrease', target: 0.03 }],
    ['Our goal is to cut churn to improve renewal rates by 2027.', { kpi: 'churn', direction: 'decrease', target: null }],
    ["Notre objectif est d'atteindre 500 clients d'ici 2027.", { kpi: 'customers', target: 500 }],
  ]);
});

describe('(3) a raise keeps its target beside a compared baseline and its year (was no target)', () => {
  readsAs([
    ['Raise $5M in 2027, up from $2M in 2026.', { kpi: null, direction: 'increase', baseline: 2_000_000, target: 5_000_000, deadline: '2027-12-31' }],
    ['Raise $5M by June 2027, compared with $2M last year.', { kpi: null, baseline: 2_000_000, target: 5_000_000, deadline: '2027-06-30' }],
    ['Lever 5 M€ en 2027, contre 2 M€ en 2026.', { kpi: null, baseline: 2_000_000, target: 5_000_000, deadline: '2027-12-31' }],
    // was no direction either
    ["Lever 5 M€ d'ici juin 2027, contre 2 M€ l'an dernier.", { kpi: null, direction: 'increase', baseline: 2_000_000, target: 5_000_000 }],
    // was target 2026, unit count, decrease (wrong before left60 too)
    ['Raise funding of $5M, up from $2M in 2026.', { kpi: null, direction: 'increase', baseline: 2_000_000, target: 5_000_000, unit: 'currency' }],
  ]);
});

describe('(3) near misses: another goal with a figure of its own still wins (unchanged)', () => {
  readsAs([
    ['Raise funding of $5M in 2027 to reach $20M in revenue by 2029.', { kpi: 'revenue', target: 20_000_000, change: null }],
    ['Raise $5M from 20 investors by 2027.', { kpi: null, baseline: null, target: 5_000_000 }],
  ]);
});

describe("(4) a noun + to / pour + verb is the noun's complement, no purpose", () => {
  readsAs([
    // was revenue, increase, 40
    ['Lower the cost to acquire new customers to under $40 by 2027.', { kpi: 'cac', direction: 'decrease', target: 40, unit: 'currency' }],
    // near misses: read so on main already (no KPI for a delay), kept; a spend per new customer is still the CAC
    ['Reduce the time to close deals to 30 days by 2027.', { direction: 'decrease', target: 30, unit: 'days' }],
    ["Réduire le délai pour signer un contrat à 10 jours d'ici 2027.", { direction: 'decrease', target: 10, unit: 'days' }],
    ['Spend no more than $100 to acquire each new subscriber in 2027.', { kpi: 'cac', target: 100 }],
  ]);
});

describe('(5) the fiscal look-behind is the quarter\'s or the half\'s only (was no deadline, or 2026-12-31)', () => {
  readsAs([
    ['Atteindre 500 clients à la fin de notre exercice 2027.', { kpi: 'customers', target: 500, deadline: '2027-12-31' }],
    ['Atteindre 500 clients à la fin de son exercice 2027.', { deadline: '2027-12-31' }],
    ["Atteindre 500 clients d'ici la fin de notre année fiscale 2027.", { deadline: '2027-12-31' }],
    ['Réaliser 3 M€ de CA à la fin de cet exercice 2027.', { kpi: 'revenue', target: 3_000_000, deadline: '2027-12-31' }],
    // near miss (left60's, unchanged)
    ["Atteindre 500 clients d'ici la fin du trimestre fiscal 2027.", { deadline: '2027-12-31' }],
  ]);
});

describe('(6) an ending participle reads only before a year; the present tense is none (was no deadline)', () => {
  readsAs([
    ['La campagne se termine en juin : atteindre 500 inscriptions.', { kpi: 'signups', target: 500, deadline: '2027-06-30' }],
    ["La campagne s'achève en juin ; objectif 500 inscriptions.", { target: 500, deadline: '2027-06-30' }],
    ["L'offre se termine en décembre : objectif 200 nouveaux abonnés.", { target: 200, deadline: '2026-12-31' }],
    ["Migration terminée en juin, 80 % d'adoption.", { target: 0.8, deadline: '2027-06-30' }],
    ['Déploiement achevé en juin ; 300 magasins équipés.', { target: 300, deadline: '2027-06-30' }],
    ['Have the rollout finished in June and reach 80% adoption.', { target: 0.8, deadline: '2027-06-30' }],
    ['Get the new warehouse finished in June and ship 5,000 orders a week.', { target: 5000, deadline: '2027-06-30' }],
  ]);
});

describe('(6) near misses: an ending participle before a year still dates the plan (unchanged)', () => {
  readsAs([
    ['Our five-year plan, finished in 2025, aims to reach 300 stores by 2030.', { target: 300, deadline: '2030-12-31' }],
    ["Notre plan, achevé en 2025, vise 300 magasins d'ici 2030.", { target: 300, deadline: '2030-12-31' }],
    ['Our five-year plan, concluded in 2025, aims to reach 300 stores.', { target: 300 }],
  ]);
});

describe('(7) « au moins » is no cap; money spent needs one; a spend per customer is no cost (was costs)', () => {
  readsAs([
    ["Dépenser moins en publicité pour augmenter le chiffre d'affaires de 20 % en 2027.", { kpi: 'revenue', direction: 'increase', change: { value: 0.2, kind: 'relative' } }],
    ["Augmenter d'au moins 10 % le montant dépensé par client grâce au marketing ciblé d'ici 2027.", { kpi: null, direction: 'increase', change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(7) near misses: a cap on advertising money is still costs (unchanged)', () => {
  readsAs([
    ['Ne pas dépenser plus de 300 000 € en publicité en 2027.', { kpi: 'costs', direction: 'decrease', target: 300_000 }],
    ['Invest no more than $300,000 in advertising in 2027.', { kpi: 'costs', direction: 'decrease', target: 300_000 }],
    ["Ne pas dépasser 300 000 € d'investissement publicitaire en 2027.", { kpi: 'costs', target: 300_000 }],
  ]);
});

describe('(8) Ruling D3: a count the raise pays for is its use; the raise stays the target (was the count)', () => {
  readsAs([
    ['Raise $2M in seed funding to hire 10 engineers by mid-2027.', { kpi: null, direction: 'increase', target: 2_000_000, unit: 'currency' }],
    ['Raise $500k to fund 3 new hires in 2027.', { kpi: null, target: 500_000, unit: 'currency' }],
    ["Lever 3 M€ pour recruter 20 personnes d'ici 2027.", { kpi: null, target: 3_000_000, unit: 'currency' }],
    ['Lever 1 M€ pour financer 3 nouvelles embauches en 2027.', { kpi: null, target: 1_000_000 }],
    ['Raise $2M to open 3 new stores by 2027.', { kpi: null, target: 2_000_000, deadline: '2027-12-31' }],
    ["Lever 3 M€ pour ouvrir 5 agences d'ici 2028.", { kpi: null, target: 3_000_000 }],
    ["Lever 5 M€ pour s'implanter dans 3 nouveaux pays d'ici 2028.", { kpi: null, target: 5_000_000 }],
    // was 3 (left60's deliberate reading, changed by the lead's D3)
    ['Raise funding of $5M in 2027 to expand into 3 new countries.', { kpi: null, target: 5_000_000, unit: 'currency' }],
  ]);
});

describe('(8) near misses: a purpose naming a catalog KPI or money is the goal (unchanged)', () => {
  readsAs([
    ['Raise funding of $5M in 2027 to grow revenue by 30%.', { kpi: 'revenue', change: { value: 0.3, kind: 'relative' } }],
    ["Lever 2 M€ pour atteindre 5 M€ de chiffre d'affaires d'ici 2028.", { kpi: 'revenue', target: 5_000_000 }],
  ]);
});

describe('(9) "concluded in YEAR" after a plan noun is an ending participle, no direction (was no direction)', () => {
  readsAs([
    ['Our five-year plan, concluded in 2025, aims to double the number of stores by 2030.', { direction: 'increase', change: { value: 1, kind: 'relative' }, deadline: '2030-12-31' }],
    ['Our five-year plan, finished in 2025, aims to double the number of stores by 2030.', { direction: 'increase', change: { value: 1, kind: 'relative' } }],
    // near misses: a closing verb elsewhere keeps its direction
    ['Conclude 40 deals by 2027.', { kpi: 'deals_closed', direction: 'increase', target: 40 }],
    ["Conclure 40 contrats d'ici 2027.", { kpi: 'deals_closed', direction: 'increase', target: 40 }],
  ]);
});
