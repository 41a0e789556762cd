/**
 * kpi64 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/kpi64.test.ts):
 * SMARTPARSE's KPI cell and SMARTCHECK's rewrite read the last note's KPI leftovers — a growth "in H1 2027" kept going as
 * Sales growth, "targets growth of 12%" / « vise une croissance de 10 % » after a reported amount as "targets 12% growth",
 * "45k subscribers" as "45,000 subscribers", subscribers on YouTube as sign-ups — and kind A's classes: money a project is
 * « chiffré » or « évalué » at, a port's or an airline's traffic, visitors of an edition or a town name no KPI; near misses keep theirs.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';

const LABELS: Record<string, { customers: string; growth: string; traffic: string; revenue: string }> = {
  en_US: { customers: 'Active customers', growth: 'Sales growth', traffic: 'Website traffic', revenue: 'Revenue' },
  fr_FR: { customers: 'Clients actifs', growth: 'Croissance des ventes', traffic: 'Trafic du site', revenue: 'Chiffre d’affaires' },
};

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTCHECK (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const labels = LABELS[locale];

  it('the two orders of an aimed growth after a reported amount agree: Sales growth, its percentage the target', () => {
    expect(cells('The firm posted $40 million in revenue in 2025 and targets growth of 12% in 2026.')).toEqual([labels.growth, '', 0.12, '2026-12-31']);
    expect(cells('Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % en 2026.')).toEqual([labels.growth, '', 0.15, '2026-12-31']);
    expect(cells('Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise 15 % de croissance en 2026.')).toEqual([labels.growth, '', 0.15, '2026-12-31']);
    expect(String(addon.call('SMARTCHECK', 'The firm posted $40 million in revenue in 2025 and targets growth of 12% in 2026.', AS_OF))).toContain(labels.growth.toLowerCase());
  });

  it('subscribers in k read as their number; on YouTube they are sign-ups', () => {
    expect(cells('The streaming app wants 60k subscribers by 2028.')).toEqual([labels.customers, '', 60_000, '2028-12-31']);
    expect(cells('Notre média vise 45 k abonnés d’ici 2028.')).toEqual([labels.customers, '', 45_000, '2028-12-31']);
    // (A sign-up KPI's cell names the sentence's own word: "Subscribers", « Abonnés ».)
    expect(cells('Atteindre 30 000 abonnés sur YouTube d’ici 2028.')).toEqual(['Abonnés', '', 30_000, '2028-12-31']);
    expect(cells('Reach 50,000 subscribers on TikTok by 2028.')).toEqual(['Subscribers', '', 50_000, '2028-12-31']);
    expect(cells('Reach 10,000 subscribers by June 2027.')[0]).toBe(labels.customers);
  });

  it('a port’s traffic and a town’s visitors name no KPI; traffic alone stays the website’s', () => {
    expect(cells('The port aims to double its traffic by 2030.')[0]).toBe('');
    expect(cells('The town of 20,000 inhabitants hopes for 100,000 visitors in 2027.')[0]).toBe('');
    expect(cells('Augmenter le trafic de 20 % d’ici juin 2027.')[0]).toBe(labels.traffic);
  });
});

describe('smartAnalyze: kpi64', () => {
  const analyze = bundleAnalyze();

  it('FR and EN: the leftovers and kind A’s classes; near misses keep theirs', () => {
    expect(analyze('Sustain our growth in H1 2027.', AS_OF)).toMatchObject({ kpi: 'sales_growth', direction: 'maintain' });
    expect(analyze('Sustain our growth in new markets.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Chiffré à 2 milliards de FCFA, le complexe doit créer 300 emplois d’ici 2028.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Évalué à 800 millions de FCFA, le centre devrait être achevé d’ici 2027.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Le marché, évalué à 54 milliards d’euros, pourrait doubler d’ici 2030.', AS_OF)).toMatchObject({ kpi: 'revenue' });
    expect(analyze('L’aéroport vise une hausse de 8 % de son trafic en 2027.', AS_OF)).toMatchObject({ kpi: null, direction: 'increase' });
    expect(analyze('Après sa 4e édition, le comité d’organisation veut dépasser les 6 000 visiteurs en 2027.', AS_OF)).toMatchObject({ kpi: null, target: 6_000 });
    expect(analyze('Increase traffic to our website by 30% by 2027.', AS_OF)).toMatchObject({ kpi: 'website_traffic' });
    expect(analyze('Grow our podcast to 45k subscribers by 2028.', AS_OF)).toMatchObject({ kpi: 'signups', target: 45_000 });
  });
});
