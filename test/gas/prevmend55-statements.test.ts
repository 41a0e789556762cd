/**
 * prevmend55 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the review of the previous session's list rule (ruling N1 as narrowed by mend54c)
 * and G1's "growth in X" (prev54's findings S1–S8, as of 2026-12-06). Each `changed` sentence read otherwise on main's
 * bundle (2f0a3ba9); the near misses keep their rows. A change shows no target cell: its deadline tells which item won.
 * (The KPI cell names the measure in the sentence's own words, "New logos", "ARR": only the figures are compared.)
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline. */
  const cells = smartCells(parse);

  it('S1: counts in two quarters or two months are two goals, the first kept, across a year boundary too', () => {
    expect(cells('Sign 20 new logos in Q4 2027 and 35 in Q1 2028.').slice(1)).toEqual(['', 20, '2027-12-31']);
    expect(cells('Generate 5,000 signups in December 2027 and 8,000 in January 2028.').slice(2)).toEqual([5_000, '2027-12-31']);
    expect(cells('Signer 40 contrats au quatrième trimestre 2027 et 60 au premier trimestre 2028.').slice(1)).toEqual(['', 40, '2027-12-31']);
    // Near miss: a level by a fiscal year after a quarter's is still one measure's course (real47:47's shape).
    expect(cells('Grow ARR to $2.5M in Q4 2027 and to $3M in fiscal 2028.').slice(2)).toEqual([3_000_000, '2028-12-31']);
  });

  it('S2: a later item counting another noun is another measure: the first goal', () => {
    expect(cells('Win 30 deals in 2027 and hire 5 reps by 2028.').slice(1)).toEqual(['', 30, '2027-12-31']);
    expect(cells('Reach 200 customers by 2027 and 15 employees by 2028.').slice(2)).toEqual([200, '2027-12-31']);
    expect(cells('Atteindre 200 clients en 2027 et 15 salariés en 2028.').slice(2)).toEqual([200, '2027-12-31']);
    expect(cells('Publish 40 articles in 2027 and 60 podcasts in 2028.').slice(2)).toEqual([40, '2027-12-31']);
    expect(cells('Open 12 stores in 2027 and 20 restaurants in 2028.').slice(2)).toEqual([12, '2027-12-31']);
    expect(cells('Ouvrir 12 boutiques en 2027 et 20 restaurants en 2028.').slice(2)).toEqual([12, '2027-12-31']);
    expect(cells('Reach 10,000 downloads in 2027 and 4.5 stars by 2028.')[3]).toBe('2027-12-31');
    // Near miss: a bare later figure is the one measure's last level (N1).
    expect(cells('Atteindre 200 clients en 2027 et 300 en 2028.').slice(1)).toEqual(['', 300, '2028-12-31']);
  });

  it('S3: any place phrase sets an item apart: the first goal', () => {
    expect(cells('Open 10 stores across France by 2027 and 20 across Germany by 2029.').slice(2)).toEqual([10, '2027-12-31']);
    expect(cells('Ouvrir 10 agences dans le Sud en 2027 et 20 dans le Nord en 2029.').slice(2)).toEqual([10, '2027-12-31']);
    expect(cells('Open 10 stores in the North by 2027 and 20 in the South by 2029.').slice(2)).toEqual([10, '2027-12-31']);
    // Changed too (main read the first goal): a later item with no place of its own keeps the first's, one measure.
    expect(cells('Open 10 stores in Paris by 2027 and 20 by 2029.').slice(2)).toEqual([20, '2029-12-31']);
  });

  it('S4: a KPI after in/en is no place: the list’s last level (N1)', () => {
    expect(cells('Reach $5M in ARR by 2027 and $8M by 2029.').slice(1)).toEqual(['', 8_000_000, '2029-12-31']);
    expect(cells('Atteindre 2 M€ en CA en 2027 et 3 M€ en 2029.').slice(1)).toEqual(['', 3_000_000, '2029-12-31']);
    // Near miss: the same without "in" was read so already.
    expect(cells('Reach $5M ARR by 2027 and $8M by 2029.').slice(1)).toEqual(['', 8_000_000, '2029-12-31']);
  });

  it('S5: a list of changes in named years keeps the first change, with or without "by"', () => {
    expect(cells('Add 500 customers in 2027 and 800 in 2028.')[3]).toBe('2027-12-31');
    expect(cells('Grow revenue by $1M in 2027 and by $2M in 2028.')[3]).toBe('2027-12-31');
    expect(cells('Grow revenue 10% in 2027 and 15% in 2028.')[3]).toBe('2027-12-31');
    expect(cells('Augmenter le CA de 10 % en 2027 et de 15 % en 2028.')[3]).toBe('2027-12-31');
    // Near misses: levels reached ("to") are one measure's course; « à horizon » is "by", one growth's course (real27:64).
    expect(cells('Grow revenue to $2M in 2027 and to $3M in 2028.').slice(2)).toEqual([3_000_000, '2028-12-31']);
    expect(cells('Une hausse des ventes de 10 % à horizon 2028 et de 25 % en 2031.')[3]).toBe('2031-12-31');
  });

  it('S6: a count over the following or subsequent period after a level keeps the first goal', () => {
    expect(cells('Sign 40 customers by June 2027, then 60 over the following year.').slice(2)).toEqual([40, '2027-06-30']);
    expect(cells("Signer 40 clients d'ici juin 2027, puis 60 au cours des douze mois suivants.").slice(2)).toEqual([40, '2027-06-30']);
  });

  it('S7: "or more" / « ou plus » is no addition: the last level in both languages', () => {
    expect(cells('Open 50 stores by 2027 and 80 or more by 2029.').slice(2)).toEqual([80, '2029-12-31']);
    expect(cells("Ouvrir 50 magasins d'ici 2027 et 80 ou plus d'ici 2029.").slice(2)).toEqual([80, '2029-12-31']);
    // Near miss: "30 more" still adds, two goals.
    expect(cells('Open 50 stores by 2027 and 30 more by 2029.').slice(2)).toEqual([50, '2027-12-31']);
  });

  it('S8: a period or "real terms" after "growth in" names no measure: the level', () => {
    expect(cells('Target 10% growth in Q3 2027.').slice(2)).toEqual([0.1, '2027-09-30']);
    expect(cells('We aim for 8% growth in the second half of 2027.')[2]).toBe(0.08);
    expect(cells('We target 12% growth in each of the next three years.')[2]).toBe(0.12);
    expect(cells('Deliver 6% growth in FY27.')[2]).toBe(0.06);
    expect(cells('Target 4% growth in real terms by 2028.')[2]).toBe(0.04);
    expect(cells('Target 10% growth in March 2027.').slice(2)).toEqual([0.1, '2027-03-31']);
    // Near misses: a measure after "in" is moved (G1 (b)), title-cased too: no target cell.
    expect(cells('Target 20% growth in deliveries by 2028.')[2]).toBe('');
    expect(cells('Aim for a 20% growth rate in Adjusted Earnings per Share by 2028.')[2]).toBe('');
  });
});
