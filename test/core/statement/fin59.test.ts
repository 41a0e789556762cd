/**
 * The final read of the eighteenth session's mends (docs/MEASUREMENTS.md, "fin59"): a plan's agent after "to" is a person or
 * body, never an infinitive ("designed to double sales in 2027" keeps the goal's own year); a cap on money put into
 * advertising ("no more than") is a limit of the spend, `costs`, as "limit" and "cut" are (mend59l's gate).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('a plan\'s participle followed by an infinitive: the goal\'s year (was the plan\'s span from it)', () => {
  readsAs([
    ['Our five-year strategy, designed to double sales in 2027, is on track.', { kpi: 'revenue', deadline: '2027-12-31' }],
    ['Our three-year plan, expected to triple revenue in 2027, starts now.', { kpi: 'revenue', deadline: '2027-12-31' }],
  ]);
});

describe('near misses: an agent after "to" or "by" still anchors the span (mend59l)', () => {
  readsAs([
    ['Our five-year strategy, presented to investors in 2026, aims to double sales.', { kpi: 'revenue', deadline: '2031-12-31' }],
    ['Our five-year strategy, approved by the Board of Directors in 2026, aims to double sales.', { kpi: 'revenue', deadline: '2031-12-31' }],
  ]);
});

describe('a cap on advertising money is the costs (was no KPI)', () => {
  readsAs([['Invest no more than €200k in advertising in 2027.', { kpi: 'costs', target: 200_000 }]]);
});
