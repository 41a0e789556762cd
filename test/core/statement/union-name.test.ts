import { analyzeStatement } from '../../../src/core/statement';

const asOf = '2026-12-04';

/**
 * « l'Europe des 28 » names the Union by its member count, as « l'UE à 27 » does (stmt39's rule): the check looked at
 * 12 characters before the number, and « l’Europe des » with its space is 13, so that form was read as the goal's
 * number (a final docs read, 2026-12-04).
 */
describe('the Union named by its member count is no goal number', () => {
  it.each([
    'Nous voulons devenir le leader dans l’Europe des 28 d’ici 2027.',
    "Nous voulons devenir le leader dans l'Europe des 28 d'ici 2027.",
    'Nous voulons devenir le leader dans l’UE à 27 d’ici 2027.',
  ])('%s', (text) => {
    expect(analyzeStatement(text, { asOf }).target).toBeNull();
  });

  it.each<[string, number]>([
    ['Faire passer le nombre de clients dans l’UE à 500 d’ici 2027.', 500],
    ['Porter le nombre de distributeurs de l’Europe des 40 pays à 60 d’ici 2027.', 60],
  ])('near miss, the goal keeps its number: %s', (text, target) => {
    expect(analyzeStatement(text, { asOf }).target).toBe(target);
  });
});
