/**
 * stmt58 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real55's classes (test/core/statement/stmt58.test.ts). An investment's money before
 * "will allow" is no target (it read $3 million); "said it would" reports the goal (an empty row); a year ending a
 * surpass verb's clause is no target (it read 2025); a range of additional jobs is a change (it read 700 → 800); "the
 * current budget year" dates the goal (no deadline); a consequence after a figure-less clause holds the goal (an empty
 * row). A goal amount before « permettra » keeps its row.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it("an investment's money before « permettra » / \"will allow\" is the means' amount; a goal amount stays the goal", () => {
    expect(cells('The $3 million investment will allow the firm to reach 500 customers by 2028.').slice(1)).toEqual(['', 500, '2028-12-31']);
    expect(cells("Un investissement de 5 millions d'euros permettra de recruter 20 commerciaux.").slice(1, 3)).toEqual(['', 20]);
    expect(cells("Atteindre 2 M€ de chiffre d'affaires permettra de recruter 10 personnes.")).toEqual([revenue, '', 2_000_000, '']);
  });

  it('"said it would" reports the goal; a consequence after a figure-less clause holds it', () => {
    expect(cells('Acme, which sells tools, said it would open 40 stores by 2028.').slice(2)).toEqual([40, '2028-12-31']);
    expect(cells("La chambre s'engage à encourager l'installation de petites entreprises, ce qui devrait permettre la création de 500 emplois.").slice(2, 3)).toEqual([500]);
  });

  it('a surpassed year and a range of additional jobs are no levels; "the current budget year" dates the goal', () => {
    expect(cells('Il espère dépasser 2025. Objectif : plus 8 %.').slice(1, 3)).toEqual(['', '']);
    expect(cells("Le projet devrait créer de 700 à 800 emplois supplémentaires d'ici 2028.").slice(1)).toEqual(['', '', '2028-12-31']);
    expect(cells('The agency wants to collect $2 billion in revenue in the current budget year.')).toEqual([revenue, '', 2_000_000_000, '2026-12-31']);
  });
});
