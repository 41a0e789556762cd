/**
 * Fiscal quarters (the fiscal year may start in any month) and the
 * seasonal quarterly split of an annual goal: each quarter gets the share
 * it had in the KPI's own past years, not a flat quarter.
 */
import { addMonths, daysBetween, fiscalBlock, periodBounds, withinCalendar } from '../dates';
import type { Aggregation, IsoDate, KpiPoint } from '../types';

// The fiscal helpers below are read from `fiscalBlock` (core/dates.ts), the one rule of fiscal quarters and years the
// wizard's deadlines, the period totals and the report's names follow (fixes59: these were a second implementation).
// Each block's last day is written from its month, so a fiscal year ending on 31 December 9999 has its end.

/** 0-based fiscal quarter (0–3) of a date. */
export function fiscalQuarter(date: IsoDate, fiscalYearStartMonth: number): number {
  return fiscalBlock(date, 3, fiscalYearStartMonth).n - 1;
}

/** First day of the fiscal year containing `date`. */
export function fiscalYearStart(date: IsoDate, fiscalYearStartMonth: number): IsoDate {
  return fiscalBlock(date, 12, fiscalYearStartMonth).start;
}

/** Last day of the fiscal year containing `date`. */
export function fiscalYearEnd(date: IsoDate, fiscalYearStartMonth: number): IsoDate {
  return fiscalBlock(date, 12, fiscalYearStartMonth).end;
}

/** The four fiscal quarters of the fiscal year containing `date`. */
export function fiscalQuarters(date: IsoDate, fiscalYearStartMonth: number): Array<{ start: IsoDate; end: IsoDate }> {
  const start = fiscalYearStart(date, fiscalYearStartMonth);
  return [0, 1, 2, 3].map((q) => periodBounds(addMonths(start, 3 * q), 'quarter', fiscalYearStartMonth));
}

/**
 * The four consecutive fiscal quarters ending with the one holding `deadline`, oldest first, each with its fiscal quarter
 * number (1–4) and the fiscal year it belongs to (named by the calendar year it ends in): an annual goal's quarters. A goal
 * ending on its fiscal year's end gets that fiscal year's four; a calendar year under an April start gets Q4 of one fiscal
 * year and Q1–Q3 of the next (audit62: it got the four of the fiscal year holding the deadline, one after the deadline).
 */
export function quartersEndingWith(deadline: IsoDate, fiscalYearStartMonth: number): Array<{ start: IsoDate; end: IsoDate; n: number; fiscalYear: string }> {
  const last = fiscalBlock(deadline, 3, fiscalYearStartMonth).start;
  return [3, 2, 1, 0].map((back) => {
    const block = fiscalBlock(addMonths(last, -3 * back), 3, fiscalYearStartMonth);
    return { start: block.start, end: block.end, n: block.n, fiscalYear: fiscalYearEnd(block.start, fiscalYearStartMonth).slice(0, 4) };
  });
}

/** True when `date` is the last day of a fiscal quarter. */
export function isFiscalQuarterEnd(date: IsoDate, fiscalYearStartMonth: number): boolean {
  return fiscalBlock(date, 3, fiscalYearStartMonth).end === date;
}

/**
 * True when a goal window looks like a (fiscal) year: it ends on a fiscal
 * year end, or runs for about a year.
 */
export function isAnnualWindow(start: IsoDate | null, deadline: IsoDate, fiscalYearStartMonth: number): boolean {
  if (start && daysBetween(start, deadline) >= 300) return true;
  // A fiscal year of 9999 starting after January ends in year 10000, which no cell holds: no deadline ends it.
  return withinCalendar(() => fiscalYearEnd(deadline, fiscalYearStartMonth)) === deadline && (!start || daysBetween(start, deadline) >= 300);
}

export interface SeasonalShares {
  /** Share of the year in each fiscal quarter (sums to 1), or the level index (mean 1) for level KPIs. */
  shares: [number, number, number, number];
  /** Complete past years the shares come from; 0 means the quarter means of a partial history were used. */
  years: number;
  basis: 'seasonal' | 'flat';
}

const FLAT: SeasonalShares = { shares: [0.25, 0.25, 0.25, 0.25], years: 0, basis: 'flat' };

function normalize(values: number[]): [number, number, number, number] | null {
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0) || values.some((v) => !(v >= 0))) return null;
  return values.map((v) => v / total) as [number, number, number, number];
}

/**
 * Quarterly shares from history. Totals: each complete past fiscal year's
 * quarter sums, as shares of the year, averaged over years. Levels: each
 * quarter's mean relative to the yearly mean (a seasonal index). With no
 * complete year but every quarter observed, quarter means of the whole
 * history; otherwise flat.
 */
export function seasonalShares(points: readonly KpiPoint[], aggregation: Aggregation, fiscalYearStartMonth: number): SeasonalShares {
  if (points.length === 0) return FLAT;
  const last = points[points.length - 1].date;
  const byYear = new Map<IsoDate, Array<{ sum: number; count: number }>>();
  for (const point of points) {
    const yearStart = fiscalYearStart(point.date, fiscalYearStartMonth);
    let quarters = byYear.get(yearStart);
    if (!quarters) {
      quarters = [0, 1, 2, 3].map(() => ({ sum: 0, count: 0 }));
      byYear.set(yearStart, quarters);
    }
    const q = quarters[fiscalQuarter(point.date, fiscalYearStartMonth)];
    q.sum += point.value;
    q.count++;
  }
  const measure = (q: { sum: number; count: number }): number => (aggregation === 'total' ? q.sum : q.sum / q.count);
  const yearly: Array<[number, number, number, number]> = [];
  for (const [yearStart, quarters] of byYear) {
    const complete = quarters.every((q) => q.count > 0) && daysBetween(fiscalYearEnd(yearStart, fiscalYearStartMonth), last) >= -31;
    if (!complete) continue;
    const shares = normalize(quarters.map(measure));
    if (shares) yearly.push(shares);
  }
  if (yearly.length > 0) {
    const mean = [0, 1, 2, 3].map((q) => yearly.reduce((sum, shares) => sum + shares[q], 0) / yearly.length);
    const shares = normalize(mean);
    if (shares) return { shares: aggregation === 'total' ? shares : (shares.map((s) => s * 4) as [number, number, number, number]), years: yearly.length, basis: 'seasonal' };
  }
  // No complete year: quarter means over the whole history, when every quarter was seen.
  const pooled = [0, 1, 2, 3].map(() => ({ sum: 0, count: 0 }));
  for (const quarters of byYear.values())
    quarters.forEach((q, i) => {
      pooled[i].sum += q.sum;
      pooled[i].count += q.count;
    });
  if (pooled.every((q) => q.count > 0)) {
    const shares = normalize(pooled.map((q) => q.sum / q.count));
    if (shares) return { shares: aggregation === 'total' ? shares : (shares.map((s) => s * 4) as [number, number, number, number]), years: 0, basis: 'seasonal' };
  }
  return aggregation === 'total' ? FLAT : { ...FLAT, shares: [1, 1, 1, 1] };
}

/** Splits a total into parts proportional to `shares`, in whole units when `integer` (largest remainder, so parts add up exactly). */
export function splitTotal(total: number, shares: readonly number[], integer: boolean): number[] {
  if (!integer) return shares.map((s) => Math.round(total * s * 100) / 100);
  const raw = shares.map((s) => total * s);
  const parts = raw.map(Math.floor);
  let left = Math.round(total) - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => ({ i, rem: v - Math.floor(v) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
  return parts;
}

/**
 * How much of the goal's time each quarter holds: its days from `from` (the goal's start, else today), both ends counted, as a
 * share of the days from `from` to the last quarter's end. A year's quarters hold 90 to 92 days, and a goal set in late
 * November for the next December has its first quarter four months long: split evenly by quarter count, its first
 * milestone asked a quarter of the gap with a third of the time gone (fixes63).
 */
export function dayShares(windows: ReadonlyArray<{ start: IsoDate; end: IsoDate }>, from: IsoDate): number[] {
  // The first quarter also holds the days from `from` to its start (December before a calendar year's goal).
  const days = windows.map((w, q) => Math.max(0, daysBetween(q > 0 && w.start > from ? w.start : from, w.end) + 1));
  const total = days.reduce((a, b) => a + b, 0);
  return total > 0 ? days.map((d) => d / total) : windows.map(() => 1 / windows.length);
}

/**
 * Quarterly milestones for a level KPI (one per quarter of `index`, its seasonal index): the path from the current level
 * to the target (at most a scale's top, `scaleTop`), monotone — the lead's ruling (mend53d): each quarter carries a share
 * of the move proportional to its days (`time`, `dayShares`) weighted by its season, more of a rise where the index is
 * high and more of a cut where it is low (the season helps there), the cumulative share reaching 1 at the last quarter.
 * A clamp of the shaped level (surf53) asked the whole cut of a churn peaking in Q4 in Q1.
 */
export function levelMilestones(baseline: number, target: number, index: readonly number[], time: readonly number[], top: number | null = null): number[] {
  const end = Math.min(target, top ?? Infinity);
  const weights = index.map((ix, q) => (time[q] ?? 0) * (end >= baseline ? ix > 0 ? ix : 1 : 1 / (ix > 0 ? ix : 1)));
  const total = weights.reduce((a, b) => a + b, 0);
  let gone = 0;
  return weights.map((w, q) => {
    gone += total > 0 ? w / total : 1 / weights.length;
    return q === weights.length - 1 ? end : baseline + (end - baseline) * Math.min(1, gone);
  });
}
