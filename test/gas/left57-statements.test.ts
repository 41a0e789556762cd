/**
 * left57 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) under the ruling G2 (test/core/statement/left57.test.ts) — a figure-less action before
 * a measured item leaves the later item the goal (it read no KPI and no target) — and the cadence and levers
 * `smartAnalyze` (the server function the CLI and the statement eval call) reads under C2 and G2.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each([['en_US'], ['fr_FR']])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('ruling G2: the measured later item is the goal', () => {
    expect(cells('We plan to open a factory in Morocco and double our turnover to €20 million by 2028.').slice(2)).toEqual([20_000_000, '2028-12-31']);
    expect(cells("Nous voulons ouvrir une usine au Maroc et porter notre chiffre d'affaires à 20 millions d'euros d'ici 2028.").slice(2)).toEqual([20_000_000, '2028-12-31']);
    // Two items with figures keep the first goal.
    expect(cells('We plan to open 20 stores and grow revenue to $5 million by 2027.').slice(2)).toEqual([20, '2027-12-31']);
  });
});

describe('smartAnalyze: rulings C2 and G2', () => {
  const analyze = bundleAnalyze();

  it('C2: a yearly rate after the goal\'s figure is `year`; on a baseline or in a premise, none', () => {
    expect(analyze('Ouvrir 100 magasins par an.', AS_OF).recurrence).toBe('year');
    expect(analyze('Grow sales 8% a year.', AS_OF).recurrence).toBe('year');
    expect(analyze('Porter la production de 60 000 litres par an à 120 000 litres en 2027.', AS_OF).recurrence).toBeNull();
    expect(analyze('Assuming we serve 200 families per year, reach $2M in revenue by 2027.', AS_OF).recurrence).toBeNull();
  });

  it('G2: the action is the lever of the measured goal', () => {
    const read = analyze('Our goal is to launch a new product line and grow revenue to $5 million by 2027.', AS_OF);
    expect([read.kpi, read.target, read.levers]).toEqual(['revenue', 5_000_000, ['launch a new product line']]);
  });
});
