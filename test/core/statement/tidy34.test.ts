/**
 * tidy34: two of mend32's narrowings carried over. (1) « …: objectif 40. » / "…: goal 40." end on the goal's own number,
 * as mend32 made "…: target 40." do: a goal word is an item label only opening the cell ("Goal 1: …"). (2) "with N
 * <things>" after a goal verb is a means in English as « avec 3 commerciaux » is in French, unless a floor, an amount, a
 * start or a planned count (mend32's exclusions). The real lines each old rule was written for keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('a goal word before the number ending a sentence gives the target; opening the cell it labels an item', () => {
  readsAs(AS_OF, [
    ['Nouveaux clients : objectif 40.', { kpi: 'deals_closed', target: 40 }],
    ['Meetings: goal 40.', { kpi: 'meetings', target: 40 }],
    ['Book meetings: goal 40.', { kpi: 'meetings', target: 40 }],
    ['Nouveaux rendez-vous : objectif 40.', { kpi: 'meetings', target: 40 }],
  ]);
  describe('kept: the real lines the item-label rule was written for', () => {
    readsAs(AS_OF, [
      ['Goal 1: Book $2.75 million in new business by end of Q2', { kpi: 'revenue', target: 2750000 }],
      ['Key Result 1: Increase the website conversion rate from 2% to 3% by the end of the quarter.', { target: 0.03 }],
      ['KR 4: Increase CSAT score from 4.0 to 4.5', { target: 4.5 }],
      ['OPTION 2: Increase your closing percentage from 45% to 52%', { target: 0.52 }],
      ['I’ve already reached goals 1 and 2 quite some time ago, so I added another goal of reaching 1000 sales on Etsy.', { target: 1000 }],
      ['Objectif 2: signer 25 nouveaux comptes en 2027.', { target: 25 }],
    ]);
  });
});

describe('"with N things" after a goal verb is a means in English as in French', () => {
  readsAs(AS_OF, [
    ['Grow revenue by 15% with 3 reps', { kpi: 'revenue', change: { value: 0.15, kind: 'relative' }, levers: ['3 reps'] }],
    ['Increase revenue by 15% with 2 more trade shows by the end of 2027', { kpi: 'revenue', levers: ['2 more trade shows'] }],
    ["Augmenter le CA de 15 % avec 3 commerciaux d'ici fin 2027", { kpi: 'revenue', levers: ['3 commerciaux'] }],
  ]);
  describe('near misses: a floor, an amount, a start, a planned count, no goal verb before it', () => {
    readsAs(AS_OF, [
      ['Grow revenue by 15% with at least 3 reps', { levers: [] }],
      ['Grow revenue by 15% with 20% more calls', { levers: [] }],
      ['Grow revenue by 15% with 500k in pipeline', { levers: [] }],
      ['Grow revenue by 15% with 40 stores planned', { levers: [] }],
      ['We started with 3 reps and want to grow revenue by 15%', { levers: [] }],
      ['Hire 3 engineers with at least 5 years of experience by June 2027.', { target: 3, levers: [] }],
    ]);
    // The real line: what he would be pleased with is the goal's number, no means.
    readsAs(AS_OF, [['Sexton says CDE did not set an official goal for ticket sales, but he would be pleased with 90 thousand.', { target: 90000, levers: [] }]]);
  });
});
