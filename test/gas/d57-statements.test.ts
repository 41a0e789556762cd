/**
 * d57 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row (KPI,
 * baseline, target, deadline) for cash held, an economy's growth under a minister, a plural modifier ("sales managers"), an
 * organic growth of sales and a second goal with its own subject; and the direction `smartAnalyze` reads for D1's gaps
 * ("zero accidents", « nombre moyen de retards », "hours of downtime"), which SMARTPARSE's row does not show.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('cash held names no KPI; a minister aiming at growth is an economy; a team is not', () => {
    expect(cells("Porter la trésorerie à 2 M€ d'ici fin 2027.")[0]).toBe('');
    expect(cells('Grow our cash balance to $3M by Q4 2027.')[0]).toBe('');
    expect(cells('The Prime Minister aims for 6% growth in 2027.')[0]).toBe('');
    expect(cells('The government sales team targets 5% growth in 2027.')[0]).not.toBe('');
  });

  it('"60 sales managers" is another counted noun: the first goal; an organic growth of sales is sales growth', () => {
    expect(cells('Sign 40 sales by 2027 and 60 sales managers by 2028.').slice(2)).toEqual([40, '2027-12-31']);
    // mend57d: the fields themselves (KPI cell non-blank, target 6 %, the deadline), not equality with another reading.
    const organic = cells('Nous visons une croissance organique des ventes de 6 à 8 % en 2027.');
    expect(organic[0]).not.toBe('');
    expect(organic.slice(2)).toEqual([0.06, '2027-12-31']); // a range's lower bound (the fixtures README's range rule)
    expect(bundleAnalyze()('Nous visons une croissance organique des ventes de 6 à 8 % en 2027.', AS_OF).kpi).toBe('sales_growth');
  });

  it('a second goal with its own subject leaves the first goal its fields', () => {
    const second = cells('Sales will rise 3%, and customer retention must reach 90%.');
    expect(second[0]).not.toBe('');
    expect(second.slice(1)).toEqual(['', '', '']);
    expect([bundleAnalyze()('Sales will rise 3%, and customer retention must reach 90%.', AS_OF)].map((r) => [r.kpi, r.target, r.change])).toEqual([['revenue', null, { value: 0.03, kind: 'relative' }]]);
  });
});

describe('smartAnalyze: D1 gaps', () => {
  const analyze = bundleAnalyze();

  it('"zero" before a loss noun is a decrease to 0; an average, a number or hours of one is a decrease', () => {
    expect([analyze('Aim for zero accidents in 2027.', AS_OF)].map((r) => [r.kpi, r.direction, r.target])).toEqual([[null, 'decrease', 0]]);
    expect([analyze("Viser zéro défaut d'ici 2027.", AS_OF)].map((r) => [r.direction, r.target])).toEqual([['decrease', 0]]);
    expect(analyze("Atteindre un nombre moyen de retards de 2 par mois d'ici 2027.", AS_OF).direction).toBe('decrease');
    expect(analyze('Reach 2 hours of downtime per month by 2027.', AS_OF).direction).toBe('decrease');
  });

  it('near misses: hours of training and a zero-defect delivery keep theirs', () => {
    expect(analyze('Reach 10 hours of training per rep by 2027.', AS_OF).direction).toBe('increase');
    expect(analyze('Aim for zero-defect delivery by 2027.', AS_OF).direction).toBeNull();
  });
});
