import { periodTotals } from '../../../src/core/series/period';
import { addDays } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';

function weekly(from: string, count: number, value = 10): KpiPoint[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(from, 7 * i), value }));
}

describe('periodTotals: a summed series as whole-period totals', () => {
  it('adds weeks into months, dropping the month the history starts inside of and the one it has not finished', () => {
    // Mondays from 2026-01-12 to 2026-11-23: January is entered late, November not finished (its last week ends the 29th).
    const totals = periodTotals(weekly('2026-01-12', 46), 'month');
    expect(totals).not.toBeNull();
    expect(totals?.[0].date).toBe('2026-02-01');
    expect(totals?.[totals.length - 1].date).toBe('2026-10-01');
    // February 2026 has four Mondays, March five.
    expect(totals?.slice(0, 2).map((p) => p.value)).toEqual([40, 50]);
  });

  it('keeps whole months of monthly figures as they are', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value: i + 1 }));
    expect(periodTotals(months, 'month')).toEqual(months);
  });

  it('cannot say a week from monthly figures, nor a total from too few whole periods', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value: 5 }));
    expect(periodTotals(months, 'week')).toBeNull();
    expect(periodTotals(weekly('2026-09-07', 10), 'quarter')).toBeNull();
  });
});
