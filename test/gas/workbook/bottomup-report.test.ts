/**
 * The plan report's Bottom-up check chart through the BUILT bundle (issue 13):
 * one stacked bar chart of both readings' 80 % ranges, in ten service calls,
 * sharing the report's MAX_CHARTS slots, drawn from data written in the sheet.
 */
import { MAX_CHARTS } from '../../../src/core/plan';
import { resolveChart } from '../../../src/local/emulator/chart-data';
import { harness } from './harness';

describe('the Bottom-up check chart', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  h.run('menuInsertExampleWorkbook');
  h.run('checkGoals');
  h.emulator.calls.reset();
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const chartCalls = h.emulator.calls.of('Sheet.newChart');
  const options = h.emulator.calls.of('EmbeddedChartBuilder.setOption');
  const model = h.emulator.spreadsheet.model;
  const sheet = model.sheets.find((s) => s.name === sheetName)!;
  const bars = sheet.charts.filter((c) => c.chartType === 'BAR');

  it('is one stacked horizontal bar chart among at most MAX_CHARTS charts', () => {
    expect(bars).toHaveLength(1);
    expect(sheet.charts.length).toBeLessThanOrEqual(MAX_CHARTS);
    expect(chartCalls).toBe(sheet.charts.length);
    // Two options per line chart (title, series), three for the range bars (title, isStacked, series).
    expect(options).toBe(2 * sheet.charts.length + 1);
    const resolved = resolveChart(model, bars[0])!;
    expect(resolved.stacked).toBe(true);
    expect(resolved.title).toBe('Top-down vs bottom-up: 80% ranges as a share of each target');
    expect(resolved.series.map((s) => [s.name, s.inLegend])).toEqual([
      ['Range starts at', false],
      ['Bottom-up, below target', true],
      ['Bottom-up, above target', true],
      ['Top-down, below target', true],
      ['Top-down, above target', true],
    ]);
    expect(resolved.series[0].color).toBe('#ffffff');
    expect(resolved.domain?.values.every((v) => typeof v === 'string' && / · (bottom-up|top-down)$/.test(v))).toBe(true);
  });

  it('sits in the Bottom-up check section, under its note, and reads percentages of the target', () => {
    const report = h.emulator.spreadsheet.getSheetByName(sheetName)!;
    const column = report.getRange(1, 1, report.getLastRow(), 1).getValues().flat().map(String);
    const section = column.indexOf('Bottom-up check') + 1;
    const charts = column.indexOf('KPI charts') + 1;
    expect(section).toBeGreaterThan(0);
    expect(bars[0].position.row).toBeGreaterThan(section);
    expect(bars[0].position.row).toBeLessThan(charts);
    expect(column.some((v) => v.startsWith('In the chart, each bar is a reading’s 80% range at the deadline'))).toBe(true);
    const range = bars[0].ranges[0];
    expect(report.getRange(range.row + 1, 2, 1, 5).getNumberFormats()[0]).toEqual(['0%', '0%', '0%', '0%', '0%']);
  });
});
