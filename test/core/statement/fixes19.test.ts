/**
 * Goal sentences misread this morning (fixes19). Each class is fixed by a general rule, checked on sentences written for
 * the class, FR and EN, with near-misses that keep their reading. The surfaces: test/gas/fixes19-statements.test.ts and
 * test/gas/workbook/fixes19-annual-total.test.ts.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { statementQuestion, withTotalPeriod } from '../../../src/core/achievability';
import type { KpiPoint } from '../../../src/core/types';

const AS_OF = '2026-11-26';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('F1: a cadence adjective on a flow’s name is the period its amount totals over', () => {
  it.each([
    ['Reach $550,000 annual revenue by end of 2027', 'year'],
    ['Atteindre 550 000 € de chiffre d’affaires annuel d’ici fin 2027', 'year'],
    ['annual sales of $2M by 2027', 'year'],
    ['Reach $550,000 yearly revenue by end of 2027', 'year'],
    ['Atteindre 550 000 € de ventes annuelles d’ici fin 2027', 'year'],
    ['Generate 12,000 annual leads by 2027', 'year'],
    ['Reach $150,000 quarterly revenue by end of 2027', 'quarter'],
    ['Atteindre 50 000 € de chiffre d’affaires mensuel d’ici juin 2027', 'month'],
    ['Reach $550,000 revenue per year by end of 2027', 'year'],
  ])('%s → totalOver %s (recurrence as labelled: no cadence of the goal unless written)', (text, period) => {
    const a = analyze(text);
    expect(a.totalOver).toBe(period);
    expect(withTotalPeriod(a).recurrence).toBe(period);
  });

  it.each([
    'Reach $550,000 revenue by end of 2027',
    'Reach $50,000 in monthly recurring revenue by June 2027',
    'Atteindre 50 000 € de revenus récurrents mensuels d’ici juin 2027',
    'Reduce annual churn to 5% by 2027',
    'Grow MRR by 5% month over month until the end of Q2',
    'Reach a monthly run-rate of $500k by 2027',
    'Cut annual CAC to $150 by 2027',
  ])('near miss, no total period: %s', (text) => {
    const a = analyze(text);
    expect(a.totalOver).toBeUndefined();
    expect(withTotalPeriod(a)).toBe(a);
  });

  it('SMARTSCORE’s question sums the year on a monthly revenue history (was: a monthly level of 550,000)', () => {
    const history: KpiPoint[] = Array.from({ length: 24 }, (_, i) => ({ date: `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, value: 45_000 }));
    const revenue = { aggregation: 'level' as const, unit: 'currency' as const };
    const annual = statementQuestion(analyze('Reach $550,000 annual revenue by end of 2027'), history, AS_OF, revenue, 1);
    const perYear = statementQuestion(analyze('Reach $550,000 revenue per year by end of 2027'), history, AS_OF, { ...revenue, aggregation: 'total' }, 1);
    // The total over 2027 (the "per year" question on a summed KPI), not the level of December 2027.
    expect(annual).toEqual(perYear);
    expect(annual?.aggregation).toBe('total');
    expect(annual?.windowStart).toBe('2027-01-01');
    const plain = statementQuestion(analyze('Reach $550,000 revenue by end of 2027'), history, AS_OF, revenue, 1);
    expect(plain?.aggregation).toBe('level');
    expect(plain?.windowStart).toBeUndefined();
  });
});

describe('F2: a negated floor is a ceiling, in English as in French', () => {
  it.each([
    ['No single customer should account for more than 20% of revenue', 0.2],
    ['A single customer must not account for more than 20% of revenue', 0.2],
    ['No customer should represent more than 15% of sales', 0.15],
    ['Our top client shouldn’t make up more than 25% of revenue', 0.25],
    ['Aucun client ne doit générer plus de 50 % du chiffre d’affaires', 0.5],
    ['Le CAC ne doit jamais dépasser 150 €', 150],
    ['CAC must never exceed $150', 150],
  ])('%s → decrease, target %p', (text, target) => {
    const a = analyze(text);
    expect(a.direction).toBe('decrease');
    expect(a.target).toBe(target);
  });

  it.each([
    ['Grow revenue to more than $1M by 2027', 'increase'],
    ['We should win more than 40 deals by June 2027', 'increase'],
    ['Exceed 500 leads by June 2027', 'increase'],
    ['Dépasser 500 leads d’ici juin 2027', 'increase'],
    ['Churn must not exceed 2%', 'decrease'],
  ])('near miss: %s → %s', (text, direction) => {
    expect(analyze(text).direction).toBe(direction);
  });
});

describe('F3: a typographic space before % or € does not make English French', () => {
  it.each([
    ['Churn must not exceed 2 %', 'en'],
    ['Churn should stay below 2 %', 'en'],
    ['CAC must not exceed 150 €', 'en'],
    ['Keep CAC under 150 €', 'en'],
    ['Revenue of 1 200 000 € by 2027', 'en'],
    ['Le churn ne doit pas dépasser 2 %', 'fr'],
    ['Le CAC ne doit jamais dépasser 150 €', 'fr'],
    ['Rester sous 2 % de churn', 'fr'],
    ['Churn 2 %', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(analyze(text).language).toBe(lang);
  });
});

describe('F4: a from→to of customers is the customer base', () => {
  it.each([
    ['from 300 customers last year to 500 by 2027', 300, 500],
    ['Grow from 300 customers last year to 500 by 2027', 300, 500],
    ['Go from 300 to 500 customers by 2027', 300, 500],
    ['Passer de 300 clients l’an dernier à 500 d’ici 2027', 300, 500],
    ['Passer de 300 à 500 clients d’ici 2027', 300, 500],
  ])('%s → customers %p → %p', (text, baseline, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('customers');
    expect([a.baseline, a.target]).toEqual([baseline, target]);
  });

  it.each([
    'Sign 30 new customers by June 2027',
    'Win 50 customers by 2027',
    'Go from 10 to 20 new customers per month by June 2027',
    'Signer de 10 à 20 nouveaux clients d’ici juin 2027',
    'Grow from 30 customers a month to 50 by June 2027',
  ])('near miss, customers won: %s', (text) => {
    expect(analyze(text).kpi).toBe('deals_closed');
  });
});
