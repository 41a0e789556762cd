/**
 * Stock vs flow (issue 11): a KPI column is a level (pipeline value, balance, rate) or a total (deals won,
 * sign-ups), inferred from the catalog KPI, the header (FR/EN) and the column's number format, with the
 * currency the sheet shows; a goal's Aggregation column corrects it.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { addPeriods } from '../../../src/core/dates';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { detectKpiSeries, formatShows, inferAggregation } from '../../../src/core/workbook/kpis';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';
const WEEKS = Array.from({ length: 30 }, (_, i) => addPeriods('2026-05-04', 'week', i));

function tab(name: string, header: string, values: number[], format: string): SheetGrid {
  const rows: CellValue[][] = [['Week', header], ...WEEKS.map((date, i) => [date, values[i]])];
  return { name, values: rows, formats: rows.map((_row, r) => [r === 0 ? '@' : 'yyyy-mm-dd', r === 0 ? '@' : format]) };
}

// A weekly open pipeline around 480,000 € (a level: this week's value, not a sum of weeks).
const pipeline = WEEKS.map((_, i) => 470_000 + 400 * i + (i % 3) * 2500);
const deals = WEEKS.map((_, i) => 8 + (i % 4));
const share = WEEKS.map((_, i) => 0.3 + 0.002 * (i % 5));

describe('what a number format shows', () => {
  it.each([
    ['[$€-407]#,##0.00', 'currency', '€'],
    ['"€"#,##0.00', 'currency', '€'],
    ['#,##0 [$€]', 'currency', '€'],
    ['$#,##0.00', 'currency', '$'],
    ['£#,##0', 'currency', '£'],
    ['0.0%', 'percent', null],
    ['[<0.005]"<1%";0%', 'percent', null],
  ])('%s', (format, unit, currency) => {
    expect(formatShows(format)).toEqual({ unit, currency });
  });
  it('plain numbers, dates and text show neither', () => {
    for (const f of ['#,##0', '0.###############', 'yyyy-mm-dd', '@', '', null]) expect(formatShows(f)).toBeNull();
  });
});

describe('level or total, from the header (FR and EN), the catalog and the format', () => {
  it.each([
    ['Pipeline value', 'level'],
    ['Valeur du pipeline', 'level'],
    ['Backlog', 'level'],
    ['Solde de trésorerie', 'level'],
    ['Headcount', 'level'],
    ['Win rate', 'level'],
    ['Taux de transformation', 'level'],
    ['New deals', 'total'],
    ['Nouveaux contrats', 'total'],
    ['Deals won', 'total'],
    ['Contrats signés', 'total'],
    ['Sign-ups', 'total'],
    ['Won deals value', 'total'],
    ['Number of demos', 'total'],
    ['Nombre de démos', 'total'],
  ] as const)('%s → %s', (header, expected) => {
    expect(inferAggregation(header, null, null)).toBe(expected);
  });

  it('a catalog KPI keeps its default; a € or % format says level where the header says nothing', () => {
    const revenue = KPI_CATALOG.find((k) => k.id === 'revenue')!;
    expect(inferAggregation('Revenue', revenue, '[$€]#,##0')).toBe(revenue.aggregation);
    expect(inferAggregation('Weekly figure', null, '[$€]#,##0')).toBe('level');
    expect(inferAggregation('Weekly figure', null, '0.0%')).toBe('level');
    expect(inferAggregation('Weekly figure', null, '#,##0')).toBeNull();
    // A count KPI matched by name but formatted in €: the format wins over the catalog's default.
    const count = KPI_CATALOG.find((k) => k.unit === 'count' && k.aggregation === 'total')!;
    expect(inferAggregation('Pipeline value', count, '[$€]#,##0')).toBe('level');
  });

  it('detects the weekly € pipeline as a level in €, new deals as a total, a %-formatted column as a level', () => {
    const [p] = detectKpiSeries(tab('Pipeline', 'Pipeline value', pipeline, '[$€-40C]#,##0'), 'en', KPI_CATALOG);
    expect(p.aggregation).toBe('level');
    expect(p.unit).toBe('currency');
    expect(p.currency).toBe('€');
    const [d] = detectKpiSeries(tab('Deals', 'New deals', deals, '0'), 'en', KPI_CATALOG);
    expect(d.aggregation).toBe('total');
    const [s] = detectKpiSeries(tab('Share', 'Weekly figure', share, '0.0%'), 'en', KPI_CATALOG);
    expect(s.aggregation).toBe('level');
    expect(s.unit).toBe('percent');
    const [fr] = detectKpiSeries(tab('Pipeline', 'Valeur du pipeline', pipeline, '#,##0 [$€]'), 'fr', KPI_CATALOG);
    expect(fr.aggregation).toBe('level');
    expect(fr.currency).toBe('€');
  });
});

describe('a 500,000 € pipeline target is judged against the level, not the sum of weeks', () => {
  const goals: SheetGrid = {
    name: 'Goals',
    values: [
      ['ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline', 'Parent', 'Direction', 'Aggregation'],
      ['P1', 'Grow the pipeline value to 500,000 by 31 December 2026', 'Pipeline value', 'Ann', '', 500_000, '', '2026-12-31', '', '', ''],
      ['P2', 'Grow the pipeline value to 500,000 by 31 December 2026', 'Pipeline value', 'Ann', '', 500_000, '', '2026-12-31', '', '', 'total'],
    ],
  };
  const grids = [goals, tab('Pipeline', 'Pipeline value', pipeline, '[$€]#,##0')];
  const model = buildWorkbookModel(grids, { lang: 'en', catalog: KPI_CATALOG });
  const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
  const p1 = result.checks.find((c) => c.id === 'P1')!;
  const p2 = result.checks.find((c) => c.id === 'P2')!;

  it('level by default: the forecast is a level near today’s 480,000, in €', () => {
    expect(model.series[0].aggregation).toBe('level');
    const latest = pipeline[pipeline.length - 1];
    expect(p1.probability).not.toBeNull();
    // At the current pace (about +400 €/week) 500,000 by the end of December is a stretch at best, not "on track".
    expect(p1.verdict).not.toBe('on-track');
    expect(p1.notes.join(' ')).not.toMatch(/in total/);
    expect(latest).toBeLessThan(500_000);
    // The most ambitious target the history supports is a level between today's value and the target.
    expect(p1.suggestedTarget!).toBeGreaterThan(latest);
    expect(p1.suggestedTarget!).toBeLessThan(500_000);
    expect(p1.flagged).toBe(true);
    // Said in the currency the sheet shows.
    expect(p1.notes.join(' ')).toMatch(/Aim for €4\d\d,\d00 by \d+ \w+ 20\d\d instead/);
  });

  it('the Aggregation column corrects it: read as a total, a sum of weekly values reaches 500,000 easily', () => {
    expect(p2.verdict).toBe('on-track');
    expect(p2.probability!).toBeGreaterThan(p1.probability!);
  });
});

describe('a bare margin header takes its KPI from the number format', () => {
  it('is the margin rate over a percent format, an amount over a currency format', () => {
    const rate = detectKpiSeries(tab('Finance', 'Marge', share, '0.0%'), 'fr', KPI_CATALOG)[0];
    expect(rate).toMatchObject({ catalogId: 'net_margin', unit: 'percent' });
    const amount = detectKpiSeries(tab('Finance', 'Margin', pipeline, '"$"#,##0.00'), 'en', KPI_CATALOG)[0];
    expect(amount.catalogId).toBeNull();
    expect(amount.unit).toBe('currency');
    expect(amount.points[0].value).toBe(pipeline[0]);
  });
});
