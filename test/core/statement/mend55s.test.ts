/**
 * mend55s: the review of stmt55 (real52's rules), each finding with its decision, in written sentences (none copied from a
 * fixture), FR and EN, with near misses that keep stmt55's reading:
 * (1) a year after « vers » followed by a noun is a count, not a date; (2) "held on <weekday>" sets the weekday aside only
 * for a past report (was/were held, a past verb before or after); (3) a relative clause after a means belongs to the means:
 * no direction, no lever of its own; (4) the goal's figure led to ("to the magic 2000") or named a mark (« la barre
 * symbolique 2000 ») is never a year naming a thing; (5) money raised « sur un objectif de » keeps its target with a decimal
 * amount, in any person; (6) a bare target in millions takes the raised money's currency whatever its scale; (7) a count
 * before a group's ordinal or superlative after « un des », « parmi les », "one of", "among" is a rank, no target; (8) « dix
 * (10) % » keeps its sign.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Read as of Sunday 2026-12-06: "on Tuesday" is 2026-12-08. */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe('(1) a year after « vers » and before a noun is a count', () => {
  readsAs([
    ['Porter la flotte vers 2040 véhicules.', { direction: 'increase', target: 2040, unit: 'count', deadline: null }],
    ["Tendre vers 2030 adhérents d'ici 2028.", { direction: 'increase', target: 2030, deadline: '2028-12-31' }],
    ["Faire passer le parc vers 2045 bornes de recharge d'ici 2030.", { target: 2045, unit: 'count', deadline: '2030-12-31' }],
    ['Orienter les ventes vers 2030 clients professionnels.', { deadline: null }],
  ]);
});

describe('(1) near misses: « vers 2030 » alone or before a conjunction is a deadline', () => {
  readsAs([
    ['Attirer 7 millions de touristes vers 2030.', { target: 7000000, deadline: '2030-12-31' }],
    ['Atteindre 500 clients vers 2030 et 600 ensuite.', { target: 500, deadline: '2030-12-31' }],
  ]);
});

describe('(2) a future event "held on" a weekday dates the goal', () => {
  readsAs([
    ['Close 5 deals before the board meeting held on Tuesday.', { target: 5, deadline: '2026-12-08' }],
    ['Grow revenue 20% by the conference held on Thursday.', { change: { value: 0.2, kind: 'relative' }, deadline: '2026-12-10' }],
    ['Sign up 50 exhibitors before the fair, which will be held on Monday.', { target: 50, deadline: '2026-12-07' }],
  ]);
});

describe('(2) near misses: a meeting held in the past is no deadline', () => {
  readsAs([
    ['The plan was held on Tuesday: close 5 deals.', { target: 5, deadline: null }],
    ['Close 5 deals, the CEO told the sales meeting held on Tuesday.', { target: 5, deadline: null }],
    ['The meeting held on Tuesday approved a plan to close 5 deals.', { target: 5, deadline: null }],
  ]);
});

describe('(3) a relative clause after a means belongs to the means', () => {
  readsAs([
    ['Atteindre 2 M€ de CA grâce à notre réseau, qui reste stable.', { direction: 'increase', target: 2000000, levers: ['notre réseau'] }],
    ['Reach $2M in revenue through our network, which stays stable.', { direction: 'increase', levers: ['our network'] }],
    ['Reach $2M in revenue through our partner network, which we will expand with new hires.', { direction: 'increase', levers: ['our partner network'] }],
  ]);
});

describe('(3) near miss: a relative clause holding the goal figure is not set aside', () => {
  readsAs([['Growth comes with a loyal base of collectors, which aims to spend 15% more next year.', { change: { value: 0.15, kind: 'relative' } }]]);
});

describe("(4) the goal's figure is no year naming a thing", () => {
  readsAs([
    ['Grow membership from 1,500 to the magic 2000.', { baseline: 1500, target: 2000 }],
    ['Atteindre la barre symbolique 2000.', { direction: 'increase', target: 2000 }],
  ]);
});

describe('(4) near misses: a past year after a noun keeps naming it', () => {
  readsAs([
    ['Beat the record 2024.', { target: null }],
    ['Retrouver les niveaux 2019.', { target: null }],
  ]);
});

describe('(5) money raised « sur un objectif de »: baseline and target, any person', () => {
  readsAs([
    ['Nous avons levé 1,2 M€ sur un objectif de 3 M€.', { direction: 'increase', baseline: 1200000, target: 3000000, unit: 'currency' }],
    ["Nous avons recueilli 5 000 € sur un objectif de 20 000 € d'ici juin 2027.", { baseline: 5000, target: 20000, unit: 'currency', deadline: '2027-06-30' }],
    ["Nous avons levé 1,2 million d'euros sur un objectif de 3 millions d'euros.", { baseline: 1200000, target: 3000000 }],
    ['La fondation a levé 1,2 M€ sur un objectif de 3 M€.', { baseline: 1200000, target: 3000000 }],
  ]);
});

describe('(5) near miss: a share of a larger goal stays set aside', () => {
  readsAs([['Réaliser 1,2 M€ au T1 2027, sur un objectif annuel de 4,8 M€.', { target: 1200000 }]]);
});

describe("(6) a bare target in millions takes the raised money's currency", () => {
  readsAs([['Ils ont collecté 300 000 € sur un objectif de 1 million.', { baseline: 300000, target: 1000000, unit: 'currency' }]]);
});

describe('(6) near miss: a counted target keeps its count', () => {
  readsAs([['Ils ont collecté 300 000 € sur un objectif de 1 million de repas.', { target: 1000000, unit: 'count' }]]);
});

describe('(7) a count before a ranked group word is a rank', () => {
  readsAs([
    ['Devenir un des 3 premiers assureurs du pays.', { target: null }],
    ['Être parmi les 5 premières banques du pays.', { target: null }],
    ["Become one of Kenya's three largest lenders.", { target: null }],
    ['Become among the 3 biggest insurers in the region.', { target: null }],
  ]);
});

describe('(7) near misses: a count of reps or a group without a rank word keeps its figure', () => {
  readsAs([
    ['Be one of the 3 reps who close 50 deals by June 2027.', { target: 50 }],
    ['Sign 40 deals with one of our 3 partners.', { target: 40 }],
  ]);
});

describe('(8) a spelled-out count restated before a percent sign keeps the sign', () => {
  readsAs([
    ["Augmenter le chiffre d'affaires de dix (10) % d'ici 2028.", { change: { value: 0.1, kind: 'relative' }, unit: 'percent', deadline: '2028-12-31' }],
    ['Grow revenue by ten (10) percent by 2028.', { change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    ['Augmenter les ventes de cinq (5) pour cent.', { change: { value: 0.05, kind: 'relative' } }],
    ['Reach one (1) million users.', { target: 1000000 }],
  ]);
});
