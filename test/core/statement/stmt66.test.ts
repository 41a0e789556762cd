/**
 * stmt66: the lever classes of real63's misses (the sixty-third real set, opened by stmt66), read by general rules and
 * checked in sentences written for each shape (none copied from a fixture): (1) a place after « à travers » / "through" («
 * à travers le pays », "through the country", "through all the world") says where the goal is reached, not how: no means;
 * (2) a means ends where its purpose (« , destiné à … », « , dans le but de … », ", designed to …", ", intended to …") or a
 * counterweight ("balanced with", "offset by", « compensé(e)s par », « contrebalancé(e)s par ») begins: neither is a second
 * means. Each class row read otherwise before stmt66 (checked on main's sources at efde0d23); the near misses read the same
 * before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-08 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-08', rows);

describe('(1) « à travers le pays », "through the country": a place, no means', () => {
  readsAs([
    ["Nous visons 2 millions d'abonnés à travers le pays d'ici 2028.", { target: 2_000_000, levers: [] }],
    ["Atteindre 500 clients à travers le monde, dans le but de dépasser notre concurrent.", { target: 500, levers: [] }],
    ['Reach 2 million customers through the country by 2028.', { target: 2_000_000, levers: [] }],
    ['Sell 500 units through all the world by 2028.', { target: 500, levers: [] }],
  ]);
});

describe('(1) near misses: a network or a partner named after the place stays a means', () => {
  readsAs([
    ["Grow sales to 5M customers through the country's dealer network.", { target: 5_000_000, levers: ["the country's dealer network"] }],
    ['Augmenter les ventes de 10 % à travers le pays de nos partenaires.', { change: { value: 0.1, kind: 'relative' }, levers: ['le pays de nos partenaires'] }],
    ['Augmenter les ventes de 10 % à travers un réseau de revendeurs.', { change: { value: 0.1, kind: 'relative' }, levers: ['un réseau de revendeurs'] }],
    ['Grow revenue 10% through new stores.', { change: { value: 0.1, kind: 'relative' }, levers: ['new stores'] }],
  ]);
});

describe("(2) a means' purpose or counterweight is no second means", () => {
  readsAs([
    ["Économiser 350 millions d'euros grâce au plan Horizon, destiné à mieux intégrer le groupe.", { levers: ['plan Horizon'] }],
    ["Atteindre 500 clients grâce à un nouveau CRM, dans le but de dépasser notre concurrent.", { target: 500, levers: ['un nouveau CRM'] }],
    ['Augmenter les ventes de 10 % grâce à de nouvelles offres compensées par des baisses de prix.', { change: { value: 0.1, kind: 'relative' }, levers: ['de nouvelles offres'] }],
    ['Grow revenue 10% through a new CRM, intended to help reps sell more.', { change: { value: 0.1, kind: 'relative' }, levers: ['a new CRM'] }],
    ['Grow margin to 15% through cost leverage balanced with continued investments.', { target: 0.15, levers: ['cost leverage'] }],
    ['Grow revenue 10% through new stores offset by closures.', { change: { value: 0.1, kind: 'relative' }, levers: ['new stores'] }],
  ]);
});

describe('(2) near misses: a participle inside the means, a list of means', () => {
  readsAs([
    ["Augmenter le CA de 10 % grâce à un nouveau CRM destiné aux commerciaux.", { change: { value: 0.1, kind: 'relative' }, levers: ['un nouveau CRM destiné aux commerciaux'] }],
    ['Grow revenue 10% through a CRM designed for reps.', { change: { value: 0.1, kind: 'relative' }, levers: ['a CRM designed for reps'] }],
    ['Grow revenue 10% through new stores, webinars and referrals.', { change: { value: 0.1, kind: 'relative' }, levers: ['new stores', 'webinars', 'referrals'] }],
  ]);
});
