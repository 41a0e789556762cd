/**
 * stmt54 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for ruling N1 and real51's classes (test/core/statement/stmt54.test.ts). A list of one
 * measure's levels each with its year aims at its last level by its year (it read the first level and its year); two
 * measures keep the first goal's; a level at the end of a past year is no deadline when a date ahead is named (it read
 * that year); « comparé à … en 2025 » dates the comparison, not the goal (it read 2025); « Les objectifs sont de … » is a
 * target, not a baseline; the rand before a scale word is money (it read a count with no KPI). Near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('ruling N1: the last level of one measure and its year', () => {
    expect(cells('We target $5M in revenue in 2027 and $8M by 2028.')).toEqual([revenue, '', 8_000_000, '2028-12-31']);
    expect(cells("Le groupe veut un chiffre d'affaires de 2 millions d'euros en 2027, 5 millions en 2028 et 9 en 2029.").slice(2)).toEqual([9_000_000, '2029-12-31']);
    expect(cells('Nous visons 100 000 visiteurs en 2027, 150 000 en 2028 et 200 000 en 2030.').slice(2)).toEqual([200_000, '2030-12-31']);
  });

  it('ruling N1 near misses: two measures keep the first goal, a past level stays the baseline', () => {
    expect(cells('Reach $5M in revenue by 2027 and 500 customers by 2028.')).toEqual([revenue, '', 5_000_000, '2027-12-31']);
    expect(cells('Grow revenue to $5M by 2028, up from $3M in 2025.')).toEqual([revenue, 3_000_000, 5_000_000, '2028-12-31']);
  });

  it('a level at the end of a past year is no deadline; « comparé à » dates the comparison', () => {
    expect(cells('La marge est passée de 1,2 % fin 2024 à 1,35 % un an plus tard, avec un objectif à 1,5 % dans trois ans.').slice(2)).toEqual([0.015, '2029-12-05']);
    expect(cells("Atteindre 4 milliards d'euros de chiffre d'affaires en 2030, comparé à un chiffre d'affaires de 2,2 milliards d'euros en 2025.").slice(2)).toEqual([4_000_000_000, '2030-12-31']);
    expect(cells('Reach $3M in revenue by the end of 2027.')).toEqual([revenue, '', 3_000_000, '2027-12-31']);
  });

  it('« Les objectifs sont de … » is a target; a level held stays the baseline', () => {
    expect(cells('Les objectifs sont de 240 millions de voyageurs en 2035.').slice(1)).toEqual(['', 240_000_000, '2035-12-31']);
    expect(cells("Nos ventes sont de 2 M€ et nous visons 3 M€ d'ici 2028.").slice(1, 3)).toEqual([2_000_000, 3_000_000]);
  });

  it('mend54c: another measure, an addition, a place of its own, disjoint quarters keep the first goal; levels by dates the last', () => {
    expect(cells('Grow revenue to $2M in 2027 and 300 in 2028.')).toEqual([revenue, '', 2_000_000, '2027-12-31']);
    expect(cells('Ouvrir 20 magasins en 2027 et 30 de plus en 2028.').slice(2)).toEqual([20, '2027-12-31']);
    expect(cells('Ouvrir 10 magasins à Paris en 2027 et 5 à Lyon en 2028.').slice(2)).toEqual([10, '2027-12-31']);
    expect(cells('Sign 20 deals in Q1 2027 and 30 deals in Q2 2027.').slice(2)).toEqual([20, '2027-03-31']);
    expect(cells('Grow sales to $2M in 2027 and $3M in 2028.')).toEqual([revenue, '', 3_000_000, '2028-12-31']);
  });

  it('the rand before a scale word is money; an R label is not', () => {
    expect(cells('Generate pretax profit of R1bn by 2028.').slice(2)).toEqual([1_000_000_000, '2028-12-31']);
    expect(cells('The group has set a target of becoming a R100-billion company by March 2030.')).toEqual([revenue, '', 100_000_000_000, '2030-03-31']);
    expect(cells('Resolve 40 R2 tickets a week.')[2]).toBe(40);
  });
});
