/**
 * left51, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of the six rulings of 2026-12-06
 * (test/core/statement/left51.test.ts). SMARTPARSE's row [kpi, direction, baseline, target, deadline, cadence] in en_US and
 * fr_FR, read as of the helper's as_of (2026-12-05). Each class below read otherwise on main's bundle; a near miss beside
 * each keeps its row.
 */
import { isoDay, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Sales growth', 'Operating costs', 'Active customers', 'increase', 'decrease'],
  ['fr_FR', 'Chiffre d’affaires', 'Croissance des ventes', 'Coûts d’exploitation', 'Clients actifs', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, revenue, salesGrowth, costs, customers, up, down) => {
  const parse = smartParser(locale);
  /** KPI, direction, baseline and target cells, the deadline as YYYY-MM-DD, then the cadence. */
  const cells = (sentence: string): unknown[] => {
    const row = parse(sentence);
    return [row[0], row[1], row[2], row[3], isoDay(row[4]), row[5]];
  };

  it('S1: an outside forecast stated alone is a change, no target', () => {
    expect(cells('We expect a 3% rise in costs in 2027')).toEqual([costs, up, '', '', '2027-12-31', '']);
    expect(cells('Nous anticipons une hausse de 3 % des coûts en 2027').slice(0, 4)).toEqual([costs, up, '', '']);
  });

  it('S2: a budget spent has its amount and no direction', () => {
    expect(cells('Spend $500K on marketing by June 2027')).toEqual([costs, '', '', 500_000, '2027-06-30', '']);
    expect(cells('Consacrer 200 000 € au marketing pour le lancement').slice(1, 4)).toEqual(['', '', 200_000]);
    expect(cells('Cut marketing spend to $2M by 2027').slice(1, 4)).toEqual([down, '', 2_000_000]);
  });

  it('S3: growth in the number of active customers is theirs', () => {
    expect(cells("Atteindre une croissance de 20 % en nombre de clients actifs d'ici 2027")).toEqual([customers, up, '', '', '2027-12-31', '']);
    expect(cells('20% growth in the number of active customers by 2027').slice(0, 4)).toEqual([customers, up, '', '']);
  });

  it('S4: a compound annual growth rate of sales is their growth, its figure the level', () => {
    expect(cells('Deliver a 12% compound annual growth rate in revenue by 2030')).toEqual([salesGrowth, up, '', 0.12, '2030-12-31', '']);
    expect(cells("Un TCAM de 12 % du chiffre d'affaires d'ici 2030")).toEqual([salesGrowth, up, '', 0.12, '2030-12-31', '']);
    // (The KPI cell echoes a catalog name as written: "Revenue CAGR".)
    expect(cells('12% revenue CAGR by 2030').slice(1, 4)).toEqual([up, '', 0.12]);
  });

  it('S5: a plan’s name before the colon reads as the text after it', () => {
    expect(cells('Our growth plan: 10% revenue growth by 2027')).toEqual(cells('10% revenue growth by 2027'));
    expect(cells('Our growth plan: 10% revenue growth by 2027').slice(0, 4)).toEqual([salesGrowth, up, '', 0.1]);
  });

  it('capacity added with no base counted is the level reached; customers added stay a change', () => {
    expect(cells("Ajouter 700 nouvelles voitures d'ici 2027").slice(1, 5)).toEqual([up, '', 700, '2027-12-31']);
    expect(cells('Add 20 new customers by June 2027').slice(2, 4)).toEqual(['', '']);
  });

  it('S6: a CAGR through a year is a change with no cadence, due at that year’s end', () => {
    expect(cells('Grow revenue at a 12% CAGR through 2030')).toEqual([revenue, up, '', '', '2030-12-31', '']);
    expect(cells("Faire croître le chiffre d'affaires à un rythme annuel moyen de 12 % d'ici 2030").slice(1)).toEqual([up, '', '', '2030-12-31', '']);
  });
});
