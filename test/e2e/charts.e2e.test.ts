/**
 * The plan report's KPI charts in the preview, in English and French: the page draws every chart
 * the add-on inserted (SVG over the grid at its anchor cell) with its title, series colours, the
 * dashed forecast band and localized axis labels. Screenshots go to test-artifacts/e2e/.
 */
import type { Browser } from 'playwright-core';
import { resolveChart } from '../../src/local/emulator/chart-data';
import { launchBrowser, openPreview, type PreviewPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface DrawnChart {
  title: string;
  left: number;
  top: number;
  width: number;
  height: number;
  series: Array<{ name: string; color: string; paths: number; rects: number; dashed: boolean }>;
  legend: string[];
  ticks: string[];
  categories: string[];
}

async function generateReport(view: PreviewPage): Promise<void> {
  await view.page.click('#extensions');
  await view.page.click('#addon-menu button[data-function="menuGeneratePlanReport"]');
  await view.page.waitForFunction(() => !document.body.hasAttribute('data-busy'));
  await view.page.waitForSelector('.chart-layer svg.chart');
}

function drawnCharts(view: PreviewPage): Promise<DrawnChart[]> {
  return view.page.$$eval('.chart-layer svg.chart', (elements) =>
    elements.map((element) => {
      const node = element as unknown as PageElement;
      const box = node.getBoundingClientRect();
      const axes = node.querySelector('.chart-axes');
      const texts = Array.from(axes?.querySelectorAll('text') ?? []);
      return {
        title: node.querySelector('.chart-title')?.textContent ?? '',
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
        series: Array.from(node.querySelectorAll('g.chart-series')).map((g) => ({
          name: g.getAttribute('data-series') ?? '',
          color: g.getAttribute('data-color') ?? '',
          paths: g.querySelectorAll('path').length,
          rects: g.querySelectorAll('rect').length,
          dashed: Array.from(g.querySelectorAll('path')).some((p) => p.hasAttribute('stroke-dasharray')),
        })),
        legend: Array.from(node.querySelectorAll('.chart-legend text')).map((t) => t.textContent ?? ''),
        ticks: texts.filter((t) => t.getAttribute('text-anchor') === 'end').map((t) => t.textContent ?? ''),
        categories: texts.filter((t) => t.getAttribute('text-anchor') === 'middle').map((t) => t.textContent ?? ''),
      };
    }),
  );
}

for (const lang of ['en', 'fr'] as const) {
  describe(`plan report charts in the preview (${lang})`, () => {
    let view: PreviewPage;
    beforeAll(async () => {
      view = await openPreview(browser, { locale: lang === 'fr' ? 'fr_FR' : 'en_US', workbook: 'example', today: '2026-11-26' });
    });
    afterAll(async () => view?.close());

    it('draws every chart the add-on inserted, with its title, colours, dashed band and anchor position', async () => {
      await generateReport(view);
      const model = view.preview.session.emulator.spreadsheet.model;
      const report = model.sheets.find((sheet) => sheet.charts.length > 0);
      if (!report) throw new Error('the report inserted no chart');
      expect(await view.page.getAttribute('table.grid', 'data-sheet')).toBe(report.name);
      const expected = report.charts.map((spec) => resolveChart(model, spec));
      const drawn = await drawnCharts(view);
      expect(drawn).toHaveLength(expected.length);
      drawn.forEach((chart, index) => {
        const want = expected[index];
        if (!want) throw new Error('unresolved chart');
        expect(chart.title).toBe(want.title);
        expect([Math.round(chart.width), Math.round(chart.height)]).toEqual([want.width, want.height]);
        expect(chart.series.map((s) => [s.name, s.color, s.dashed])).toEqual(want.series.map((s) => [s.name, s.color, s.dashed]));
        if (want.chartType === 'BAR') {
          // The Bottom-up check's range bars (issue 13): stacked bars, one per goal and reading, the white base out of the legend.
          expect(want.stacked).toBe(true);
          expect(chart.series.map((s) => s.rects > 0)).toEqual(want.series.map((s) => s.values.some((v) => typeof v === 'number')));
          expect(chart.legend).not.toContain(want.series[0].name);
          expect(chart.legend).toContain(want.series[1].name);
          return;
        }
        // Every series with a value is drawn; the low/high band is dashed.
        expect(chart.series.map((s) => s.paths > 0)).toEqual(want.series.map((s) => s.values.some((v) => typeof v === 'number')));
        expect(chart.series.filter((s) => s.dashed).length).toBe(2);
        expect(chart.ticks.length).toBeGreaterThan(1);
      });
      // History and forecast lines appear in the report's charts.
      expect(drawn.some((chart) => chart.series[0].paths > 0 && chart.series[1].paths > 0)).toBe(true);
      // Over the grid at the anchor cell given to setPosition.
      const first = report.charts[0].position;
      const cell = await view.page.locator(`table.grid td[data-cell="${String.fromCharCode(64 + first.column)}${first.row}"]`).boundingBox();
      expect(cell).not.toBeNull();
      expect(Math.abs((cell?.x ?? 0) - drawn[0].left)).toBeLessThanOrEqual(1);
      expect(Math.abs((cell?.y ?? 0) - drawn[0].top)).toBeLessThanOrEqual(1);
      // Axis labels in the spreadsheet's language: dates as the cells show them, percentages French-spaced in French.
      const labels = drawn.flatMap((chart) => chart.categories);
      // (the report's en_US cells are m/d/yyyy: review 21, the preview showed them ISO).
      expect(labels.some((label) => (lang === 'fr' ? /^\d{2}\/\d{2}\/\d{4}$/ : /^\d{1,2}\/\d{1,2}\/\d{4}$/).test(label))).toBe(true);
      const ticks = drawn.flatMap((chart) => chart.ticks);
      if (ticks.some((tick) => tick.includes('%'))) expect(ticks.filter((tick) => tick.includes('%')).every((tick) => (lang === 'fr' ? /\u00a0%$/ : /\d%$/).test(tick))).toBe(true);
      // The whole width for the report: the wizard panel closed, the first charts in view.
      await view.page.click('#close-sidebar');
      await view.page.locator('.chart-layer svg.chart').first().scrollIntoViewIfNeeded();
      await view.screenshot(`charts-${lang}`);
      expect(view.problems).toEqual([]);
    });
  });
}
