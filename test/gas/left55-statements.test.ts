/**
 * left55 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the rulings N1b and N1c (test/core/statement/left55.test.ts). Levels of one measure
 * at relative periods aim at the last one by its period's end (it read the first level and this year); ", then aim for" a
 * later level of the same measure is the list's last item (it read the first level); another measure keeps the first goal.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const cells = smartCells(smartParser(locale));

  it('ruling N1b: one measure this year and next year aims at next year’s level', () => {
    expect(cells("Réaliser 2 M€ de chiffre d'affaires cette année, 3 M€ l'an prochain.")).toEqual([revenue, '', 3_000_000, '2027-12-31']);
    // Counts in this quarter and the next are disjoint sub-year periods: the first goal (the lead, after left55's review).
    expect(cells('Reach 500 sign-ups this quarter and 800 next quarter.').slice(2)).toEqual([500, '2026-12-31']);
    expect(cells('Hit 40 deals this year and 60 next year.').slice(2)).toEqual([60, '2027-12-31']);
  });

  it('ruling N1c: a later goal verb on the same measure is the last item; another measure keeps the first goal', () => {
    expect(cells("Let's hit $2M in 2026, then aim for $3M in 2027.")).toEqual([revenue, '', 3_000_000, '2027-12-31']);
    expect(cells("Let's hit $2M in revenue in 2026, then aim for 50 new customers in 2027.")).toEqual([revenue, '', 2_000_000, '2026-12-31']);
  });
});
