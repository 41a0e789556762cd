/**
 * left61 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the leftovers read by left61 (test/core/statement/left61.test.ts) — a plan presented
 * to someone in a past year dates no goal, money a means brings in on top is sales, currencies spelled out (ringgit, rupiah,
 * yuan, baht) are money, and a fiscal year's named end month falls in that fiscal year (Ruling C4).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a plan presented to the teams in a past year: no deadline; a fiscal year ending in March ends in its own year', () => {
    // AS_OF is 5 December 2026.
    expect(cells('Le plan commercial présenté aux équipes en 2025 vise 3 M€.').slice(2)).toEqual([3_000_000, '']);
    expect(cells("Atteindre 5 M€ sur l'exercice 2028 clos le 31 mars.").slice(2)).toEqual([5_000_000, '2028-03-31']);
    expect(cells('Reach $5M in revenue in FY28, which ends June 30.').slice(2)).toEqual([5_000_000, '2028-06-30']);
  });
});

describe('smartAnalyze: left61', () => {
  const analyze = bundleAnalyze();

  it('money a means brings in on top is sales, increase, the absolute change', () => {
    expect(analyze('Increase conversion to generate an extra $500k.', AS_OF)).toMatchObject({ kpi: 'revenue', direction: 'increase', target: null, change: { value: 500_000, kind: 'absolute' } });
    expect(analyze('Augmenter le taux de conversion pour dégager 200 000 € supplémentaires.', AS_OF)).toMatchObject({ kpi: 'revenue', change: { value: 200_000, kind: 'absolute' } });
    expect(analyze('Increase conversion by 10% to generate an extra $500k.', AS_OF)).toMatchObject({ kpi: 'conversion_rate' });
  });

  it('currencies spelled after the amount are money; « ¥ » is the yuan only when the sentence writes its name', () => {
    expect(analyze('Reach 80,000 rupiah.', AS_OF)).toMatchObject({ target: 80_000, unit: 'currency' });
    expect(analyze('Atteindre 80 000 bahts.', AS_OF)).toMatchObject({ target: 80_000, unit: 'currency' });
    // The Measurable message shows the target in the goal's currency.
    expect(analyze('The retailer aims for ¥2 billion (2 billion yuan) in sales by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.stringContaining('CN¥2,000,000,000') as unknown } } });
    expect(analyze('Reach 5 billion baht in sales by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.stringContaining('THB') as unknown } } });
    expect(analyze('Reach ¥50 million in sales by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.not.stringContaining('CN¥') as unknown } } });
  });
});
