/**
 * mend60l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (baseline, target, deadline) for left60's rules as narrowed by the lead on its review (test/core/statement/mend60l.test.ts)
 * — a purpose restating the means gives the means its target, a raise keeps its target beside a compared baseline and
 * beside the stores it pays for (Ruling D3), a month after « se termine » is the deadline again, « à la fin de notre
 * exercice 2027 » ends that year.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a raise beside a compared baseline, and beside stores it pays for, keeps its target', () => {
    expect(cells('Raise $5M in 2027, up from $2M in 2026.').slice(1)).toEqual([2_000_000, 5_000_000, '2027-12-31']);
    expect(cells("Lever 3 M€ pour ouvrir 5 agences d'ici 2028.").slice(1)).toEqual(['', 3_000_000, '2028-12-31']);
  });

  it('a month after « se termine » and « la fin de notre exercice 2027 » are deadlines again', () => {
    // AS_OF is 5 December 2026.
    expect(cells('La campagne se termine en juin : atteindre 500 inscriptions.').slice(2)).toEqual([500, '2027-06-30']);
    expect(cells('Atteindre 500 clients à la fin de notre exercice 2027.').slice(2)).toEqual([500, '2027-12-31']);
  });
});

describe('smartAnalyze: mend60l', () => {
  const analyze = bundleAnalyze();

  it('a purpose restating the means: the means\' KPI and direction with the purpose\'s figure', () => {
    expect(analyze('Reduce costs to stay under $50,000 per month in 2027.', AS_OF)).toMatchObject({ kpi: 'costs', direction: 'decrease', target: 50_000 });
    expect(analyze('Réduire le churn pour passer sous la barre des 3 % en 2027.', AS_OF)).toMatchObject({ kpi: 'churn', direction: 'decrease', target: 0.03 });
  });

  it('an aim framing before a means and a purpose reads as without it', () => {
    expect(analyze('Our goal is to cut churn to improve renewal rates to 92% by 2027.', AS_OF)).toMatchObject({ kpi: 'retention', direction: 'increase', target: 0.92 });
  });

  it('"the cost to acquire new customers" is the CAC; « au moins » is no cap', () => {
    expect(analyze('Lower the cost to acquire new customers to under $40 by 2027.', AS_OF)).toMatchObject({ kpi: 'cac', direction: 'decrease', target: 40 });
    expect(analyze("Augmenter d'au moins 10 % le montant dépensé par client grâce au marketing ciblé d'ici 2027.", AS_OF)).toMatchObject({ kpi: null });
  });
});
