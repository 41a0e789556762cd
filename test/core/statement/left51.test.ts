/**
 * left51: the statement readings the ninth session left, read as the lead's rulings of 2026-12-06 say (fixtures README,
 * "Rulings of 2026-12-06 (left51)"), FR and EN. S1 an outside forecast stated alone is a change, not the target. S2 a budget
 * spent is neither a cut nor a rise. S3 a growth « en nombre de » / "in the number of" a catalog KPI is that KPI's change.
 * S4 a compound annual rate OF sales is sales growth, its figure the level. S5 a plan's name before a colon or a dash adds
 * nothing. S6 a CAGR over a span: no cadence, the span's end the deadline, EN as FR. Class rows read wrong on main
 * (7b03cb88); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);
const relative = (value: number) => ({ value, kind: 'relative' as const });

describe('S1: an outside forecast stated alone — its rise is a change, never the target', () => {
  readsAs([
    ['We expect a 3% rise in costs this year', { kpi: 'costs', direction: 'increase', target: null, change: relative(0.03), deadline: '2026-12-31' }],
    ['Analysts expect a 5% rise in prices next year', { direction: 'increase', target: null, change: relative(0.05) }],
    ['We anticipate a 4% rise in demand in 2027', { direction: 'increase', target: null, change: relative(0.04) }],
    ['We forecast a 3% rise in revenue next year', { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.03) }],
  ]);
});

describe('S1 near misses: a forecast before "but", a decline, the French, a rise achieved', () => {
  readsAs([
    // mend50a: before "but", the expected rise is context and the aim's change is the goal's.
    ['We expect a 3% rise in costs next year, but we want to grow sales 10%', { kpi: 'revenue', change: relative(0.1) }],
    ['We expect a 3% decline in demand next year', { direction: 'decrease', target: null, change: relative(0.03) }],
    ['Demand will decline 3% next year', { direction: 'decrease', target: null, change: relative(0.03) }],
    ['Nous anticipons une hausse de 3 % des coûts', { kpi: 'costs', direction: 'increase', target: null, change: relative(0.03) }],
    ["La demande devrait reculer de 3 % l'an prochain", { direction: 'decrease', target: null, change: relative(0.03) }],
    ['Achieve a 10% rise in bookings', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['Revenue is expected to grow 3%', { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.03) }],
  ]);
});

describe('S2: a budget spent is neither a cut nor a rise — its amount the target, no direction', () => {
  readsAs([
    ['Spend $500K on marketing to support the launch', { direction: null, target: 500000, unit: 'currency' }],
    ['We plan to spend $2M on advertising in 2027', { direction: null, target: 2000000, unit: 'currency', deadline: '2027-12-31' }],
    ['Consacrer 200 000 € au marketing pour le lancement', { direction: null, target: 200000, unit: 'currency' }],
    ['Nous allons consacrer 1 M€ à la formation en 2027', { direction: null, target: 1000000, unit: 'currency' }],
  ]);
});

describe('S2 near misses: a spend cut, capped or kept, the noun, time spent', () => {
  readsAs([
    ['Cut marketing spend to $2M by 2027', { kpi: 'costs', direction: 'decrease', target: 2000000 }],
    ['Spend no more than $100 to acquire each new customer', { kpi: 'cac', direction: 'decrease', target: 100 }],
    ['Spend less than $2M on marketing', { direction: 'decrease', target: 2000000 }],
    ['Keep marketing spend at $2M', { direction: 'maintain', target: 2000000 }],
    ['Marketing spend of $2M by Q2 2027', { kpi: 'costs', direction: 'decrease', target: 2000000 }],
    ['Spend 20 hours a week to prospect new clients', { direction: 'increase', target: 20, recurrence: 'week' }],
    ["Nous allons investir 5 M€ dans nos magasins d'ici 2027", { target: 5000000, unit: 'currency' }],
  ]);
});

describe('S3: growth in the number of a catalog KPI is that KPI’s change, no sales growth', () => {
  readsAs([
    ['une croissance de 20 % en nombre de clients actifs', { kpi: 'customers', direction: 'increase', target: null, change: relative(0.2) }],
    ["Atteindre une croissance de 20 % en nombre de clients actifs d'ici 2027", { kpi: 'customers', target: null, change: relative(0.2), deadline: '2027-12-31' }],
    ['20% growth in the number of active customers', { kpi: 'customers', target: null, change: relative(0.2) }],
  ]);
});

describe('S3 near misses: the customer base grown, stores counted, growth of sales', () => {
  readsAs([
    ['grow our active customer base by 20%', { kpi: 'customers', change: relative(0.2) }],
    ['croissance de 20 % en nombre de magasins', { kpi: null, change: relative(0.2) }],
    ['“Nous visons une croissance de 30% en nombre de voyageurs”', { kpi: null, change: relative(0.3) }],
    ['Hit 8% sales growth', { kpi: 'sales_growth', target: 0.08 }],
  ]);
});

describe('S4: a compound annual growth rate of sales is sales growth, its figure the level', () => {
  readsAs([
    ['a 12% compound annual growth rate in revenue', { kpi: 'sales_growth', direction: 'increase', target: 0.12, change: null, recurrence: null }],
    ['a 12% CAGR in revenue', { kpi: 'sales_growth', target: 0.12, change: null }],
    ["un TCAM de 12 % du chiffre d'affaires", { kpi: 'sales_growth', direction: 'increase', target: 0.12, change: null }],
    ['une croissance annuelle moyenne de 12 % du CA', { kpi: 'sales_growth', direction: 'increase', baseline: null, target: 0.12, recurrence: null }],
  ]);
});

describe('S4 near misses: "revenue CAGR", "sales growth of 12% a year", a bare CAGR, an average observed', () => {
  readsAs([
    ['12% revenue CAGR', { kpi: 'sales_growth', target: 0.12 }],
    ['sales growth of 12% a year', { kpi: 'sales_growth', target: 0.12, recurrence: 'year' }],
    ['The brand is currently riding high on a 40 per cent CAGR, with FY26 revenue targets set at Rs 600 crore.', { kpi: 'revenue' }],
    ['Faire passer la moyenne de 12 % à 15 %', { baseline: 0.12, target: 0.15 }],
    ['The average of 12% must rise to 15%', { baseline: 0.12, target: 0.15 }],
  ]);
});

describe('S5: a plan’s name before a colon or a dash reads as the text after it', () => {
  readsAs([
    ['Our growth plan: 10% revenue growth', { kpi: 'sales_growth', direction: 'increase', target: 0.1, change: null }],
    ['Growth strategy — 10% revenue growth', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['Growth strategy - 10% revenue growth', { kpi: 'sales_growth', target: 0.1, change: null }],
  ]);
});

describe('S5 near misses: the text alone, the French, a plan with its own verb', () => {
  readsAs([
    ['10% revenue growth', { kpi: 'sales_growth', target: 0.1, change: null }],
    // left52's L1 supersedes S5's "the French: revenue +10 %": growth is the noun, as in English.
    ['Plan de croissance : 10 % de croissance du CA', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['10 % de croissance du CA', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['Our growth roadmap: grow revenue 10% by 2027', { kpi: 'revenue', change: relative(0.1), deadline: '2027-12-31' }],
    ['Our growth plan is to grow revenue 10%', { kpi: 'revenue', change: relative(0.1) }],
  ]);
});

describe('S6: a CAGR over a span — one rate, no cadence, the span’s end the deadline, EN as FR', () => {
  readsAs([
    ['grow revenue at a 12% CAGR through 2030', { kpi: 'revenue', direction: 'increase', target: null, change: relative(0.12), deadline: '2030-12-31', recurrence: null }],
    ['grow revenue at a 12% annual rate through 2030', { kpi: 'revenue', target: null, change: relative(0.12) }],
  ]);
});

describe('S6 near misses: the French, "per year", a firm growing at a rate', () => {
  readsAs([
    ["Faire croître le chiffre d'affaires à un rythme annuel moyen de 12 % d'ici 2030", { kpi: 'revenue', change: relative(0.12), deadline: '2030-12-31', recurrence: null }],
    ['Grow our sales at a 12% compound annual growth rate through 2030', { kpi: 'revenue', target: null, change: relative(0.12), recurrence: null }],
    ['grow revenue 12% per year through 2030', { kpi: 'revenue', change: relative(0.12), recurrence: 'year' }],
    ['The agency wants to grow at a rate of 20% a year', { kpi: 'sales_growth', target: 0.2, recurrence: 'year' }],
    ['We want to grow at a 12% rate through 2030', { target: 0.12 }],
  ]);
});

describe('Target misses, the largest class left: capacity or a fleet added with no base counted is the level reached', () => {
  readsAs([
    ['En 2025, pour répondre à une demande toujours croissante, Communauto prévoit d’ajouter 700 nouvelles voitures au cours de l’année.', { target: 700, change: null, unit: 'count' }],
    ['Home Depot Rentals (No. 8) is continuing its upward assent, possibly adding as many as 400 rental departments in 2003 and 2004.', { target: 400, change: null }],
    ['“We’ll be adding around 1,000 beds in the global market within the next 2 years,” he added.', { target: 1000, change: null }],
    ['Ajouter 300 lits d’ici 2027', { target: 300, change: null, deadline: '2027-12-31' }],
  ]);
});

describe('Near misses: stores, customers, partners and money added, a base counted, "more"', () => {
  readsAs([
    ['Fresh Market is aiming to add as many as 22 new stores over the next two years', { target: null, change: { value: 22, kind: 'absolute' } }],
    ['Add 20 new customers by June', { kpi: 'deals_closed', target: null, change: { value: 20, kind: 'absolute' } }],
    ['Add five new referral partners', { target: null, change: { value: 5, kind: 'absolute' } }],
    ['Add $12k of new MRR', { target: null, change: { value: 12000, kind: 'absolute' } }],
    ['We plan to add 600 beds to our network of 2,000 by 2027', { target: null, change: { value: 600, kind: 'absolute' } }],
    ['Add five more cars by 2027', { target: null, change: { value: 5, kind: 'absolute' } }],
  ]);
});
