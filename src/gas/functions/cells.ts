/**
 * What every custom function needs between Sheets' cell values and core:
 * the sheet's language, blank handling, single-cell vs whole-range calls,
 * and errors that reach the cell as one localized line (never a stack trace).
 *
 * Values arriving from Sheets may come from another JS realm in tests (the
 * bundle runs in a `node:vm` context), so dates are recognised with
 * `Object.prototype.toString`, never `instanceof`.
 */
import { isDateObject as isDateValue, isPastLastDay, localeDateOrder, localeWeekStart, serialToIso, type DateOrder, type WeekStart } from '../../core/dates';
import { formatNumber, useDateOrder } from '../../core/format';
import { langFromLocale, t, type MessageKey, type MessageParams } from '../../core/messages';
import { numberLang, parseCellNumber, type NumberLang } from '../../core/numbers';
import { cellDate, isErrorCell } from '../../core/workbook/cells';
import { nowMs, todayIso } from '../workbook/env';
import { sheetDateToIso } from './zone';
import { callLocale, callSettings, callSettingsFailure, entry, perCall } from '../scope';
import { resolveLanguage, type Settings } from '../../core/settings';
import type { IsoDate, Lang } from '../../core/types';
import type { AnalyzeOptions } from '../../core/statement';

/** A value Sheets can display in a cell. */
export type CellOutput = string | number | boolean | Date;

/** An error whose message is already localized and safe to show in a cell. */
export class CellError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellError';
  }

  static of(lang: Lang, key: MessageKey, params?: MessageParams): CellError {
    return new CellError(t(lang, key, params));
  }
}

/** The spreadsheet's locale ("en_GB"), else the user's, else '' — read once per execution (../scope.ts). */
export function sheetLocale(): string {
  return callLocale();
}

/** The language cells are typed in (the spreadsheet's locale): how "1 234,5" or "25 %" read, whatever the answers' language. */
export function sheetCellLang(): Lang {
  return langFromLocale(sheetLocale());
}

/** How numbers typed in cells read: the locale's decimal separator (de_DE's "0,3" like fr_FR's), not its language. */
export function sheetNumberLang(): NumberLang {
  return numberLang(sheetLocale(), sheetCellLang());
}

/**
 * The language of the answers, by the rule every surface follows (`resolveLanguage`): the language saved in
 * Settings when it is not "auto", else the spreadsheet's locale — never the user's, so a formula, Check goals and
 * the example workbook speak one language in one spreadsheet. Read once per call (a whole column is one call): the
 * locale once per execution, the settings like `sheetSettings`, so a saved language applies to the next recalculation.
 */
export function sheetLang(): Lang {
  // Dates in answers follow the locale: "March 31, 2027" in en_US, "31 March 2027" in en_GB.
  useDateOrder(sheetDateOrder());
  return resolveLanguage(sheetSettings(), sheetCellLang());
}

/** The order of day and month in dates typed as text, from the spreadsheet's locale (en_GB day first, en_US month first). */
export function sheetDateOrder(): DateOrder {
  return localeDateOrder(sheetLocale(), sheetCellLang());
}

/**
 * The "as of" date when a function is given none: today in the spreadsheet's
 * time zone, as Check goals sees it (not the script's own zone), read once per
 * execution — a column of calls must not ask the service once per cell.
 */
export function sheetToday(): IsoDate {
  return perCall('today', todayIso);
}

/**
 * The add-on's settings (achievability policy, fiscal year), as Check goals reads them: from the
 * document properties. Google's custom-function guide lists the Properties service among those a
 * custom function may call ("Use Apps Script services":
 * https://developers.google.com/apps-script/guides/sheets/functions), so =GOALVERDICT() and Check
 * goals judge a goal by the same rules. Read once per call (a whole column is one call: the language,
 * the policy and the fiscal year share that read, ../scope.ts), never cached across calls: a saved
 * setting applies to the next recalculation. Where Apps Script refuses the service (AuthMode.NONE) or there is no
 * document store, the defaults; where the read fails otherwise (the daily properties quota, an outage), a localized
 * error rather than answers under another language or policy (`readSettingsWithFailure`, ../workbook/settings.ts).
 */
export function sheetSettings(): Settings {
  const failure = callSettingsFailure();
  // Not the defaults in silence: another language or policy would be a wrong answer that looks right.
  if (failure !== null) throw CellError.of(sheetCellLang(), 'error.settingsUnreadable', { detail: failure });
  return callSettings();
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export { isDateObject as isDateValue } from '../../core/dates';

/**
 * A custom function's entry point: `entry` (one execution's scope) plus a check Sheets does not make. Sheets passes a
 * custom function every argument typed in the cell, however many its JSDoc declares (developers.google.com/apps-script/
 * guides/sheets/functions: "the arguments … are the values of the cells"; no arity check is documented or made), so
 * `=SMARTCHECK(A2; ""; DATE(2026;12;5))` would silently drop its date and answer for today. A non-blank argument past
 * the implementation's declared parameters (`fn.length`, equal to the registry's parameter count: test/local/build/
 * formula-arity.test.ts) is refused with Sheets' own wording for built-ins; trailing blank arguments are harmless.
 */
export function formula<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return entry((...args: A) => {
    let last = args.length;
    while (last > fn.length && isBlankArgument(args[last - 1])) last--;
    // The count said is every argument typed, blank ones included, as the user counts them in the cell.
    if (last > fn.length) throw CellError.of(sheetLang(), 'error.tooManyArguments', { name, max: fn.length, count: args.length });
    return fn(...args);
  });
}

/** An argument left empty, or a range of empty cells. */
function isBlankArgument(value: unknown): boolean {
  return Array.isArray(value) ? value.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row))) : isBlank(value);
}

/**
 * An error's `message`, `name` or `stack` as text, read whatever realm made it (the emulator's services throw Node's
 * Errors into the bundle's vm: no `instanceof Error`); undefined when the thrown value has no such field.
 */
export function errorField(error: unknown, field: 'message' | 'name' | 'stack'): string | undefined {
  return typeof error === 'object' && error !== null && field in error ? String((error as Record<string, unknown>)[field]) : undefined;
}

/** A plain object (a JSON request's body), not null nor an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number as it is; anything else (text, NaN, ±Infinity, missing) null. */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function is2D(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** A Sheets error value reaching a function as its code: core's one list (`isErrorCell`), as Check goals reads cells. */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && isErrorCell(value);
}

/** The one line a failure may show in a cell: our localized message, or a generic one naming only the error kind. */
export function messageOf(error: unknown, lang: Lang): string {
  if (error instanceof CellError) return error.message;
  return unexpectedFailure(error, lang);
}

/**
 * One localized line for a failure nobody foresaw: it names only the error kind
 * (TypeError, RangeError…), never its internal English message. Errors of the
 * Apps Script services may come from another realm in tests: no `instanceof Error`.
 */
export function unexpectedFailure(error: unknown, lang: Lang): string {
  // A date computed past 31 December 9999 anywhere in core (its arithmetic's own error class, not a message to match):
  // the localized line on every surface — formulas, menus, the wizard —, never "Something went wrong".
  if (isPastLastDay(error)) return t(lang, 'statement.error.pastLastDate');
  logUnexpected(error);
  const name = errorField(error, 'name') ?? 'unknown';
  return t(lang, 'error.generic', { detail: name });
}

/** At most this many stacks are logged per execution: a column of 50,000 failing cells must not flood the log. */
const MAX_LOGGED_PER_EXECUTION = 5;

/**
 * The maintainer's side of an unexpected failure: console.error goes to the
 * execution log and, with `exceptionLogging: STACKDRIVER` in the manifest, to
 * Cloud Logging (developers.google.com/apps-script/guides/logging), with the
 * stack. The build keeps minified lines short (esbuild `lineLimit`) so a stack's
 * line number points at readable code. Counted per execution (../scope.ts).
 */
function logUnexpected(error: unknown): void {
  const logged = perCall('logged', () => ({ n: 0 }));
  if (logged.n++ >= MAX_LOGGED_PER_EXECUTION) return;
  const stack = errorField(error, 'stack') ?? String(error);
  console.error(`SMART Goals: unexpected error: ${stack}`);
}

/**
 * "A custom function call must return within 30 seconds" (developers.google.com/apps-script/guides/sheets/functions,
 * Guidelines): past it Sheets shows an error in the WHOLE range and keeps nothing. A whole column of goals can come near
 * (review9: 10,000 distinct statements took 15.7 s on a loaded Node; Apps Script runs slower). So a range stops computing
 * at 25 s: the rows done keep their results, the cells left say why and what to do. The clock is read once per cell
 * (`nowMs`: Date.now, or the emulator's virtual clock), never a service call.
 */
const RANGE_BUDGET_MS = 25_000;

/** A guard for one range: `() => message` once the budget is spent (and for every cell after), null before. */
export function rangeBudget(lang: Lang): () => string | null {
  const stopAt = nowMs() + RANGE_BUDGET_MS;
  let spent: string | null = null;
  return () => {
    if (spent === null && nowMs() > stopAt) spent = t(lang, 'error.rangeBudget', { seconds: RANGE_BUDGET_MS / 1000 });
    return spent;
  };
}

/**
 * Applies `fn` to one cell or to every cell of a range.
 * - single value → single result (a CellError becomes a thrown Error carrying only its message);
 * - range → range of the same shape; blank cells give blank results; a bad cell gives its
 *   localized error text in place, so one bad row never blanks the whole column.
 */
export function mapCells(input: unknown, fn: (value: unknown, lang: Lang) => CellOutput): CellOutput | CellOutput[][] {
  const lang = sheetLang();
  if (Array.isArray(input)) {
    const rows = is2D(input) ? input : [input];
    const overBudget = rangeBudget(lang);
    return rows.map((row) =>
      row.map((cell) => {
        if (isBlank(cell)) return '';
        const stopped = overBudget();
        if (stopped !== null) return stopped;
        try {
          return fn(cell, lang);
        } catch (error) {
          return messageOf(error, lang);
        }
      }),
    );
  }
  if (isBlank(input)) return '';
  try {
    return fn(input, lang);
  } catch (error) {
    // Only the localized message may reach the cell: no cause, no stack.
    throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
  }
}

/**
 * Like `mapCells` for functions that return a row per input (e.g. SMARTPARSE):
 * each row of a range is read from its first cell and produces one output row.
 */
export function mapRows(input: unknown, width: number, fn: (value: unknown, lang: Lang) => CellOutput[]): CellOutput[][] {
  const lang = sheetLang();
  const blankRow = (): CellOutput[] => new Array<CellOutput>(width).fill('');
  const overBudget = rangeBudget(lang);
  const one = (cell: unknown, inRange: boolean): CellOutput[] => {
    if (isBlank(cell)) return blankRow();
    const stopped = inRange ? overBudget() : null;
    if (stopped !== null) {
      const row = blankRow();
      row[0] = stopped;
      return row;
    }
    try {
      return fn(cell, lang);
    } catch (error) {
      if (!inRange) throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
      const row = blankRow();
      row[0] = messageOf(error, lang);
      return row;
    }
  };
  if (Array.isArray(input)) {
    const rows = is2D(input) ? input : [input];
    return rows.map((row) => one(row[0], true));
  }
  return [one(input, false)];
}

/** Reads a cell as text; numbers/booleans/dates are refused with a localized error. */
export function textArg(value: unknown, lang: Lang, maxLength = 2000): string {
  if (isErrorValue(value)) throw CellError.of(lang, 'error.errorValue', { value: String(value) });
  if (typeof value !== 'string') throw CellError.of(lang, 'error.notText', { value: describe(value, lang) });
  if (value.length > maxLength) throw CellError.of(lang, 'error.tooLong', { length: formatNumber(value.length, lang), max: formatNumber(maxLength, lang) });
  return value;
}

/**
 * Reads a date argument: a Date cell, a serial number, or text read as the Goals tab's Start and Deadline cells are
 * (`cellDate`: ISO, slash dates in the spreadsheet locale's order — `sheetDateOrder`: day first in en_GB or fr_FR, month
 * first in en_US —, « 1er janvier 2027 », "Jan 1st, 2027", "31 déc. 2027"; `periodEnd`, for a deadline: "Q2 2027" or
 * "June 2027" is the period's last day, as in the Deadline column). Blank → null.
 */
export function dateArg(value: unknown, lang: Lang, periodEnd = false): IsoDate | null {
  if (isBlank(value)) return null;
  if (Array.isArray(value)) return dateArg(is2D(value) ? value[0]?.[0] : value[0], lang, periodEnd);
  if (isDateValue(value)) {
    // Midnight of the cell's day in the spreadsheet's zone (not the script's): see ./zone.ts.
    const iso = sheetDateToIso(value);
    if (iso) return iso;
  } else if (typeof value === 'number') {
    const iso = serialToIso(value);
    if (iso) return iso;
  } else if (typeof value === 'string') {
    // One reader of typed dates on every surface (review9): the locale's order, the other one only when the first is
    // impossible ("06/30/2027" in en_GB is 30 June), year first "2027/06/30" (ja_JP…), no month outside 1–12 nor day
    // outside the month ("13/13/2027" is refused).
    // "Q4 2027" or "FY27" is the fiscal quarter or year of the Settings, as in Check goals' Start and Deadline columns: a
    // deadline its last day, a start or an as_of date its first.
    const iso = cellDate(value, lang, { order: sheetDateOrder(), periodEnd, fiscalStartMonth: sheetSettings().fiscalYearStartMonth });
    if (iso) return iso;
  }
  throw CellError.of(lang, 'error.invalidDate', { value: describe(value, lang) });
}

/**
 * Reads a number argument: numbers as-is, text as Check goals reads a cell (`parseCellNumber`, in the sheet's locale —
 * `sheetNumberLang`: its decimal separator, not the answers' language): "25 %" → 0.25, "1 234,5" → 1234.5 in French, "$1,234.50", "(100)" → −100.
 * Blank → null.
 */
export function numberArg(value: unknown, lang: Lang): number | null {
  if (isBlank(value)) return null;
  if (Array.isArray(value)) return numberArg(is2D(value) ? value[0]?.[0] : value[0], lang);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = parseCellNumber(value, sheetNumberLang());
    if (parsed !== null) return parsed;
  }
  throw CellError.of(lang, 'error.invalidNumber', { value: describe(value, lang) });
}

/**
 * Short, safe description of a value for error messages. A boolean cell reaches a custom function as true/false
 * (Google's guide: values become "the appropriate data type in JavaScript"); it is named as Sheets shows it, TRUE/FALSE
 * in English and VRAI/FAUX in French, not JavaScript's "true".
 */
export function describe(value: unknown, lang?: Lang): string {
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) return sheetDateToIso(value) ?? 'date';
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * The statement analyzer's options on this sheet: its fiscal year (Settings), date order, first day of the week and
 * reading of numbers (locale). `weekStart` defaults to the locale's (`localeWeekStart`: "this week" on a US Sunday
 * ends on Saturday); the CLI's `smartAnalyze`, which has no spreadsheet, passes Monday.
 */
export function analyzeOptions(asOf: IsoDate, lang: Lang | undefined, fiscalYearStartMonth = sheetSettings().fiscalYearStartMonth, weekStart: WeekStart = localeWeekStart(sheetLocale())): AnalyzeOptions {
  return { asOf, lang, fiscalYearStartMonth, dateOrder: sheetDateOrder(), weekStart, numberLang: sheetNumberLang() };
}
