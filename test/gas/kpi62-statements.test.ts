/**
 * kpi62 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: a growth of people or of a sector, a
 * figureless growth in a past clause, a count a verb of making takes and a share given as a range name no KPI
 * (test/core/statement/kpi62.test.ts) — SMARTPARSE's KPI cell is empty while the numbers stay, and SMARTSCORE's Measurable
 * criterion no longer counts a KPI the sentence does not have; a firm's own growth keeps its KPI and its score.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTSCORE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const score = (text: string): unknown => addon.call('SMARTSCORE', text);

  it('passenger growth and « croissance démographique » name no KPI, their figures kept; revenue growth keeps its KPI', () => {
    expect(cells('The airport expects passenger growth of 8% in 2027.')).toEqual(['', '', 0.08, '2027-12-31']);
    expect(cells('La croissance démographique devrait atteindre 2 % par an d’ici 2030.')).toEqual(['', '', 0.02, '2030-12-31']);
    expect(cells('We aim for 10% revenue growth in 2027.')[0]).not.toBe('');
  });

  it('a sentence whose only KPI word was a growth of people scores below the same goal with its KPI', () => {
    const without = score('The airport expects passenger growth of 8% in 2027.');
    const withKpi = score('We aim for 10% revenue growth in 2027.');
    expect(typeof without).toBe('number');
    expect(typeof withKpi).toBe('number');
    expect(without as number).toBeLessThan(withKpi as number);
  });
});

describe('smartAnalyze: kpi62', () => {
  const analyze = bundleAnalyze();

  it('a past growth, a count made, a people count and a share given as a range name no KPI, FR and EN; near misses keep theirs', () => {
    expect(analyze('Following years of steady growth, the chain is getting ready to reach 40 bookshops.', AS_OF)).toMatchObject({ kpi: null, target: 40 });
    expect(analyze('Nous avons connu une forte croissance ces dernières années, et nous nous préparons à continuer pour atteindre les 40 librairies.', AS_OF)).toMatchObject({ kpi: null, target: 40 });
    expect(analyze('L’objectif : la région doit pouvoir produire sur son sol, à l’horizon 2030, près 2 millions de véhicules électriques.', AS_OF)).toMatchObject({ kpi: null, target: 2_000_000 });
    expect(analyze('Promote running, with the goal of increasing the number of runners by 2 million people by 2028.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('The mill aims to lift exports to between 30 and 40 per cent of total earnings.', AS_OF)).toMatchObject({ kpi: null, target: 0.3 });
    expect(analyze('After strong growth in 2025, we target 15% in 2026.', AS_OF)).toMatchObject({ kpi: 'sales_growth', target: 0.15 });
    expect(analyze('Notre objectif : produire et vendre 500 vélos en 2027.', AS_OF)).toMatchObject({ kpi: 'deals_closed', target: 500 });
  });
});
