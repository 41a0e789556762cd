/**
 * audit65, through the BUILT bundle in an en_ZA sheet: SMARTCHECK restates a rand goal the way CLDR's en_ZA writes the
 * currency, a space after the sign ("from R 4,970 to R 4,500"); SMARTPARSE read that restatement without its baseline,
 * and a French one (« de R 4 970 à R 4 500 ») with the baseline as its target. Both now read what they say.
 */
import { smartCells, smartParser, addonIn, AS_OF } from './smartparse';

describe('en_ZA: a rand with a space after its sign', () => {
  const cells = smartCells(smartParser('en_ZA'));
  const addon = addonIn('en_ZA');

  it('SMARTCHECK’s restatement reads back as typed: the same baseline and target', () => {
    const restated = addon.call<string>('SMARTCHECK', 'Reduce CAC from R4 970 to R4 500 by 28 February 2027', AS_OF);
    expect(restated).toMatch(/^SMART: Reduce CAC from R\s4\s970 to R\s4\s500 by 28 February 2027$/);
    expect(cells(restated.replace(/^SMART: /, '')).slice(1)).toEqual([4970, 4500, '2027-02-28']);
  });

  it('English and French sentences with the add-on’s spacing', () => {
    expect(cells('Increase ARR from R 3,843,840 to R 4,500,000 by 2028/02/29').slice(1)).toEqual([3843840, 4500000, '2028-02-29']);
    expect(cells("Réduire le CAC de R 4 970 à R 4 500 d'ici le 28 février 2027").slice(1)).toEqual([4970, 4500, '2027-02-28']);
  });

  it('near miss: "Grade R" is a label, its 1,200 a count', () => {
    expect(cells('Enrol Grade R 1,200 learners by 2027').slice(2)).toEqual([1200, '2027-12-31']);
    expect(addon.call<string>('SMARTCHECK', 'Enrol Grade R 1,200 learners by 2027', AS_OF)).not.toMatch(/R 1,200|ZAR/);
  });
});
