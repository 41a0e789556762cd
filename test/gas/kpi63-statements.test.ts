/**
 * kpi63 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: subscribers counted in tens of thousands
 * are Active customers (a newsletter's stay Sign-ups), and the growth a goal verb takes after a figure reported in the past
 * is Sales growth (test/core/statement/kpi63.test.ts) — SMARTPARSE's KPI cell, SMARTSCORE's score alike for both wordings
 * of the same goal, smartAnalyze FR/EN.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';

const LABELS: Record<string, { customers: string; growth: string }> = {
  en_US: { customers: 'Active customers', growth: 'Sales growth' },
  fr_FR: { customers: 'Clients actifs', growth: 'Croissance des ventes' },
};

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTSCORE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const labels = LABELS[locale];

  it('tens of thousands of subscribers are the base; a newsletter’s stay sign-ups', () => {
    expect(cells('Le quotidien régional veut franchir la barre des 45 000 abonnés d’ici 2028.')).toEqual([labels.customers, '', 45_000, '2028-12-31']);
    expect(cells('The magazine wants 80.000 subscribers by 2028.')).toEqual([labels.customers, '', 80_000, '2028-12-31']);
    // (A sign-up KPI's cell names the sentence's own word, "Subscribers", in either locale.)
    expect(cells('Grow our newsletter to 25,000 subscribers by June 2027.')).toEqual(['Subscribers', '', 25_000, '2027-06-30']);
  });

  it('the growth a goal verb takes after a reported figure is the goal’s KPI, its percentage the target', () => {
    expect(cells('The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.')).toEqual([labels.growth, '', 0.12, '2026-12-31']);
    expect(cells('Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance en 2026.')).toEqual([labels.growth, '', 0.1, '2026-12-31']);
  });

  // (mend63k, the review's finding 7: SMARTSCORE was 93 before kpi63 too; SMARTCHECK's rewrite is what names the new KPI.)
  it('SMARTCHECK rewrites the reported-then-aimed growth as a Sales growth goal, scored as the plain growth goal', () => {
    const reported = 'The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.';
    expect(String(addon.call('SMARTCHECK', reported, AS_OF))).toContain(labels.growth.toLowerCase());
    expect(addon.call('SMARTSCORE', reported)).toBe(addon.call('SMARTSCORE', 'Target 12% sales growth in 2026.'));
  });
});

describe('smartAnalyze: kpi63', () => {
  const analyze = bundleAnalyze();

  it('subscribers and aimed growth, FR and EN; near misses keep theirs', () => {
    expect(analyze('D’ici trois ans, plus de 30 000 abonnés devraient être raccordés au réseau.', AS_OF)).toMatchObject({ kpi: 'customers', target: 30_000 });
    expect(analyze('The broadcaster, which passed two million subscribers last spring, plans to double its subscribers by 2029.', AS_OF)).toMatchObject({ kpi: 'customers' });
    expect(analyze('Le club vise les 30.000 abonnées la saison prochaine, contre 24.000 aujourd’hui.', AS_OF)).toMatchObject({ kpi: 'customers', target: 30_000 });
    expect(analyze('Atteindre les 2 000 abonnés d’ici la fin de l’année.', AS_OF)).toMatchObject({ kpi: 'signups', target: 2_000 });
    expect(analyze('Revenue rose 25% in 2025, and we want 30% growth in 2026.', AS_OF)).toMatchObject({ kpi: 'sales_growth' });
    expect(analyze('Grow revenue to $50 million and target 15% growth in 2027.', AS_OF)).toMatchObject({ kpi: 'revenue', target: 50_000_000 });
  });
});
