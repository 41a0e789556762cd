/** What the preview page is given to draw a chart: resolved from the emulator's chart model, labelled in the sheet's language. */
import { createEmulator } from '../../../src/local/emulator';
import { resolveChart } from '../../../src/local/emulator/chart-data';
import { previewChart } from '../../../src/local/preview/session';

function chartOn(format: string) {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.getActiveSheet();
  sheet.getRange('A1:C5').setValues([
    ['Date', 'History', 'Target'],
    [46300, 0.2, ''],
    [46307, '', ''],
    [46314, 0.24, 0.3],
    [46321, 0.25, 0.3],
  ]);
  sheet.getRange('A2:A5').setNumberFormat('yyyy-mm-dd');
  sheet.getRange('B2:C5').setNumberFormat('0.0%');
  const builder = sheet.newChart().addRange(sheet.getRange('A1:C5')).setNumHeaders(1).setPosition(8, 2, 4, 6).setOption('title', 'Close rate');
  if (format) builder.setOption('vAxis', { format });
  sheet.insertChart(builder.build());
  const model = emulator.spreadsheet.model;
  const resolved = resolveChart(model, model.sheets[0].charts[0]);
  if (!resolved) throw new Error('unresolved');
  return resolved;
}

describe('preview charts', () => {
  it('gives the page the series with blanks as gaps, the anchor and Sheets’ default size', () => {
    const chart = previewChart(chartOn('#%'), false);
    expect(chart.title).toBe('Close rate');
    expect(chart.anchor).toEqual({ row: 8, column: 2, offsetX: 4, offsetY: 6 });
    expect([chart.width, chart.height]).toEqual([600, 371]);
    expect(chart.series.map((s) => [s.name, s.color, s.values])).toEqual([
      ['History', '#4285f4', [0.2, null, 0.24, 0.25]],
      ['Target', '#ea4335', [null, null, 0.3, 0.3]],
    ]);
    expect(chart.categories).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
    // Values far from zero: the axis starts near them (20 %), in round steps.
    expect(chart.ticks[0]).toEqual({ value: 0.2, label: '20%' });
    expect(chart.ticks[chart.ticks.length - 1].value).toBeGreaterThanOrEqual(0.3);
  });

  it('labels axes the French way: dd/mm/yyyy dates, a no-break space before %, grouped thousands', () => {
    // The dates in their cells' format, as Sheets labels the axis (review 21): a French report's dd/mm/yyyy, an ISO cell's ISO.
    const french = chartOn('#%');
    expect(previewChart(french, true).categories[0]).toBe('2026-10-05');
    if (french.domain) french.domain.numberFormat = 'dd/mm/yyyy';
    const chart = previewChart(french, 'fr_FR');
    expect(chart.categories[0]).toBe('05/10/2026');
    expect(chart.ticks.map((t) => t.label)).toContain('20\u00a0%');
    const big = chartOn('#,##0.##');
    big.series[0].values = [125000, null, 250000, 180000];
    expect(previewChart(big, true).ticks.map((t) => t.label)).toContain('250\u202f000');
    expect(previewChart(big, false).ticks.map((t) => t.label)).toContain('250,000');
  });
});
