/**
 * mend58s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the review of stmt58 (test/core/statement/mend58s.test.ts). A goal amount before a
 * funding "that will allow" / « qui permettra » stays the target (it read none); a move "from … to … in additional …"
 * keeps its baseline and target (it read no level); "the 2027 budget year" is 2027 (it read 2026); a margin's signed
 * percentage after a goal word is its target (it read none); "should exceed 2000" is a target of 2000 (it read none).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Gross margin'],
  ['fr_FR', 'Chiffre d’affaires', 'Marge brute'],
])('SMARTPARSE (%s)', (locale, revenue, grossMargin) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a goal amount before a funding that enables stays the target; an investment that is the goal keeps its amount', () => {
    expect(cells('Grow revenue to $12M by 2027 with funding that will allow expansion into Asia.')).toEqual([revenue, '', 12_000_000, '2027-12-31']);
    expect(cells("Atteindre 12 M€ de chiffre d'affaires d'ici 2027 grâce à un budget marketing qui permettra de conquérir l'Europe.")).toEqual([revenue, '', 12_000_000, '2027-12-31']);
    expect(cells('Nous voulons porter notre budget marketing à 2 M€ en 2027, ce qui permettra de doubler nos leads.').slice(2)).toEqual([2_000_000, '2027-12-31']);
  });

  it('a move "from … to … in additional …" keeps its levels; "the 2027 budget year" is 2027', () => {
    expect(cells('Grow revenue from $10M to $12M in additional markets by 2027.')).toEqual([revenue, 10_000_000, 12_000_000, '2027-12-31']);
    expect(cells('Grow revenue 10% in the 2027 budget year.').slice(3)).toEqual(['2027-12-31']);
  });

  it("a margin's signed percentage after a goal word is its target; a named subject exceeding 2000 exceeds a count", () => {
    expect(cells('Target gross margin: +35% by 2027.')).toEqual([grossMargin, '', 0.35, '2027-12-31']);
    expect(cells('Daily active users should exceed 2000.').slice(2, 3)).toEqual([2000]);
  });
});
