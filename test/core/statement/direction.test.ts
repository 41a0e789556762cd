import { analyzeStatement } from '../../../src/core/statement';
import { findDirections } from '../../../src/core/statement/direction';
import { fold } from '../../../src/core/statement/text';

const direction = (text: string) => analyzeStatement(text, { asOf: '2026-11-26' }).direction;

describe('direction', () => {
  it.each([
    ['Augmenter le CA de 10 %', 'increase'],
    ['Raise the close rate to 30%', 'increase'],
    ['Boost sales 20% year over year', 'increase'],
    ['Réduire le churn', 'decrease'],
    ['Cut CAC by 20%', 'decrease'],
    ['Lower churn to 2%', 'decrease'],
    ['Bring churn down to 1.8% by Q4 2027', 'decrease'],
    ['Ramener le CAC à 150 €', 'decrease'],
    ['Maintenir la marge brute au-dessus de 60 %', 'maintain'],
    ['Keep churn below 2%', 'maintain'],
    ['Porter le taux de conversion de 2 % à 3 %', 'increase'],
    ['Faire passer le churn de 5 % à 3 %', 'decrease'],
    ['Improve our win rate', 'increase'],
    ['Améliorer le taux d’attrition', 'decrease'],
    ['Atteindre un CAC de 120 €', 'decrease'],
    ['Close 40 accounts by year end', 'increase'],
    ['Get more leads', 'increase'],
    ['Halve CAC within 12 months', 'decrease'],
    ['Diviser le coût d’acquisition client par deux', 'decrease'],
    // Building a pipeline/base is an attainment verb in both languages: the KPI's better direction.
    ['Construire un pipeline de 2 M€ d’ici le 31/03/2027', 'increase'],
    ['Bâtir un pipeline de 500 k€', 'increase'],
    ['Constituer un portefeuille de 40 nouveaux clients', 'increase'],
    ['Develop a $2M pipeline by Q2', 'increase'],
  ])('%s → %s', (text, expected) => {
    expect(direction(text)).toBe(expected);
  });

  it.each(['Être meilleur.', 'Do better.', 'Progresser.', 'Be more customer-centric.', 'Grow.', 'Make customers happier.'])('%s → null', (text) => {
    expect(direction(text)).toBeNull();
  });

  // Issue 11: vague goals with a clear verb still have a direction ("Sell more." used to give none).
  it.each([
    ['Sell more.', 'increase'],
    ['vendre plus', 'increase'],
    ['Grow our business.', 'increase'],
    ['Accroître notre rentabilité.', 'increase'],
    ['Get more customers', 'increase'],
    ['Better conversion rates', 'increase'],
    ['Réduire nos coûts.', 'decrease'],
  ])('%s → %s (vague but directed)', (text, expected) => {
    expect(direction(text)).toBe(expected);
  });

  it('states relative changes for multiplicative verbs', () => {
    const changes = (text: string) => findDirections(fold(text)).flatMap((d) => (d.relativeChange === null ? [] : [d.relativeChange]));
    expect(changes('double sign-ups')).toEqual([1]);
    expect(changes('tripler les leads')).toEqual([2]);
    expect(changes('halve CAC')).toEqual([0.5]);
    expect(changes('réduire le churn de moitié')).toEqual([0.5]);
    expect(changes('diviser le CAC par trois')[0]).toBeCloseTo(2 / 3, 12);
  });
});
