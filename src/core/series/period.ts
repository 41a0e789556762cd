/**
 * Period detection and the regular grid the forecasts work on. A value
 * belongs to the period stamped by its date; the grid index of a point counts
 * periods (days, weeks, calendar months, quarters, years), so missing periods
 * are gaps, not silently squeezed out.
 */
import { PERIOD_DAYS, addPeriods, isoParts, isoToDayNumber } from '../dates';
import type { Aggregation, IsoDate, KpiPoint, Period } from '../types';

const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * The period of a series from the median gap between consecutive dates
 * (robust to a few missing or extra rows), snapped to the nearest calendar
 * period on a log scale. Null with fewer than two distinct dates.
 */
export function detectPeriod(points: readonly KpiPoint[]): Period | null {
  const days = [...new Set(points.map((p) => isoToDayNumber(p.date)).filter((d) => Number.isFinite(d)))].sort((a, b) => a - b);
  if (days.length < 2) return null;
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(days[i] - days[i - 1]);
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const medianGap = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  let best: Period = 'day';
  let bestDistance = Infinity;
  for (const period of PERIODS) {
    const distance = Math.abs(Math.log(medianGap / PERIOD_DAYS[period]));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = period;
    }
  }
  return best;
}

/** Index of a date on the period grid (anchored at `anchor` for days and weeks). */
export function periodIndex(date: IsoDate, period: Period, anchor: IsoDate): number {
  switch (period) {
    case 'day':
      return isoToDayNumber(date) - isoToDayNumber(anchor);
    case 'week':
      // Rounded, so a row typed a day early or late still lands in its week.
      return Math.round((isoToDayNumber(date) - isoToDayNumber(anchor)) / 7);
    default: {
      const { year, month } = isoParts(date);
      if (period === 'month') return year * 12 + month - 1;
      if (period === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** Position in the seasonal cycle of a grid index (months: 0–11, quarters: 0–3), or null when no cycle applies. */
export function seasonOf(index: number, period: Period): number | null {
  if (period === 'month') return ((index % 12) + 12) % 12;
  if (period === 'quarter') return ((index % 4) + 4) % 4;
  return null;
}

export function seasonLength(period: Period): number | null {
  return period === 'month' ? 12 : period === 'quarter' ? 4 : null;
}

/** A series on the period grid: strictly increasing indexes, one value each. */
export interface GridSeries {
  period: Period;
  index: number[];
  value: number[];
  lastDate: IsoDate;
}

/**
 * Puts points on the grid. Two dates in the same period: for a `level` KPI the
 * later one is the period's value; for a `total` KPI they add up.
 */
export function toGrid(points: readonly KpiPoint[], period: Period, aggregation: Aggregation): GridSeries {
  const anchor = points[0].date;
  const index: number[] = [];
  const value: number[] = [];
  for (const point of points) {
    const i = periodIndex(point.date, period, anchor);
    const last = index.length - 1;
    if (last >= 0 && index[last] === i) {
      value[last] = aggregation === 'total' ? value[last] + point.value : point.value;
    } else {
      index.push(i);
      value.push(point.value);
    }
  }
  return { period, index, value, lastDate: points[points.length - 1].date };
}

/**
 * Number of whole periods after `last` whose stamp date (last + k periods) is
 * on or before `deadline`: the deadline's period is the last one that starts…
 * i.e. is stamped, on or before it.
 */
export function periodsUntil(last: IsoDate, deadline: IsoDate, period: Period): number {
  const days = isoToDayNumber(deadline) - isoToDayNumber(last);
  if (!(days > 0)) return 0;
  let k = Math.max(0, Math.floor(days / PERIOD_DAYS[period]) - 1);
  while (addPeriods(last, period, k + 1) <= deadline) k++;
  while (k > 0 && addPeriods(last, period, k) > deadline) k--;
  return k;
}
