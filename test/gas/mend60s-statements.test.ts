/**
 * mend60s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the review of stmt60 (test/core/statement/mend60s.test.ts). A source after ", from
 * the N" is no baseline (it showed 10); a forecast of the goal's own noun beside it is no target and its year no deadline
 * (they showed $14 billion and 2028); money given to exporters names no KPI (it showed Revenue); "the subsequent two years"
 * after an event in 2027 count from that year's end (they counted from today).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('", from the 10 new stores" is no baseline; "a rise from the 275 units" is', () => {
    expect(cells('Reach $5 million in revenue by 2028, from the 10 new stores we open next year.')).toEqual([revenue, '', 5_000_000, '2028-12-31']);
    expect(cells('Sell 400 units in 2028, a rise from the 275 units sold in 2027.').slice(1)).toEqual([275, 400, '2028-12-31']);
  });

  it("a forecast of the goal's noun is no target; money given to exporters is no revenue", () => {
    expect(cells('Grow sales 8% in 2027, with total sales projected at $14 billion in 2028.')).toEqual([revenue, '', '', '2027-12-31']);
    expect(cells('Offer €50 million in grants to export firms by 2027.')).toEqual(['', '', 50_000_000, '2027-12-31']);
  });

  it('"the subsequent two years" after an event in 2027 end two years after 2027', () => {
    expect(cells('After the merger closes in 2027, grow revenue 20% over the subsequent two years.')).toEqual([revenue, '', '', '2029-12-31']);
  });
});
