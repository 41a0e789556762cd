/**
 * fixes57: under a fiscal year that does not start in January (Settings), the wizard's "per quarter" and "per year"
 * totals are the FISCAL ones — the quarter the deadline presets end, the report's quarters and Check goals' windows for a
 * goal due at a fiscal quarter's end — not calendar ones (one rule: core `fiscalBlock`, `latestPeriodTotals`). Through
 * the BUILT add-on, its Settings saved as the pane saves them.
 */
import type { SettingsView, SidebarContext } from '../../../src/core/api';
import { perPeriodReading } from '../../../src/core/achievability';
import { addDays } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';
import { addSheet, harness, TODAY } from '../workbook/harness';

/** Daily revenue, 1 June 2021 → 25 November 2026 (the day before TODAY): 100–106 a day by weekday, whole numbers. */
function dailyRevenue(): KpiPoint[] {
  const points: KpiPoint[] = [];
  for (let day = '2021-06-01', i = 0; day < TODAY; day = addDays(day, 1), i++) points.push({ date: day, value: 100 + (i % 7) });
  return points;
}

const sum = (points: readonly KpiPoint[], from: string, to: string) => points.filter((p) => p.date >= from && p.date <= to).reduce((a, p) => a + p.value, 0);

function contextWithFiscalStart(month: number): SidebarContext {
  const { emulator, run } = harness();
  addSheet(emulator, 'Revenue', [['Day', 'Revenue'], ...dailyRevenue().map((p) => [p.date, p.value])]);
  const saved = run<SettingsView>('sidebarGetSettings');
  run<SettingsView>('sidebarSaveSettings', { ...saved, fiscalYearStartMonth: month });
  return run<SidebarContext>('sidebarGetContext');
}

describe('the wizard’s latest whole quarter and year follow the fiscal year (today 26 November 2026)', () => {
  const points = dailyRevenue();

  it('keeps calendar quarters and years when the fiscal year starts in January', () => {
    const totals = contextWithFiscalStart(1).series.find((s) => s.name === 'Revenue')!.latestTotals!;
    expect(totals.quarter).toEqual({ date: '2026-07-01', value: sum(points, '2026-07-01', '2026-09-30') });
    expect(totals.year).toEqual({ date: '2025-01-01', value: sum(points, '2025-01-01', '2025-12-31') });
    expect(totals.month).toEqual({ date: '2026-10-01', value: sum(points, '2026-10-01', '2026-10-31') });
  });

  it('sums August–October (fiscal Q3) from February, not July–September, and the fiscal year February 2025 – January 2026', () => {
    const totals = contextWithFiscalStart(2).series.find((s) => s.name === 'Revenue')!.latestTotals!;
    expect(totals.quarter).toEqual({ date: '2026-08-01', value: sum(points, '2026-08-01', '2026-10-31') });
    expect(totals.year).toEqual({ date: '2025-02-01', value: sum(points, '2025-02-01', '2026-01-31') });
    // Months and weeks have no fiscal form.
    expect(totals.month).toEqual({ date: '2026-10-01', value: sum(points, '2026-10-01', '2026-10-31') });
    // The total Check goals judges "… per quarter by 31 January 2027" against: the last whole window before today.
    const reading = perPeriodReading(points, 'quarter', '2027-01-31', { change: null, target: 40_000, baseline: null, direction: 'increase' }, TODAY, 1)!;
    expect(reading.totals[reading.totals.length - 1].value).toBe(totals.quarter!.value);
  });

  it('sums the fiscal year April 2025 – March 2026 from April (its quarters are calendar ones)', () => {
    const totals = contextWithFiscalStart(4).series.find((s) => s.name === 'Revenue')!.latestTotals!;
    expect(totals.year).toEqual({ date: '2025-04-01', value: sum(points, '2025-04-01', '2026-03-31') });
    expect(totals.quarter).toEqual({ date: '2026-07-01', value: sum(points, '2026-07-01', '2026-09-30') });
  });
});
