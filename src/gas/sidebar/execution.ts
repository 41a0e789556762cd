/**
 * Per-execution state of the sidebar's server calls. In Apps Script every
 * google.script.run call is a fresh execution, but the local emulator keeps
 * one loaded bundle across calls, so each entry point starts with
 * `beginCall()` and the caches below never outlive one call.
 */
import { localeDateOrder, localeWeekStart, type DateOrder, type WeekStart } from '../../core/dates';
import { useDateOrder } from '../../core/format';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { langFromLocale } from '../../core/messages';
import { numberLang, type NumberLang } from '../../core/numbers';
import { currencyOfLocale } from '../../core/format';
import { resolveLanguage, type Settings } from '../../core/settings';
import type { IsoDate, Lang } from '../../core/types';
import { detectKpiSeries } from '../../core/workbook/kpis';
import { buildWorkbookModel } from '../../core/workbook/model';
import type { GoalRow, KpiSeries, SheetGrid, WorkbookModel } from '../../core/workbook/types';
import { readWorkbook, todayIso } from '../workbook';
import { activeSpreadsheet, callSettings, spreadsheetLocale } from '../scope';
import { documentLang } from '../workbook/env';
import { fillMergedDown, intactOwnedBlock, toCellValue } from '../workbook/read';

interface CallCache {
  lang?: Lang;
  today?: IsoDate;
  model?: WorkbookModel;
}

let cache: CallCache = {};

export function beginCall(): void {
  cache = {};
}

/** The workbook changed during this call (a row was appended): read it again next time. */
export function forgetWorkbook(): void {
  delete cache.model;
}

export function settings(): Settings {
  return callSettings();
}

export function userLang(): Lang {
  // Settings' language, else the spreadsheet's locale (else the user's when it cannot be read): the rule of every surface.
  if (!cache.lang) {
    cache.lang = resolveLanguage(settings(), sheetLocale() === '' ? documentLang() : langFromLocale(sheetLocale()));
    // Dates in messages follow the locale: "March 31, 2027" in en_US, "31 March 2027" in en_GB.
    useDateOrder(cellOrder());
  }
  return cache.lang;
}

/** Today in the spreadsheet's time zone (what "end of this month" means to its users), as Check goals sees it. */
export function today(): IsoDate {
  const cached = cache.today ?? todayIso();
  cache.today = cached;
  return cached;
}

export function workbook(): WorkbookModel {
  const cached = cache.model ?? readWorkbook();
  cache.model = cached;
  return cached;
}

/** The spreadsheet's locale, read once per call ('' when it cannot be read). */
function sheetLocale(): string {
  return spreadsheetLocale() ?? '';
}

/** Language the spreadsheet's cells are typed in (its locale): how text numbers and dates in KPI tabs read. */
function cellLang(): Lang {
  return sheetLocale() === '' ? userLang() : langFromLocale(sheetLocale());
}

/** How the spreadsheet's cells and sentences read typed numbers (`numberLang`: its locale's separators, en_IN's lakhs), for the readers and the wizard's fields. */
export function cellNumberLang(): NumberLang {
  return numberLang(sheetLocale(), cellLang());
}

/** The order of day and month in dates typed as text: the spreadsheet locale's (en_GB day first, en_US month first). */
export function cellOrder(): DateOrder {
  return localeDateOrder(sheetLocale(), cellLang());
}

/** The first day of the spreadsheet locale's week (`localeWeekStart`): what the wizard's "End of next week" and "this week" mean. */
export function cellWeekStart(): WeekStart {
  return localeWeekStart(sheetLocale());
}

/**
 * The spreadsheet locale's currency (ISO code: "en_US" → "USD", "fr_FR" → "EUR"), for amounts of a KPI that
 * has no tab (no column format to take a symbol from); null when the locale names none or cannot be read.
 * `Spreadsheet.getSpreadsheetLocale()`: "Gets the spreadsheet locale" (Apps Script reference), e.g. "en_US".
 */
export function localeCurrency(): string | null {
  const locale = spreadsheetLocale();
  return locale === null ? null : currencyOfLocale(locale);
}

/** A KPI tab read once (values and number formats together) with the series found in it; null when the tab is gone. */
export function seriesTab(sheetName: string): { grid: SheetGrid; series: KpiSeries[] } | null {
  const sheet = activeSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  const grid: SheetGrid = { name: sheet.getName(), values: range.getValues().map((row) => row.map(toCellValue)), formats: range.getNumberFormats() };
  return { grid, series: detectKpiSeries(grid, cellNumberLang(), KPI_CATALOG, cellOrder(), today(), settings().fiscalYearStartMonth) };
}

/**
 * The goals of the Goals tab, for the parent picker's search: the tab the sidebar named is read
 * alone (one getDataRange().getValues(), its merged cells, no other tab), and the whole workbook
 * only when that tab is gone or no longer holds goals.
 */
export function goalRows(sheetName: string | null | undefined): GoalRow[] {
  if (cache.model) return cache.model.goals;
  const sheet = sheetName ? activeSpreadsheet().getSheetByName(sheetName) : null;
  if (sheet && sheetName) {
    today(); // sets the spreadsheet's time zone, in which the goals' date cells are read
    const range = sheet.getDataRange();
    const values = range.getValues().map((row) => row.map(toCellValue));
    // Our result columns are not goal fields: found by their headers (the metadata is not read for a search).
    const block = intactOwnedBlock(values);
    const merges = range.getMergedRanges();
    if (merges.length > 0) fillMergedDown(values, merges, block ? [...block.values()] : []);
    const name = sheet.getName();
    const model = buildWorkbookModel([{ name, values }], { lang: cellLang(), numberLang: cellNumberLang(), dateOrder: cellOrder(), fiscalStartMonth: settings().fiscalYearStartMonth, catalog: KPI_CATALOG, goalsSheetName: name, ownedColumns: block ? { [name]: [...block.values()] } : {} });
    if (model.goalsSheet) return model.goals;
  }
  return workbook().goals;
}

/** The goals of a workbook already read in this call, else null (nothing is read). */
export function goalsIfRead(): GoalRow[] | null {
  return cache.model ? cache.model.goals : null;
}

/**
 * One KPI series by key. Live calls (achievability as the user types) know
 * the series' tab, so they read that tab alone — one batched read instead of
 * every tab — and fall back to the whole workbook when the tab changed.
 */
export function seriesByKey(key: string | null, sheetName: string | null | undefined): KpiSeries | null {
  if (!key) return null;
  if (cache.model) return cache.model.series.find((s) => s.key === key) ?? null;
  if (sheetName) {
    const found = seriesTab(sheetName)?.series.find((s) => s.key === key);
    if (found) return found;
  }
  return workbook().series.find((s) => s.key === key) ?? null;
}
