/**
 * mend64s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the review of stmt64 (test/core/statement/mend64s.test.ts). « Augmenter le taux
 * d'ouverture de 20 à 25 % » moves from 20 % to 25 % (the row showed 20 % as the target); "the hiring of 5 to 6 sales reps"
 * aims at 5, as « l'embauche de 5 à 6 commerciaux » (the row showed 5 → 6); "a 10 to 12% growth in our two flagship stores'
 * sales" aims at 10 % (the row showed 2); "a 24-hour response time" aims at 24 (the row was empty) and "from 48-hour to
 * 24-hour delivery" moves from 48 to 24; « L'objectif pour 2025, était de 400 clients ; nous visons 500 clients » moves from
 * 400 to 500 (the row showed 400 as the target); « Nous avons ouvert 8 magasins et en ouvrirons 10 autres » starts from 8 and aims
 * at 18 (the row showed 8 as the target).
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each finding moves. */
  const cells = smartCells(parse);

  it('an action noun qualifying another noun: a move; hiring a range: its lower bound in both languages', () => {
    expect(cells("Augmenter le taux d'ouverture de 20 à 25 % d'ici 2028.").slice(1)).toEqual([0.2, 0.25, '2028-12-31']);
    expect(cells("Réduire le délai d'embauche de 45 à 30 jours d'ici 2028.").slice(1)).toEqual([45, 30, '2028-12-31']);
    expect(cells('We plan the hiring of 5 to 6 sales reps by 2027.').slice(1)).toEqual(['', 5, '2027-12-31']);
    expect(cells("Nous prévoyons l'embauche de 5 à 6 commerciaux d'ici 2027.").slice(1)).toEqual(['', 5, '2027-12-31']);
  });

  it('a number word after "growth in" is no target', () => {
    expect(cells("We expect a 10 to 12% growth in our two flagship stores' sales in 2027.").slice(2, 3)).toEqual([0.1]);
  });

  it('hours the goal names: its level; a past goal before a comma: the baseline', () => {
    expect(cells('Guarantee a 24-hour response time by 2028.').slice(2)).toEqual([24, '2028-12-31']);
    expect(cells('Move from 48-hour to 24-hour delivery by 2028.').slice(1)).toEqual([48, 24, '2028-12-31']);
    expect(cells("Réduire le délai de livraison de 48-heures à 24-heures d'ici 2028.").slice(1)).toEqual([48, 24, '2028-12-31']);
    expect(cells("L'objectif pour 2025, était de 400 clients ; nous visons 500 clients en 2028.").slice(1)).toEqual([
      400,
      500,
      '2028-12-31',
    ]);
    expect(cells('Our goal last year, was 400 customers; we aim for 500 customers by 2028.').slice(1)).toEqual([400, 500, '2028-12-31']);
  });

  it('a count done in the perfect, then more added: the baseline', () => {
    expect(cells("Nous avons ouvert 8 magasins et en ouvrirons 10 autres d'ici 2028.").slice(1)).toEqual([8, 18, '2028-12-31']);
    expect(cells('We have opened 8 stores and will open another 10 by 2028.').slice(1)).toEqual([8, 18, '2028-12-31']);
  });
});
