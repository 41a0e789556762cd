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
    // Three options per line chart (title, the values' axis title, series), four for the range bars (title, isStacked, the
    // values' axis title, series).
    expect(options).toBe(3 * sheet.charts.length + 1);
    const resolved = resolveChart(model, bars[0])!;
    expect(resolved.stacked).toBe(true);
    expect(resolved.hAxisTitle).toBe('Share of the target');
    expect(resolved.title).toBe('Top-down vs bottom-up: 80% ranges as a share of each target');
    expect(resolved.series.map((s) => [s.name, s.inLegend])).toEqual([
      ['Range starts at', false],
      ['Bottom-up, below target', true],
      ['Top-down, below target', true],
    ]);
    // No range reaches its target on the example: the two "above target" parts (all 0) are not charted (fixes39).
    // The goals' axis is titled by its data's header, as Sheets infers it.
    expect(resolved.vAxisTitle).toBe('Goal · reading');
    expect(resolved.series[0].color).toBe('#ffffff');
    expect(resolved.domain?.values.every((v) => typeof v === 'string' && / · (bottom-up|top-down)$/.test(v))).toBe(true);
  });

  it('sits in the charts area near the top, right under its note, and reads percentages of the target', () => {
    const report = h.emulator.spreadsheet.getSheetByName(sheetName)!;
    const column = report.getRange(1, 1, report.getLastRow(), 1).getValues().flat().map(String);
    const charts = column.indexOf('KPI charts') + 1;
    const goals = column.indexOf('ID') + 1;
    expect(charts).toBeGreaterThan(0);
    // fixes35: every chart before the tables that grow with the goals (LibreOffice clamps far anchors, core/plan chartArea).
    expect(bars[0].position.row).toBeGreaterThan(charts);
    expect(bars[0].position.row).toBeLessThan(goals);
    const note = column.findIndex((v) => v.startsWith('In the chart, each bar is a reading’s 80% range at the deadline')) + 1;
    expect(note).toBeGreaterThan(charts);
    // Right under the note's last line (a long note runs on over the rows below it).
    expect(bars[0].position.row).toBeGreaterThan(note);
    expect(column.slice(note - 1, bars[0].position.row - 1).every((line) => line !== '')).toBe(true);
    const range = bars[0].ranges[0];
    expect(report.getRange(range.row + 1, 2, 1, 3).getNumberFormats()[0]).toEqual(['0%', '0%', '0%']);
  });
});

describe.each([
  ['en_US', 'en', 'Bottom-up check', /^Top-down 80% range: \$[\d,.]+ to \$[\d,.]+\.$/, /^To close the gap: .+ → .+; or \+2 reps starting by March 1, 2027, fully ramped at the deadline \(capacity\)\.$/],
  [
    'fr_FR',
    'fr',
    'Contrôle par les inducteurs',
    /^Fourchette globale à 80\u202f%\u202f: [\d\u202f,]+\u00a0€ à [\d\u202f,]+\u00a0€\.$/,
    /^Pour combler l’écart\u202f: .+ → .+\u202f; ou \+2 commerciaux arrivés d’ici le 1er mars 2027, pleinement opérationnels à l’échéance \(capacité\)\.$/,
  ],
] as const)('the Bottom-up check table gives the 80 %% range of each reading (%s)', (locale, lang, title, rangeLine, gapLine) => {
  it('bottom-up in its Low/High columns, top-down in words under the table, over B–G (the page holds seven columns)', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    h.run('menuInsertExampleWorkbook');
    h.run('checkGoals');
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    const report = h.emulator.spreadsheet.getSheetByName(sheetName)!;
    const values = report.getDataRange().getValues();
    const section = values.findIndex((r) => r[0] === title);
    expect(section).toBeGreaterThan(0);
    const rows = values.map((r, i) => ({ r, i })).filter(({ r, i }) => i > section && r[0] === 'G5');
    const g5 = rows[0].r;
    const [low, high, topDown] = [g5[3], g5[4], g5[5]];
    expect(typeof low).toBe('number');
    expect(high as number).toBeGreaterThan(low as number);
    expect(typeof topDown).toBe('number');
    // fixes47: the table's row holds the statement alone; the reading's words are on a row of their own under the table,
    // merged across B–G (in B beside the numbers they ran to some thirty narrow lines, C–G empty beside them).
    expect(String(g5[1])).not.toContain('\n');
    const words = rows[1];
    expect(words.r.slice(2).every((v) => v === '')).toBe(true);
    expect(report.getRange(words.i + 1, 2).getMergedRanges().map((m) => m.getA1Notation())).toEqual([`B${words.i + 1}:G${words.i + 1}`]);
    expect(report.getRange(rows[0].i + 1, 2).isPartOfMerge()).toBe(false);
    expect(String(words.r[1]).split('\n').filter((line) => rangeLine.test(line))).toHaveLength(1);
    // The cheapest way in drivers, then the capacity way: the example's team is about two reps short in June.
    expect(String(words.r[1]).split('\n').filter((line) => gapLine.test(line))).toHaveLength(1);
  });
});
