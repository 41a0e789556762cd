/**
 * g54: the lead's ruling G1 (fixtures README, "Ruling of 2026-12-06 (G1)"): word order decides whether a growth's percentage
 * is a level or a change when the growing measure has no catalog KPI (src/core/statement/level-change.ts). (a) The measure
 * named BEFORE the growth noun ("EPS growth of 10%", « la croissance économique de 7 % ») names a growth measure: its level.
 * (b) A growth OF/IN a measure named AFTER the noun ("20% growth in deliveries", « une croissance en volume de 75 % »): that
 * measure's relative change. (c) A verb of growing ("grow 20-25 percent", « croître de 8 % »): the change. Revenue's growth
 * stays sales growth's level (M1). Sentences written for these shapes, FR and EN (not fixture lines); the (b) and (c) rows
 * marked "main" read a level on main (541a9ab9), the others read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);
const change = (value: number) => ({ value, kind: 'relative' as const });

describe('G1 (a): a growth noun with its measure before it names a growth measure, its percentage the level', () => {
  readsAs([
    ['We target EPS growth of 10% in 2027.', { kpi: null, target: 0.1, change: null }],
    ['Our deposit growth will be 8% next year.', { kpi: null, target: 0.08, change: null }],
    ['We expect rent growth of 3% in 2027.', { target: 0.03, change: null }],
    ['Otis targets 4% portfolio growth.', { kpi: null, target: 0.04, change: null }],
    ['The economy can achieve at least 10 percent growth in five years.', { target: 0.1, change: null }],
    ['Le pays vise une croissance économique de 7 %.', { target: 0.07, change: null }],
  ]);
});

describe('G1 (b): a growth of a measure named after the noun is its relative change', () => {
  readsAs([
    // read as a level on main
    ['We aim for 20% growth in deliveries by 2027.', { kpi: null, direction: 'increase', target: null, change: change(0.2) }],
    ['We aim for 20% growth in deliveries next year.', { target: null, change: change(0.2) }],
    ['We aim for a 20% compound annual growth rate in adjusted earnings per share.', { kpi: null, target: null, change: change(0.2) }],
    ['We target 5% growth in our portfolio by 2027.', { target: null, change: change(0.05) }],
    ["Nous voulons atteindre une croissance en volume de minimum +75 % d'ici 2028.", { kpi: null, target: null, change: change(0.75) }],
    ["Nous visons une croissance du BPA de 10 % d'ici 2027.", { target: null, change: change(0.1) }],
    // the same on main
    ['We target growth of 10% in passengers by 2027.', { target: null, change: change(0.1) }],
    ['We target growth in deliveries of 20% by 2027.', { target: null, change: change(0.2) }],
    ["Nous visons une croissance de 10 % des passagers d'ici 2027.", { target: null, change: change(0.1) }],
  ]);
});

describe('G1 (c): a verb of growing is the measure’s change', () => {
  readsAs([
    // read as a level on main
    ['The bank expects credit and deposits to grow 20-25 percent in the fiscal year.', { kpi: null, target: null, change: change(0.2) }],
    // the same on main
    ['We want to grow EPS by 10% by 2027.', { target: null, change: change(0.1) }],
    ["Nous voulons faire croître les dépôts de 8 % d'ici 2027.", { target: null, change: change(0.08) }],
  ]);
});

describe('G1 near misses: a period after "in", revenue growth (M1), a firm growing, a rate of growth', () => {
  readsAs([
    ['We aim for 20% growth in the first year.', { target: 0.2, change: null }],
    ['We aim for 15% growth in fiscal 2027.', { target: 0.15, change: null }],
    ['We target 12% growth in revenue by 2027.', { kpi: 'sales_growth', target: 0.12, change: null }],
    ["Nous visons une croissance de 10 % du chiffre d'affaires d'ici 2027.", { kpi: 'sales_growth', target: 0.1, change: null }],
    ['So, if your firm wants to grow 9 percent this year, where will it come from?', { kpi: 'sales_growth', target: 0.09, change: null }],
    ['The agency wants to grow at a rate of 20% a year.', { kpi: 'sales_growth', target: 0.2, change: null }],
    ['We aim for a 12% compound annual growth rate in revenue through 2028.', { target: 0.12, change: null }],
  ]);
});
