/**
 * mend55a: the lead's decisions on the review of left55 (rulings N1b, N1c and the coordinated noun phrase under a verb of
 * change), checked in sentences written for each shape (none copied from a fixture), read as of 2026-12-05:
 * (3) another counted noun is another measure (prevmend55's rule, checked in the relative form); (1) a list of CHANGES in relative years keeps the first change; (2) a sum ("in total", « au total ») marks additions;
 * (4)/(10) relative months and quarters are disjoint sub-year periods, each its own count (the first goal kept; no middle
 * item ever becomes the goal), while a rate's levels by quarter keep N1's last level and a list of years its last;
 * (5) a place anywhere in the later item sets it apart; (6/7) "X and <verb> <object> by N %" is two verbs, the percentage the
 * second object's; (8) a later clause's own verb sets the direction; (9) "in the next year" is a flow, « ensuite » is « puis ».
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1, 2) a list of changes or of additions in relative years keeps the first goal', () => {
  readsAs([
    ['Increase sales by 10% this year and 15% next year.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, deadline: '2026-12-31' }],
    ["Augmenter les ventes de 10 % cette année et de 15 % l'an prochain.", { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, deadline: '2026-12-31' }],
    ['Reach 2,000 subscribers this year and 3,000 next year, for 5,000 in total.', { target: 2000, deadline: '2026-12-31' }],
    ["Atteindre 2 000 abonnés cette année et 3 000 l'an prochain, soit 5 000 au total.", { target: 2000, deadline: '2026-12-31' }],
    ['Close 20 deals this month and 30 next month, for 50 in total.', { target: 20, deadline: '2026-12-31' }],
  ]);
});

describe('(1, 2) near misses: levels of one measure in relative years aim at the last', () => {
  readsAs([
    ['Reach 2,000 subscribers this year and 3,000 next year.', { target: 3000, deadline: '2027-12-31' }],
    ["Atteindre 2 M€ de CA cette année, 3 M€ l'an prochain.", { kpi: 'revenue', target: 3000000, deadline: '2027-12-31' }],
    ['Grow revenue to $2M this year and $3M next year.', { target: 3000000, deadline: '2027-12-31' }],
  ]);
});

describe('(4, 10) relative months and quarters are disjoint periods: the first count, never a middle item', () => {
  readsAs([
    ['Sign 20 clients this month and 30 next month.', { target: 20, deadline: '2026-12-31' }],
    ['Signer 20 nouveaux clients ce mois-ci et 30 le mois prochain.', { target: 20, deadline: '2026-12-31' }],
    ['Close 15 deals this quarter and 25 next quarter.', { target: 15, deadline: '2026-12-31' }],
    ['Signer 15 contrats ce trimestre et 25 le trimestre prochain.', { target: 15, deadline: '2026-12-31' }],
    ['Get 100 reviews this month, 150 next month and 200 the month after.', { target: 100, deadline: '2026-12-31' }],
    ['Reach 1,000 users this month and 1,500 next month and 2,000 by March.', { target: 1000, deadline: '2026-12-31' }],
  ]);
});

describe('(4, 10) near misses: a rate\'s levels by quarter and a list of years keep the last level', () => {
  readsAs([
    ['Reduce churn to 5% this quarter and to 4% next quarter.', { kpi: 'churn', target: 0.04, deadline: '2027-03-31' }],
    ['Ramener le churn à 5 % ce trimestre et à 4 % le trimestre prochain.', { target: 0.04, deadline: '2027-03-31' }],
    ['Cut churn to 5% this year and 3% next year.', { kpi: 'churn', target: 0.03, deadline: '2027-12-31' }],
    ["Ramener le taux de désabonnement à 5 % cette année et à 3 % l'an prochain.", { target: 0.03, deadline: '2027-12-31' }],
    ['Get 100 reviews this year, 150 next year and 200 in 2028.', { target: 200, deadline: '2028-12-31' }],
  ]);
});

describe('(3) another noun counted in the later item is another measure, in relative years too (prevmend55\'s rule)', () => {
  readsAs([
    ['Hire 10 engineers this year and 5 designers next year.', { target: 10, deadline: '2026-12-31' }],
    ['Sell 500 units this year and 800 licenses next year.', { target: 500, deadline: '2026-12-31' }],
    ["Recruter 10 ingénieurs cette année et 5 commerciaux l'an prochain.", { target: 10, deadline: '2026-12-31' }],
  ]);
});

describe('(5) a place anywhere in the later item sets it apart', () => {
  readsAs([
    ['Open 3 stores this year and 5 next year in Germany.', { target: 3, deadline: '2026-12-31' }],
    ["Ouvrir 3 magasins cette année et 5 l'an prochain en Allemagne.", { target: 3, deadline: '2026-12-31' }],
    ['Open 3 stores this year and 5 next year.', { target: 5, deadline: '2027-12-31' }],
  ]);
});

describe('(6/7) "X and <verb> <object> by N %": the percentage is the second object\'s, not the first measure\'s level', () => {
  readsAs([
    ['Increase revenue and hit targets by 10%.', { kpi: 'revenue', target: null, change: null }],
    ['Grow revenue or achieve goals by 5% next year.', { kpi: 'revenue', target: null, change: null }],
    ['Increase traffic and drive signups by 20%.', { target: null, change: null }],
    ['Increase revenue and secure renewals by 10%.', { target: null, change: null }],
    ['Grow sales and hit quotas by 15%.', { target: null, change: null }],
    ['Grow traffic and earn backlinks by 40%.', { target: null, change: null }],
  ]);
});

describe('(6/7) near misses: a noun compound "X and Y <plural>" keeps the change', () => {
  readsAs([
    ['Increase inbound and outbound call bookings by 20%.', { target: null, change: { value: 0.2, kind: 'relative' } }],
    ['Grow meeting or call bookings by 30%.', { kpi: 'meetings', change: { value: 0.3, kind: 'relative' }, target: null }],
  ]);
});

describe('(8, 9) the later clause\'s verb, "in the next year", « ensuite »', () => {
  readsAs([
    ['Keep churn at 4% in 2026, then aim to reduce it to 3% by 2027.', { direction: 'decrease', target: 0.03, deadline: '2027-12-31' }],
    ['Maintenir le churn à 4 % en 2026, puis viser à le réduire à 3 % d’ici 2027.', { direction: 'decrease', target: 0.03, deadline: '2027-12-31' }],
    ['Reach 2,000 subscribers this year and 3,000 in the next year.', { target: 2000, deadline: '2026-12-31' }],
    ['Atteindre 10 000 clients en 2026, ensuite viser 15 000 en 2028.', { target: 15000, deadline: '2028-12-31' }],
    ['Keep churn at 4% in 2026 and at 4% in 2027.', { direction: 'maintain' }],
  ]);
});
