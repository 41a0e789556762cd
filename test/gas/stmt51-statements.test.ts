/**
 * stmt51 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real48's classes (test/core/statement/stmt51.test.ts). "The budget for 2027-28"
 * is due at the end of 2028 (it read 2027 as the target); a fundraising goal's money names no KPI (it read revenue);
 * « récolter 200 tonnes de denrées » names no KPI (it read won deals); "cross the ₹5,000 crore mark …, growing 40 per cent"
 * aims at the amount (it read 40 %); « … de 120 M€ et une marge … supérieure à 8 % » aims at 120 M€ (it read the margin's
 * bound, 120 M€ as the baseline); « 58 % des entreprises tablent sur … » and « Financé à hauteur de 10 millions d'euros … »
 * are no target (they read 58 % and 10,000,000). Near misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Deals closed'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus'],
])('SMARTPARSE (%s)', (locale, revenue, won) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a year written over two with a hyphen is a fiscal year; an ISO date stays a date', () => {
    expect(cells('The budget for 2027-28 projects sales of $3.5 million.')).toEqual([revenue, '', 3_500_000, '2028-12-31']);
    expect(cells('Sign 40 new customers by 2027-12-31.')[3]).toBe('2027-12-31');
  });

  it("a fundraising goal's money is no sales; a sales goal's is", () => {
    expect(cells('Our holiday fundraising goal is $500,000.')).toEqual(['', '', 500_000, '']);
    expect(cells('The shelter has raised just over $12,000 toward a target of $30,000.')).toEqual(['', 12_000, 30_000, '']);
    expect(parse('Our sales goal is $500,000.')[0]).toBe(revenue);
  });

  it('tonnes collected name no KPI; cars sold stay won deals', () => {
    expect(parse("L'objectif : récolter 200 tonnes de denrées, soit 20 tonnes de plus que l'an dernier, l'équivalent de 400 000 repas.")[0]).toBe('');
    expect(parse('Notre objectif : 40 voitures vendues en 2027.')[0]).toBe(won);
  });

  it('"cross the X crore mark" aims at the amount', () => {
    expect(cells('Revenue should cross the ₹5,000 crore mark by FY28, growing 40 per cent.')).toEqual([revenue, '', 50_000_000_000, '2028-12-31']);
  });

  it('« et une marge … supérieure à 8 % » after a first figure is a second goal; alone it is the goal', () => {
    expect(cells("Le groupe vise un chiffre d'affaires de 120 M€ et une marge d'Ebitda supérieure à 8 % en 2028.")).toEqual([revenue, '', 120_000_000, '2028-12-31']);
    expect(parse('Atteindre une marge supérieure à 8 % en 2028.')[3]).toBe(0.08);
  });

  it("a survey's share and a programme's funding are no target", () => {
    expect(parse("Pour 2027, 58 % des entreprises tablent sur une hausse de leur chiffre d'affaires.")[3]).toBe('');
    expect(cells("Financé à hauteur de 10 millions d'euros par la région, le programme veut accompagner 2 000 entreprises d'ici 2028.")).toEqual(['', '', 2_000, '2028-12-31']);
    expect(parse('Nous visons 58 % de clients satisfaits en 2027.')[3]).toBe(0.58);
  });
});
