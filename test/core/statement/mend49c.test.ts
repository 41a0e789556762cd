/**
 * mend49c: stmt47's statement rules narrowed to what they were meant for, each regression a reviewer reproduced read as
 * before stmt47 (or as the written rules say), stmt47's own cases kept (stmt47.test.ts). (1) A falling range after a verb
 * of cutting is a move from one level to another, not a cut; (2) a range's scale written once, after its upper bound, is
 * its lower bound's too; (3) savings qualified by a word are a cost's only when the word says so (not a bank's deposits,
 * not a customer's price cuts); (4) "full year" ends the current or the named year only when no word counts or places it;
 * (5) "top" is a verb only over a quantity; (6) only "the lower end" is no fall; (7) a rate's range after a verb of change
 * is its level; (8) traffic is off the web only when its own phrase names a place; (9) a with-clause's expected level is
 * the goal only after an outlook; (10) close variants: "spend" / "budget" cut, "must top", "a year over year rise".
 * Every class case read wrong on main before mend49c; the near misses read the same before and after.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a falling range after "trim" / "cut" is a move, no cut', () => {
  readsAs([
    ['Trim $30 million to $20 million in operating expenses by 2027.', { kpi: 'costs', direction: 'decrease', baseline: 30000000, target: 20000000, change: null }],
    ['We will cut $30M to $20M in marketing spending by 2027.', { direction: 'decrease', baseline: 30000000, target: 20000000, change: null }],
    ["Couper 30 M€ à 20 M€ dans les dépenses d'ici 2027.", { direction: 'decrease', baseline: 30000000, target: 20000000, change: null }],
  ]);
});

describe('(1–2) near misses: a rising range cut from costs stays the cut', () => {
  readsAs([
    ['The group will also trim $20 million to $30 million in operating expenses.', { kpi: 'costs', direction: 'decrease', change: { value: 20000000, kind: 'absolute' }, target: null, baseline: null }],
    ['Cut costs to $2M by 2028.', { kpi: 'costs', target: 2000000, change: null }],
  ]);
});

describe('(2) a range’s scale, written after its upper bound, is its lower bound’s too', () => {
  readsAs([
    ['The company plans to cut $20 to $30 million in annual costs in 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 20000000, kind: 'absolute' }, target: null }],
    ["Supprimer 2 à 3 M€ de charges d'ici 2028.", { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' }, target: null }],
  ]);
});

describe('(3) client savings, savings accounts, price cuts are no cost savings', () => {
  readsAs([
    ['Manage $200 million in client savings by 2030.', { kpi: null, direction: 'increase', target: 200000000, change: null }],
    ['Reach $4 billion in retail savings by 2028.', { kpi: null, direction: 'increase', target: 4000000000, change: null }],
    ['We target $10 million in new savings accounts deposits by 2028.', { kpi: null, direction: 'increase', target: 10000000 }],
    ['Grow to $50 million in customer savings balances by 2028.', { kpi: 'revenue', direction: 'increase', target: 50000000 }],
    ['Generate $5M in price cuts for customers by 2028.', { kpi: 'revenue', direction: 'increase' }],
  ]);
});

describe('(3) near misses: a cost’s savings stay a cut', () => {
  readsAs([
    ['The transformation plan targets $650 million in cumulative savings by 2028.', { kpi: 'costs', direction: 'decrease', change: { value: 650000000, kind: 'absolute' }, target: null }],
    ['Deliver $40 million in cost savings by 2028.', { kpi: 'costs', direction: 'decrease', change: { value: 40000000, kind: 'absolute' }, target: null }],
    ['Achieve $5M in productivity savings by 2028.', { kpi: 'costs', direction: 'decrease', change: { value: 5000000, kind: 'absolute' } }],
  ]);
});

describe('(4) a counted or placed "full year" is no current year', () => {
  readsAs([
    ['Grow revenue 20% in the next full year.', { deadline: '2027-12-31' }],
    ['Grow revenue 20% in the following full year.', { deadline: '2027-12-31' }],
    ['Grow revenue 20% in our second full year.', { deadline: null }],
    ['Grow revenue 20% in the full year after launch.', { deadline: null }],
    ['Grow revenue 20% every full year.', { deadline: null }],
    ['Grow revenue 20% each full year.', { deadline: null }],
    ['Grow revenue 20% per full year.', { deadline: null }],
    ['Reach 10,000 customers within one full year.', { deadline: null }],
    ['Revenue grew 10% in the prior full year.', { deadline: null }],
    ['Revenue grew 10% in our most recent full year.', { deadline: null }],
    ['We expect full-year 2025 results to show revenue of $2B.', { deadline: '2025-12-31' }],
    ['Full-year 2027 results should show revenue of $2B.', { deadline: '2027-12-31' }],
  ]);
});

describe('(4) near misses: "full-year revenue", "for the full year" end this year; counted years stay as they were', () => {
  readsAs([
    ['The company now expects full-year revenue of $1.68 billion.', { deadline: '2026-12-31' }],
    ['Reach revenue of $2B for the full year.', { deadline: '2026-12-31' }],
    ['Reach 10,000 customers within a full year.', { deadline: null }],
    ['We expect full-year results to show revenue of $2B.', { deadline: null }],
    ['Revenue grew 10% in the last full year.', { deadline: null }],
    ['Grow revenue 20% in our first full year.', { deadline: '2027-12-05' }],
  ]);
});

describe('(4) a "full year" is the calendar’s; only "fiscal" names the fiscal year', () => {
  const deadline = (text: string): string | null => analyzeStatement(text, { asOf: '2026-12-05', fiscalYearStartMonth: 7 }).deadline;
  it('with a July fiscal start, "full year 2027" ends 2027-12-31, "full-year revenue" 2026-12-31', () => {
    expect(deadline('Reach revenue of $2B for the full year 2027.')).toBe('2027-12-31');
    expect(deadline('The company now expects full-year revenue of $1.68 billion.')).toBe('2026-12-31');
  });
  it('near miss: "fiscal 2027" keeps its fiscal end', () => {
    expect(deadline('Reach revenue of $2B in fiscal 2027.')).toBe('2027-06-30');
  });
});

describe('(5) "top N" in rankings, a market, a region is a rank', () => {
  readsAs([
    ['Get to top 10 in app store rankings by 2027.', { target: null, direction: null }],
    ['Move to top 3 in our market by 2027.', { target: null, direction: null }],
    ['Climb to top 5 in our region by 2027.', { target: null, direction: null }],
    ['Aim to top 3 in NPS rankings by 2027.', { kpi: 'nps', target: null }],
  ]);
});

describe('(5, 10) near misses and variants: "top" over a quantity is the verb', () => {
  readsAs([
    ['The publisher hopes to top 1 million subscribers by 2028.', { kpi: 'customers', target: 1000000, unit: 'count' }],
    ['Revenue will top $5M by 2028.', { kpi: 'revenue', target: 5000000 }],
    ['Grow revenue from our top 10 customers by 20% in 2027.', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' }, target: null }],
    ['Sales must top 1,000 units by June 2027.', { direction: 'increase', target: 1000 }],
    ['Subscribers should top 1 million by 2028.', { kpi: 'customers', direction: 'increase', target: 1000000 }],
  ]);
});

describe('(6) "Lower end-to-end …" lowers; only "the lower end" is no fall', () => {
  readsAs([
    ['Lower end-to-end delivery time to 2 days by 2027.', { direction: 'decrease', target: 2 }],
    ['Lower end-of-month inventory to 500 units by June 2027.', { direction: 'decrease', target: 500 }],
  ]);
});

describe('(6) near miss: "at the lower end of its range" stays no fall', () => {
  readsAs([['Its revenue growth is expected to be at the lower end of its 6% to 9% range.', { kpi: 'sales_growth', direction: 'increase', target: 0.06 }]]);
});

describe('(7) a rate’s range after a verb of change is its level', () => {
  readsAs([
    ['Retention should rise between 85% and 90% by 2027.', { kpi: 'retention', direction: 'increase', target: 0.85, change: null }],
    ['Customer satisfaction should rise between 85% and 90% by 2027.', { kpi: 'csat', target: 0.85, change: null }],
    ['Renewals should rise between 85% and 90% by 2027.', { target: 0.85, change: null }],
    ['Churn should fall between 3% and 4% by 2027.', { kpi: 'churn', direction: 'decrease', target: 0.03, change: null }],
  ]);
});

describe('(7) near misses: an amount’s range after a verb of change stays the change', () => {
  readsAs([
    ['We anticipate adjusted earnings will increase between 50 to 85 percent in 2027.', { kpi: 'profit', change: { value: 0.5, kind: 'relative' }, target: null }],
    ['Net sales should rise between 3% and 5% next year.', { kpi: 'revenue', change: { value: 0.03, kind: 'relative' }, target: null }],
    ['Costs should fall between 3% and 4% by 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 0.03, kind: 'relative' }, target: null }],
  ]);
});

describe('(8) organic, paid traffic stays website traffic whatever else the sentence names', () => {
  readsAs([
    ['Grow organic traffic by 25% for our travel agency in 2027.', { kpi: 'website_traffic' }],
    ['Increase organic traffic by 30% for our tourism business in 2027.', { kpi: 'website_traffic' }],
    ['Augmenter le trafic organique de 30 % pour notre hôtel en 2027.', { kpi: 'website_traffic' }],
    ['Augmenter le trafic organique de 30 % avant le salon de juin 2027.', { kpi: 'website_traffic' }],
    ['Grow organic traffic 30% while holding in-store sales flat in 2027.', { kpi: 'website_traffic' }],
    ['Increase paid traffic by 20% to drive in store visits in 2027.', { kpi: 'website_traffic' }],
  ]);
});

describe('(8) near misses: traffic whose own phrase is a place names none', () => {
  readsAs([
    ['Our goal is to increase customer traffic in our salons.', { kpi: null, direction: 'increase' }],
    ['Augmenter le trafic en magasin de 10 % en 2027.', { kpi: null, change: { value: 0.1, kind: 'relative' } }],
    ['Increase store traffic by 15% in 2027.', { kpi: null }],
    ['Increase foot traffic by 20% in 2027.', { kpi: null }],
  ]);
});

describe('(9) a with-clause’s expected figure with no outlook is no goal', () => {
  readsAs([
    ['Open our Lyon office by June 2027, with 3 new sales reps expected to join.', { kpi: null, target: null }],
    ["Ouvrir l'agence de Lyon d'ici juin 2027, avec 3 nouveaux commerciaux attendus.", { kpi: null, target: null }],
    ['Finish the migration by March 2027 with costs expected at $200K.', { kpi: null, target: null, direction: null }],
  ]);
});

describe('(9) near misses: an outlook’s with-clause stays the goal', () => {
  readsAs([
    ['The company lowered its outlook, with revenue now expected at around $700 million in 2027.', { kpi: 'revenue', target: 700000000, change: null }],
    ['Le groupe abaisse ses perspectives, avec un EBITDA attendu autour de 700 M€ en 2027.', { kpi: 'profit', target: 700000000, change: null }],
  ]);
});

describe('(10) "spend" and "budget" are costs a cut comes out of; "a year over year rise" is a change', () => {
  readsAs([
    ['Cut $2M in marketing spend in 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' }, target: null }],
    ['Cut $2M from the marketing budget in 2027.', { kpi: 'costs', direction: 'decrease', change: { value: 2000000, kind: 'absolute' }, target: null }],
    ['Achieve a 10% year over year rise in bookings.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, target: null, recurrence: null }],
  ]);
});

describe('(10) near misses: a budget brought to a level, a bare "rise" keep their readings', () => {
  readsAs([
    ['Cut the marketing budget to $2M in 2027.', { target: 2000000, change: null }],
    // A rise IN a measure is a change of it (the lead's ruling R10 of 2026-12-06, left50): no longer a level.
    ['Achieve a 10% rise in bookings by 2027.', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
  ]);
});
