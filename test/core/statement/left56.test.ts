/**
 * left56: the lead's rulings of 2026-12-06 D1 and N1d, and N1's leftover of prevmend55, read by general rules and checked in
 * sentences written for each shape (none copied from a fixture):
 * (D1) a measure OUTSIDE the catalog whose head noun names what a business wants less of (a loss, an error, a defect, waste,
 * returns, a complaint, an incident, a delay, downtime, absenteeism, shrinkage, fraud, a dispute, a cancellation), or the
 * noun a rate counts, is lower-is-better: an attainment verb or "improve" aims it down;
 * (N1d) a level HELD at a moment (cash, « trésorerie », deposits, inventory, a backlog, a pipeline, active customers) listed
 * at successive sub-year periods keeps N1's last level, as a percentage's levels do; flows stay F, the first goal;
 * (N1 leftover) the first item's counted noun restated after the later figure is the same measure: the last level.
 * The class rows read wrong before left56 but D1's three with a ceiling ("fewer than", « moins de », « inférieur à »), which
 * read a decrease already and are pinned here; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05: "this quarter" ends 2026-12-31, "next quarter" 2027-03-31, Q3 is 2027's. */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(D1) a measure named for what a business wants less of, under an attainment verb or "improve": decrease', () => {
  readsAs([
    ['Nous visons un taux de perte de 2 % sur les colis en 2027.', { kpi: null, direction: 'decrease', target: 0.02, deadline: '2027-12-31' }],
    ['Reach a defect rate of 0.5% by Q3', { kpi: null, direction: 'decrease', target: 0.005 }],
    ["Atteindre un taux d'absentéisme de 3 % d'ici fin 2027.", { direction: 'decrease', target: 0.03 }],
    ['Hit a loss ratio of 60%.', { direction: 'decrease', target: 0.6 }],
    ['Target 2% customer returns by June.', { direction: 'decrease', target: 0.02 }],
    ['Aim for fewer than 10 customer complaints per month.', { direction: 'decrease', target: 10 }],
    ['Viser moins de 5 incidents par mois.', { direction: 'decrease', target: 5 }],
    ['Improve the error rate to 1%.', { direction: 'decrease', target: 0.01 }],
    ['Améliorer le délai moyen de livraison à 3 jours.', { direction: 'decrease', target: 3 }],
    ['Atteindre un taux de casse inférieur à 1 %.', { direction: 'decrease', target: 0.01 }],
    ['Viser un taux de démarque de 1 %.', { direction: 'decrease', target: 0.01 }],
  ]);
});

describe('(D1) near misses: another head, a verb of change, from A to B, maintain, catalog KPIs keep their readings', () => {
  readsAs([
    // The head is prevention / free / resolved / résolution / on-time: higher is better.
    ['Reach 95% loss prevention by 2027.', { direction: 'increase', target: 0.95 }],
    ['Reach 99% error-free deliveries.', { direction: 'increase', target: 0.99 }],
    ['Reach 90% of complaints resolved within 24 hours.', { direction: 'increase', target: 0.9 }],
    ['Atteindre un taux de résolution des réclamations de 90 %.', { direction: 'increase', target: 0.9 }],
    ['Reach 98% on-time delivery.', { direction: 'increase', target: 0.98 }],
    // A loss word outside the measure's head: a condition on the goal, and "return on investment".
    ['Reach 50 stores despite delays.', { direction: 'increase', target: 50 }],
    ['Reach a 15% return on investment.', { direction: 'increase', target: 0.15 }],
    // A verb of change states its own direction; from A to B the sign of B − A; a maintain verb keeps maintain.
    ['Increase the loss ratio to 5%.', { direction: 'increase', target: 0.05 }],
    ['Reduce returns by 10%.', { direction: 'decrease', change: { value: 0.1, kind: 'relative' } }],
    ['Raise the defect rate from 1% to 2%.', { direction: 'increase', baseline: 0.01, target: 0.02 }],
    ['Maintain a complaint rate of 1%.', { direction: 'maintain', target: 0.01 }],
    // Catalog KPIs keep their own flags.
    ['Reach a churn rate of 2%.', { kpi: 'churn', direction: 'decrease' }],
    ['Reach a 95% customer satisfaction rate.', { kpi: 'csat', direction: 'increase' }],
    ["Atteindre 2 M€ de chiffre d'affaires en 2027.", { kpi: 'revenue', direction: 'increase' }],
  ]);
});

describe('(N1d) a level held, listed at successive sub-year periods: the last level by its period', () => {
  readsAs([
    ['Hold $2M in cash this quarter and $3M next quarter.', { target: 3000000, deadline: '2027-03-31' }],
    ['Porter la trésorerie à 2 M€ au T1 2027 et à 3 M€ au T2 2027.', { target: 3000000, deadline: '2027-06-30' }],
    ['Keep inventory at 5,000 units in Q1 2027 and 4,000 units in Q2 2027.', { target: 4000, deadline: '2027-06-30' }],
    ['Reach 500 active customers in Q1 2027 and 600 in Q2 2027.', { kpi: 'customers', target: 600, deadline: '2027-06-30' }],
    ['Atteindre 2 M€ de pipeline ce trimestre et 3 M€ le trimestre prochain.', { kpi: 'pipeline_value', target: 3000000, deadline: '2027-03-31' }],
  ]);
});

describe('(N1d) near misses: flows by quarter or month, a list of changes keep the first goal (F)', () => {
  readsAs([
    ['Sign 20 deals in Q1 2027 and 30 deals in Q2 2027.', { target: 20, deadline: '2027-03-31' }],
    ['Close 15 deals this quarter and 25 next quarter.', { target: 15, deadline: '2026-12-31' }],
    ['Reach $1M in sales in Q1 2027 and $2M in Q2 2027.', { kpi: 'revenue', target: 1000000, deadline: '2027-03-31' }],
    ['Signer 20 nouveaux clients ce mois-ci et 30 le mois prochain.', { target: 20, deadline: '2026-12-31' }],
    ['Hire 10 people in Q1 2027 and 15 in Q2 2027.', { target: 10, deadline: '2027-03-31' }],
    ['Add $1M in cash in Q1 2027 and $2M in Q2 2027.', { change: { value: 1000000, kind: 'absolute' }, deadline: '2027-03-31' }],
  ]);
});

describe('(N1) the same counted noun restated after the later figure: the last level', () => {
  readsAs([
    ['Reach 200 customers by 2027 and 300 customers by 2028.', { kpi: 'customers', target: 300, deadline: '2028-12-31' }],
    ["Atteindre 200 clients d'ici 2027 et 300 clients d'ici 2028.", { kpi: 'customers', target: 300, deadline: '2028-12-31' }],
  ]);
});

describe('(N1) near misses: two different plurals, another measure, new customers keep the first goal (F)', () => {
  readsAs([
    ['Hire 10 engineers by 2027 and 5 designers by 2028.', { target: 10, deadline: '2027-12-31' }],
    ["Recruter 10 ingénieurs d'ici 2027 et 5 commerciaux d'ici 2028.", { target: 10, deadline: '2027-12-31' }],
    ['Reach 200 customers by 2027 and 30 deals by 2028.', { kpi: 'customers', target: 200, deadline: '2027-12-31' }],
    ['Reach $2M in revenue by 2027 and $3M in profit by 2028.', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
    ['Reach 200 customers by 2027 and 300 new customers by 2028.', { target: 200, deadline: '2027-12-31' }],
  ]);
});
