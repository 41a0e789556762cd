/**
 * aim41: a current level stated in one clause, then a later clause after ";" or ". " naming an aim with a bare number (or
 * one in the same unit): the later number is the target, the earlier clause's last figure the baseline, its other figures
 * ("3 reps") neither. Near misses keep their readings: two goals in a row, a means, a percentage aim, an order.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04' });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, deadline: a.deadline };
};

describe('a later clause aiming at a bare number reads the earlier clause’s level as the baseline', () => {
  it.each([
    ['We close 40 deals a month; the goal is 60 by June 2027.', 40, 60, 'deals_closed'],
    ['Today, 3 reps close 40 deals a month; we want 60 by June 2027', 40, 60, 'deals_closed'],
    ['Our reps close 40 deals a month today; we want 60 by June 2027.', 40, 60, 'deals_closed'],
    ['We close 40 deals a month; we want 60 deals by June 2027.', 40, 60, 'deals_closed'],
    ["Nos 3 commerciaux signent 40 contrats par mois aujourd'hui ; nous en voulons 60 d'ici juin 2027.", 40, 60, 'deals_closed'],
    ["Nous signons 40 contrats par mois. Notre objectif est 60 d'ici juin 2027.", 40, 60, 'deals_closed'],
    ["Nous signons 40 contrats par mois ; nous en voulons 60 contrats d'ici juin 2027.", 40, 60, 'deals_closed'],
  ])('%s', (text, baseline, target, kpi) => {
    expect(read(text)).toMatchObject({ kpi, direction: 'increase', baseline: baseline, target: target, deadline: '2027-06-30' });
  });
});

describe('the stated clause needs no KPI of the catalog', () => {
  it('We have 3 stores; we want 60 by June 2027.', () => {
    expect(read('We have 3 stores; we want 60 by June 2027.')).toMatchObject({ baseline: 3, target: 60, direction: 'increase' });
  });
});

describe('near misses keep their readings', () => {
  it.each([
    // already right before aim41, by other rules
    ['With 40 clients today, we want 60 clients by June', { baseline: 40, target: 60 }],
    ['Our 5 reps close 40 deals a month. Our target is 60 by June 2027.', { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ['We have 40 clients; the goal is 60 by June 2027.', { kpi: 'customers', baseline: 40, target: 60 }],
    ["Notre équipe signe 40 contrats par mois ; l'objectif est de 60 d'ici juin 2027.", { kpi: 'deals_closed', baseline: 40, target: 60 }],
    // two goals in a row: the first is the goal, the second a later stage (no aim word)
    ['Close 40 deals in Q1; reach 60 by Q2', { baseline: null, target: 40 }],
    // an order, not a stated level
    ['Close 40 deals a month; the goal is 60 by June 2027.', { baseline: null, target: 40 }],
    // a means, then an aim: the reps are no level of the aim
    ['Hire 3 reps; we want 60 by June.', { baseline: null, target: 3 }],
    ['Hire 3 reps; we want 60 deals by June 2027.', { baseline: null }],
    ["Recrutons 3 commerciaux ; nous en voulons 60 d'ici juin.", { baseline: null, target: 3 }],
    // a percentage aim after a count, and an aim at another thing
    ['We close 40 deals a month; we want 60% by June 2027.', { baseline: null, target: 40 }],
    ['We close 40 deals a month; we want 60 clients by June 2027.', { baseline: null, target: 40 }],
    ["Nous signons 40 contrats par mois ; nous visons 60 % de conversion d'ici juin 2027.", { baseline: null, target: 40 }],
    // an aim in the first clause with a quarter's digit: the first goal keeps its 40
    ['We aim to close 40 deals in Q1; we want 60 by June 2027.', { baseline: null, target: 40 }],
    // a dash is no clause break the folded text keeps
    ["Nous signons 40 contrats par mois — nous en voulons 60 d'ici juin 2027.", { baseline: null, target: 40 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
