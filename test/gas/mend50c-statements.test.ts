/**
 * mend50c through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's row (KPI, baseline, target,
 * deadline) for stmt50's overreaches (test/core/statement/mend50c.test.ts). « 1.250 million d'euros » is 1,250,000 (main
 * read 1,250,000,000) while « 2.059 milliards de francs CFA » keeps 2,059,000,000,000; "Hit a new baseline of $50,000" aims
 * at 50,000 (main read it as the baseline); a free trial's enrollment "in the next quarter" stays sign-ups (main read active
 * customers); « une croissance de 15 % en volume » is sales growth (main read none).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Active customers', 'Sales growth'],
  ['fr_FR', 'Chiffre d’affaires', 'Clients actifs', 'Croissance des ventes'],
])('SMARTPARSE (%s)', (locale, revenue, customers, salesGrowth) => {
  const parse = smartParser(locale);
  const cells = smartCells(parse);

  it('a dot before a singular scale is a decimal; CFA francs keep the grouping', () => {
    expect(cells("Nous visons un chiffre d'affaires de 1.250 million d'euros d'ici 2028.")).toEqual([revenue, '', 1_250_000, '2028-12-31']);
    expect(parse("D'ici à 2030, la compagnie prévoit un chiffre d'affaires de 2.059 milliards de francs CFA.")[3]).toBe(2_059_000_000_000);
  });

  it('a new baseline aimed at is the target; one compared with is the start', () => {
    expect(cells('Hit a new baseline of $50,000 in monthly revenue by June 2027.')).toEqual([revenue, '', 50_000, '2027-06-30']);
    const row = parse('Grow revenue against a baseline of $40,000 to $50,000 by 2027.');
    expect([row[2], row[3]]).toEqual([40_000, 50_000]);
  });

  it("a free trial's enrollment stays sign-ups; a bare « en volume » growth is sales growth", () => {
    // The KPI cell names a sign-up as written ("Enrollment"): what matters is that it is not the roll of active customers.
    expect(parse('Our free trial should surpass 10,000 in enrollment in the next quarter.')[0]).not.toBe(customers);
    expect(parse('The college aims to reach 9,000 in enrollment in the next three years.')[0]).toBe(customers);
    expect(parse("Nous visons une croissance de 15 % en volume d'ici 2028.")[0]).toBe(salesGrowth);
  });
});
