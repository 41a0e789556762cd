/**
 * left63 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) after the goal-sentence leftovers of issue 11 (test/core/statement/left63.test.ts), and
 * smartAnalyze's change for ranges of points. The start of « Dès le T1 2027 » (h), which neither shows, is pinned in the
 * core suite.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('an imperative verb of support keeping the growth going names the sales growth, as the other imperatives do', () => {
    const growth = cells('Continue our growth in 2027.')[0];
    expect(growth).not.toBe('');
    expect(cells('Sustain our growth through 2027.')[0]).toBe(growth);
    expect(cells('Soutenir notre croissance en 2027.')[0]).not.toBe('');
    expect(cells('Support our growth by hiring 10 reps.')[0]).toBe('');
  });

  it("the workforce is the cut's start, not its target: the row shows the level after the cut", () => {
    expect(cells("L'entreprise de 740 salariés prévoit de supprimer 150 emplois supplémentaires").slice(1, 3)).toEqual([740, 590]);
    expect(cells('The 740-employee company plans to cut 150 more jobs.').slice(1, 3)).toEqual([740, 590]);
  });

  it('money raised first is no target when a later clause states one; money spent for a change neither', () => {
    expect(cells('Raise $5M and reach $1M ARR')).toEqual(cells('Reach $1M ARR and raise $5M'));
    expect(cells('Raise $5M and reach $1M ARR')[2]).toBe(1_000_000);
    expect(cells('Spend $40k a month on ads and grow revenue 5% a month')[2]).toBe('');
    expect(cells('Spend $40k a month on ads.')[2]).toBe(40_000);
  });

  it("a pipeline's value is judged as the pipeline value; a bare pipeline stays the funnel", () => {
    const value = cells('Increase our pipeline value by 20%')[0];
    expect(cells('Augmenter la valeur de notre pipeline de 20 %')[0]).toBe(value);
    expect(cells('Increase the value of our pipeline by 20% by 2027.')[0]).toBe(value);
    expect(cells('Increase our pipeline by 20%')[0]).not.toBe(value);
  });

  it('a count already done is the baseline; a total keeps its figure; a past report after a dateline has no deadline', () => {
    expect(cells('We have already opened 8 stores').slice(1, 3)).toEqual([8, '']);
    expect(cells('Nous avons déjà ouvert 8 magasins').slice(1, 3)).toEqual([8, '']);
    expect(cells('Keep churned customers under 200 overall')[2]).toBe(200);
    expect(cells('Garder les clients perdus sous 200 cumulés')[2]).toBe(200);
    expect(cells('LONDON, 14 March — The company reported revenue of $5M')[3]).toBe('');
    expect(cells("PARIS, 14 mars — L'entreprise a annoncé un chiffre d'affaires de 5 M€")[3]).toBe('');
    expect(cells('EMEA, 14 March — We aim to reach $8M in revenue.')[3]).toBe('2027-03-14');
  });
});

describe('smartAnalyze through the bundle: ranges of points', () => {
  const analyze = bundleAnalyze();

  it('"one or two points", « un ou deux points », "by 2 to 3 points": the lower bound', () => {
    expect(analyze('Increase win rate by one or two points', AS_OF).change).toEqual({ value: 0.01, kind: 'absolute' });
    expect(analyze("Augmenter le taux de conversion d'un ou deux points", AS_OF).change).toEqual({ value: 0.01, kind: 'absolute' });
    expect(analyze('Increase win rate by 2 to 3 points', AS_OF).change).toEqual({ value: 0.02, kind: 'absolute' });
  });
});
