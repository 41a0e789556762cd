import { KPI_CATALOG, extendCatalog, type KpiDefinition } from '../../../src/core/kpi/catalog';
import { analyzeStatement } from '../../../src/core/statement';
import { findKpis, pickKpi } from '../../../src/core/statement/kpi';
import { prepare } from '../../../src/core/statement/text';

function kpiOf(text: string, catalog: readonly KpiDefinition[] = KPI_CATALOG): string | null {
  const { folded, original } = prepare(text);
  return pickKpi(findKpis(folded, original, catalog), [], folded)?.id ?? null;
}

describe('KPI matching', () => {
  it.each([
    ["Augmenter le chiffre d'affaires", 'revenue'],
    ['Augmenter le CHIFFRE D’AFFAIRES', 'revenue'],
    ['Augmenter le CA de 10 %', 'revenue'],
    ['Grow MRR', 'revenue'],
    ['Réduire le taux d’attrition', 'churn'],
    ['Réduire le taux de désabonnement', 'churn'],
    ['Cut customer churn', 'churn'],
    ['Increase conversion rates', 'conversion_rate'],
    ['augmenter les taux de conversion', 'conversion_rate'],
    ['Improve our win rate', 'close_rate'],
    ['Améliorer le taux de réussite', 'close_rate'],
    ['Obtenir 25 RDV qualifiés', 'meetings'],
    ['Book more demos', 'meetings'],
    ['Générer plus de MQL', 'leads'],
    ['Close 5 deals', 'deals_closed'],
    ['Conclure 8 affaires', 'deals_closed'],
    ['Réduire le coût par acquisition', 'cac'],
    ['Grow newsletter sign-ups', 'signups'],
    ['Porter la marge commerciale brute à 45 %', 'gross_margin'],
    ['Cut the cancellation rate to 2%', 'churn'],
    ['Augmenter le ratio de closing à 25 %', 'close_rate'],
    ['Raise our closing ratio', 'close_rate'],
    ['Grow newsletter signups', 'signups'],
    ['Augmenter le panier moyen', 'average_deal_size'],
    ['Améliorer la satisfaction client', 'csat'],
    ['Send more cold calls', 'prospecting'],
    ['Envoyer plus d’e-mails de prospection', 'prospecting'],
    ['Improve the funnel', 'funnel_throughput'],
    ['Increase MQL to SQL conversion rate', 'conversion_rate'],
    ['Lift the lead-to-opportunity conversion rate', 'conversion_rate'],
    ['Hit 8% YTD sales growth', 'sales_growth'],
  ])('%s → %s', (text, id) => {
    expect(kpiOf(text)).toBe(id);
  });

  it('requires capitals for two-letter abbreviations ("ça" is not CA)', () => {
    expect(kpiOf('ça va mieux')).toBeNull();
    expect(kpiOf('ca va mieux')).toBeNull();
  });

  it('counts customers as won deals only when they are counted', () => {
    expect(kpiOf('Sign 3 enterprise customers')).toBe('deals_closed');
    expect(kpiOf('Make customers happier')).toBeNull();
  });

  it('does not take a team or a cycle for a KPI', () => {
    expect(kpiOf('Be the best sales team in the company')).toBeNull();
    expect(kpiOf('Cut the sales cycle from 60 to 45 days')).toBeNull();
  });

  it('matches workbook KPIs given through options.catalog', () => {
    const custom: KpiDefinition = {
      id: 'trial_starts',
      label: { en: 'Trial starts', fr: "Démarrages d'essai" },
      synonyms: { en: ['trial starts', 'trials'], fr: ["démarrages d'essai", 'essais gratuits'] },
      unit: 'count',
      lowerIsBetter: false,
      aggregation: 'total',
    };
    const catalog = extendCatalog(KPI_CATALOG, [custom]);
    const analysis = analyzeStatement('Doubler les essais gratuits d’ici la fin du T1', { asOf: '2026-11-26', catalog });
    expect(analysis.kpi).toBe('trial_starts');
    expect(analysis.change).toEqual({ value: 1, kind: 'relative' });
    expect(analyzeStatement('Doubler les essais gratuits', { asOf: '2026-11-26' }).kpi).toBeNull();
  });

  it('ignores KPIs named inside a lever', () => {
    const analysis = analyzeStatement('Increase revenue by 10% by Q2 by improving the conversion rate', { asOf: '2026-11-26' });
    expect(analysis.kpi).toBe('revenue');
  });
});
