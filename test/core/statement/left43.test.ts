/**
 * left43: statement leftovers of issue 11's "numbers from the wrong clause" class. (1) Two metrics' levels stated one after
 * the other, then an aim: the aim and the level it starts from are the last-named metric's, never the first's ("Our CAC is
 * $400 and our LTV is $1,200; we want $1,500" read CAC 1,200 → 1,500). (2) A four-digit count before a dated deadline is
 * the level, not a year ("bring in 1850 by 2027" read no target). Each class case read wrong on main's code (0f273fda's
 * line, b6223ef7); near misses keep main's reading.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (the shared wording table's checks: numbers to six decimals). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('two metrics’ levels, then an aim: the goal is the last-named metric’s', () => {
  readsAs([
    // LTV is no catalog KPI: no KPI, and 1,200 is LTV's level, never CAC's baseline.
    ['Our CAC is $400 and our LTV is $1,200; we want $1,500', { kpi: null, direction: 'increase', baseline: 1200, target: 1500, unit: 'currency' }],
    ['Our CAC is $400 and our LTV is $1,200. We want $1,500 by 2027.', { kpi: null, baseline: 1200, target: 1500, deadline: '2027-12-31' }],
    ['Churn is 8% and NPS is 40; we want 50', { kpi: 'nps', direction: 'increase', baseline: 40, target: 50, unit: 'count' }],
    ['Our NPS is 40 and our churn is 8%; we want 5%', { kpi: 'churn', direction: 'decrease', baseline: 0.08, target: 0.05, unit: 'percent' }],
    // The aim's unit and the last-named metric agree: a percentage aimed at after an amount and a rate is the rate's.
    ['Revenue is $2M and margin is 20%; we want 25%', { kpi: 'net_margin', direction: 'increase', baseline: 0.2, target: 0.25, unit: 'percent' }],
    ['Our revenue is $2M and our costs are $1.5M; we want $1M', { kpi: 'costs', direction: 'decrease', baseline: 1_500_000, target: 1_000_000 }],
    ['Our gross margin is 40%; our net margin is 10%; we want 15% by 2027.', { kpi: 'net_margin', baseline: 0.1, target: 0.15 }],
    ['Notre CAC est de 400 € et notre panier moyen de 60 € ; on vise 70 €', { kpi: 'average_deal_size', direction: 'increase', baseline: 60, target: 70, unit: 'currency' }],
    ['Notre churn est de 8 % et notre NPS de 40 ; nous visons 50', { kpi: 'nps', direction: 'increase', baseline: 40, target: 50 }],
    ['Nos coûts sont de 2 M€ et notre CA est de 5 M€ ; nous voulons 6 M€ en 2027.', { kpi: 'revenue', direction: 'increase', baseline: 5_000_000, target: 6_000_000 }],
    // The aim's kind picks the earlier level when the later metric's is of another kind; the goal is the earlier metric's.
    ['Margin is 20% and revenue is $2M; we want 25%', { kpi: 'net_margin', direction: 'increase', baseline: 0.2, target: 0.25, unit: 'percent' }],
    ['Notre marge est de 20 % et notre CA de 2 M€ ; nous visons 25 %', { kpi: 'net_margin', baseline: 0.2, target: 0.25 }],
    ['Revenue is $2M and margin is 20%; we want $3M', { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000, unit: 'currency' }],
    ['Our NPS is 40 and our churn is 8%; we want 50', { kpi: 'nps', baseline: 40, target: 50 }],
    ['We close 40 deals a month and our close rate is 25%; we want 60 by June', { kpi: 'deals_closed', baseline: 40, target: 60, unit: 'count' }],
    // Reps are no catalog mention: no KPI, and never revenue's currency.
    ['We have 40 reps and revenue is $2M; we want 60', { kpi: null, baseline: 40, target: 60, unit: 'count' }],
  ]);
});

describe('near misses: one metric stated, or the level not a second metric’s, keep their readings', () => {
  readsAs([
    ['Our CAC is $400; we want $300 by June 2027', { kpi: 'cac', direction: 'decrease', baseline: 400, target: 300 }],
    ['Our LTV is $1,200 and our CAC is $400; we want $300', { kpi: 'cac', direction: 'decrease', baseline: 400, target: 300 }],
    ['Close rate is 25%; we want 30% next week.', { kpi: 'close_rate', baseline: 0.25, target: 0.3 }],
    ['Our 5 reps close 40 deals a month. Our target is 60 by June 2027.', { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ['Today, 3 reps close 40 deals a month; we want 60 by June 2027', { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ["Nos 3 commerciaux signent 40 contrats par mois aujourd'hui ; nous en voulons 60 d'ici juin 2027", { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ['We have 3 stores; we have 40 reps; we want 60 by June.', { baseline: 40, target: 60 }],
    ['Notre taux de closing est de 25 % ; nous visons 30 % la semaine prochaine.', { kpi: 'close_rate', baseline: 0.25, target: 0.3 }],
    ['On vise 300 € de CAC', { kpi: 'cac', baseline: null, target: 300 }],
    ['Notre CAC est de 400 € ; on vise 300 €', { kpi: 'cac', direction: 'decrease', baseline: 400, target: 300 }],
  ]);
});

describe('a four-digit count before a dated deadline is the level, not a year', () => {
  readsAs([
    // "in" is the particle of "bring in" / "take in", no year's preposition.
    ['bring in 1850 by 2027', { direction: 'increase', target: 1850, unit: 'count', deadline: '2027-12-31' }],
    ['Bring in 1850 in 2027', { target: 1850, deadline: '2027-12-31' }],
    ['Take in 1850 by 2027', { target: 1850, deadline: '2027-12-31' }],
    // "of" before a count ("a total of 1900 customers") is no "June of 2027".
    ['Reach a total of 1900 customers by 2027', { kpi: 'deals_closed', target: 1900, unit: 'count', deadline: '2027-12-31' }],
    // 1800–1949 before a noun is a count, as 1850 was: the object counts subscriptions sold, no revenue.
    ["Vendre 1900 abonnements d'ici 2028", { kpi: 'deals_closed', target: 1900, unit: 'count', deadline: '2028-12-31' }],
    ['Vendre 1900 abonnements en 2028', { kpi: 'deals_closed', target: 1900, unit: 'count', deadline: '2028-12-31' }],
    ['Sell 1900 subscriptions in 2028', { kpi: 'deals_closed', target: 1900, unit: 'count', deadline: '2028-12-31' }],
    // 2000 is a round count as often as a year.
    ['Sell 2000 subscriptions by 2027', { kpi: 'deals_closed', direction: 'increase', target: 2000, unit: 'count', deadline: '2027-12-31' }],
    ['Vendre 2000 abonnements en 2028', { kpi: 'deals_closed', target: 2000, unit: 'count', deadline: '2028-12-31' }],
  ]);
});

describe('near misses: years stay years, and counts read right before stay so', () => {
  readsAs([
    ['Sell 1500 units by 2027', { kpi: 'deals_closed', target: 1500, deadline: '2027-12-31' }],
    ['reach 2000 customers by December 2027', { kpi: 'customers', target: 2000, deadline: '2027-12-31' }],
    ['Atteindre 1850 clients en 2027', { kpi: 'customers', target: 1850, deadline: '2027-12-31' }],
    ['Grow revenue 20% from 2025 by 2027', { kpi: 'revenue', baseline: null, target: null, change: { value: 0.2, kind: 'relative' }, deadline: '2027-12-31' }],
    ["Augmenter le CA de 20 % depuis 2019 d'ici 2027", { kpi: 'revenue', target: null, change: { value: 0.2, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Grow revenue 10% in 2026 and 2027', { target: null, change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Hit the 2030 plan', { target: null, deadline: '2030-12-31' }],
    ["Atteindre 30 % de part de marché à l'horizon 2030", { kpi: 'market_share', target: 0.3, deadline: '2030-12-31' }],
    ['Founded in 1987, we want 40 stores by 2027', { baseline: null, target: 40 }],
    ['Grow revenue to 120% of 2026 sales', { target: null, change: { value: 0.2, kind: 'relative' } }],
    ['Beat the record of 2019 sales by 2027', { target: null, deadline: '2027-12-31' }],
    ['Sell 40 units in June of 2027', { target: 40, deadline: '2027-06-30' }],
    ['Grow 2026 sales by 10%', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Augmenter les ventes 2026 de 10 %', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
  ]);
});
