/**
 * Per-execution state of the sidebar's server calls. In Apps Script every
 * google.script.run call is a fresh execution, but the local emulator keeps
 * one loaded bundle across calls, so each entry point starts with
 * `beginCall()` and the caches below never outlive one call.
 */
import { langFromLocale } from '../../core/messages';
import { isoFromParts } from '../../core/dates';
import { resolveLanguage, type Settings } from '../../core/settings';
import type { IsoDate, Lang } from '../../core/types';
import type { WorkbookModel } from '../../core/workbook/types';
import { readSettings, readWorkbook } from '../workbook';

interface CallCache {
  settings?: Settings;
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
  const cached = cache.settings ?? readSettings();
  cache.settings = cached;
  return cached;
}

export function userLang(): Lang {
  if (!cache.lang) {
    let locale: string;
    try {
      locale = Session.getActiveUserLocale();
    } catch {
      locale = '';
    }
    cache.lang = resolveLanguage(settings(), langFromLocale(locale));
  }
  return cache.lang;
}

/** Today in the spreadsheet's time zone (what "end of this month" means to its users). */
export function today(): IsoDate {
  if (!cache.today) {
    const now = new Date();
    try {
      const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      cache.today = Utilities.formatDate(now, zone, 'yyyy-MM-dd');
    } catch {
      cache.today = isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
    }
  }
  return cache.today;
}

export function workbook(): WorkbookModel {
  const cached = cache.model ?? readWorkbook();
  cache.model = cached;
  return cached;
}
