/**
 * Period detection and the regular grid the forecasts work on. A value
 * belongs to the period stamped by its date; the grid index of a point counts
 * periods (days, weeks, calendar months, quarters, years), so missing periods
 * are gaps, not silently squeezed out.
 */
import { PERIOD_DAYS, PERIODS, addDays, addPeriods, dayNumberToIso, isMonthEnd, isValidIsoDate, periodBounds, periodOver, periodsBetween, stepPeriods, withinCalendar } from '../dates';
import type { Aggregation, IsoDate, KpiPoint, Period, Unit } from '../types';

/** Module-level aliases: global lookups are slow in the node:vm realm the local runtime runs the bundle in. */
const math = Math;

/**
 * Days since 1970-01-01 of a VALID ISO date, by calendar arithmetic (Hinnant's
 * days_from_civil): no Date object and no regex, because it runs for every
 * point of every history (five years of daily data = 1,826 calls per assessment).
 */
export function dayNumber(iso: IsoDate): number {
  const y0 = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + math.floor(yearOfEra / 4) - math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The period of a series from the median gap between consecutive dates
 * (robust to a few missing or extra rows), snapped to the nearest calendar
 * period on a log scale. Null with fewer than two distinct dates.
 */
export function detectPeriod(points: readonly KpiPoint[]): Period | null {
  const days = [...new Set(points.map((p) => dayNumber(p.date)))].sort((a, b) => a - b);
  if (days.length < 2) return null;
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(days[i] - days[i - 1]);
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const medianGap = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  let best: Period = 'day';
  let bestDistance = Infinity;
  for (const period of PERIODS) {
    const distance = math.abs(math.log(medianGap / PERIOD_DAYS[period]));
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
      return dayNumber(date) - dayNumber(anchor);
    case 'week':
      // Rounded, so a row typed a day early or late still lands in its week.
      return math.round((dayNumber(date) - dayNumber(anchor)) / 7);
    default: {
      const year = +date.slice(0, 4);
      const month = +date.slice(5, 7);
      if (period === 'month') return year * 12 + month - 1;
      if (period === 'quarter') return year * 4 + math.floor((month - 1) / 3);
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
  /** Daily series kept on working days only (no weekend rows): the grid and the horizon skip weekends. */
  businessDays: boolean;
  /** A monthly, quarterly or yearly series stamped on month ends (its rows, `stampedOnMonthEnds`): its forecast dates are month ends too (`periodDate`). */
  monthEnds?: boolean;
}

/** A row's say on month ends: a 31st +3, another day than its month's end −3, a 29th or 30th ending its month +1, 28 February 0. */
function monthEndVote(date: IsoDate): number {
  const day = +date.slice(8, 10);
  return !isMonthEnd(date) ? -3 : day === 31 ? 3 : day > 28 ? 1 : 0;
}

/**
 * Whether a month's or longer period's series is stamped on month ends, read from the rows since the latest change of
 * convention: one pass back over the rows (bounded by the data), where two rows in a row that say so (a 31st, or a day
 * off its month's end) after two that said the other mark the change — so one odd row never flips it (fixes61: the last
 * four rows decided, and a quarter-end tab with 30 June typed the 29th was forecast at 30/12 and 30/03), and 24 old
 * month-end rows do not outvote 6 recent ones typed on the 15th (fixes63: the whole series decided). Those rows vote
 * (`monthEndVote`): a 29th or 30th that ends its month, which a series stamped on the 29th or 30th has too, only tells
 * when the rest do not (a fiscal year closing each 30 June); a 28 February says nothing. A recent run of such rows alone
 * (a yearly 30 June after years of 15 Junes) shows no change: the whole series decides.
 */
export function stampedOnMonthEnds(points: readonly KpiPoint[], period: Period): boolean {
  if (period === 'day' || period === 'week') return false;
  let from = 0;
  let recent = 0;
  let previous = 0;
  let previousIndex = points.length;
  for (let i = points.length - 1; i >= 0; i--) {
    const vote = monthEndVote(points[i].date);
    if (vote !== 3 && vote !== -3) continue;
    if (vote === previous && recent === 0) recent = vote;
    else if (vote === previous && vote !== recent) {
      from = previousIndex + 1;
      break;
    }
    previous = vote;
    previousIndex = i;
  }
  let score = 0;
  for (let i = from; i < points.length; i++) score += monthEndVote(points[i].date);
  return score > 0;
}

/** Weekdays (Mon–Fri) before day number `day` since the Monday 1969-12-29; a weekend day maps to the next Monday. */
function businessIndex(day: number): number {
  const shifted = day + 3; // 1970-01-01 was a Thursday
  const week = math.floor(shifted / 7);
  return 5 * week + math.min(shifted - 7 * week, 5);
}

function isWeekend(day: number): boolean {
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday = 0
  return weekday >= 5;
}

/**
 * A daily series of working days: at least two weeks of rows and (almost) none
 * on a Saturday or Sunday. Counting its weekends as periods would add two
 * phantom days a week to every total.
 */
export function isBusinessDaySeries(points: readonly KpiPoint[]): boolean {
  if (points.length < 10) return false;
  const weekend = points.filter((p) => isWeekend(dayNumber(p.date))).length;
  return weekend <= points.length * 0.02;
}

/**
 * Puts points on the grid. Two dates in the same period: for a `level` KPI the
 * later one is the period's value; for a `total` KPI they add up.
 */
export function toGrid(points: readonly KpiPoint[], period: Period, aggregation: Aggregation): GridSeries {
  const anchor = points[0].date;
  const businessDays = period === 'day' && isBusinessDaySeries(points);
  const index: number[] = [];
  const value: number[] = [];
  // The anchor's day number once, not once per point (what `periodIndex` computes for days and weeks).
  const anchorDay = period === 'day' || period === 'week' ? dayNumber(anchor) : 0;
  for (const point of points) {
    const i = businessDays
      ? businessIndex(dayNumber(point.date))
      : period === 'day'
        ? dayNumber(point.date) - anchorDay
        : period === 'week'
          ? math.round((dayNumber(point.date) - anchorDay) / 7)
          : periodIndex(point.date, period, anchor);
    const last = index.length - 1;
    if (last >= 0 && index[last] === i) {
      value[last] = aggregation === 'total' ? value[last] + point.value : point.value;
    } else {
      index.push(i);
      value.push(point.value);
    }
  }
  return { period, index, value, lastDate: points[points.length - 1].date, businessDays, monthEnds: stampedOnMonthEnds(points, period) };
}

/**
 * Number of whole periods after `last` whose stamp date (last + k periods) is
 * on or before `deadline` (on a working-day grid: the working days in between):
 * the whole part of `periodsBetween` (core/dates.ts), the one rule REQUIREDPACE
 * counts by too — on day numbers, so a "9999-12-31" deadline (an open end)
 * never steps past the calendar.
 */
export function periodsUntil(last: IsoDate, deadline: IsoDate, period: Period, businessDays = false, monthEnds = false): number {
  const days = dayNumber(deadline) - dayNumber(last);
  if (!(days > 0)) return 0;
  if (businessDays) return businessIndex(dayNumber(deadline) + 1) - businessIndex(dayNumber(last) + 1);
  const whole = math.floor(periodsBetween(last, deadline, period));
  // On month ends the last stamp may pass a deadline EDATE's stamp did not (30 September + 1 quarter: 31 December, after a 30 December deadline).
  return monthEnds && whole > 0 && stepPeriods(last, period, whole, true) > deadline ? whole - 1 : whole;
}

/**
 * Stamp date of the k-th period after `last` (on a working-day grid: the k-th working day). A series stamped on month
 * ends (`monthEnds`, `GridSeries.monthEnds`) stays on month ends: a quarterly series ending 30 September is forecast at
 * 31 December and 31 March, not EDATE's 30/12 and 30/03 (fixes59).
 */
export function periodDate(last: IsoDate, period: Period, k: number, businessDays = false, monthEnds = false): IsoDate {
  if (!businessDays) return stepPeriods(last, period, k, monthEnds);
  // The k-th working day after `last`: invert the working-day index.
  const target = businessIndex(dayNumber(last) + 1) + k - 1;
  const week = math.floor(target / 5);
  return dayNumberToIso(7 * week + (target - 5 * week) - 3);
}

/** Fewest whole periods a per-period total is forecast from; fewer, and the goal keeps its window reading. */
const MIN_PERIOD_TOTALS = 4;

/**
 * Sums a summed series into consecutive windows (`windowOf(date)`: the window holding a day, its first and last day and
 * the date its total is stamped with) — whole windows only: a first window the history starts inside of, or a last one
 * it has not finished (nor one not over on `today`, its last day included: `periodOver`), would read as a low
 * total. A weekly row counts for the seven days from its date and, in longer windows, pro rata of the days of them each
 * window holds (a window of 16 October – 15 November gets 2/7 of the row of 11 October, not all of it or nothing): a
 * month is about 4.35 weeks, never 4 or 5 (docs/ARCHITECTURE.md, "Per-period goals"). Other rows count whole in the
 * window holding their date.
 */
/**
 * A deals log's week (`logPoints`, core/workbook/kpis.ts): the days its rows are dated and their sums, so a month's or a
 * quarter's total is the sum of the rows dated in it, not a pro rata of the weeks straddling its bounds (review 30:
 * $984,614 for a quarter whose deals summed to $969,100). Keyed by the week's point, which every filter keeps.
 */
export const LOG_DAYS = new WeakMap<KpiPoint, ReadonlyArray<readonly [IsoDate, number]>>();

function windowTotals(points: readonly KpiPoint[], own: Period, period: Period, windowOf: (date: IsoDate) => [IsoDate, IsoDate, IsoDate], today?: IsoDate): KpiPoint[] | null {
  const spread = own === 'week' && PERIOD_DAYS[period] > 7 ? 7 : 1;
  const totals: KpiPoint[] = [];
  let lastEnd = '';
  for (const point of points) {
    // A row counted whole (daily rows, or windows no longer than a week): one window, no day arithmetic.
    const end = spread === 1 ? point.date : addDays(point.date, spread - 1);
    const days = spread === 1 ? undefined : LOG_DAYS.get(point);
    for (let day = point.date; day <= end; ) {
      const [, to, stamp] = windowOf(day);
      const until = to < end ? to : end;
      const value =
        spread === 1 ? point.value : days ? days.reduce((sum, [date, v]) => (date >= day && date <= until ? sum + v : sum), 0) : (point.value * (dayNumber(until) - dayNumber(day) + 1)) / spread;
      const last = totals[totals.length - 1];
      if (last && last.date === stamp) last.value += value;
      else totals.push({ date: stamp, value });
      lastEnd = to;
      if (to >= end) break;
      day = addDays(to, 1);
    }
  }
  const first = points[0].date;
  if (totals.length > 0 && addDays(addPeriods(first, own, -1), spread - 1) >= windowOf(first)[0]) totals.shift();
  if (totals.length > 0 && addPeriods(points[points.length - 1].date, own, 1) <= lastEnd) totals.pop();
  while (today !== undefined && totals.length > 0 && !periodOver(windowOf(totals[totals.length - 1].date)[1], today)) totals.pop();
  return totals.length >= MIN_PERIOD_TOTALS ? totals : null;
}

/**
 * `points` (of period `own`) as one total per `period`, dated at each period's start (`windowTotals`): a quarter and a
 * year are the fiscal ones (`fiscalBlock`, the Settings' first month; 1: calendar), as the wizard's deadlines and the
 * report's quarters are. Null when the series is coarser than the period (monthly figures cannot say a week's).
 */
function wholeTotals(points: readonly KpiPoint[], own: Period, period: Period, today: IsoDate | undefined, fiscalStartMonth: number): KpiPoint[] | null {
  if (PERIOD_DAYS[own] > PERIOD_DAYS[period]) return null;
  let known: [IsoDate, IsoDate, IsoDate] = ['', '', ''];
  const windowOf = (date: IsoDate): [IsoDate, IsoDate, IsoDate] => {
    if (known[0] <= date && date <= known[1]) return known;
    const { start, end } = periodBounds(date, period, fiscalStartMonth);
    return (known = [start, end, start]);
  };
  return windowTotals(points, own, period, windowOf, today);
}

/**
 * A summed series as one total per `period`, dated at each period's start (`windowTotals`: whole periods only, a weekly
 * row spread over the days it covers; quarters and years fiscal under `fiscalStartMonth`, calendar by default). Null when
 * the series is coarser than the period (monthly figures cannot say a week's) or gives too few whole periods.
 */
export function periodTotals(points: readonly KpiPoint[], period: Period, today: IsoDate | undefined, fiscalStartMonth: number): KpiPoint[] | null {
  const own = detectPeriod(points);
  return own === null ? null : wholeTotals(points, own, period, today, fiscalStartMonth);
}

/** The periods a target can be one period's total of ("250,000 € per month"): the wizard offers them (`targetPeriods`), its context sends their latest totals. */
export const TARGET_PERIODS: readonly Period[] = ['week', 'month', 'quarter', 'year'];

/** An amount or a count: what adds up into one period's total (a rate does not). */
export function isPeriodAmountUnit(unit: Unit | null | undefined): boolean {
  return unit === 'currency' || unit === 'count';
}

/**
 * An amount's or a count's latest whole-period totals, one per TARGET_PERIODS the series is not coarser than (a month's
 * rows cannot say a week's), a period in progress on `today` left out, a sum past a double left out: what the wizard
 * says a "per quarter" target compares with and pre-fills, by `periodTotals`' rule and guard — the series' period
 * detected ONCE for the four (the sidebar's adapter detected it four times per KPI on each opening of the wizard, and
 * repeated the guard), the quarter and year fiscal.
 */
export function latestPeriodTotals(points: readonly KpiPoint[], today: IsoDate, fiscalStartMonth: number): Partial<Record<Period, KpiPoint>> {
  const out: Partial<Record<Period, KpiPoint>> = {};
  const own = detectPeriod(points);
  if (own === null) return out;
  for (const period of TARGET_PERIODS) {
    const totals = wholeTotals(points, own, period, today, fiscalStartMonth);
    const latest = totals ? totals[totals.length - 1] : null;
    // A column of ±1e308 sums to no number: nothing said rather than a non-finite value google.script.run refuses.
    if (latest && Number.isFinite(latest.value)) out[period] = latest;
  }
  return out;
}

/**
 * A summed series as one total per `period` whose windows END on `anchor`'s day (a deadline on 15 June: 16 May – 15 June,
 * 16 April – 15 May…), dated at each window's LAST day — whole windows only, as `periodTotals`. The last days fall in
 * distinct consecutive calendar periods (anchored on the 30th, first days drift: 31 January, 1 March, 31 March… and two
 * would share March on the grid), so `toGrid` files one window per grid period. Only a history finer than the period sums
 * so (a daily point is in exactly one window, a weekly one spread over the days it covers); null otherwise, or with too
 * few whole windows.
 */
export function anchoredTotals(points: readonly KpiPoint[], period: Period, anchor: IsoDate, today?: IsoDate): KpiPoint[] | null {
  const own = detectPeriod(points);
  if (own === null || PERIOD_DAYS[own] >= PERIOD_DAYS[period] || !isValidIsoDate(anchor)) return null;
  // Anchored on a month's last day (30 April), windows end on month ends (31 January, not EDATE's 30th): `stepPeriods`.
  const monthEnds = isMonthEnd(anchor);
  const step = (j: number): IsoDate => stepPeriods(anchor, period, j, monthEnds);
  // Window j covers (end(j − 1), end(j)]: from a guess within two windows, a few steps; dates come in order, so the window found last is mostly the one asked next.
  let known: [IsoDate, IsoDate, IsoDate] = ['', '', ''];
  const windowOf = (date: IsoDate): [IsoDate, IsoDate, IsoDate] => {
    if (known[0] <= date && date <= known[1]) return known;
    let j = math.floor((dayNumber(date) - dayNumber(anchor)) / PERIOD_DAYS[period]);
    for (let tries = 0; tries < 8 && step(j) < date; tries++) j++;
    for (let tries = 0; tries < 8 && step(j - 1) >= date; tries++) j--;
    const end = step(j);
    return (known = [addDays(step(j - 1), 1), end, end]);
  };
  return windowTotals(points, own, period, windowOf, today);
}

/** The whole-period totals a per-period goal is judged on, and the deadline's own window `from`–`to`. */
export interface DeadlineWindows {
  /** One total per window: dated at the window's last day when `anchored`, else at its calendar period's first day. */
  totals: KpiPoint[];
  from: IsoDate;
  to: IsoDate;
  /** Windows ending on the deadline's day (every `to` is stepPeriods(deadline, period, −k)), not calendar periods. */
  anchored: boolean;
}

/**
 * The period holding `deadline` (a quarter or a year the fiscal one under `fiscalStartMonth`). A fiscal quarter or year
 * holding the calendar's last day ends past it (from April: 10000-03-31): the calendar's own period there, as every date
 * past 9999-12-31 is refused (core/dates `withinCalendar`).
 */
function deadlineBounds(deadline: IsoDate, period: Period, fiscalStartMonth: number): { start: IsoDate; end: IsoDate } {
  return withinCalendar(() => periodBounds(deadline, period, fiscalStartMonth)) ?? periodBounds(deadline, period, 1);
}

/**
 * The calendar period a goal's window is exactly ("$800,000 in Q1 FY2028": 1 February – 30 April 2027 under a fiscal
 * year from February, the quarter), else null: Check goals, SMARTSCORE and the wizard judge such a window as that one
 * period's total (review 30), the question `deadlineWindows` answers for "$800,000 per quarter".
 */
export function windowPeriod(start: IsoDate, deadline: IsoDate, fiscalStartMonth: number): Period | null {
  return TARGET_PERIODS.find((period) => {
    const own = deadlineBounds(deadline, period, fiscalStartMonth);
    return own.start === start && own.end === deadline;
  }) ?? null;
}

/**
 * A total's window no longer than one of the history's own periods (Start = Deadline on weekly rows, a few days on
 * monthly ones) inside the tab's calendar period holding the deadline, or across two: that period, and whether the
 * window is only part of it (`partial`: the rows cannot say what those days added up to, so it is not judged — ruling W1); a window that is
 * the whole period is judged as that period's total, its `end` given to `deadlineWindows`. Needs a Start: a goal without
 * one is judged from today to its deadline, not by this rule.
 */
export function shortWindow(points: readonly KpiPoint[], start: IsoDate | null, deadline: IsoDate | null, fiscalStartMonth: number): ShortWindow | null {
  const own = detectPeriod(points);
  if (!own || !start || !deadline || start > deadline) return null;
  // One calendar period from the Start ends on the day before it stepped one period, month ends to month ends (15 February:
  // 14 March; 1 February: 28 February; 31 January: 28 February), not after PERIOD_DAYS (30.4375 days read 15 February –
  // 14 March, a calendar month, as part of two: mend60f). Past the calendar's last day no deadline reaches it.
  const oneLong = withinCalendar(() => stepPeriods(addDays(start, -1), own, 1));
  if (oneLong && deadline > oneLong) return null;
  // A window straddling two of the tab's periods (Fri 15 – Tue 19 January on Monday rows) is part of each: the tab cannot
  // judge it either (W1 amended by surf60: it was counted from its Start, the days of a period credited to it); one a
  // period long or more (Wed 13 – Tue 19 January) keeps that reading.
  const bounds = deadlineBounds(deadline, own, fiscalStartMonth);
  if (start < bounds.start && oneLong && deadline >= oneLong) return null;
  // Shorter than that period whichever day it ends on, whether or not its row is typed, whatever weekday the rows are
  // dated on: the tab cannot judge it (ruling W1, mend59f — surf59 tied this to the rows reaching the period, so the same
  // goal read "on track" or "insufficient data" by whether its row was typed, and Sunday-dated weeks escaped it).
  return { period: own, ...bounds, partial: start !== bounds.start || deadline < bounds.end };
}

/** A window no longer than one of the tab's periods (`shortWindow`): that period, `start`–`end`, holding the deadline. */
export interface ShortWindow {
  period: Period;
  start: IsoDate;
  end: IsoDate;
  /** The window is shorter than the period, so the tab cannot judge it (ruling W1). */
  partial: boolean;
}

/**
 * First day of the period that ends at `deadline`: its own period when it closes one (a quarter or a year the fiscal one
 * under `fiscalStartMonth`), else one period's length (from a month's last day, whole months: `stepPeriods`). The one
 * rule for Check goals' and SMARTSCORE's per-period windows and the anchored windows of `deadlineWindows`.
 */
export function periodEndingAt(deadline: IsoDate, period: Period, fiscalStartMonth: number): IsoDate {
  const own = deadlineBounds(deadline, period, fiscalStartMonth);
  return own.end === deadline ? own.start : addDays(stepPeriods(deadline, period, -1), 1);
}

/**
 * "30 leads per month by 15 June 2027": the window the goal's period is judged on. The period when the deadline closes
 * one (30 June: June; a quarter and a year the fiscal ones under `fiscalStartMonth`, core `fiscalBlock`: 30 April 2027
 * closes Q1 of a fiscal year from February); else, when the history is finer than the period (daily, weekly), the
 * period ending ON the deadline (16 May – 15 June; from a month's last day, month ends: `stepPeriods`), every past
 * window anchored the same way; else — a history recorded by that very period (monthly figures cannot say what
 * 16 May – 15 June added up to) — a period of the grid: the one holding the deadline, whose `to` then lies after it,
 * unless most of it lies after the deadline ("by 1 June": not June, which it has not begun, but May, the last one the
 * deadline completes; `to` before the deadline). Callers say which. Null with too few whole periods
 * (docs/ARCHITECTURE.md, "Per-period goals").
 */
export function deadlineWindows(points: readonly KpiPoint[], period: Period, deadline: IsoDate, today: IsoDate | undefined, fiscalStartMonth: number): DeadlineWindows | null {
  if (points.length === 0 || !isValidIsoDate(deadline)) return null;
  let bounds = deadlineBounds(deadline, period, fiscalStartMonth);
  if (bounds.end !== deadline) {
    const anchored = anchoredTotals(points, period, deadline, today);
    if (anchored) return { totals: anchored, from: periodEndingAt(deadline, period, fiscalStartMonth), to: deadline, anchored: true };
  }
  const totals = periodTotals(points, period, today, fiscalStartMonth);
  // Fewer than half of a period's nominal days (PERIOD_DAYS: 15 for a month, whatever its length) on or before the
  // deadline: the period before it ("by 15 June" and "by 15 July" both judge their own month, "by 14 July" June).
  if (dayNumber(deadline) - dayNumber(bounds.start) + 1 < math.floor(PERIOD_DAYS[period] / 2)) bounds = periodBounds(addDays(bounds.start, -1), period, fiscalStartMonth);
  return totals ? { totals, from: bounds.start, to: bounds.end, anchored: false } : null;
}
