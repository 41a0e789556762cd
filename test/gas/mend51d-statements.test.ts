/**
 * mend51d through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR, SMARTPARSE with its as_of: one class
 * case and one near miss per class of test/core/statement/mend51d.test.ts, as a user's row shows them (KPI, baseline,
 * target, deadline). Each class case read wrong on main (630d68b5).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const cells = smartCells(smartParser(locale));

  it("(1) a quarter before a split year is the quarter of its first year; a split year alone the fiscal year's end", () => {
    expect(cells('Increase revenue to $2M in Q1 2027-28.')).toEqual([revenue, '', 2_000_000, '2027-03-31']);
    expect(cells('Augmenter le CA de 10 % au T1 2027-28.')[3]).toBe('2027-03-31');
    expect(cells('The budget for 2027-28 projects sales of $3.5 million.')[3]).toBe('2028-12-31');
  });

  it('(2) a code is no split year, and a split year never wins over a stated deadline', () => {
    expect(cells('Call 555-2027-28 to book 40 demos by March 2027.')[3]).toBe('2027-03-31');
    expect(cells('Sell 500 units of model 2027-28.')[3]).toBe('');
    expect(cells('Sell 40 units in March 2027 under the 2027-28 plan.')[3]).toBe('2027-03-31');
    expect(cells('Our plan for 2027–28 is 40 new customers.')[3]).toBe('2028-12-31');
  });

  it('(3) a share a goal governs is the target; a reported survey share is none', () => {
    expect(cells("Notre objectif : 80 % des clients déclarent être satisfaits d'ici fin 2027.")[2]).toBe(0.8);
    expect(cells('Ensure 90% of customers say they are satisfied by June 2027.')[2]).toBe(0.9);
    expect(cells("Pour 2027, 58 % des entreprises tablent sur une hausse de leur chiffre d'affaires.")[2]).toBe('');
  });

  it('(4) "another record of 500" is the target; "another 20" a change', () => {
    expect(cells('Reach another record of 500 deals by December 2027.')[2]).toBe(500);
    expect(cells('Reach a further milestone of $2M in revenue by 2028.')[2]).toBe(2_000_000);
    expect(cells('Open another 20 new stores by 2028.')[2]).toBe('');
  });

  it('(5) a closing "according to our target" states the target; a study\'s year is none', () => {
    expect(cells('Grow revenue 20% by 2027, according to our target of $5M.')[2]).toBe(5_000_000);
    expect(cells('Revenue should grow 4% within a year, according to the growth study 2027.')[2]).toBe('');
  });

  it("(6) a fundraising round after the goal's clause leaves it sales", () => {
    expect(cells('Reach $500,000 by June 2027, then open a fundraising round.')).toEqual([revenue, '', 500_000, '2027-06-30']);
    expect(cells('Our holiday fundraising goal is $500,000.')[0]).toBe('');
  });

  it('(7) money raised toward a goal is the baseline and no sales; "in the 2027-28 financial year" ends in 2028', () => {
    expect(cells('The shelter has raised $12,000 toward a target of $30,000.')).toEqual(['', 12_000, 30_000, '']);
    expect(cells('The charity has raised $9,200 towards its $20,000 goal.')).toEqual(['', 9_200, 20_000, '']);
    expect(cells('Grow sales 8% in the 2027-28 financial year.')[3]).toBe('2028-12-31');
    expect(cells('We sold $12,000 toward our goal of $30,000.')[0]).toBe(revenue);
  });
});
