/**
 * mend50a: left50's rules narrowed to what they were meant for (fixtures README, "Rulings of 2026-12-06 (left50)", as
 * corrected). Each class row read wrong on main after left50 (its head 40d77f6a) and read as here before it (926d7c31);
 * the near misses keep left50's fixes.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);
const relative = (value: number) => ({ value, kind: 'relative' as const });

describe('R11: an outside forecast before "but" + an aim of our own is context; the aim gives the direction', () => {
  readsAs([
    ['Demand will decline 3% next year, but we want to grow sales 10%', { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
    ['Prices will fall 5% next year, but we aim to grow revenue 10%', { direction: 'increase', change: relative(0.1) }],
    ['Customer demand will fall 5% in 2027, but we aim to grow revenue 8%', { direction: 'increase', change: relative(0.08) }],
    ['Competitor sales will decline 3% next year, but we want to grow ours 10%', { direction: 'increase', change: relative(0.1) }],
    ['La demande devrait reculer de 3 %, mais nous voulons augmenter nos ventes de 10 %', { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
    ['Sales will decline 5% next year, but we want to grow margin to 20%', { kpi: 'net_margin', direction: 'increase', target: 0.2, change: null }],
  ]);
});

describe('R10: an expected rise in costs or demand is not the goal’s change', () => {
  readsAs([
    ['We expect a 3% rise in costs next year, but we want to grow sales 10%', { kpi: 'revenue', change: relative(0.1) }],
    ['A 5% rise in costs is expected next year, so we want to grow sales by 10%', { change: relative(0.1) }],
    ['Expect a 15% rise in demand; grow sales by 10% in 2027', { change: relative(0.1) }],
  ]);
});

describe('R2: a spend is a means only for a purpose with a figure; a change of the spend is the goal', () => {
  readsAs([
    ['Cut spending $500K to fund new hires by Q2 2027', { kpi: 'costs', direction: 'decrease', target: 500000, unit: 'currency' }],
    ['Cut spending $500K to fund 20 new hires by Q2 2027', { kpi: 'costs', target: 500000, unit: 'currency' }],
    ['Reduce spending $1M to improve margins by 2027', { kpi: 'costs', target: 1000000 }],
    ['Cut marketing spend $200K to protect our margin in 2027', { kpi: 'costs', target: 200000 }],
    ['Increase marketing spending $50K to generate more leads in 2027', { kpi: 'costs', direction: 'increase', change: { value: 50000, kind: 'absolute' } }],
    ['Boost marketing spend €100K to reach new markets in 2027', { kpi: 'costs', direction: 'increase', target: 100000 }],
    // The lead's ruling S2 of 2026-12-06 (left51): a budget spent is neither a cut nor a rise — no direction (it read decrease).
    ['Spend $500K on marketing to support the launch by Q2 2027', { kpi: 'costs', direction: null, target: 500000 }],
    ['Invest $2M in R&D to stay competitive by 2027', { direction: 'maintain', target: 2000000, unit: 'currency' }],
    ["Investir 2 M€ dans la R&D pour innover d'ici 2027", { direction: 'increase', target: 2000000, unit: 'currency' }],
  ]);
});

describe('R3: a raised spending target aims spending up, as a raised cost target', () => {
  readsAs([
    ['We raised our marketing spend target to $3M for 2027', { kpi: 'costs', direction: 'increase', target: 3000000 }],
    ['We increased our spending target to $3M', { kpi: 'costs', direction: 'increase', target: 3000000 }],
    ["Le groupe relève ses prévisions de dépenses d'investissement à 2 milliards d'euros pour 2027", { kpi: 'costs', direction: 'increase', target: 2000000000 }],
  ]);
});

describe('R8: a word after a bare "end of month" leaves the deadline; only a measure’s noun takes it', () => {
  readsAs([
    ['Reach 100 deals end of month latest', { target: 100, deadline: '2026-12-31' }],
    ['Close 20 deals end of year please', { deadline: '2026-12-31' }],
    ['Reduce churn to 3% end of year across all plans', { target: 0.03, deadline: '2026-12-31' }],
    ['Get 30 demos end of month from inbound', { deadline: '2026-12-31' }],
    ['Book 40 meetings end of quarter without fail', { deadline: '2026-12-31' }],
  ]);
});

describe('R1: a fleet reaching a count is not units sold', () => {
  readsAs([['Increase sales by 10% with a fleet reaching 50 vehicles', { kpi: 'revenue', target: null, change: relative(0.1) }]]);
});

describe('R7: a past level of the measure in parentheses is its baseline', () => {
  readsAs([
    ['Raise NPS to 60 (previously 50 in 2025) by Q4 2027', { kpi: 'nps', baseline: 50, target: 60 }],
    ['Reduce churn to 3% by Q4 2027 (previously at 5% in 2025)', { kpi: 'churn', baseline: 0.05, target: 0.03 }],
  ]);
});

describe('item 9: a level after "previously" is the baseline, not a change', () => {
  readsAs([
    ['Reduce churn to 3%, previously 5%, by Q4 2027', { kpi: 'churn', baseline: 0.05, target: 0.03, change: null }],
    ['Raise NPS to 60, previously at 50, by 2027', { kpi: 'nps', baseline: 50, target: 60, change: null }],
  ]);
});

describe('R4: the straddling "change by" range is revenue’s or profit’s only', () => {
  readsAs([
    ['Churn is expected to change by -2% to 1% next year', { kpi: 'churn', direction: 'decrease', target: 0.01 }],
    ['Costs are expected to change by -1% to 3%', { kpi: 'costs', direction: 'decrease', target: 0.03 }],
  ]);
});

describe('near misses: left50’s fixes hold', () => {
  readsAs([
    ['The market will decline 3% next year, but we want to keep costs flat', { direction: 'maintain' }],
    ['Revenue should climb 10% next year, but we want to keep costs flat', { kpi: 'revenue', direction: 'increase', change: relative(0.1) }],
    ['Achieve a 10% rise in bookings by 2027', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['The company is spending $55 million to expand its fleet by 30,000 units', { target: null, change: { value: 30000, kind: 'absolute' } }],
    ['Invest $2M to increase sales by 10% by 2027', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['We raised our cost target to $3M for 2027', { direction: 'increase', target: 3000000 }],
    ['Reduce month-end balance to $2M by June 2027', { target: 2000000, deadline: '2027-06-30' }],
    ['Sales should grow 12% next year, reaching 4,000 units', { kpi: 'deals_closed', target: 4000, change: relative(0.12) }],
    ['Raise revenue to $700M (previously above $200M) by 2027', { baseline: null, target: 700000000 }],
    ['Raise revenue to $700M (previously targeted $500M) by 2027', { baseline: null, target: 700000000 }],
    ['Revenue is expected to change by -1% to 2%', { kpi: 'revenue', direction: 'increase', target: -0.01 }],
  ]);
});
