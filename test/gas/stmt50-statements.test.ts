/**
 * stmt50 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for real47's classes (test/core/statement/stmt50.test.ts). « 2.059 milliards de francs
 * CFA » is 2,059,000,000,000 (it read 2,059,000,000); « un bénéfice annuel de 500 millions de francs » aims at 500,000,000 (it
 * read no number); a university's enrollment "in the next five years" is its active customers (it read sign-ups); "from the
 * 2024 enrollment baseline of 4,250" is the baseline (it read the year as the target); a growth rate of earnings per share
 * and « soit une progression de 40 % » after a per-share level name no KPI (they read sales growth and revenue). Near
 * misses keep their rows.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Profit', 'Revenue', 'Active customers', 'Sales growth'],
  ['fr_FR', 'Bénéfice', 'Chiffre d’affaires', 'Clients actifs', 'Croissance des ventes'],
])('SMARTPARSE (%s)', (locale, profit, revenue, customers, salesGrowth) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('« 2.059 milliards » groups thousands; « 2.5 milliards » keeps its decimal', () => {
    expect(cells("Le groupe prévoit un chiffre d'affaires de 2.059 milliards de francs CFA d'ici 2030.")).toEqual([revenue, '', 2_059_000_000_000, '2030-12-31']);
    expect(parse("Le groupe vise un chiffre d'affaires de 2.5 milliards d'euros en 2028.")[3]).toBe(2_500_000_000);
  });

  it('« de francs » after an amount is money', () => {
    expect(cells("L'entreprise aura besoin d'un bénéfice annuel de 500 millions de francs d'ici 2028.")).toEqual([profit, '', 500_000_000, '2028-12-31']);
  });

  it("a university's enrollment is its active customers; a free trial's stays sign-ups", () => {
    expect(cells('The university projects its programs to surpass 40,000 in enrollment in the next five years.')).toEqual([customers, '', 40_000, '2031-12-05']);
    expect(parse('Increase enrollment in our free trial to 500 by 2027.')[0]).not.toBe(customers);
  });

  it('a level named the baseline is the baseline, its year no target', () => {
    const row = parse('Each year, increase enrollment from the 2024 enrollment baseline of 4,250.');
    expect([row[2], row[3]]).toEqual([4_250, '']);
  });

  it('growth of earnings per share and a restated per-share change name no KPI; revenue growth keeps its own', () => {
    expect(parse('The plan aims for a 15% compound annual growth rate in adjusted earnings per share through 2028.')[0]).toBe('');
    expect(parse("La société vise un bénéfice par action de 6,50 $ d'ici 2028, soit une progression de 40 % par rapport à 2025.")[0]).toBe('');
    expect(parse('We aim for 10% revenue growth in 2027.')[0]).toBe(salesGrowth);
    expect(parse("Nous visons un chiffre d'affaires de 10 M€ en 2028, soit une progression de 20 %.")[0]).toBe(revenue);
  });

  it("a group's share before a verb of aim is no goal number; « un ménage sur deux équipés » is a share", () => {
    expect(parse('Ainsi, trois dirigeants sur dix en Belgique visent une croissance des revenus de 8 % en 2027.')[3]).toBe(0.08);
    expect(parse("Notre objectif est d'atteindre un ménage sur deux équipés d'ici 2030.")[3]).toBe(0.5);
  });

  it('« passer de maximum X à Y » moves from X to Y', () => {
    const row = parse('La nouvelle ligne doit nous faire passer de maximum 4000 tonnes à 9000 tonnes par an.');
    expect([row[2], row[3]]).toEqual([4_000, 9_000]);
  });
});
