/**
 * Regressions a read-only review found in stmt41's rules for real40 (real-wording40.test.ts), each narrowed to what the
 * rule was written for: "won" a past event only after a subject or an auxiliary; a number inside a name never after a
 * place or a moment introduced by a preposition when a counted noun follows; a participle's aside keeps a date with a
 * deadline cue; « avec 20 % de ventes en plus » states the goal's change. FR and EN, with near-misses that keep today's
 * reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe('"won" after a noun ("deals won") is what the goal counts, not a past event before an aim', () => {
  readsAs(AS_OF, [
    ['Increase deals won to 50 by June 2027 and we expect $2M in revenue', { kpi: 'deals_closed', target: 50, deadline: '2027-06-30' }],
    ['Grow deals won to 40 by 2027, and we hope to reach $1M in revenue', { kpi: 'deals_closed', target: 40 }],
    ['Increase the number of customers won to 300 by 2027 and we target $5M revenue', { kpi: 'deals_closed', target: 300 }],
  ]);
  describe('near-misses: business won by a subject or after an auxiliary stays set aside; « a remporté » likewise', () => {
    readsAs(AS_OF, [
      ['Our market will be flat, but we have won new business this quarter and expect 8% growth in 2027.', { kpi: 'sales_growth' }],
      ['Our market will be flat, but the company had won new business this week and he expected 8% growth in 2027.', { kpi: 'sales_growth' }],
      ['Le marché sera stable, mais le groupe a remporté de nouveaux contrats et vise une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
      ["Augmenter les affaires gagnées à 50 d'ici juin 2027.", { target: 50, deadline: '2027-06-30' }],
    ]);
  });
});

describe('a count after a place or a moment introduced by a preposition is the goal\'s, not part of a name', () => {
  readsAs(AS_OF, [
    ['Sign in Europe 30 clients by June 2027', { kpi: 'deals_closed', target: 30, unit: 'count' }],
    ['Hire in Paris 5 sales reps by June 2027', { kpi: 'sales_reps', target: 5 }],
    ['Open in Lyon 3 new stores by 2027', { target: 3, unit: 'count' }],
    ['Reach by Christmas 500 customers', { target: 500 }],
    ['Sell on Amazon 500 units per month', { target: 500 }],
    ['Sell at Costco 1,000 units', { target: 1000, unit: 'count' }],
    ["Atteindre en France 2 000 clients d'ici 2027", { target: 2000, unit: 'count' }],
    ['Recruter en Bretagne 4 commerciaux', { kpi: 'sales_reps', target: 4 }],
    ['Signer chez Renault 5 contrats', { kpi: 'deals_closed', target: 5 }],
  ]);
  describe('near-misses: names with no preposition before them, or no counted noun after the number, keep no figure', () => {
    readsAs('2025-01-06', [
      ['The initial cash infusion alone should give Pawn 1 enough capital to open 10 more stores over the next two years.', { target: null, change: { value: 10, kind: 'absolute' } }],
    ]);
    readsAs(AS_OF, [
      ['We serve Fortune 500 companies and want 40 new clients in 2027.', { target: 40 }],
      ['Sign 20 clients at Fortune 500 companies by 2027.', { kpi: 'deals_closed', target: 20 }],
      ['Grow sales in Area 1 by 10% in 2027.', { target: null, change: { value: 0.1, kind: 'relative' } }],
      ['Le groupe vise le Top 100 européen en 2027.', { target: null }],
      ["Augmenter les ventes en Région 2 de 10 % d'ici 2027.", { target: null, change: { value: 0.1, kind: 'relative' } }],
    ]);
  });
});

describe("a participle's aside keeps a date given with a deadline cue (by, d'ici): still ahead, the goal's", () => {
  readsAs(AS_OF, [
    ["Nous visons 200 nouveaux clients, acquis d'ici juin 2027, grâce au salon", { target: 200, deadline: '2027-06-30' }],
    ['Sign 40 clients, acquired through referrals by June 2027, and grow revenue 10%', { target: 40, deadline: '2027-06-30' }],
  ]);
  describe('near-misses: a bare or past date in the aside is the subject\'s history', () => {
    readsAs(AS_OF, [
      ['Acme, acquired by Bigco in March 2026, will double its revenue.', { kpi: 'revenue', deadline: null }],
      ['Acme, acquise par Bigco en mars 2026, va doubler son chiffre d’affaires.', { deadline: null }],
      ['Acme, founded in 2010, wants to double its revenue by June 2027.', { deadline: '2027-06-30' }],
      ['Acme, acquired by Bigco before March 2026, will double its revenue.', { kpi: 'revenue', deadline: null }],
      ["Acme, rachetée par Bigco d'ici à mars 2026, va doubler son chiffre d’affaires.", { deadline: null }],
    ]);
  });
});

describe('« avec 20 % de ventes en plus » states the goal\'s change (a growth champion set aside or not)', () => {
  readsAs(AS_OF, [
    ["Devenir le champion de la croissance avec 20 % de ventes en plus d'ici 2027", { kpi: 'revenue', direction: 'increase', change: { value: 0.2, kind: 'relative' } }],
    ["Devenir leader avec 20 % de ventes en plus d'ici 2027", { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
  ]);
  describe('near-misses: the English "with 20% more sales"; « avec » before a means or a discount', () => {
    readsAs(AS_OF, [
      ['Become the growth champion with 20% more sales by 2027', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
      ["Constituer un club de 300 entreprises, championnes de la croissance, d'ici 2027.", { kpi: null, target: 300 }],
      ["Augmenter le CA de 10 % avec 2 commerciaux de plus d'ici 2027.", { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ]);
  });
});

describe('a rank ("No. 1", « n°1 ») is no level of market share: no target', () => {
  readsAs(AS_OF, [
    ['Reach No. 1 in market share by 2027', { target: null, deadline: '2027-12-31' }],
    ["Devenir le n°1 en part de marché d'ici 2027", { target: null, deadline: '2027-12-31' }],
  ]);
  describe('near-misses: a share given in percent is its target', () => {
    readsAs(AS_OF, [
      ['Reach 15% market share by 2027', { kpi: 'market_share', target: 0.15 }],
      ["Atteindre 15 % de part de marché d'ici 2027", { kpi: 'market_share', target: 0.15 }],
    ]);
  });
});
