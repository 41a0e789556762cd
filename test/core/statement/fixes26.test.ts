/**
 * A bare amount followed by the deadline is the goal's amount (review9: "Grow revenue to 160,000 by June 30, 2027" had
 * no target, so SMARTCHECK asked for one). The guard that drops a bare number counting something else ("revenue from
 * top 20 accounts") must let a deadline preposition through, FR and EN; its near-misses keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-11-26';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a bare amount right before the deadline is the target', () => {
  it.each([
    ['Grow revenue to 160,000 by June 30, 2027', 'revenue', 160_000, '2027-06-30'],
    ['Grow revenue to 160000 before the end of 2027', 'revenue', 160_000, '2027-12-31'],
    ['Raise gross margin to 45,000 in 2027', 'gross_margin', 45_000, '2027-12-31'],
    ['Bring MRR to 25000 within 6 months', 'revenue', 25_000, '2027-05-26'],
    ['Augmenter le CA à 160 000 d\u2019ici le 30 juin 2027', 'revenue', 160_000, '2027-06-30'],
    ['Porter le chiffre d\u2019affaires à 250000 avant fin 2027', 'revenue', 250_000, '2027-12-31'],
    ['Atteindre un CA de 80 000 en 2027', 'revenue', 80_000, '2027-12-31'],
    ['Atteindre 40 000 de CA dans les 12 mois', 'revenue', 40_000, '2027-11-26'],
  ])('%s → %s %p by %s', (text, kpi, target, deadline) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.deadline]).toEqual([kpi, 'increase', target, deadline]);
  });

  it('near-misses: a number that counts something else is still not the money target', () => {
    expect(analyze('Grow revenue from the top 20 accounts by 10% in 2027').target).not.toBe(20);
    expect(analyze('Augmenter le CA sur les comptes de plus de 1 000 salariés de 10 % en 2027').target).not.toBe(1000);
    expect(analyze('Grow revenue with 20 partners by June 30, 2027').target).not.toBe(20);
  });
});
