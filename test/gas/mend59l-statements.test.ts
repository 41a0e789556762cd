/**
 * mend59l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for left59's review narrowed (test/core/statement/mend59l.test.ts) — a consequence after
 * a date states the goal, a raise beside another goal's figure is no number of it, an amount invested names no KPI, a plan's
 * agent runs to its year.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a consequence after a date states the goal; a raise is the means of the goal with its own figure', () => {
    expect(cells("Développer notre réseau de partenaires, qui permettra d'atteindre 3 M€ de chiffre d'affaires en 2028.")).toEqual([expect.any(String), '', 3_000_000, '2028-12-31']);
    expect(cells("Lever un financement de 5 M€ en 2027 pour atteindre 20 M€ de chiffre d'affaires en 2029.").slice(1)).toEqual(['', 20_000_000, '2029-12-31']);
    expect(cells('Raise funding of $5M in 2027 to reach $20M in revenue by 2029.').slice(1)).toEqual(['', 20_000_000, '2029-12-31']);
  });

  it("an amount invested names no KPI; a strategy approved by a several-word agent counts from its year", () => {
    // AS_OF is 5 December 2026.
    expect(cells("Investir 2 M€ dans le marketing en 2027, ce qui permettra d'augmenter les ventes.")).toEqual(['', '', 2_000_000, '2027-12-31']);
    expect(cells('Our five-year strategy, approved by the Board of Directors in 2026, aims to double sales.')[3]).toBe('2031-12-31');
  });
});

describe('smartAnalyze: mend59l', () => {
  const analyze = bundleAnalyze();

  it('"which will" after a date states the goal; a plan finished in a past year gives no deadline', () => {
    expect(analyze('Launch a new website by June 2027, which will double our sales.', AS_OF)).toMatchObject({ kpi: 'revenue', direction: 'increase', change: { value: 1, kind: 'relative' } });
    expect(analyze('Our five-year plan, finished in 2025, doubled sales.', AS_OF).deadline).toBeNull();
  });

  it("« fin du trimestre » of today's year is the current quarter", () => {
    expect(analyze("Signer 20 contrats d'ici la fin du trimestre 2027.", '2027-02-10').deadline).toBe('2027-03-31');
  });
});
