/**
 * Deadlines and start dates, resolved against the as-of date.
 *
 * A small chrono-like pipeline: our own period parsers run first (quarters,
 * semesters, fiscal years, "end of …", "next quarter", "within 90 days",
 * month names, slash dates whose day/month order depends on the language),
 * then chrono-node (English and French locales only, to keep the bundle
 * small) for day-level dates ("June 30, 2027", "le 1er mars"), ISO dates and
 * weekdays — and only when the text has a date-like token, because most
 * statements have none and chrono is the slowest step. Results overlapping
 * an earlier match are dropped, and so are chrono's readings of times
 * ("2M" = 2 a.m.) and of ambiguous tokens ("sept" = seven) without a cue.
 *
 * Conventions (documented in the user help too):
 * - a deadline is the END of the named period: "end of Q2" → 30 June,
 *   "next week" → the last day of next week, weeks starting on the
 *   spreadsheet locale's first day (`localeWeekStart`: a US week ends on
 *   Saturday, a French one and the default on Sunday), "next month" → its
 *   last day, "T4 2027" → 2027-12-31, "June 2027" → 2027-06-30;
 * - a duration counts from the as-of date: "within 90 days" → as-of + 90
 *   days, "in the next six months" → as-of + 6 months;
 * - a period named without a year is the next one that has not ended
 *   ("end of Q2" in November → Q2 of next year);
 * - fiscal year N ends in calendar year N: with a fiscal year starting in
 *   April, "FY2027" ends on 2027-03-31;
 *   one written over the two years it spans ("FY 2026/2027", "exercice
 *   2026-2027") is named after the second: 2027-03-31 with an April start,
 *   2027-12-31 with the default January start (the year it ends in), which
 *   no fiscal year over two calendar years can have: the time-bound check
 *   says so (ambiguousFiscalYear) rather than be up to a year late in silence;
 * - a date introduced by "starting", "from", "à partir de", "dès"… is a
 *   start, never a deadline;
 * - "next year" after a day or a month named without its year moves it a
 *   year ("by June 30th next year"), never a duration ("within 3 months,
 *   next year we double it");
 * - a two-digit numeric year is read forward, in as-of's century
 *   ("12/31/30" → 2030: sentenceYear), a cell keeps the cell reader's rule;
 * - a date the calendar does not have ("31 June 2027") is reported
 *   (impossibleDate → the time-bound check), never dropped in silence.
 */
// Each language's `parse` (its casual parser) by name: a namespace import made the bundle carry each locale's table of
// exports, and their unused members with it (trim28: −587 bytes).
import { parse as chronoParseEn } from 'chrono-node/en';
import { casual as chronoFr, parse as chronoParseFr } from 'chrono-node/fr';
import { addDays, addMonths, addPeriods, daysInMonth, endOfPeriod, isoFromParts, isoParts, isoToDayNumber, isoWeekday, isPastLastDay, isValidIsoDate, fiscalBlock, LAST_DAY, namedFiscalBlock, PastLastDay, PERIOD_DAYS, startOfPeriod, type WeekStart } from '../dates';
import type { IsoDate, Lang, Period } from '../types';
import { COUNT_SOURCE, countValue, oneByte, overlapsAny, type PreparedText, type Span, textAfter, textBefore } from './text';
import { MONTH_WORDS } from '../workbook/text';

/**
 * chrono-node 2.10's French parsers of « il y a 3 jours », « dans 3 jours », « les 3 prochains jours », « demain » and
 * « ce soir » return a new RegExp each time their pattern is asked for (`new RegExp(…)`, or a regex literal, which is a
 * new object at each evaluation), so the word-boundary wrapper's cache — it reuses its RegExp only while
 * `innerPattern()` returns the same object — never hits: every French parse built those five patterns twice and
 * compiled them again (38 → 13 µs a call once given back, perf39). A pattern built without any context (a parser that
 * reads its context throws on none and is left alone) cannot depend on it, so each parser of our one French chrono gets
 * its first RegExp back, once, before its first parse (not at load: every custom-function call loads the script, most
 * never run chrono's French parsers): the same patterns, the same results; node_modules stays as installed.
 */
function reuseFreshPatterns(parsers: readonly object[]): void {
  for (const parser of parsers) {
    const p = parser as { innerPattern?: unknown };
    const inner = p.innerPattern;
    if (typeof inner !== 'function') continue;
    let first: unknown;
    try {
      first = inner.call(parser);
      if (!(first instanceof RegExp) || inner.call(parser) === first) continue;
    } catch {
      continue;
    }
    const pattern = first;
    p.innerPattern = (): RegExp => pattern;
  }
}
let frenchPatternsReused = false;
/** chrono's French parse, its fresh patterns given back on the first call (`reuseFreshPatterns`). */
function chronoParseFrReusing(...args: Parameters<typeof chronoParseFr>): ReturnType<typeof chronoParseFr> {
  if (!frenchPatternsReused) {
    frenchPatternsReused = true;
    reuseFreshPatterns(chronoFr.parsers);
  }
  return chronoParseFr(...args);
}

export interface DateMention extends Span {
  date: IsoDate;
  /**
   * The mention names a day past 31 December 9999 ("within 20 years" from 9990, "in 9000 years", "by 12/31/99999"): no
   * cell can hold it, so it is no deadline (`date` is then `LAST_DAY`, never read) and the analysis says so
   * (`StatementAnalysis.pastLastDate`).
   */
  pastLastDay?: true;
  /** 'dateline': a news dateline's day, the day a story was filed — no date of the goal (mend61s). */
  role: 'deadline' | 'start' | 'dateline';
  /** True when introduced by "by", "before", "d'ici", "avant"…: preferred when several dates are named. */
  cued: boolean;
  /** A year written over two with no fiscal word ("the 2027-28 budget"): never the deadline over one the goal states (mend51d). */
  splitYear?: true;
}

export interface DateContext {
  asOf: IsoDate;
  fiscalYearStartMonth: number;
  lang: Lang;
  /** Numeric dates day first: a French sentence, or the spreadsheet locale's order (`AnalyzeOptions.dateOrder`). */
  dayFirst?: boolean;
  /** The first day of "this week", "next week", « fin de semaine » (`AnalyzeOptions.weekStart`); default Monday. */
  weekStart?: WeekStart;
}

interface RawDate extends Span {
  date: IsoDate | null;
  /** Resolved past 31 December 9999 (`DateMention.pastLastDay`). */
  pastLastDay: boolean;
  /** A month named without a day ("janvier 2027"): as a start it means the 1st. */
  monthLevel: boolean;
  /** Read by the split-year rule (`DateMention.splitYear`). */
  splitYear: boolean;
}

/** A resolver's date, and whether its arithmetic went past 31 December 9999 (`resolvedWithin`). */
interface Resolved {
  date: IsoDate | null;
  pastLastDay: boolean;
}

/**
 * Every raw date is built here, all five fields set at creation in one order, never one added later (perf56): built by
 * spreads of differently shaped objects (`{ ...span, ...resolved, monthLevel }`, `{ ...span, ...resolved, splitYear }`,
 * with or without `pastLastDay`), they had four hidden classes, and `findDates` was deoptimised four times ("wrong map")
 * before V8 settled, each recompile of it some 0.4 s of the compiler's thread. Equivalent: every reader tests the three
 * flags for truth, and an absent flag read `undefined` where it now reads `false`.
 */
function rawDate(start: number, end: number, resolved: Resolved, monthLevel: boolean, splitYear: boolean): RawDate {
  return { start, end, date: resolved.date, pastLastDay: resolved.pastLastDay, monthLevel, splitYear };
}

type Resolver = (m: RegExpExecArray, ctx: DateContext) => IsoDate | null;

/** Month names and abbreviations, FR and EN (the cells' table), longest first so an alternation takes the whole word. */
export const MONTH_SOURCE = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, premier: 1, premiere: 1, '1er': 1, '1ere': 1,
  second: 2, '2nd': 2, deuxieme: 2, seconde: 2, '2e': 2, '2eme': 2,
  third: 3, '3rd': 3, troisieme: 3, '3e': 3, '3eme': 3,
  fourth: 4, '4th': 4, quatrieme: 4, '4e': 4, '4eme': 4,
};
/** The words that count periods roughly ("a dozen months", « une vingtaine de jours »): read as their round number. */
const APPROXIMATE_COUNTS: Readonly<Record<string, number>> = { diz: 10, douz: 12, quinz: 15, vingt: 20, trent: 30 };
const ORDINAL_SOURCE = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const PERIOD_WORDS: Readonly<Record<string, Period | 'half'>> = {
  day: 'day', days: 'day', jour: 'day', jours: 'day',
  week: 'week', weeks: 'week', semaine: 'week', semaines: 'week',
  month: 'month', months: 'month', mois: 'month',
  quarter: 'quarter', quarters: 'quarter', trimestre: 'quarter', trimestres: 'quarter',
  year: 'year', years: 'year', annee: 'year', annees: 'year', an: 'year', ans: 'year',
  half: 'half', semester: 'half', semestre: 'half', semestres: 'half',
};

function parseYear(token: string | undefined): number | null {
  if (!token) return null;
  const digits = token.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  if (digits.length === 2) return 2000 + Number(digits);
  return null;
}

/** A day of the month named alone ("by the 30th", "d'ici le 15"): its next occurrence after the as-of date. */
function nextDayOfMonth(day: number, ctx: DateContext): IsoDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  let { year, month } = isoParts(ctx.asOf);
  for (let i = 0; i < 3; i++) {
    if (day <= daysInMonth(year, month)) {
      const iso = isoFromParts(year, month, day);
      if (iso > ctx.asOf) return iso;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return null;
}

function asOfYear(ctx: DateContext): number {
  return isoParts(ctx.asOf).year;
}

/**
 * "This year" beside a quarter or a half ("Q3 this year", « S1 de cette année »), `next` years on: the fiscal year under
 * way, named after the calendar year it ends in (fixes65: the calendar year's name gave an April start's Q4 the fiscal
 * year already ended).
 */
function fiscalYearOf(ctx: DateContext, next: unknown): number {
  return +fiscalBlock(ctx.asOf, 12, ctx.fiscalYearStartMonth).end.slice(0, 4) + (next ? 1 : 0);
}

/** End of a calendar month, moved to next year when it has already passed and no year was named. */
function endOfMonthFwd(month: number, year: number | null, ctx: DateContext): IsoDate {
  const y = year ?? asOfYear(ctx);
  const end = isoFromParts(y, month, daysInMonth(y, month));
  return year === null && end < ctx.asOf ? isoFromParts(y + 1, month, daysInMonth(y + 1, month)) : end;
}

/**
 * End of quarter n (of half n with `months` 6: fixes64, halves were the calendar's) of the fiscal year saved in Settings
 * (README: quarters and halves follow it; the calendar's with a January start), `year` naming the fiscal year as
 * `fiscalYearEnd` does; without one, the next such quarter not yet ended.
 */
function endOfQuarterFwd(quarter: number, year: number | null, ctx: DateContext, months: 3 | 6 = 3): IsoDate {
  const end = (y: number): IsoDate => namedFiscalBlock(y, ctx.fiscalYearStartMonth, quarter, months).end;
  const y = year ?? asOfYear(ctx);
  return year !== null || end(y) >= ctx.asOf ? end(y) : end(y + 1) >= ctx.asOf ? end(y + 1) : end(y + 2);
}

/** Last day of fiscal year `year` (named after the calendar year in which it ends). */
function fiscalYearEnd(year: number, ctx: DateContext): IsoDate {
  return namedFiscalBlock(year, ctx.fiscalYearStartMonth).end;
}

function currentFiscalYearEnd(ctx: DateContext, offset: number): IsoDate {
  const y = asOfYear(ctx);
  const thisEnd = fiscalYearEnd(y, ctx);
  const base = thisEnd >= ctx.asOf ? y : y + 1;
  return fiscalYearEnd(base + offset, ctx);
}

/**
 * A two-digit year written in a goal sentence ("by 12/31/30", "d'ici le 31.12.30"): read forward, in as-of's century
 * (2030), unlike a cell, which keeps the cell reader's rule (`twoDigitYear`, 1930–2029: what Sheets stored). A goal names
 * a date to come, and Google documents no window for a typed two-digit year that a sentence would have to follow.
 */
function sentenceYear(yy: number, ctx: DateContext): number {
  return Math.floor(asOfYear(ctx) / 100) * 100 + yy;
}

/** A slash date; day first in French or a day-first locale, else month first unless the first number cannot be a month. */
function numericDate(a: number, b: number, yearToken: string | undefined, ctx: DateContext): IsoDate | null {
  // The other order only when the first is impossible ("12/31/2027" in a day-first sentence is 31 December).
  const [day, month] = ((ctx.dayFirst ?? ctx.lang === 'fr') && b < 13) || a > 12 ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1) return null;
  // "by 12/31/99999": a year of five digits is past the last day a cell holds.
  if (yearToken && yearToken.length > 4) throw new PastLastDay();
  const explicitYear = yearToken && /^\d{2}$/.test(yearToken) ? sentenceYear(Number(yearToken), ctx) : parseYear(yearToken);
  let year = explicitYear ?? asOfYear(ctx);
  if (explicitYear === null && month === 2 && day === 29) return nextLeapDay(ctx);
  if (day > daysInMonth(year, month)) return null;
  if (explicitYear === null && isoFromParts(year, month, day) < ctx.asOf) year += 1;
  return isoFromParts(year, month, Math.min(day, daysInMonth(year, month)));
}

/** "N-day target" names a level in days (no horizon) after "to/at a" or for a KPI measured in days (DSO, a delay). */
export function isDaysLevel(text: string, at: number): boolean {
  // "Our 90-day goal is to …", "a 90-day goal of closing …", "90-day target: …": the goal's span, not its level (final read).
  if (/^\S+?[\s-]+days?\s+(?:goal|target)\s*(?::|is to\b|of\b)/.test(textAfter(text, at, 40))) return false;
  return /\b(?:to|at) an? $/.test(text.slice(0, at)) || /\b(?:dso|days? sales|sales cycle|cycle de vente|time to|d[eé]lai)/.test(text);
}

/** End of the period containing as-of, moved by `offset` periods. */
function relativePeriodEnd(word: string, offset: number, ctx: DateContext): IsoDate | null {
  const period = PERIOD_WORDS[word];
  if (!period) return null;
  // "End of the quarter", "next half", « ce semestre »: the fiscal quarter's or half's, as "Q2" and "H1" (fixes64); "the
  // end of the year", "this year", « l'an prochain »: the fiscal year's, as the Settings' help says (fixes65).
  if (period !== 'day' && period !== 'week' && period !== 'month') {
    const months = period === 'half' ? 6 : period === 'year' ? 12 : 3;
    return fiscalBlock(addMonths(ctx.asOf, months * offset), months, ctx.fiscalYearStartMonth).end;
  }
  return endOfPeriod(addPeriods(ctx.asOf, period, offset), period, ctx.weekStart);
}

/** "the next calendar year": the calendar's, whatever fiscal year the Settings name (mend32). */
const calendar = (m: RegExpMatchArray, ctx: DateContext): DateContext => (m[0].includes('calendar') ? { ...ctx, fiscalYearStartMonth: 1 } : ctx);

/** as-of + n periods ("within 90 days", "dans les six prochains mois"). */
function durationEnd(count: number, word: string, ctx: DateContext): IsoDate | null {
  const period = PERIOD_WORDS[word];
  if (!period || !Number.isFinite(count) || count <= 0) return null;
  // Thousands of periods ("within 5000 days", « d'ici 2000 semaines ») are a deadline when they end by 31 December
  // 9999, else the day past the calendar the Time-bound check names ("in 9000 years"). A count far past it is known
  // on day numbers (no date arithmetic on 10^12 weeks); near it, `addDays`/`addMonths` — arithmetic, no loop — throw
  // PastLastDay themselves.
  if (count > 1000 && isoToDayNumber(ctx.asOf) + count * (period === 'half' ? PERIOD_DAYS.year / 2 : PERIOD_DAYS[period]) > isoToDayNumber(LAST_DAY) + 366) throw new PastLastDay();
  if (period === 'half') return addMonths(ctx.asOf, 6 * count);
  return period === 'day' ? addDays(ctx.asOf, count) : addPeriods(ctx.asOf, period, count);
}

/** as-of + n working days (Monday–Friday): "within 10 business days", "sous 5 jours ouvrés". */
function workingDaysEnd(count: number, ctx: DateContext): IsoDate | null {
  if (!Number.isFinite(count) || count <= 0 || count > 1000) return null;
  let date = ctx.asOf;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5) left -= 1;
  }
  return date;
}

const NEXT_EN = '(?:next|coming|following|subsequent|upcoming)';
/** "in the next three to five years", "d'ici trois à cinq ans", "dans 3-5 ans": a range of durations is due at its later bound. */
const LOWER_BOUND = `(?:(?:${COUNT_SOURCE})(?:\\s+(?:to|or|a|ou))?\\s+)?`;
const THIS_EN = '(?:this|the current|current)';
const NEXT_FR = '(?:prochaine?|suivante?)';
/** After a quarter or a half: " this year" / « de cette année » (group 1), " next year" / « de l'an prochain » (group 2). */
// (« du prochain exercice », « de l'exercice prochain »: left48, with the fiscal years' parsers below leaving them here.)
const THIS_YEAR = "| (?:of |de |du |d')?(?:the |l')?(?:(this year|current year|(?:this|current) fiscal|cette annee|annee en cours)|(next year|next fiscal|annee prochaine|an prochain|prochain exercice|exercice prochain))";

/** Only after a date cue is a day/month without a year a date: "1/2 of the quota" is a fraction. */
const SLASH_CUE_WORD = "\\b(?:by|before|until|till|on|le|au|avant|d'ici|pour|jusqu'au)\\s";
const SLASH_CUE = `(?<=${SLASH_CUE_WORD})`;
/** A year written over two with no fiscal word (« pour 2025/26 »): read, and said when ambiguous, as a fiscal year. */
const SLASH_YEAR_RE = /\b(20\d\d)\/(\d\d)\b(?!\/\d)/g;
const FISCAL_RE = /\b(?<!fin d[eu] \w+stre )(?:fiscal year|financial year|fiscal|fy|exercice(?: fiscal)?|annee fiscale)\s?'?(\d{4}|\d{2})(?:\s?\/\s?'?(\d{4}|\d{2})|\s(20\d\d)|\s(\d\d))?\b/g;

/** A fiscal-year match's first year, the year it is named after, and whether it is written over two consecutive years. */
function fiscalYears(m: RegExpExecArray | RegExpMatchArray): [number, number, boolean] {
  const first = parseYear(m[1]) ?? 0;
  const second = m[2] ?? m[3] ?? m[4];
  const two = second !== undefined && Math.floor(first / 100) * 100 + Number(second.slice(-2)) === first + 1;
  return [first, two ? first + 1 : first, two];
}

/** The words that name a fiscal year: the date facts' gate and the two-year check read the same list. */
// ("the current budget year": a government's fiscal year, stmt58, real55:17; "this" or "current" only: "the 2027 budget
// year" is 2027's, "the budget year ends in June" June's, "next budget year" the next fiscal year, mend58s.)
const FISCAL_WORDS = ['fiscal', 'fy', 'exercice', 'financial year', 'budget year'] as const;

/**
 * A fiscal year written over two calendar years ("FY 2026/2027", "exercice 2026-2027") while the fiscal year is set to
 * start in January, which no such year can: read by the rule above (the year it ends in), but said, since with the
 * actual start month the deadline could be up to a year earlier. The mention as written, or null.
 */
export function ambiguousFiscalYear(prepared: PreparedText, ctx: DateContext): (Span & { text: string }) | null {
  // The word test first: it is the cheaper one, and most statements name no fiscal year (both only return null).
  const { folded } = prepared;
  if (!FISCAL_WORDS.some((w) => folded.includes(w)) && !folded.includes('/')) return null;
  if (fiscalYearEnd(2000, ctx) !== '2000-12-31') return null;
  // « pour 2026/27 » is read as "FY 2026/27" is (the slash-year parser), so it is said the same way (mend38b).
  for (const m of [...folded.matchAll(FISCAL_RE), ...folded.matchAll(SLASH_YEAR_RE)]) {
    const end = m.index + m[0].length;
    if (fiscalYears(m)[2]) return { start: m.index, end, text: prepared.original.slice(m.index, end) };
  }
  return null;
}

/**
 * Yearless 29 February ("by February 29", "d'ici le 29/02"): the next one the calendar has, in the next leap year — at
 * most eight years on (1896 → 1904), and none past 9999 (an as-of date in 9997 has none: no deadline).
 */
function nextLeapDay(ctx: DateContext): IsoDate | null {
  for (let year = asOfYear(ctx), last = Math.min(9999, year + 8); year <= last; year++) {
    if (daysInMonth(year, 2) === 29 && isoFromParts(year, 2, 29) >= ctx.asOf) return isoFromParts(year, 2, 29);
  }
  return null;
}

/** Our own parsers, most specific first. Each works on the folded text; `length`: how much of the match the date takes. */
/**
 * What a statement holds that the parsers need, found once per statement: a parser whose every match must contain a
 * digit, a year 20xx, a month name or one of a few words (`gate`) is not run on a statement without it — its regex
 * would scan the whole text to find nothing (about forty scans per statement otherwise; the gates only skip, never match).
 */
export interface DateFacts {
  text: string;
  digit: boolean;
  year: boolean;
  /** A month name between word boundaries (every month parser's month has a boundary on both sides). */
  month: boolean;
  fiscal: boolean;
  /** NEXT_EN or NEXT_FR. */
  next: boolean;
  /** An English period unit (days?|weeks?|months?|quarters?|years?). */
  enUnit: boolean;
  /** Any period word, English or French. */
  period: boolean;
}

const MONTH_NAME_RE = new RegExp(`\\b(?:${MONTH_SOURCE})\\b`);

function has(f: DateFacts, ...words: string[]): boolean {
  // A loop, not `some` and a closure: some twenty calls a statement (dateFacts and the parsers' gates), speed45.
  for (const w of words) if (f.text.includes(w)) return true;
  return false;
}

export function dateFacts(folded: string): DateFacts {
  const f: DateFacts = { text: folded, digit: /\d/.test(folded), year: false, month: MONTH_NAME_RE.test(folded), fiscal: false, next: false, enUnit: false, period: false };
  f.year = f.digit && /20\d\d/.test(folded);
  f.fiscal = has(f, ...FISCAL_WORDS);
  f.next = has(f, 'next', 'coming', 'following', 'subsequent', 'upcoming', 'prochain', 'suivant');
  f.enUnit = has(f, 'day', 'week', 'month', 'quarter', 'year');
  f.period = f.enUnit || has(f, 'half', 'semest', 'semaine', 'annee', 'mois', 'trimestre');
  return f;
}

// "fiscal year 2027, which begins April 1", « notre exercice commence en juillet », « l'exercice 2027 qui débute le 1er
// avril » (left45): French reads as English; a year named in the clause stays a date (findDates) and, captured first, dates
// the start (mend45a); Indian English's bare "next fiscal, which begins April 1" too (mend47a); and the past, "this fiscal,
// which began April 1", « l'exercice, qui a commencé en avril » (left48: "April 1" was read as the deadline).
const FISCAL_START_RE = new RegExp(`\\b(?:(?:fiscal|financial)(?: year)?|exercice(?: prochain| en cours)?)(?: (20\\d\\d))?,? (?:which |that |qui )?(?:a )?(?:begin|began|start|started|commence|debute|demarre)s? (?:on |in |le (?:1er|premier) |en |au )?(${MONTH_SOURCE})\\b`);

/**
 * Not the fiscal year an ordinal half or quarter names ("the first half of next fiscal year", « le premier semestre du
 * prochain exercice »): the halves' and quarters' parsers read it, up to that half's end (left48: the year's end was read).
 * Only an ordinal one: "each quarter of the fiscal year", « chaque trimestre de l'exercice » are due at the year's end
 * (mend48a: left48 left them no deadline).
 */
const NOT_OF_HALF = `(?<!\\b(?:${ORDINAL_SOURCE}) (?:half|quarter|semestre|trimestre) (?:(?:of (?:the )?|du |de )(?:next |coming |this |current )?)?)`;

export const PARSERS: ReadonlyArray<{ re: RegExp; resolve: Resolver; monthLevel?: boolean; length?: (m: RegExpExecArray) => number; gate?: (f: DateFacts) => boolean }> = [
  // Fiscal quarters: "Q1 FY2027", "Q1 of fiscal year 2027", "fiscal Q3", « T1 de l'exercice 2027 »: that fiscal year's quarter.
  {
    gate: (f) => f.fiscal,
    re: new RegExp(`\\b(?:fiscal )?(?:[qt]([1-4])|(${ORDINAL_SOURCE}) (?:quarter|trimestre))(?: (?:of |de |du |d')?(?:the |l')?(?:fiscal year|fiscal|fy|exercice(?: fiscal)?|annee fiscale)\\s?'?(\\d{4}|\\d\\d)?)(?!\\w)|\\bfiscal [qt]([1-4])(?: '?(\\d{4}|\\d\\d))?\\b`, 'g'),
    resolve: (m, ctx) => {
      const n = Number(m[1] ?? m[4]) || ORDINALS[m[2]];
      return n <= 4 ? endOfQuarterFwd(n, parseYear(m[3] ?? m[5]), ctx) : null;
    },
  },
  // Fiscal years: "fiscal year 2027", "FY27", "FY 2027", "exercice 2027", "année fiscale 2027". One written over the two
  // calendar years it spans ("FY 2026/2027", "FY26/27", "exercice 2026-2027": hyphens are folded to spaces) is named
  // after the year in which it ends (the rule above): fiscal year 2027.
  {
    // "FY2026-27" (folded "fy2026 27"): a two-digit second year after a space only when it is the next year ("FY 2026 20
    // new customers" keeps its 20: the span ends before it).
    gate: (f) => f.fiscal && f.digit,
    re: FISCAL_RE,
    resolve: (m, ctx) => fiscalYearEnd(fiscalYears(m)[1], ctx),
    length: (m) => (m[4] && !fiscalYears(m)[2] ? m[0].length - m[4].length - 1 : m[0].length),
  },
  // The year before its noun: "by the end of the 2028 financial year", "the 2027 fiscal year" (real33).
  {
    gate: (f) => f.fiscal && f.digit,
    re: /\b((?:19|20)\d\d) (?:fiscal|financial) year\b/g,
    resolve: (m, ctx) => fiscalYearEnd(Number(m[1]), ctx),
  },
  // A year written over two with no fiscal word, « visée pour 2025/26 » (real37): a fiscal year over two calendar years,
  // as the table's "FY 2025/26", not the number 26.
  {
    gate: (f) => f.year && f.text.includes('/'),
    // Two years not consecutive are no fiscal year: after a deadline's preposition ("by 2027/29") the first one's end, as the
    // year parser read it before this rule; none otherwise (« entre 2026/30 », mend38b).
    re: SLASH_YEAR_RE,
    resolve: (m, ctx) => (fiscalYears(m)[2] ? fiscalYearEnd(Number(m[1]) + 1, ctx) : /\b(?:by|in|for|pour|en|d'ici)\s+$/.test(textBefore(m.input, m.index, 7)) ? `${m[1]}-12-31` : null),
  },
  {
    gate: (f) => f.fiscal,
    re: new RegExp(`\\b${NOT_OF_HALF}(?:${NEXT_EN} (?:fiscal year|financial year|budget year|fy|(?<!(?:half|quarter) of (?:the )?\\w+ )fiscal(?! q| quarter| half))(?!\\s?'?\\d)|(?:le )?prochain exercice|l'exercice (?:prochain|suivant)|(?:la |l')?annee fiscale (?:prochaine|suivante))\\b`, 'g'),
    resolve: (_m, ctx) => currentFiscalYearEnd(ctx, 1),
  },
  {
    gate: (f) => f.fiscal,
    re: new RegExp(String.raw`\b${NOT_OF_HALF}(?:(?:(?:the |this |current )?(?:fiscal|financial)|(?:this|current) budget) year(?!\s?'?\d)|(?<!(?:half|quarter) of (?:the )?)(?:this|current) fiscal(?! year| q| quarter| half|\s?'?\d)|(?:the )?fy(?!\s?'?\d)|eofy|(?:de |d')?l'exercice(?: en cours| fiscal)?|(?:de |d')?cet exercice|fin d'exercice)\b`, 'g'),
    resolve: (_m, ctx) => currentFiscalYearEnd(ctx, 0),
  },
  {
    gate: (f) => f.text.includes('29'),
    re: /\b(?:29(?:th|e)?\s(?:of\s)?fe[bv]\w*|fe[bv]\w*\.?\s29(?:th)?)\b(?!\.?,?\s+\d)/g,
    resolve: (_m, ctx) => nextLeapDay(ctx),
  },
  // Numeric dates: "31/03/2027" (day first in French), "3/31/2027" (month first in English), "15/01" (next occurrence);
  // dashed ones ("04-05-2027", "30-06-27": hyphens are folded to spaces) in the same order.
  {
    gate: (f) => f.digit,
    re: /(?<![\d.,/]|\d (?=\d\d? ))(\d{1,2})([/ ])(\d{1,2})\2(\d{4,6}|\d{2})(?![\d,/%]|\.\d| \d{3})/g,
    resolve: (m, ctx) => numericDate(Number(m[1]), Number(m[3]), m[4], ctx),
  },
  // Dotted dates: "31.12.2027", "31.12.27" (day first in either language; a two-digit year read forward: sentenceYear).
  {
    gate: (f) => f.digit && f.text.includes('.'),
    re: /(?<![\d.,/])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d,/%]|\.\d)/g,
    resolve: (m, ctx) => {
      const year = m[3].length === 2 ? sentenceYear(Number(m[3]), ctx) : Number(m[3]);
      const iso = `${String(year).padStart(4, '0')}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
      return isValidIsoDate(iso) ? iso : null;
    },
  },
  // Without a year only after a date cue: "1/2 of the quota" is a fraction.
  {
    gate: (f) => f.digit && f.text.includes('/'),
    re: new RegExp(`${SLASH_CUE}(\\d{1,2})\\/(\\d{1,2})(?![\\d,/%]|\\.\\d)`, 'g'),
    resolve: (m, ctx) => numericDate(Number(m[1]), Number(m[2]), undefined, ctx),
  },
  // ISO weeks: "2027-W05", "W5 2027", "S05 2027" (a lone S1/S2 is a half), "week 5 of 2027", "semaine 5 de 2027": due
  // the Sunday ending that week, as the Deadline column reads "2027-W05" (core/workbook/cells.ts); week 53 only when the year has it.
  {
    gate: (f) => f.digit,
    re: /\b(?:(\d{4}) ?w(\d\d?)|w(\d\d?) (\d{4})|s(\d\d|[5-9]) (\d{4})|(?:week|semaine) (\d\d?) (?:of |de )?(\d{4}))\b/g,
    resolve: (m) => {
      const [year, week] = [Number(m[1] ?? m[4] ?? m[6] ?? m[8]), Number(m[2] ?? m[3] ?? m[5] ?? m[7])];
      const sundayOf = (date: IsoDate): IsoDate => addDays(date, 7 - isoWeekday(date));
      const sunday = addDays(sundayOf(isoFromParts(year, 1, 4)), 7 * (week - 1));
      return week >= 1 && sunday <= sundayOf(isoFromParts(year, 12, 28)) ? sunday : null;
    },
  },
  // "$20M in-year savings": within the current year (folding made the hyphen a space; "in year 2", "in year 10", "in year
  // 2028", "in year six" are no such date, mend42b).
  { gate: (f) => f.enUnit, re: /\bin year\b(?! \d| (?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/g, resolve: (_m, ctx) => relativePeriodEnd('year', 0, ctx) },
  // « à la rentrée 2023 »: the end of September, the month French schools open (real39); « à la rentrée » alone the next
  // such end of September (left44).
  // (« à la rentrée scolaire 2028 », « de 2028 » that year's; « la rentrée d'argent », « des créances » money coming in, mend44b.)
  { gate: (f) => f.text.includes('rentree'), re: /\b(?:rentree (?:scolaire |de )?(20\d{2})|a la rentree(?! \d| d(?:es|u|'|e(?! sep))\b| scolaire \d))\b/g, resolve: (m, ctx) => (m[1] ? `${m[1]}-09-30` : endOfMonthFwd(9, null, ctx)) },
  // Mid-year: "mi-2027", "mid-2027".
  {
    gate: (f) => f.year,
    re: /\b(?:mi|mid)\s(20\d{2})\b/g,
    resolve: (m) => `${m[1]}-06-30`,
  },
  // Quarters: "Q2", "T4 2027", "Q3 '27", "2027 Q1".
  {
    gate: (f) => f.digit,
    re: /\b(\d{4})\s?[qt]([1-4])\b/g,
    resolve: (m, ctx) => endOfQuarterFwd(Number(m[2]), parseYear(m[1]), ctx),
  },
  {
    gate: (f) => f.digit,
    re: new RegExp(`\\b[qt]([1-4])(?:\\s?(?:of |de |)('\\d{2}|\\d{4})${THIS_YEAR})?\\b`, 'g'),
    // « T3 » is French for Q3; in English "T3 independent dealers" is a name (real39).
    resolve: (m, ctx) => (ctx.lang === 'en' && m[0][0] === 't' ? null : endOfQuarterFwd(Number(m[1]), m[3] || m[4] ? fiscalYearOf(ctx, m[4]) : parseYear(m[2]), ctx)),
  },
  // Quarters listed by number, "in quarters 3 & 4" (real37), « trimestres 3 et 4 »: the last one's end, not a count of 3.
  {
    gate: (f) => has(f, 'quarters', 'trimestres'),
    // ("in quarters 3 and 4 of 2027": that year's, mend38b.)
    re: /\b(?:quarter|trimestre)s [1-4] ?(?:&|and|et) ?([1-4])(?: (?:of|de) (20\d\d))?\b/g,
    resolve: (m, ctx) => endOfQuarterFwd(Number(m[1]), parseYear(m[2]), ctx),
  },
  // Halves: "H1 2027", "S2", "first half of 2027", "premier semestre 2027".
  {
    gate: (f) => f.digit,
    re: new RegExp(`\\b[hs]([12])(?:\\s?('\\d{2}|\\d{4})${THIS_YEAR})?\\b`, 'g'),
    resolve: (m, ctx) => endOfQuarterFwd(Number(m[1]), m[3] || m[4] ? fiscalYearOf(ctx, m[4]) : parseYear(m[2]), ctx, 6),
  },
  // « sur la deuxième partie d'année », « la seconde moitié de l'année »: a half named by its part of the year (real32).
  // "the final quarter of the year / of 2027", « le dernier trimestre de l'année / de 2027 »: the fourth (stmt65; "last
  // quarter" alone is the one before now).
  {
    gate: (f) => has(f, 'quarter', 'half', 'trimestre', 'semestre', 'partie', 'moitie'),
    re: new RegExp(`\\b(${ORDINAL_SOURCE}|(?:final|last|dernier)(?= (?:quarter|trimestre) (?:of the year|de l'annee|(?:of |de )?\\d{4}))) (quarter|half|trimestre|semestre|(?:partie|moitie) (?:d'|de l')annee)(?: (?:of |de |d')?(\\d{4})${THIS_YEAR})?\\b`, 'g'),
    resolve: (m, ctx) => {
      const n = ORDINALS[m[1]] ?? 4;
      const half = !/^(?:quarter|trimestre)$/.test(m[2]);
      if (!n || (half && n > 2)) return null;
      const year = m[3] ? Number(m[3]) : m[4] || m[5] ? fiscalYearOf(ctx, m[5]) : null;
      return endOfQuarterFwd(n, year, ctx, half ? 6 : 3);
    },
  },
  // A range of months: "from September to October", "between September and October", "de septembre à octobre", "entre
  // mars et mai 2026": due at the end of the later month (a year after the first month when it comes earlier in the year).
  {
    gate: (f) => f.month,
    re: new RegExp(
      `\\b(?:from|between|de|du mois de|d'|entre)\\s+(${MONTH_SOURCE})(?:\\.?\\s+(\\d{4}))?\\s+(?:to|through|thru|until|and|a|au|jusqu'a|jusqu'en|et)\\s+(?:(?:le )?mois d'|(?:le )?mois de\\s+)?(${MONTH_SOURCE})(?:\\.?\\s+(\\d{4})\\b|\\b)(?!\\.?\\s+\\d)`,
      'g',
    ),
    resolve: (m, ctx) => {
      const first = MONTH_WORDS[m[1]];
      const last = MONTH_WORDS[m[3]];
      const lastYear = m[4] ? Number(m[4]) : m[2] ? Number(m[2]) + (last < first ? 1 : 0) : null;
      if (lastYear !== null) return endOfMonthFwd(last, lastYear, ctx);
      const firstEnd = endOfMonthFwd(first, null, ctx);
      const y = Number(firstEnd.slice(0, 4)) + (last < first ? 1 : 0);
      return endOfMonthFwd(last, y, ctx);
    },
    monthLevel: true,
  },
  // Month names without a day: "by June 2027", "d'ici juin", "fin mars", "end of September".
  {
    gate: (f) => f.month,
    re: new RegExp(
      `\\b(?:(?:the )?end of|by|in|before|until|till|through|throughout|during|over|d'ici|en|avant|jusqu'en|jusqu'a|fin|a la fin|pour|courant|mi|au cours|pendant|durant|sur)\\s+(?:de |d'|du mois de |(?:le |du |de )?mois de |(?:the )?month of |of )?(${MONTH_SOURCE})(?:\\.?\\s+(\\d{4})\\b|\\b)(?!\\.?\\s+\\d)`,
      'g',
    ),
    resolve: (m, ctx) => endOfMonthFwd(MONTH_WORDS[m[1]], m[2] ? Number(m[2]) : null, ctx),
    monthLevel: true,
  },
  {
    gate: (f) => f.month,
    re: new RegExp(`(?<!\\d\\s)(?<!\\d(?:er|st|nd|rd|th|e)\\s)\\b(${MONTH_SOURCE})\\.?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m, ctx) => endOfMonthFwd(MONTH_WORDS[m[1]], Number(m[2]), ctx),
    monthLevel: true,
  },
  // "during the first six months of 2026", "les six premiers mois de 2026": the end of the N-th month of that year.
  {
    gate: (f) => f.digit,
    re: new RegExp(`\\b(?:the first (${COUNT_SOURCE}) months of|les (${COUNT_SOURCE}) premiers mois (?:de |d'))\\s*(\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const months = countValue(m[1] ?? m[2]) ?? NaN;
      const year = Number(m[3]);
      return months >= 1 && months <= 12 ? isoFromParts(year, months, daysInMonth(year, months)) : null;
    },
  },
  // A range of years: "à l'horizon 2025-2026", "entre 2025 et 2028", "the 2023-2024 strategy": due at the end of the later year.
  {
    gate: (f) => f.year,
    re: /\b(20\d{2})(?:\s*\/\s*|\s+(?:a|au|to|et|and)\s+|\s)(20\d{2})\b(?!\s*(?:%|[€\x80]|\$|\d))/g,
    resolve: (m) => (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10 ? `${m[2]}-12-31` : null),
  },
  // "end of 2027", "fin 2027", "la fin de 2027", "by end 2027", "to end / finish 2027 earning …", « à l'issue de l'année 2024 »,
  // « au terme de 2027 » (the year's end by another noun, real33); "by year-end 2028" (mend62l: it read the current year's end). « fin de / du trimestre 2027 », « … semestre 2027 »: a
  // quarter or half named by its year alone is that year's last (no written convention names one; left59), the current
  // one when the year is today's (mend59l: « d'ici la fin du trimestre 2027 » read in February 2027 ends in March). « Fin du
  // trimestre fiscal 2027 », "the end of the fiscal quarter 2027": the same (left60; FISCAL_RE leaves « fiscal 2027 » after
  // « fin du trimestre » to this reader: read alone as a fiscal year, the quarter's « fin du trimestre » took today's).
  {
    gate: (f) => f.digit,
    re: /\b(?:(?:the )?end of(?: the (?:fiscal )?(quarter|half)(?: of)?)?|(?:by|to) (?:end|finish)|year end(?: of)?|fin(?: de l'annee| d'annee| de| d[eu] (trimestre|semestre)(?: fiscal)?(?: de)?)?|a fin|(?:a l'issue|au terme) de(?: l'annee)?) (\d{4})\b/g,
    resolve: (m, ctx, period = m[1] ?? m[2]) => (period && +m[3] === asOfYear(ctx) ? relativePeriodEnd(period, 0, ctx) : `${m[3]}-12-31`),
  },
  // "end of next year/quarter/month", "fin de l'année prochaine", "fin du mois prochain", "fin du prochain trimestre".
  {
    gate: (f) => has(f, 'end', 'fin') && f.next,
    re: new RegExp(
      `\\b(?:(?:the )?end of (?:the )?${NEXT_EN} (?:calendar )?(week|month|quarter|year|half|semester)|fin (?:de la |du |de l')?(semaine|mois|trimestre|annee|semestre) ${NEXT_FR}|fin (?:du |de la )?${NEXT_FR} (semaine|mois|trimestre|annee|semestre))\\b`,
      'g',
    ),
    resolve: (m, ctx) => relativePeriodEnd(m[1] ?? m[2] ?? m[3], 1, calendar(m, ctx)),
  },
  // "end of the year/quarter/month/week", "year-end", "EOY", "fin d'année", "fin du trimestre", "fin de la semaine".
  {
    gate: (f) => has(f, 'end', 'fin'),
    re: /\b(?:(?:the )?end of (?:the |this |the current )?(week|month|quarter|year|half|semester)|(year(?! end (?:of )?\d{4})|quarter|month) end|fin (?:de l'|d'|de cette |du |de ce |de la |de cette |(?<=(?:ici|avant|pour)(?: la)? fin )de (?!\w+ (?:prochain|suivant|de |d'|\d)))?(semaine|mois|trimestre|annee|semestre)(?: en cours| ci)?)\b(?! (?:dernier|passe|precedent|last|past|previous)(?:e?s?)\b)/g,
    // « à la fin de l'année dernière », « fin du mois passé »: a period over, no deadline (stmt56, real53). Whole words only:
    // « la fin de l'année passer à 500 clients », "by year end pass 1 million" keep theirs (mend56s).
    // "Lower end-of-month inventory …", "month-end balance": a period qualifying a measure's noun after it, with no preposition
    // before, names the measure, no deadline (left50's R8); any other word after ("end of month latest", "end of year across
    // all plans") leaves the deadline (mend50a). « fin de mois » with no article only after « d'ici », « avant », « pour »
    // or « la » after them (left58: « d'ici fin de semaine » is « d'ici la fin de la semaine »); « stock de fin de mois », « la fin
    // de mois difficile » name no deadline; « prochain(e) », « suivant(e) », a month or a year after it are read whole (mend58l).
    resolve: (m, ctx) => (/^(?:end of \w+|\w+ end)$/.test(m[0]) && !/\b(?:by|at|before|until|till|to|for|the|a|d'ici|avant|pour)\s+$/.test(textBefore(m.input, m.index, 8)) && /^\s+(?:inventor|stock|balance|headcount|backlog|cash)/.test(textAfter(m.input, m.index + m[0].length, 12)) ? null : relativePeriodEnd(m[1] ?? m[2] ?? m[3], 0, ctx)),
  },
  {
    // "EOQ3": the end of that quarter.
    gate: (f) => f.text.includes('eo'),
    re: /\b(eoy|eoq|eom)([1-4])?\b/g,
    resolve: (m, ctx) => (m[2] ? endOfQuarterFwd(Number(m[2]), null, ctx) : relativePeriodEnd(m[1] === 'eoy' ? 'year' : m[1] === 'eoq' ? 'quarter' : 'month', 0, ctx)),
  },
  {
    gate: (f) => has(f, 'days', 'ouvr'),
    re: new RegExp(
      `\\b(?:(?:within|in|over|during|inside)\\s+(?:the\\s+)?(?:${NEXT_EN}\\s+)?(${COUNT_SOURCE})\\s+(?:business|working)\\s+days|(?:dans|sous|d'ici|en)\\s+(?:les\\s+)?(${COUNT_SOURCE})\\s+(?:prochains\\s+)?jours?\\s+(?:ouvres|ouvrables))\\b`,
      'g',
    ),
    resolve: (m, ctx) => workingDaysEnd(countValue(m[1] ?? m[2]) ?? NaN, ctx),
  },
  // Time left: « Il ne reste que 9 mois à la Senelec pour atteindre … », "we have 9 months left to …", "with two weeks to go":
  // the goal is due when that time runs out (real42). Only with a purpose after it (« pour / avant de » + verb, "to" + verb,
  // "before" + -ing): « il nous reste 5 ans de bail », "2 years left before regulation", "12 months left on their contract"
  // say how long something lasts, no goal's deadline; and a year named wins (mend45c).
  // The purpose may open the next clause and point back: « Il nous reste 9 mois ; pour y parvenir, … », "9 months left; to
  // get there, …" (left46); only those verbs: « Il nous reste 5 ans, pour y voir clair, … », "3 months left, to be honest"
  // aim at nothing (mend46b).
  {
    gate: (f) => has(f, 'reste', 'left', 'to go') && !f.year,
    re: new RegExp(`\\b(?:il (?:ne )?(?:[a-z]+ )?reste (?:que |plus que )?(${COUNT_SOURCE}) (jours?|semaines?|mois|ans|annees?)(?= (?:a[^,;.]{0,20}? )?(?:pour (?:y |en )?[a-z']+(?:er|ir|re)\\b|(?:avant|afin) d(?:e |'))| ?[;,] pour y (?:parvenir|arriver)\\b)|(${COUNT_SOURCE}) (days?|weeks?|months?|years?) (?:left(?= (?:to (?!th|an?\\b|[oy]our|its|my)[a-z]|before [a-z]+ing\\b)|[;,] to (?:get there|achieve (?:it|this|that))\\b)|to go))\\b`, 'g'),
    resolve: (m, ctx) => durationEnd(countValue(m[1] ?? m[3]) ?? NaN, m[2] ?? m[4], ctx),
  },
  // "after one year", "après six mois": the goal holds once that time has elapsed, so it is due then (as "within").
  // Not after a measure of what survives that long ("retention after 90 days", "clients actifs après 3 mois"): an observation window, not a deadline
  {
    gate: (f) => has(f, 'after', 'apres'),
    re: new RegExp(
      `(?<!\\b(?:retention|retained|retain|churn|churned|attrition|active|still|survival|renewal|renewals|retention rate|retenus|retention client|actifs|fideles|toujours)\\s+)\\b(?:after|apres)\\s+(?:the\\s+|les\\s+)?(?:first\\s+)?(${COUNT_SOURCE})\\s+(?:(?:full|first|premiers?|premieres?)\\s+)?(days?|weeks?|months?|quarters?|years?|jours?|semaines?|mois|trimestres?|ans?|annees?)\\b(?!\\s+(?:of|d'(?!activite|exercice)|de)\\b)`,
      'g',
    ),
    resolve: (m, ctx) => durationEnd(countValue(m[1]) ?? NaN, m[2], ctx),
  },
  // A duration of thousands of periods ("within 5000 days", « d'ici 2 000 semaines », "in 9000 years"): the words above
  // read counts of up to three digits. A deadline when it ends by 31 December 9999 (fixes48: it was read as no
  // deadline); past it, the day the time-bound check names (durationEnd throws PastLastDay).
  {
    gate: (f) => f.digit,
    re: /\b(?:within|in|inside|over|dans|d'ici|sous|en)\s+(\d{4,}|\d{1,3}(?:[ ,.]\d{3})+)\s+(days?|weeks?|months?|quarters?|years?|jours?|semaines?|mois|trimestres?|ans|annees?)\b/g,
    resolve: (m, ctx) => {
      const count = Number(m[1].replace(/\D/g, ''));
      return count >= 1000 ? durationEnd(count, m[2], ctx) : null;
    },
  },
  // Durations: "within 90 days", "in the next six months", "over the next 2 quarters", "dans les six prochains mois", "sous 90 jours", "d'ici 3 mois".
  // "in less than five years", "in under two years", « en moins de trois ans »: a bound on the time taken, so due by then,
  // as "within" (stmt56: real53's Indoco; the "less" is no decrease of the goal's figure).
  {
    gate: (f) => f.enUnit,
    re: new RegExp(
      `\\b(?:(?:within|in(?:\\s+(?:less\\s+than|under)(?=\\s+\\S+\\s+(?:month|quarter|year)))?|over|during|for|inside)\\s+(?:the\\s+)?(?:${NEXT_EN}\\s+|first\\s+)?|(?:the\\s+)?${NEXT_EN}\\s+)${LOWER_BOUND}(${COUNT_SOURCE})\\s+(days?|weeks?|months?|quarters?|years?)\\b(?!\\s+ago)`,
      'g',
    ),
    // ("over the subsequent two years" after "the merger closes in 2027", "after the 2027 IPO": "subsequent" looks back to the
    // sentence's year, and counts from its end as a strategy's own year does; with none, from today: mend60s.)
    resolve: (m, ctx, year = /subsequent/.test(m[0]) && /\b(?:19|20)\d\d\b/.exec(m.input)) => durationEnd(countValue(m[1]) ?? NaN, m[2], year ? { ...ctx, asOf: `${year[0]}-12-31` } : ctx),
  },
  // "your 12-month goal", "Five-year   3% reduction": a goal named by its own span is due that long from now (real34). Not a
  // number of days named as the target ("reduce DSO to a 45 day target"): a level in days, read by quantities.ts (num30).
  // "Our 90-day goal is to close 15 deals" stays a horizon: a level only for a KPI in days or after "to/at a" (mend32).
  {
    gate: (f) => f.enUnit,
    // A strategy, roadmap or plan with its own start or end year ("adopted in 2019", "launched in 2025", "completed in 2025")
    // counts its span from that year, not from today; one already over gives no deadline (left58).
    re: new RegExp(`\\b(${COUNT_SOURCE})\\s+(day|week|month|quarter|year)\\s+(?:\\d[\\d.,]*\\s*%\\s+)?(?:goal|target|plan|reduction|increase|growth|(?=strategy|roadmap))`, 'g'),
    resolve: (m, ctx, own = OWN_YEAR_STRATEGY_RE.exec(m.input.slice(m.index + m[0].length))) => own ? ((end) => (end && end > ctx.asOf ? end : null))(own[1] ? durationEnd(countValue(m[1]) ?? NaN, m[2], { ...ctx, asOf: `${own[2]}-12-31` }) : `${own[2]}-12-31`) : (/day\s+(?:goal|target)$/.test(m[0]) && isDaysLevel(m.input, m.index)) || PAST_STRATEGY_RE.test(`${textBefore(m.input, m.index, 30)}#${m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)}`) ? null : durationEnd(countValue(m[1]) ?? NaN, m[2], ctx),
  },
  // "over a two-year period", "within a 90-day period", "over a period of 18 months", "sur une période de 6 mois"; a range of
  // durations ends with its later bound ("over a two- to three-year period", « dans une perspective de cinq à sept ans »:
  // real12's rule, real33).
  {
    gate: (f) => f.enUnit || has(f, 'periode', 'duree', 'perspective'),
    re: new RegExp(
      `\\b(?:(?:over|within|in|during)\\s+an?\\s+(?:(?:${COUNT_SOURCE})\\s+to\\s+)?(${COUNT_SOURCE})\\s+(day|week|month|quarter|year)\\s+(?:period|cycle|window|horizon)|(?:over|within|in|during)\\s+a\\s+period\\s+of\\s+(${COUNT_SOURCE})\\s+(days?|weeks?|months?|quarters?|years?)|(?:sur\\s+une\\s+(?:periode|duree)|dans\\s+une\\s+perspective)\\s+de\\s+(?:(?:${COUNT_SOURCE})\\s+a\\s+)?(${COUNT_SOURCE})\\s+(jours?|semaines?|mois|trimestres?|ans|annees?))\\b`,
      'g',
    ),
    resolve: (m, ctx) => durationEnd(countValue(m[1] ?? m[3] ?? m[5]) ?? NaN, m[2] ?? m[4] ?? m[6], ctx),
  },
  // "in the first year", "en première année", "pour la première année d'exploitation", "dans le premier mois", "for our
  // first full year", "our year one goal", « dès sa première année » (a plant's, stmt55): the first period from now.
  {
    gate: (f) => has(f, 'first', 'premier', 'one'),
    re: /\b(?:(?:in|within|during|for) (?:the |our |its )?first (?:full )?(year|month)|(?:en|(?:dans|pendant|pour|sur|des) (?:la|sa)|au cours de la) premiere (annee)|(?:dans le|pendant le|pour le|sur le|au cours du) premier (mois)|(year|month) one (?=goals?\b|targets?\b))/g,
    resolve: (m, ctx) => durationEnd(1, m[1] ?? m[2] ?? m[3] ?? m[4], ctx),
  },
  // "your 12-month goal", "our one-year target" (real13, real20): the goal named by its horizon is due that long from now.
  { gate: (f) => has(f, 'goal', 'target'), re: new RegExp(`\\b(${COUNT_SOURCE})[- ](month|year)[- ](?:goals?|targets?)\\b`, 'g'), resolve: (m, ctx) => durationEnd(countValue(m[1]) ?? NaN, m[2], ctx) },
  // "20% of revenue from partners by year 3", "in year 2": that many periods from now.
  { gate: (f) => f.digit, re: /\b(?:by|in|until) (year|month) (\d\d?)(?![\d,%]|\.\d)/g, resolve: (m, ctx) => durationEnd(+m[2], m[1], ctx) },
  {
    gate: (f) => has(f, 'from now', 'from today'),
    re: new RegExp(`\\b(${COUNT_SOURCE})\\s+(days?|weeks?|months?|quarters?|years?)\\s+from (?:now|today)\\b`, 'g'),
    resolve: (m, ctx) => durationEnd(countValue(m[1]) ?? NaN, m[2], ctx),
  },
  {
    // Its unit follows a space and ends a word (perf65: the gate is the pattern's own tail).
    gate: (f) => /\s(?:jours?|semaines?|mois|trimestres?|ans?|annees?)\b/.test(f.text),
    re: new RegExp(
      `(?:\\b(?:dans|sous|d'ici|en(?:\\s+moins\\s+de(?=\\s+\\S+\\s+(?:mois|trimestre|an)))?|sur|pendant|durant|au cours|a l'horizon|a horizon|dans un horizon)\\s+(?:des\\s+|les\\s+|de\\s+|a\\s+)?|\\b(?:les|des)\\s+(?=(?:${COUNT_SOURCE})\\s+prochain))${LOWER_BOUND}(${COUNT_SOURCE})\\s+(?:(?:prochain|premier)(?:e)?s?\\s+)?(jours?|semaines?|mois|trimestres?|ans?|annees?)\\b(?!\\s+(?:derniers|dernieres|passes|precedents))(?:\\s+ou\\s+(${COUNT_SOURCE})\\b(?!\\s+[a-z]{2,}s\\b))?`,
      'g',
    ),
    // « d'ici un an ou deux »: the later bound, as « d'ici un ou deux ans » (real41); only a number a little larger than the
    // first (up to 10) with no plural word after it, a unit or a noun (not « 1 an ou 6 mois », « 2 ans ou 20 si possible », «
    // 3 mois ou deux », mend44d).
    resolve: (m, ctx) => {
      const first = countValue(m[1]) ?? NaN;
      const later = countValue(m[3] ?? '') ?? 0;
      return durationEnd(later > first && later < 11 ? later : first, m[2], ctx);
    },
  },
  // « avant cinq ans » (real40's written rule, left44): a duration only as a small count not followed by « d'… » and no
  // deadline cued elsewhere; « jeunes avant 26 ans » is an age, « avant 5 ans d'usage » a wear (mend44b).
  {
    gate: (f) => !/d'ici|jusqu|en 20|avant [lf]/.test(f.text),
    re: /\bavant (\d|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (ans?|annees|mois|semaines|jours)\b(?! d')/g,
    resolve: (m, ctx) => durationEnd(countValue(m[1]) ?? NaN, m[2], ctx),
  },
  // "for the year ahead": a year from now, like "within a year" (real41); read in January, the year now starting, as "this
  // coming year" is (real37). Not "the year ahead of 2028 / of the IPO": the year before an event, no duration.
  { gate: (f) => f.text.includes('the year ahead'), re: /\bthe year ahead\b(?! of\b)/g, resolve: (_m, ctx) => (ctx.asOf.slice(5, 7) === '01' ? relativePeriodEnd('year', 0, ctx) : durationEnd(1, 'year', ctx)) },
  // "full-year revenue", "for the full year", "full year 2024": the current year or the one named, the written rule
  // (real42–real45); "full-year 2025 results" ends 2025 (a year named, even reported). Not a year counted or placed
  // ("our first full year", "our second full year", "the last / prior / most recent full year", "within one full year",
  // "every full year", "the full year after launch") nor one reported with no year ("full-year results": stmt47, mend49c);
  // "the next / following full year" is next year. A "full year" is the calendar's: only "fiscal" names the fiscal year
  // (README's real45 rule: "fiscal 2026" and "full-year" both read with the calendar default; mend49c).
  {
    gate: (f) => f.text.includes('full year'),
    re: /(?<!\b(?:first|second|third|fourth|fifth|last|previous|past|prior|recent|a|one|two|three|every|each|per|any)\s)\b(?:(next|following) )?full year(?:(?= 20\d\d\b) (20\d\d)\b|\b(?! (?:of|ago|results?|after|before|since)\b))/g,
    resolve: (m, ctx) => (m[2] ? `${m[2]}-12-31` : relativePeriodEnd('year', m[1] ? 1 : 0, { ...ctx, fiscalYearStartMonth: 1 })),
  },
  // "in the year ahead of 2028", « l'année précédant 2028 »: that year's eve, the year before it (left45; as "before 2028").
  { gate: (f) => f.year, re: /\b(?:the year ahead of|l'annee (?:qui )?preced(?:ant|e)) (20\d\d)\b/g, resolve: (m) => `${+m[1] - 1}-12-31` },
  // "within the next quarter", "within the coming year": a bound on elapsed time, like "within a year" or "within the
  // next two quarters" (one period from the as-of date), whereas "over/in the next quarter" names that calendar quarter.
  {
    gate: (f) => f.text.includes('within'),
    re: new RegExp(`\\bwithin\\s+(?:the\\s+)?${NEXT_EN}\\s+(week|month|quarter|year)\\b`, 'g'),
    resolve: (m, ctx) => durationEnd(1, m[1], ctx),
  },
  // "next quarter", "the coming month", "la semaine prochaine", "le prochain trimestre", "l'an prochain".
  {
    gate: (f) => f.next,
    re: new RegExp(
      `\\b(?:${NEXT_EN} (?:calendar )?(week|month|quarter|year|half|semester)|(?:la |le |l')?(semaine|mois|trimestre|annee|semestre) ${NEXT_FR}|(?:le |la )?${NEXT_FR} (semaine|mois|trimestre|annee|semestre)|l'(an) prochain)\\b`,
      'g',
    ),
    // "this coming year", "in the coming year" read in January: the year now starting (the fixtures README's rule, real15, real23).
    resolve: (m, ctx) => relativePeriodEnd(m[1] ?? m[2] ?? m[3] ?? m[4], /^coming (?:calendar )?year$/.test(m[0]) && ctx.asOf.slice(5, 7) === '01' ? 0 : 1, calendar(m, ctx)),
  },
  // « sur l'année civile 2027 » names 2027 (the calendar-year rule below), not the current year (fix39).
  {
    gate: (f) => f.period,
    re: new RegExp(
      `\\b(?:${THIS_EN} (week|month|quarter|year|half|semester)|cette (semaine|annee)|ce (mois|trimestre|semestre)(?: ci)?|l'(annee) en cours|(?:le |du )?(trimestre|mois|semestre) en cours|(?:within|during|in|over|for|throughout) the (?:course of the )?(week|month|quarter|year)(?! (?:over|on|after|to|of|ahead|\\d+)\\b)|(?:dans|sur|pendant|durant|pour|au cours de|au cours du) (?:le |l'|la |l'ensemble de l')?(trimestre|mois|semestre|annee)(?! (?:prochain|suivant|dernier|precedent|passe|\\d|civile \\d))|the rest of the (week|month|quarter|year)|(?:le |du )?reste (?:de la |de l'|du )(semaine|annee|mois|trimestre|semestre))\\b`,
      'g',
    ),
    resolve: (m, ctx) => relativePeriodEnd(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9], 0, ctx),
  },
  // A day of the month without its month: "by the 30th", "before the 15th", "d'ici le 30", "avant le 15" (never before a
  // month word, a unit or a number: "d'ici le 30 juin" is a full date, "avant le 15 %" no date).
  {
    gate: (f) => f.digit,
    re: /\b(?:(?:by|before|until|no later than|on or before) the (\d{1,2})(?:st|nd|rd|th)|(?:d'ici le|avant le|au plus tard le|jusqu'au) (\d{1,2})(?:er)?)(?![\d/]|[.,]\d|\s?(?:%|[€\x80]|\$|[a-z]))/g,
    resolve: (m, ctx) => nextDayOfMonth(Number(m[1] ?? m[2]), ctx),
  },
  // "before the new year", « avant la nouvelle année », « d'ici le nouvel an »: due the last day before it, 31 December —
  // before Christmas is read ("Christmas sales before the new year": Christmas is what is sold, the new year the deadline).
  {
    gate: (f) => has(f, 'new year', 'nouvel an', 'nouvelle annee'),
    re: /(?<=\b(?:before|by|until|till|avant|d'ici|jusqu'au|jusqu'a|pour)\s+(?:the\s+|le\s+|la\s+|l')?)(?:new year(?:'s(?: eve| day)?)?|nouvel an|nouvelle annee)\b/g,
    resolve: (_m, ctx) => `${asOfYear(ctx)}-12-31`,
  },
  // Christmas: a common sales deadline.
  {
    gate: (f) => has(f, 'christmas', 'xmas', 'noel'),
    re: /\b(?:christmas|xmas|noel)\b/g,
    resolve: (_m, ctx) => {
      const y = asOfYear(ctx);
      return `${y}-12-25` >= ctx.asOf ? `${y}-12-25` : `${y + 1}-12-25`;
    },
  },
  // Two weeks: "within a fortnight", "over the next fortnight", "sous quinzaine", "dans une quinzaine de jours".
  {
    gate: (f) => has(f, 'fortnight', 'quinzaine'),
    re: /\b(?:(?:within|in|over|during|inside)\s+(?:the\s+)?(?:(?:next|coming)\s+)?(?:a\s+)?fortnight|(?:sous|dans|d'ici|en|sur)\s+(?:une\s+)?quinzaine(?:\s+de\s+jours|(?!\s+(?:de\s|d'))))\b/g,
    resolve: (_m, ctx) => addDays(ctx.asOf, 14),
  },
  // An approximate count of periods, "within a dozen months", « d'ici une quinzaine de mois », « dans une vingtaine de
  // jours »: as many periods as the word counts, as "within 12 months" (left48; they read no deadline). « une quinzaine de
  // jours » stays the fortnight above (the README's 14 days, « sur » too: mend48a); "a couple", "a few", « quelques » count
  // nothing (words43). "within about a dozen months", "in the next dozen months", "a dozen or so", « une dizaine de mois »,
  // « une vingtaine d'années » likewise (mend48a).
  {
    gate: (f) => has(f, 'aine', 'dozen'),
    re: /\b(?:(?:within|in|over) (?:the (?:next|coming) |about )?(?:a )?dozen (?:or so )?(days|weeks|months|years)|(?:dans|sous|d'ici|en|sur) une (diz|douz|quinz|vingt|trent)aine (?:de |d')(jours|semaines|mois|ans|annees))\b/g,
    resolve: (m, ctx) => durationEnd(m[1] ? 12 : APPROXIMATE_COUNTS[m[2]], m[1] ?? m[3], ctx),
  },
  // "by the end of the decade", "the end of the current decade", « d'ici la fin de la décennie »: the end of the year closing
  // the decade under way (2030 read in 2025: real53's Raising Cane's and Aktor, its collector's decision).
  {
    gate: (f) => has(f, 'decade', 'decennie'),
    // The decade ends in the next year ending in 0, that year itself included (the collector's convention: 2030 read in 2030,
    // mend56s); a past decade (« la fin de la décennie précédente / passée / dernière ») is over, no deadline.
    re: /\b(?:end of (?:the|this) (?:current )?decade|fin de (?:la|cette) decennie)\b(?! (?:derniere|passee|precedente)\b)/g,
    resolve: (_m, ctx) => `${Math.ceil(asOfYear(ctx) / 10) * 10}-12-31`,
  },
  // "over the next decade", "dans la prochaine décennie": ten years from now.
  {
    gate: (f) => has(f, 'decade', 'decennie'),
    re: /\b(?:(?:over|within|in|during)\s+the\s+(?:next|coming)\s+decade|(?:dans|sur|d'ici|au cours de|pendant)\s+la\s+(?:prochaine\s+)?decennie(?:\s+a venir|\s+qui vient)?)\b/g,
    resolve: (_m, ctx) => durationEnd(10, 'years', ctx),
  },
  // The year a sentence is about: "2026 sera une année de transition", "2027 will be the year …", "Nous abordons 2026
  // avec …", "We enter 2027 with …".
  {
    gate: (f) => f.year,
    re: /(?:^\W*(20\d{2})(?=\s+(?:sera|will be|is going to be|devra etre|doit etre)\b)|\b(?:abord(?:ons|ent|e|er)|entam(?:ons|ent|e|er)|enter(?:s|ing)?|we start|begin(?:s|ning)?)\s+(20\d{2})\b(?!\s*(?:%|[€\x80]|\$|\d)))/g,
    resolve: (m) => `${m[1] ?? m[2]}-12-31`,
  },
  // "calendar year 2027", "l'année civile 2027": a plain year.
  {
    gate: (f) => f.year,
    re: /\b(?:calendar year|annee civile)\s+(20\d{2})\b/g,
    resolve: (m) => `${m[1]}-12-31`,
  },
  // A year naming the goal's period: "objectif 2027 : 5 M€ de CA", "2027 target: $5M ARR", "CA 2027 : +12 %", with the
  // goal's nouns between in a label ("2020 sales goal = $500k"), an outlook's (« perspectives financières 2022 ») or an
  // expected figure's (« EBITDAR 2025 attendu », real34); a goal's or guidance's year before its measure ("its 2017 sales
  // target between", "their 2024 net sales guidance", "is targeting 2014 revenue growth": stmt57, real30, real45, real54).
  {
    gate: (f) => f.year,
    re: /\b(?:(?:objectifs?|targets?|goals?|budget|plan|perspectives(?: financieres)?|outlook|guidance)\s+(20\d{2})\b|(20\d{2})\s+(?:objectifs?|targets?|goals?|budget|plan|attendue?s?|expected)\b|(20\d{2})\s+(?:[a-z]+\s+){1,2}(?:(?:goals?|targets?|objectifs?)\s*[=:]|(?:target|guidance)\b)|(20\d{2})\s*:(?!\d)|\btarget(?:s|ing)? (20\d{2}) (?=(?:net )?(?:revenue|sales|turnover|earnings|ebitda|profit)))/g,
    resolve: (m, ctx) => ((m[3] ?? m[5]) !== undefined && Number(m[3] ?? m[5]) < Number(ctx.asOf.slice(0, 4)) ? null : `${m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]}-12-31`),
  },
  // A bare year after a deadline preposition: "by 2027", "d'ici 2027", "en 2027", « au cours de l'année 2013 » and "over the
  // course of 2027" (num30: real31, real32); « vers 2020 » (about then) and « aux horizons 2030 » end that year (stmt55, real52);
  // so do « à un horizon désormais fixé à 2022 », « une échéance fixée à 2028 », "a deadline now set for 2028" (stmt65), not
  // before a plural noun (« l'échéance fixée à 2030 unités » counts; « fixé à 2022 avec un décalage » is due then, mend65s).
  // A year after « vers » followed by a noun is a count the goal moves toward, « vers 2040 véhicules » (mend55s).
  {
    // "more in 2018 than in 2017", "plus qu'en 2024": the year compared with is not the goal's; « rien qu'en 2015 » ("in
    // 2015 alone") names the goal's (num31: real30), and so does what one expects in it (« On estime qu’en 2028 », real37).
    gate: (f) => f.year,
    re: /(?<!\b(?:than|que) )(?<!(?<!\b(?:rien|estime|pense|prevoit) )\bqu')\b(?:by|in|before|until|through|throughout|during|for(?: all of)?|d'ici(?: a)?|en|avant|pour|courant|jusqu'en|jusqu'a|tout au long de|durant|pendant|sur|au cours de|over(?= the course)|a l'horizon(?: de)?|aux horizons|a horizon|horizon|a l'echeance|(?:horizon|echeance|deadline) (?:[a-z]+ )?(?:fixee? a|set (?:at|for|to))(?! \d+ (?!dans|mais|plus)[a-z]+s\b)|vers(?! \d+ (?!et|ou)[a-z]))\s+(?:l'ensemble de\s+|the course of\s+)?(?:l'annee\s+|l'exercice\s+|the year\s+|the calendar year\s+)?(20\d{2})\b(?!\s*(?:%|[€\x80]|\$|\d)|[/.]\d\d?[/.]\d)/g,
    // "before 2028", « avant 2028 »: the last day before that year starts, as "before the new year" is 31 December (left45);
    // not "by or before 2028", « d'ici avant 2028 », "before 2028 ends", « avant 2028 inclus »: 2028 is in (mend45a).
    resolve: (m) =>
      `${/^(?:before|avant)/.test(m[0]) && !/\b(?:or|ou|ici) $/.test(textBefore(m.input, m.index, 4)) && !/^,? (?:ends|is over|inclus|compris)/.test(textAfter(m.input, m.index + m[0].length, 10)) ? +m[1] - 1 : m[1]}-12-31`,
  },
];

/** Tokens that may start a day-level date: only then is chrono worth calling. */
const CHRONO_HINT_RE = new RegExp(
  `\\b(?:${MONTH_SOURCE}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tomorrow|demain)\\b|(?<![\\d.,])\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?(?![\\d.,])|(?<![\\d.,])\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?![\\d.,])|\\d{4} \\d{2} \\d{2}`,
);

const END_OF_PREFIX_RE = /(?:\b(?:the\s+)?end\s+of\s+(?:the\s+)?|\b(?:a\s+)?(?:la\s+)?fin\s+(?:du\s+|de\s+la\s+|de\s+l'|d'|de\s+)?)$/;

const AMBIGUOUS_TOKENS = new Set(['sept', 'mar', 'mars', 'may', 'sun', 'sat', 'march']);
const DATE_CUE_BEFORE_RE = /\b(?:by|in|before|until|on|d'ici|en|avant|le|au|jusqu'au|fin)\s+$/;

/** A period after a compared level ("contre 3,8 M€ en 2026", "up from $1.5M in 2026", the currency spelled out too: « contre 10 millions d'euros en 2002 », stmt60) dates the baseline, not the goal. */
const COMPARED_LEVEL_RE = /\b(?:contre|vs\.?|versus|compared (?:to|with)|par rapport a|from)\s+(?:[$€\x80£]\s?)?\d[\d\s.,]*(?:k|m|md|mds|bn|millions?|pts?|points?)?\s?(?:%|[€\x80]|\$|£|eur|(?:d')?euros|usd|chf|(?:de )?dollars)?\s+(?:en|in|au|sur)\s*$/;
/** A launch, an opening, a creation or a commissioning, in any tense, right before its date (left53's M6: a past one dates no goal; mend53b's creations, « née en », "since its launch in"); so does an end ("concluded in 2025", « achevé en 2025 »: its year no count, left60). The ending participles, first, read only before a year (LAUNCHED_BEFORE_RE, which reads a month, leaves them out), never the present « se termine en juin » (mend60l, the lead's (6)). */
export const LAUNCH_DATED_BEFORE_RE = /\b(?:(?<!se |s')(?:(?:conclud|finish|expir|abandon)ed|(?:achev|termin)ee?s?)|adopted|adoptee?s?|completed|launched|founded|established|opened|unveiled|inaugur\w*|commissioned|created|set up|incorporated|into service|mise?s? en service|lancee?s?|fondee?s?|creee?s?|ouverte?s?|nee?s?|(?:since|depuis) (?:its|their|our|the|sa|son|leur) (?:launch|creation|founding|inception|lancement|fondation)) (?:in|on|en|le|au|since|depuis) $/;
/**
 * A past launch, founding or opening right before a date: "launched in", "which opened in", « lors de sa mise en service en »
 * (the words above, after no auxiliary of the present or the future; without the ending participles, first in the source:
 * they date a year only, and a month after "finished in" / « terminée en » is the deadline again, mend60l).
 */
const LAUNCHED_BEFORE_RE = new RegExp(`(?<!\\b(?:be|been|being|will|to|is|are|gets?|getting|etre|ete|sera|seront|est|sont)\\s)${LAUNCH_DATED_BEFORE_RE.source.replace(/.*?s\?\)\|/, '\\b(?:')}`);
/**
 * A year right after a launch's words ("founded in 2021", « lancé en 2023 »), which the mentions below leave out when the
 * launch is past: it dates when something began, so it is no goal number either (stmt53: real50's « Fondé en 2021 » and
 * « lancé en 2023 » were read as targets once they were no deadline).
 */
export const isLaunchYear = (folded: string, start: number, end: number): boolean =>
  // So is a plan's own year ("The plan presented to the board in 2025 calls for 500 customers"), which findDates drops as
  // no deadline: a year is no count either way (mend61l).
  /^(?:19|20)\d\d$/.test(folded.slice(start, end)) && (LAUNCHED_BEFORE_RE.test(textBefore(folded, start, 30)) || ADOPTED_PLAN_BEFORE_RE.test(textBefore(folded, start, 90)));
/**
 * A launch the goal waits for, in its clause: "once the product is launched", "by the time the app is launched", « d'ici
 * la mise en service », « dès que l'offre est lancée » (the folded « des » is checked in the original: « dès »).
 */
const AWAITED_LAUNCH_RE = /\b(?:once|when|whenever|by the time|before|after|until|till|as soon as|des que|d'ici|avant|apres|lorsque|quand|jusqu'a)\b[^,;.]*$/;
/** A period a goal is compared with ("+15 % compared with Q2 2026", "par rapport au T1 2026", "vs. 2026") is the baseline's, never the deadline. */
const COMPARED_PERIOD_RE = /\b(?:compared (?:to|with)|(?:increase|decrease|rise|growth|drop|decline|gain) against|par rapport (?:a|au|aux)|versus|vs\.?)\s+(?:the\s+|le\s+|la\s+|l')?(?:same\s+\w+\s+(?:of|in|last)\s+|meme\s+\w+\s+(?:de|d'|en)\s*)?$/;
/** A quarter or a half named in a date's span (`q1`, « t1 », "quarter", « trimestre », `h2`, « s2 », "half", « semestre »). */
const PERIOD_SPAN_MONTHS_RE = /\b(?:[qths][1-4]\b|quarter|trimestre|half|semestre)/;
const START_CUE_RE = /(?:\bstarting(?: on| from)?|\bbeginning(?: on)?|\bfrom|\bas of|\beffective|\bcommencing|\ba partir d(?:u|e|e la|')?|\ba compter d(?:u|e|e la|')?|\bdes le|\bdes|\bdebut|\bdebutant)\s*(?:the\s+|le\s+|la\s+|l')?$/;
/**
 * A mention that bounds the time itself: "end of", "within 90 days", "dans les 90 prochains jours", "sous 90 jours", and
 * "in / over the next 90 days" (N periods from today) — so "in the next 90 days, next year we double it" is due in 90
 * days, the first goal's deadline, not next year's (the fixtures' README: the first goal keeps its own).
 */
const DURATION_CUE_RE = new RegExp(`\\b(?:end|fin|within|dans|sous|d'ici)\\b|\\b(?:in|over|during|for|inside)\\s+(?:the\\s+)?${NEXT_EN}\\s+\\S+\\s+(?:days?|weeks?|months?|quarters?|years?)\\b`);

const DEADLINE_CUE_RE = /(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bd'ici|\bavant|\bjusqu'(?:a|au|en)|\bau plus tard|\bdeadline|\bd'ici a|\bpour|\bend of|\bfin)\s*(?:the\s+|le\s+|la\s+|l'|du\s+|de\s+|de la\s+|de l'|d')?$/;

/** A cue the parser took into the mention itself ("by March 2027", "avant juin"): as cued as one right before it. */
const OWN_CUE_RE = /^(?:by|before|until|avant|jusqu)\W/;

/**
 * The folded text with the spans our own parsers took blanked out (a non-word, non-digit character keeps the
 * boundaries a span's own slice would see): chrono's results over a taken span are dropped, so a hint only inside
 * one ("2027 03 31", an ISO date folded) is no reason to run chrono — it was most of Check goals' time on ISO deadlines.
 */
function untakenText(folded: string, taken: readonly Span[]): string {
  if (taken.length === 0) return folded;
  let out = '';
  let at = 0;
  for (const span of [...taken].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, span.start);
    const end = Math.min(folded.length, span.end);
    if (end <= start) continue;
    out += folded.slice(at, start) + '\u0001'.repeat(end - start);
    at = end;
  }
  return out + folded.slice(at);
}

/**
 * ISO dates ("2027-03-31") outside the spans already taken, read as chrono's ISOFormatParser reads them (two-digit month and day — the only ISO form the chrono hint below sees —, a word boundary before, a non-word character
 * or the end after; an impossible day is left to chrono, as before), so that a statement whose only date is ISO does
 * not run chrono at all: on 2,000 goals with ISO deadlines chrono was a quarter of Check goals' time, cold.
 * The same with slashes ("2028/02/29", CLDR's short date in en_ZA and ja, y/MM/dd; audit65: it was read as its year
 * alone, 31 December 2028 — `SLASH_YEAR_RE` and the year reader now leave a third part to this one), one-digit parts too;
 * with dots ("2027.08.15") and one-digit ISO parts ("2027-1-5", DATEVALUE's own example form: audit66 — the first was
 * due 31 December 2027, the second no deadline).
 */
const ISO_DATE_RE = /(?<![\w.])(\d{4})([-/.])(\d\d?)\2(\d\d?)(?=\W|$)(?![.,]\d)/g;

/**
 * A dotted or one-digit ISO year-first date is a date only right after a deadline cue ("by 2027.1.5", « d'ici le
 * 2027.08.15 »): "release 2027.1.5", « la version 2027.1.5 », "firmware 2026.3.1", "Sell 2027-1-5 units" are versions or
 * ranges (mend66a: audit66 read them as deadlines, or the goal's 10 % as a baseline). Slashes and two-digit ISO need none.
 */
const DATE_CUE_END_RE = /\b(?:by|until|till|before|d['’]ici le|au|avant le)\s+$/i;
const needsCue = (written: string, sep: string): boolean => sep === '.' || (sep === '-' && written.length < 10);
export const cuedDate = (original: string, at: number, written: string, sep: string): boolean =>
  !needsCue(written, sep) || DATE_CUE_END_RE.test(original.slice(Math.max(0, at - 12), at));

function isoDates(original: string, taken: readonly Span[]): RawDate[] {
  const out: RawDate[] = [];
  ISO_DATE_RE.lastIndex = 0;
  for (let m = /\d[-/.]\d/.test(original) ? ISO_DATE_RE.exec(original) : null; m; m = ISO_DATE_RE.exec(original)) {
    if (!cuedDate(original, m.index, m[0], m[2])) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    if (overlapsAny(span, taken)) continue;
    out.push(rawDate(span.start, span.end, { date: isoFromParts(year, month, day), pastLastDay: false }, false, false));
  }
  return out;
}

/**
 * The characters above U+00FF that chrono-node's English, French and common patterns name (– ∙ 〜 （ ） ：, in its
 * range, time and weekday parsers and its merge refiners; chrono-node 2.10.3, `test/core/statement/perf63-chrono-one-byte.test.ts`
 * reads them from its sources), the two line ends above U+00FF (`.` and `$` read them), and the hyphens and minus
 * YEAR_RANGE_RE names (‐ ‑ −, mend64p: « 2025‑26 » with a no-break hyphen is a year range as « 2025-26 » is; not the
 * em dash —, common in statements: a text holding one stays chrono's one-byte copy, and « 2026—27 » no year range).
 */
export const CHRONO_NAMED_WIDE = '\u2013\u2219\u301c\uff08\uff09\uff1a\u2028\u2029\u2010\u2011\u2212';
/**
 * A year range, "2025-26", « 2026–27 » (the findDates rule below). It reads chronoText's copy, so it names no character
 * above U+00FF but CHRONO_NAMED_WIDE's (a text holding one is read as written; any other reads as U+009F or U+00A0 there:
 * mend64p-year-range.test.ts).
 */
export const YEAR_RANGE_RE = /(?<![\d\-‐‑–−/.#°]|(?:\bmodel|\bref|\bno|\bnum|\bnumber|\bn°|#)\.?\s?)\b((?:19|20)\d\d)[-‐‑–−](\d\d)\b(?![-‐‑–−/.,]?\d|[-‐‑–−])/gi;
/** JavaScript's white space above U+00FF (`\s` matches them): read by chrono as the no-break space U+00A0, also `\s`. */
const WIDE_SPACES = '\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff';

/**
 * perf63: the text chrono reads, one byte a character. V8 compiles each regex once for one-byte subjects and again the
 * first time it reads a two-byte one (perf62), and chrono reads the statement as written, so one « ’ », « “ » or « € » in
 * it compiled chrono's largest patterns (0.15–0.32 MB of native code each) a second time in the first pass. chrono's
 * patterns here have no `u` flag and name no character above U+00FF but those of CHRONO_NAMED_WIDE, so they tell any
 * other such character only by `\s` (white space), `.` (not a line end), `\W`, `\S`, `\D` and negated classes —
 * never by its own value, nor by case (no such character upper-cases to a letter they name): each is written as one
 * character read alike, the no-break space U+00A0 for white space and the C1 control U+009F for the rest (a code unit
 * each, so every index and length chrono returns is the same). A text holding one of CHRONO_NAMED_WIDE is read as
 * written; a text with none above U+00FF is returned as it is.
 */
export function chronoText(original: string): string {
  let codes: number[] | null = null;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code <= 0xff) continue;
    if (CHRONO_NAMED_WIDE.includes(original[i])) return original;
    codes ??= [];
    codes.push(i, WIDE_SPACES.includes(original[i]) ? 0xa0 : 0x9f);
  }
  if (codes === null) return original;
  let out = '';
  let at = 0;
  for (let k = 0; k < codes.length; k += 2) {
    out += original.slice(at, codes[k]) + String.fromCharCode(codes[k + 1]);
    at = codes[k] + 1;
  }
  return oneByte(out + original.slice(at));
}

function chronoDates(prepared: PreparedText, ctx: DateContext, taken: readonly Span[]): RawDate[] {
  // Chrono runs exactly as before whenever a hint lies outside our parsers' spans and the ISO dates (so a range
  // "2026-12-01 to March 2027" is still chrono's); otherwise its only results would have been those ISO dates.
  const iso = isoDates(prepared.original, taken);
  if (!CHRONO_HINT_RE.test(untakenText(prepared.folded, iso.length > 0 ? [...taken, ...iso] : taken))) return iso;
  const { year, month, day } = isoParts(ctx.asOf);
  // Noon local time: chrono works in the runtime's zone; we only read calendar fields back. setFullYear: new Date(y, …)
  // would read a year 0–99 as 1900–1999.
  const ref = new Date(2000, 0, 1, 12);
  ref.setFullYear(year, month - 1, day);
  const primary = ctx.lang === 'fr' ? chronoParseFrReusing : chronoParseEn;
  const secondary = ctx.lang === 'fr' ? chronoParseEn : chronoParseFrReusing;
  const text = chronoText(prepared.original);
  let results = primary(text, ref, { forwardDate: true });
  if (results.length === 0) results = secondary(text, ref, { forwardDate: true });
  const out: RawDate[] = [];
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday')) continue;
    const span = { start: r.index, end: r.index + r.text.length };
    // chrono also reads times ("2M" → 2 a.m.) and "a day": keep only real calendar mentions.
    if (!CHRONO_HINT_RE.test(prepared.folded.slice(span.start, span.end))) continue;
    // "sept" is also seven, "may" a modal verb: a bare ambiguous token is a date only after a date cue.
    const token = prepared.folded.slice(span.start, span.end).trim();
    // Slash dates are ours (day/month order by language, a cue before a year-less one).
    if (/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(token)) continue;
    if (AMBIGUOUS_TOKENS.has(token) && !DATE_CUE_BEFORE_RE.test(textBefore(prepared.folded, span.start, 12))) continue;
    if (overlapsAny(span, taken)) continue;
    // « avant lundi 20 devis signés », "by Monday 20 demos": a weekday's number before a counted noun (no month after it) is
    // the count, the weekday alone the day (left58); only after a deadline word: « Dès lundi 9 agences participeront au challenge
    // de 100 ventes » counts agencies, not the goal (mend58l).
    if (/^[a-z]+(?:day|di|che) \d\d?$/.test(token) && /\b(?:avant|ici|pour|by|before|until)\s+$/.test(textBefore(prepared.folded, span.start, 9)) && /^ (?!nous|vous|dans|puis|sous|plus)(?:[a-z]+ )?[a-z]{2,}[sx]\b/.test(textAfter(prepared.folded, span.end, 30))) {
      const weekday = primary(text.slice(span.start, span.start + token.indexOf(' ')), ref, { forwardDate: true })[0];
      const one = weekday && toRawDate(weekday.start, { start: span.start, end: span.start + token.indexOf(' ') }, year, month);
      if (one) out.push(one.raw);
      continue;
    }
    // "a annoncé jeudi son président", "said on Monday": the day a statement was reported, not the goal's deadline.
    // A meeting "held on Wednesday" is past only when told so: "was held", "heard the meeting held on", "held on Monday
    // approved"; "before the board meeting held on Tuesday" is the goal's day (stmt55, narrowed by mend55s).
    if (!c.isCertain('day') && !c.isCertain('month') && (REPORTED_BEFORE_RE.test(textBefore(prepared.folded, span.start, 45)) || (REPORTED_AFTER_RE.test(textAfter(prepared.folded, span.end, 12)) && !/\d[^.;!?]*$/.test(prepared.folded.slice(0, span.start).replace(AGENCY_DATELINE_RE, ''))) || PAST_HELD_RE.test(`${textBefore(prepared.folded, span.start, 80)}#${textAfter(prepared.folded, span.end, 20)}`))) continue;
    // A range ("from September to October", "de septembre à octobre", "between 1 March and 30 June"): its two ends are
    // two mentions, so the start can be a start and the end the deadline (chrono reads both as one result).
    const end = r.end;
    const separator = end && (end.isCertain('day') || end.isCertain('month')) ? RANGE_SEPARATOR_RE.exec(prepared.folded.slice(span.start, span.end)) : null;
    if (end && separator) {
      const cut = span.start + separator.index;
      const first = toRawDate(c, { start: span.start, end: cut }, year, month);
      const second = toRawDate(end, { start: cut + separator[0].length, end: span.end }, first?.year ?? year, month);
      if (first) out.push(first.raw);
      if (second) out.push(second.raw);
      continue;
    }
    const one = toRawDate(c, span, year, month);
    if (one) out.push(one.raw);
  }
  return out;
}

/**
 * A dateline's place and what follows its day: the text's first words, capitalised, then a comma — in capitals
 * ("SANTIAGO,", "KUALA LUMPUR,") or before an agency's parenthesis ("New Delhi, Apr 4 (KNN)") — and after the day a dash,
 * the agency, then the story's capitalised first word; "CA, 30 juin : 5 M€", "ARR, June 30 - reach …" are no datelines.
 */
const DATELINE_PLACE_RE = /^(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,}[A-ZÀ-Þ]|[A-Z][A-Za-z.'’ -]{2,24}(?=,\s*#\s*\())\s*,\s*#/;
// …and the story a third person reports: a name, then a reporting or goal verb in the third person ("Acme Corp expects",
// "Chilean retailer Falabella aims", « L'entreprise vise »), never an imperative goal ("SALES, June 30 — Reach $5M", « FRANCE,
// 30 juin — Atteindre 500 clients »: a label or a region, mend61s). No figure between the name and its verb. A report's
// verb in the past counts as its present does ("The Kerala government on Thursday announced", « La région annonce », stmt62).
// A past report's verb too (left63): "The company reported / posted / published / recorded", « a annoncé », « a publié »,
// « a enregistré », « a réalisé », « publie ».
// « annonce » after a determiner is the noun (« FRANCE, 30 juin — Publier une annonce … »: an imperative, mend62s).
// Nor the first person plural or a team ("EMEA, June 30 — We aim to …", "— The team aims to …", « — Notre équipe vise … »,
// « — Nous visons … »): the writer's own goal, its date the deadline (left62). Not a company so named (mend62l): "We Are
// Social aims", "Our Future Health plans" (a capital after We / Our), "On Holding aims", "On aims" (« On » before a
// lower-case word other than those verbs: « On vise », "On track: we aim"), "The team at Acme Corp", « L'équipe de Renault »
// (a team of a name) report on others.
const DATELINE_AFTER_RE = /^\s*(?:\([^)]*\)\s*)?(?:[-–—―]+\s*)?(?!(?:We|Our|Nous|Notre|Nos) [a-zà-ÿ]|On (?!(?:(?:aim|plan|expect|target|say)s|is|are|will|said|announce[sd]|unveil(?:s|ed))\b)[a-zà-ÿ]|(?:The|L['’]|Les?|La) ?(?:[A-Za-zÀ-ÿ]+ ){0,2}(?:team|équipe|équipes)\b(?! (?:at|of|behind|from|de|d['’]|du|chez) ?[A-ZÀ-Þ]))[A-ZÀ-Þ][^\d,;.]{0,40}? (?:(?:aim|plan|expect|target|say)s?|is|are|will|said|announce[sd]|unveil(?:s|ed)|report(?:s|ed)|post(?:s|ed)|publish(?:es|ed)|record(?:s|ed)|a (?:annonc|publi|enregistr|r[ée]alis)(?=[ée]\s)|publie|vise|veut|pr[ée]voit|(?<![Uu]ne |[Ll]a |[Ll]es |[Dd]es |[Ss]on |[Ss]a |[Ss]es |[Cc]ette |[Nn]otre |[Vv]otre |[Ll]eur )annonce)\b/;
/** A reporting verb in the past right before a weekday: "a annoncé", "ont déclaré", "said (on)", "announced"; or "since" /
 * « depuis » (« Depuis lundi, … »: a day already past, stmt56). */
/** A meeting held in the past: "was held on", "heard the … meeting held on", "held on Monday approved", "… held on Wednesday heard" (`#` stands for the weekday). */
const PAST_HELD_RE = /\b(?:(?:was|were) |(?:heard|said) [^.;#]* )held (?:on )?#|\bheld (?:on )?#,? (?:[a-z]+ed|heard|said|told)\b/;
// "said in a joint statement on Friday", "told Bloomberg on Sunday" (stmt57: real54, real46): a statement's kind or one
// listener between the verb and "on" still dates the report. The French inversion takes every participle a report uses, not
// only those in -é: « a-t-il fait savoir lundi », « a-t-elle dit mardi », « ont-ils écrit » (stmt62, real59).
const REPORTED_BEFORE_RE = /\b(?:(?:a|ont|a t (?:il|elle|on)|ont(?: t)? (?:ils|elles)) (?:[a-z]+e|dit|ecrit|repondu|admis|fait savoir)|said|announced|told|stated|reported|revealed|unveiled|declared|publie|published|pris|depuis|since)\s+(?:(?:dans un communique|in a (?:[a-z]+ )?statement|(?!(?:by|before|until|till|next|this|avant|pour|jusqu)\b)[a-z]+(?= (?:on\s+)?$))\s+)?(?:on\s+)?$/;
/**
 * A strategy or roadmap already running or over ("five-year strategy, launched in 2022", "5-year strategy ended last year",
 * "renewed our three-year strategy partnership", mend57s): its span counts from its
 * own start, not from today, so it gives no deadline. `#` stands for the "N-year" words.
 */
const PAST_STRATEGY_RE = /\b(?:renewed|completed|ended|extended) (?:[a-z]+ )?#|#(?:strategy|roadmap)(?: partnership\b|,?(?: [a-z]+){0,2}? (?:launched|ended|started|began|renewed)\b)/;
/**
 * An N-year strategy's own start ([1]) or end year ([2]) right after it: "strategy adopted in 2019", "plan, completed in 2025"
 * (left58). Its own participle only, at once or after a comma: "a plan with partners launched in 2021" dates the partners (mend58l).
 * Any participle of adoption or presentation, with its agent ("approved by the board in 2026", "endorsed", "unveiled in
 * 2024"), is the same start (left59): a class of verbs, not a list.
 */
/**
 * A strategy or plan's own participle, its agent maybe, before "in" / « en » (left59): right after the noun, or after a comma
 * closing its complement (« stratégie à cinq ans, approuvée en »), never words further on ("The plan was to double revenue in").
 * One adjective may sit between noun and participle, and the participle may take its complement (« plan commercial présenté
 * aux équipes en 2025 », "approved at the AGM in", « adopté lors de l'assemblée en »): who or where it was presented to is
 * the agent's place (left61).
 */
const ADOPTED_PLAN_BEFORE_RE = /\b(?:strateg(?:y|ie)|plan|roadmap|feuille de route)\b(?:[^,.;]{0,25},| [a-z]+)? \w+(?:ed|e{1,2}s?)(?: (?:by|par|to|at|before|aux?|a|devant|lors d\S*) [^,.;]{1,25}?)? (?:in|en) $/;
/**
 * A participle that ends the plan ("finished", "concluded", "expired", "abandoned", "closed in 2025") is its end year, as
 * "completed"; "renewed" is neither (convention (6): no today + N). The agent runs to the year, within the clause ("approved
 * by the Board of Directors in", "presented to investors in"): one bound for the span and its year (mend59l).
 */
const OWN_YEAR_STRATEGY_RE = /^(?: ?(?:strategy|roadmap|plan))?,? (?!renewed)(?:(?!(?:complet|end|finish|conclud|expir|abandon|clos)ed)(\w+ed|began)(?: (?:by [^,.;\d]*?|to (?:(?:the|our|its|their) [^,.;\d]*?|[a-z]+s)))?|\w+ed) in (\d{4})/;
/** A place opening the text, then its comma: « À Bujumbura, ce », "In Paris, on " (the weekday's full date follows; stmt63). */
const PLACE_DAY_BEFORE_RE = /^\s*(?:(?:[ÀA]|In|At) [A-ZÀ-Þ]|Au |Aux )[^\d,;.:!?]{1,30},\s*(?:ce |le |on )?$/;
/** …and a report after it ("the director announced", « M. X a informé que »; a title's period, « M. », "Dr.", is no sentence end): "In Paris, on Monday 3 March 2025, open 20 stores" keeps its day. */
// (The report's verb before any figure: "…, we will have opened 20 stores, the director said" is the goal told, mend63s.)
const PLACE_DAY_REPORT_AFTER_RE = /^(?:[^.;!?\d]|(?<=\b(?:m|mm|mme|dr|mr|mrs|ms|st))\.)*?\b(?:(?:a|ont) (?:\S+ )?(?:informe|annonce|indique|declare|dit|precise|affirme|fait savoir|explique|assure)|said|announced|told|stated|unveiled|indicated|explained)\b/;
/** A weekday then a full date with its year: « mardi 13 décembre 2016 », "Monday 3 March 2025", "Monday, March 3, 2025" (its weekday before the mention: `WEEKDAY_BEFORE_RE`, mend63s). */
const WEEKDAY_FULL_DATE_RE = /^(?:ce |le |on )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:[^,;.]{0,20}|[a-z]+ \d{1,2}, )\d{4}$/;
/** A weekday left before a date mention: "on Monday, " before "March 3, 2025". */
const WEEKDAY_BEFORE_RE = /(?:(?:ce|le|on) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? $/;
/**
 * A news dateline with its agency opening the text, "thiruvananthapuram, nov 16 (pti)", « lyon, 16 nov. (afp) » (folded): its
 * day is no figure of the goal, so the weekday of the report after it is still the report's (stmt62, real59).
 */
const AGENCY_DATELINE_RE = /^[a-z][a-z .'-]{2,30}, (?:[a-z]{3,9}\.? \d{1,2}|\d{1,2} [a-z]{3,9}\.?)\s*\([^)]*\)/;
/** The weekday before its reporting verb: "on Thursday said", "Monday announced" (stmt57, real54). */
const REPORTED_AFTER_RE = /^,?\s+(?:said|told|announced|stated|added|declared|reported)\b/;

const RANGE_SEPARATOR_RE = /\s+(?:to|through|thru|until|till|and|a|au|et|jusqu'a|jusqu'au)\s+|\s*[-–]\s*/;

/** One end of a chrono result as a raw date: a month without a day is its last day. */
/** The calendar fields of one end of a chrono result. */
interface ChronoComponents {
  get(component: 'year' | 'month' | 'day'): number | null;
  isCertain(component: 'day' | 'month' | 'weekday'): boolean;
}

function toRawDate(c: ChronoComponents, span: Span, refYear: number, refMonth: number): { raw: RawDate; year: number } | null {
  const y = c.get('year') ?? refYear;
  const mo = c.get('month') ?? refMonth;
  const d = c.get('day') ?? 1;
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  const resolved = resolvedWithin(() => (dayKnown ? isoFromParts(y, mo, d) : isoFromParts(y, mo, daysInMonth(y, mo))));
  if (!resolved.pastLastDay && !isValidIsoDate(resolved.date)) return null;
  return { raw: rawDate(span.start, span.end, resolved, !dayKnown, false), year: y };
}

/** A day, month, quarter or half named by the calendar ("June", "March 15th", "4/30", "Q2"), not a duration or a period relative to as-of. */
const NAMED_RE = new RegExp(`\\b(?:${MONTH_SOURCE}|[qths][1-4]|christmas|xmas|noel)\\b|\\d[/.]\\d|\\d(?:st|nd|rd|th|er)\\b`);

/**
 * A resolver's date, or — when its arithmetic reaches past 31 December 9999 (`PastLastDay`, core/dates.ts) — a mention
 * marked as such, dated `LAST_DAY` so it keeps its span (its words are no quantity) and is never read as a deadline.
 */
function resolvedWithin(resolve: () => IsoDate | null): Resolved {
  try {
    return { date: resolve(), pastLastDay: false };
  } catch (error) {
    if (isPastLastDay(error)) return { date: LAST_DAY, pastLastDay: true };
    throw error;
  }
}

/** Every date mention of the statement, with its role. */
export function findDates(prepared: PreparedText, sheetCtx: DateContext): DateMention[] {
  const { folded } = prepared;
  // "its next fiscal year, which begins July 1", "our fiscal year starts in July": the sentence's own fiscal start wins over
  // the sheet's, and the day it begins is the goal's start, no deadline (the fortieth real set's rule, left44).
  // (Its "fiscal", "financial year" and « exercice » are FISCAL_WORDS: a text without one is not scanned, speed45.)
  const facts = dateFacts(folded);
  const own = facts.fiscal ? FISCAL_START_RE.exec(folded) : null;
  const ctx = own ? { ...sheetCtx, fiscalYearStartMonth: MONTH_WORDS[own[2]] } : sheetCtx;
  const monthAt = own ? own.index + own[0].length - own[2].length : -1;
  const raw: RawDate[] = [];
  // "The budget for 1994-95", "the 2025–26 plan": a year written over two with a hyphen and no fiscal word is a fiscal year
  // named after the year it ends in, as « 2025/26 » above (stmt51: real48 read 1994 as the target). Read on the original,
  // where the hyphen still stands: folded "2026 27" may be a year then a count ("in 2026 27 new stores").
  // Only standing alone (mend51d): not glued to other digits or hyphens ("Call 555-2027-28"), not a code ("model 2027-28",
  // "ref 2026-27", "#2027-28", « n° 2027-28 »), not a quarter's or a half's year ("Q1 2027-28", « T1 2027-28 », "H1 2027-28"
  // keep 7b03cb88's reading, the quarter of the first calendar year); "the 2027-28 financial year" is one mention, as "by
  // the 2027-28 financial year" (its words alone would read the current fiscal year).
  // On chrono's one-byte copy of the original (perf64), so a ’ or a € in the statement does not compile it a second time.
  // (Exec loops here and in impossibleDate, not matchAll, which copies the regex at each call: perf66.)
  const ranged = facts.digit ? chronoText(prepared.original) : '';
  YEAR_RANGE_RE.lastIndex = 0;
  for (let m = facts.digit ? YEAR_RANGE_RE.exec(ranged) : null; m; m = YEAR_RANGE_RE.exec(ranged)) {
    const yearWords = / (?:fiscal|financial) year\b/.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 15));
    const span = { start: m.index, end: m.index + m[0].length + (yearWords?.index === 0 ? yearWords[0].length : 0) };
    // (After a fiscal word, "FY 2026-27" is FISCAL_RE's, whose span the goal's window reads.)
    if ((Number(m[1]) + 1) % 100 === Number(m[2]) && !overlapsAny(span, raw) && !/\b(?:fy|fiscal|financial year|exercice|annee fiscale|[qths][1-4])\s?'?$/.test(folded.slice(0, m.index))) raw.push(rawDate(span.start, span.end, resolvedWithin(() => fiscalYearEnd(Number(m[1]) + 1, ctx)), false, true));
  }
  for (const parser of PARSERS) {
    if (parser.gate && !parser.gate(facts)) continue;
    parser.re.lastIndex = 0;
    for (let m = parser.re.exec(folded); m; m = parser.re.exec(folded)) {
      const span = { start: m.index, end: m.index + (parser.length?.(m) ?? m[0].length) };
      if (overlapsAny(span, raw)) continue;
      // "the retailer announced this week", "a annoncé cette semaine": when the news was told, not the goal's deadline.
      // (« comme annoncé en novembre », "as announced in May", real34: analyze.ts `SAID_BEFORE_RE`, num31.)
      if (/^(?:this|cette|ce)\s/.test(m[0]) && REPORTED_BEFORE_RE.test(textBefore(folded, span.start, 30))) continue;
      raw.push(rawDate(span.start, span.end, resolvedWithin(() => parser.resolve(m, ctx)), parser.monthLevel === true, false));
    }
  }
  raw.push(...chronoDates(prepared, ctx, raw));
  raw.sort((a, b) => a.start - b.start);
  // "by June 30th next year", "d'ici le 30 juin de l'année prochaine": a day or a month named without its year, then "next
  // year" — never a duration or a relative period ("within 3 months, next year we double it" stays as-of + 3 months).
  for (const r of raw) {
    const next = /^\s*,?\s+(?:of |de )?(?:next year|l'annee prochaine|l'an prochain)\b/.exec(folded.slice(r.end));
    if (!r.date || !NAMED_RE.test(folded.slice(r.start, r.end)) || !next || /\d{4}/.test(folded.slice(r.start, r.end))) continue;
    const { month, day } = isoParts(r.date);
    const year = asOfYear(ctx) + 1;
    // (As the former `Object.assign(r, resolved)`: a date resolved again takes its new date and keeps a past-last-day mark.)
    const resolved = resolvedWithin(() => isoFromParts(year, month, Math.min(day, daysInMonth(year, month))));
    r.date = resolved.date;
    if (resolved.pastLastDay) r.pastLastDay = true;
    for (const o of raw) if (o.start >= r.end && o.start < r.end + next[0].length) o.date = null;
    r.end += next[0].length;
  }
  const mentions: DateMention[] = [];
  for (const r of raw) {
    if (!r.date) continue;
    // "the end of Q2", "la fin du T2": the "end of" words belong to the date mention.
    const endOf = END_OF_PREFIX_RE.exec(textBefore(folded, r.start, 25));
    if (endOf) r.start -= endOf[0].length;
    const before = textBefore(folded, r.start, 30);
    const originalBefore = textBefore(prepared.original, r.start, 30);
    // "dès" folds to "des" (an article): trust the accent in the original text.
    // The preposition may open the mention itself ("en 2026").
    if (COMPARED_LEVEL_RE.test(before + (/^(?:en|in|au|sur)\s/.exec(folded.slice(r.start, r.end))?.[0] ?? ''))) continue;
    if (COMPARED_PERIOD_RE.test(before)) continue;
    // "the app launched in October", « lancé en octobre 2005 », « lors de sa mise en service en 2018 »: when something was
    // launched, founded or opened dates it, not the goal ("will be launched in Q2" stays one; stmt52, real49).
    const opening = /^(?:en|in|on|le|au)\s/.exec(folded.slice(r.start, r.end))?.[0] ?? '';
    // Only a launch already past: a date before the as-of date, or a month named without its year after a past participle
    // the goal does not wait for ("the app launched in October", « Lancée en mars, … »). A future date a goal waits for
    // stays its deadline: "once the product is launched in Q2 2027", « dès la mise en service en mars 2027 » (mend52b).
    // The date against today decides first, whatever the tense (left53's M6): "is launched in 2019" read on 2026-12-06 is
    // past, "is launched in 2027" and « sera mis en service en 2028 » are ahead.
    // A strategy or plan adopted, approved, presented … in a past year (« Notre stratégie à cinq ans, approuvée en 2025 »,
    // "The plan, endorsed by the board in 2024"): any participle after the plan's noun, as a launch (left59).
    if ((LAUNCH_DATED_BEFORE_RE.test(before + opening) || ADOPTED_PLAN_BEFORE_RE.test(textBefore(folded, r.start, 90) + opening)) && r.date < ctx.asOf) continue;
    // "Our three-year roadmap launched in 2026": an N-year strategy's own year, past or not, anchors its span (read with the
    // span above, OWN_YEAR_STRATEGY_RE), no deadline of its own (mend58l); any participle ("signed", "ended") dates the plan.
    if (/year (?:\w+ )?(?:strategy|roadmap|plan),? (?:\w+ed|began)(?: (?:by [^,.;\d]*?|to (?:(?:the|our|its|their) [^,.;\d]*?|[a-z]+s)))? in $/.test(folded.slice(0, r.start) + opening)) continue;
    if (LAUNCHED_BEFORE_RE.test(before + opening) && !/\d{4}/.test(folded.slice(r.start, r.end)) && !awaitedLaunch(folded, prepared.original, r.start)) continue;
    const startCue = START_CUE_RE.exec(before);
    // Only the month or day the fiscal year begins is the start: the current fiscal year's unless the sentence says "next"
    // ("Our fiscal year starts in July; reach $5M by March 2027" starts on 1 July 2026, mend44b).
    const fyStart = r.start <= monthAt && r.end > monthAt;
    // (The fiscal year's own words are its subject, not a deadline, unless a deadline's words lead to them: "by the end of
    // our fiscal year, which starts in April" is due when that year ends, left48.)
    if (own && !fyStart && r.start >= own.index && r.start < monthAt && !/\d/.test(folded.slice(r.start, r.end)) && !/\b(?:by|end of|fin de|d'ici) (?:the |our |its |l')?$/.test(before)) continue;
    // A news dateline opening the text ("SANTIAGO, June 2 Chilean firm …", "MELAKA, April 11 — …", "New Delhi, Apr 4 (KNN)
    // …"): the day the story was filed, never the goal's deadline (stmt61: real54:71, real58:28 read it so) — a day and month
    // with no year after a capitalised place alone, in capitals or before an agency's parenthesis. It stays a mention (its
    // day is no figure of the goal) but is no date of the goal at all: no deadline, and no start either (mend61s: read as a
    // start, resolved forward, it made Check goals count "LONDON, 14 March — … in 2027" from a future day).
    // So is a place then the full day with its weekday, set off by commas (« À Bujumbura, ce mardi 13 décembre 2016, M. X a
    // informé que … », "In Paris, on Monday 3 March 2025, the director announced …": stmt63, real60): the day it was said.
    // (Only a day already come, on or before the as-of date: « ce lundi 1er mars 2027, nous aurons ouvert 20 magasins » is the
    // goal's day; the weekday may stand before the mention, "on Monday, March 3, 2025": mend63s.)
    const weekdayBefore = r.start < 60 ? WEEKDAY_BEFORE_RE.exec(folded.slice(Math.max(0, r.start - 20), r.start)) : null;
    const dayFrom = weekdayBefore ? r.start - weekdayBefore[0].length : r.start;
    const dateline = (r.start < 40 && !/\d{4}/.test(folded.slice(r.start, r.end)) && DATELINE_PLACE_RE.test(`${prepared.original.slice(0, r.start)}#${prepared.original.slice(r.end, r.end + 2)}`) && DATELINE_AFTER_RE.test(prepared.original.slice(r.end))) || (dayFrom < 50 && r.date <= ctx.asOf && PLACE_DAY_BEFORE_RE.test(prepared.original.slice(0, dayFrom)) && WEEKDAY_FULL_DATE_RE.test(folded.slice(dayFrom, r.end)) && /^\s*,/.test(folded.slice(r.end, r.end + 2)) && PLACE_DAY_REPORT_AFTER_RE.test(folded.slice(r.end, r.end + 160)));
    const isStart = fyStart || (startCue !== null && (!/\bdes\s*(?:le\s+|la\s+|l')?$/.test(before) || /dès\s*(?:le\s+|la\s+|l')?$/i.test(originalBefore)));
    // A start names the FIRST day of a month named without a day ("à partir de janvier 2027").
    // left63: a start naming a quarter or a half ("from Q1 2027", « dès le T1 2027 », « à partir du deuxième trimestre »)
    // names its FIRST day too, not its end: the months before the period's last, from the first of its first month.
    // Not after "the end of" / « la fin du » ("From the end of Q1 2027", « À partir de la fin du T1 2027 »): that names
    // the period's last day, as before left63 (mend63l).
    const startSpan = isStart && !r.monthLevel && !endOf ? PERIOD_SPAN_MONTHS_RE.exec(folded.slice(r.start, r.end)) : null;
    let date = isStart && r.monthLevel ? startOfPeriod(r.date, 'month') : startSpan ? addMonths(startOfPeriod(r.date, 'month'), /^[hs]\d|half|semest/.test(startSpan[0]) ? -5 : -2) : r.date;
    // A fiscal year the clause names, "fiscal year 2028, which begins April 1", is the twelve months ending in 2028 (named
    // after the year it ends in): it starts on 1 April 2027; a start with its own year ("starts in March 2027") keeps it (mend45a).
    if (fyStart && own?.[1]) date = `${+own[1] - +(ctx.fiscalYearStartMonth > 1)}${date.slice(4)}` as IsoDate;
    else if (fyStart && date > ctx.asOf && !/\d{4}/.test(folded.slice(r.start, r.end)) && !/next f|prochain exercice|exercice prochain/.test(folded)) date = `${+date.slice(0, 4) - 1}${date.slice(4)}` as IsoDate;
    mentions.push({ start: r.start, end: r.end, date, role: dateline ? 'dateline' : isStart ? 'start' : 'deadline', cued: DEADLINE_CUE_RE.test(before) || DURATION_CUE_RE.test(folded.slice(r.start, r.end)) || OWN_CUE_RE.test(folded.slice(r.start, r.end)), ...(r.pastLastDay ? { pastLastDay: true as const } : {}), ...(r.splitYear ? { splitYear: true as const } : {}) });
  }
  // "The fiscal year starts in March 2027": the fiscal year meant begins then, not the current one its words read (mend45a).
  // A fiscal year named by its year keeps it: "by the end of fiscal 2027, which began in October 2026" is due on 30
  // September 2027 (mend48a: left48's past starts read none).
  // Ruling C4 (left61): a fiscal year named by its year(s) ("FY28", "fiscal 2028", « l'exercice 2028 », "2027/28") ends in
  // the last calendar year it names; a month the sentence gives as that year's end, with no year of its own ("FY28, which
  // ends June 30", « l'exercice 2028 clos le 31 mars », "our FY ends in March"), is its end in that year, not the month's
  // next occurrence after today. (Not an end already past: the analysis drops a past deadline and would read the year's
  // own end instead; that case keeps its former reading.)
  const namedFiscal = facts.fiscal || /\bfy/.test(folded) ? mentions.find((m) => m.role === 'deadline' && /\d\d/.test(folded.slice(m.start, m.end)) && (m.splitYear || /\b(?:fy|fiscal|exercice)/.test(folded.slice(m.start - 9, m.end)))) : undefined;
  // Only the fiscal year itself ending right before the month ("FY28, which ends", "our fiscal year ends in", "(fiscal year
  // ending", « l'exercice 2028 clos le », "our year ends"): never a trial, lease, contract or quarter that ends (mend61l).
  // left62: the end may follow in parentheses (« l'exercice 2028 (clos le 31 mars) »), and it is the named fiscal year's own
  // end too, so "by end of FY28 (fiscal year ending 31 March)" — a cued end of the year, which would win over the month —
  // is due on 2028-03-31, not 2028-12-31 (Ruling C4: the named end wins). Not a quarter or a half of that year (their own
  // ends are not the year's).
  const yearEnd = namedFiscal ? fiscalYearEnd(+namedFiscal.date.slice(0, 4), ctx) : null;
  for (const m of namedFiscal ? mentions : []) {
    const date = `${namedFiscal!.date.slice(0, 4)}${m.date.slice(4)}` as IsoDate;
    if (m !== namedFiscal && date >= ctx.asOf && !/\d{4}/.test(folded.slice(m.start, m.end)) && /\b(?:fiscal|fy|exercice|year)(?: ?\d+)?,?(?: which| qui)?(?: \(| )(?:end(?:s|ing)?|clos|se termine) (?:\w\w )?$/.test(textBefore(folded, m.start, 40))) {
      m.date = date;
      if (namedFiscal!.date === yearEnd) namedFiscal!.date = date;
    }
  }
  const s = own && !own[1] && mentions.find((m) => m.start <= monthAt && m.end > monthAt && /20\d\d/.test(folded.slice(m.start, m.end)));
  const found = s ? mentions.filter((m) => !(m.end > own.index - 3 && m.end <= s.start)) : mentions;
  // A bare "this fiscal" / "next fiscal" (Indian English, stmt45) reads the Settings' fiscal year only when the sentence
  // names no month of its own: "by the end of this fiscal (March 2027)", "Our fiscal year ends in March; grow
  // revenue 10% this fiscal" are due in March; "on Tuesday, … by the end of this fiscal" keeps the fiscal year (mend47a).
  const given = found.filter((m) => m.role !== 'deadline' || !/ fiscal$/.test(folded.slice(m.start, m.end)));
  return given.some((m) => m.role === 'deadline' && MONTH_NAME_RE.test(folded.slice(m.start, m.end))) ? given : found;
}

/** Whether the clause before a launch's date waits for it (AWAITED_LAUNCH_RE; « dès » read with its accent). */
function awaitedLaunch(folded: string, original: string, at: number): boolean {
  const clause = (s: string): string => s.split(/[,;.]/).pop() ?? '';
  return AWAITED_LAUNCH_RE.test(clause(textBefore(folded, at, 80))) || /\bdès\b[^,;.]*$/i.test(clause(textBefore(original, at, 80)));
}

// Days 0 and 29–39 with a month name; numeric dates with a year, or without one after a date cue ("by 30/02"); ISO dates
// (folded "2027 02 30", "2027-2-30") and year-first slash or dot ones ("2028/02/30", "2027/13/01", "2027.02.30": mend65a, audit66; isoDates reads the possible ones). The cue is looked behind from after the day (a lookbehind opening an alternative keeps V8 from
// skipping ahead; no match ends right before a digit, so the day still starts right after the cue).
export const IMPOSSIBLE_RE = new RegExp(
  `\\b(?:(0|29|3\\d)(?:st|nd|rd|th|er|e)?\\s(?:of\\s)?(${MONTH_SOURCE})|(${MONTH_SOURCE})\\.?\\s(0|29|3\\d)(?:st|nd|rd|th)?)\\b(?:,?\\s(\\d{4})\\b)?|\\b(\\d\\d?)[/. ](\\d\\d?)[/. ](\\d{4}|\\d\\d)\\b|(\\d\\d?)(?<=${SLASH_CUE_WORD}\\d\\d?)\\/(\\d\\d?)(?![\\d,/%]|\\.\\d)|\\b(\\d{4})[\\s/.](\\d\\d?)[\\s/.](\\d\\d?)\\b`,
  'g',
);

/**
 * What every IMPOSSIBLE_RE match holds: a day 0, 29 or 3x at a word start (beside a month name), digits split twice by "/",
 * "." or a space, or "d/d". Only a statement with one is scanned (IMPOSSIBLE_RE tries its month names at every position;
 * "any digit" let 198 of the 239 corpus statements through, this 48, perf42).
 */
export const IMPOSSIBLE_GATE = /\b(?:0|29|3\d)|\d[/.\s]\d\d?[/.\s]\d|\d\/\d/;

/**
 * A date the calendar does not have ("by 31 June 2027", "d'ici le 30 février", "31/06/2027", "by 32 May", "2027-02-30",
 * "by 30/02"), as written, and its span (its numbers are no goal's): the parsers drop it, so the analysis reports it
 * instead of reading the sentence as having no deadline. Null when there is none.
 */
export function impossibleDate(prepared: PreparedText, ctx: DateContext): (Span & { text: string }) | null {
  if (!IMPOSSIBLE_GATE.test(prepared.folded)) return null;
  IMPOSSIBLE_RE.lastIndex = 0;
  for (let m = IMPOSSIBLE_RE.exec(prepared.folded); m; m = IMPOSSIBLE_RE.exec(prepared.folded)) {
    // A one-digit year-first part after a space is three numbers ("2027 2 30"); after "-", "/" or "." a date (audit66).
    if (m[11] && m[0].length < 10 && /\s/.test(prepared.original.slice(m.index + 4, m.index + m[0].length))) continue;
    // "firmware 2027.2.30" is a version, not a day to report (mend66a): the same cue as isoDates'.
    if (m[11] && !cuedDate(prepared.original, m.index, m[0], prepared.original[m.index + 4])) continue;
    const numeric = m[6] ?? m[9];
    const [a, b] = m[11] ? [Number(m[13]), Number(m[12])] : numeric ? [Number(numeric), Number(m[7] ?? m[10])] : [Number(m[1] ?? m[4]), MONTH_WORDS[m[2] ?? m[3]]];
    // A numeric date in the slash parser's order; without a year, 29 February is a day some year has.
    const [day, month] = numeric && a < 13 && (!(ctx.dayFirst ?? ctx.lang === 'fr') || b > 12) ? [b, a] : [a, b];
    const yearToken = m[8] ?? m[11] ?? m[5];
    const year = yearToken ? (yearToken.length < 4 ? sentenceYear(Number(yearToken), ctx) : Number(yearToken)) : 2000;
    // Year first ("2027/13/01", "2027-13-01"), a month above 12 is no month: chrono read it year/day/month (mend65a).
    if (m[11] ? month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) : month >= 1 && month <= 12 && (day < 1 || day > daysInMonth(year, month))) {
      const end = m.index + m[0].length;
      IMPOSSIBLE_RE.lastIndex = 0; // as matchAll left it (an exported regex)
      return { start: m.index, end, text: prepared.original.slice(m.index, end) };
    }
  }
  return null;
}

/**
 * The deadline among the mentions: a cued one ("by …", "d'ici …") first, else the last one. A split year ("the 2027-28
 * plan") only when no other deadline is stated: "Book 40 demos by March 2027 under the 2027-28 plan" is due in March (mend51d).
 */
export function pickDeadline(mentions: readonly DateMention[]): DateMention | null {
  const all = mentions.filter((m) => m.role === 'deadline');
  const stated = all.filter((m) => !m.splitYear);
  const deadlines = stated.length > 0 ? stated : all;
  if (deadlines.length === 0) return null;
  return deadlines.find((m) => m.cued) ?? deadlines[deadlines.length - 1];
}

/**
 * "Close 40 new accounts in Q2 2027", « au T2 2027 », "in H1", "in March 2027": a goal for the quarter, half or month it
 * names (no "by", "end of", no day) starts on that period's first day, not today. Null otherwise.
 */
export function namedPeriodStart(mention: DateMention | null, folded: string): IsoDate | null {
  const text = mention && !mention.cued ? folded.slice(mention.start, mention.end).replace(/\b\d{4}\b|'\d\d/g, '') : '';
  const months = /\b[qt][1-4]\b|quarter|trimestre/.test(text) ? 3 : /\b[hs][12]\b|half|semestre/.test(text) ? 6 : !/\d/.test(text) && oneMonthName(text) ? 1 : 0;
  return mention && months > 0 ? addMonths(startOfPeriod(mention.date, 'month'), 1 - months) : null;
}

/** The words a year named as the goal's own period may come with: "in 2027", « en 2027 », "FY2027", « sur l'exercice 2027 ». */
const YEAR_PERIOD_RE = /^(?:in|en|for|pour|during|durant|pendant|over|sur|(?:the|l')?(?:calendar|fiscal|financial)?\s*(?:year|annee|exercice)|fy|fiscal|financial|\s)*$/;

/**
 * A mention's words with each fiscal year in it written "fy", however it was written ("FY27", "FY 2026-27", "FY2026/27",
 * "fiscal year 2027": the fiscal parser read each as ONE year), so the window tests below see one year, not two numbers.
 */
function fiscalYearsAsOne(text: string): string {
  return text.includes('f') || text.includes('exercice') ? text.replace(FISCAL_RE, ' fy ') : text;
}

/**
 * "Sign 160 new customers in 2027", « en 2027 », "in FY2027", "in FY27", "in FY 2026-27", "next financial year": a year
 * named as the goal's period (no "by", "end of") starts on its first day — the fiscal year's when the deadline is a fiscal
 * year's end (the mention's date is that year's last day, `fiscalBlock` gives its first) — as a quarter does
 * (`namedPeriodStart`), under way or not: counted from today, December's results would count toward 2027 (review 21),
 * and a fiscal year under way would lose the months already done (fixes60: "in FY27" from 3 December 2026 counted four
 * months of a twelve-month total). "By 2027", « d'ici fin 2027 », "by FY27" keep counting from today.
 */
export function namedYearStart(mention: DateMention | null, folded: string, fiscalStartMonth: number): IsoDate | null {
  if (!mention || mention.cued || mention.pastLastDay) return null;
  const text = fiscalYearsAsOne(folded.slice(mention.start, mention.end));
  if (/\bfy\b|fiscal|financial|exercice/.test(text) && !/\d/.test(text) && YEAR_WINDOW_RE.test(text)) return fiscalBlock(mention.date, 12, fiscalStartMonth).start;
  const years = text.match(/\b\d{4}\b/g);
  if (years?.length !== 1 || !YEAR_PERIOD_RE.test(text.replace(/\b\d{4}\b/, ' '))) return null;
  return startOfPeriod(mention.date, 'year');
}

/**
 * Exactly one month name in `text`: MONTH_NAME_RE, then again after its match — not a second compile of the same pattern
 * with the `g` flag (perf65). A month name begins and ends with a letter, so none can begin where the first ends (its `\b`
 * is followed by a non-letter), and the slice reads every later position as the whole text does.
 */
export function oneMonthName(text: string): boolean {
  const m = MONTH_NAME_RE.exec(text);
  return m !== null && !MONTH_NAME_RE.test(text.slice(m.index + m[0].length));
}

/** A quarter named as the goal's own window: "in Q3", « au T2 », "in the third quarter", "next quarter", « ce trimestre ». */
const QUARTER_WINDOW_RE = /^(?:\D+ )?(?:[qt][1-4]|quarter|trimestre)(?: \D+)?(?: (?:'\d\d|\d{4}))?$/;
/** A year named as the goal's own window: "in 2027", "FY2027", "over the fiscal year", « sur l'exercice », "this financial year". */
const YEAR_WINDOW_RE = /^(?:in|en|for|pour|during|durant|pendant|over|sur|throughout|au cours de|the|this|current|next|coming|cet|cette|l'|le|prochain|en cours|calendar|fiscal|financial|year|annee|exercice|fy|\s)*$/;

/** A year as a window's name ("2027", "FY27"); global, so `replace` takes every one and `match` lists them. */
const YEAR_TOKEN_RE = /\b(?:fy)?(?:\d{4}|\d\d)\b/g;

/**
 * "$1.5M in Q3", « 450 000 € de CA au T2 », "$6M in sales over the fiscal year", « 6,2 M$ sur l'exercice », "in 2027": a
 * deadline with no "by" naming one quarter or one (fiscal) year is the window an amount is the total of (an amount
 * "by Q3" is a level to reach by then). The window's period, or null. Counts of periods ("in the next 3 quarters") are none.
 */
export function namedWindow(mention: DateMention | null, folded: string): 'quarter' | 'year' | null {
  if (!mention || mention.cued || mention.pastLastDay) return null;
  const text = fiscalYearsAsOne(folded.slice(mention.start, mention.end));
  if (QUARTER_WINDOW_RE.test(text) && !/\b(?:\d{1,3}|two|three|deux|trois)\b|quarters|trimestres/.test(text)) return 'quarter';
  const year = text.match(YEAR_TOKEN_RE);
  return (year === null || year.length === 1) && YEAR_WINDOW_RE.test(text.replace(YEAR_TOKEN_RE, ' ')) && /\d{4}|year|annee|exercice|fy/.test(text) ? 'year' : null;
}

export function pickStart(mentions: readonly DateMention[]): DateMention | null {
  return mentions.find((m) => m.role === 'start') ?? null;
}
