/**
 * fixes39: the plan report's numeric headers are right-aligned over their numbers, a KPI chart's value axis is titled
 * with the KPI and its unit and its date column headed by the KPI's period (the title Sheets infers for the date axis),
 * in each language; the widths keep A and C–G one width and a chart inside A–G.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport, layoutPlanReport, reportGrid, valueAxisTitle, type ReportLayout } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { Lang } from '../../../src/core/types';
import { t } from '../../../src/core/messages';

const TODAY = '2026-11-26';

function layout(lang: Lang): ReportLayout {
  const example = buildExampleWorkbook(lang, TODAY);
  const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return layoutPlanReport(buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }), { currency: lang === 'fr' ? 'EUR' : 'USD' });
}

describe.each(['en', 'fr'] as const)('the %s report', (lang) => {
  const report = layout(lang);
  const grid = reportGrid(report);

  it('right-aligns a header over numbers (dates included), and no other cell', () => {
    const goals = grid.values.findIndex((row) => row[0] === 'ID' && row[6] === (lang === 'fr' ? 'Échéance' : 'Deadline'));
    expect(goals).toBeGreaterThan(0);
    // ID, Goal, Owner, KPI, pace: text; Target and Deadline: numbers and dates.
    expect(grid.alignments[goals].slice(0, 7)).toEqual([null, null, null, null, null, 'right', 'right']);
    const owners = grid.values.findIndex((row) => row[0] === (lang === 'fr' ? 'Responsable' : 'Owner'));
    expect(grid.alignments[owners].slice(0, 4)).toEqual([null, 'right', 'right', 'right']);
    // Only header cells (grey, bold) carry an alignment, and the tree's marks (✓, ⚠, …) centred under theirs.
    const mark = (r: number, c: number): boolean => grid.alignments[r][c] === 'center' && typeof grid.values[r][c] === 'string' && [...String(grid.values[r][c])].length <= 1;
    grid.alignments.forEach((row, r) => row.forEach((a, c) => a && !mark(r, c) && expect([r, c, grid.bold[r][c], grid.backgrounds[r][c]]).toEqual([r, c, true, '#e8eaed'])));
  });

  it('centres a text header right of a right-aligned one: side by side they read as one heading (fixes55)', () => {
    let pairs = 0;
    grid.alignments.forEach((row, r) =>
      row.forEach((a, c) => {
        const header = grid.bold[r][c] && grid.backgrounds[r][c] === '#e8eaed' && typeof grid.values[r][c] === 'string' && grid.values[r][c] !== '';
        if (c === 0 || !header || grid.alignments[r][c - 1] !== 'right' || a === 'right') return;
        pairs++;
        expect([grid.values[r][c], a]).toEqual([grid.values[r][c], 'center']);
      }),
    );
    // Probability | Verdict, the tree's roll-up | mark, the splits' Q4 | Basis at least.
    expect(pairs).toBeGreaterThanOrEqual(3);
    const verdict = grid.values.findIndex((row) => row[4] === t(lang, 'plan.goals.probability'));
    expect(grid.alignments[verdict].slice(4, 6)).toEqual(['right', 'center']);
  });

  it('titles each KPI chart’s value axis with the KPI and its unit, and heads its dates with the KPI’s period', () => {
    const kpi = report.charts.filter((c) => c.kind !== 'rangeBar');
    expect(kpi.length).toBeGreaterThanOrEqual(4);
    const close = kpi.find((c) => c.unit === 'percent');
    expect(close?.valueAxisTitle).toBe(`${close?.title} (%)`);
    for (const spec of kpi) {
      expect(spec.valueAxisTitle?.startsWith(spec.title)).toBe(true);
      expect(lang === 'fr' ? ['Jour', 'Semaine', 'Mois', 'Trimestre', 'Année'] : ['Day', 'Week', 'Month', 'Quarter', 'Year']).toContain(grid.values[spec.range.row - 1][0]);
    }
  });

  it('gives A and C–G one width, and B what a 600-px chart and a 650-px page leave', () => {
    // The seven printed columns; the timeline's narrow period columns come after them (H on).
    const widths = report.columnWidths.slice(0, 7).map((w) => w.width);
    expect(new Set([widths[0], ...widths.slice(2)]).size).toBe(1);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(600);
    expect(total).toBeLessThanOrEqual(650);
  });
});

it('words the value axis in each language: the unit, a running total, a count', () => {
  expect(valueAxisTitle({ title: 'Revenue', unit: 'currency', aggregation: 'level' }, 'en', 'USD')).toBe('Revenue ($)');
  expect(valueAxisTitle({ title: 'Chiffre d’affaires', unit: 'currency', aggregation: 'total' }, 'fr', 'EUR')).toBe('Chiffre d’affaires (€, cumul)');
  expect(valueAxisTitle({ title: 'New accounts', unit: 'count', aggregation: 'total' }, 'en', null)).toBe('New accounts (running total)');
  expect(valueAxisTitle({ title: 'Commerciaux', unit: 'count', aggregation: 'level' }, 'fr', null)).toBe('Commerciaux (nombre)');
  expect(valueAxisTitle({ title: 'Score', unit: null, aggregation: 'level' }, 'en', null)).toBe('Score');
  // A currency without a known sign: no made-up one.
  expect(valueAxisTitle({ title: 'Revenue', unit: 'currency', aggregation: 'level' }, 'en', null)).toBe('Revenue');
});
