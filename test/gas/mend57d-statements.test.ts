/**
 * mend57d through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's row (KPI, baseline, target,
 * deadline) for the review findings on d57 — a state's growth, a plural modifier, a second clause on the same measure, cash as
 * a side remark, an organic growth of sales reps — and the direction `smartAnalyze` reads for recovery and "zero" (not in the row).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a state aiming at growth names no KPI whatever stands before the growth; a state sales team does', () => {
    expect(cells('The government targets annual growth of 3% in 2027.')).toEqual(['', '', 0.03, '2027-12-31']);
    expect(cells('The government expects around 3% growth in 2027.')[0]).toBe('');
    expect(cells('The government sales team targets 5% growth in 2027.').slice(0, 3)).not.toEqual(['', '', 0.05]);
  });

  it('a later stage of the same counted noun is the goal; a role after a plural is another noun', () => {
    expect(cells('Signer 40 ventes en 2027 et 60 ventes directes en 2028.').slice(2)).toEqual([60, '2028-12-31']);
    expect(cells('Sell 40 cars in 2027 and 60 cars overseas in 2028.').slice(2)).toEqual([60, '2028-12-31']);
    expect(cells('Sign 40 sales by 2027 and 60 sales managers by 2028.').slice(2)).toEqual([40, '2027-12-31']);
  });

  it("a second clause on the same measure states the goal's level", () => {
    expect(cells('Grow revenue 15% and total revenue must reach $2M by 2027.').slice(2)).toEqual([2_000_000, '2027-12-31']);
    expect(cells('Revenue will grow 10% and then we should reach $2M by 2028.').slice(2)).toEqual([2_000_000, '2028-12-31']);
  });

  it('cash as a side remark leaves the amount revenue', () => {
    expect(cells('Hit $1M by the end of 2027 without burning cash.')[0]).not.toBe('');
    expect(cells('Passer le cap des 10 M€ en 2027 sans tension de trésorerie.')[0]).not.toBe('');
  });
});

describe('smartAnalyze: the fields the row does not show', () => {
  const analyze = bundleAnalyze();
  const read = (text: string): unknown[] => [analyze(text, AS_OF)].map((r) => [r.kpi, r.direction, r.target])[0];

  it('organic growth of sales reps is theirs; recovery is an increase; zero only where aimed at', () => {
    expect(read('We target annual growth of sales reps of 10% in 2027.')[0]).toBe('sales_reps');
    expect(read('Get back 500 hours lost by 2027.')).toEqual([null, 'increase', 500]);
    expect(read('Maintain zero accidents in 2027.')).toEqual([null, 'maintain', 0]);
    expect(read('Maintenir zéro accident en 2027.')).toEqual([null, 'maintain', 0]);
    expect(read('We had zero complaints in 2026.')).toEqual([null, null, null]);
    expect(read('Launch the new checkout with zero downtime in Q2 2027.')).toEqual([null, null, null]);
    expect(read('Aim for zero churn in 2027.')).toEqual(['churn', 'decrease', 0]);
    expect(read("Objectif zéro défaut sur la ligne 3 d'ici juin 2027.")).toEqual([null, 'decrease', 0]);
  });
});
