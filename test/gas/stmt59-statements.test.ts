/**
 * stmt59 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real56's classes (test/core/statement/stmt59.test.ts). "says it is targeting"
 * reports the goal (an empty row); "Dh450 million" is the target (it read 450 as nothing and 50 million); an investment's
 * amount before « afin d'atteindre » / "in order to reach" is the means' (it read 32 million); export earnings are revenue
 * (it read profit); tourists counted name no KPI (it read deals). A budget raised to a level keeps its row.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('"says it is targeting" reports the goal; a dirham glued before a scaled amount is money', () => {
    expect(cells('The toolmaker, Acme Plc, says it is targeting revenue of $5 million by 2028.')).toEqual([revenue, '', 5_000_000, '2028-12-31']);
    expect(cells('Grow revenue to Dh450 million by 2028.')).toEqual([revenue, '', 450_000_000, '2028-12-31']);
  });

  it("an investment's amount before a purpose is the means'; a budget raised to a level stays the goal", () => {
    expect(cells("Il prévoit un investissement de 32 millions d’euros sur 5 ans, afin d’atteindre un chiffre d’affaires de 200 millions d’euros en 2030.")).toEqual([revenue, '', 200_000_000, '2030-12-31']);
    expect(cells('We plan an investment of $32 million over 5 years in order to reach revenue of $200 million by 2030.')).toEqual([revenue, '', 200_000_000, '2030-12-31']);
    expect(cells('Porter notre budget marketing à 2 M€ en 2027 afin de doubler nos leads.').slice(1)).toEqual(['', 2_000_000, '2027-12-31']);
  });

  it('export earnings are revenue; tourists counted name no KPI', () => {
    expect(cells('We want to increase export earnings to $10 billion by 2030.')).toEqual([revenue, '', 10_000_000_000, '2030-12-31']);
    expect(cells('Our target for 2028 is attracting 3 million tourists.')).toEqual(['', '', 3_000_000, '2028-12-31']);
  });
});
