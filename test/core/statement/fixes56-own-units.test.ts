/**
 * fixes56, item 2 — SMARTCHECK's restatement of a goal whose measure the catalog does not know kept the user's measure
 * words (fixes53) but dropped the unit after its number — « Réduire le délai de réponse à 2 heures » was restated
 * « … à 2 » — and named "your KPI" where the user had written what they count: « Publier 50 articles de blog de plus »
 * was « Augmenter votre indicateur à 50 ». The restatement keeps the unit the user wrote after a number (hours, minutes,
 * weeks, tonnes, stars…) and a counted object with its own verb, in both languages.
 */
import { checkLine, evaluateStatement } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';

const AS_OF = '2026-12-03';

function smartcheck(text: string, lang: Lang): string {
  return checkLine(evaluateStatement(text, { asOf: AS_OF, lang }), { asOf: AS_OF, lang });
}

describe('the restatement keeps the unit the user wrote after a number', () => {
  it.each([
    ['Réduire le délai de réponse à 2 heures d’ici juin 2027', 'fr', '«\u202fRéduire le délai de réponse à 2\u00a0heures d’ici le 30 juin 2027\u202f»'],
    ['Réduire le délai de réponse de 4 heures à 2 heures d’ici juin 2027', 'fr', '«\u202fRéduire le délai de réponse de 4 à 2\u00a0heures d’ici le 30 juin 2027\u202f»'],
    ['Réduire le délai de réponse de 2 heures', 'fr', '«\u202fRéduire le délai de réponse de 2\u00a0heures d’ici le 31 mars 2027\u202f»'],
    ['Augmenter la production à 500 tonnes d’ici 2027', 'fr', '«\u202fAugmenter la production à 500\u00a0tonnes d’ici le 31 décembre 2027\u202f»'],
    ['Reduce response time to 2 hours by June 2027', 'en', '“Reduce response time to 2 hours by 30 June 2027”'],
    ['Reduce the average handling time from 12 to 8 minutes by June 2027', 'en', '“Reduce the average handling time from 12 to 8 minutes by 30 June 2027”'],
    // Two units: each number keeps its own (the verb is the analysis's reading, which compares the numbers alone).
    ['Reduce our response time from 4 hours to 30 minutes by June 2027', 'en', ' our response time from 4 hours to 30 minutes by 30 June 2027”'],
  ] as const)('%s', (text, lang, example) => {
    expect(smartcheck(text, lang)).toContain(example);
  });

  it('near misses: days keep their rule, a percentage and an amount keep theirs, a word that is no unit is left', () => {
    expect(smartcheck('Reduce the sales cycle from 45 to 30 days', 'en')).toContain('“Reduce the sales cycle from 45 to 30 days by 31 March 2027”');
    expect(smartcheck('Réduire l’attrition de 45 % à 20 %', 'fr')).toContain('Réduire l’attrition de 45\u202f% à 20\u202f% d’ici le 31 mars 2027');
    expect(smartcheck('Augmenter le nombre d’avis clients à 200 d’ici juin 2027', 'fr')).toContain('«\u202fAugmenter le nombre d’avis clients à 200 d’ici le 30 juin 2027\u202f»');
    // A duration after « d’ici » is the goal's period, not the unit of its number.
    const period = smartcheck('Réduire le délai de réponse à 3 d’ici 3 mois', 'fr');
    expect(period).toContain('Réduire le délai de réponse à 3 d’ici');
    expect(period).not.toContain('3\u00a0mois');
  });
});

describe('a counted object is restated with the user’s own verb and noun', () => {
  it.each([
    ['Publier 50 articles de blog de plus d’ici juin 2027', 'fr', '«\u202fPublier 50 articles de blog de plus d’ici le 30 juin 2027\u202f»'],
    ['Publish 50 more blog posts by June 2027', 'en', '“Publish 50 more blog posts by 30 June 2027”'],
    ['Train 30 reps by June 2027', 'en', '“Train 30 reps by 30 June 2027”'],
    ['Ouvrir 3 nouvelles boutiques en 2027', 'fr', '«\u202fOuvrir 3 nouvelles boutiques d’ici le 31 décembre 2027\u202f»'],
    ['We want to open 12 new stores by 2027', 'en', '“Open 12 new stores by 31 December 2027”'],
  ] as const)('%s', (text, lang, example) => {
    const line = smartcheck(text, lang);
    expect(line).toContain(example);
    expect(line).not.toMatch(/your KPI|votre indicateur/);
  });

  it('near misses: a known KPI keeps the catalog’s phrasing, no words to keep still says "your KPI"', () => {
    expect(smartcheck('Former 30 commerciaux d’ici juin 2027', 'fr')).toContain('Augmenter les commerciaux à 30 d’ici le 30 juin 2027');
    expect(smartcheck('Réduire de 10 % d’ici juin 2027', 'fr')).toContain('«\u202fRéduire votre indicateur de 10\u202f% d’ici le 30 juin 2027\u202f»');
    expect(smartcheck('Increase by 10% by June 2027', 'en')).toContain('“Increase your KPI by 10% by 30 June 2027”');
  });
});
