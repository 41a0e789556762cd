/**
 * stmt47 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, direction, baseline, target, deadline, cadence) for real46's classes (test/core/statement/stmt47.test.ts). « 700
 * MEUR » is 700,000,000 (it read no number); an amount trimmed from costs is a cut with no level (it read a move, $20M →
 * $30M, and an increase); "full-year" ends this year (it read no deadline); "to top 1 million subscribers" aims at 1,000,000
 * (it read none); "customer traffic in our salons" names no website traffic; an outlook's "with revenue now expected at
 * around $700 million" names revenue and aims at it (it read no KPI). Near misses keep their rows.
 */
import { isoDay, smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Profit', 'Revenue', 'Active customers', 'Website traffic'],
  ['fr_FR', 'Bénéfice', 'Chiffre d’affaires', 'Clients actifs', 'Trafic du site'],
])('SMARTPARSE (%s)', (locale, profit, revenue, customers, websiteTraffic) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each class moves. */
  const cells = smartCells(parse);

  it('« 700 MEUR » is 700 million euros', () => {
    expect(cells("Le groupe vise un EBITDA ajusté d'environ 700 MEUR en 2027.")).toEqual([profit, '', 700_000_000, '2027-12-31']);
  });

  it('an amount trimmed from costs is a cut, no level; costs brought to a level keep it', () => {
    const row = parse('The group will trim $20 million to $30 million in operating expenses in 2027.');
    expect([row[2], row[3]]).toEqual(['', '']);
    expect(parse('Cut costs to $2M by 2028.')[3]).toBe(2_000_000);
  });

  it('"full-year" ends this year; "the last full year" is no deadline', () => {
    expect(cells('The company now expects full-year revenue of $1.68 billion.')).toEqual([revenue, '', 1_680_000_000, '2026-12-31']);
    expect(isoDay(parse('Revenue grew 10% in the last full year.')[4])).toBe('');
  });

  it('"to top 1 million subscribers" aims at 1,000,000; "our top 10 customers" is a rank', () => {
    expect(cells('The publisher hopes to top 1 million subscribers by 2028.')).toEqual([customers, '', 1_000_000, '2028-12-31']);
    expect(parse('Grow revenue from our top 10 customers by 20% in 2027.')[3]).toBe('');
  });

  it('"customer traffic in our salons" names no KPI; web traffic keeps its own', () => {
    expect(parse('Our goal is to increase customer traffic in our salons.')[0]).toBe('');
    expect(parse('Increase traffic to our website by 20% in 2027.')[0]).toBe(websiteTraffic);
  });

  it('an outlook’s with-clause names the goal and its level', () => {
    expect(cells('The company lowered its outlook, with revenue now expected at around $700 million in 2027.')).toEqual([revenue, '', 700_000_000, '2027-12-31']);
  });
});
