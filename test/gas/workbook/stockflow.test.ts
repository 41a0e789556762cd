/**
 * Stock vs flow through the built add-on: the reader passes each tab's number formats (one
 * Range.getNumberFormats per tab) so a € pipeline is a level in €, and the sidebar's series say so.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { addDays } from '../../../src/core/dates';
import { addSheet, harness } from './harness';

describe('KPI tabs read with their number formats', () => {
  const h = harness();
  const weeks = Array.from({ length: 20 }, (_, i) => addDays('2026-07-06', 7 * i));
  const pipeline = addSheet(h.emulator, 'Pipeline', [['Week', 'Pipeline value'], ...weeks.map((w, i) => [w, 470_000 + 500 * i])]);
  pipeline.getRange(2, 2, weeks.length, 1).setNumberFormat('[$€]#,##0');
  const deals = addSheet(h.emulator, 'Deals', [['Week', 'New deals'], ...weeks.map((w, i) => [w, 8 + (i % 3)])]);
  deals.getRange(2, 2, weeks.length, 1).setNumberFormat('0');
  const share = addSheet(h.emulator, 'Share', [['Week', 'Weekly figure'], ...weeks.map((w, i) => [w, 0.3 + 0.01 * (i % 2)])]);
  share.getRange(2, 2, weeks.length, 1).setNumberFormat('0.0%');
  const context = h.run<SidebarContext>('sidebarGetContext');
  const byName = new Map(context.series.map((s) => [s.name, s]));

  it('a weekly € pipeline is a level shown in €', () => {
    const p = byName.get('Pipeline value')!;
    expect(p.aggregation).toBe('level');
    expect(p.unit).toBe('currency');
    expect(p.currency).toBe('€');
  });

  it('new deals are a total; a %-formatted column is a level in percent', () => {
    expect(byName.get('New deals')!.aggregation).toBe('total');
    const s = byName.get('Weekly figure')!;
    expect(s.aggregation).toBe('level');
    expect(s.unit).toBe('percent');
  });

  it('the wizard judges a 500,000 € pipeline target against the level, and follows the user when they say total', () => {
    const p = byName.get('Pipeline value')!;
    const request = { seriesId: p.id, sheetName: p.sheetName, catalogId: p.kpiId, baseline: null, direction: 'increase', target: 500_000, deadline: '2026-12-31' };
    const level = h.run<AssessResponse>('sidebarAssess', request);
    // The forecast stays near today's ~480,000 (a level), not a sum of weeks in the millions.
    const end = level.forecast[level.forecast.length - 1];
    expect(end.median).toBeGreaterThan(470_000);
    expect(end.median).toBeLessThan(520_000);
    expect(level.reasons.join(' ')).not.toMatch(/in total/);
    const total = h.run<AssessResponse>('sidebarAssess', { ...request, aggregation: 'total' });
    expect(total.reasons.join(' ')).toMatch(/in total/);
    expect(total.verdict).toBe('on-track');
  });
});
