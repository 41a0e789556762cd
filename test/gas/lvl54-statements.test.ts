/**
 * lvl54 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's direction and target cells for
 * the two level-or-change rules (test/core/statement/lvl54.test.ts). N: a change noun's percentage is a change, so no target
 * cell (no baseline to apply it to) and the noun's direction; T: a mark is the target.
 */
import { smartParser } from './smartparse';

describe.each([['en_US', 'Decrease'], ['fr_FR', 'Réduire']])('SMARTPARSE (%s)', (locale, decrease) => {
  const parse = smartParser(locale);
  const directionAndTarget = (text: string): unknown[] => {
    const row = parse(text);
    return [String(row[1]).toLowerCase(), row[3]];
  };

  it('N: a change noun governs the percentage, whatever the verb', () => {
    expect(directionAndTarget('La Poste table sur une régression des volumes de colis de 4 % en 2027.')).toEqual([decrease.toLowerCase(), '']);
    expect(directionAndTarget('We expect a decline of 5% in parcel volumes in 2027.')).toEqual([decrease.toLowerCase(), '']);
  });

  it('N near miss: a level after « à » stays the target', () => {
    expect(parse('Une hausse du taux de conversion à 5 % d’ici juin 2027.')[3]).toBe(0.05);
  });

  it('T: a mark is the target', () => {
    expect(directionAndTarget("L'objectif étant de ramener le churn en dessous du seuil des 3 %.")).toEqual([decrease.toLowerCase(), 0.03]);
    expect(parse("Le défi l'année prochaine est de franchir la barre de 2 000 tonnes de miel.")[3]).toBe(2000);
  });

  it('T near miss: a mark of things added is the change', () => {
    expect(parse("L'objectif affiché est d'atteindre la barre des 500 abonnements supplémentaires.")[3]).toBe('');
  });
});
