/**
 * mend49c through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's row (KPI, baseline,
 * target, deadline) for stmt47's rules narrowed (test/core/statement/mend49c.test.ts). A falling range trimmed from costs
 * moves from the first level to the second (it read a cut with no level); client savings are a level to reach, no cost cut;
 * "the next full year" ends next year and "our second full year" gives no deadline (both read this year's end); "top 10
 * in app store rankings" is a rank (it read a target of 10); a rate's range after "rise" is its level; organic traffic
 * "for our travel agency" stays website traffic; a with-clause's expected figure with no outlook is no goal.
 */
import { isoDay, smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Website traffic'],
  ['fr_FR', 'Trafic du site'],
])('SMARTPARSE (%s)', (locale, websiteTraffic) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('a falling range trimmed from costs is a move; a rising one stays a cut', () => {
    expect(cells('Trim $30 million to $20 million in operating expenses by 2027.').slice(1)).toEqual([30_000_000, 20_000_000, '2027-12-31']);
    const row = parse('The group will trim $20 million to $30 million in operating expenses in 2027.');
    expect([row[2], row[3]]).toEqual(['', '']);
  });

  it('client savings are a level to reach; cumulative savings stay a cut', () => {
    expect(cells('Manage $200 million in client savings by 2030.')).toEqual(['', '', 200_000_000, '2030-12-31']);
    const row = parse('The transformation plan targets $650 million in cumulative savings by 2028.');
    // (A named KPI and no level: the cut, as stmt47 read it.)
    expect(row[0]).not.toBe('');
    expect(row[3]).toBe('');
  });

  it('"the next full year" ends next year, "our second full year" gives none, "full-year revenue" this year', () => {
    expect(isoDay(parse('Grow revenue 20% in the next full year.')[4])).toBe('2027-12-31');
    expect(isoDay(parse('Grow revenue 20% in our second full year.')[4])).toBe('');
    expect(isoDay(parse('The company now expects full-year revenue of $1.68 billion.')[4])).toBe('2026-12-31');
  });

  it('"top 10 in app store rankings" is a rank; "to top 1 million subscribers" still aims at it', () => {
    expect(parse('Get to top 10 in app store rankings by 2027.')[3]).toBe('');
    expect(parse('The publisher hopes to top 1 million subscribers by 2028.')[3]).toBe(1_000_000);
  });

  it('a rate’s range after "rise" is its level', () => {
    expect(cells('Retention should rise between 85% and 90% by 2027.').slice(1)).toEqual(['', 0.85, '2027-12-31']);
  });

  it('organic traffic for a travel agency stays website traffic; customer traffic in salons names none', () => {
    expect(parse('Grow organic traffic by 25% for our travel agency in 2027.')[0]).toBe(websiteTraffic);
    expect(parse('Our goal is to increase customer traffic in our salons.')[0]).toBe('');
  });

  it('a with-clause’s expected figure with no outlook is no goal; an outlook’s still is', () => {
    expect(cells('Open our Lyon office by June 2027, with 3 new sales reps expected to join.')).toEqual(['', '', '', '2027-06-30']);
    expect(cells('The company lowered its outlook, with revenue now expected at around $700 million in 2027.')[2]).toBe(700_000_000);
  });
});
