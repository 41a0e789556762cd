import { addPeriods } from '../../../src/core/dates';
import {
  dayNumber,
  detectPeriod,
  isBusinessDaySeries,
  periodDate,
  periodIndex,
  periodsUntil,
  toGrid,
} from '../../../src/core/series/period';
import type { KpiPoint, Period } from '../../../src/core/types';

function series(start: string, period: Period, values: number[]): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods(start, period, i), value }));
}

describe('detectPeriod', () => {
  it.each<[Period]>([['day'], ['week'], ['month'], ['quarter'], ['year']])('recognizes %s series', (period) => {
    expect(detectPeriod(series('2024-01-31', period, [1, 2, 3, 4, 5, 6]))).toBe(period);
  });

  it('is robust to a few missing periods and to unsorted input', () => {
    const weekly = series('2026-01-05', 'week', [1, 2, 3, 4, 5, 6, 7, 8]).filter((_, i) => i !== 3 && i !== 6);
    expect(detectPeriod([...weekly].reverse())).toBe('week');
    const monthlyEnds = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-05-31', '2026-06-30'].map((date) => ({ date, value: 1 }));
    expect(detectPeriod(monthlyEnds)).toBe('month');
  });

  it('needs two distinct dates', () => {
    expect(detectPeriod([])).toBeNull();
    expect(detectPeriod([{ date: '2026-01-01', value: 1 }])).toBeNull();
  });
});

describe('grid', () => {
  it('indexes calendar months and quarters by calendar, weeks from the first date', () => {
    expect(periodIndex('2026-03-31', 'month', '2026-01-01') - periodIndex('2026-01-01', 'month', '2026-01-01')).toBe(2);
    expect(periodIndex('2026-12-01', 'quarter', '2026-01-01') - periodIndex('2026-01-15', 'quarter', '2026-01-01')).toBe(3);
    expect(periodIndex('2026-01-20', 'week', '2026-01-05')).toBe(2);
    // A row typed a day late stays in its week.
    expect(periodIndex('2026-01-13', 'week', '2026-01-05')).toBe(1);
  });

  it('keeps gaps as gaps; two dates in one period: latest for a level, sum for a total', () => {
    const points = [
      { date: '2026-01-05', value: 1 },
      { date: '2026-01-12', value: 2 },
      { date: '2026-01-13', value: 3 },
      { date: '2026-02-02', value: 4 },
    ];
    expect(toGrid(points, 'week', 'level')).toEqual({
      period: 'week',
      index: [0, 1, 4],
      value: [1, 3, 4],
      lastDate: '2026-02-02',
      businessDays: false,
      monthEnds: false,
    });
    expect(toGrid(points, 'week', 'total').value).toEqual([1, 5, 4]);
  });

  it('counts the periods whose stamp date is on or before the deadline', () => {
    expect(periodsUntil('2026-11-16', '2026-11-23', 'week')).toBe(1);
    expect(periodsUntil('2026-11-16', '2026-11-22', 'week')).toBe(0);
    expect(periodsUntil('2026-11-23', '2026-12-31', 'week')).toBe(5);
    expect(periodsUntil('2026-01-31', '2026-03-31', 'month')).toBe(2);
    expect(periodsUntil('2026-01-01', '2026-12-31', 'month')).toBe(11);
    expect(periodsUntil('2026-01-01', '2027-01-01', 'month')).toBe(12);
    expect(periodsUntil('2026-01-01', '2025-12-01', 'day')).toBe(0);
    expect(periodsUntil('2024-02-29', '2025-02-28', 'year')).toBe(1);
  });

  it('stops at year 9999 for an open-ended "9999-12-31" deadline instead of stepping on until Date overflows', () => {
    expect(periodsUntil('2026-01-26', '9999-12-31', 'week')).toBe(416059);
    expect(periodsUntil('2026-01-31', '9999-12-31', 'month')).toBe((9999 - 2026) * 12 + 11);
  });
});

describe('working-day series', () => {
  // Mon 2026-01-05 … Fri 2026-01-30: four weeks of weekdays.
  const weekdays: KpiPoint[] = [];
  for (let d = 0; d < 26; d++) {
    const date = addPeriods('2026-01-05', 'day', d);
    const weekday = (dayNumber(date) + 3) % 7; // Monday = 0
    if (weekday < 5) weekdays.push({ date, value: 10 + d });
  }

  it('are recognised, and their weekends are not periods', () => {
    expect(isBusinessDaySeries(weekdays)).toBe(true);
    expect(
      isBusinessDaySeries(
        series(
          '2026-01-05',
          'day',
          Array.from({ length: 20 }, () => 1),
        ),
      ),
    ).toBe(false);
    const grid = toGrid(weekdays, 'day', 'total');
    expect(grid.businessDays).toBe(true);
    expect(grid.index[grid.index.length - 1] - grid.index[0]).toBe(weekdays.length - 1);
  });

  it('count working days to the deadline and stamp working days', () => {
    // From Friday 30 Jan to Friday 6 Feb: five working days.
    expect(periodsUntil('2026-01-30', '2026-02-06', 'day', true)).toBe(5);
    expect(periodsUntil('2026-01-30', '2026-02-01', 'day', true)).toBe(0);
    expect(periodDate('2026-01-30', 'day', 1, true)).toBe('2026-02-02');
    expect(periodDate('2026-01-30', 'day', 5, true)).toBe('2026-02-06');
    expect(periodDate('2026-01-28', 'day', 3, true)).toBe('2026-02-02');
  });
});
