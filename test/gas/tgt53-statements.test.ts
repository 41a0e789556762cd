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
    // Ruling N1 (2026-12-06, stmt54): one measure's levels each with its year aim at the last (it read 0.4).
    expect(cells("L'objectif des deux associés est de grimper à 40 % en 2027 et 55 % en 2029.")[2]).toBe(0.55);
    expect(cells('So to get 6% overall, you will need services to be 30% or more of the business.')[2]).toBe(0.3);
  });

  it('P: a level dated before today, then the level forecast', () => {
    expect(cells('The market produced $80 billion in 2024 and is expected to generate $95 billion by 2029.').slice(1)).toEqual([80_000_000_000, 95_000_000_000, '2029-12-31']);
    expect(cells('On dépasse déjà les 40 000 abonnés en 2025 et nous tablons sur 50 000 pour 2027.').slice(1)).toEqual([40_000, 50_000, '2027-12-31']);
  });

  it('P near misses: two levels ahead aim at the last (ruling N1); a place count in the perfect gives way to the openings planned (mend53c)', () => {
    // Ruling N1 (2026-12-06, stmt54): it read the first level, 10 M€ in 2027.
    expect(cells("Un objectif de 10 M€ en 2027 et de plus de 25 M€ à l'horizon 2029.").slice(2)).toEqual([25_000_000, '2029-12-31']);
    expect(cells('Le réseau a inauguré 21 agences en 2025 et projette 15 ouvertures en 2027.').slice(2)).toEqual([15, '2027-12-31']);
  });

  // mend53c: tgt53's overreaches, narrowed (test/core/statement/tgt53.test.ts). SMARTPARSE reads as of 2026-12-05.
  it('mend53c F: a means spent, invested or budgeted is no target', () => {
    expect(cells('We will spend $100,000 on marketing and reach $1 million in sales by 2027.')[2]).toBe(1_000_000);
    expect(cells('Nous prévoyons un budget de 100 k€, et de porter le CA à 1 M€ en 2027.')[2]).toBe(1_000_000);
    expect(cells('Using the sales playbook guide, spend 10 hours a week prospecting, and book 20 meetings a month by March 2027.')[2]).toBe(20);
  });

  it("mend53c F: a later clause's own aim keeps its figure; the first goal's baseline stays", () => {
    expect(cells('Revenue will be $4M, and we plan to reach $5M by 2027.')[2]).toBe(5_000_000);
    expect(cells('We will have 800 customers, and plan to reach 1,000 by June 2027.').slice(2)).toEqual([1000, '2027-06-30']);
    expect(cells('Reach 1,000 customers (from 800 today), and an NPS of 50 by 2027.').slice(1, 3)).toEqual([800, 1000]);
    expect(cells("Atteindre 1 000 clients, contre 800 aujourd'hui, et un NPS de 50 d'ici 2027.").slice(1, 3)).toEqual([800, 1000]);
  });

  it("mend53c P: today's year's level reached and a past level in the perfect are baselines", () => {
    expect(cells('We reached $1M in revenue in 2026 and expect $1.5M in 2027.').slice(1)).toEqual([1_000_000, 1_500_000, '2027-12-31']);
    expect(cells('Le CA a atteint 2 M€ en 2026 et nous visons 3 M€ en 2027.').slice(1)).toEqual([2_000_000, 3_000_000, '2027-12-31']);
    expect(cells("L'entreprise a généré 2 M€ de CA en 2025 et devrait générer 3 M€ en 2027.").slice(1)).toEqual([2_000_000, 3_000_000, '2027-12-31']);
    expect(cells('The company has sold 200 units in 2025 and expects 300 in 2027.').slice(1)).toEqual([200, 300, '2027-12-31']);
  });
});
