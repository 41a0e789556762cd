/**
 * num33: one reader of an opening if/« si » condition (number-structure.ts `openingConditionEnd`) serving both stmt35's
 * condition with no figure (set aside) and num32's condition stating a fact (its figures set aside), then number-field
 * classes left on real21–real37 (test/fixtures/statements/README.md, "Number-field misses across sets", num33). Each
 * class: real lines (verbatim, with their set and page date), sentences written for it in French and English, and near
 * misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string, asOf = '2026-12-04') => {
  const a = analyzeStatement(text, { asOf });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline };
};

describe('an opening condition after a word ("But", « Mais », "So") with no figure of its own is no goal: its verb gives no direction', () => {
  it.each([
    // real22 l.1 (stmt35's reader wanted a comma after the opening word, so « Mais si » was read by num32's alone)
    [
      'Mais si la situation reste favorable, nous aimerions doubler notre effectif sur les deux à trois années à venir – nous sommes aujourd’hui 250 collaborateurs – et tripler notre chiffre d’affaire, situé aujourd’hui à 15 millions d’euros, pour atteindre 45 à 50 millions d’euros.',
      '2025-01-06',
      { direction: 'increase', change: { value: 1, kind: 'relative' }, unit: 'percent', deadline: '2028-01-06' },
    ],
    // real20 l.15: an "and" clause saying what you want opens the goal, not more of the condition
    [
      'If you have 20 major product groups defined by your quality group, and you want each salesperson to have five new customers each with a minimum of $5,000 in new sales, you will end up with a key account list worth $500,000 of "new" business per sales territory.',
      '2025-01-06',
      { kpi: 'deals_closed', target: 5, unit: 'count' },
    ],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['If we have 12 reps, and we want each of them to close 4 deals a month, the team closes 48 deals a month.', { kpi: 'deals_closed', direction: 'increase', baseline: null, target: 4 }],
    ['Si nous avons 12 commerciaux, et nous voulons que chacun signe 4 contrats par mois, l’équipe signe 48 contrats par mois.', { kpi: 'deals_closed', direction: 'increase', baseline: null, target: 4 }],
    ['But if demand stays strong, we want to reach 500 customers by 2028.', { kpi: 'customers', direction: 'increase', target: 500, deadline: '2028-12-31' }],
    ['So if demand holds, we want to triple our revenue by 2028.', { kpi: 'revenue', direction: 'increase', change: { value: 2, kind: 'relative' }, unit: 'percent' }],
    ['Because if sales keep falling, we must cut costs by 10% by 2028.', { kpi: 'costs', direction: 'decrease', change: { value: 0.1, kind: 'relative' } }],
    ['Mais si la demande reste forte, nous voulons atteindre 500 clients d’ici 2028.', { kpi: 'customers', direction: 'increase', target: 500, deadline: '2028-12-31' }],
    ['Mais si le marché reste stable, nous voulons augmenter nos ventes de 20 % d’ici 2028.', { kpi: 'revenue', direction: 'increase', change: { value: 0.2, kind: 'relative' } }],
    ['Alors si la demande se maintient, nous voulons tripler notre chiffre d’affaires d’ici 2028.', { kpi: 'revenue', direction: 'increase', change: { value: 2, kind: 'relative' }, unit: 'percent' }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // A thousands comma ends no condition: the figure is the condition's own (real8 l.58's shape, real37 l.19).
    ['If my goal is to earn $75,000 this year, there are several ways to get there.', { kpi: 'revenue', target: 75000, unit: 'currency' }],
    ['So if your average load yields $2,000 in revenue, you would need 250 additional loads per year.', { change: { value: 250, kind: 'absolute' }, unit: 'count' }],
    // A clause opening on "and" belongs to the condition (real27 l.23); "try," opens the main clause (real36 l.2).
    ['If your monthly target is £50,000 and your win rate is 50%, you need £100,000 in active pipeline.', { target: 100000, unit: 'currency' }],
    [
      'For instance, if you want to grow new business in 2023, try, “I plan to elevate my new business hit ratio to 90% in 2023 and obtain two new clients each month with revenues averaging $10,000.”',
      { target: 0.9, unit: 'percent' },
    ],
    // An "and" clause stating another fact stays in the condition.
    ['If you have 12 reps, and each closes 4 deals a month, the team closes 48 deals a month.', { target: 48 }],
    // A condition the speaker reaches is the goal, with or without an opening word (mend38b).
    ['Si nous atteignons 2 M€ en 2027, nous embaucherons 3 commerciaux.', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
    ['Mais si nous atteignons 2 M€ en 2027, nous embaucherons 3 commerciaux.', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
    // No figure in the main clause: no condition is read; the sentence keeps its reading.
    ['Mais si la situation reste favorable, nous aimerions doubler notre effectif sur les deux à trois années à venir.', { direction: 'maintain', change: null }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a floor on a change noun or a change verb\'s percentage bounds the relative change, not a level', () => {
  it.each([
    // real19 l.25, real28 l.35, real28 l.40
    ['Almost half of entrepreneurs (46%) are aiming for an increase in company revenues of at least 10% next year.', '2010-10-18', { target: null, change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    [
      'Dans ce contexte, Teleperformance a confirmé ses objectifs annuels d\'une progression du chiffre d\'affaires supérieure ou égale à 7 % à données comparables et d\'une hausse de la marge opérationnelle courante sur chiffre d\'affaires, qui devrait être supérieure ou égale à 10,3 %.',
      '2015-04-01',
      { target: null, change: { value: 0.07, kind: 'relative' }, unit: 'percent' },
    ],
    ['Have you laid out a plan on your top 50 accounts for increasing revenue by a minimum of 20 percent?', '2024-03-19', { target: null, change: { value: 0.2, kind: 'relative' }, unit: 'percent' }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['We are aiming for an increase in online sales of at least 10% next year.', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Grow revenue by a minimum of 15% this year.', { kpi: 'revenue', target: null, change: { value: 0.15, kind: 'relative' } }],
    ['Increase the number of customers by a minimum of 20 percent by June 2027.', { kpi: 'customers', target: null, change: { value: 0.2, kind: 'relative' }, deadline: '2027-06-30' }],
    ['Nous visons une progression du chiffre d’affaires supérieure ou égale à 7 % en 2027.', { kpi: 'revenue', target: null, change: { value: 0.07, kind: 'relative' } }],
    ['Nous visons une augmentation du nombre de clients supérieure à 10 % en 2027.', { kpi: 'customers', target: null, change: { value: 0.1, kind: 'relative' } }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // A growth rate's own floor, a margin's, a share's and a cost kept under a bound stay levels.
    ['Jardiland prévoit une croissance de plus de 10 % cette année.', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['We expect revenue growth of at least 10% this year.', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['Nous visons une marge supérieure à 20 % cette année.', { target: 0.2, change: null }],
    ['Nous visons une croissance de la part de marché d’au moins 2 % en 2027.', { kpi: 'market_share', target: 0.02, change: null }],
    ['Increase our share of revenue from services to at least 30% by 2027.', { target: 0.3, change: null }],
    ['Keep food cost at 30% or less of sales.', { kpi: 'costs', target: 0.3, change: null }],
    // Already read: a floor right after the change verb's "by" / « de ».
    ['Nous visons une hausse des ventes d’au moins 7 % en 2027.', { kpi: 'revenue', change: { value: 0.07, kind: 'relative' } }],
    ['Increase revenue by at least 20% by 2027.', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' } }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
