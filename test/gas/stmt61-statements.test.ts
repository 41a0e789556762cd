/**
 * stmt61 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real58's classes (test/core/statement/stmt61.test.ts). A news dateline's day is
 * no deadline (the row showed the filing day); "up from last year's N" is the baseline (it was blank); money invested
 * before a multiplier is no baseline (it showed the money); an ordinal place is no target (it showed 2). A label before a
 * date keeps its deadline; a past investment doubled keeps its baseline.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a news dateline is no deadline; a label before a date keeps it', () => {
    expect(cells('MELAKA, April 11 — The group aims to hit the RM1 billion revenue mark.')).toEqual([revenue, '', 1_000_000_000, '']);
    expect(cells('Revenue, June 30: reach 5 M€.').slice(2)).toEqual([5_000_000, '2027-06-30']);
  });

  it('"up from last year\'s N" is the baseline; money invested before a multiplier is none, a past investment doubled keeps it', () => {
    expect(cells("We want 500 clients in 2028, up from last quarter's 400.").slice(1)).toEqual([400, 500, '2028-12-31']);
    expect(cells('We will invest $2M to double our revenue by 2028.')).toEqual([revenue, '', '', '2028-12-31']);
    expect(cells('We invested $2M last year and want to double it by 2028.').slice(1, 2)).toEqual([2_000_000]);
  });

  it('an ordinal after "in" names a place, no target', () => {
    expect(cells('Open 20 stores by 2028 in a second location.').slice(2)).toEqual([20, '2028-12-31']);
  });
});
