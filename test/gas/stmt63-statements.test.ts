/**
 * stmt63 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real60's classes (test/core/statement/stmt63.test.ts). "double that amount" / «
 * doubler ce montant » after a level stated now is the baseline, the target its double (the row showed the level itself as
 * the target, no baseline); a place
 * then the day with its weekday before a report (« À Paris, ce lundi 3 mars 2025, le directeur a annoncé … ») is no
 * deadline (the row showed that Monday). A milestone doubled keeps its target; with no report after the day, the day stays
 * the deadline.
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('"double that amount", « doubler ce montant »: the level stated now is the baseline, the target its double; a milestone keeps its target', () => {
    expect(
      cells('Outsourcing firms generate revenues of EUR 1.4 billion per year and their goal is to double that amount by 2028.').slice(1),
    ).toEqual([1_400_000_000, 2_800_000_000, '2028-12-31']);
    expect(
      cells(
        "Les entreprises génèrent un chiffre d'affaires de 1,4 milliard d'euros par an et leur objectif est de doubler ce montant d'ici 2030.",
      ).slice(1),
    ).toEqual([1_400_000_000, 2_800_000_000, '2030-12-31']);
    expect(cells('Reach $2 million in revenue in 2027 and double that amount by 2030.').slice(1, 3)).toEqual(['', 2_000_000]);
  });

  it('a place and the day with its weekday before a report is no deadline; with no report after, the day stays', () => {
    expect(cells('In Paris, on Monday 3 March 2025, the director announced plans to open 20 stores.').slice(2)).toEqual([20, '']);
    expect(cells('À Paris, ce lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.').slice(2)).toEqual([20, '']);
    expect(cells('À Paris, ce lundi 3 mars 2025, ouvrir 20 magasins.').slice(2)).toEqual([20, '2025-03-03']);
  });
});
