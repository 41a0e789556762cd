/**
 * mend48e: kpi48's KPI rules mended (kpi.ts, object.ts), FR and EN.
 * (1) The digit-count rule is reverted: an amount told by its number of digits ("six figures", "a seven-figure …") names no
 * KPI, and "hitting $X" is no aim at sales: fines, losses, followers, donations, grants, pay, valuations, burn and fees
 * read as revenue on kpi48's code (a report said "on track" for "Avoid a six-figure fine").
 * (2) A channel's sales given an amount of money stay revenue, unless a percentage is aimed at after the amount: the goal
 * then moves the channel's share (« … de 3 M€ en 2026 à 35 % du total en 2028 »), which names no KPI.
 * (3) A range after a verb of sale is a count of goods sold only as bare counts before a noun, never a percentage, a
 * multiple, a duration, a clock time or places.
 * (4) kpi48's range rule reaches past a cadence (« vendre chaque jour entre … »), "anywhere/somewhere between", a modal's
 * "on average" / « en moyenne », and a channel's amount after a colon (« Ventes à l'export : 2 M€ »).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('an amount told by its count of digits, or "hitting" an amount, names no KPI (kpi48 reverted)', () => {
  readsAs([
    ['Avoid a six-figure fine by 2027.', { kpi: null }],
    ['Stop hitting six figures in losses.', { kpi: null }],
    ['Hit six figures in followers by 2027.', { kpi: null }],
    ['Hit six figures in donations by 2027.', { kpi: null }],
    ['Win a six-figure grant by 2027.', { kpi: null }],
    ['Earn a six-figure bonus by 2027.', { kpi: null }],
    ['Get a six-figure severance.', { kpi: null }],
    ['Build a six-figure pension by 2040.', { kpi: null }],
    ['Land a six-figure job by 2027.', { kpi: null }],
    ['Buy a six-figure truck by 2027.', { kpi: null }],
    ['Reach a seven-figure valuation by 2028.', { kpi: null }],
    ['Reach a seven-figure net worth by 2030.', { kpi: null }],
    ['Our burn rate is hitting $50k a month.', { kpi: null }],
    ['Avoid hitting $100,000 in overdraft fees.', { kpi: null }],
  ]);
});

describe('near misses: sales named beside the digits or the amount keep their KPI', () => {
  readsAs([
    ['Hit six figures in revenue by 2027.', { kpi: 'revenue', target: 100_000 }],
    ['Hit six figures in sales by 2027.', { kpi: 'revenue', target: 100_000 }],
    ['Reach $100,000 in sales by 2027.', { kpi: 'revenue', target: 100_000 }],
  ]);
});

describe("a channel's amount of money with a percentage aimed at after it: the channel's share, no KPI", () => {
  readsAs([
    ["Passer le CA à l'international de 3 M€ en 2026 à 35 % du total en 2028.", { kpi: null, target: 0.35, unit: 'percent' }],
    ["Le chiffre d'affaires à l'export de 2 M€ en 2026 doit passer à 40 % du total en 2028.", { kpi: null, target: 0.4 }],
  ]);
});

describe("near misses: a channel's amount with a percentage aside or a rise stays revenue", () => {
  readsAs([
    ["Atteindre 60 M€ de chiffre d'affaires à l'export en 2027, soit 30 % du total.", { kpi: 'revenue', target: 60_000_000 }],
    ['Grow our export turnover to €5m by 2027, a 20% increase.', { kpi: 'revenue', target: 5_000_000 }],
    ["Atteindre un chiffre d'affaires à l'international de 40 millions d'euros en 2027.", { kpi: 'revenue', target: 40_000_000 }],
    ["Ventes à l'export : 2 M€ en 2027.", { kpi: 'revenue', target: 2_000_000, unit: 'currency' }],
    ["Chiffre d'affaires à l'export : 2 M€ en 2027.", { kpi: 'revenue', target: 2_000_000, unit: 'currency' }],
  ]);
});

describe('a range after a verb of sale that is no count of goods is not won deals', () => {
  readsAs([
    ['Sell between 10% and 20% more units by 2027.', { kpi: 'revenue', target: 0.1 }],
    ['Sell between 10 and 20 percent more by 2027.', { kpi: null }],
    ['Vendre entre 10 et 15 % de plus en 2027.', { kpi: null }],
    ['Sell between 30 and 40 percent of production abroad.', { kpi: null }],
    ['Sell between 2 and 3 times more by 2027.', { kpi: null }],
    ['Vendre entre 2 et 3 fois plus en 2027.', { kpi: null }],
    ['Sell between 2 and 4 hours a day on the phone.', { kpi: null }],
    ['Vendre entre 2 et 4 heures par jour.', { kpi: null }],
    ['Sell between 2 and 3 times a week at the market.', { kpi: null }],
    ['Sell between 2 and 3 stores by 2027.', { kpi: null }],
    ['Sell between 9am and 5pm every day.', { kpi: null }],
  ]);
});

describe('a range of goods sold after a cadence, "anywhere", or "on average": won deals, the lower bound', () => {
  readsAs([
    ['Vendre chaque jour entre 500 et 800 baguettes.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Sell each day between 500 and 800 loaves.', { kpi: 'deals_closed', target: 500, unit: 'count' }],
    ['Sell anywhere between 500 and 800 loaves a day.', { kpi: 'deals_closed', target: 500 }],
    ['Sell somewhere between 500 and 800 loaves a day.', { kpi: 'deals_closed', target: 500 }],
    ['We must on average sell between 500 and 800 loaves a day.', { kpi: 'deals_closed', target: 500 }],
    ['Une boulangerie doit en moyenne vendre entre 500 et 800 baguettes par jour.', { kpi: 'deals_closed', target: 500 }],
    ['Sell between 1,000 and 1,500 units a month by 2027.', { kpi: 'deals_closed', target: 1000 }],
    ['Vendre entre 20 et 30 voitures par mois.', { kpi: 'deals_closed', target: 20 }],
  ]);
});
