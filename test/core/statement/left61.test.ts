/**
 * left61: the nineteenth session's statement leftovers, each read by a general rule and checked in sentences written for
 * each shape (none copied from a fixture), FR and EN, with the near misses each rule must leave as they were:
 * (1) a plan presented / adopted / approved in a past year, its participle taking a complement (« présenté aux équipes »,
 * "to the board", "at the AGM", « lors de l'assemblée »), gives no deadline; the goal's own year still dates it;
 * (2) money a means brings in on top ("to generate an extra $500k", « pour dégager 200 000 € supplémentaires », « afin
 * d'apporter 1 M€ de plus »), with no measure noun, is sales (`revenue`), increase, the absolute change;
 * (3) a with-phrase sizing the goal ("with sales estimated at $5M", « avec un chiffre d'affaires estimé à 5 M€ ») is no lever
 * — already so on main at the session's start (mend60s's rule); pinned here with the means that must stay levers;
 * (4) currencies spelled after the amount (ringgit, rupiah, yuan, renminbi, baht, rupee, naira, singular or plural) or
 * written before it ("Rp", "RMB", "฿"), and "¥" as the yuan when the sentence writes yuan, renminbi, RMB or CNY (mend61l: "China" no cue);
 * (5) Ruling C4: a fiscal year named by its year(s) ends on the last day of the last calendar year it names; the end month
 * the sentence gives it ("which ends June 30", « clos le 31 mars ») is its end in that year, not the month's next occurrence.
 * The class rows read otherwise before left61 (marked "was …"); the near misses read the same before and after.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter: the current quarter and half end on 31 December 2026.
const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe("(1) a plan presented to someone in a past year dates no goal (was that year's 31 December)", () => {
  readsAs([
    // was 2025-12-31
    ['Le plan commercial présenté aux équipes en 2025 vise 3 M€.', { kpi: 'revenue', target: 3_000_000, deadline: null }],
    ["Le plan stratégique adopté lors de l'assemblée en 2025 vise 500 clients.", { target: 500, deadline: null }],
    ['The sales plan presented to the staff in 2025 targets $3M in revenue.', { kpi: 'revenue', target: 3_000_000, deadline: null }],
    ['The plan approved at the AGM in 2025 aims for 500 customers.', { target: 500, deadline: null }],
  ]);
});

describe("(1) near misses: the goal's own year, a plan still ahead, an agent after « par » (unchanged)", () => {
  readsAs([
    ["Le plan commercial présenté aux équipes en 2025 vise 3 M€ de chiffre d'affaires en 2027.", { target: 3_000_000, deadline: '2027-12-31' }],
    ['The plan presented to the board in 2025 aims for 500 customers by 2028.', { target: 500, deadline: '2028-12-31' }],
    ['Le plan présenté au conseil en 2027 vise 500 clients.', { target: 500, deadline: '2027-12-31' }],
    ['Le plan adopté par le conseil en 2025 vise 500 clients.', { target: 500, deadline: null }],
  ]);
});

describe("(2) money a means brings in on top is sales (was kpi null or the means' rate)", () => {
  readsAs([
    // was kpi null
    ['Increase conversion to generate an extra $500k.', { kpi: 'revenue', direction: 'increase', target: null, change: { value: 500_000, kind: 'absolute' }, unit: 'currency' }],
    ['Increase conversion to generate an additional $500k by 2027.', { kpi: 'revenue', change: { value: 500_000, kind: 'absolute' }, deadline: '2027-12-31' }],
    // mend61l: the means names no rate nor conversion: kpi null, as before left61.
    ['Boost upsell to deliver an additional $300k this year.', { kpi: null, change: { value: 300_000, kind: 'absolute' } }],
    ['Améliorer la conversion pour générer 500 k€ supplémentaires.', { kpi: 'revenue', direction: 'increase', change: { value: 500_000, kind: 'absolute' } }],
    // was close_rate, conversion_rate, retention (a rate given an amount of money)
    ['Improve win rates to bring in an extra $2M.', { kpi: 'revenue', change: { value: 2_000_000, kind: 'absolute' } }],
    ['Augmenter le taux de conversion pour dégager 200 000 € supplémentaires.', { kpi: 'revenue', change: { value: 200_000, kind: 'absolute' } }],
    ["Améliorer la fidélisation afin d'apporter 1 M€ de plus.", { kpi: 'revenue', change: { value: 1_000_000, kind: 'absolute' } }],
  ]);
});

describe("(2) near misses: the means' own figure, a measure noun, a count, savings (unchanged)", () => {
  readsAs([
    ['Increase conversion by 10% to generate an extra $500k.', { kpi: 'conversion_rate', change: { value: 0.1, kind: 'relative' } }],
    ['Increase the conversion rate to 4% to bring in an extra $1M.', { kpi: 'conversion_rate', target: 0.04 }],
    ['Cut costs to generate an extra $500k in profit.', { kpi: 'profit', change: { value: 500_000, kind: 'absolute' } }],
    ['Increase conversion to generate an extra 50 leads.', { kpi: 'leads', change: { value: 50, kind: 'absolute' }, unit: 'count' }],
    ['Reduce churn to deliver an additional $200,000 in savings.', { kpi: 'costs', direction: 'decrease' }],
    ['Increase conversion to generate $500k in revenue.', { kpi: 'revenue', target: 500_000, change: null }],
    ['Generate $500k.', { kpi: 'revenue', target: 500_000, change: null }],
  ]);
});

describe('(3) a with-phrase sizing the goal is no lever; a means sized by a figure stays one (unchanged since mend60s)', () => {
  readsAs([
    ['The company plans to open 20 stores by 2027, with sales estimated at $5M.', { levers: [] }],
    ['The group wants to double its revenue by 2028, with sales valued at $5M.', { kpi: 'revenue', levers: [] }],
    ['We aim to reach 500 customers by 2027, with revenue expected at $2M.', { kpi: 'customers', levers: [] }],
    ["L'entreprise veut ouvrir 20 magasins d'ici 2027, avec un chiffre d'affaires estimé à 5 M€.", { levers: [] }],
    ["Le groupe veut doubler son chiffre d'affaires d'ici 2028, avec des ventes estimées à 50 M€.", { kpi: 'revenue', levers: [] }],
    ['Grow revenue by 20% with a marketing budget estimated at $50k.', { levers: ['a marketing budget estimated at $50k'] }],
    ['Grow revenue by 20% with a new CRM valued at $30k.', { levers: ['a new CRM valued at $30k'] }],
    ['Augmenter le CA de 20 % avec un budget marketing estimé à 50 k€.', { levers: ['un budget marketing estimé à 50 k€'] }],
  ]);
});

describe('(4) currencies spelled out or written before the amount (was no currency, or a count)', () => {
  const currencyOf = (text: string): string | null => analyzeStatement(text, { asOf: AS_OF }).currency;
  it.each([
    ["Atteindre 50 millions de ringgits de chiffre d'affaires.", 'MYR'],
    ['Sell 300,000 ringgit of policies this year.', 'MYR'],
    ['Reach Rp 50 billion in sales by 2027.', 'IDR'],
    ['Reach 2 trillion rupiah in sales by 2027.', 'IDR'],
    ['Reach RMB 50 million in sales by 2027.', 'CNY'],
    ['Reach 50 million yuan in sales by 2027.', 'CNY'],
    ["Atteindre 50 millions de yuans de chiffre d'affaires en 2027.", 'CNY'],
    ['Reach 5 million renminbi in sales by 2027.', 'CNY'],
    // mend61l: "Chinese" is no cue, the sentence must write yuan, renminbi, RMB or CNY.
    ['The Chinese retailer aims for ¥2 billion in sales by 2027.', 'JPY'],
    ['Reach 5 billion baht in sales by 2027.', 'THB'],
    ["Atteindre 5 milliards de bahts de chiffre d'affaires.", 'THB'],
    ['Reach ฿80,000 in sales.', 'THB'],
    ['Reach 500 crore rupees in sales by 2027.', 'INR'],
  ])('%s → %s', (text, currency) => {
    expect(currencyOf(text)).toBe(currency);
  });

  readsAs([
    // was unit count
    ['Reach 80,000 rupiah.', { target: 80_000, unit: 'currency' }],
    ['Atteindre 80 000 bahts.', { target: 80_000, unit: 'currency' }],
  ]);

  it.each([
    // "¥" with no word of China stays the yen; the codes and the ringgit's "RM" read as before.
    ['Reach ¥50 million in sales by 2027.', 'JPY'],
    ['Toyota targets ¥3 trillion in profit.', 'JPY'],
    ['Reach CNY 50 million in sales by 2027.', 'CNY'],
    ['Reach RM5 million in revenue by 2027.', 'MYR'],
    ['Reach THB 5 billion in sales by 2027.', 'THB'],
  ])('near miss: %s → %s', (text, currency) => {
    expect(currencyOf(text)).toBe(currency);
  });

  readsAs([
    // A word that is no currency after a count stays a count.
    ['Hire 3 RMs by June.', { target: 3, unit: 'count' }],
    ['Win 20/29 pitches.', { deadline: null }],
  ]);
});

describe("(5) Ruling C4: a fiscal year named by its year ends in that year, at the end the sentence names (was the month's next occurrence)", () => {
  readsAs([
    // was 2027-06-30
    ['Reach $5M in revenue in FY28, which ends June 30.', { target: 5_000_000, deadline: '2028-06-30' }],
    ['Reach $5M in revenue in fiscal 2028 ending June 30.', { deadline: '2028-06-30' }],
    // was 2027-03-31
    ['Reach $5M in revenue in FY28 (our fiscal year ends in March).', { deadline: '2028-03-31' }],
    ["Atteindre 5 M€ sur l'exercice 2028 clos le 31 mars.", { target: 5_000_000, deadline: '2028-03-31' }],
    ['Reach $5M in revenue in FY2028; our FY ends in September.', { deadline: '2028-09-30' }],
  ]);
});

describe('(5) Ruling C4 rows read before left61 and its near misses (unchanged)', () => {
  readsAs([
    ['Reach $5M in revenue in FY26.', { deadline: '2026-12-31' }],
    ['Sign 30 clients in FY 26.', { target: 30, deadline: '2026-12-31' }],
    ['Reach $5M in revenue in fiscal year 2027.', { deadline: '2027-12-31' }],
    ["Atteindre 5 M€ de chiffre d'affaires sur l'exercice 2027.", { deadline: '2027-12-31' }],
    ['Reach $5M in revenue in FY26/27.', { deadline: '2027-12-31' }],
    ['Reach $5M in revenue by 2028/29.', { deadline: '2029-12-31' }],
    ['Reach $5M in revenue in 2028-29.', { deadline: '2029-12-31' }],
    ["Atteindre 5 M€ de chiffre d'affaires d'ici 2028-2029.", { deadline: '2029-12-31' }],
    ["Atteindre 5 M€ de chiffre d'affaires en 2028/29.", { deadline: '2029-12-31' }],
    ['Sign 40 clients for the 2028-29 season.', { target: 40, deadline: '2029-12-31' }],
    ['Reach $5M in revenue in fiscal 2027 ending June 30.', { deadline: '2027-06-30' }],
    // The table's row: a two-digit year after a space is a count, not the fiscal year's second year.
    ['FY 2026 20 new customers.', { target: 20, deadline: '2026-12-31' }],
    ['See pages 20-29 for the plan to sign 10 clients.', { target: 10, deadline: null }],
    ['Score 20/29 on the audit.', { deadline: null }],
  ]);
});
