/**
 * stmt64 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real61's classes (test/core/statement/stmt64.test.ts). « la création de 20 à 25
 * nouveaux emplois » aims at 20 (the row showed 20 as the baseline, 25 as the target); « L'objectif …, est de 50.000 tonnes »
 * aims at 50,000 (the row showed it as the baseline, no target); "to as much as 18% from about 2%" aims at 18 %; « un
 * millier d'étudiants » aims at 1,000 (no target before); "a 24-hour shift" is no target (the row showed 24); "expected to
 * lead to" names no leads; « Nous visons une année record avec un chiffre d'affaires de 5 M€ » aims at 5 M€ (the row was
 * empty). A move « de 20 à 25 » keeps both ends.
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a range after an action noun aims at its lower bound; a move keeps both ends', () => {
    expect(cells("L'entreprise mise sur la création de 20 à 25 nouveaux emplois d'ici 2028.").slice(1)).toEqual(['', 20, '2028-12-31']);
    expect(cells("Faire passer l'effectif de 20 à 25 salariés d'ici 2028.").slice(1)).toEqual([20, 25, '2028-12-31']);
  });

  it('a goal noun set off by a comma, "to as much as", « un millier »: the target', () => {
    expect(cells("L'objectif à atteindre pour la fin de la saison 2027-2028, est de 50.000 tonnes de cacao.").slice(1, 3)).toEqual([
      '',
      50_000,
    ]);
    expect(cells('Boost our market share to as much as 18% from about 2% by 2028.').slice(1)).toEqual([0.02, 0.18, '2028-12-31']);
    expect(cells("Attirer un millier d'étudiants d'ici 2028.").slice(2)).toEqual([1000, '2028-12-31']);
    expect(cells("Nous visons une année record avec un chiffre d'affaires de 5 M€ en 2028.").slice(1)).toEqual([
      '',
      5_000_000,
      '2028-12-31',
    ]);
  });

  it('"a 24-hour shift" is no target; "expected to lead to" names no leads', () => {
    expect(cells('We will move to a 24-hour shift and reach 1,000 seats by 2028.').slice(2)).toEqual([1000, '2028-12-31']);
    expect(cells('The plan is expected to lead to the creation of 500 new jobs by 2028.')).toEqual(['', '', 500, '2028-12-31']);
  });
});
