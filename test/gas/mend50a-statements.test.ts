/**
 * mend50a, through the BUILT bundle (dist/Code.js on the emulator): left50's rules narrowed (test/core/statement/
 * mend50a.test.ts). SMARTPARSE's row [kpi, direction, baseline, target, deadline] in en_US and fr_FR as of 2026-12-05.
 * Each first line read otherwise on main after left50; a near miss beside it keeps left50's fix.
 */
import { isoDay, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Operating costs', 'increase', 'decrease'],
  ['fr_FR', 'Chiffre d’affaires', 'Coûts d’exploitation', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, revenue, costs, up, down) => {
  const parse = smartParser(locale);
  const cells = (sentence: string): unknown[] => {
    const row = parse(sentence);
    return [row[0], row[1], row[2], row[3], isoDay(row[4])];
  };

  it('R11: demand’s forecast before "but" is context — the aim’s direction', () => {
    expect(cells('Demand will decline 3% next year, but we want to grow sales 10%').slice(0, 2)).toEqual([revenue, up]);
    expect(cells('Revenue should climb 10% next year, but we want to keep costs flat').slice(0, 2)).toEqual([revenue, up]);
  });

  it('R2: a spending cut for a purpose with no figure keeps its amount', () => {
    expect(cells('Cut spending $500K to fund new hires by Q2 2027')).toEqual([costs, down, '', 500_000, '2027-06-30']);
    expect(cells('We will invest $2M to increase sales by 10% by 2027')[3]).toBe('');
  });

  it('R3: a raised spending target aims spending up', () => {
    expect(cells('We raised our marketing spend target to $3M for 2027')).toEqual([costs, up, '', 3_000_000, '2027-12-31']);
  });

  it('R8: "end of month latest" is still a deadline', () => {
    expect(cells('Reach 100 deals end of month latest')[4]).toBe('2026-12-31');
    expect(cells('Lower end-of-month inventory to 500 units by June 2027')[4]).toBe('2027-06-30');
  });

  it('R7: "(previously 50 in 2025)" is the baseline', () => {
    expect(cells('Raise NPS to 60 (previously 50 in 2025) by Q4 2027').slice(2, 5)).toEqual([50, 60, '2027-12-31']);
    expect(cells('Reduce churn to 3%, previously 5%, by Q4 2027').slice(2, 5)).toEqual([0.05, 0.03, '2027-12-31']);
  });
});
