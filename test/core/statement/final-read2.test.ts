/**
 * The second final read of 2026-12-04 (after mend32 and tidy34): a goal tag closing a cell took the goal's target, and
 * "a 90-day goal of …" / "90-day goal is to …" / "90-day target: …" read 90 as a level in days. Each narrowed; the sentences
 * each rule was written for keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('a goal tag after the goal\'s own number is a label; a bare "goal 40." is the target', () => {
  readsAs(AS_OF, [
    ['Close 40 deals by June 2027 - goal 2.', { kpi: 'deals_closed', target: 40, deadline: '2027-06-30' }],
    ['Increase leads by 20% by June 2027 (goal 3)', { kpi: 'leads', target: null, deadline: '2027-06-30' }],
    ['Signer 40 contrats d’ici juin 2027 – objectif 2.', { kpi: 'deals_closed', target: 40, deadline: '2027-06-30' }],
  ]);
  describe('kept (tidy34)', () => {
    readsAs(AS_OF, [
      ['Meetings: goal 40.', { target: 40 }],
      ['Nouveaux clients : objectif 40.', { target: 40 }],
      ['Q3 NPS: goal 50.', { target: 50 }],
    ]);
  });
});

describe('"N-day goal" followed by what the goal is: a horizon', () => {
  readsAs(AS_OF, [
    ['We committed to a 90-day goal of closing 15 deals', { target: 15, deadline: '2027-02-24' }],
    ['Our 90-day goal is to cut time to hire by 20%', { deadline: '2027-02-24' }],
    ['Our 90-day target: close 12 new accounts', { target: 12, deadline: '2027-02-24' }],
  ]);
  describe('kept: a level in days (num30, mend32)', () => {
    readsAs(AS_OF, [
      ['Reduce DSO to a 45 day target by June 2027.', { target: 45, unit: 'days', deadline: '2027-06-30' }],
      ['Reach a 45 day target for DSO.', { target: 45, unit: 'days', deadline: null }],
    ]);
  });
});
