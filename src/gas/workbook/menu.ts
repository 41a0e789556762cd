/**
 * Menu handlers of the workbook features. Failures reach the user as one
 * localized alert (never a stack trace); success ends with a toast. Check
 * goals lives in ../sidebar/open.ts: it ends on the Check pane.
 */
import { isSheetLimitFailure } from '../../core/limits';
import { isLockTimeout, isQuotaExceeded } from '../../core/lock';
import { t } from '../../core/messages';
import { errorField, unexpectedFailure } from '../functions/cells';
import { documentLang, UserError } from './env';
import { insertExampleWorkbook } from './example';
import { protectedFailure } from './protect';
import { generatePlanReport } from './report';
import { activeSpreadsheet, callSettings } from '../scope';
import { resolveLanguage } from '../../core/settings';
import type { Lang } from '../../core/types';
import type { CheckSummary } from '../../core/workbook/types';

function menuLang(): Lang {
  return resolveLanguage(callSettings(), documentLang());
}

/** The user-facing text of a failure: our own message, or a generic one naming only the error kind. */
export function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof UserError) return error.message;
  // Read as a message whatever realm made the error (the emulator's services throw Node's Errors into the bundle's vm).
  const message = errorField(error, 'message') ?? '';
  // Google's lock timeout and quota errors by their documented wordings (core/lock), as the sidebar reads them.
  if (isLockTimeout(message)) return t(lang, 'wb.error.busy');
  if (isQuotaExceeded(message)) return t(lang, 'wb.error.quota');
  if (isSheetLimitFailure(message)) return t(lang, 'wb.error.sheetLimit');
  return protectedFailure(lang) ?? unexpectedFailure(error, lang);
}

function alert(message: string): void {
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    // No UI (e.g. run from a trigger): the toast below still tells.
    activeSpreadsheet().toast(message);
  }
}

/** Runs a menu action; a failure reaches the user as one localized alert. */
export function guarded(action: (lang: Lang) => void): void {
  const lang = menuLang();
  try {
    action(lang);
  } catch (error) {
    alert(failureMessage(error, lang));
  }
}

/** Shows the end-of-check summary as an alert (used when the sidebar cannot be shown). */
export function alertCheckSummary(summary: CheckSummary, lang: Lang): void {
  alert(summary.flagged.length > 0 ? `${summary.message}\n\n${t(lang, 'wb.alert.flaggedHint', { column: t(lang, 'col.notes') })}` : summary.message);
}

export function menuGeneratePlanReport(): void {
  guarded(() => {
    const { sheetName } = generatePlanReport();
    const sheet = activeSpreadsheet().getSheetByName(sheetName);
    if (sheet) activeSpreadsheet().setActiveSheet(sheet);
  });
}

export function menuInsertExampleWorkbook(): void {
  guarded(() => {
    insertExampleWorkbook();
  });
}
