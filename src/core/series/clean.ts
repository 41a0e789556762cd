/**
 * Turns rows as they come from a sheet range — [date, value] pairs that may be
 * unsorted, duplicated, blank, typed as text in either locale, Date objects
 * from another JS realm or serial numbers — into a clean, sorted KPI series,
 * and says which rows were left out and why.
 *
 * Rules (deterministic and independent of row order):
 * - a row whose date and value are both blank is skipped (reason `blank`);
 * - a row with an unreadable date or value is dropped with its reason; the first
 *   row is reported as `header` when neither cell reads (a header line);
 * - several rows on the same date are AVERAGED (reason `duplicate-date` for the
 *   extra rows): averaging, unlike "last row wins", does not depend on the order
 *   of the rows, so sorting or shuffling a range never changes a result. For a
 *   `total` KPI (`duplicates: 'sum'`) they are ADDED: a deals log with two deals
 *   on one day has two deals that day, not one;
 * - the result is sorted by date.
 */
import { dateToIso, ENGINE_ZONE, yearFirstDate, isoToDayNumber, isDateObject, namedFiscalBlock, serialToIso, twoDigitYear, utcTime, withinCalendar, type DateOrder, type ZoneOffset } from '../dates';
import { parseCellNumber, type NumberLang } from '../numbers';
import type { IsoDate, KpiPoint } from '../types';
import { isBlankCell, MONTH_WORDS, ownWord } from '../workbook/text';

export type DropReason = 'blank' | 'header' | 'missing-date' | 'missing-value' | 'invalid-date' | 'invalid-value' | 'duplicate-date';

/** How rows sharing a date combine: averaged (a level: a rate typed twice) or summed (a total: one row per deal). */
export type DuplicateRule = 'average' | 'sum';

export interface CleanedSeries {
  points: KpiPoint[];
  dropped: Array<{ index: number; reason: DropReason }>;
  /** The rows read, by date: their sum and count (a log of transactions is read per week from them: `logPoints`). */
  days: Map<IsoDate, { sum: number; count: number }>;
}

/** Serial numbers Sheets can show as dates: 1900-01-01 … 9999-12-31. */
const MIN_SERIAL = 2;
const MAX_SERIAL = 2958465;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads a date cell: Date object (its day in `zone`, the spreadsheet's time zone:
 * Sheets hands a date cell over as midnight of that day there — see `dateToIso`), serial number, or text: ISO `2026-03-31` (time part
 * ignored), `2026/03/31`, `2026年3月31日`, `2026. 03. 31.` (`yearFirstDate`), `31/03/2026` or `03/31/2026` in `order` (the
 * spreadsheet locale's, `localeDateOrder`; an unambiguous day > 12 wins either way), `2026-03` (month),
 * and period labels in French or English (see `parsePeriodLabel`).
 */
export function parseDateCell(value: unknown, lang: NumberLang, zone: ZoneOffset = ENGINE_ZONE, order: DateOrder = lang === 'en' ? 'mdy' : 'dmy', fiscalStartMonth = 1): IsoDate | null {
  if (isDateObject(value)) {
    const iso = dateToIso(value, zone);
    return iso && iso >= '0001-01-01' ? iso : null;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < MIN_SERIAL || value > MAX_SERIAL) return null;
    return serialToIso(value);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ymd = yearFirstDate(text, order);
  if (ymd) return ymd;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return validDate(Number(month[1]), Number(month[2]), 1);
  const slash = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (slash) {
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    const year = slash[3].length === 2 ? twoDigitYear(Number(slash[3])) : Number(slash[3]);
    const dayFirst = a > 12 ? true : b > 12 ? false : order === 'dmy';
    return dayFirst ? validDate(year, b, a) : validDate(year, a, b);
  }
  return parsePeriodLabel(text, fiscalStartMonth);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Period labels people type in KPI tabs, stamped at the period's first day:
 * "Jan 2026", "janvier 2026", "Nov-26", "3 nov. 2026", "November 3, 2026",
 * "Q1 2026" / "T1 2026", "2026-Q1", "2026-W45" / "S45 2026" (ISO week → its Monday). A quarter is the fiscal one under
 * the Settings' fiscal year (`namedFiscalBlock`, as Check goals' KPI rows and a Goals row's Start read it: fixes63).
 */
function parsePeriodLabel(raw: string, fiscalStartMonth: number): IsoDate | null {
  const text = fold(raw).replace(/\s+/g, ' ').trim();
  const quarter = /^(?:[qt]([1-4])[ -]?(\d{4})|(\d{4})[ -]?[qt]([1-4]))$/.exec(text);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[4]);
    const year = Number(quarter[2] ?? quarter[3]);
    return fiscalStartMonth > 1 ? withinCalendar(() => namedFiscalBlock(year, fiscalStartMonth, q).start) : validDate(year, 3 * q - 2, 1);
  }
  const week = /^(?:(\d{4})-?w(\d{1,2})|[ws](\d{1,2})[ -](\d{4}))$/.exec(text);
  if (week) return isoWeekMonday(Number(week[1] ?? week[4]), Number(week[2] ?? week[3]));
  const dayMonthYear = /^(\d{1,2})(?:er)? ([a-z]+)\.?,? (\d{4})$/.exec(text);
  if (dayMonthYear) {
    const month = ownWord(MONTH_WORDS, dayMonthYear[2]);
    return month ? validDate(Number(dayMonthYear[3]), month, Number(dayMonthYear[1])) : null;
  }
  const monthDayYear = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (monthDayYear) {
    const month = ownWord(MONTH_WORDS, monthDayYear[1]);
    return month ? validDate(Number(monthDayYear[3]), month, Number(monthDayYear[2])) : null;
  }
  const monthYear = /^([a-z]+)\.?[ -]('?\d{2}|\d{4})$/.exec(text);
  if (monthYear) {
    const month = ownWord(MONTH_WORDS, monthYear[1]);
    const digits = monthYear[2].replace("'", '');
    return month ? validDate(digits.length === 2 ? 2000 + Number(digits) : Number(digits), month, 1) : null;
  }
  return null;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): IsoDate | null {
  if (week < 1 || week > 53) return null;
  const jan4 = utcTime(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(jan4 + ((week - 1) * 7 - jan4Weekday) * 86_400_000);
  return validDate(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
}

/** `YYYY-MM-DD` of a calendar date, or null when it does not exist (31 April, 29 Feb 2026). Pure arithmetic: runs per row. */
function validDate(year: number, month: number, day: number): IsoDate | null {
  if (!(year >= 1 && year <= 9999) || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * The column of a history range holding its values: the second of two; of a wider range (a deals log: date, customer,
 * amount), its one column after the dates whose filled cells are mostly numbers, as Check goals reads such a tab's
 * columns (workbook/kpis.ts `detectKpiSeries`: 60 % of the filled cells); of several (date, actual, target), the first
 * that is neither ids nor the aim, as these formulas always read a wider range's second column. Null when a wider range
 * has none.
 */
export function valueColumn(rows: ReadonlyArray<readonly unknown[]>, lang: NumberLang): number | null {
  const width = rows[0]?.length ?? 0;
  if (width <= 2) return 1;
  const numeric: number[] = [];
  for (let c = 1; c < width; c++) {
    const [filled, numbers] = filledNumbers(rows, c, lang);
    if (numbers > 0 && numbers >= 0.6 * filled) numeric.push(c);
  }
  // Of several, not a column of ids ("Order #": 10230, 10231…) nor one headed as the aim ("Target", « Objectif »): "Date |
  // Target | Actual" is judged on its actuals (final read).
  const kept = numeric.length > 1 ? numeric.filter((c) => !isIdOrAim(rows, c, lang) && !segmentLabel(rows[0] ?? [], rows.slice(1), c, lang)) : numeric;
  return kept[0] ?? numeric[0] ?? null;
}

/**
 * A store's, a region's or a campaign's number ("Store": 101, 102…; « Magasin », "Region", "Campaign ID"): a label of
 * the row, not a value, on every surface — the formulas' history (`valueColumn`) and Check goals' tab reader
 * (core/workbook/kpis.ts) alike, so neither judges the store ids as the KPI (issue 11, surf48: ACHIEVABILITY read 101–103
 * as the history beside Check goals' sales). Sheets stores "101" typed in an Automatic cell as a number (Apps Script
 * `Range.getValues()` returns Number, String, Boolean or Date: developers.google.com/apps-script/reference/spreadsheet/range#getvalues),
 * so such a column reaches both as numbers. Whole numbers under a header naming ONE segment, differing between rows of
 * one date (unless the header marks ids: "Store ID" 101 on every row is one store's label, mend49b), AND beside another column of numbers that is no segment's (the values they label: a tab's only numeric
 * columns, "Warehouse | Store" stock, are never labels, mend48c) AND looking like ids: an id mark ("Store ID", « N°
 * magasin »), or a small set of codes repeated across dates (no more of them than rows on one date) in a tab whose rows
 * no text column labels already — "Date | Rep | Online | Store" in-store sales or "Date | Region | Site" counts of sites
 * stay values (mend48c). "Stores" or « Magasins » at 50, 52, 51 is a count (mend43c), "Store sales" an amount.
 * `rows` are the data rows only, their dates first.
 */
export function segmentLabel(headers: readonly unknown[], rows: ReadonlyArray<readonly unknown[]>, column: number, lang: NumberLang): boolean {
  const folded = segmentHeader(headers[column]);
  if (folded === null) return false;
  let valued = false;
  let labelled = false;
  for (let c = 1; c < headers.length; c++) {
    if (c === column) continue;
    const [filled, numbers] = filledNumbers(rows, c, lang);
    if (numbers > 0 && numbers >= 0.6 * filled) valued ||= segmentHeader(headers[c]) === null;
    else labelled ||= filled > 0 && numbers === 0;
  }
  if (!valued) return false;
  const byDate = new Map<unknown, number[]>();
  const codes = new Set<number>();
  let differs = false;
  for (const row of rows) {
    const value = parseValueCell(row[column], lang);
    if (value === null) continue;
    if (!Number.isInteger(value)) return false;
    const date = row[0] instanceof Date ? row[0].getTime() : row[0];
    const seen = byDate.get(date) ?? [];
    differs ||= seen.some((v) => v !== value);
    seen.push(value);
    byDate.set(date, seen);
    codes.add(value);
  }
  // A loop over the dates, not a spread of them (surf64: 125,000+ dates overflowed the call stack).
  let perDate = 0;
  for (const values of byDate.values()) perDate = Math.max(perDate, values.length);
  // A space in the header is its id mark ("store id", "n magasin"): `SEGMENT_HEADER` allows one segment word and a mark.
  // A header that says it holds ids is the label whatever its values — one store's "Store ID" 101 on every row too
  // (mend49b: BOTTOMUP multiplied it in as a driver, a 1e6 target reached by ×101).
  return folded.includes(' ') || (differs && !labelled && codes.size <= perDate && byDate.size > 1);
}

/** How many of column `c`'s cells are filled, and how many of those are numbers. */
function filledNumbers(rows: ReadonlyArray<readonly unknown[]>, c: number, lang: NumberLang): [number, number] {
  let filled = 0;
  let numbers = 0;
  for (const row of rows) {
    if (isBlankCell(row[c])) continue;
    filled++;
    if (parseValueCell(row[c], lang) !== null) numbers++;
  }
  return [filled, numbers];
}

/** A header naming one segment (`SEGMENT_HEADER`), folded, or null. */
function segmentHeader(head: unknown): string | null {
  if (typeof head !== 'string') return null;
  // "Ad set", "ad_group": one segment in two words (an ad platform's), whose space is no id mark ("Ad set ID" has one).
  const folded = fold(head).replace(/[\s_#.°-]+/g, ' ').trim().replace(/^ad (?=set|group)/, 'ad');
  return SEGMENT_HEADER.test(folded) ? folded : null;
}

/** The segment words a label column is headed by, singular, alone or with an id mark ("Store", "store_id", "Store number", « Code région », "Ad set"). */
const SEGMENT_HEADER =
  /^(?:(?:n|no|num|code|id) )?(?:store|shop|site|region|zone|campaign|segment|channel|magasin|boutique|agence|succursale|campagne|territoire|entrepot|warehouse|depot|branch|territory|country|canal|pays|source|team|equipe|promo|product|produit|adset|adgroup)(?: (?:n|no|num|number|numero|code|id))?$/;

const AIM_OR_ID_HEADER = /(?:^|[^a-z])(?:id|n°|target|goal|plan|budget|forecast|objecti[fv]e?s?|cibles?|prevision\w*)(?:[^a-z]|$)/;

function isIdOrAim(rows: ReadonlyArray<readonly unknown[]>, c: number, lang: NumberLang): boolean {
  const head = rows[0]?.[c];
  if (typeof head === 'string' && AIM_OR_ID_HEADER.test(fold(head))) return true;
  const values = rows.map((row) => parseValueCell(row[c], lang)).filter((v): v is number => v !== null);
  return values.length > 2 && values.every((v, i) => i === 0 || v === values[i - 1] + 1);
}

/** Reads a value cell: a finite number, or text as a cell of the sheet's locale reads it (`parseCellNumber`: "25 %", "1 234,5" in French, "$1,234.50", "(100)"). */
export function parseValueCell(value: unknown, lang: NumberLang): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseCellNumber(value, lang);
  return null;
}

export function cleanSeries(
  rows: ReadonlyArray<readonly unknown[]>,
  lang: NumberLang,
  duplicates: DuplicateRule = 'average',
  /** The spreadsheet's time zone, in which Date cells are read (see `dateToIso`). */
  zone: ZoneOffset = ENGINE_ZONE,
  /** The spreadsheet locale's order of typed numeric dates (`localeDateOrder`); default: the language's. */
  order?: DateOrder,
  /** The Settings' fiscal year: "Q3 2027" labels are its quarters. */
  fiscalStartMonth = 1,
): CleanedSeries {
  const dropped: CleanedSeries['dropped'] = [];
  const byDate = new Map<IsoDate, { sum: number; count: number }>();
  rows.forEach((row, index) => {
    const dateCell = Array.isArray(row) ? row[0] : undefined;
    const valueCell = Array.isArray(row) ? row[1] : undefined;
    const dateBlank = isBlankCell(dateCell);
    const valueBlank = isBlankCell(valueCell);
    if (dateBlank && valueBlank) {
      dropped.push({ index, reason: 'blank' });
      return;
    }
    const date = dateBlank ? null : parseDateCell(dateCell, lang, zone, order, fiscalStartMonth);
    const value = valueBlank ? null : parseValueCell(valueCell, lang);
    if (date === null && value === null && index === 0 && !dateBlank && !valueBlank) {
      dropped.push({ index, reason: 'header' });
      return;
    }
    if (dateBlank) return void dropped.push({ index, reason: 'missing-date' });
    if (date === null) return void dropped.push({ index, reason: 'invalid-date' });
    if (valueBlank) return void dropped.push({ index, reason: 'missing-value' });
    if (value === null) return void dropped.push({ index, reason: 'invalid-value' });
    const slot = byDate.get(date);
    if (slot) {
      slot.sum += value;
      slot.count += 1;
      dropped.push({ index, reason: 'duplicate-date' });
    } else {
      byDate.set(date, { sum: value, count: 1 });
    }
  });
  const points = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { sum, count }]) => ({ date, value: duplicates === 'sum' ? sum : sum / count }));
  return { points, dropped, days: byDate };
}

/** Value of the ASCII digit at `at` in `text`, or -1. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * `isIsoDate` without the regex's match array (same rules: four digits, '-', two digits, '-', two digits,
 * nothing else, a day of that month): the clean-history path checks every point of five years of days.
 */
function isIsoDateFast(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/** A valid `YYYY-MM-DD` (checked without building a Date: this runs for every point). */
function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/**
 * The points copied as they are when every one has a valid date and a finite value and the dates strictly
 * increase (what the add-on's own readers give, and most sheets): `normalizePoints` would return the same
 * (nothing dropped, no duplicate to merge, already sorted; a single value's average is itself) after a map
 * and a sort — five years of daily points every time a history is first assessed. Null otherwise.
 */
function alreadyNormal(history: readonly KpiPoint[]): KpiPoint[] | null {
  const points: KpiPoint[] = [];
  let previous = '';
  for (let i = 0; i < history.length; i++) {
    const point = history[i];
    const date = point?.date;
    const value = point?.value;
    if (!isIsoDateFast(date) || !(date > previous) || typeof value !== 'number' || !isFinite(value)) return null;
    points.push({ date, value });
    previous = date;
  }
  return points;
}

/**
 * Normalizes points that are already typed (KpiPoint[] from any caller), with
 * the same rules as `cleanSeries`: invalid dates and non-finite values are
 * dropped, duplicated dates averaged, the result sorted.
 */
export function normalizePoints(history: readonly KpiPoint[], duplicates: DuplicateRule = 'average'): KpiPoint[] {
  const ordered = alreadyNormal(history);
  if (ordered) return ordered;
  const byDate = new Map<IsoDate, { sum: number; count: number }>();
  for (const point of history) {
    const date = point?.date;
    const value = point?.value;
    if (!isIsoDate(date) || typeof value !== 'number' || !isFinite(value)) continue;
    const slot = byDate.get(date);
    if (slot) {
      slot.sum += value;
      slot.count += 1;
    } else {
      byDate.set(date, { sum: value, count: 1 });
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { sum, count }]) => ({ date, value: duplicates === 'sum' ? sum : sum / count }));
}

/**
 * Before 1900-03-01: Sheets' day zero (12/30/1899 — a blank cell formatted as a date, or a 0) and the serials before
 * the 1900 leap-year quirk are no dates anyone means in a KPI history.
 */
const FIRST_REAL_DATE = '1900-03-01';

/**
 * How many of the first points of a date-sorted history stand far before the rest, to be left out as the future rows
 * are: those dated before 1900-03-01, then leading points (at most five and a tenth of the history, at least one) separated
 * from the next by a gap over 20 times the series' usual (mean) spacing after it and over a year — "2015" typed for "2025"
 * in a monthly history. One such point turned a churn goal's 47 % chance into 3 % (review9 W2). Every surface reads
 * the history through `assess` (core/achievability), which applies it; Check goals names the dates in its notes.
 */
export function farPastCount(points: readonly KpiPoint[]): number {
  let cut = 0;
  while (cut < points.length && points[cut].date < FIRST_REAL_DATE) cut++;
  const rest = points.length - cut;
  if (rest < 4) return cut;
  const limit = Math.max(1, Math.min(5, Math.floor(rest / 10)));
  const day = (i: number): number => isoToDayNumber(points[cut + i].date);
  let gap = -1;
  for (let i = 0; i < limit; i++) if (day(i + 1) - day(i) > 366) gap = i;
  if (gap < 0) return cut;
  // The usual spacing: the mean one after the gap.
  const usual = (day(rest - 1) - day(gap + 1)) / Math.max(1, rest - gap - 2);
  for (let i = gap; i >= 0; i--) if (day(i + 1) - day(i) > Math.max(366, 20 * usual)) return cut + i + 1;
  return cut;
}
