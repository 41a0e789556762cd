/**
 * mend43d: regressions a read-only reviewer found in left43's and xfer43's statement rules, each read right again. Every
 * "fixed" case reads wrong on the code before mend43d (main at 926239e7, left43 and xfer43 merged) and right on b6223ef7's,
 * the code before those rules, unless its comment says otherwise; the near misses read the same on both and pin what the
 * rules were written for.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (the shared wording table's checks: numbers to six decimals). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) two levels of the same metric are a trend: the metric stays the goal’s', () => {
  readsAs([
    ['Revenue was $2M last year and is $2.5M this year; we want $3M', { kpi: 'revenue', direction: 'increase', baseline: 2_500_000, target: 3_000_000 }],
    ["Notre CA était de 2 M€ l'an dernier et il est de 2,5 M€ ; on vise 3 M€", { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000 }],
    ['Churn was 8% last year, and now it is 6%; we want 4%', { kpi: 'churn', direction: 'decrease', baseline: 0.06, target: 0.04 }],
    ['Our revenue is $2M and this year it is $2.5M; we want $3M', { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000 }],
    ["Notre CA était de 2 M€ en 2025 et est de 2,5 M€ aujourd'hui ; nous visons 3 M€ en 2027", { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000, deadline: '2027-12-31' }],
    ['Our CAC was $400 last year and it is $350 now; we want $300', { kpi: 'cac', direction: 'decrease', baseline: 350, target: 300 }],
    ["Notre CAC était de 400 € l'an dernier et il est de 350 € ; on vise 300 €", { kpi: 'cac', baseline: 350, target: 300 }],
    ['Our costs were $2M last year and are $1.5M now; we want $1M', { kpi: 'costs', direction: 'decrease', baseline: 1_500_000, target: 1_000_000 }],
    ["Nos ventes étaient de 2 M€ l'an dernier et elles sont de 2,5 M€ ; nous visons 3 M€", { kpi: 'revenue', baseline: 2_500_000, target: 3_000_000 }],
  ]);
});

describe('(1) near misses: a noun between the levels still names a second metric', () => {
  readsAs([
    ['Churn was 8% last year and NPS is 40; we want 50', { kpi: 'nps', baseline: 40, target: 50 }],
    ['Revenue was $2M last year and our costs are $1.5M; we want $1M', { kpi: 'costs', direction: 'decrease', baseline: 1_500_000, target: 1_000_000 }],
    ["Notre CA était de 2 M€ l'an dernier et nos coûts sont de 1,5 M€ ; nous voulons 1 M€", { kpi: 'costs', baseline: 1_500_000, target: 1_000_000 }],
    ['Notre CA était de 2 M€ et notre marge est de 20 % ; nous visons 25 %', { kpi: 'net_margin', baseline: 0.2, target: 0.25 }],
    ['Our CAC is $400 and our LTV is $1,200; we want $1,500', { kpi: null, baseline: 1200, target: 1500 }],
  ]);
});

describe('(2) "X% of <year> <plural>": the year is no count', () => {
  readsAs([
    ['Retain 85% of 2026 subscribers', { kpi: 'signups', target: 0.85, unit: 'percent' }],
    ['Convert 30% of 2026 leads by 2027', { kpi: 'leads', target: null, change: { value: 0.3, kind: 'relative' }, unit: 'percent' }],
    ['Recover 50% of 2020 losses by 2027', { target: 0.5, unit: 'percent', deadline: '2027-12-31' }],
    ['Double the number of 2026 signups by 2028', { kpi: 'signups', target: null, change: { value: 1, kind: 'relative' } }],
    ['Grow the sales of 2026 models by 20%', { target: null, change: { value: 0.2, kind: 'relative' }, unit: 'percent' }],
  ]);
});

describe('(2) near misses: "a total of" / "a base of" a count, and French (the exception only ever read English "of")', () => {
  readsAs([
    ['Reach a total of 1900 customers by 2027', { kpi: 'deals_closed', target: 1900, unit: 'count', deadline: '2027-12-31' }],
    ['Retain 85% of subscribers by June of 2027', { target: 0.85, deadline: '2027-06-30' }],
    ['Conserver 85 % des abonnés de 2026', { kpi: 'signups', target: 0.85, unit: 'percent' }],
    ["Convertir 30 % des leads de 2026 d'ici 2027", { kpi: 'leads', target: null, change: { value: 0.3, kind: 'relative' } }],
    ["Atteindre un total de 1900 clients d'ici 2027", { target: 1900, unit: 'count', deadline: '2027-12-31' }],
  ]);
});

describe('(3) a change of its own keeps a growth goal’s KPI beside a share of the total', () => {
  readsAs([
    ['Grow revenue 15% in 2027, with 30% of the total from new products', { kpi: 'revenue', change: { value: 0.15, kind: 'relative' } }],
    ["Augmenter le CA de 15 % en 2027, dont 30 % du total à l'export", { kpi: 'revenue', change: { value: 0.15, kind: 'relative' } }],
    ['Grow MRR by 20% of the total by 2027', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
    ['Grow signups 20% in 2027, with 50% of the total from paid ads', { kpi: 'signups', change: { value: 0.2, kind: 'relative' } }],
    ['Augmenter les inscriptions de 20 % en 2027, dont 50 % du total via la publicité', { kpi: 'signups', change: { value: 0.2, kind: 'relative' } }],
    // b6223ef7 read revenue too; main read market_share.
    ['Increase sales by 15% by 2027 to reach 40% of the total market', { kpi: 'revenue', change: { value: 0.15, kind: 'relative' } }],
  ]);
});

describe('(3) near misses: the share as the goal’s own figure still names no KPI', () => {
  readsAs([
    ['Online orders should reach 35% of our total store sales by 2027.', { kpi: null, target: 0.35 }],
    ['Online sales should reach 35% of total sales by 2027.', { kpi: null, target: 0.35 }],
    ['Porter le chiffre d’affaires à l’export à 40 % du total des ventes d’ici 2027.', { kpi: null, target: 0.4 }],
    ['Le rêve est de voir les exportations atteindre de « 60 % à 70 % » du total des ventes d’ici 2030.', { kpi: null, target: 0.6 }],
    ['Raise online revenue from 20% to 25% of the total by 2027', { kpi: null, baseline: 0.2, target: 0.25 }],
    ["Faire passer le chiffre d'affaires en ligne de 20 % à 25 % du total d'ici 2027", { kpi: null, baseline: 0.2, target: 0.25 }],
  ]);
});

describe('(4) a comparison with a total is no share', () => {
  readsAs([
    ['Augmenter le CA de 10 % par rapport au total 2026', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Augmenter le CA de 10 % par rapport au total de 2026', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Increase revenue by 10% in line with the growth of the total market', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(4) near misses: a share word may stand further from its total', () => {
  readsAs([
    ['Le pourcentage de dépenses de sous-traitance par rapport au budget total devrait passer de 12 % à 18 % en 2027.', { kpi: null, baseline: 0.12, target: 0.18 }],
    ['Increase revenue by 10% compared to the 2026 total', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(5) a past "brought in" figure before a later aim is never the target', () => {
  readsAs([
    ['In 2025 we brought in 1850 in revenue; bring in 2500 by 2027', { kpi: 'revenue', target: 2500, deadline: '2027-12-31' }],
    ['In 2025 we took in 1850 in revenue; take in 2500 by 2027', { kpi: 'revenue', target: 2500, deadline: '2027-12-31' }],
  ]);
});

describe('(5) near misses: "bring in" a count, and French (no particle verb)', () => {
  readsAs([
    ['bring in 1850 by 2027', { target: 1850, unit: 'count', deadline: '2027-12-31' }],
    ["En 2025 nous avons encaissé 1850 € ; nous visons 2500 € d'ici 2027", { kpi: 'revenue', baseline: 1850, target: 2500 }],
  ]);
});

describe('(6) the head of "X and Y spend" names the metric, not X', () => {
  readsAs([
    // b6223ef7 read cac (the first metric's); main read revenue ("sales").
    ['Our CAC is $400 and our sales and marketing spend is $1,200; we want $1,500', { kpi: 'costs', baseline: 1200, target: 1500 }],
    ['Notre CAC est de 400 € et nos ventes et frais marketing sont de 1200 € ; on vise 1500 €', { kpi: 'costs', baseline: 1200, target: 1500 }],
  ]);
});

describe('(6) near misses: a metric named first in its clause stays', () => {
  readsAs([
    ['Our CAC is $400 and our revenue from sales and services is $1,200; we want $1,500', { kpi: 'revenue', baseline: 1200, target: 1500 }],
    ['Notre CAC est de 400 € et notre CA est de 1200 € ; on vise 1500 €', { kpi: 'revenue', baseline: 1200, target: 1500 }],
    ['Our revenue is $2M and our costs are $1.5M; we want $1M', { kpi: 'costs', baseline: 1_500_000, target: 1_000_000 }],
  ]);
});

describe('(7) 1950–2000 before a counted plural is a count; "the 2000 target" counts nothing', () => {
  readsAs([
    ['Hit the 2000 target by 2027', { kpi: null, target: null, deadline: '2027-12-31' }],
    ['Hit the 2000 goal in 2027', { kpi: null, target: null, deadline: '2027-12-31' }],
    // b6223ef7 read these as revenue too (1950 as money): a class case, as left43's 1900.
    ['Sell 1950 subscriptions by 2028', { kpi: 'deals_closed', target: 1950, unit: 'count', deadline: '2028-12-31' }],
    ["Vendre 1950 abonnements d'ici 2028", { kpi: 'deals_closed', target: 1950, unit: 'count', deadline: '2028-12-31' }],
    ['Vendre 1990 abonnements en 2028', { kpi: 'deals_closed', target: 1990, unit: 'count', deadline: '2028-12-31' }],
  ]);
});

describe('(7) near misses: 2000 before a plural counts, a year before sales stays a year', () => {
  readsAs([
    ['Sell 2000 subscriptions by 2027', { kpi: 'deals_closed', target: 2000, unit: 'count' }],
    ['Vendre 2000 abonnements en 2028', { kpi: 'deals_closed', target: 2000, unit: 'count' }],
    ["Atteindre l'objectif 2000 d'ici 2027", { kpi: null, target: null }],
    ['Grow 2026 sales by 10%', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Augmenter les ventes 2026 de 10 %', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
  ]);
});
