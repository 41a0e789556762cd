/**
 * The plan report's charts sit in rows reserved for them near the top of the sheet, whatever the number of goals
 * (fixes35: on a 300-goal report LibreOffice drew all five charts, anchored 60 m down, over one row of the Bottom-up
 * check, since it places an .xlsx chart at most 2^31 EMU from the top), a series with no value is left out of a chart,
 * and the range bars' value axis has a title in the report's language.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { CHART_SLOT_ROWS, buildPlanReport, layoutPlanReport, type ReportLayout } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-11-26';

/** The example workbook with its goals repeated `copies` times under new IDs (300 goals for 18 copies). */
function layout(lang: Lang, copies: number): ReportLayout {
  const example = buildExampleWorkbook(lang, TODAY);
  const sheets = example.sheets.map((s, index) => {
    if (index !== 0 || copies <= 1) return { name: s.name, values: s.rows };
    const [header, ...rows] = s.rows;
    const id = header.findIndex((h) => /^id$/i.test(String(h)));
    const parent = header.findIndex((h) => /parent/i.test(String(h)));
    const copy = (k: number) => rows.map((r) => r.map((v, c) => (k > 0 && (c === id || c === parent) && v !== '' ? `${String(v)}-${k}` : v)));
    return { name: s.name, values: [header, ...Array.from({ length: copies }, (_, k) => copy(k)).flat()] };
  });
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  return layoutPlanReport(buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang }));
}

describe.each([
  ['en', 1],
  ['fr', 1],
  ['en', 18],
  ['fr', 18],
] as const)('the charts of a %s report with the example’s goals ×%i', (lang, copies) => {
  const report = layout(lang, copies);
  const written = new Set(report.blocks.flatMap((b) => b.values.map((_, i) => b.row + i)));

  it('are anchored over blank rows of their own, one slot each, before the goals table', () => {
    expect(report.charts.length).toBeGreaterThan(1);
    const goals = report.sections.find((s) => s.key === 'goals')!.row;
    const slots = report.charts.map((c) => c.anchor.row).sort((a, b) => a - b);
    slots.forEach((row, i) => {
      for (let r = row; r < row + CHART_SLOT_ROWS; r++) expect([row, r, written.has(r)]).toEqual([row, r, false]);
      if (i > 0) expect(row - slots[i - 1]).toBeGreaterThanOrEqual(CHART_SLOT_ROWS);
      expect(row + CHART_SLOT_ROWS).toBeLessThanOrEqual(goals);
    });
    // Under 100 rows from the top whatever the goals: far from LibreOffice's 59.65-m limit.
    expect(Math.max(...slots)).toBeLessThan(120);
  });

  it('draw no series without a value; the range bars title their values’ axis', () => {
    for (const chart of report.charts) {
      const block = report.blocks.find((b) => b.row === chart.range.row)!;
      for (let c = 1; c < chart.range.numColumns; c++) expect([chart.title, block.values[0][c], block.values.slice(1).some((r) => typeof r[c] === 'number')]).toEqual([chart.title, block.values[0][c], true]);
      expect(chart.colors).toHaveLength(chart.range.numColumns - 1);
    }
    // The range bars' values are shares of each target: their axis says so (a KPI chart's title names its values).
    expect(report.charts.filter((c) => c.kind === 'rangeBar').map((c) => c.valueAxisTitle)).toEqual([lang === 'fr' ? 'Part de la cible' : 'Share of the target']);
  });

  it('charts counts as whole numbers and amounts in whole units of their currency (no "12.00" deals, no "€33,635.92")', () => {
    // The example's KPIs are rates (percent formats), amounts (revenue, deal size) and counts (accounts, meetings, leads).
    // Chart data is rounded to three significant digits; the goals' cells show a computed amount's cents (surf51).
    const chartRows = new Set(report.charts.map((chart) => chart.range.row));
    const decimals = report.blocks.filter((b) => chartRows.has(b.row)).flatMap((b) => (b.formats ?? []).flat()).filter((format) => /#,##0\.[0#]/.test(format));
    expect(decimals).toEqual([]);
  });
});
