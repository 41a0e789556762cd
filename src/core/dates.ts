/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so results never
 * depend on the machine's or the script's time zone. Core never reads the
 * clock: "today" is always passed in.
 */
import type { IsoDate, Period } from './types';

const MS_PER_DAY = 86_400_000;

/**
 * Epoch milliseconds of a UTC calendar time, like `Date.UTC` but for every year as written: `Date.UTC` (and
 * `new Date(y, m, d)`) read a year from 0 to 99 as 1900–1999 (ECMA-262, MakeFullYear), so 0050-03-01 became
 * 1950-03-01. Months and days out of range roll over as in `Date.UTC`. Use it for any year that comes from data.
 */
export function utcTime(year: number, monthIndex: number, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const whole = Math.trunc(year);
  if (!(whole >= 0 && whole <= 99)) return Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  // setUTCFullYear takes the year as it is (no 1900 mapping); setUTCHours then rolls any overflow of the time.
  date.setUTCFullYear(whole, monthIndex, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/**
 * The year a two-digit year typed in a cell names: 00–29 → 2000–2029, 30–99 → 1930–1999, the window the
 * emulator's typed-value parser uses for Sheets (src/local/emulator/values.ts) and Excel's and LibreOffice's
 * default (1930–2029). Google documents no window for typed dates; its DATE function reads years 0–1899 as
 * 1900 + year ("DATE", Docs Editors Help), so a typed 50 is 1950 either way. A year written with four digits
 * (0050) is that year.
 */
export function twoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/** Days since 1970-01-01 for a valid ISO date, or NaN. */
export function isoToDayNumber(iso: IsoDate): number {
  const fields = isoFields(iso);
  if (!fields) return NaN;
  const [y, mo, d] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  return daysFromCivil(y, mo, d);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (the inverse of civilFromDays, same source), any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number of 9999-12-31, the last day an ISO date of four digits can name. */
const LAST_ISO_DAY = 2_932_896;

/**
 * 31 December 9999, the last day of a Sheets date and of core's four-digit ISO dates. Google's DATE help
 * (support.google.com/docs/answer/3092969, *Notes*): "For years 1900 to 9999, Google Sheets will use that value as the
 * year … For years less than 0 or greater than 10,000, Google Sheets will return the #NUM! error value"; the serial of
 * 9999-12-31, 2,958,465, is the last one the 1900 date system maps to a day (ECMA-376, *Date Representation*: "The
 * upper-limit is December 31, 9999, which has serial value 2,958,465"; `MAX_SERIAL` in series/clean.ts).
 */
export const LAST_DAY: IsoDate = '9999-12-31';

/**
 * A date computed past `LAST_DAY` ("within 20 years" from 9990, the end of the next quarter from 31 December 9999):
 * the arithmetic below throws this instead of writing a day no cell can hold (it wrote "+010000-03-31", which the next
 * call refused with a bare RangeError). The statement analyser turns it into `StatementAnalysis.pastLastDate` (a
 * deadline no cell can hold, said by the Time-bound check); callers that take a date from the user catch it by its
 * class (`isPastLastDay`), never by its text.
 */
export class PastLastDay extends RangeError {
  constructor() {
    super('A date past 9999-12-31, the last day Sheets holds');
    this.name = 'PastLastDay';
  }
}

/** Whether `error` is the arithmetic's `PastLastDay` (by name too: an error crossing a realm fails `instanceof`). */
export function isPastLastDay(error: unknown): error is PastLastDay {
  return error instanceof PastLastDay || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PastLastDay');
}

/** `compute()`, or null when it reaches past 31 December 9999 (`PastLastDay`): a date arithmetic with no answer in the calendar. */
export function withinCalendar<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (isPastLastDay(error)) return null;
    throw error;
  }
}

export function dayNumberToIso(day: number): IsoDate {
  const whole = Math.round(day);
  if (whole >= 0 && whole <= LAST_ISO_DAY) return civilFromDays(whole);
  if (whole > LAST_ISO_DAY) throw new PastLastDay();
  return new Date(whole * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * 1970-01-01 + `day` days as "YYYY-MM-DD" by arithmetic (the proleptic Gregorian calendar in 400-year eras,
 * as in H. Hinnant's "chrono-compatible low-level date algorithms"): the same string as Date's
 * toISOString without building a Date — a daily history turns thousands of days into dates.
 */
function civilFromDays(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

export function isValidIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(isoToDayNumber(value));
}

/** Builds an ISO date from parts (month 1–12); out-of-range days roll over like Date.UTC (years 0–99 stay themselves). */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  // A real day of a four-digit year is written as it is (what the Date round trip gives, without building a Date: the
  // statement analyser makes several per statement); anything else rolls over through Date.
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  const time = utcTime(year, month - 1, day);
  // Past 31 December 9999 (a rolled-over day, a year of five digits — or beyond Date's range, NaN): no calendar day of ours.
  if (time > LAST_ISO_DAY * MS_PER_DAY + MS_PER_DAY - 1 || (Number.isNaN(time) && year > 9999)) throw new PastLastDay();
  return new Date(time).toISOString().slice(0, 10);
}

/** Character code of '0'. */
const ZERO = 48;

/**
 * The parts of `YYYY-MM-DD` — what `/^(\d{4})-(\d{2})-(\d{2})$/` captures, read from character codes (a regex exec per
 * date was a few per cent of the statement analyser) —, or null when the text (converted as exec converts it) has another shape.
 */
function isoFields(value: string): [number, number, number] | null {
  const iso = typeof value === 'string' ? value : String(value);
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = iso.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return [year, month, day];
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const fields = isoFields(iso);
  if (!fields) throw new RangeError(`Invalid ISO date: ${iso}`);
  return { year: fields[0], month: fields[1], day: fields[2] };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? NaN;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(iso) + days);
}

/** Adds calendar months, clamping the day to the target month's length (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoParts(iso);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return isoFromParts(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDayNumber(b) - isoToDayNumber(a);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(iso: IsoDate): number {
  const dow = new Date(isoToDayNumber(iso) * MS_PER_DAY).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function endOfMonth(iso: IsoDate): IsoDate {
  const { year, month } = isoParts(iso);
  return isoFromParts(year, month, daysInMonth(year, month));
}

/** Last day of the quarter containing `iso`. */
export function endOfQuarter(iso: IsoDate): IsoDate {
  const { year, month } = isoParts(iso);
  const lastMonth = Math.ceil(month / 3) * 3;
  return isoFromParts(year, lastMonth, daysInMonth(year, lastMonth));
}

export function endOfYear(iso: IsoDate): IsoDate {
  return `${isoParts(iso).year}-12-31`;
}

/**
 * The ISO weekday (1 Monday … 7 Sunday) a spreadsheet locale's week starts on: what its user calls "this week". Sheets'
 * own week functions start weeks on Sunday by default (WEEKNUM type 1, support.google.com/docs/answer/3294949; WEEKDAY,
 * support.google.com/docs/answer/3092985) and Google publishes no table by locale; we take Unicode CLDR's
 * supplemental weekData `firstDay` by territory (CLDR 48, as Node's ICU reads it: `new Intl.Locale('und-US').weekInfo`;
 * unicode.org/reports/tr35/tr35-dates.html#Week_Data): Sunday in `SUNDAY_TERRITORIES`, Saturday in
 * `SATURDAY_TERRITORIES`, Monday elsewhere (France, the UK, most of Europe and French-speaking Africa). A locale with no
 * territory takes its language's likeliest one's (en, ja, pt → Sunday; ar, fa → Saturday). No locale (the CLI without one, the evals,
 * the fixtures): Monday, the ISO week every reading had before locales were read. Only "this week", "next week", "end of
 * the week" and the wizard's week deadline follow it; weekly grids stay ISO (docs/ARCHITECTURE.md, *Weeks*).
 */
export type WeekStart = 1 | 6 | 7;
const SUNDAY_TERRITORIES = 'AGASBDBRBSBTBWBZCACODMDOETGTGUHKHNIDILINISJMJPKEKHKRLAMHMMMOMTMXMZNINPPAPEPHPKPRPTPYSASGSVTHTTTWUMUSVEVIWSYEZAZW';
const SATURDAY_TERRITORIES = 'AFBHDJDZEGIQIRJOKWLYOMQASDSY';
const pairs = (table: string, day: WeekStart): Array<[string, WeekStart]> => (table.match(/../g) ?? []).map((territory) => [territory, day]);
/** The two tables read once, on the first call (surf58: they were split into pairs on every call, once per sentence read). */
let weekStartByTerritory: Map<string, WeekStart> | undefined;
export function localeWeekStart(locale: string | null | undefined): WeekStart {
  const code = (locale ?? '').trim();
  const territory = /[_-]([A-Za-z]{2})\b/.exec(code)?.[1].toUpperCase() ?? (/^(?:en|ja|ko|he|iw|hi|th|id|in|pt|fil)$/i.test(code) ? 'US' : /^(?:ar|fa)$/i.test(code) ? 'EG' : '');
  weekStartByTerritory ??= new Map([...pairs(SATURDAY_TERRITORIES, 6), ...pairs(SUNDAY_TERRITORIES, 7)]);
  return weekStartByTerritory.get(territory) ?? 1;
}

/**
 * A goal's window runs from its Start to its Deadline, both days counted (`requiredPace` from the day before the Start,
 * `windowTotalShift`'s rows dated Start … Deadline): a Start ON the Deadline is a one-day window ("close 3 deals on
 * 15 January"), judged like any other; only a Start after the Deadline frames none. The one test of REQUIREDPACE,
 * ACHIEVABILITY / GOALVERDICT, Check goals and the wizard (surf58: REQUIREDPACE refused the one-day window the others
 * dropped, judging the total from today).
 */
export function startsAfterDeadline<T extends { start?: IsoDate | null; deadline?: IsoDate | null }>(m: T): m is T & { start: IsoDate; deadline: IsoDate } {
  return !!m.start && !!m.deadline && m.start > m.deadline;
}

/** Last day of the week holding `iso`, weeks starting on `weekStart` (`localeWeekStart`; default Monday: the ISO week's Sunday). */
export function endOfWeek(iso: IsoDate, weekStart: WeekStart = 1): IsoDate {
  return addDays(iso, (weekStart + 6 - isoWeekday(iso)) % 7);
}

/**
 * The fiscal block of `months` months (3: a quarter, 6: a half, 12: a year) holding `iso`, under a fiscal year starting
 * in `fiscalStartMonth` (Settings; 1 = calendar blocks): its first and last day and its number in the fiscal year (a
 * fiscal year from April: 15 August is in Q2, 1 July – 30 September). The one rule the wizard's deadlines, its period
 * totals and their names follow, and the alignment's quarter helpers (core/alignment/quarters.ts) are read from. The last day is written from its
 * month, never as the next block's first day minus one, so a block ending on 31 December 9999 has its end.
 */
export function fiscalBlock(iso: IsoDate, months: 3 | 6 | 12, fiscalStartMonth: number): { start: IsoDate; end: IsoDate; n: number } {
  const { year, month } = isoParts(iso);
  const first = Number.isInteger(fiscalStartMonth) && fiscalStartMonth >= 1 && fiscalStartMonth <= 12 ? fiscalStartMonth : 1;
  const into = (month - first + 12) % 12;
  // Months since year 0 of the block's first and last month.
  const startMonth = year * 12 + month - 1 - (into % months);
  const endMonth = startMonth + months - 1;
  const endYear = Math.floor(endMonth / 12);
  return {
    start: isoFromParts(Math.floor(startMonth / 12), (startMonth % 12) + 1, 1),
    end: isoFromParts(endYear, (endMonth % 12) + 1, daysInMonth(endYear, (endMonth % 12) + 1)),
    n: Math.floor(into / months) + 1,
  };
}

/**
 * Fiscal year `year` — named after the calendar year it ends in: FY2027 under an April start is 1 April 2026 – 31 March
 * 2027, the calendar year under a January one — or its quarter `quarter` (its half with `months` 6: "H1 2027" is April –
 * September 2026, fixes64), by `fiscalBlock`'s rule: one reading of "FY27", "Q4 2027" and "H2 2027" for goal sentences
 * (core/statement/dates.ts) and Deadline cells (core/workbook/cells.ts).
 */
export function namedFiscalBlock(year: number, fiscalStartMonth: number, quarter?: number, months: 3 | 6 = 3): { start: IsoDate; end: IsoDate } {
  const last = fiscalBlock(isoFromParts(year, ((fiscalStartMonth + 10) % 12) + 1, 1), 12, fiscalStartMonth);
  return quarter ? fiscalBlock(addMonths(last.start, months * (quarter - 1)), months, fiscalStartMonth) : last;
}

/**
 * Whether a period ending on `lastDay` is over on `today`, the spreadsheet's day: only once its last day is past. A
 * date cell holds a day in the spreadsheet's time zone, and today is that zone's day (the adapters format now in
 * the spreadsheet's zone: src/gas/workbook/env.ts `todayIn`), so on a week's Sunday or a month's last day its
 * rows may still be coming in: the period still runs (fixes63; it counted as whole, a part-day read as the last day's).
 * One rule for the weekly totals of a log (`logPoints`) and the per-period totals (`windowTotals`).
 */
export function periodOver(lastDay: IsoDate, today: IsoDate): boolean {
  return lastDay < today;
}
/** First day of the period containing `iso` (weeks start on `weekStart`, Monday unless told: `localeWeekStart`). */
export function startOfPeriod(iso: IsoDate, period: Period, weekStart: WeekStart = 1): IsoDate {
  const { year, month } = isoParts(iso);
  switch (period) {
    case 'day':
      return iso;
    case 'week':
      return addDays(iso, -((isoWeekday(iso) - weekStart + 7) % 7));
    case 'month':
      return isoFromParts(year, month, 1);
    case 'quarter':
      return isoFromParts(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
    case 'year':
      return isoFromParts(year, 1, 1);
  }
}

/** Last day of the period containing `iso` (a week's as `endOfWeek`). */
export function endOfPeriod(iso: IsoDate, period: Period, weekStart: WeekStart = 1): IsoDate {
  switch (period) {
    case 'day':
      return iso;
    case 'week':
      return endOfWeek(iso, weekStart);
    case 'month':
      return endOfMonth(iso);
    case 'quarter':
      return endOfQuarter(iso);
    case 'year':
      return endOfYear(iso);
  }
}

/** Moves `iso` by `count` periods. */
export function addPeriods(iso: IsoDate, period: Period, count: number): IsoDate {
  switch (period) {
    case 'day':
      return addDays(iso, count);
    case 'week':
      return addDays(iso, 7 * count);
    case 'month':
      return addMonths(iso, count);
    case 'quarter':
      return addMonths(iso, 3 * count);
    case 'year':
      return addMonths(iso, 12 * count);
  }
}

/** Whether `iso` is its month's last day (30 September, 28 February 2027, 29 February 2028). */
export function isMonthEnd(iso: IsoDate): boolean {
  return endOfMonth(iso) === iso;
}

/**
 * `addPeriods` for dates that stand for a period's end: from a month's last day, months, quarters and years step to
 * month ends (30 September + 1 quarter = 31 December, 30 April − 3 months = 31 January), as a person counts quarters and
 * as EOMONTH does; EDATE's `addPeriods` kept the 30th (30 December, 30 January: a quarter's forecast dated 30/12, a
 * fiscal quarter judged from 31 January). `monthEnds` defaults to whether `iso` is one; a series stamped on the 28th
 * passes false for its 28 February. Other days and days/weeks step as `addPeriods`.
 */
export function stepPeriods(iso: IsoDate, period: Period, count: number, monthEnds = isMonthEnd(iso)): IsoDate {
  const moved = addPeriods(iso, period, count);
  return monthEnds && period !== 'day' && period !== 'week' ? endOfMonth(moved) : moved;
}

/**
 * First and last day of the period holding `iso`, a quarter and a year the fiscal ones under a fiscal year starting in
 * `fiscalStartMonth` (`fiscalBlock`; 1: calendar), as Check goals' windows, the period totals and the report name them.
 */
export function periodBounds(iso: IsoDate, period: Period, fiscalStartMonth: number): { start: IsoDate; end: IsoDate } {
  if (period === 'quarter' || period === 'year') {
    const { start, end } = fiscalBlock(iso, period === 'quarter' ? 3 : 12, fiscalStartMonth);
    return { start, end };
  }
  return { start: startOfPeriod(iso, period), end: endOfPeriod(iso, period) };
}

/**
 * Periods from `start` to `end`, ONE rule for REQUIREDPACE and the plan report's pace (fixes48: REQUIREDPACE counted
 * days ÷ 30.44 rounded — 1 January → 15 March was 2 months — while the report counts calendar months from the KPI row's
 * month): the whole periods Sheets' EDATE steps from `start` (31 January + 1 month = 28 February, as `addMonths`), plus
 * the days left as a fraction of the next step (1 January → 15 March: 2 + 14/31 months); two month-ends are whole months
 * apart (28 February → 31 March, 30 April → 31 May: one month, as a person counts them). Days and weeks are exact
 * (23 days = 3 2/7 weeks). Its whole part is `periodsUntil`'s (series/period.ts, the forecast horizon the report's pace
 * is over). Day numbers only, no loop and no ISO date written, so an end up to 9999-12-31 needs no later day; 0 when
 * `end` is not after `start`.
 */
export function periodsBetween(start: IsoDate, end: IsoDate, period: Period): number {
  const from = isoToDayNumber(start);
  const to = isoToDayNumber(end);
  if (!(to > from)) return 0;
  if (period === 'day' || period === 'week') return (to - from) / (period === 'day' ? 1 : 7);
  const step = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const a = isoParts(start);
  const b = isoParts(end);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (a.day === daysInMonth(a.year, a.month) && b.day === daysInMonth(b.year, b.month)) return months / step;
  // The day `start` + n months lands on (EDATE: the day clamped to the month's length), as a day number.
  const at = (n: number): number => {
    const total = a.year * 12 + (a.month - 1) + n;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    return daysFromCivil(year, month, Math.min(a.day, daysInMonth(year, month)));
  };
  let k = Math.floor(months / step);
  if (at(k * step) > to) k--;
  const base = at(k * step);
  return k + (to - base) / (at((k + 1) * step) - base);
}

/** Nominal length of a period in days, for horizon arithmetic. */
export const PERIOD_DAYS: Readonly<Record<Period, number>> = {
  day: 1,
  week: 7,
  month: 30.4375,
  quarter: 91.3125,
  year: 365.25,
};

/** The periods, finest first: one list for the code that walks them and for reading one from a request. */
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** `value` when it is one of the PERIODS (a period the sidebar sends as a string), else null. */
export function periodOrNull(value: unknown): Period | null {
  return PERIODS.find((period) => period === value) ?? null;
}

/** Cross-realm Date check: `instanceof Date` fails for Dates made in another realm (node:vm, iframes). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A time zone as core sees it: the UTC offset, in minutes east of Greenwich, in force at an
 * instant (epoch milliseconds). Core never looks a zone up itself: the Apps Script adapter
 * passes the SPREADSHEET's zone (src/gas/functions/zone.ts), the CLI the workbook's.
 */
export type ZoneOffset = (epochMs: number) => number;

/** UTC: no offset. */
export const UTC_ZONE: ZoneOffset = () => 0;

/**
 * The zone of the JavaScript engine running the code (the script's zone in Apps Script, the
 * process's in Node). Only right for Dates this code built itself from calendar fields
 * (`new Date(y, m, d)`); a date cell from Sheets must be read in the spreadsheet's zone.
 */
export const ENGINE_ZONE: ZoneOffset = (epochMs) => -new Date(epochMs).getTimezoneOffset();

/**
 * THE rule for dates crossing between Sheets and the add-on, used on every path (custom
 * functions, series cleaning, Check goals, report, sidebar, CLI):
 * - reading: a Date's calendar day is the day it shows in the spreadsheet's zone (Sheets hands
 *   a date cell over as midnight of that day in the spreadsheet's zone, whatever the script's);
 * - writing: a day goes back as midnight of that day in the spreadsheet's zone (`zonedMidnight`),
 *   which Sheets displays as that day.
 * Null for an invalid Date or one outside years 0000–9999.
 */
export function dateToIso(date: Date, zone: ZoneOffset = ENGINE_ZONE): IsoDate | null {
  if (!isDateObject(date)) return null;
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const offset = zone(time);
  if (!Number.isFinite(offset)) return null;
  const day = Math.floor((time + offset * 60_000) / MS_PER_DAY);
  // 1970-01-01 … 9999-12-31: a valid ISO date by construction, no need to parse it back.
  if (day >= 0 && day <= LAST_ISO_DAY) return dayNumberToIso(day);
  if (Math.abs(day) > 1e8 || day > LAST_ISO_DAY) return null;
  const iso = dayNumberToIso(day);
  return isValidIsoDate(iso) ? iso : null;
}

/** Epoch milliseconds of midnight starting `iso` in `zone` (NaN for an invalid date). */
export function zonedMidnight(iso: IsoDate, zone: ZoneOffset): number {
  const wall = isoToDayNumber(iso) * MS_PER_DAY;
  if (Number.isNaN(wall)) return NaN;
  // Two passes: the offset at the wall time read as UTC may differ from the one at the instant (DST).
  const first = wall - zone(wall) * 60_000;
  const second = wall - zone(first) * 60_000;
  // Midnight skipped by a DST jump (a few zones): the first instant of that day.
  return dateToIso(new Date(second), zone) === iso ? second : first;
}

/** Google Sheets / Excel serial day number (1899-12-30 epoch) → ISO date. */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial) - 25569;
  // A number typed as a date (20260630) is no date: past Date's ±10^8 days it would throw, past year 9999 it is no ISO date.
  if (Math.abs(day) > 1e8 || day > LAST_ISO_DAY) return null;
  const iso = dayNumberToIso(day);
  return isValidIsoDate(iso) ? iso : null;
}

export function isoToSerial(iso: IsoDate): number {
  return isoToDayNumber(iso) + 25569;
}

/**
 * The order of day and month in a numeric date typed as text ("04/05/2026"): day first, month first, or year first
 * ("2026/06/30": ja, zh, ko, hu — read as "mdy" when the year comes last, the month before the day as in their CLDR
 * Md patterns "M/d", "M. d.").
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * Locales whose typed numeric dates are month first. Google's help says the spreadsheet locale sets "formatting
 * details" such as dates ("Change a spreadsheet's locale, time zone, calculation settings, and language",
 * support.google.com/docs/answer/58515) but publishes no table of orders; we take each locale's short date pattern
 * from Unicode CLDR (the locale data Google's products share): M/d/y only for the United States (en_US and its
 * territories, es_US), the Philippines (en_PH, fil) and Micronesia/Marshall Islands (en_FM, en_MH). en_CA stays month
 * first, as before locales were read: CLDR 48 gives it no day-first pattern (short y-MM-dd, medium "MMM d, y", Md
 * MM-dd — month before day in each) and nothing from Sheets says it reads "04/05/2027" as 4 May. Every other
 * locale but the year-first ones below — en_GB, en_AU, en_IN, en_IE, en_NZ, fr_FR, de_*… — writes the day first.
 */
/**
 * Year first, and month before day when the year comes last: the locales whose CLDR 48 short date pattern starts with
 * the year and whose Md pattern puts the month first (read from Node's ICU 78.2 / CLDR 48: `Intl.DateTimeFormat(l,
 * { dateStyle: 'short' })` and `{ month: 'numeric', day: 'numeric' }`): y/MM/dd + M/d (ja), y/M/d + M/d (zh_CN,
 * zh_TW; not zh_HK/MO/SG, d/M/y; yue_HK), yy. M. d. + M. d. (ko), y. MM. dd. + M. d. (hu), y-MM-dd + MM-dd (lt,
 * fr_CA, si), y/MM/dd + MM/dd (en_ZA), y.MM.dd (mn), yy/M/d + M/d (eu). Left day first though their short date is
 * y-MM-dd, for their Md is day first: sv_SE (d/M), af (dd-MM), en_SE (dd/MM); en_CA is month first (MM-dd; its
 * English dates "MMM d, y"). A year-first text date is read year first in every locale (`yearFirstDate`).
 */
const YEAR_FIRST_LOCALE = /^(?:ja|ko|hu|lt|mn|eu|si|yue|fr[_-]CA|en[_-]ZA|zh(?![_-](?:Hant[_-])?(?:HK|MO|SG)\b))(?![a-z])/i;
const MONTH_FIRST_LOCALE = /^(?:en[_-](?:US|AS|GU|MP|PR|UM|VI|PH|FM|MH|CA)|es[_-]US|fil(?:[_-]PH)?|en)$/i;

/**
 * The order a spreadsheet locale reads "04/05/2026" in; without a locale (''), the language's usual order (English
 * month first, as before locales were read).
 */
/**
 * A numeric date typed year first, as CLDR's year-first patterns write it: "2026/06/30", "2026.6.30" (ja, zh, mn), and
 * one-digit ISO parts, "2026-6-30" (DATEVALUE's own example form; audit66: a deadline argument refused it),
 * "2026. 06. 30." (hu: y. MM. dd.), "2026年6月30日" (ja, zh: y年M月d日), "2026년 6월 30일" (ko: y년 M월 d일, spaces optional), and
 * ko's short "26. 6. 30." (yy. M. d.: a two-digit year only in that spaced form, and only where the locale writes the
 * year first, `order` 'ymd': elsewhere "30. 06. 26." is no date rather than 26 June 1930). Null when the text is no such
 * date or the calendar has no such day ("2026年2月30日").
 */
export function yearFirstDate(text: string, order?: DateOrder): IsoDate | null {
  const trimmed = text.trim();
  const m = /^(\d{4}|\d\d(?=\. ))[/.年년] ?(\d{1,2})[/.月월] ?(\d{1,2})[.日일]?$/.exec(/^\d{4}-\d\d?-\d\d?$/.test(trimmed) ? trimmed.replace(/-/g, '/') : trimmed);
  if (!m || (m[1].length < 4 && order !== 'ymd')) return null;
  const year = m[1].length === 2 ? twoDigitYear(Number(m[1])) : Number(m[1]);
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? isoFromParts(year, month, day) : null;
}

export function localeDateOrder(locale: string | null | undefined, lang: 'fr' | 'en'): DateOrder {
  const code = (locale ?? '').trim();
  if (code === '') return lang === 'fr' ? 'dmy' : 'mdy';
  return MONTH_FIRST_LOCALE.test(code) ? 'mdy' : YEAR_FIRST_LOCALE.test(code) ? 'ymd' : 'dmy';
}

/** The locales whose CLDR 48 short date is ISO y-MM-dd whatever their reading order: en_CA, fr_CA, sv (not sv_FI), lt. */
const ISO_SHORT_DATE_LOCALE = /^(?:en[_-]CA|fr[_-]CA|sv(?![_-]FI)|lt)/i;

/**
 * THE date format of every date cell the add-on writes — the example workbook, the wizard's Start and Deadline, the plan
 * report — whatever the language of its words: the spreadsheet locale's short date, as Sheets' own "Format > Number >
 * Date" shows it there. CLDR 48 short patterns (Node 20's ICU: `Intl.DateTimeFormat(l, { dateStyle: 'short' })`):
 * M/d/yy in en_US → m/d/yyyy, dd/MM/y in en_GB and fr_FR → dd/mm/yyyy, y-MM-dd in fr_CA and en_CA → yyyy-mm-dd (a
 * French-Canadian sheet wrote 03/12/2026 where its own dates read 2026-12-03), y/MM/dd in ja, zh, ko, hu → yyyy/mm/dd;
 * a four-digit year everywhere (the pattern letters are Sheets': developers.google.com/sheets/api/guides/formats).
 * `order` is `localeDateOrder(locale)`.
 */
export function cellDateFormat(locale: string | null | undefined, order: DateOrder): string {
  if (ISO_SHORT_DATE_LOCALE.test(locale ?? '')) return 'yyyy-mm-dd';
  return order === 'ymd' ? 'yyyy/mm/dd' : order === 'mdy' ? 'm/d/yyyy' : 'dd/mm/yyyy';
}
