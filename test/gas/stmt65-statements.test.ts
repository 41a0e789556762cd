/**
 * stmt65 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real62's classes (test/core/statement/stmt65.test.ts). « Doubler ses revenus actuels
 * de 14 milliards $ (et ses profits de 3 milliards $) » starts from 14 billion and aims at 28 billion (the row showed 14 billion as
 * the target, or a fall to 3 billion); "500 million Swiss francs ($544.8 million)" has no target (the row showed 544.8
 * million); "the final quarter of the year" and « à un horizon fixé à 2028 » are due at the year's end (the row had no
 * deadline); « une croissance du chiffre d'affaires moyenne de 6 à 10 % » aims at 6 % (the row showed 6 % → 10 %).
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('the current level doubled, a second measure in parentheses: the baseline, twice it the target', () => {
    expect(cells("Hydro-Québec prévoit doubler ses revenus actuels de 14 milliards $ (et ses profits de 3 milliards $) d'ici 2030.").slice(1)).toEqual([14e9, 28e9, '2030-12-31']);
    expect(cells('Hydro-Québec plans to double its current revenue of $14 billion (and its profits of $3 billion) by 2030.').slice(1)).toEqual([14e9, 28e9, '2030-12-31']);
  });

  it('an amount restated in another currency: no target', () => {
    expect(cells('Increase sales by 500 million Swiss francs ($544.8 million) in 2028.').slice(1)).toEqual(['', '', '2028-12-31']);
    expect(cells('Augmenter nos ventes de 500 millions de francs suisses (465 M€) en 2028.').slice(1)).toEqual(['', '', '2028-12-31']);
  });

  it('the final quarter of the year, a horizon set at a year: due at its end', () => {
    expect(cells('We aim to lower churn in the final quarter of the year.').slice(3)).toEqual(['2026-12-31']);
    expect(cells("Nous visons une baisse du churn au dernier trimestre de l'année.").slice(3)).toEqual(['2026-12-31']);
    expect(cells("L'ambition reste d'atteindre une marge de 10 %, à un horizon désormais fixé à 2028.").slice(2)).toEqual([0.1, '2028-12-31']);
  });

  it("an average growth's range: its lower bound", () => {
    expect(cells("Le groupe vise une croissance du chiffre d'affaires moyenne de 6 à 10 % d'ici 2028.").slice(1)).toEqual(['', 0.06, '2028-12-31']);
  });
});
