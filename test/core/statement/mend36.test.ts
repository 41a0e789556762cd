/**
 * mend36, the final read of stmt35 and num31 on the goal reader, in English and French:
 * (4) "to"/« à » then an approximator ("to about 5%", "to c.15%", « à environ 5 % ») states the level aimed at, not a
 *     change — as "to 5%" and « à 5 % environ » always did; a change after "by" stays a change, a pace "at approximately
 *     18%" and a forecast « attendue à environ 8 % » stay what they were (real30, real28);
 * (5) num31's later aimed level: « viser » is an aim cue, and "but we target" introduces the goal rather than setting it
 *     aside; the baseline is then the latest level read (25 %), not the first (20 %).
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string, asOf = '2026-11-26') => {
  const a = analyzeStatement(text, { asOf });
  return { baseline: a.baseline, target: a.target, change: a.change, deadline: a.deadline };
};

describe('(4) an approximated level after "to" / « à » is the target', () => {
  it.each([
    ['Reduce churn to c.5% by December', 0.05],
    ['Grow gross margin to c.15% by June 2027', 0.15],
    ['Reduce churn to about 5% by December', 0.05],
    ['Reduce churn to approx. 5% by December', 0.05],
    ['Lift close rate to roughly 30% by June', 0.3],
    ['Grow gross margin to circa 15% by June 2027', 0.15],
    ['Réduire le churn à environ 5 % d’ici décembre', 0.05],
    ['Réduire le churn à près de 5 % d’ici décembre', 0.05],
    ['Réduire le churn à 5 % environ d’ici décembre', 0.05],
  ])('%s', (text, target) => {
    expect(read(text)).toMatchObject({ target, change: null });
  });

  it.each([
    ['Grow revenue by about 5% by June', 0.05],
    ['Augmenter le chiffre d’affaires d’environ 5 % d’ici juin', 0.05],
    ['We suggest that most practices set a goal to increase production in the next 12 months at approximately 18%.', 0.18],
  ])('near-miss, a change stays a change: %s', (text, value) => {
    expect(read(text)).toMatchObject({ target: null, change: { value, kind: 'relative' } });
  });
});

describe('(5) a later level aimed at after a first one: « viser », "but we target", from the latest level', () => {
  it.each([
    ['Close rate went from 20% to 25% in 2026, but we target 30% by end of 2027'],
    ['Le taux de conclusion est passé de 20 % à 25 % en 2026, mais nous visons 30 % d’ici fin 2027'],
    ['Le taux de conclusion est passé de 20 % à 25 % en 2026, mais nous voulons viser 30 % d’ici fin 2027'],
    ['Le taux de conclusion est passé de 20 % à 25 % en 2026, nous devons viser 30 % d’ici fin 2027'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ baseline: 0.25, target: 0.3, deadline: '2027-12-31' });
  });

  it.each([
    // A "but" that sets the later level aside keeps the first reading.
    ['Close rate went from 20% to 25% in 2026, but the target of 30% by 2027 was dropped', 0.2, 0.25],
    // A range of levels keeps its lower bound as where it starts (real21).
    ['Les autres plafonnent autour de 100K à 200K de performance annuelle contre un objectif individuel de 300K.', 100000, 300000],
  ])('near-miss: %s', (text, baseline, target) => {
    expect(read(text, '2019-01-07')).toMatchObject({ baseline, target });
  });
});
