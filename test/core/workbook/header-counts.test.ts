/**
 * Review fixes (header reading): a column counting a rate's events or people is no rate; a qualifier after a KPI's
 * name ("Sales - Team A", "CA 2026") keeps the KPI; a tax or income from interest is no revenue. Headers written for
 * the test from the users' complaints; none of them is a glossary line.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { analyzeStatement } from '../../../src/core/statement';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { mergeGoal } from '../../../src/core/workbook/check';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import { countedRateKpi, matchCatalog } from '../../../src/core/workbook/link';
import type { CellValue, GoalRow, SheetGrid } from '../../../src/core/workbook/types';

const id = (header: string): string | null => matchCatalog(header, KPI_CATALOG)?.id ?? null;

function monthlyGrid(name: string, header: CellValue[], values: readonly number[], formats?: string): SheetGrid {
  const rows: CellValue[][] = [header];
  values.forEach((v, i) => rows.push([`2026-${String(1 + i).padStart(2, '0')}-01`, v]));
  return { name, values: rows, formats: formats === undefined ? undefined : rows.map((_, r) => (r === 0 ? ['', ''] : ['yyyy-mm-dd', formats])) };
}

const COUNTS = [38, 41, 35, 44, 40, 37, 42, 39];

describe('bare margin and cost headers', () => {
  it('are the margin rate or the cost line only with a percent sign', () => {
    expect(id('Margin')).toBeNull();
    expect(id('Marge')).toBeNull();
    expect(id('Unit cost')).toBeNull();
    expect(id('Margin (%)')).toBe('net_margin');
    expect(id('Marge %')).toBe('net_margin');
    expect(id('Gross margin')).toBe('gross_margin');
  });
});

describe('a header counting a rate’s events or people', () => {
  it.each([
    ['Cancellations', 'churn'],
    ['Clients perdus', 'churn'],
    ['Churned customers', 'churn'],
    ['Lost customers', 'churn'],
    ['Résiliations', 'churn'],
    ['Désabonnements', 'churn'],
    ['Renewals', 'retention'],
    ['Renouvellements', 'retention'],
    ['Satisfied customers', 'csat'],
    ['Clients satisfaits', 'csat'],
    ['Monthly cancellations', 'churn'],
    ['Cancellations - Team A', 'churn'],
  ])('%s names no rate (it counts %s’s events)', (header, rate) => {
    expect(id(header)).toBeNull();
    expect(countedRateKpi(header, KPI_CATALOG)?.id).toBe(rate);
  });

  it.each([
    ['Cancellation rate', 'churn'],
    ['Taux de churn', 'churn'],
    ['Taux d’attrition', 'churn'],
    ['Renewal rate', 'retention'],
    ['Taux de renouvellement', 'retention'],
    ['% satisfied customers', 'csat'],
    ['% satisfied', 'csat'],
    ['% satisfaits', 'csat'],
    ['% churned', 'churn'],
    ['Taux de clients satisfaits', 'csat'],
    ['Cancellations (%)', 'churn'],
    ['Churn rate (lost customers)', 'churn'],
    ['Churn', 'churn'],
    ['Retention', 'retention'],
  ])('%s names the rate %s', (header, rate) => {
    expect(id(header)).toBe(rate);
    expect(countedRateKpi(header, KPI_CATALOG)).toBeNull();
  });

  it('reads a column of counts as counts: not divided by 100, unit count, level of a flow (total), no catalog rate', () => {
    for (const header of ['Cancellations', 'Clients perdus', 'Renewals', 'Satisfied customers', 'Churned customers', 'Désabonnements', 'Renouvellements']) {
      const [series] = detectKpiSeries(monthlyGrid('Suivi', ['Mois', header], COUNTS), 'fr', KPI_CATALOG);
      expect({ header, catalogId: series.catalogId, unit: series.unit, aggregation: series.aggregation, first: series.points[0].value }).toEqual({ header, catalogId: null, unit: 'count', aggregation: 'total', first: 38 });
    }
  });

  it('reads counts on a tab the rate names as counts, next to the rate itself', () => {
    const rows: CellValue[][] = [['Month', 'Cancellation rate', 'Cancellations']];
    COUNTS.forEach((v, i) => rows.push([`2026-${String(1 + i).padStart(2, '0')}-01`, 0.04 + i / 1000, v]));
    const [rate, counts] = detectKpiSeries({ name: 'Churn', values: rows }, 'en', KPI_CATALOG);
    expect([rate.catalogId, rate.unit, rate.points[0].value]).toEqual(['churn', 'percent', 0.04]);
    expect([counts.catalogId, counts.unit, counts.points[0].value]).toEqual([null, 'count', 38]);
    // A tab named like the counts, its column "Value": the counts too.
    const tab = detectKpiSeries(monthlyGrid('Cancellations', ['Month', 'Value'], COUNTS), 'en', KPI_CATALOG)[0];
    expect([tab.name, tab.catalogId, tab.unit, tab.points[0].value]).toEqual(['Cancellations', null, 'count', 38]);
  });

  it('still reads the rate when the column is formatted as a percentage or holds fractions', () => {
    const formatted = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Renewals'], [0.81, 0.84, 0.8, 0.86], '0%'), 'en', KPI_CATALOG)[0];
    expect([formatted.catalogId, formatted.unit, formatted.points[0].value]).toEqual(['retention', 'percent', 0.81]);
    const fractions = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Cancellations'], [0.041, 0.05, 0.038, 0.044]), 'en', KPI_CATALOG)[0];
    expect([fractions.catalogId, fractions.unit, fractions.points[0].value]).toEqual(['churn', 'percent', 0.041]);
  });

  it('keeps a rate typed in points under the rate’s own name', () => {
    const churn = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Churn'], [45, 44, 46, 45]), 'en', KPI_CATALOG)[0];
    expect([churn.catalogId, churn.unit]).toEqual(['churn', 'percent']);
    expect(churn.points[0].value).toBeCloseTo(0.45);
    const rate = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Cancellation rate'], [5, 4, 6, 5]), 'en', KPI_CATALOG)[0];
    expect(rate.points[0].value).toBeCloseTo(0.05);
  });

  it('reads whole numbers above 100 under a rate’s name (or a rate tab) without a % format as a count', () => {
    const lost = [120, 135, 118, 142, 128];
    const named = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Churn'], lost), 'en', KPI_CATALOG)[0];
    expect([named.catalogId, named.unit, named.aggregation, named.points[0].value]).toEqual([null, 'count', 'total', 120]);
    const tab = detectKpiSeries(monthlyGrid('Attrition', ['Mois', 'Nord'], lost), 'fr', KPI_CATALOG)[0];
    expect([tab.catalogId, tab.unit, tab.points[0].value]).toEqual([null, 'count', 120]);
    // Net revenue retention may pass 100 %: 112 stays a retention figure.
    const nrr = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Retention'], [108, 112, 110, 115]), 'en', KPI_CATALOG)[0];
    expect(nrr.catalogId).toBe('retention');
    // A % format says rate whatever the values.
    const pct = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Churn'], lost, '0%'), 'en', KPI_CATALOG)[0];
    expect(pct.catalogId).toBe('churn');
  });

  it('checks a goal on a column of counts in counts (its target is not read as a percentage)', () => {
    const series = detectKpiSeries(monthlyGrid('Suivi', ['Month', 'Cancellations'], COUNTS), 'en', KPI_CATALOG);
    const goal: GoalRow = { row: 2, id: 'G1', hasId: true, statement: 'Reduce cancellations to 30 per month by June 2027', kpi: 'Cancellations', owner: null, baseline: null, target: 30, start: null, deadline: '2027-06-30', parent: null, direction: null, aggregation: null, problems: [] };
    const merged = mergeGoal(goal, series, { today: '2026-09-01', lang: 'en', settings: DEFAULT_SETTINGS });
    expect(merged.series?.name).toBe('Cancellations');
    expect(merged.unit).toBe('count');
    expect(merged.target).toBe(30);
    expect(merged.direction).toBe('decrease');
  });
});

describe('a qualifier after a KPI’s name', () => {
  it.each([
    ['Sales - Team A', 'revenue'],
    ['Sales – Team A', 'revenue'],
    ['Sales: Team A', 'revenue'],
    ['Sales (Team A)', 'revenue'],
    ['Team A - Sales', 'revenue'],
    ['Ventes - Équipe Nord', 'revenue'],
    ['CA 2026', 'revenue'],
    ['Ca 2026', 'revenue'],
    ['CA - 2026', 'revenue'],
    ['Sales FY26', 'revenue'],
    ['2026 revenue', 'revenue'],
    ['Revenue Q1 2026', 'revenue'],
    ['Chiffre d’affaires 2025-26', 'revenue'],
    ['Leads - Team B', 'leads'],
    ['Close rate - Team A', 'close_rate'],
    ['Orders - Team A', 'deals_closed'],
  ])('%s names %s', (header, kpi) => {
    expect(id(header)).toBe(kpi);
  });

  it('keeps a qualifier that makes another measure, and the markers it carries', () => {
    expect(id('CAC: LTV ratio')).toBeNull();
    expect(id('LTV:CAC ratio')).toBeNull();
    expect(id('Sales (growth)')).toBe('sales_growth');
    expect(id('Revenue (per employee)')).toBeNull();
    expect(id('CA (par commercial)')).toBeNull();
    expect(id('% EMEA')).toBeNull();
    expect(id('% renewed')).toBeNull();
    expect(id('Orders - Team A (€)')).toBeNull();
    expect(id('Cancellations - Team A (%)')).toBe('churn');
  });
});

describe('a tax or income other than sales is no revenue', () => {
  it.each(['Income tax', 'Interest income', 'Investment income', 'Other income', 'Sales tax', 'Tax on sales', 'Revenue tax', 'Impôt sur le revenu', 'TVA sur les ventes', 'Revenus d’intérêts', 'Revenus financiers', 'Taxable income'])(
    '%s names no catalog KPI',
    (header) => {
      expect(id(header)).toBeNull();
    },
  );

  it.each([
    ['Income', 'revenue'],
    ['Net income', 'profit'],
    ['Profit before tax', 'profit'],
    ['CA TTC', 'revenue'],
    ['Ventes HT', 'revenue'],
    ['Other revenue', 'revenue'],
  ])('%s still names %s', (header, kpi) => {
    expect(id(header)).toBe(kpi);
  });

  it('reads the same in a goal sentence', () => {
    const kpi = (text: string): string | null => analyzeStatement(text, { asOf: '2026-12-01' }).kpi;
    expect(kpi('Reduce income tax by 10% by June 2027')).toBeNull();
    expect(kpi('Increase interest income by 5% by the end of 2027')).toBeNull();
    expect(kpi('Réduire l’impôt sur le revenu de 5 % d’ici fin 2027')).toBeNull();
    expect(kpi('Increase profit before tax by 10% by the end of 2027')).toBe('profit');
    expect(kpi('Augmenter le CA TTC de 10 % d’ici fin 2027')).toBe('revenue');
  });
});

describe('other account lines built on an amount word', () => {
  it.each(['Charges financières', 'Frais financiers', 'Financial expenses', 'Charges exceptionnelles', 'Revenus locatifs', 'Earnings per share', 'Bénéfice par action'])('%s names no catalog KPI', (header) => {
    expect(id(header)).toBeNull();
  });
  it.each([
    ['Charges', 'costs'],
    ['Charges d’exploitation', 'costs'],
    ['Frais généraux', 'costs'],
    ['Earnings', 'profit'],
  ])('%s still names %s', (header, kpi) => {
    expect(id(header)).toBe(kpi);
  });
});
