/**
 * mend61l: the review of left61's rules, each input of the review a row (FR and EN), with the lead's decision:
 * (1) a year dropped as a past plan's date (« présenté au conseil en 2025 », "delivered to the team in 2025") is no count and
 * no target either: the goal's own figure is read;
 * (2)–(4) money a means brings in on top is sales, INCREASE, only when the amount is followed by no noun or a sales noun AND
 * the means named a catalog rate or score (or the word conversion); a KPI noun after the amount names the KPI (« de marge
 * brute », "in gross margin"); funding, grants, donations, savings, tips, a warehouse sold stay as before;
 * (5) Ruling C4's end month applies only when what ends is the fiscal year itself, never a trial, a lease, a contract, a
 * campaign or a quarter;
 * (6) "¥" is the yuan only when the sentence writes yuan, renminbi, RMB or CNY ("China" is no cue);
 * (7) a currency word after a number followed by a noun or a hyphen is an adjective (a count stays a count); a prefix "RMB" /
 * "Rp" joined to a code by a hyphen is a label;
 * (8) "Rp." with its dot is the rupiah.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter, as left61's rows.
const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);
const currencyOf = (text: string): string | null => analyzeStatement(text, { asOf: AS_OF }).currency;

describe("(1) a year dropped as a past plan's date is never the target (was the year)", () => {
  readsAs([
    ['Our sales plan delivered to the team in 2025 targets 500 new customers.', { target: 500, deadline: null }],
    ['The plan presented to the board in 2025 calls for 500 new customers.', { target: 500, deadline: null }],
    ['The plan approved by the board in 2025 calls for 500 new customers.', { target: 500, deadline: null }],
    ['The plan presented at the AGM in 2025 foresees 40 new stores.', { target: 40, deadline: null }],
    ['The roadmap presented to the team before in 2025 targets $2M.', { target: 2_000_000, unit: 'currency', deadline: null }],
    ['Le plan commercial présenté au conseil en 2025 prévoit 200 nouveaux clients.', { target: 200, deadline: null }],
    ['Le plan commercial présenté aux équipes en 2025 prévoit 200 nouveaux clients.', { target: 200, deadline: null }],
    ['Le plan commercial approuvé par le conseil en 2025 prévoit 200 nouveaux clients.', { target: 200, deadline: null }],
  ]);
});

describe('(1) near misses: a plan still ahead dates the goal; a year that is no plan stays read (unchanged)', () => {
  readsAs([
    ['The plan presented to the board in 2027 calls for 500 new customers.', { target: 500, deadline: '2027-12-31' }],
    ['Le plan présenté au conseil en 2025 prévoit 200 nouveaux clients en 2027.', { target: 200, deadline: '2027-12-31' }],
  ]);
});

describe('(2) money a means brings in on top is revenue, INCREASE (was decrease)', () => {
  readsAs([
    ['Réduire le taux d\'attrition pour dégager 200 000 € supplémentaires en 2027.', { kpi: 'revenue', direction: 'increase', change: { value: 200_000, kind: 'absolute' }, deadline: '2027-12-31' }],
    ['Reduce churn to bring in an extra $400k of recurring revenue.', { kpi: 'revenue', direction: 'increase', change: { value: 400_000, kind: 'absolute' } }],
  ]);
});

describe('(3) a KPI noun after the amount names the KPI (was revenue)', () => {
  readsAs([
    ['Raise prices to generate an extra $1M in gross margin by 2027.', { kpi: 'gross_margin' }],
    ['Augmenter les prix pour dégager 300 000 € de marge brute supplémentaire.', { kpi: 'gross_margin' }],
    ['Improve the win rate to generate an extra $2M of operating margin.', { kpi: 'net_margin' }],
    ['Raise conversion to generate an additional $500k in net margin.', { kpi: 'net_margin' }],
  ]);
});

describe('(4) money that is not sales is not revenue (was revenue)', () => {
  const kpiOf = (text: string): string | null => analyzeStatement(text, { asOf: AS_OF }).kpi;
  it.each([
    'Improve our win rate with investors to bring in $5M in funding.',
    'Increase our win rate on applications to bring in an extra $300k in grants.',
    'Raise donor retention to bring in an extra $50k in donations.',
    'Sell the Leeds warehouse to generate an extra $2M.',
    'Cut headcount to generate an extra $1M.',
    'Improve the NPS to bring in an extra $20k in tips.',
  ])('%s → not revenue', (text) => {
    expect(kpiOf(text)).not.toBe('revenue');
  });
  // A rate given only an amount, with no change (real28's rule, before left61), read sales here until left62's (i): funding
  // money is no sales (Ruling D2), kpi null, the amount still the target.
  readsAs([
    ['Increase conversion to bring in a $10M fundraising round.', { kpi: null, target: 10_000_000, change: null }],
    ['Améliorer le taux de conversion des investisseurs pour dégager 2 M€ de levée de fonds.', { kpi: null, target: 2_000_000, change: null }],
  ]);
  it("« BFR » freed as cash is no sales", () => {
    expect(kpiOf('Réduire le BFR pour dégager 500 000 € de cash.')).not.toBe('revenue');
  });
});

describe('(2)–(4) near misses: a rate or conversion with no noun or a sales noun stays revenue', () => {
  readsAs([
    ['Increase conversion to generate an extra $500k.', { kpi: 'revenue', direction: 'increase', change: { value: 500_000, kind: 'absolute' } }],
    ['Improve win rates to bring in an extra $2M in bookings.', { kpi: 'revenue', change: { value: 2_000_000, kind: 'absolute' } }],
    ["Améliorer la fidélisation afin d'apporter 1 M€ de chiffre d'affaires en plus.", { kpi: 'revenue', change: { value: 1_000_000, kind: 'absolute' } }],
    ['Augmenter le taux de conversion pour dégager 200 000 € de CA supplémentaire.', { kpi: 'revenue', change: { value: 200_000, kind: 'absolute' } }],
  ]);
});

describe("(5) Ruling C4's end month only when the fiscal year itself ends (was moved into the fiscal year)", () => {
  readsAs([
    ['Hit $5M in FY28 before our trial ends in February.', { deadline: '2027-02-28' }],
    ['Reach $5M in FY28 before the pilot ends in May.', { deadline: '2027-05-31' }],
    ['Reach $5M in FY28; our lease ends in April.', { deadline: '2027-04-30' }],
    ["Atteindre 5 M€ sur l'exercice 2028 avant que le contrat en cours se termine le 30 juin.", { deadline: '2027-06-30' }],
    ['Reach $5M in FY28 by the quarter ending in March.', { deadline: '2027-03-31' }],
  ]);
});

describe('(5) near misses: the fiscal year that ends keeps its month in its own year', () => {
  readsAs([
    ['Reach $5M in revenue in FY28, which ends June 30.', { deadline: '2028-06-30' }],
    ["Atteindre 5 M€ sur l'exercice 2028 clos le 31 mars.", { deadline: '2028-03-31' }],
    ['Reach $5M in revenue in FY28 (our fiscal year ends in March).', { deadline: '2028-03-31' }],
    ['Reach $5M in revenue in FY2028; our FY ends in September.', { deadline: '2028-09-30' }],
    // Left here, read by left62's (g): the cued "by end of FY28" takes the named end (Ruling C4), no longer 2028-12-31.
    ['Reach $5M in revenue by end of FY28 (fiscal year ending 31 March).', { deadline: '2028-03-31' }],
  ]);
});

describe('(6) "¥" is the yuan only when the sentence writes its name', () => {
  it.each([
    ['Sony aims for ¥3 trillion in sales by 2027, with China as its growth market.', 'JPY'],
    ['Uniqlo plans ¥1 trillion in sales in China by 2027.', 'JPY'],
    ['Reach ¥2 billion in sales by 2027 selling chinos.', 'JPY'],
    ['The retailer aims for ¥2 billion (2 billion yuan) in sales by 2027.', 'CNY'],
    ['Reach ¥500 million in sales by 2027 (CNY).', 'CNY'],
  ])('%s → %s', (text, currency) => {
    expect(currencyOf(text)).toBe(currency);
  });
});

describe('(7) a currency word as an adjective, or a code joined by a hyphen, is no money (was currency)', () => {
  readsAs([
    ['Sell 50 baht coffees a day.', { target: 50, unit: 'count' }],
    ['Sell 300 rupee notes.', { target: 300, unit: 'count' }],
    ['Grow to 200 naira-paying subscribers by 2027.', { target: 200, unit: 'count' }],
    ['Ship 300 RMB-12 units by June 2027.', { target: 300, unit: 'count' }],
    ['Order 40 kits of RMB-12 by June 2027.', { target: 40, unit: 'count' }],
  ]);
});

describe('(7) near misses: the currency word before a preposition or a sales noun stays money', () => {
  it.each([
    ['Reach 2 trillion rupiah in sales by 2027.', 'IDR'],
    ['Sell 300,000 ringgit of policies this year.', 'MYR'],
    ['Reach 5 billion baht by 2027.', 'THB'],
    ['Reach RMB 50 million in sales by 2027.', 'CNY'],
    ['Reach Rp 50 billion in sales by 2027.', 'IDR'],
  ])('%s → %s', (text, currency) => {
    expect(currencyOf(text)).toBe(currency);
  });
});

describe('(8) "Rp." with its dot is the rupiah (was the dollar)', () => {
  it('Reach Rp. 50 billion in sales by 2027.', () => {
    expect(currencyOf('Reach Rp. 50 billion in sales by 2027.')).toBe('IDR');
  });
});
