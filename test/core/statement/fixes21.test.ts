/**
 * Goal sentences a review saw misread (fixes21). Each class is fixed by a general rule and checked here on sentences
 * written for the class, FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { AnalyzeOptions } from '../../../src/core/statement';

const AS_OF = '2026-11-26';
const analyze = (text: string, options: Partial<AnalyzeOptions> = {}) => analyzeStatement(text, { asOf: AS_OF, ...options });

describe('G1: a ceiling not to let the KPI exceed is a decrease, its bound the target (the "must not exceed" rule)', () => {
  it.each([
    ['Never let churn go above 5% in 2027', 'churn', 0.05, '2027-12-31'],
    ['Do not let churn exceed 5% in 2027', 'churn', 0.05, '2027-12-31'],
    ['Don\u2019t let CAC go above 100 € by June 2027', 'cac', 100, '2027-06-30'],
    ['Ne pas laisser le churn dépasser 5 % d\u2019ici fin 2027', 'churn', 0.05, '2027-12-31'],
    ['Ne laissez pas le CAC dépasser 100 €', 'cac', 100, null],
    ['Ne jamais laisser le churn monter au-dessus de 5 %', 'churn', 0.05, null],
    ['Never let costs rise above 2 M€ in 2027', 'costs', 2_000_000, '2027-12-31'],
    ['Don\'t let churn rise above 3% this quarter', 'churn', 0.03, '2026-12-31'],
    ['Never exceed 5% churn in 2027', 'churn', 0.05, '2027-12-31'],
    ['Never go over 100 € of CAC', 'cac', 100, null],
  ])('%s → %s, decrease, target %p', (text, kpi, target, deadline) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.baseline, a.target, a.change, a.deadline]).toEqual([kpi, 'decrease', null, target, null, deadline]);
  });

  it('keeps the written rules next to it: "must not exceed", a floor not to fall below (maintain)', () => {
    for (const [text, direction, target] of [
      ['Churn must not exceed 5%', 'decrease', 0.05],
      ['Ne pas dépasser 50 000 € de coûts', 'decrease', 50_000],
      ['ne jamais laisser la marge passer sous 30 %', 'maintain', 0.3],
      ['Don\u2019t let our win rate drop below 25% this year.', 'maintain', 0.25],
    ] as const) {
      const a = analyze(text);
      expect([text, a.direction, a.target]).toEqual([text, direction, target]);
    }
  });

  it('near-misses: exceeding that is not negated, or "not only / pas seulement", stays an increase', () => {
    for (const [text, target] of [
      ['Exceed 120 deals in 2027', 120],
      ['Not only exceed 100 deals but reach 120', 100],
      ['Nous ne voulons pas seulement dépasser 1 M€ de CA', 1_000_000],
      ['Dépasser 1 M€ de CA en 2027', 1_000_000],
    ] as const) {
      const a = analyze(text);
      expect([text, a.direction, a.target]).toEqual([text, 'increase', target]);
    }
  });
});
