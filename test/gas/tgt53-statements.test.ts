/**
 * tgt53 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's baseline and target for the
 * two recurring target classes (test/core/statement/tgt53.test.ts). F: "sales of $4.5 million and profit between $300,000
 * and …" aims at $4.5 million (it read $300,000), « 8 000 tonnes … et devrait également produire 1 500 tonnes » at 8 000 (it
 * read 1 500). P: a level dated before today, then a forecast one, aims at the forecast (it read no target). Near misses keep
 * their cells.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it("F: the first goal's figure, not a later item's", () => {
    expect(cells('We expect 2027 sales of $4.5 million and profit between $300,000 and $350,000.')[2]).toBe(4_500_000);
    expect(cells("L'atelier aura une capacité de 8 000 tonnes de blé par an et devrait également produire 1 500 tonnes de farine.")[2]).toBe(8000);
  });

  it('F near misses: a later ambition, a subject counted, a need', () => {
    expect(cells('Reach 8% by 2027, with a long-term ambition of 10%.')[2]).toBe(0.08);
    expect(cells("L'objectif des deux associés est de grimper à 40 % en 2027 et 55 % en 2029.")[2]).toBe(0.4);
    expect(cells('So to get 6% overall, you will need services to be 30% or more of the business.')[2]).toBe(0.3);
  });

  it('P: a level dated before today, then the level forecast', () => {
    expect(cells('The market produced $80 billion in 2024 and is expected to generate $95 billion by 2029.').slice(1)).toEqual([80_000_000_000, 95_000_000_000, '2029-12-31']);
    expect(cells('On dépasse déjà les 40 000 abonnés en 2025 et nous tablons sur 50 000 pour 2027.').slice(1)).toEqual([40_000, 50_000, '2027-12-31']);
  });

  it('P near misses: two goals ahead keep the first, a level in the perfect stays the baseline', () => {
    expect(cells("Un objectif de 10 M€ en 2027 et de plus de 25 M€ à l'horizon 2029.").slice(2)).toEqual([10_000_000, '2027-12-31']);
    expect(cells('Le réseau a inauguré 21 agences en 2025 et projette 15 ouvertures en 2027.').slice(1, 3)).toEqual([21, '']);
  });
});
