/**
 * stmt66b: more of real63's misses (the sixty-third real set, opened by stmt66), read by general rules and checked in
 * sentences written for each shape (none copied from a fixture): (1) "to be down / up" right before a figure is a fall / a
 * rise by it ("is expected to be down 5%"; "was down 5%" reports the past and stays unread), and a range of basis points
 * after a word of change is the change's range, its lower bound ("down 50 to 100 basis points", « une amélioration de la
 * marge de 20 à 40 points de base »; "from", and a French verb's « de … à » as mend40a pinned it, still move). (2)
 * "sustainable", "sustainably" say how, not that a level is held: no `maintain` ("drive churn below 1%, … in a way that's
 * sustainable"); "sustain", "sustained" still hold one. (3) A year that is not the goal's figure: "to make 2027 a great
 * year", « faire de 2027 une année record » (an adjective at least between: "sell 2000 a year" is a rate), « à compter de
 * 2012 », "starting (in) 2012" (a start, as « dès »). Each class row read otherwise before stmt66b (checked on main's
 * sources at 3ba50664); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-08 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-08', rows);

const bps = (value: number) => ({ value, kind: 'absolute' as const });

describe('(1) "to be down / up" a figure; a range of basis points after a verb of change is the change', () => {
  readsAs([
    ['Gross margin is expected to be down 50 to 100 basis points next year.', { direction: 'decrease', baseline: null, target: null, change: bps(0.005) }],
    ['Gross margin should be up 50 to 100 basis points.', { direction: 'increase', baseline: null, target: null, change: bps(0.005) }],
    ['Gross margin is expected to be down 50 basis points.', { direction: 'decrease', target: null, change: bps(0.005) }],
    ['Viser une amélioration de la marge brute de 20 à 40 points de base.', { direction: 'increase', baseline: null, target: null, change: bps(0.002) }],
    ['La marge brute devrait être en baisse de 50 à 100 points de base.', { direction: 'decrease', baseline: null, target: null, change: bps(0.005) }],
    ['Improve operating margin by 20 to 40 basis points.', { direction: 'increase', change: bps(0.002) }],
  ]);
});

describe('(1) near misses: a move to a level ("from", a French verb\'s « de »), points of a score, "sign up"', () => {
  readsAs([
    ['Faire passer la marge de 50 à 100 points de base.', { direction: 'increase', baseline: 0.005, target: 0.01, change: null }],
    ['La marge brute devrait progresser de 50 à 100 points de base.', { direction: 'increase', baseline: 0.005, target: 0.01, change: null }],
    ['Increase the spread from 50 to 100 basis points.', { direction: 'increase', baseline: 0.005, target: 0.01, change: null }],
    ['Le NPS doit progresser de 40 à 50 points.', { direction: 'increase', baseline: 40, target: 50 }],
    ['Sign up 500 customers.', { direction: 'increase', target: 500 }],
  ]);
});

describe('(2) "sustainable", "sustainably": a manner, no level held', () => {
  readsAs([
    ["We can drive churn below 1%, it'll take time to do it in a way that's sustainable.", { direction: 'decrease', target: 0.01 }],
    ['Achieve sustainable revenue growth of 10% by 2027.', { direction: 'increase', target: 0.1 }],
    ['Grow revenue sustainably by 10% next year.', { direction: 'increase', change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(2) near misses: "sustain", "keep", a verb of fall before "sustainable" and « de façon durable » read as before', () => {
  readsAs([
    ['Sustain churn below 1%.', { direction: 'maintain', target: 0.01 }],
    ['Keep churn below 1% in a sustainable way.', { direction: 'maintain', target: 0.01 }],
    ['Nous pouvons ramener le churn sous 1 %, de façon durable.', { direction: 'decrease', target: 0.01 }],
    ['We can cut churn below 1% in a sustainable way.', { direction: 'decrease', target: 0.01 }],
  ]);
});

describe('(3) a year the goal is for or starts from is no target', () => {
  readsAs([
    ['What we need to make 2027 a great year is to grow visitors by 10 percent.', { target: null, change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    ["Il veut économiser 350 millions d'euros à compter de 2027 grâce au plan.", { target: null, unit: 'currency' }],
    ['We want to save 350 million euros starting 2027 thanks to the plan.', { target: null, unit: 'currency' }],
  ]);
});

describe('(3) near misses: « faire de 2027 une année » (read so before), a count per year, a count of that size named by its noun', () => {
  readsAs([
    ['Pour faire de 2027 une année record, nous voulons augmenter les visites de 10 %.', { target: null, change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    ['Sell 2000 a year.', { target: 2000 }],
    // The last read (lastread66): a kind of year after the article is a rate's period, not an adjective before the year.
    ['Sell 2000 a fiscal year by 2027.', { target: 2000 }],
    ['Sell 2000 a calendar year.', { target: 2000 }],
    ['Vendre 2000 unités une année civile sur deux.', { target: 2000 }],
    ['What we need to make 2027 a great fiscal year is to grow visitors by 10 percent.', { target: null, change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    ['Vendre 2000 unités par an.', { target: 2000 }],
    ['Atteindre 2000 clients à compter de 2026.', { target: 2000 }],
  ]);
});
