/**
 * `smart-goals report <workbook.xlsx> [--out result.xlsx] [--today YYYY-MM-DD] [--lang fr|en] [--in-place]`
 *
 * Runs the BUILT add-on's Check goals and Generate plan report on an .xlsx
 * workbook through the in-memory emulator, writes the result workbook and
 * prints a summary (flagged goals, alignment problems).
 * - The input is never modified unless --in-place; default output: <name>.smart.xlsx next to it.
 * - --today reaches the add-on as the `__SMART_GOALS_TODAY__` global of its vm context (Apps Script
 *   never defines it), so "next week" and forecasts are computed as of that day.
 * - --lang is the language saved in the add-on's Settings for this run (results and report; default: the workbook's
 *   locale); a language chosen in the workbook's own SMART Goals settings still wins, as in Sheets.
 * - --locale sets the spreadsheet locale (how "1 234,5" and "30/06/2027" typed as text are read).
 *   An .xlsx saved by Excel carries no locale: the emulator's default (en_US) is then replaced by
 *   fr_FR when the workbook's text is clearly French, and the terminal says so.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isValidIsoDate } from '../../core/dates';
import { t } from '../../core/messages/cli';
import { requestLang } from '../../core/messages/translate';
import type { Lang } from '../../core/types';
import { adoptGuessedLocale } from '../workbook-locale';
import type { CheckSummary } from '../../core/workbook/types';
import { formatDate, loadXlsx, saveXlsx, xlsxReadWarnings, type Emulator } from '../emulator';
import { reportPrintSetup } from '../report-print';
import { loadAddon } from '../runtime';
import { SETTINGS_PROPERTY } from '../../gas/workbook/settings';
import type { CliCommand } from './index';
import { COMMAND_OPTIONS, localeOption, optionProblem, optionsLang, parseArgs } from './io';

export const USAGE = t('en', 'cli.report.usage');

/** Goals from which a progress bar is drawn. */
const PROGRESS_MIN_GOALS = 200;
const BAR_WIDTH = 30;

export function defaultOutput(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}.smart.xlsx`);
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

/** Draws "[#####-----] 42% Check goals" on stderr from the add-on's progress toasts. */
function progressBar(emulator: Emulator, label: string): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  let shown = -1;
  const draw = (percent: number): void => {
    const filled = Math.round((percent / 100) * BAR_WIDTH);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}% ${label}`);
  };
  const unsubscribe = emulator.onServiceCall(() => {
    const last = emulator.ui.toasts[emulator.ui.toasts.length - 1];
    const match = last ? /(\d+)\s?%/.exec(last.message) : null;
    const percent = match ? Math.min(100, Number(match[1])) : 0;
    if (percent !== shown) {
      shown = percent;
      draw(percent);
    }
  });
  return () => {
    unsubscribe();
    draw(100);
    process.stderr.write('\n');
  };
}

/** Copies a value out of the add-on's vm realm (plain JSON). */
function plain<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function errorMessage(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
}

/** A module not installed (`npm install --omit=dev` leaves HyperFormula out). */
function isMissingModule(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

export async function runReport(argv: string[]): Promise<number> {
  const { options, positionals } = parseArgs(argv, COMMAND_OPTIONS.report.flags);
  // A typo (--ouput) or a value-less --out would otherwise be ignored and the result written elsewhere.
  const problem = optionProblem(options, COMMAND_OPTIONS.report.values, COMMAND_OPTIONS.report.flags);
  if (problem) return fail(problem);
  // --lang as a JSON request's "lang" reads ("FR", "fr-CA", "fr_FR": core requestLang; lastread64), a language not spoken refused.
  const asked = options.lang === undefined ? null : (requestLang(options.lang) ?? null);
  if (options.lang !== undefined && asked === null) return fail(t(optionsLang(options), 'cli.report.badLang', { value: String(options.lang) }));
  // The errors' language: --lang's, else --locale's (mend65f: English under --locale fr_FR).
  const lang: Lang = asked ?? optionsLang(options);
  if (positionals.length > 1) return fail(t(lang, 'cli.report.oneWorkbook', { files: positionals.map((p) => `"${p}"`).join(', ') }));
  const locale = localeOption(options.locale);
  if (options.locale !== undefined && locale === undefined) return fail(t(lang, 'cli.report.badLocale', { value: String(options.locale) }));
  const input = positionals[0];
  if (!input) return fail(t(lang, 'cli.report.usage'));
  if (!existsSync(input) || !statSync(input).isFile()) return fail(t(lang, 'cli.report.missing', { file: input }));
  if (path.extname(input).toLowerCase() !== '.xlsx') return fail(t(lang, 'cli.report.notXlsx', { file: input }));
  const todayOption = typeof options.today === 'string' ? options.today : null;
  if (todayOption !== null && !isValidIsoDate(todayOption)) return fail(t(lang, 'cli.report.badToday', { value: todayOption }));
  const inPlace = options['in-place'] === true;
  if (inPlace && typeof options.out === 'string') return fail(t(lang, 'cli.report.outOrInPlace'));
  const out = inPlace ? input : typeof options.out === 'string' ? options.out : defaultOutput(input);
  if (!inPlace && path.resolve(out) === path.resolve(input)) return fail(t(lang, 'cli.report.sameFile', { file: input }));

  let emulator: Emulator;
  try {
    emulator = await loadXlsx(input, { ...(options.lang === undefined ? {} : { userLocale: lang }), ...(locale ? { spreadsheetLocale: locale.replace('-', '_') } : {}) });
  } catch (error) {
    return fail(t(lang, 'cli.report.unreadable', { file: input, reason: errorMessage(error) }));
  }
  if (!locale && adoptGuessedLocale(emulator)) {
    const said = options.lang === undefined ? 'fr' : lang;
    console.error(t(said, 'cli.report.guessedLocale', { language: t(said, 'cli.report.language.fr'), locale: 'fr_FR' }));
  }
  // Without --lang, the user is taken to speak the workbook's language (its spreadsheet locale).
  if (options.lang === undefined) emulator.session.userLocale = emulator.spreadsheet.getSpreadsheetLocale().split(/[_-]/)[0] || 'en';
  // Merges the reader skipped (two sharing a cell: the later in the file) are said, and the run goes on — one bad
  // merge never stops a report —, unless the file would be written back over itself without them.
  const skipped = xlsxReadWarnings(emulator);
  if (skipped.length > 0) {
    const said: Lang = options.lang === undefined ? (emulator.session.userLocale === 'fr' ? 'fr' : 'en') : lang;
    for (const merge of skipped) console.error(t(said, 'cli.report.mergeSkipped', { tab: merge.tab, kept: merge.kept, skipped: merge.skipped }));
    if (inPlace) return fail(t(said, 'cli.report.mergeSkippedInPlace', { file: input, count: skipped.length }));
  }
  // The add-on speaks the language saved in its Settings, else the spreadsheet's locale (never the user's): --lang is
  // that saved language for this run only; the workbook's own settings are put back before it is written.
  const savedSettings = emulator.properties.document.get(SETTINGS_PROPERTY);
  if (options.lang !== undefined) emulator.properties.document.set(SETTINGS_PROPERTY, JSON.stringify({ ...settingsObject(savedSettings), language: lang }));
  // Today as the add-on sees it in Sheets: in the spreadsheet's time zone, not the machine's.
  const today = todayOption ?? formatDate(new Date(), emulator.context.model.timeZone, 'yyyy-MM-dd');
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: today });
  const goalsGuess = emulator.spreadsheet.getSheets().reduce((max, s) => Math.max(max, s.getLastRow()), 0);

  let summary: CheckSummary;
  let sheetName: string;
  try {
    const done = goalsGuess >= PROGRESS_MIN_GOALS ? progressBar(emulator, t(lang, 'menu.check')) : () => undefined;
    try {
      summary = plain<CheckSummary>(emulator.runExecution(() => addon.call('checkGoals')));
    } finally {
      done();
    }
    const doneReport = goalsGuess >= PROGRESS_MIN_GOALS ? progressBar(emulator, t(lang, 'menu.report')) : () => undefined;
    try {
      sheetName = plain<{ sheetName: string }>(emulator.runExecution(() => addon.call('generatePlanReport'))).sheetName;
    } finally {
      doneReport();
    }
  } catch (error) {
    // The add-on's own errors are localized, one line (no goals tab, lock busy…).
    return fail(errorMessage(error));
  }
  if (savedSettings === undefined) emulator.properties.document.delete(SETTINGS_PROPERTY);
  else emulator.properties.document.set(SETTINGS_PROPERTY, savedSettings);
  try {
    // With the add-on state in a custom XML part (no sheet): xlsx cannot mark the report tab and
    // the result columns as the add-on's, and a later run must replace them rather than add
    // copies. The report's charts are native chart parts.
    // Each formula cell with the value the preview shows as its cached result (its code: cached-results.ts), so
    // LibreOffice, which has no SMARTSCORE, shows our answers instead of #NAME?. The evaluation needs HyperFormula, a
    // development dependency (GPL: preview and tests only): without it the file is written without them, and said so.
    const cached = await import('../preview/cached-results').then((module) => module.cachedResults(emulator, addon)).catch((error: unknown) => {
      if (!isMissingModule(error)) throw error;
      console.error(t(lang, 'cli.report.noCachedResults', { file: out }));
      return {};
    });
    await saveXlsx(emulator, out, { printSetup: reportPrintSetup(emulator), ...cached });
  } catch (error) {
    return fail(t(lang, 'cli.report.unwritable', { file: out, reason: errorMessage(error) }));
  }
  printSummary(summary, sheetName, out, summary.lang);
  return 0;
}

const MAX_LISTED = 20;

function printSummary(summary: CheckSummary, sheetName: string, out: string, lang: Lang): void {
  const lines = [summary.message, ''];
  // French puts a no-break space before the colon (« S\u202f: S-Q1… »); lines are joined, never their no-break spaces.
  const colon = lang === 'fr' ? '\u202f:' : ':';
  const oneLine = (text: string): string => text.replace(/[ \t\r\n]+/g, ' ');
  if (summary.flagged.length > 0) {
    lines.push(t(lang, 'cli.report.flagged', { count: summary.flagged.length }));
    for (const goal of summary.flagged.slice(0, MAX_LISTED)) {
      lines.push(`  ${t(lang, 'cli.report.row', { row: goal.row })} ${goal.id}${colon} ${goal.statement.slice(0, 70)}`);
      for (const reason of goal.reasons.slice(0, 2)) lines.push(`      - ${oneLine(reason).slice(0, 160)}`);
      if (goal.fix) lines.push(`      → ${t(lang, 'cli.report.fix', { fix: oneLine(goal.fix).slice(0, 160) })}`);
    }
    if (summary.flagged.length > MAX_LISTED) lines.push(`  … ${t(lang, 'cli.report.more', { count: summary.flagged.length - MAX_LISTED })}`);
    lines.push('');
  }
  if (summary.alignmentProblems.length > 0) {
    lines.push(t(lang, 'cli.report.alignment', { count: summary.alignmentProblems.length }));
    for (const problem of summary.alignmentProblems.slice(0, MAX_LISTED)) lines.push(`  ${problem.id}${colon} ${problem.message}`);
    lines.push('');
  }
  lines.push(t(lang, 'cli.report.written', { file: out, sheet: sheetName, goals: summary.sheetName }));
  console.log(lines.join('\n'));
}

export const command: CliCommand = {
  summary: t('en', 'cli.report.summary'),
  summaryIn: (lang) => t(lang, 'cli.report.summary'),
  usage: USAGE,
  help: (lang) => t(lang, 'cli.report.usage'),
  run: runReport,
};

/** The saved settings as an object ({} when none or unreadable), to change one field of. */
function settingsObject(json: string | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = json === undefined ? null : JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
