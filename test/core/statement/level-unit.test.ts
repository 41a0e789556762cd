/**
 * A relative change that leads to a level ("Double revenue to $2M", « Doubler nos magasins à 40 »): the goal's `unit` is
 * a fraction by the fixtures' unit rule, but the level keeps its own unit in what the add-on says. Before, the target was
 * written as a percentage of itself — "Target stated: 200,000,000%", « Cible indiquée : 4 000 % » —, a silent wrong
 * answer on one of the commonest goal shapes (the lead, 2026-12-05; four real sets' lines read that way).
 */
import { analyzeStatement, evaluateStatement } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';

const AS_OF = '2026-12-05';
const measurable = (text: string, lang: Lang): string => evaluateStatement(text, { asOf: AS_OF, lang }).criteria.measurable.message;
const nb = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a level reached by a relative change is said in its own unit', () => {
  it.each([
    ['Double revenue to $2M by 2028.', 'en', 'Target stated: $2,000,000.'],
    ['Triple our customers to 300 by 2027.', 'en', 'Target stated: 300.'],
    ['Double our stores to 40 by 2028.', 'en', 'Target stated: 40.'],
    ['Grow revenue 3x to $3M ARR next year.', 'en', 'Target stated: $3,000,000.'],
    ["Doubler nos ventes à 2 millions d'euros d'ici 2028.", 'fr', 'Cible indiquée : 2 000 000 €.'],
    ["Doubler nos magasins à 40 d'ici 2028.", 'fr', 'Cible indiquée : 40.'],
    ["Doubler le chiffre d'affaires, qui devrait atteindre 20 millions d'euros en 2027.", 'fr', 'Cible indiquée : 20 000 000 €.'],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(nb(measurable(text, lang))).toBe(expected);
  });

  it('keeps the fixtures’ unit field a fraction and names the level’s unit beside it', () => {
    const analysis = analyzeStatement('Double revenue to $2M by 2028.', { asOf: AS_OF });
    expect(analysis).toEqual(expect.objectContaining({ unit: 'percent', levelUnit: 'currency', target: 2_000_000, currency: 'USD' }));
  });

});

describe('near misses: a percentage level, a change alone, a plain level', () => {
  it.each([
    ['Double our conversion rate to 4% by 2028.', 'en', 'Target stated: 4%.'],
    ['Doubler le taux de conversion à 4 % d’ici 2028.', 'fr', 'Cible indiquée : 4 %.'],
    ['Increase revenue to $2M by 2028.', 'en', 'Target stated: $2,000,000.'],
    ['Double revenue by 2028.', 'en', 'Change stated: 100%.'],
    ["Augmenter le chiffre d'affaires de 15 % d'ici 2027.", 'fr', 'Variation indiquée : 15 %.'],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(nb(measurable(text, lang))).toBe(expected);
  });

  it('keeps the currency the sentence names (« 20 millions d’euros » after « doubler »)', () => {
    expect(analyzeStatement("Doubler le chiffre d'affaires, qui devrait atteindre 20 millions d'euros en 2027.", { asOf: AS_OF }).currency).toBe('EUR');
  });

  it('sets no level unit where the level is itself a percentage or there is none', () => {
    expect(analyzeStatement('Double our conversion rate to 4% by 2028.', { asOf: AS_OF }).levelUnit).toBeUndefined();
    expect(analyzeStatement('Double revenue by 2028.', { asOf: AS_OF }).levelUnit).toBeUndefined();
  });
});
