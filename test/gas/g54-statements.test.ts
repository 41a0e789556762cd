/**
 * g54 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's target cell under ruling G1
 * (test/core/statement/g54.test.ts). A growth of a measure named after the noun, or a verb of growing, is a relative change,
 * so no target cell (no baseline to apply it to); a measure named before the noun ("EPS growth of 10%") is a growth measure
 * whose percentage is the target.
 */
import { smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);

  it('G1 (b), (c): a growth of a measure named after the noun, or a verb of growing, leaves no target', () => {
    expect(parse('We aim for 20% growth in deliveries by 2027.')[3]).toBe('');
    expect(parse("Nous voulons atteindre une croissance en volume de minimum +75 % d'ici 2028.")[3]).toBe('');
    expect(parse('The bank expects credit and deposits to grow 20-25 percent in the fiscal year.')[3]).toBe('');
  });

  it('G1 (a) and near misses: the measure named before, or revenue growth, is the level', () => {
    expect(parse('We target EPS growth of 10% in 2027.')[3]).toBe(0.1);
    expect(parse('Le pays vise une croissance économique de 7 %.')[3]).toBe(0.07);
    expect(parse('We target 12% growth in revenue by 2027.')[3]).toBe(0.12);
    expect(parse('We aim for 20% growth in the first year.')[3]).toBe(0.2);
  });
});
