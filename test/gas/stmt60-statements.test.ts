/**
 * stmt60 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real57's classes (test/core/statement/stmt60.test.ts). Exports reaching a money
 * level are revenue (the row showed no KPI); "…, from the projected $4 million" is the baseline (it was blank); "to between
 * 30% and 40%" is the target (it read a change); "K11.1 billion" is the target (it read 1 billion); a count a verb of making
 * takes names no KPI (it read deals won). A source after "from the" stays no baseline.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('exports reaching a money level are revenue; "K11.1 billion" is the target', () => {
    expect(cells('Egypt aims to increase its medical exports by 15% in 2028 to reach $1.5 billion.')).toEqual([revenue, '', 1_500_000_000, '2028-12-31']);
    expect(cells('Revenue goal K11.1 billion by 2029.')).toEqual([revenue, '', 11_100_000_000, '2029-12-31']);
  });

  it('"from the projected N" after a comma is the baseline; "from the 10 new stores" is none', () => {
    expect(cells('Grow revenue to $5 million by 2028, from the projected $4 million of 2027.')).toEqual([revenue, 4_000_000, 5_000_000, '2028-12-31']);
    expect(cells('Reach $5 million in revenue by 2028 from the 10 new stores.')).toEqual([revenue, '', 5_000_000, '2028-12-31']);
  });

  it('"to between 30% and 40%" is the target; a count a verb of making takes names no KPI', () => {
    expect(cells('Increase our market share to between 30% and 40% by 2028.').slice(1)).toEqual(['', 0.3, '2028-12-31']);
    expect(cells("Nous avons l'objectif de produire 6 lanceurs en 2028.")).toEqual(['', '', 6, '2028-12-31']);
  });
});
