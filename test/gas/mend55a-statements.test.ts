/**
 * mend55a through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) after the lead's decisions on left55's review (test/core/statement/mend55a.test.ts):
 * relative months and quarters are disjoint periods (the first count), a list of changes or a sum keeps the first goal,
 * levels of one measure in relative years still aim at the last.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('relative months and quarters: the first count by its period; relative years: the last level', () => {
    expect(cells('Close 15 deals this quarter and 25 next quarter.').slice(2)).toEqual([15, '2026-12-31']);
    expect(cells('Signer 20 nouveaux clients ce mois-ci et 30 le mois prochain.').slice(2)).toEqual([20, '2026-12-31']);
    expect(cells('Reach 2,000 subscribers this year and 3,000 next year.').slice(2)).toEqual([3000, '2027-12-31']);
  });

  it('a list of additions stated as a sum keeps the first goal', () => {
    expect(cells("Atteindre 2 000 abonnés cette année et 3 000 l'an prochain, soit 5 000 au total.").slice(2)).toEqual([2000, '2026-12-31']);
  });
});
