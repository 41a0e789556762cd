/**
 * left50, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of the eleven rulings of 2026-12-06
 * (test/core/statement/left50.test.ts). SMARTPARSE's row [kpi, direction, baseline, target, deadline, cadence] in en_US
 * and fr_FR, read as of the helper's as_of (2026-12-05). Each class below read otherwise on main's bundle; a near miss
 * beside each keeps its row.
 */
import { isoDay, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Deals closed', 'EBITDA', 'increase', 'decrease'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus', 'EBITDA', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, revenue, dealsClosed, ebitda, up, down) => {
  const parse = smartParser(locale);
  /** KPI, direction, baseline and target cells, then the deadline as YYYY-MM-DD. */
  const cells = (sentence: string): unknown[] => {
    const row = parse(sentence);
    return [row[0], row[1], row[2], row[3], isoDay(row[4])];
  };

  it('R1: a change, then the units it reaches — the count is the target', () => {
    expect(cells('Sales should grow 12% next year, reaching 4,000 units')).toEqual([dealsClosed, up, '', 4000, '2027-12-31']);
    expect(cells("Les ventes devraient croître de 12 % l'an prochain, pour atteindre 4 000 unités").slice(0, 4)).toEqual([dealsClosed, up, '', 4000]);
    // Another noun reached stays a second goal's.
    expect(cells('Increase sales by 15%, reaching 200 new customers').slice(0, 4)).toEqual([revenue, up, '', '']);
  });

  it('R2: an amount invested for a purpose is a means, no target', () => {
    expect(cells('We will invest $2M to increase sales by 10% by 2027')).toEqual([revenue, up, '', '', '2027-12-31']);
    expect(cells('Cut marketing spend to $2M by 2027')[3]).toBe(2_000_000);
  });

  it('R3: a target lowered still aims the KPI its better way', () => {
    expect(cells("Le groupe abaisse son objectif de CA à 900 millions d'euros").slice(0, 4)).toEqual([revenue, up, '', 900_000_000]);
    expect(cells('Reduce our forecast error from 15% to 5%')[1]).toBe(down);
  });

  it('R4: "change by -1% to 2%" aims at −1 %', () => {
    expect(cells('Revenue is expected to change by -1% to 2% in 2027')).toEqual([revenue, up, '', -0.01, '2027-12-31']);
  });

  it('R5: "Our sales will grow 3%" is revenue with a change, as in French', () => {
    expect(cells('Our sales will grow 3%').slice(0, 4)).toEqual([revenue, up, '', '']);
    expect(cells('Nos ventes devraient progresser de 3 %').slice(0, 4)).toEqual([revenue, up, '', '']);
  });

  it('R6: an amount generated is the level', () => {
    expect(cells('Generate adjusted EBITDA of about $150 million in 2027')).toEqual([ebitda, up, '', 150_000_000, '2027-12-31']);
    expect(cells('Generate $2M more revenue in 2027')[3]).toBe('');
  });

  it('R7: the former figure in parentheses is no target', () => {
    expect(cells('The group now targets EBITDA of $250M (previously above $200M) in 2027')).toEqual([ebitda, up, '', 250_000_000, '2027-12-31']);
  });

  it('R8: "end-of-month" before a noun is no deadline', () => {
    expect(cells('Lower end-of-month inventory to 500 units by June 2027').slice(1)).toEqual([down, '', 500, '2027-06-30']);
    expect(cells('Close 10 deals by month-end')[4]).toBe('2026-12-31');
  });

  it('R9: sales passing a count of units are units sold', () => {
    expect(cells('Sales must top 1,000 units by June 2027')).toEqual([dealsClosed, up, '', 1000, '2027-06-30']);
    expect(cells('Sales must top $1M by June 2027')[0]).toBe(revenue);
  });

  it('R10: a rise in bookings is a change, no level', () => {
    expect(cells('Achieve a 10% rise in bookings by 2027')).toEqual([revenue, up, '', '', '2027-12-31']);
  });

  it('R11: a firm’s own rise before « mais » keeps its direction', () => {
    expect(cells("Le chiffre d'affaires doit progresser de 10 % en 2027, mais nous voulons garder les coûts stables").slice(1)).toEqual([up, '', '', '2027-12-31']);
    expect(cells('The market will decline 3% next year, but we want to grow our sales 10%').slice(0, 2)).toEqual([revenue, up]);
  });
});
