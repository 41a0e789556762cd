/**
 * kpi61 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: a firm sized by a scale word, whatever
 * its currency, is its sales (test/core/statement/kpi61.test.ts) — SMARTPARSE's row shows the KPI and the size as target;
 * a count of firms stays no KPI.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('a R50-billion company names a KPI and its size; 10 million businesses name none', () => {
    const sized = cells('Our aim is to be a R50-billion company by 2030.');
    expect(sized[0]).not.toBe('');
    expect(sized.slice(2)).toEqual([50_000_000_000, '2030-12-31']);
    expect(cells('We want to serve 10 million businesses by 2030.')[0]).toBe('');
  });
});

describe('smartAnalyze: kpi61', () => {
  const analyze = bundleAnalyze();

  it('a firm sized by a scale word is revenue, FR and EN; a firm sized by heads is not', () => {
    expect(analyze('We want to become a RM5 bil company within five years.', AS_OF)).toMatchObject({ kpi: 'revenue', target: 5_000_000_000 });
    expect(analyze("Nous voulons devenir une entreprise de 50 millions d'euros d'ici 2030.", AS_OF)).toMatchObject({ kpi: 'revenue', target: 50_000_000 });
    expect(analyze('Nous voulons devenir une entreprise de 500 salariés d’ici 2030.', AS_OF)).toMatchObject({ kpi: null, target: 500 });
  });
});
