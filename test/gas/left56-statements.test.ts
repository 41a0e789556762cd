/**
 * left56 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the ruling N1d and N1's restated noun (test/core/statement/left56.test.ts), and the
 * direction `smartAnalyze` (the server function the CLI and the statement eval call) reads under the ruling D1. A level
 * held by quarter aims at the last level (it read the first); "200 customers … and 300 customers" aims at 300 (it read
 * 200); a loss rate aimed at is a decrease (it read an increase).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('ruling N1d: a level held by quarter aims at the last level; a flow by quarter keeps the first goal', () => {
    expect(cells('Porter la trésorerie à 2 M€ au T1 2027 et à 3 M€ au T2 2027.').slice(2)).toEqual([3_000_000, '2027-06-30']);
    expect(cells('Hold $2M in cash this quarter and $3M next quarter.').slice(2)).toEqual([3_000_000, '2027-03-31']);
    expect(cells('Sign 20 deals in Q1 2027 and 30 deals in Q2 2027.').slice(2)).toEqual([20, '2027-03-31']);
  });

  it('ruling N1: the same counted noun restated is the last level; two different plurals keep the first', () => {
    expect(cells('Reach 200 customers by 2027 and 300 customers by 2028.').slice(2)).toEqual([300, '2028-12-31']);
    expect(cells('Hire 10 engineers by 2027 and 5 designers by 2028.').slice(2)).toEqual([10, '2027-12-31']);
  });
});

describe('smartAnalyze: ruling D1', () => {
  const analyze = bundleAnalyze();

  it('a loss rate or a defect rate aimed at is a decrease, outside the catalog', () => {
    expect([analyze('Nous visons un taux de perte de 2 % sur les colis en 2027.', AS_OF)].map((r) => [r.kpi, r.direction, r.target])).toEqual([[null, 'decrease', 0.02]]);
    expect(analyze('Reach a defect rate of 0.5% by Q3', AS_OF).direction).toBe('decrease');
  });

  it('near misses: a higher-is-better head and a verb of change keep theirs', () => {
    expect(analyze('Reach 95% loss prevention by 2027.', AS_OF).direction).toBe('increase');
    expect(analyze('Atteindre un taux de résolution des réclamations de 90 %.', AS_OF).direction).toBe('increase');
    expect(analyze('Increase the loss ratio to 5%.', AS_OF).direction).toBe('increase');
  });
});
