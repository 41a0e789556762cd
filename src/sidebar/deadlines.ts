/**
 * Deadline presets, fiscal-year aware: a company whose year starts in April
 * ends its "quarter" in June, September, December or March.
 */
import { addDays, endOfPeriod, fiscalBlock, type WeekStart } from '../core/dates';
import type { IsoDate, Period } from '../core/types';

export type DeadlinePreset = 'nextPeriod' | 'month' | 'quarter' | 'nextQuarter' | 'half' | 'year' | 'nextWeek' | 'nextYear' | 'proposed';

export interface DeadlineOption {
  preset: DeadlinePreset;
  date: IsoDate;
}

/** The presets of the target step, earliest first, and the date it proposes among them (`defaultDeadline`). */
export interface DeadlineChoices {
  options: DeadlineOption[];
  proposal: IsoDate;
}

/** Last day of the fiscal block of `months` months (3 = quarter, 6 = half, 12 = year) containing `today` (core `fiscalBlock`). */
export function endOfFiscalBlock(today: IsoDate, fiscalStartMonth: number, months: 3 | 6 | 12): IsoDate {
  return fiscalBlock(today, months, fiscalStartMonth).end;
}

/**
 * The end of the period after the one containing `today` ("next week" for a weekly KPI), weeks starting on the
 * spreadsheet locale's first day (`SidebarContext.weekStart`: a US "End of next week" is a Saturday, a French one a Sunday).
 */
export function endOfNextPeriod(today: IsoDate, period: Period, weekStart: WeekStart = 1): IsoDate {
  return endOfPeriod(addDays(endOfPeriod(today, period, weekStart), 1), period, weekStart);
}

/** The end of the fiscal block after the one containing `from` ("next quarter", "next fiscal year"). */
export function endOfNextFiscalBlock(from: IsoDate, fiscalStartMonth: number, months: 3 | 6 | 12): IsoDate {
  return endOfFiscalBlock(addDays(endOfFiscalBlock(from, fiscalStartMonth, months), 1), fiscalStartMonth, months);
}

/**
 * Presets by date, one per date, never today itself (a goal due today cannot be planned) — the deadline the target step
 * proposes among them (`defaultDeadline`, from the KPI's `latest` row), named: a yearly KPI's "end of next fiscal year", a
 * daily KPI's "end of next week", else (a latest row dated ahead of today) "the KPI's next period". It was missing for
 * those, and the preset list said "Another date…" beside the date proposed.
 */
export function deadlineOptions(today: IsoDate, fiscalStartMonth: number, period: Period | null, latest: IsoDate | null = null, weekStart: WeekStart = 1): DeadlineChoices {
  // On the last day of a month (quarter, year) "end of this month" means the next one.
  const tomorrow = addDays(today, 1);
  const upcoming = (end: (from: IsoDate) => IsoDate): IsoDate => {
    const date = end(today);
    return date > today ? date : end(tomorrow);
  };
  const options: DeadlineOption[] = [];
  // A quarterly KPI's "next period" is the next quarter: the fiscal one below, not a calendar one beside it.
  if (period && period !== 'year' && period !== 'quarter') options.push({ preset: 'nextPeriod', date: endOfNextPeriod(today, period, weekStart) });
  options.push({ preset: 'month', date: upcoming((from) => endOfPeriod(from, 'month')) });
  options.push({ preset: 'quarter', date: upcoming((from) => endOfFiscalBlock(from, fiscalStartMonth, 3)) });
  // "Churn 45 % → 20 % next quarter" (the article's example): the end of the (fiscal) quarter after today's — on a
  // quarter's last day the date "this quarter" rolls on to, which then keeps this label.
  options.push({ preset: 'nextQuarter', date: endOfNextFiscalBlock(today, fiscalStartMonth, 3) });
  options.push({ preset: 'half', date: upcoming((from) => endOfFiscalBlock(from, fiscalStartMonth, 6)) });
  options.push({ preset: 'year', date: upcoming((from) => endOfFiscalBlock(from, fiscalStartMonth, 12)) });
  const proposal = defaultDeadline(today, fiscalStartMonth, period, latest, weekStart);
  if (!options.some((o) => o.date === proposal)) {
    const preset = proposal === endOfNextPeriod(today, 'week', weekStart) ? 'nextWeek' : proposal === endOfNextFiscalBlock(today, fiscalStartMonth, 12) ? 'nextYear' : 'proposed';
    options.push({ preset, date: proposal });
  }
  // When two presets fall on the same day, keep the broader one ("end of the fiscal year" says more than "end of next month").
  const seen = new Set<string>();
  const kept: DeadlineOption[] = [];
  for (const option of [...options].reverse()) {
    if (seen.has(option.date)) continue;
    seen.add(option.date);
    kept.unshift(option);
  }
  // Earliest first: the next quarter can end after this half-year or this fiscal year.
  return { options: kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), proposal };
}

/**
 * The deadline the target step proposes: the end of the first WHOLE period of the KPI that starts after today and after
 * the latest data point — on 3 December with a monthly KPI whose latest row is November, the end of January, not
 * "the end of this month" (4 days away, a month with no data yet: the realism step would judge a goal due at once and
 * the forecast would have no new period to reach). The article's goals are "30 % next week" on a weekly close rate and
 * "next quarter" on a quarterly churn: one whole period of the KPI ahead. A daily KPI counts in weeks (a goal due
 * tomorrow is no plan), a quarter and a year are the fiscal ones (`endOfFiscalBlock`), a KPI without a period (a
 * catalog KPI, no tab) in months. A latest row dated after today (a month stamped on its last day, a forecast row) moves
 * it on: never in the past, never before the latest data.
 */
export function defaultDeadline(today: IsoDate, fiscalStartMonth: number, period: Period | null, latest: IsoDate | null, weekStart: WeekStart = 1): IsoDate {
  const from = latest && latest > today ? latest : today;
  switch (period ?? 'month') {
    case 'quarter':
      return endOfNextFiscalBlock(from, fiscalStartMonth, 3);
    case 'year':
      return endOfNextFiscalBlock(from, fiscalStartMonth, 12);
    case 'day':
    case 'week':
      return endOfNextPeriod(from, 'week', weekStart);
    case 'month':
      return endOfNextPeriod(from, 'month');
  }
}
