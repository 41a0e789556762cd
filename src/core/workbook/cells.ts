/**
 * Reading goal and KPI cells. Numbers may be real numbers or text typed in
 * the spreadsheet's locale ("25 %", "1 234,5"); dates may be ISO dates (the
 * adapter's conversion of Date cells), serial numbers, or text typed
 * day-first (fr) or month-first (en). Anything else is "not a number/date",
 * never a guess.
 */
import { addDays, ENGINE_ZONE, yearFirstDate, endOfPeriod, isValidIsoDate, isoFromParts, namedFiscalBlock, serialToIso, startOfPeriod, twoDigitYear, withinCalendar, type DateOrder } from '../dates';
import { parseCellNumber, type NumberLang } from '../numbers';
import type { Aggregation, Direction, IsoDate } from '../types';
import { fold, MONTH_WORDS, ownWord } from './text';
import type { CellValue } from './types';
import { parseDateCell } from '../series/clean';

export { isBlankCell } from './text';

/**
 * Sheets error values as getValues() returns them for formulas that failed, and as a custom function receives them: the
 * seven ERROR.TYPE numbers (#NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A: support.google.com/docs/answer/3238305)
 * and #ERROR!, Sheets' code for "all other errors" (a formula it cannot parse). One list for every surface (fixes65: the
 * formulas kept their own, and "#ERROR" without its "!" was an error to Check goals only); Excel's #SPILL! and #CALC!
 * are no Sheets codes (an array that cannot expand shows #REF!). Upper case only: an error value reads back as its code,
 * whatever case it was typed in ("#n/a" typed is #N/A: `literalText` escapes every case), so "#n/a" read back is text.
 */
export function isErrorCell(value: CellValue | undefined): boolean {
  return typeof value === 'string' && /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!)$/.test(value.trim());
}

/** Cell as display text (trimmed); '' for blanks. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/** A number cell, or number text in the sheet's locale (amounts with a currency or k/M too); null for blanks and non-numbers. */
export function cellNumber(value: CellValue | undefined, lang: NumberLang): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || isErrorCell(value)) return null;
  return parseCellNumber(value, lang);
}

/** Serial numbers between 1990 and 2100 are read as dates only where a date is expected. */
const MIN_DATE_SERIAL = 32874;
const MAX_DATE_SERIAL = 73051;

/**
 * How a date cell reads: `periodEnd` for a deadline (a period named means its last day), `order` the locale's order of
 * numeric dates, `fiscalStartMonth` the Settings' fiscal year (a deadline's "Q4 2027", "FY27"; default 1, calendar).
 */
export interface CellDateOptions {
  periodEnd?: boolean;
  order?: DateOrder;
  fiscalStartMonth?: number;
}

/**
 * A date cell: ISO text (Date cells after conversion), a date serial, or
 * "30/06/2027" in the spreadsheet locale's order (`order`, from `localeDateOrder`: month first only in en_US and the
 * few month-first locales; without one, day first in French, month first in English), the other order only when
 * that one is impossible. Null when it is not a date.
 */
export function cellDate(value: CellValue | undefined, lang: NumberLang, options: CellDateOptions = {}): IsoDate | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL ? serialToIso(value) : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const isoPrefix = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (isoPrefix && isValidIsoDate(isoPrefix[1])) return isoPrefix[1];
  const slash = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (slash) {
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    const year = slash[3].length === 2 ? twoDigitYear(Number(slash[3])) : Number(slash[3]);
    // The locale's order; when that order is impossible ("06/30/2027" in fr) the other one is the only reading.
    let [day, month] = (options.order ?? (lang === 'en' ? 'mdy' : 'dmy')) === 'dmy' || a > 12 ? [a, b] : [b, a];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month < 1 || month > 12) return null;
    // "32/12/9999" rolls past the last day Sheets holds: no date (withinCalendar), as any other impossible day.
    const iso = withinCalendar(() => isoFromParts(year, month, day));
    return iso !== null && isValidIsoDate(iso) && Number(iso.slice(8, 10)) === day ? iso : null;
  }
  const ymd = yearFirstDate(text, options.order);
  if (ymd) return ymd;
  // Anything else the formulas' history reader reads ("Jan-25", "2026-03", "T1 2026"…): one reading of a date cell on
  // every surface, so a tab SMARTSCORE reads is never "no KPI tab found" for Check goals (review9 W5).
  return namedDate(text) ?? periodDate(text, options.periodEnd === true, options.fiscalStartMonth) ?? (options.periodEnd ? null : parseDateCell(text, lang, ENGINE_ZONE, options.order));
}

/** The month a name or abbreviation means (`MONTH_WORDS`, and "aou" for août, as `DATE_WORDS` reads it), or undefined. */
function monthNumber(name: string): number | undefined {
  const folded = fold(name);
  return folded === 'aou' ? 8 : ownWord(MONTH_WORDS, folded);
}

/** "31 décembre 2027", "31 déc. 2027", "1er mars 2027", "December 31, 2027", "Dec 31 2027", "mardi 30 juin 2027". */
function namedDate(text: string): IsoDate | null {
  const cleaned = text.replace(/^[a-zA-ZÀ-ÿ]+\.?,?\s+(?=\d)/, '');
  const dayFirst = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-zA-ZÀ-ÿ]+)\.?,?\s+(\d{4})$/.exec(cleaned);
  const monthFirst = /^([a-zA-ZÀ-ÿ]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  const parts = dayFirst ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] } : monthFirst ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] } : null;
  if (!parts) return null;
  const month = monthNumber(parts.month);
  if (month === undefined) return null;
  const iso = withinCalendar(() => isoFromParts(Number(parts.year), month, Number(parts.day)));
  return iso !== null && isValidIsoDate(iso) && Number(iso.slice(8, 10)) === Number(parts.day) ? iso : null;
}

/**
 * Period labels as KPI exports write them: "2026-03", "03/2026", "Mar 2026",
 * "mars 2026", "2026-W05", "Q1 2026"/"T1 2026". A KPI row is stamped with
 * the period's first day; a deadline (`periodEnd`) means its last day — of the fiscal quarter or year under a fiscal
 * year starting in `fiscalStartMonth`, as the same words mean in a goal sentence (core/statement/dates.ts) and the
 * wizard's deadlines (`namedFiscalBlock`, `fiscalBlock`): "Q4 2027" and "FY27" are 31 March 2027 from an April start.
 * Sheets keeps both as text (no date pattern of Sheets has a quarter or fiscal-year token: "Date and number formats",
 * developers.google.com/sheets/api/guides/formats; DATEVALUE reads only "any date format which is normally
 * autoconverted when entered", support.google.com/docs/answer/3093039): this reader of the text decides.
 */
function periodDate(text: string, periodEnd: boolean, fiscalStart: number | undefined): IsoDate | null {
  // "end of June 2027", « fin juin 2027 », « fin du T2 2027 »: the period's last day, as the sentence reads "by end of …"
  // (review 28: a Deadline cell or a formula's deadline said "not a date" where "June 2027" alone was read).
  const ending = /^(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|fin\s+(?:de\s+|du\s+|d['’]\s*)?)(?=\S)/i.exec(text);
  if (ending) return periodDate(text.slice(ending[0].length), true, fiscalStart);
  // A Goals row's Start, Deadline and Planned hires and a KPI tab's rows pass the Settings' fiscal start (fixes63: KPI rows
  // and hires passed none, calendar quarters); a caller with no Settings passes none (calendar quarters, no "FY").
  const fiscalStartMonth = fiscalStart ?? 1;
  const pick = (start: IsoDate, period: 'week' | 'month' | 'quarter'): IsoDate => (periodEnd ? endOfPeriod(start, period) : start);
  const ym = /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? null;
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return pick(isoFromParts(Number(ym[1]), Number(ym[2]), 1), 'month');
  const my = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (my && Number(my[1]) >= 1 && Number(my[1]) <= 12) return pick(isoFromParts(Number(my[2]), Number(my[1]), 1), 'month');
  const week = /^(\d{4})-?W(\d{1,2})$/i.exec(text);
  if (week && Number(week[2]) >= 1 && Number(week[2]) <= 53) {
    // ISO week 1 holds January 4th.
    const jan4 = isoFromParts(Number(week[1]), 1, 4);
    return pick(addDays(startOfPeriod(jan4, 'week'), 7 * (Number(week[2]) - 1)), 'week');
  }
  const quarter = /^(?:Q|T)([1-4])[\s-]*(\d{4})$|^(\d{4})[\s-]*(?:Q|T)([1-4])$/i.exec(text);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[4]);
    const year = Number(quarter[2] ?? quarter[3]);
    // Start and Deadline read one quarter alike: "Q1 2027" from "Q1 2027" under an April start is April–June 2026 (final
    // read: the Start was the calendar quarter, January 2027, after its own deadline).
    const block = namedFiscalBlock(year, fiscalStartMonth, q);
    return periodEnd ? block.end : block.start;
  }
  // A fiscal year: "FY27", "FY 2027", "FY 2026-27", "FY2026/27", « exercice 2027 », named after the year it ends in (the
  // sentence's rule): its last day as a Deadline, its first as a Start. One written over two years under a January start
  // is no fiscal year the Settings have: refused.
  const fiscal = periodEnd || fiscalStart !== undefined ? /^(?:FY|exercice)\s?'?(\d{4}|\d\d)(?:\s?[-/–]\s?'?(\d{4}|\d\d))?$/i.exec(text) : null;
  if (fiscal) {
    const first = fiscal[1].length === 2 ? 2000 + Number(fiscal[1]) : Number(fiscal[1]);
    const second = fiscal[2] === undefined ? null : Math.floor(first / 100) * 100 + Number(fiscal[2].slice(-2));
    if (second !== null && (second !== first + 1 || fiscalStartMonth <= 1)) return null;
    const block = namedFiscalBlock(second ?? first, fiscalStartMonth);
    return periodEnd ? block.end : block.start;
  }
  const named = /^([a-zA-ZÀ-ÿ]+)\.?[\s-]+(\d{4})$/.exec(text);
  if (named) {
    const month = monthNumber(named[1]);
    if (month !== undefined) return pick(isoFromParts(Number(named[2]), month, 1), 'month');
  }
  // Half years: "H1 2027", "S2 2027" (semestre), "2027-H2": the fiscal half, as a quarter (fixes64: the calendar's).
  const half = /^(?:H|S)([12])[\s-]*(\d{4})$|^(\d{4})[\s-]*(?:H|S)([12])$/i.exec(text);
  if (half) {
    const block = namedFiscalBlock(Number(half[2] ?? half[3]), fiscalStartMonth, Number(half[1] ?? half[4]), 6);
    return periodEnd ? block.end : block.start;
  }
  // A calendar year ("2027", "année 2027"): its first day, or its last as a deadline; "fin 2027" / "end of 2027" is always its last.
  const year = /^(fin|end of|annee|year)?\s*(\d{4})$/.exec(fold(text).replace(/^fin d annee /, 'fin '));
  if (year && Number(year[2]) >= 1990 && Number(year[2]) <= 2100) {
    const end = periodEnd || year[1] === 'fin' || year[1] === 'end of';
    return end ? isoFromParts(Number(year[2]), 12, 31) : isoFromParts(Number(year[2]), 1, 1);
  }
  return null;
}

/**
 * THE direction words, folded, for the Goals tab's Direction column and the formulas' direction argument (ACHIEVABILITY,
 * GOALVERDICT, REALISTICTARGET, BOTTOMUP, the JSON assessment): the catalog's (`direction.*`: increase / augmenter,
 * decrease / réduire, maintain / maintenir, which SMARTPARSE writes) and their kin in English and French, and the signs
 * and arrows. The two surfaces had a list each, and a word one read the other refused (cleanup61).
 */
export const DIRECTION_WORDS: ReadonlyArray<[Direction, string]> = [
  ['increase', 'increase up raise grow higher more augmenter augmentation hausse croissance accroitre monter plus + ↑'],
  ['decrease', 'decrease down reduce lower less cut reduire reduction baisse baisser diminuer diminution moins - ↓'],
  ['maintain', 'maintain keep stable hold maintenir maintien garder conserver = →'],
];

/** A direction word ("increase", "Réduire", "↑", " hausse "), case, accents and punctuation aside; null when blank or unknown. */
export function directionOfWord(text: string): Direction | null {
  const raw = text.trim();
  // A sign or an arrow alone is a word (folding would erase it).
  const word = /^[-+=↑↓→]$/.test(raw) ? raw : fold(raw);
  if (word === '' || word.includes(' ')) return null;
  return DIRECTION_WORDS.find(([, words]) => ` ${words} `.includes(` ${word} `))?.[0] ?? null;
}

/** Direction column: "increase", "Réduire", "↑"… null when blank or unknown. */
export function cellDirection(value: CellValue | undefined): Direction | null {
  return directionOfWord(cellText(value));
}

const AGGREGATION_WORDS: ReadonlyArray<[Aggregation, readonly string[]]> = [
  ['level', ['level', 'value', 'rate', 'last', 'latest', 'stock', 'niveau', 'valeur', 'taux', 'dernier', 'derniere valeur']],
  ['total', ['total', 'sum', 'cumulative', 'cumulated', 'count', 'flow', 'somme', 'cumul', 'cumule', 'cumulee', 'nombre', 'flux']],
];

/** Aggregation column: "level"/"niveau" or "total"/"cumul"… null when blank or unknown. */
export function cellAggregation(value: CellValue | undefined): Aggregation | null {
  const folded = fold(cellText(value));
  if (folded === '') return null;
  for (const [aggregation, words] of AGGREGATION_WORDS) if (words.includes(folded)) return aggregation;
  return null;
}
