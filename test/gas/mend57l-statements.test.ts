/**
 * mend57l through the BUILT bundle (dist/Code.js on the emulator): the cadence and levers `smartAnalyze` reads after the review
 * of left57's rulings C2 and G2 (test/core/statement/mend57l.test.ts holds the classes and near misses).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF } from './smartparse';

describe('smartAnalyze: mend57l', () => {
  const analyze = bundleAnalyze();

  it('the current figure is the goal\'s own unless compared; an aim noun is no means', () => {
    expect(analyze('Grow current revenue 10% a year through 2028.', AS_OF).recurrence).toBe('year');
    expect(analyze('Keep churn at the current 2% a month through 2027.', AS_OF).recurrence).toBe('month');
    expect(analyze('Reach four times the present one million visitors per year by 2030.', AS_OF).recurrence).toBeNull();
    expect(analyze("Nous nous lançons en Espagne avec l'ambition de 10 000 nouveaux clients par an d'ici 2028.", AS_OF).recurrence).toBe('year');
    expect(analyze("Atteindre 2 M€ de CA avec l'embauche de 5 commerciaux par an.", AS_OF).recurrence).toBeNull();
  });

  it('a premise ends at its comma and holds no goal word', () => {
    expect(analyze('If the goal is 30 deals a month by June, hire 3 reps.', AS_OF).recurrence).toBe('month');
    expect(analyze('Assuming stable prices grow revenue 10% a year through 2028.', AS_OF).recurrence).toBe('year');
  });

  it('G2 needs a figure beyond the deadline and the action verb in its own sense', () => {
    const loyalty = analyze('We aim to launch a loyalty program and cut churn in 2027.', AS_OF);
    expect([loyalty.kpi, loyalty.levers]).toEqual([null, []]);
    expect(analyze("We aim to build on last year's momentum and grow revenue 20% in 2027.", AS_OF).levers).toEqual([]);
  });
});
