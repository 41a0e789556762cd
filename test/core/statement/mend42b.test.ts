/**
 * Regressions a read-only review found in stmt40's rules for real39's classes (real-wording39.test.ts), each narrowed to
 * the shape real39 showed: a count after the goal and a comma is a detail only in a state ("already", « prévues »); the
 * date of an "up/down from" level only right after its figure; "in-year" only with no number after it; a school's whole
 * enrolment, not a programme's; "they" spending as customers only after a noun of them; growth opportunities no pipeline
 * only where no count or pipeline governs them; an editor's note that compares keeps its baseline; a level told by its
 * count of digits a floor only when the goal rises (a fall's "six figures" is a ceiling: nothing is read), and a rate so
 * told a level wherever the sentence puts it. EN and FR, with near misses that keep today's reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe('a count after the goal and a comma is a means unless it is in a state', () => {
  readsAs(AS_OF, [
    ['Grow revenue by 20% in 2027, with 3 new reps.', { target: null, change: { value: 0.2, kind: 'relative' }, levers: ['3 new reps'] }],
    ['Increase sales 10% in 2027, with 2 new stores.', { target: null, levers: ['2 new stores'] }],
    ['Grow revenue by 20% in 2027, with 3 new reps and better onboarding.', { target: null, levers: ['3 new reps', 'better onboarding'] }],
    ['Augmenter le CA de 20 % en 2027, avec 3 commerciaux supplémentaires.', { target: null, levers: ['3 commerciaux supplémentaires'] }],
  ]);
  describe('near-misses: a count in a state details the goal, and is never its target', () => {
    readsAs(AS_OF, [
      ['We plan to open 40 stores in 2027, with 12 already under construction.', { target: 40, levers: [] }],
      ['Grow revenue by 20% in 2027, with 12 stores already open.', { target: null, change: { value: 0.2, kind: 'relative' }, levers: [] }],
      ['Le réseau veut ouvrir 40 magasins en 2027, avec 15 ouvertures prévues.', { target: 40, levers: [] }],
    ]);
  });
});

describe('the date of an "up/down from" level is set aside only right after its figure', () => {
  readsAs(AS_OF, [
    ['Get churn to 2%, down from 5% by June 2027.', { baseline: 0.05, target: 0.02, deadline: '2027-06-30' }],
    ['Grow revenue to $2M, up from $1M by the end of 2027.', { baseline: 1000000, target: 2000000, deadline: '2027-12-31' }],
    ['Revenue should be up from 2025 by 20% in 2027.', { deadline: '2027-12-31' }],
  ]);
  describe('near-misses: the date of the compared level is still no deadline', () => {
    readsAs(AS_OF, [
      ['We think we will be close to 20% net, up from 9% net in 2025.', { baseline: 0.09, target: 0.2, deadline: null }],
      ['Our churn should be near 2% a month, down from 3% a month in 2025.', { deadline: null }],
    ]);
  });
});

describe('"in year" followed by a number is no current-year date', () => {
  readsAs(AS_OF, [
    ['Grow revenue 20% in year 10 of the plan.', { deadline: '2036-12-05' }],
    ['Reach 5,000 users in year 2028.', { target: 5000, deadline: null }],
    ['Hit $1M in revenue in year six.', { target: 1000000, deadline: null }],
  ]);
  describe('near-misses: "in-year" alone is still this year', () => {
    readsAs(AS_OF, [['Cut costs by $2M in-year.', { deadline: '2026-12-31' }]]);
  });
});

describe("a programme's enrolment stays sign-ups", () => {
  readsAs(AS_OF, [
    ['Increase the enrollment in our free trial by 20% in 2027.', { kpi: 'signups' }],
    ['Double the enrollment in our newsletter by 2027.', { kpi: 'signups' }],
    ['Enrollment in our free trial: +20% by 2027.', { kpi: 'signups' }],
  ]);
  describe("near-misses: a school's whole enrolment is its customers", () => {
    readsAs(AS_OF, [
      ['Grow total enrollment to 800 students by 2028.', { kpi: 'customers', target: 800 }],
      ['Increase the enrollment in our school by 10% in 2027.', { kpi: 'customers' }],
    ]);
  });
});

describe('"the money they spend" is costs when "they" is our own team', () => {
  readsAs(AS_OF, [['Our marketing team must cut the money they spend on ads by 10% in 2027.', { kpi: 'costs', direction: 'decrease' }]]);
  describe("near-misses: customers' spending is no cost", () => {
    readsAs(AS_OF, [
      ['Grow the number of customers visiting the store and increase the money they spend by 10% in 2027.', { kpi: 'customers' }],
      ['Increase customer spending by 10% in 2027.', { kpi: null }],
    ]);
  });
});

describe('opportunities counted or in the pipeline are the funnel, "for growth" or not', () => {
  readsAs(AS_OF, [
    ['Create 200 sales opportunities for growth by Q2 2027.', { kpi: 'funnel_throughput', target: 200 }],
    ['Augmenter de 20 % les opportunités de croissance qualifiées du pipeline en 2027.', { kpi: 'funnel_throughput' }],
  ]);
  describe('near-misses: growth opportunities seized are no funnel', () => {
    readsAs(AS_OF, [
      ['We will pursue growth opportunities to lift revenue by 10% in 2027.', { kpi: 'revenue' }],
      ['Le groupe veut saisir des opportunités de croissance pour augmenter son chiffre d’affaires de 10 % en 2027.', { kpi: 'revenue' }],
    ]);
  });
});

describe("an editor's note that compares with a level gives the baseline", () => {
  readsAs(AS_OF, [
    ["Le groupe vise 500 magasins en 2027 (contre 300 aujourd'hui, NDLR).", { baseline: 300, target: 500 }],
    ['The chain aims for 500 stores in 2027 (vs 300 today, NDLR).', { baseline: 300, target: 500 }],
  ]);
  describe('near-misses: a note of another fact is still set aside', () => {
    readsAs(AS_OF, [['L’objectif reste de devenir le premier club de la région (le voisin comptait 2 000 adhérents en 2015, NDLR).', { target: null }]]);
  });
});

describe('a level told by its count of digits: a floor only for a rise, a rate a level', () => {
  readsAs(AS_OF, [
    // A fall "to six figures" is below a million: the target field holds no ceiling, so nothing is read (it read 100,000).
    ['Reduce our debt to six figures by 2027.', { direction: 'decrease', target: null }],
    ['Reduce costs to five figures per month', { kpi: 'costs', target: null }],
    // EN agrees with « marge à deux chiffres » (10 %).
    ['We target double-digit margins by 2027.', { direction: 'increase', target: 0.1, unit: 'percent' }],
    // A growth rate aimed at is a sales_growth level, wherever the sentence puts it (stmt40's "anticipate double-digit growth").
    ['Double digit sales growth in 2027 is our goal.', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['We expect double-digit revenue growth in 2027.', { kpi: 'sales_growth', target: 0.1, change: null }],
  ]);
  describe('near-misses: a rise to six figures and a French margin keep their floor, a doubling still doubles', () => {
    readsAs(AS_OF, [
      ['Reach six figures in revenue by 2027.', { target: 100000, unit: 'currency' }],
      ['Nous visons un taux de marge à deux chiffres en 2027.', { kpi: 'net_margin', target: 0.1 }],
      ['We want to double our revenue in 2027.', { change: { value: 1, kind: 'relative' } }],
      ['Reduce our debt to $100,000 by 2027.', { target: 100000 }],
    ]);
  });
});
