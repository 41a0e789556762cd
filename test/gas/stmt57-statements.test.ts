/**
 * stmt57 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real54's classes (test/core/statement/stmt57.test.ts). « de 17 000 tonnes à près
 * de 40 000 » moves (it read no baseline); a weekday told with its report is no deadline (it read that day); "its 2028
 * sales target" and "a five-year strategy" date the goal (no deadline); « a annoncé … avec pour objectif » is the goal (an
 * empty row); past openings before an aim are the baseline (it read them as the target); "N1 trillion" is money (no
 * target). Near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('an approximation before a move\'s far end keeps the move', () => {
    expect(cells("Porter la production de 17 000 tonnes à près de 40 000 tonnes d'ici 2029.").slice(1)).toEqual([17_000, 40_000, '2029-12-31']);
    expect(cells("Faire passer le CA de 2 M€ à environ 3 M€ d'ici 2028.").slice(1)).toEqual([2_000_000, 3_000_000, '2028-12-31']);
    expect(cells('Grow revenue from $17 million to nearly $40 million by 2028.')).toEqual([revenue, 17_000_000, 40_000_000, '2028-12-31']);
  });

  it("a weekday told with its report is no deadline; the goal's own weekday stays", () => {
    expect(cells('The CEO on Thursday said the company aims to open 50 stores.').slice(2)).toEqual([50, '']);
    expect(cells('The chairman said in a joint statement on Friday that the group targets 100 new stores.').slice(2)).toEqual([100, '']);
    expect(cells('We will open 10 stores on Friday, the CEO said.').slice(2)).toEqual([10, '2026-12-11']);
  });

  it("a goal's year before its measure and an N-year strategy date the goal", () => {
    expect(cells('The retailer set its 2028 sales target at $9 billion.')).toEqual([revenue, '', 9_000_000_000, '2028-12-31']);
    expect(cells('Under an ambitious five-year strategy, the brand will open 25 clubs.').slice(2)).toEqual([25, '2031-12-05']);
  });

  it('« a annoncé … avec pour objectif » is the goal; past openings before an aim are the baseline; the naira is money', () => {
    expect(cells("L'aéroport, racheté par un fonds, a annoncé mercredi des projets de développement avec pour objectif 12 millions de passagers d'ici 2030.").slice(2)).toEqual([12_000_000, '2030-12-31']);
    expect(cells("La griffe a inauguré 7 boutiques l'an passé et envisage 12 nouvelles adresses en 2027.").slice(1)).toEqual([7, 12, '2027-12-31']);
    expect(cells('The state will likely hit N1 trillion in revenue by 2028.')).toEqual([revenue, '', 1_000_000_000_000, '2028-12-31']);
  });
});
