/**
 * fixes59: a quarterly tab stamped on quarter ends (…, 30 June, 30 September) was forecast at 30/12 and 30/03: EDATE's
 * step (30 September + 3 months keeps the 30th). A series stamped on month ends now steps to month ends; one stamped on
 * the 28th, 29th or 30th of each month keeps its day (clamped in short months, as before).
 */
import { addMonths, daysInMonth, stepPeriods } from '../../../src/core/dates';
import { forecastPath } from '../../../src/core/achievability';
import { periodDate, periodsUntil, stampedOnMonthEnds, toGrid } from '../../../src/core/series/period';
import type { KpiPoint } from '../../../src/core/types';

const quarterEnds = ['2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];
const CHURN: KpiPoint[] = quarterEnds.map((date, i) => ({ date, value: 0.45 - 0.005 * i }));

/** Monthly rows on day `day` of each month (clamped to the month's length) from January 2025 to `months` months on. */
function monthly(day: number, months = 21): KpiPoint[] {
  return Array.from({ length: months }, (_, i) => {
    const first = addMonths('2025-01-01', i);
    return { date: `${first.slice(0, 8)}${String(Math.min(day, daysInMonth(+first.slice(0, 4), +first.slice(5, 7)))).padStart(2, '0')}`, value: 100 + i };
  });
}

describe('month-end steps (fixes59)', () => {
  it('a quarterly Churn tab ending 30 September is forecast at 31 December and 31 March, not 30/12 and 30/03', () => {
    const path = forecastPath({ history: CHURN, target: 0.3, deadline: '2027-03-31', today: '2026-11-26', aggregation: 'level', direction: 'decrease' });
    expect(path.map((p) => p.date)).toEqual(['2026-09-30', '2026-12-31', '2027-03-31']);
    expect(toGrid(CHURN, 'quarter', 'level').monthEnds).toBe(true);
  });

  it('stepPeriods: from the 31st, 30th (a month end), 29 February and 28 February, months and quarters land on month ends', () => {
    expect(stepPeriods('2026-09-30', 'quarter', 1)).toBe('2026-12-31');
    expect(stepPeriods('2026-09-30', 'quarter', 2)).toBe('2027-03-31');
    expect(stepPeriods('2027-04-30', 'quarter', -1)).toBe('2027-01-31');
    expect(stepPeriods('2026-11-30', 'month', 1)).toBe('2026-12-31');
    expect(stepPeriods('2027-01-31', 'month', 1)).toBe('2027-02-28');
    expect(stepPeriods('2028-02-29', 'month', 1)).toBe('2028-03-31');
    expect(stepPeriods('2027-02-28', 'year', 1)).toBe('2028-02-29');
    expect(stepPeriods('2027-02-28', 'quarter', 1)).toBe('2027-05-31');
    // Not a month end: EDATE's step, as before.
    expect(stepPeriods('2026-09-29', 'quarter', 1)).toBe('2026-12-29');
    expect(stepPeriods('2026-10-30', 'quarter', 1)).toBe('2027-01-30');
    expect(stepPeriods('2026-09-30', 'week', 1)).toBe('2026-10-07');
    // A series stamped on the 28th says so: its 28 February steps to the 28th.
    expect(stepPeriods('2027-02-28', 'month', 1, false)).toBe('2027-03-28');
  });

  it.each([
    [28, ['2026-10-28', '2026-11-28', '2026-12-28']],
    [29, ['2026-10-29', '2026-11-29', '2026-12-29']],
    [30, ['2026-10-30', '2026-11-30', '2026-12-30']],
    [31, ['2026-10-31', '2026-11-30', '2026-12-31']],
  ])('a monthly series on the %i of each month: its next stamps %j', (day, next) => {
    const points = monthly(day);
    const grid = toGrid(points, 'month', 'total');
    expect(grid.lastDate).toBe(`2026-09-${String(Math.min(day, 30)).padStart(2, '0')}`);
    expect(grid.monthEnds).toBe(day === 31);
    expect([1, 2, 3].map((k) => periodDate(grid.lastDate, 'month', k, false, grid.monthEnds))).toEqual(next);
  });

  it('a quarterly series on the 28th keeps the 28th; on month ends, quarter ends; the horizon counts the stamps on or before the deadline', () => {
    const on28 = ['2025-03-28', '2025-06-28', '2025-09-28', '2025-12-28', '2026-03-28'].map((date) => ({ date, value: 1 }));
    expect(stampedOnMonthEnds(on28, 'quarter')).toBe(false);
    expect(periodDate('2026-03-28', 'quarter', 1, false, false)).toBe('2026-06-28');
    expect(stampedOnMonthEnds(CHURN, 'quarter')).toBe(true);
    expect(periodsUntil('2026-09-30', '2026-12-31', 'quarter', false, true)).toBe(1);
    // 30 December: the 31 December stamp is after it, so no whole quarter yet.
    expect(periodsUntil('2026-09-30', '2026-12-30', 'quarter', false, true)).toBe(0);
    expect(periodsUntil('2026-09-30', '2027-03-31', 'quarter', false, true)).toBe(2);
  });
});
