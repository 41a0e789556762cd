/**
 * SMARTCHECK's restatement (`exampleRewrite`) reads the goal verb's object once: the counted clause (« Publier 50 articles
 * de blog de plus ») and the user's measure words (« le nombre d’avis clients ») are two readings of the same object; it
 * was parsed twice whenever the first found no counted clause. Same restatements as before, one `goalObject` call at most.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { analyzeStatement, exampleRewrite } from '../../../src/core/statement';
import * as object from '../../../src/core/statement/object';
import type { Lang } from '../../../src/core/types';

const AS_OF = '2026-12-03';

describe('exampleRewrite parses the goal object once', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['Augmenter le nombre d’avis clients à 200 d’ici juin 2027', 'fr', 'Augmenter le nombre d’avis clients à 200 d’ici le 30 juin 2027'],
    ['Publier 50 articles de blog de plus', 'fr', 'Publier 50 articles de blog de plus d’ici le 31 mars 2027'],
    ['Increase our onboarding sessions to 40 by June 2027', 'en', 'Increase our onboarding sessions to 40 by 30 June 2027'],
    ['Réduire le délai de réponse à 2 heures d’ici juin 2027', 'fr', 'Réduire le délai de réponse à 2\u00a0heures d’ici le 30 juin 2027'],
  ] as const)('%s', (text, lang: Lang, restated) => {
    const analysis = analyzeStatement(text, { lang, asOf: AS_OF });
    const spy = jest.spyOn(object, 'goalObject');
    expect(exampleRewrite(analysis, undefined, lang, AS_OF)).toBe(restated);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('with a catalog KPI the object is not read at all', () => {
    const analysis = analyzeStatement('Reduce churn to 20% next quarter', { lang: 'en', asOf: AS_OF });
    const spy = jest.spyOn(object, 'goalObject');
    const churn = KPI_CATALOG.find((k) => k.id === 'churn');
    expect(churn).toBeDefined();
    expect(exampleRewrite(analysis, churn, 'en', AS_OF)).toBe('Reduce churn to 20% by 31 March 2027');
    expect(spy).not.toHaveBeenCalled();
  });
});
