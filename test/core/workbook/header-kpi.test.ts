/**
 * KPI column headers read like KPI phrases in statements (matchCatalog → core/statement/kpi.ts), so a compound names its
 * head and a measure built on a KPI word names no catalog KPI; found by the KPI glossary (`npm run eval -- glossary`,
 * (c) header). Headers written for the test, none of them a glossary line.
 */
import { KPI_CATALOG, type KpiDefinition } from '../../../src/core/kpi/catalog';
import { analyzeStatement } from '../../../src/core/statement';
import { matchCatalog } from '../../../src/core/workbook/link';

const idOf = (header: string, catalog: readonly KpiDefinition[] = KPI_CATALOG): string | null => matchCatalog(header, catalog)?.id ?? null;

describe('KPI column headers', () => {
  it.each([
    ['Close rate', 'close_rate'],
    ['Weekly sign-ups', 'signups'],
    ['CA mensuel', 'revenue'],
    ['Chiffre d affaires HT', 'revenue'],
    ['Profits (k€)', 'profit'],
    ['Revenue churn (%)', 'churn'],
    ['MRR churn', 'churn'],
    ['Nb clients', 'customers'],
    ['Customers (#)', 'customers'],
    ['Clients actifs', 'customers'],
    ['Nouveaux clients signés', 'deals_closed'],
    ['Pipeline value (€)', 'pipeline_value'],
    ['churn', 'churn'],
    ['deals_closed', 'deals_closed'],
  ])('%s names %s', (header, id) => {
    expect(idOf(header)).toBe(id);
  });

  it.each(['Revenue per rep', 'CA par commercial', 'Sales cycle length (days)', 'Cost per lead (€)', 'Coût par lead', 'Pipeline coverage', 'LTV/CAC ratio', 'Deal velocity', 'Lead response time (h)', 'Week', 'Semaine', 'Owner'])(
    '%s names no catalog KPI',
    (header) => {
      expect(idOf(header)).toBeNull();
    },
  );

  it('reads a workbook KPI added to the catalog the same way', () => {
    const extra: KpiDefinition = { id: 'tickets', label: { en: 'Support tickets', fr: 'Tickets support' }, synonyms: { en: ['tickets', 'support tickets'], fr: ['tickets'] }, unit: 'count', lowerIsBetter: true, aggregation: 'total' };
    const catalog = [...KPI_CATALOG, extra];
    expect(idOf('Support tickets', catalog)).toBe('tickets');
    expect(idOf('Open support tickets', catalog)).toBe('tickets');
  });
});

describe('a header read in its KPI’s unit (review of the glossary rules)', () => {
  const id = (header: string): string | null => matchCatalog(header, KPI_CATALOG)?.id ?? null;
  it('counts named in the plural are no rate: their values would be divided by 100', () => {
    expect(id('Conversions')).toBeNull();
    expect(id('Nb conversions')).toBeNull();
    expect(id('Conversion rate')).toBe('conversion_rate');
    expect(id('Taux de conversion')).toBe('conversion_rate');
    expect(id('Revenue Churn')).toBe('churn');
    expect(id('Churn %')).toBe('churn');
  });
  it('a count’s name over money is no count', () => {
    expect(id('Orders (€)')).toBeNull();
    expect(id('Commandes (€)')).toBeNull();
    expect(id('Montant des commandes')).toBeNull();
    expect(id('Orders')).toBe('deals_closed');
    expect(id('Leads')).toBe('leads');
  });
  it('operating income is profit', () => {
    expect(id('Operating income')).toBe('profit');
  });
});

describe('French P&L net income names profit (header and sentence)', () => {
  it.each([['Résultat de l’exercice (€)'], ["Résultat de l'exercice 2026"], ['Résultat net'], ['Résultat net comptable']])('the header %s names profit', (header) => {
    expect(idOf(header)).toBe('profit');
  });

  it('a sentence on the year’s net result names profit; other result lines name nothing', () => {
    const kpi = (text: string): string | null => analyzeStatement(text, { asOf: '2026-11-26', lang: 'fr' }).kpi;
    expect(kpi('Porter le résultat de l’exercice à 50 000 € d’ici fin 2027')).toBe('profit');
    expect(kpi('Augmenter le résultat net de 10 % en 2027')).toBe('profit');
    expect(kpi('Améliorer le résultat financier de 5 %')).toBeNull();
    expect(idOf('Résultat exceptionnel')).toBeNull();
  });
});
