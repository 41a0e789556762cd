/**
 * mend56l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: N1d narrowed to a held object under no
 * flow verb (SMARTPARSE's target and deadline), and D1 narrowed (the direction `smartAnalyze` reads).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('N1d: a flow verb or a held word outside the list object keeps the first goal; a held object keeps the last level', () => {
    expect(cells('Generate $2M of free cash flow in Q1 2027 and $3M in Q2 2027.').slice(2)).toEqual([2_000_000, '2027-03-31']);
    expect(cells('Écouler 2 000 unités de stock au T1 2027 et 3 000 au T2 2027.').slice(2)).toEqual([2000, '2027-03-31']);
    expect(cells('Disposer de 2 M€ de trésorerie au T1 2027 et 3 M€ au T2 2027.').slice(2)).toEqual([3_000_000, '2027-06-30']);
  });

  it('N1: a restated noun inside another KPI is another measure', () => {
    expect(cells('Close 50 sales by 2027 and 80 sales reps by 2028.').slice(2)).toEqual([50, '2027-12-31']);
  });
});

describe('smartAnalyze: D1 narrowed', () => {
  const analyze = bundleAnalyze();

  it('financial returns, a glued tail and a condition over an article read increase; returned goods named so a decrease', () => {
    expect(analyze('Reach 12% annual returns.', AS_OF).direction).toBe('increase');
    expect(analyze('Achieve a 99% fraud detection rate by 2027.', AS_OF).direction).toBe('increase');
    expect(analyze('Atteindre 300 jours sans aucun accident.', AS_OF).direction).toBe('increase');
    expect(analyze('Atteindre 2 % de retours produits.', AS_OF).direction).toBe('decrease');
  });
});
