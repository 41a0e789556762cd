/**
 * Goal sentences reviewers saw misread (fixes16). Each class is fixed by a general rule and checked here on sentences
 * written for the class, FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { AnalyzeOptions } from '../../../src/core/statement';

const AS_OF = '2026-11-26';
const analyze = (text: string, options: Partial<AnalyzeOptions> = {}) => analyzeStatement(text, { asOf: AS_OF, ...options });

describe('S1: a floor not to fall below is a level to hold, its bound the target', () => {
  it.each([
    ['Ne pas descendre sous 20 % de marge', 'net_margin', 0.2],
    ['never fall below 30 % close rate', 'close_rate', 0.3],
    ['Ne jamais passer sous la barre des 90 % de rétention.', 'retention', 0.9],
    ['Don’t let our win rate drop below 25% this year.', 'close_rate', 0.25],
    ['We must never go below 90% retention.', 'retention', 0.9],
    ['Le taux de marge ne doit jamais tomber en dessous de 30 %.', 'net_margin', 0.3],
    ['Ne pas laisser le taux de closing descendre sous 25 % en 2027.', 'close_rate', 0.25],
    ['Our NPS should not fall under 40.', 'nps', 40],
    ['Never drop under 50 meetings per month.', 'meetings', 50],
    ['Ne plus passer sous les 500 000 € de CA mensuel.', 'revenue', 500_000],
  ])('%s → %s, maintain, target %p', (text, kpi, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe(kpi);
    expect(a.direction).toBe('maintain');
    expect(a.target).toBe(target);
    expect(a.baseline).toBeNull();
    expect(a.change).toBeNull();
  });

  it('keeps keep/maintain verbs with their bound (already the written rule)', () => {
    for (const [text, target] of [
      ['Keep churn below 5 %', 0.05],
      ['maintenir le taux de conversion au-dessus de 25 %', 0.25],
      ['Garder le churn sous 3 % en 2027.', 0.03],
      ['Stay above 40% gross margin.', 0.4],
    ] as const) {
      const a = analyze(text);
      expect([text, a.direction, a.target]).toEqual([text, 'maintain', target]);
    }
  });

  it('keeps the written "must not exceed" ceiling a decrease, and decrease verbs with a bound', () => {
    for (const [text, kpi, target] of [
      ['ne pas dépasser 50 000 € de coûts', 'costs', 50_000],
      ['Le churn ne doit pas dépasser 3 %.', 'churn', 0.03],
      ['Churn must not exceed 2% this quarter.', 'churn', 0.02],
      ['Reduce churn below 5 %', 'churn', 0.05],
      ['Réduire le churn sous 3 %', 'churn', 0.03],
      ['Ne pas réduire le budget marketing, mais baisser le CAC sous 300 €.', 'cac', 300],
    ] as const) {
      const a = analyze(text);
      expect([text, a.kpi, a.direction, a.target]).toEqual([text, kpi, 'decrease', target]);
    }
  });

  it('reads a negated move between two levels by its numbers, not as a floor', () => {
    const a = analyze('Il ne faut pas passer de 20 % à 10 % de marge.');
    expect(a.direction).toBe('decrease');
    expect([a.baseline, a.target]).toEqual([0.2, 0.1]);
  });
});
