/**
 * The second final read of 2026-12-04: a change stated for a period already over ("+10 % in Q1 2027" under a fiscal year
 * from April: April–June 2026) was compared with as many months before it as it had rows after its start — the rows after
 * its deadline included (8 months for a quarter). The reference is the window's own length.
 */
import { previousWindowTotal } from '../../../src/core/achievability';
import type { KpiPoint } from '../../../src/core/types';

/** Monthly totals August 2025 – November 2026, each month 100 more than the one before. */
const points: KpiPoint[] = Array.from({ length: 16 }, (_, i) => {
  const month = ((7 + i) % 12) + 1;
  const year = 2025 + Math.floor((7 + i) / 12);
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, value: 1000 + 100 * i } as KpiPoint;
});

describe('previousWindowTotal', () => {
  it('compares a quarter already over with the three months before it', () => {
    const reference = previousWindowTotal(points, '2026-04-01', '2026-06-30', true);
    // January, February, March 2026: 1500 + 1600 + 1700.
    expect(reference).toEqual({ value: 4800, from: '2026-01-01', to: '2026-03-31' });
  });

  it('still counts the months the forecast adds for a window reaching past the history', () => {
    // October 2026 – January 2027: October and November in the history, December and January forecast — 4 months.
    const reference = previousWindowTotal(points, '2026-10-01', '2027-01-31', true);
    expect(reference?.from).toBe('2026-06-01');
    expect(reference?.to).toBe('2026-09-30');
  });
});
