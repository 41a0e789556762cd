/**
 * mend51d: stmt51's rules narrowed where a reviewer found them taking real goals. Each class case read wrong on main
 * (630d68b5's rules); each near miss reads the same before and after. (1) A quarter's or a half's year written over two
 * ("Q1 2027-28") keeps 7b03cb88's reading, that quarter of the first calendar year, never the whole split year; (2) a split
 * year glued to digits or a code ("555-2027-28", "model 2027-28") is none, and a split year never wins over a stated
 * deadline; (3) a share is a survey's only when the sentence reports one and no goal word or verb governs it; (4) "another"
 * / "a further" is a change only with its number right after; (5) a closing "according to our target …" is the goal's own;
 * (6) the fundraising look-ahead stops at the clause's end; (7) money "raised toward" a goal is the baseline, no sales, and
 * "in the 2027-28 financial year" is that fiscal year.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe('(1) a quarter or a half before a split year keeps the quarter of its first year', () => {
  readsAs([
    ['Increase revenue to $2M in Q1 2027-28.', { kpi: 'revenue', target: 2000000, deadline: '2027-03-31' }],
    ['Augmenter le CA de 10 % au T1 2027-28.', { change: { value: 0.1, kind: 'relative' }, deadline: '2027-03-31' }],
    ['Grow revenue by 10% in Q3 2026-27.', { deadline: '2026-09-30' }],
    ['Increase revenue to $2M in H1 2027-28.', { target: 2000000, deadline: '2027-06-30' }],
    ['Signer 20 contrats au S1 2027-28.', { target: 20, deadline: '2027-06-30' }],
  ]);
});

describe('(1) near misses: a split year alone is still a fiscal year', () => {
  readsAs([
    ['The budget for 2027-28 projects sales of $3.5 million.', { target: 3500000, deadline: '2028-12-31' }],
    ["Le budget 2027-28 prévoit un chiffre d'affaires de 4 M€.", { target: 4000000, deadline: '2028-12-31' }],
  ]);
});

describe('(2) a split year glued to a code is none, and never wins over a stated deadline', () => {
  readsAs([
    ['Call 555-2027-28 to book 40 demos by March 2027.', { deadline: '2027-03-31' }],
    ['Sell 500 units of model 2027-28.', { target: 500, deadline: null }],
    ['Sell 40 units in March 2027 under the 2027-28 plan.', { target: 40, deadline: '2027-03-31' }],
    ['Win 30 customers in June 2027 for the 2027-28 budget.', { target: 30, deadline: '2027-06-30' }],
  ]);
});

describe('(2) near misses: a split year with no other date is the deadline', () => {
  readsAs([
    ['Our plan for 2027–28 is 40 new customers.', { target: 40, deadline: '2028-12-31' }],
    ['Book 40 demos by March 2027 under the 2027-28 plan.', { target: 40, deadline: '2027-03-31' }],
  ]);
});

describe('(3) a share a goal governs is its target', () => {
  readsAs([
    ["Notre objectif : 80 % des clients déclarent être satisfaits d'ici fin 2027.", { target: 0.8, unit: 'percent' }],
    ['Ensure 90% of customers say they are satisfied by June 2027.', { target: 0.9, unit: 'percent' }],
    ['Our goal: 85% of customers say they would recommend us by December 2027.', { target: 0.85, unit: 'percent' }],
  ]);
});

describe('(3) near misses: a reported survey share stays none', () => {
  readsAs([
    ["Pour 2027, 58 % des entreprises tablent sur une hausse de leur chiffre d'affaires.", { target: null }],
    ['40% of firms expect revenue to grow 5% next year.', { target: null, change: { value: 0.05, kind: 'relative' } }],
    ['According to the survey, 60% of customers say they are satisfied.', { target: null }],
  ]);
});

describe('(4) "another" / "a further" before "NOUN of" names a level', () => {
  readsAs([
    ['Reach another record of 500 deals by December 2027.', { target: 500, change: null }],
    ['Deliver another quarter of $1M in sales by March 2027.', { target: 1000000, change: null }],
    ['Deliver another year of 20% revenue growth in 2027.', { target: 0.2, change: null }],
    ['Hit another milestone of 500 customers by 2028.', { target: 500, change: null }],
    ['Reach a further milestone of $2M in revenue by 2028.', { target: 2000000, change: null }],
  ]);
});

describe('(4) near misses: the number right after, an adjective at most between, is a change', () => {
  readsAs([
    ['Open another 20 new stores by 2028.', { target: null, change: { value: 20, kind: 'absolute' } }],
    ['Hire a further 10 reps next year.', { target: null, change: { value: 10, kind: 'absolute' } }],
  ]);
});

describe('(5) a closing "according to our target …" is the goal\'s own', () => {
  readsAs([
    ['Grow revenue 20% by 2027, according to our target of $5M.', { target: 5000000 }],
    ["Augmenter le CA de 20 % d'ici 2027, selon notre objectif de 5 M€.", { target: 5000000 }],
  ]);
});

describe("(5) near miss: a closing source's numbers stay none", () => {
  readsAsOf('2018-07-09', [['Revenue should grow 4% within a year, according to the growth study 2018.', { target: null, change: { value: 0.04, kind: 'relative' } }]]);
});

describe("(6) the fundraising look-ahead stops at the clause's end", () => {
  readsAs([['Reach $500,000 by June 2027, then open a fundraising round.', { kpi: 'revenue', target: 500000 }]]);
});

describe('(6) near miss: a fundraising goal in its own clause names no sales', () => {
  readsAs([['Our holiday fundraising goal is $500,000.', { kpi: null, target: 500000 }]]);
});

describe('(7) money raised toward a goal is its baseline, no sales; "in the 2027-28 financial year" is that year', () => {
  readsAs([
    ['The shelter has raised $12,000 toward a target of $30,000.', { kpi: null, baseline: 12000, target: 30000 }],
    ['The charity has raised $9,200 towards its $20,000 goal.', { kpi: null, baseline: 9200, target: 20000 }],
    ['Grow sales 8% in the 2027-28 financial year.', { deadline: '2028-12-31' }],
  ]);
});

describe('(7) near misses: money sold toward a goal stays revenue; "by the 2027-28 financial year" unchanged', () => {
  readsAs([
    ['We sold $12,000 toward our goal of $30,000.', { kpi: 'revenue', target: 30000 }],
    ['We raised prices to reach $30,000 in monthly sales.', { kpi: 'revenue', target: 30000 }],
    ['Grow sales 8% by the 2027-28 financial year.', { deadline: '2028-12-31' }],
  ]);
});
