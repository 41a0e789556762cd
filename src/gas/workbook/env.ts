/**
 * What every workbook entry point needs from Apps Script: the spreadsheet,
 * the language of the results (settings override, else the spreadsheet's locale), the
 * language cells are typed in (the spreadsheet's locale), "today" in the
 * spreadsheet's time zone, a clock for the 6-minute limit, and the errors
 * users may see (localized, one line, never a stack trace).
 *
 * Local overrides (set only by the emulator/CLI as globals of the vm
 * context; Apps Script never defines them):
 * - `__SMART_GOALS_TODAY__`: "YYYY-MM-DD" used as today (`smart-goals report --today`).
 * - `__SMART_GOALS_NOW__`: function returning milliseconds, the clock of the time budget.
 * - `__SMART_GOALS_BUDGET_MS__`: the analysis time budget in ms (default 270 000 = 4.5 min).
 */
import { isValidIsoDate, isoFromParts, localeDateOrder, localeWeekStart, type DateOrder, type WeekStart } from '../../core/dates';
import { useDateOrder } from '../../core/format';
import { langFromLocale, t, type MessageKey, type MessageParams } from '../../core/messages';
import { numberLang, type NumberLang } from '../../core/numbers';
import { resolveLanguage, type Settings } from '../../core/settings';
import type { IsoDate, Lang } from '../../core/types';
import { currencyOfLocale } from '../../core/format';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import type { ModelOptions } from '../../core/workbook/model';
import { activeSpreadsheet, callSettings, callSettingsNote, spreadsheetLocale, userLocale } from '../scope';
import { spreadsheetTimeZone } from '../functions/zone';

/** An error whose message is localized and meant for the user. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }

  static of(lang: Lang, key: MessageKey, params?: MessageParams): UserError {
    return new UserError(t(lang, key, params));
  }
}

function globalValue(name: string): unknown {
  return (globalThis as Record<string, unknown>)[name];
}

/** Analysis budget: Apps Script stops executions at 6 minutes; writing the results needs the rest. */
export const DEFAULT_BUDGET_MS = 270_000;

export function nowMs(): number {
  const clock = globalValue('__SMART_GOALS_NOW__');
  if (typeof clock === 'function') {
    const value = (clock as () => unknown)();
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return Date.now();
}

export function budgetMs(): number {
  const value = globalValue('__SMART_GOALS_BUDGET_MS__');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_BUDGET_MS;
}

/** Apps Script's hard limit for one menu/sidebar execution (6 minutes): the run is killed there, wherever it is. */
export const EXECUTION_LIMIT_MS = 360_000;

/**
 * The time budget of one run, started when the entry point starts (reads count too). Every
 * phase asks it before starting more work: the analysis passes (per goal), the alignment (per
 * proposed split), the report build and its writes. When `shouldStop()` turns true, a phase
 * stops, what is computed so far is written, and the rest is listed for the next run.
 *
 * The clock is `nowMs()`: in Apps Script the real clock; in the emulator its virtual clock
 * (each service call advances it by its estimated Sheets latency), so tests drive it.
 */
export interface RunBudget {
  /** nowMs() when the run started. */
  readonly startedAt: number;
  /** The analysis budget (ms from the start): __SMART_GOALS_BUDGET_MS__, default 270 000. */
  readonly budgetMs: number;
  elapsedMs(): number;
  /** ms left before the analysis budget is spent (negative once past it). */
  remainingMs(): number;
  /** True once the budget is spent: start nothing new, write what is done. */
  shouldStop(): boolean;
  /** ms left before Apps Script's hard 6-minute limit: what the writes may still use. */
  hardRemainingMs(): number;
}

export function startRunBudget(budget: number = budgetMs()): RunBudget {
  const startedAt = nowMs();
  const elapsedMs = () => nowMs() - startedAt;
  return {
    startedAt,
    budgetMs: budget,
    elapsedMs,
    remainingMs: () => budget - elapsedMs(),
    shouldStop: () => elapsedMs() >= budget,
    hardRemainingMs: () => EXECUTION_LIMIT_MS - elapsedMs(),
  };
}

/**
 * The language a spreadsheet speaks when Settings say "auto": its locale's (File > Settings), else — when the
 * spreadsheet cannot be read — the user's. One rule for every surface (formulas, menus, sidebar, example workbook):
 * the user who happens to run a check does not change the language of the results.
 */
export function documentLang(): Lang {
  // Both locales are read once per execution (../scope.ts); no spreadsheet to read (AuthMode.NONE): the user's.
  return langFromLocale(spreadsheetLocale() || userLocale());
}

/** The execution's context, read once per entry point. */
export interface WorkbookEnv {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  /** Language of everything the add-on writes and says. */
  lang: Lang;
  /** Language numbers and dates are typed in (the spreadsheet's locale). */
  cellLang: Lang;
  /** How numbers typed in cells read: the locale's decimal separator (`numberLang`, core/numbers.ts), not its language. */
  numberLang: NumberLang;
  /** The order of day and month in dates typed as text (the spreadsheet's locale: month first in en_US, day first in en_GB). */
  dateOrder: DateOrder;
  /** The first day of the locale's week (`localeWeekStart`: Sunday in en_US, Monday in fr_FR and en_GB). */
  weekStart: WeekStart;
  /** The currency the spreadsheet's locale writes money in (for amounts without a format of their own). */
  currency: string | null;
  /** The spreadsheet's locale as read once per run ('' when it could not be read). */
  locale: string;
  timeZone: string;
  today: IsoDate;
}

/** How this workbook's goal table reads (`findGoalsSheet`): in the cells' language, locale and fiscal year, against the catalog. */
export function goalTableOptions(env: WorkbookEnv): ModelOptions {
  return { lang: env.cellLang, numberLang: env.numberLang, dateOrder: env.dateOrder, fiscalStartMonth: env.settings.fiscalYearStartMonth, catalog: KPI_CATALOG };
}

export function todayIn(timeZone: string): IsoDate {
  const override = globalValue('__SMART_GOALS_TODAY__');
  if (typeof override === 'string' && isValidIsoDate(override)) return override;
  const now = new Date(nowMs());
  try {
    return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  } catch {
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
}

export function workbookEnv(): WorkbookEnv {
  const spreadsheet = activeSpreadsheet();
  const settings = callSettings();
  // No locale: the language rule falls back to the user's (documentLang).
  const read = spreadsheetLocale();
  const locale = read ?? '';
  // The spreadsheet's currency, the same for messages and cells (no sign when the locale names none: currencyOfLocale).
  const currency = currencyOfLocale(read);
  // Settings' language, else the spreadsheet's locale (documentLang): never the user who runs the check.
  const cellLang: Lang = locale ? langFromLocale(locale) : documentLang();
  const lang = resolveLanguage(settings, cellLang);
  // GMT when unreadable: dates stay correct to the day for pure date cells.
  const timeZone = spreadsheetTimeZone();
  const dateOrder = localeDateOrder(locale, cellLang);
  // Dates in messages follow the locale too: "March 31, 2027" in en_US, "31 March 2027" in en_GB.
  useDateOrder(dateOrder);
  return { spreadsheet, settings, lang, cellLang, numberLang: numberLang(locale, cellLang), dateOrder, weekStart: localeWeekStart(locale), currency, locale, timeZone, today: todayIn(timeZone) };
}

/**
 * A menu run's closing message with, when this execution's Settings were not used as saved, the line that says so
 * (`callSettingsNote`, ../scope.ts): the stored value is never rewritten, so the user must hear about it.
 */
export function withSettingsNote(env: WorkbookEnv, message: string): string {
  const note = callSettingsNote(env.lang);
  return note ? `${message} ${note}` : message;
}

/** Today for callers outside the workbook entry points (the sidebar), honouring the local override. */
export function todayIso(): IsoDate {
  // The spreadsheet's zone (GMT without a spreadsheet: AuthMode.NONE), read once per execution.
  return todayIn(spreadsheetTimeZone());
}

/** Time to wait for the document lock before saying another run is in progress. */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `body` under the document lock. When another run holds it, nothing
 * is read or written: the user is told to retry.
 */
export function withDocumentLock<T>(lang: Lang, body: () => T): T {
  const lock = LockService.getDocumentLock();
  // No document lock outside a document (never for an add-on in a spreadsheet): nothing to share it with.
  if (!lock) return body();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw UserError.of(lang, 'wb.error.busy');
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
