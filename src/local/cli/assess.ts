/**
 * `smart-goals assess`: achievability of a target from a KPI history, computed
 * by the BUILT add-on (dist/Code.js, server function `smartAssess`).
 *
 *   --json   one JSON request per stdin line → one JSON result per line, in order;
 *            a bad line gives {"error": "…"} for that line alone.
 *   --history kpi.csv --target 0.3 --deadline 2027-03-31 [--today …] [--direction …] [--aggregation …] [--lang fr|en]
 *            human form; the CSV holds date,value rows, with or without a header (";" separated = French conventions).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chanceText } from '../../core/achievability/verdict';
import { isValidIsoDate, localeDateOrder } from '../../core/dates';
import { classifySeries } from '../../core/forecast';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { cleanSeries, parseDateCell } from '../../core/series/clean';
import { currencyOfLocale, formatCurrency, formatDate, formatNumber, formatPercent, useCurrency, useDateOrder } from '../../core/format';
import { currencyMarkSource, requestCurrency, sentenceCurrency } from '../../core/currency-marks';
import { isMessageKey, requestLang, t as serverText } from '../../core/messages';
import { t, type MessageKey } from '../../core/messages/cli';
import { parseLocaleNumber } from '../../core/numbers';
import type { Lang } from '../../core/types';
import { splitCsvLine } from '../csv-line';
import { historyValueKind } from '../../core/workbook/kpis';
import { loadAddon, type LoadedAddon } from '../runtime';
import type { CliCommand } from './index';
import { COMMAND_OPTIONS, localeOption, localToday, optionProblem, optionsLang, parseArgs, stdinLines } from './io';

/** Fields printed for each request, in this order. */
const OUTPUT_FIELDS = [
  'verdict',
  'probability',
  'period',
  'horizon',
  'forecast',
  'required',
  'suggestedTarget',
  'reasons',
  'direction',
  'aggregation',
  'latest',
] as const;

type AssessResult = Record<string, unknown> & { error?: string };

function project(result: AssessResult): AssessResult {
  if (typeof result.error === 'string') return { error: result.error };
  const out: AssessResult = {};
  for (const field of OUTPUT_FIELDS) out[field] = result[field] ?? null;
  return out;
}

/**
 * Runs one request line through the add-on; never throws. `lang`: the language of a request object that names none
 * (`--json` with --lang or --locale, surf63); a line's own "lang" wins.
 */
export function assessLine(addon: LoadedAddon, line: string, lang?: Lang): AssessResult {
  // The CLI's own request errors in the line's language, as the add-on's (surf65: "Invalid request" was English only).
  const said = (detail: string): AssessResult => ({ error: t(lang ?? 'en', 'cli.assess.invalid', { detail }) });
  if (line.trim() === '') return said(t(lang ?? 'en', 'cli.assess.emptyLine'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    // The catalog's words, not Node's English parser message (mend65f); the character it stopped at when Node says it.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return said(at ? t(lang ?? 'en', 'cli.assess.malformedAt', { at: Number(at[1]) + 1 }) : t(lang ?? 'en', 'cli.assess.malformed'));
  }
  // JSON that is no object ("[1,2]", "\"text\""): answered here in the line's language, as malformed JSON (mend66f).
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return said(serverText(lang ?? 'en', 'achievability.request.object'));
  const named = requestLang((parsed as { lang?: unknown }).lang);
  // A language not spoken is refused in the CLI's language, --lang's else --locale's (mend64f: the add-on wrote it in the sheet's).
  if (named === undefined) return { error: serverText(lang ?? 'en', 'achievability.error.lang', { value: String((parsed as { lang?: unknown }).lang) }) };
  // "lang": null or "" is no language named (mend63f: it kept English under --locale fr_CA).
  if (lang && named === null) line = JSON.stringify({ ...parsed, lang });
  try {
    // The string crosses into the add-on's realm as is; smartAssess parses and validates it.
    return project(JSON.parse(JSON.stringify(addon.call<AssessResult>('smartAssess', line))) as AssessResult);
  } catch (error) {
    return said(error instanceof Error ? error.message : String(error));
  }
}

/** d/m/y or m/d/y, as typed in a CSV: "16/11/2026", "11/16/26", "16.11.2026". */
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/**
 * Slash dates of a comma CSV are read month first (US), unless the column itself
 * shows they are day first (a first part above 12 and no second part above 12):
 * then they are rewritten as ISO dates, so "16/11/2026" is never dropped and
 * "02/11/2026" is never read as 11 February.
 */
function dayFirstToIso(rows: string[][], forced?: boolean): { rows: string[][]; dayFirst: boolean } {
  let dayFirst = forced ?? false;
  // The order the spreadsheet locale gives (--locale, mend62a) is not second-guessed: an en_NZ file of days ≤ 12 is day first.
  for (const row of forced === undefined ? rows : []) {
    const m = SLASH_DATE.exec(row[0] ?? '');
    if (!m) continue;
    if (Number(m[2]) > 12) return { rows, dayFirst: false };
    if (Number(m[1]) > 12) dayFirst = true;
  }
  if (!dayFirst) return { rows, dayFirst };
  const converted = rows.map((row) => {
    const m = SLASH_DATE.exec(row[0] ?? '');
    if (!m) return row;
    const year = m[3].length === 2 ? `20${m[3]}` : m[3];
    return [`${year}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`, ...row.slice(1)];
  });
  return { rows: converted, dayFirst };
}

/** Any currency mark of core's one table, as a cell writes it beside its number (« 1 200 000 FCFA », "A$48,000"). */
const MARK = new RegExp(currencyMarkSource(true));

/**
 * The currency mark the value cells write (surf65: assess dropped it), as written: the request's "currency", which
 * smartAssess reads as a JSON line's (mend66f: "kr" cells were dropped where the line is refused, "A$" shown "AU$"); null
 * when no cell writes one or the marks name different currencies.
 */
function cellsCurrency(cells: readonly string[]): string | null {
  const marks = cells.flatMap((cell) => MARK.exec(cell) ?? []);
  return new Set(marks.map((mark) => sentenceCurrency(mark) ?? mark)).size === 1 ? marks[0] : null;
}

/** Why rows of a CSV were left out: unreadable dates or values (not blank lines, the header, or averaged duplicates). */
const REPORTED_DROPS = new Set(['missing-date', 'missing-value', 'invalid-date', 'invalid-value']);

/**
 * Reads a date,value CSV (a header row is recognized and skipped). The separator
 * says how to read it: ";" means French conventions (decimal commas, day-first
 * dates), "," or tab English ones, with day-first dates recognized from the
 * column. `langHint` (--lang) only picks the language of messages: it never
 * changes how the file is read. `droppedLines` are 1-based line numbers.
 */
export function readHistoryCsv(
  text: string,
  langHint: Lang | null,
  /** Rows on one date: averaged (a level) or summed (a total, e.g. one row per deal). */
  duplicates: 'average' | 'sum' = 'average',
  /** A comma file's slash dates day first (true) or month first (false), as its sheet's locale writes them (--locale); undefined: as its column shows. */
  dayFirstLocale?: boolean,
): { history: Array<[string, number]>; lang: Lang; dropped: number; droppedLines: number[]; header: string | null; dayFirst: boolean; currency: string | null } {
  const numbered = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const separator = numbered.some(({ line }) => line.includes(';')) ? ';' : numbered.some(({ line }) => line.includes('\t')) ? '\t' : ',';
  const fileLang: Lang = separator === ';' ? 'fr' : 'en';
  const split = numbered.map(({ line }) => splitCsvLine(line, separator, { quotesOnlyAtCellStart: false, trim: true }));
  const english = fileLang === 'en' ? dayFirstToIso(split, dayFirstLocale) : null;
  const rows = english ? english.rows : split;
  const cleaned = cleanSeries(rows, fileLang, duplicates);
  const droppedLines = cleaned.dropped.filter((d) => REPORTED_DROPS.has(d.reason)).map((d) => numbered[d.index].number);
  // The value column's header says what the values are ("Output index", "Close rate (%)"), as a formula's does.
  const headerRow = cleaned.dropped.find((d) => d.reason === 'header');
  const header = headerRow ? (split[headerRow.index][1]?.trim() ?? '') || null : null;
  return {
    history: cleaned.points.map((p) => [p.date, p.value]),
    lang: langHint ?? fileLang,
    dropped: droppedLines.length,
    droppedLines,
    header,
    // A French file's dates are day first: so are the --deadline and --today typed beside it (audit61), and so are an
    // English file's when its column shows it ("16/11/2026", en_NZ or en_GB: audit62).
    dayFirst: fileLang === 'fr' || english?.dayFirst === true,
    currency: cellsCurrency(split.map((row) => row[1] ?? '')),
  };
}

/**
 * A date option as ISO: YYYY-MM-DD, or beside a French file DD/MM/YYYY or DD/MM/YY (day first, as the file's dates: « 31/01/2027 »);
 * null when it is neither or names no real day (31/02/2027). A ","-separated file keeps ISO only (12/01/2027 is ambiguous
 * there) unless its own dates show day first ("16/11/2026", en_NZ or en_GB: audit62), when it is read as a French file's.
 */
export function optionDate(value: string, dayFirst: boolean): string | null {
  const text = value.trim();
  if (isValidIsoDate(value)) return value;
  // Day first, read by the reader of the file's own dates (core `parseDateCell`, French order): « 31/01/27 » too.
  return dayFirst && /^\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\d{2})?$/.test(text) ? parseDateCell(text, 'fr') : null;
}

/**
 * Formats a KPI value as the add-on does: a rate (by its header, else fractions between 0 and 1) is shown in %, and so is
 * an open rate ("Quota attainment" at 85 … 112 %: forecast as an amount, said in %).
 */
function formatKpiValue(value: number, history: ReadonlyArray<readonly [string, number]>, header: string | null, lang: Lang): string {
  const values = history.map(([, v]) => v);
  const kind = historyValueKind(header, values, KPI_CATALOG);
  const isRate = history.length > 0 && (kind === 'open-rate' || classifySeries(values, kind) === 'rate');
  return isRate ? formatPercent(value, lang) : formatNumber(value, lang, Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 1 ? 2 : 4);
}

function printHuman(result: AssessResult, lang: Lang, history: ReadonlyArray<readonly [string, number]>, header: string | null, deadline: string, currency: string | null): void {
  if (typeof result.error === 'string') {
    console.error(result.error);
    return;
  }
  const colon = lang === 'fr' ? '\u202f:' : ':';
  const verdict =
    typeof result.verdict === 'string' && isMessageKey(`verdict.${result.verdict}`)
      ? t(lang, `verdict.${result.verdict}` as MessageKey)
      : String(result.verdict);
  // Labels are the add-on's own column headers, so the CLI reads like the sheet.
  const lines = [`${t(lang, 'col.verdict')}${colon} ${verdict}`];
  // The chance as the add-on writes it beside the verdict, and the suggestion by when (fixes50), as in the sheet.
  if (typeof result.probability === 'number') lines.push(`${t(lang, 'col.probability')}${colon} ${chanceText(result.probability, lang)}`);
  if (typeof result.suggestedTarget === 'number')
    lines.push(`${t(lang, 'col.suggestedTarget')}${colon} ${currency ? formatCurrency(result.suggestedTarget, lang, currency) : formatKpiValue(result.suggestedTarget, history, header, lang)} ${serverText(lang, 'statement.example.byDate', { date: formatDate(deadline, lang) })}`);
  if (Array.isArray(result.reasons)) lines.push(...result.reasons.map((r) => `  - ${String(r)}`));
  console.log(lines.join('\n'));
}

export const command: CliCommand = {
  summary: t('en', 'cli.assess.summary'),
  summaryIn: (lang) => t(lang, 'cli.assess.summary'),
  usage: t('en', 'cli.assess.usage'),
  help: (lang) => t(lang, 'cli.assess.usage'),
  async run(argv) {
    const { options } = parseArgs(argv, COMMAND_OPTIONS.assess.flags);
    const problem = optionProblem(options, COMMAND_OPTIONS.assess.values, COMMAND_OPTIONS.assess.flags);
    if (problem) return usageError(problem);
    // --lang as a JSON request's "lang" reads ("FR", "fr-CA", "fr_FR": core requestLang; lastread64), a language not spoken refused.
    const langOption = options.lang === undefined ? null : (requestLang(options.lang) ?? null);
    if (options.lang !== undefined && langOption === null) return usageError(t(optionsLang(options), 'cli.report.badLang', { value: String(options.lang) }));
    // Until the file tells its language, messages follow --lang, else --locale's language, else English (mend65f).
    const optionLang: Lang = langOption ?? optionsLang(options);
    // The sheet's locale the file comes from (mend62a): an en_NZ file whose days are all ≤ 12 is still day first.
    const localeGiven = localeOption(options.locale);
    if (options.locale !== undefined && localeGiven === undefined) return usageError(t(optionLang, 'cli.report.badLocale', { value: String(options.locale) }));
    const order = localeGiven && localeDateOrder(localeGiven, 'en');
    // --locale's language (fr_CA: French), the text's when --lang names none, on both forms (mend63f: the plain form
    // answered an English file in English under --locale fr_CA where --json answered in French).
    const localeLang: Lang | null = localeGiven ? (localeGiven.startsWith('fr') ? 'fr' : 'en') : null;
    if (options.json) {
      // The text fields follow the options as the plain form's do (surf63; audit62: they ignored --locale): the reasons'
      // dates the locale's order (en_NZ "31 March 2027"), their language a line's own "lang", else --lang, else the
      // locale's language (fr_CA: French), else English.
      const addon = builtAddon(localeGiven ? { SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => localeGiven }) } } : {}, langOption ?? localeLang ?? 'en');
      if (!addon) return 2;
      const lineLang: Lang | undefined = langOption ?? localeLang ?? undefined;
      if (process.stdin.isTTY) console.error(t(optionLang, 'cli.assess.typeJson'));
      for await (const line of stdinLines()) process.stdout.write(`${JSON.stringify(assessLine(addon, line, lineLang))}\n`);
      return 0;
    }
    const file = options.history;
    const target = options.target;
    const deadline = options.deadline;
    if (typeof file !== 'string' || typeof target !== 'string' || typeof deadline !== 'string') {
      const missing = (['history', 'target', 'deadline'] as const)
        .filter((name) => typeof options[name] !== 'string')
        .map((name) => `--${name}`);
      return usageError(t(optionLang, 'cli.missingOptions', { options: missing.join(', ') }));
    }
    if (!existsSync(file)) return usageError(t(optionLang, 'cli.report.missing', { file }));
    let csv: string;
    try {
      if (!statSync(file).isFile()) return usageError(t(optionLang, 'cli.assess.notFile', { file }));
      csv = readFileSync(file, 'utf8');
    } catch (error) {
      return usageError(t(optionLang, 'cli.assess.unreadable', { file, reason: error instanceof Error ? error.message : String(error) }));
    }
    // A shared sign in the cells is the locale's currency ("$" in en_AU: AUD), as a sheet's format shows it.
    useCurrency(currencyOfLocale(localeGiven));
    const { history, lang: fileLang, droppedLines, header, dayFirst, currency } = readHistoryCsv(csv, langOption, options.aggregation === 'total' ? 'sum' : 'average', order === 'dmy' ? true : order === 'mdy' ? false : undefined);
    // The text's language: --lang, else --locale's, else the file's (a ";" file: French); the file is read as it writes.
    const lang: Lang = langOption ?? localeLang ?? fileLang;
    // The dates are read once the file says how it writes them (a French file: day first), and refused in its language.
    const badDate = (option: string, value: string): number => usageError(t(lang, dayFirst ? 'cli.badDateDayFirst' : 'cli.badDate', { option, value }));
    const deadlineIso = optionDate(deadline, dayFirst);
    if (deadlineIso === null) return badDate('--deadline', deadline);
    const todayIso = typeof options.today === 'string' ? optionDate(options.today, dayFirst) : localToday();
    if (todayIso === null) return badDate('--today', String(options.today));
    if (history.length === 0) return usageError(t(lang, 'cli.assess.noRows', { file }));
    if (droppedLines.length > 0) {
      const shown = droppedLines.slice(0, 10).join(', ') + (droppedLines.length > 10 ? ', …' : '');
      console.error(t(lang, 'cli.assess.skipped', { count: droppedLines.length, file, lines: shown }));
    }
    // A target typed the way the file writes numbers ("0,3" or "30 %" next to a ";" file).
    const targetValue = parseLocaleNumber(target, fileLang) ?? parseLocaleNumber(target, fileLang === 'fr' ? 'en' : 'fr');
    if (targetValue === null) return usageError(t(lang, 'cli.assess.badTarget', { value: target }));
    const request = {
      history,
      target: targetValue,
      deadline: deadlineIso,
      today: todayIso,
      direction: typeof options.direction === 'string' ? options.direction : undefined,
      aggregation: typeof options.aggregation === 'string' ? options.aggregation : undefined,
      lang,
      header,
      currency,
    };
    // One order for every date of the answer, the file's (audit62): the add-on's reasons are written as in a sheet of the
    // locale the file reads like — en_GB for an English file whose dates are day first, else en_US; fr_FR — and the
    // suggestion's line, written here, in the same order ("31 March 2027" on both, or "March 31, 2027" on both).
    const locale = localeGiven ?? (lang === 'fr' ? 'fr_FR' : dayFirst ? 'en_GB' : 'en_US');
    const addon = builtAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) } }, lang);
    if (!addon) return 2;
    useDateOrder(localeDateOrder(locale, lang));
    const result = assessLine(addon, JSON.stringify(request), lang);
    // The suggestion's amount in the currency smartAssess read from the mark, under the add-on's locale.
    useCurrency(currencyOfLocale(locale));
    const read = currency === null ? null : requestCurrency(currency);
    printHuman(result, lang, history, header, deadlineIso, typeof read === 'string' ? read : null);
    return typeof result.error === 'string' ? 1 : 0;
  },
};

/** The built add-on in a context holding `globals`; null (said on stderr) when dist/Code.js cannot be loaded. */
function builtAddon(globals: Record<string, unknown>, lang: Lang): LoadedAddon | null {
  try {
    return loadAddon(globals);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(t(lang, 'cli.notBuilt'));
    return null;
  }
}

function usageError(message: string): number {
  console.error(message);
  return 2;
}
