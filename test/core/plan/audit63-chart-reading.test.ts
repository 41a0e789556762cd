/**
 * audit63: a KPI's chart in the plan report is drawn for its goal with the furthest deadline — the forecast runs to that
 * goal's target in that goal's direction — and now in that goal's reading too (a running total or the periods' levels),
 * with only the targets read the same way. It took the reading of the tab's FIRST goal: a level after a total was drawn
 * as a running total under its level target (the Geneva and Bengaluru workbooks, test/gas/workbook/audit63-chart-headline),
 * and a year's total after a level as monthly levels under both targets.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { revenueRows } from './monthly-revenue';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-12-03';

const GOALS = {
  en: { header: 'Revenue', level: 'Grow revenue 20% by 3/31/2027', total: 'Reach $1,500,000 in revenue in 2027' },
  fr: { header: 'CA (€)', level: 'Augmenter le CA de 20 % d’ici le 31/03/2027', total: 'Atteindre 1 500 000 € de CA en 2027' },
} as const;

function chartOf(lang: Lang, order: 'level-first' | 'total-first') {
  const { header, level, total } = GOALS[lang];
  const rows = order === 'level-first' ? [['G1', level], ['G2', total]] : [['G1', total], ['G2', level]];
  const sheets = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [['ID', lang === 'fr' ? 'Objectif' : 'Goal'], ...rows] },
    { name: lang === 'fr' ? 'CA' : 'Revenue', values: revenueRows(header), formats: revenueRows(header).map((_, r) => ['', r === 0 ? '' : lang === 'fr' ? '#,##0 "€"' : '"$"#,##0']) },
  ];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG, ...(lang === 'en' ? { dateOrder: 'mdy' as const } : {}) });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  const plan = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
  return { checks: check.checks, chart: plan.charts[0] };
}

describe.each(['en', 'fr'] as const)('the chart’s reading is its headline goal’s (%s)', (lang) => {
  it('reads the level goal as a level and the year’s goal as a total (the premise)', () => {
    const { checks } = chartOf(lang, 'level-first');
    expect(checks.map((c) => [c.id, c.aggregation, c.deadline])).toEqual([
      ['G1', 'level', '2027-03-31'],
      ['G2', 'total', '2027-12-31'],
    ]);
  });

  it('a year’s total after a level: a running total under the total’s target alone', () => {
    const { chart } = chartOf(lang, 'level-first');
    expect(chart.aggregation).toBe('total');
    expect(chart.targets).toEqual(['G2']);
  });

  it('near miss, unchanged: the year’s total first — a running total under its target, the level left out as before', () => {
    const { chart } = chartOf(lang, 'total-first');
    expect(chart.aggregation).toBe('total');
    expect(chart.targets).toEqual(['G1']);
  });
});
