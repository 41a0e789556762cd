/**
 * stmt56 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real53's classes (test/core/statement/stmt56.test.ts). "in less than two years" and
 * « en moins de trois ans » are deadlines (it read the amount as a fall, no target); "with the aim of raising $1bn" is the
 * goal (it read a means, no target); « de 33 % à seulement 15 % » moves (it read 33 % as the target); the end of the decade
 * is 2030 (no deadline); « la fin de l'année dernière » and « depuis lundi » are past (they read 2026-12-31 and a Monday);
 * "a one trillion dollar economy" and "RM10 bil" are money (no target; 10). Near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('"in less than N years", « en moins de N ans » is a deadline, the figure the target', () => {
    expect(cells('Reach $2M in revenue in less than two years.')).toEqual([revenue, '', 2_000_000, '2028-12-05']);
    expect(cells("Atteindre 2 M€ de chiffre d'affaires en moins de trois ans.")).toEqual([revenue, '', 2_000_000, '2029-12-05']);
    expect(cells('Reduce churn to less than 5% by 2027.').slice(2)).toEqual([0.05, '2027-12-31']);
  });

  it('"with the aim of …" is the goal; an adverb before a move\'s end keeps the move', () => {
    expect(cells('The university will launch a second campaign with the aim of raising $1bn by 2030.').slice(2)).toEqual([1_000_000_000, '2030-12-31']);
    expect(cells("L'objectif est de passer de 33 % à seulement 15 % d'ici 2029.").slice(1)).toEqual([0.33, 0.15, '2029-12-31']);
    expect(cells('Grow revenue from $1M to just over $2M by 2027.').slice(1)).toEqual([1_000_000, 2_000_000, '2027-12-31']);
  });

  it('the end of the decade is its last year; the end of last year and « depuis lundi » are past', () => {
    expect(cells('Reach 1,600 locations by the end of the decade.').slice(2)).toEqual([1600, '2030-12-31']);
    expect(cells("Atteindre 500 clients, contre 300 à la fin de l'année dernière.").slice(2)).toEqual([500, '']);
    expect(cells('Depuis lundi, le partenariat vise à porter la production de 17 000 tonnes à 34 000 tonnes.').slice(1)).toEqual([17_000, 34_000, '']);
    expect(cells("Augmenter le CA de 10 % d'ici la fin de l'année.")[3]).toBe('2026-12-31');
  });

  it('"one trillion dollar" and "RM10 bil" are money', () => {
    expect(cells('Make the state a one trillion dollar economy by 2030.').slice(2)).toEqual([1_000_000_000_000, '2030-12-31']);
    expect(cells('Reach RM1.5 bil in revenue by 2028.')).toEqual([revenue, '', 1_500_000_000, '2028-12-31']);
  });
});
