/**
 * kpi65 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/kpi65.test.ts):
 * SMARTPARSE's KPI cell and SMARTCHECK's rewrite read kind B's classes — exports multiplied by a factor ("by 3 times",
 * « multiplier par 3 »), exports in "U.S. dollars" or "bln … annually", money named as a threshold after it ("the $4 billion
 * mark") — as Revenue, "the number of tickets sold" as Deals closed; near misses keep theirs.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';

const REVENUE: Record<string, string> = { en_US: 'Revenue', fr_FR: 'Chiffre d’affaires' };

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTCHECK (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const revenue = REVENUE[locale];

  it('exports multiplied by a factor, in U.S. dollars, and money named as a mark read as Revenue', () => {
    expect(cells('We aim to increase our exports by 3 times by 2030.')[0]).toBe(revenue);
    expect(cells('Nous voulons multiplier nos exportations par 2 d’ici 2029.')[0]).toBe(revenue);
    expect(cells('The ministry aims to lift furniture exports to 900 million U.S. dollars by 2028.')).toEqual([revenue, '', 900_000_000, '2028-12-31']);
    expect(cells('Our studio wants to cross the $10M threshold by December 2027.')).toEqual([revenue, '', 10_000_000, '2027-12-31']);
    expect(String(addon.call('SMARTCHECK', 'We will reach the $4 billion mark by June 2027.', AS_OF))).toContain(revenue.toLowerCase());
  });

  it('near misses keep no KPI: exporters counted, a campaign’s mark, a count’s mark', () => {
    expect(cells('Increase the number of exporting firms by 3 times by 2030.')[0]).toBe('');
    expect(cells('The university expects its campaign to reach the $2 billion mark by 2028.')[0]).toBe('');
    expect(cells('We want to reach the 10,000 mark in 2027.')[0]).toBe('');
    expect(cells('Augmenter le nombre de produits vendus par client à 3.')[0]).toBe('');
  });

  it('the number of things sold is Deals closed', () => {
    expect(cells('Le nombre de forfaits vendus devrait atteindre 40 000 en 2027.')).toEqual([locale === 'fr_FR' ? 'Comptes conclus' : 'Deals closed', '', 40_000, '2027-12-31']);
  });
});

describe('smartAnalyze: kpi65', () => {
  const analyze = bundleAnalyze();

  it('FR and EN: kind B’s classes read revenue; near misses keep theirs', () => {
    expect(analyze('La coopérative veut multiplier par 4 ses exportations d’ici 2030.', AS_OF)).toMatchObject({ kpi: 'revenue', change: { value: 3, kind: 'relative' } });
    expect(analyze('The region wants to grow its exports fourfold by 2032.', AS_OF)).toMatchObject({ kpi: 'revenue' });
    expect(analyze('The plan should bring in $2 bln annually from exports of seafood by 2030.', AS_OF)).toMatchObject({ kpi: 'revenue', target: 2_000_000_000 });
    expect(analyze('Multiply our export team by 3 by 2027.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Our debt must stay under the $2M mark.', AS_OF)).toMatchObject({ kpi: null });
  });
});

describe('SMARTPARSE: a bound « avec » on the only KPI named reads as English "with … below" (kpi65)', () => {
  const cells = smartCells(smartParser('fr_FR'));

  it('both languages read the with-clause as the goal', () => {
    expect(cells('Nous visons une année record avec un churn inférieur à 4 % d’ici 2028.')).toEqual(['Attrition', '', 0.04, '2028-12-31']);
    expect(cells('We aim for a record season with churn below 4% by 2028.')).toEqual(['Attrition', '', 0.04, '2028-12-31']);
    expect(cells('Atteindre 2 M€ de chiffre d’affaires d’ici 2027 avec un taux d’attrition inférieur à 5 %.')[0]).toBe('Chiffre d’affaires');
  });
});

describe('SMARTCHECK: the rewrite names the catalog’s label in the other language than the sentence’s (kpi65)', () => {
  it('fr_FR: an English sentence’s "earnings" is « le bénéfice »; a French sentence keeps its words', () => {
    const fr = addonIn('fr_FR');
    const check = (text: string): string => String(fr.call('SMARTCHECK', text, AS_OF));
    expect(check('Grow earnings by 10% in 2027.')).toMatch(/Augmenter le bénéfice de 10\s%/);
    expect(check('Grow earnings by 10% in 2027.')).not.toContain('earnings');
    expect(check('Augmenter le churn de 10 % en 2027.')).toContain('le churn');
  });

  it('en_US: a French sentence’s « taux de transformation » is "the conversion rate"; an English sentence keeps its words', () => {
    const en = addonIn('en_US');
    const check = (text: string): string => String(en.call('SMARTCHECK', text, AS_OF));
    expect(check('Améliorer le taux de transformation de 2 points en 2027.')).toContain('the conversion rate');
    expect(check('Grow earnings by 10% in 2027.')).toContain('Increase earnings by 10%');
  });
});
