/**
 * Review 21, finding 1: a goal on a measure the catalog does not know (« le cycle de vente ») was restated with the
 * generic example KPI — « Réduire le taux de conversion de 5 points » for « Réduire le cycle de vente de 45 à 30 jours »,
 * a KPI the analysis never found. A restatement keeps the user's own measure words and numbers; when the sentence has a
 * goal but no measure words to keep, it names no KPI ("your KPI"); only a sentence that states no goal at all gets the
 * catalog's illustrative example.
 */
import { checkLine, evaluateStatement } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';

const AS_OF = '2026-12-03';

function smartcheck(text: string, lang: Lang): string {
  return checkLine(evaluateStatement(text, { asOf: AS_OF, lang }), { asOf: AS_OF, lang });
}

describe('unknown KPI: the restatement keeps the user’s measure and numbers', () => {
  it.each([
    ['Réduire le cycle de vente de 45 à 30 jours', 'fr', '«\u202fRéduire le cycle de vente de 45 à 30\u00a0jours d’ici le 31 mars 2027\u202f»'],
    ['Réduire le cycle de vente de 45 à 30 jours d’ici fin mars 2027', 'fr', '«\u202fRéduire le cycle de vente de 45 à 30\u00a0jours d’ici le 31 mars 2027\u202f»'],
    ['Reduce the sales cycle from 45 to 30 days', 'en', '“Reduce the sales cycle from 45 to 30 days by 31 March 2027”'],
    ['Cut our average sales cycle length by 10 days', 'en', '“Reduce our average sales cycle length by 10 days by 31 March 2027”'],
    ['Réduire le délai de paiement client de 60 à 45 jours', 'fr', '«\u202fRéduire le délai de paiement client de 60 à 45\u00a0jours d’ici le 31 mars 2027\u202f»'],
    // No number: a relative change, never « 5 points » of a measure whose unit is unknown.
    ['Réduire les délais de livraison', 'fr', '«\u202fRéduire les délais de livraison de 10\u202f% d’ici le 31 mars 2027\u202f»'],
    // (A business growing by a percentage is its sales growth since the ruling of 2026-12-05, stmt44: a store network is not.)
    ['Grow our store network by 10%', 'en', '“Increase our store network by 10% by 31 March 2027”'],
  ] as const)('%s', (text, lang, example) => {
    const line = smartcheck(text, lang);
    expect(line).toContain(example);
    expect(line).not.toMatch(/conversion/);
    const suggestions = Object.values(evaluateStatement(text, { asOf: AS_OF, lang }).criteria).map((c) => c.suggestion ?? '');
    expect(suggestions.join(' ')).not.toMatch(/conversion \d|conversion de|conversion rate by|conversion rate from|conversion rate to/);
  });

  it('a goal whose measure words cannot be kept names no KPI; a counted object keeps its verb', () => {
    const fr = smartcheck('Publier 50 articles de blog de plus d’ici juin 2027', 'fr');
    expect(fr).not.toMatch(/taux de conversion/);
    // fixes56: the counted object with its own verb (test/core/statement/fixes56-own-units.test.ts).
    expect(fr).toContain('«\u202fPublier 50 articles de blog de plus d’ici le 30 juin 2027\u202f»');
    const en = smartcheck('Publish 50 more blog posts by June 2027', 'en');
    expect(en).not.toMatch(/conversion rate/);
    expect(en).toContain('“Publish 50 more blog posts by 30 June 2027”');
    // A direction and a change, no object at all.
    expect(smartcheck('Réduire de 10 % d’ici juin 2027', 'fr')).toContain('«\u202fRéduire votre indicateur de 10\u202f% d’ici le 30 juin 2027\u202f»');
  });

  it('near misses: a known KPI keeps its own words, a vague sentence keeps the illustrative example', () => {
    expect(smartcheck('Réduire l’attrition de 45 % à 20 %', 'fr')).toContain('Réduire l’attrition de 45\u202f% à 20\u202f% d’ici le 31 mars 2027');
    expect(smartcheck('Increase the close rate from 25% to 30%', 'en')).toContain('Increase the close rate from 25% to 30% by 31 March 2027');
    // Nothing to restate: the example is the catalog's, and says so by its "e.g.".
    expect(smartcheck('Être meilleur', 'fr')).toContain('le taux de conversion');
    expect(smartcheck('Be better', 'en')).toContain('the conversion rate');
  });
});

/**
 * Review 21, finding 2: « Atteindre 120 000 € de CA mensuel » was restated « Augmenter le chiffre d’affaires à
 * 120 000 € », which reads as a total over the whole window: the restatement keeps the cadence of a per-period amount.
 */
describe('a per-period amount keeps its cadence in the restatement', () => {
  it.each([
    ['Atteindre 120 000 € de CA mensuel d’ici fin mars 2027', 'fr', 'à 120\u202f000\u00a0€ par mois d’ici le 31 mars 2027'],
    ['Reach $120,000 of monthly revenue by March 31, 2027', 'en', 'to $120,000 per month by 31 March 2027'],
    ['Increase monthly revenue from $100,000 to $120,000 by June 2027', 'en', 'from $100,000 to $120,000 per month by 30 June 2027'],
    ['Reach $550,000 annual revenue by December 2027', 'en', 'to $550,000 per year by 31 December 2027'],
    // A relative change of a monthly amount: the cadence goes with the KPI, not the percentage (no growth rate per month).
    ['Augmenter le CA mensuel de 10 % d’ici juin 2027', 'fr', 'le CA par mois de 10\u202f% d’ici le 30 juin 2027'],
  ] as const)('%s', (text, lang, restated) => {
    expect(smartcheck(text, lang)).toContain(restated);
  });

  it('near misses: a cadence goal keeps its own wording, a plain total gets none', () => {
    expect(smartcheck('Reach $120,000 in revenue per month by March 31, 2027', 'en')).toContain('to $120,000 per month through 31 March 2027');
    expect(smartcheck('Atteindre 120 000 € de CA d’ici fin mars 2027', 'fr')).not.toContain('par mois');
  });
});
