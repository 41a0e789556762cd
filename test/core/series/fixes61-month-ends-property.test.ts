/**
 * fixes61: `stampedOnMonthEnds` is read from the whole series, so one odd row never flips it — a property over seeded
 * random series: monthly, quarterly and yearly rows stamped on month ends, or on a fixed day (the 1st, 15th, 28th, 30th),
 * of 6 to 60 rows, with one row anywhere moved to another day of its month (to the month's end for a fixed-day series).
 * A yearly series each February is left out: 28 February ends its month and is the 28th, so no row tells.
 */
import { addMonths, daysInMonth, isMonthEnd } from '../../../src/core/dates';
import { stampedOnMonthEnds } from '../../../src/core/series/period';
import type { KpiPoint, Period } from '../../../src/core/types';

/** Park–Miller: the same series on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const STEP_MONTHS: Readonly<Record<'month' | 'quarter' | 'year', number>> = { month: 1, quarter: 3, year: 12 };

/** Day `day` of the month of `iso` (0: its last day), as ISO. */
function onDay(iso: string, day: number): string {
  const length = daysInMonth(+iso.slice(0, 4), +iso.slice(5, 7));
  return `${iso.slice(0, 8)}${String(day === 0 ? length : Math.min(day, length)).padStart(2, '0')}`;
}

function series(random: () => number, period: 'month' | 'quarter' | 'year', day: number): KpiPoint[] {
  const count = 6 + Math.floor(random() * 55);
  let first = addMonths('2019-01-01', Math.floor(random() * 24));
  // A yearly series each February is one on the 28th as much as one on month ends: no row tells.
  if (period === 'year' && first.slice(5, 7) === '02') first = addMonths(first, 1);
  return Array.from({ length: count }, (_, i) => ({ date: onDay(addMonths(first, i * STEP_MONTHS[period]), day), value: 100 + i }));
}

describe('stampedOnMonthEnds reads the whole series (fixes61)', () => {
  const random = seeded(61);
  const periods: ReadonlyArray<'month' | 'quarter' | 'year'> = ['month', 'quarter', 'year'];

  it('month-end series stay month ends with one row moved to another day of its month', () => {
    for (let run = 0; run < 300; run++) {
      const period = periods[run % 3];
      const points = series(random, period, 0);
      expect(stampedOnMonthEnds(points, period)).toBe(points.some((p) => +p.date.slice(8, 10) > 28));
      const odd = Math.floor(random() * points.length);
      const moved = points.map((p, i) => (i === odd ? { ...p, date: onDay(p.date, 1 + Math.floor(random() * 27)) } : p));
      expect({ run, period, odd: moved[odd].date, stamped: stampedOnMonthEnds(moved, period) }).toEqual({ run, period, odd: moved[odd].date, stamped: stampedOnMonthEnds(points, period) });
    }
  });

  it('fixed-day series stay off month ends with one row moved to its month’s end', () => {
    for (let run = 0; run < 300; run++) {
      const period: Period = periods[run % 3];
      const day = [1, 15, 28, 30][run % 4];
      const points = series(random, period as 'month', day);
      // Whatever its months, a series on the 1st, 15th or 28th is no month-end series (on the 30th, a year of 30 Junes is).
      const allEnds = points.every((p) => isMonthEnd(p.date));
      expect(stampedOnMonthEnds(points, period)).toBe(allEnds && points.some((p) => +p.date.slice(8, 10) > 28));
      if (allEnds) continue;
      const odd = Math.floor(random() * points.length);
      const moved = points.map((p, i) => (i === odd ? { ...p, date: onDay(p.date, 0) } : p));
      expect({ run, period, day, odd: moved[odd].date, stamped: stampedOnMonthEnds(moved, period) }).toEqual({ run, period, day, odd: moved[odd].date, stamped: false });
    }
  });

  it('weeks and days are never month-end series', () => {
    const ends = series(seeded(7), 'month', 0);
    expect(stampedOnMonthEnds(ends, 'week')).toBe(false);
    expect(stampedOnMonthEnds(ends, 'day')).toBe(false);
  });
});
