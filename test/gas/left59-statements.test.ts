/**
 * left59 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the leftovers read by left59 (test/core/statement/left59.test.ts) — money raised is
 * the target with no KPI and its consequence gives none (Ruling D2), a strategy approved / endorsed in a year counts its span
 * from it, « fin de mois de décembre » and « fin de trimestre 2027 » give their deadlines.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('money raised: no KPI, its amount the target (D2); a measure raised keeps its KPI', () => {
    expect(cells('We will raise funding of $20M by Q2 2027, which will enable us to double sales.')).toEqual(['', '', 20_000_000, '2027-06-30']);
    expect(cells("Lever un financement de 8 M€ d'ici fin 2027, qui permettra d'accélérer la croissance.")).toEqual(['', '', 8_000_000, '2027-12-31']);
    expect(cells('Raise revenue to $20M by 2027.')[0]).not.toBe('');
  });

  it('a strategy approved in a year counts from it; « fin de mois de décembre », « fin de trimestre 2027 »', () => {
    // AS_OF is 5 December 2026.
    expect(cells('Our five-year strategy, approved by the board in 2026, aims to double sales.')[3]).toBe('2031-12-31');
    expect(cells("Signer 20 contrats d'ici fin de mois de décembre.").slice(2)).toEqual([20, '2026-12-31']);
    expect(cells("Signer 20 contrats d'ici fin de trimestre 2027.").slice(2)).toEqual([20, '2027-12-31']);
  });
});

describe('smartAnalyze: left59', () => {
  const analyze = bundleAnalyze();

  it('money raised is a sum reached, no change (D2)', () => {
    expect(analyze('Raise capital of $5M by the end of 2027.', AS_OF)).toMatchObject({ kpi: null, direction: 'increase', target: 5_000_000, change: null });
  });

  it('a French strategy approved in a past year dates no goal', () => {
    expect(analyze('Notre stratégie à cinq ans, approuvée en 2025, vise à doubler les ventes.', AS_OF).deadline).toBeNull();
  });
});
