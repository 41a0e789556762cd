/**
 * mend66s: small66's review, stmt66's findings 1–5 (levers.ts), in sentences written for each shape (none copied from a
 * fixture). (1, 3) a means' purpose (", designed to …", « , destiné à … », « , dans le but de … ») is dropped as one item,
 * to its next comma or "and" / « et », and the list goes on: a later means' figure stays inside the clause, never the
 * target; (2) a place after "through" / « à travers » is no means only when the place noun ends its item — a means that
 * merely starts with a place word stays one, and after "and" / « et » the list goes on; (4) « , destiné aux … » is a purpose
 * as « , destiné à … »; (5) after "with" / « avec », what comes after "offset by" / « compensé(e) par » is the means. Each
 * class row read otherwise on main at bab05747 (stmt66 merged); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-08', rows);
const up10 = { value: 0.1, kind: 'relative' } as const;

describe("(1, 3) a purpose ends at its next comma or « et » / \"and\"; the list goes on", () => {
  readsAs([
    ['Grow revenue 10% through a new CRM, designed to help reps, and 3 new hires by 2027.', { change: up10, target: null, levers: ['a new CRM', '3 new hires'] }],
    ['Grow revenue 10% through a new CRM, intended to help reps, and new hires by 2027.', { change: up10, levers: ['a new CRM', 'new hires'] }],
    ['Augmenter les ventes de 10 % grâce à un CRM, destiné à mieux vendre, et à la formation des équipes d’ici 2027.', { change: up10, levers: ['un CRM', 'la formation des équipes'] }],
    ["Augmenter les ventes de 10 % grâce à un CRM, dans le but d'aider les commerciaux, et à 3 nouveaux commerciaux d'ici 2027.", { change: up10, target: null, levers: ['un CRM', '3 nouveaux commerciaux'] }],
  ]);
});

describe('(2) a place noun must end its item; « et » / "and" goes on to the next means', () => {
  readsAs([
    ['Grow revenue 10% through the country managers by 2027.', { change: up10, levers: ['the country managers'] }],
    ['Grow revenue 10% through the world-class support team by 2027.', { change: up10, levers: ['the world-class support team'] }],
    ['Grow revenue 10% through the world of e-commerce by 2027.', { change: up10, levers: ['the world of e-commerce'] }],
    ["Augmenter le CA de 10 % à travers le territoire commercial de nos agents d'ici 2027.", { change: up10, levers: ['le territoire commercial de nos agents'] }],
    ['Grow revenue 10% through the country and our dealers by 2027.', { change: up10, levers: ['our dealers'] }],
    ["Augmenter le CA de 10 % à travers le pays et 3 nouveaux distributeurs d'ici 2027.", { change: up10, target: null, levers: ['3 nouveaux distributeurs'] }],
  ]);
});

describe('(4) « , destiné aux … » is a purpose', () => {
  readsAs([["Augmenter les ventes de 10 % grâce à un CRM, destiné aux commerciaux, d'ici 2027.", { change: up10, levers: ['un CRM'] }]]);
});

describe('(5) after "with" / « avec », the means is what offsets the cost', () => {
  readsAs([
    ['Keep gross margin at 30% through 2027 with input costs offset by price increases.', { target: 0.3, levers: ['price increases'] }],
    ["Maintenir la marge brute à 30 % jusqu'en 2027, avec la hausse des coûts compensée par des hausses de prix.", { target: 0.3, levers: ['des hausses de prix'] }],
  ]);
});

describe('near misses, read the same before and after', () => {
  readsAs([
    ['Reach 2 million customers through the country by 2028.', { target: 2_000_000, levers: [] }],
    ["Nous visons 2 millions d'abonnés à travers le pays d'ici 2028.", { target: 2_000_000, levers: [] }],
    ["Grow sales to 5M customers through the country's dealer network.", { target: 5_000_000, levers: ["the country's dealer network"] }],
    ['Grow revenue 10% through new stores offset by closures.', { change: up10, levers: ['new stores'] }],
    ['Grow revenue 10% through a CRM designed for reps.', { change: up10, levers: ['a CRM designed for reps'] }],
    ["Augmenter le CA de 10 % grâce à un nouveau CRM destiné aux commerciaux.", { change: up10, levers: ['un nouveau CRM destiné aux commerciaux'] }],
    ["Économiser 350 millions d'euros grâce au plan Horizon, destiné à mieux intégrer le groupe.", { levers: ['plan Horizon'] }],
  ]);
});

describe('kpi66 (7) Ruling K1 covers a growth in customers with no figure: with its figure after, the customers are no level', () => {
  readsAs([
    ['Sustain our growth in customers to 20% by 2027.', { kpi: null, target: 0.2 }],
    ["Maintenir une croissance des clients de 20 % d'ici 2027.", { kpi: 'sales_growth', target: 0.2 }],
  ]);
});

describe('kpi66 (8) « une croissance de 20 % du nombre de clients » as "20% growth in the number of customers"', () => {
  readsAs([
    ["Atteindre une croissance de 20 % du nombre de clients d'ici 2027.", { kpi: 'customers', direction: 'increase', change: { value: 0.2, kind: 'relative' } }],
    ['Achieve 20% growth in the number of customers by 2027.', { kpi: 'customers', direction: 'increase', change: { value: 0.2, kind: 'relative' } }],
  ]);
});

describe("kpi66 (9) the customers' own growth or spend, a growth one supports: no customer count", () => {
  readsAs([
    ["Sustain our growth in customers' spend through 2027.", { kpi: 'sales_growth' }],
    ['Accompagner la croissance de nos clients en 2027.', { kpi: null }],
    ['Support the growth of our customers through 2027.', { kpi: null }],
  ]);
});

describe('kpi66 near misses, read the same before and after', () => {
  readsAs([
    ['Sustain our growth in customers through 2027.', { kpi: 'customers', direction: 'maintain' }],
    ['Maintenir la croissance de nos clients en 2027.', { kpi: 'customers', direction: 'maintain' }],
    ['Increase our growth in customers by 10% in 2027.', { kpi: 'customers', direction: 'increase' }],
    ['Achieve 20% growth in customers by 2027.', { kpi: 'customers', change: { value: 0.2, kind: 'relative' } }],
  ]);
});

describe('(6) "through the year / the quarter": a span of time, no means', () => {
  readsAs([
    ['Grow revenue 10% through the year with new hires by 2027.', { change: up10, levers: ['new hires'] }],
    ['Grow revenue 10% through the quarter by 2027.', { change: up10, levers: [] }],
    ['Grow revenue 10% through the quarterly business reviews by 2027.', { change: up10, levers: ['the quarterly business reviews'] }],
  ]);
});
