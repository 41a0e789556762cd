/**
 * Wordings found in real goal statements (issue 11, test/fixtures/statements/real*.jsonl): the new
 * catalog KPIs, purpose clauses, side remarks, numbers from the wrong clause, vague but directed goals.
 */
import { KPI_CATALOG, kpiById } from '../../../src/core/kpi/catalog';
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('catalog KPIs added for issue 11', () => {
  it.each([
    ['csat', 'percent', false, 'level'],
    ['market_share', 'percent', false, 'level'],
    ['profit', 'currency', false, 'total'],
    ['costs', 'currency', true, 'total'],
    ['pipeline_value', 'currency', false, 'level'],
    ['customers', 'count', false, 'level'],
    ['website_traffic', 'count', false, 'total'],
    ['quota_attainment', 'percent', false, 'level'],
  ] as const)('%s: unit %s, lower is better %s, aggregation %s', (id, unit, lowerIsBetter, aggregation) => {
    const kpi = kpiById(id);
    expect(kpi).toMatchObject({ unit, lowerIsBetter, aggregation });
    expect(kpi?.label.en).not.toBe('');
    expect(kpi?.label.fr).not.toMatch(/'/); // French labels use the typographic apostrophe
  });

  it('keeps the existing ids', () => {
    const ids = KPI_CATALOG.map((k) => k.id);
    for (const id of ['revenue', 'sales_growth', 'gross_margin', 'net_margin', 'signups', 'retention', 'churn', 'cac', 'prospecting', 'funnel_throughput', 'conversion_rate', 'close_rate', 'deals_closed', 'leads', 'meetings', 'average_deal_size', 'nps']) {
      expect(ids).toContain(id);
    }
  });

  it.each([
    ['Improve customer satisfaction', 'csat', 'increase'],
    ['Améliorer le score net du promoteur', 'nps', 'increase'],
    ['Increase market share by 5% by 2026', 'market_share', 'increase'],
    ['Gagner 2 points de part de marché', 'market_share', 'increase'],
    ['Maximize profits', 'profit', 'increase'],
    ['Accroître notre rentabilité', 'profit', 'increase'],
    ['Reduce overall budget costs by 10%', 'costs', 'decrease'],
    ['Réduire les charges d’exploitation de 5 %', 'costs', 'decrease'],
    ['Keep open pipeline above $3M', 'pipeline_value', 'maintain'],
    ['grow customer base', 'customers', 'increase'],
    ['je veux avoir plus de clients', 'customers', 'increase'],
    ['Get more customers', 'deals_closed', 'increase'],
    ['décrocher plus de clients', 'deals_closed', 'increase'],
    ['Augmenter le trafic du blog', 'website_traffic', 'increase'],
    ['Passer de 3000 à 30000 visiteurs/mois', 'website_traffic', 'increase'],
    ['Raise quota attainment to 80%', 'quota_attainment', 'increase'],
    ['Améliorer nos chiffres de vente', 'revenue', 'increase'],
    ['Obtenir la fidélité de nos clients', 'retention', 'increase'],
    ['Augmenter les demandes de contact', 'leads', 'increase'],
    ['Contacter 50 nouveaux prospects qualifiés par mois', 'prospecting', 'increase'],
  ])('%s → %s, %s', (text, kpi, direction) => {
    expect(analyze(text)).toMatchObject({ kpi, direction });
  });
});

describe('clauses that are not the goal', () => {
  it('a trailing purpose clause sets neither the KPI, the direction nor the numbers', () => {
    expect(analyze('Improve client onboarding satisfaction scores by 30% by Q4 to reduce 90-day churn.')).toMatchObject({
      kpi: 'csat',
      direction: 'increase',
      target: null,
      change: { value: 0.3, kind: 'relative' },
      unit: 'percent',
      deadline: '2025-12-31',
    });
  });

  it('a leading purpose clause leaves the goal after its comma (its period still applies)', () => {
    expect(analyze('pour signer 25 nouveaux clients en 2020, contacter 70 prospects.')).toMatchObject({ kpi: 'prospecting', target: 70, unit: 'count' });
  });

  it('a side remark after a spaced dash is not the goal', () => {
    expect(analyze('Reduce support ticket resolution time by 25% — operational goal that flows downstream into satisfaction scores.').kpi).toBeNull();
  });

  it('a "with" clause giving another KPI a value qualifies the goal and is no lever', () => {
    expect(analyze('Signer 10 nouveaux clients par trimestre avec un panier moyen supérieur à 1 000 €.')).toMatchObject({ kpi: 'deals_closed', target: 10, levers: [] });
  });
});

describe('numbers from the wrong clause', () => {
  it('a number hyphenated to a period is no goal number', () => {
    expect(analyze('Cut 90-day churn by 20%.')).toMatchObject({ kpi: 'churn', target: null, change: { value: 0.2, kind: 'relative' } });
  });

  it('a year compared with is no baseline or target', () => {
    expect(analyze('Increase our customer service survey rating by 10% over the 2015 numbers by July 2016.')).toMatchObject({ kpi: 'csat', target: null, baseline: null });
    expect(analyze('Augmenter de 15 % son chiffre d’affaires en 2026 par rapport à 2025.')).toMatchObject({ baseline: null, target: null });
  });

  it('a bound put on another KPI is a side constraint, not the target', () => {
    expect(analyze('Win 30 new customers per month at < $150 CAC.')).toMatchObject({ kpi: 'deals_closed', target: 30, unit: 'count', recurrence: 'month' });
    expect(analyze('Grow MRR to $80k at a CAC under $150 by Q3.')).toMatchObject({ kpi: 'revenue', target: 80000, deadline: '2025-09-30' });
    expect(analyze('Signer 20 clients par mois à un CAC inférieur à 150 €.')).toMatchObject({ kpi: 'deals_closed', target: 20 });
    expect(analyze('Keep churn at under 2%.')).toMatchObject({ kpi: 'churn', direction: 'maintain', target: 0.02 });
  });

  it('reads "d’ici à douze mois", "dans les 12 premiers mois", "in the first 12 months" as durations', () => {
    expect(analyze('Augmenter le chiffre d’affaires de 20 % d’ici à douze mois.').deadline).toBe('2026-01-06');
    expect(analyze('Signer 50 clients dans les 12 premiers mois.').deadline).toBe('2026-01-06');
    expect(analyze('Sign 50 customers in the first 12 months.').deadline).toBe('2026-01-06');
  });

  it('an alternative goal after "ou" keeps its numbers', () => {
    expect(analyze('augmenter de 15 % son CA en 2026 ou faire plus de 100 000 € de CA en 2026.')).toMatchObject({ target: null, unit: 'percent' });
  });

  it('a thousands separator does not split a lever', () => {
    expect(analyze('Increase Q2 revenue by 15% by closing 10 new enterprise accounts worth $50,000 each.').levers).toEqual(['closing 10 new enterprise accounts worth $50,000 each']);
  });
});

describe('vague goals with a clear verb', () => {
  it.each(['Grow our business.', 'Increase brand awareness.', 'Améliorer la notoriété de la marque', 'We want to increase our app downloads', 'Everyone wants more visibility for their products.'])(
    '%s → increase',
    (text) => {
      expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase' });
    },
  );

  it.each(['Grow.', 'Progresser cette année.', 'Be more customer-centric.', 'Être plus efficace.'])('%s → no direction', (text) => {
    expect(analyze(text).direction).toBeNull();
  });
});
