/**
 * `smart-goals analyze [--today YYYY-MM-DD] [--json] [--lang fr|en] [--fiscal-start 1-12] [--locale en_NZ] [TEXT…]`:
 * SMART analysis of goal statements, computed by the BUILT add-on
 * (dist/Code.js, server function `smartAnalyze`) so the CLI answers exactly
 * what the sheet would.
 *
 * TEXT… is one statement (its words are joined); without TEXT, every stdin
 * line is one statement. `--json` prints one JSON object per input line, in
 * order; otherwise a readable table. A blank line is no goal (as a blank cell gets a
 * blank SMARTSCORE): `--json` prints `null` for it, to keep the lines aligned with the
 * input, and the table skips it.
 */
import { isValidIsoDate } from '../../core/dates';
import { currencyOfLocale, useCurrency, useNumberLocale } from '../../core/format';
import { formatAmount, formatChange, type StatementUnit } from '../../core/statement';
import { catalogs, t, type MessageKey } from '../../core/messages/cli';
import { requestLang } from '../../core/messages/translate';
import type { Lang } from '../../core/types';
import { loadAddon, type LoadedAddon } from '../runtime';
import type { CliCommand } from './index';
import { COMMAND_OPTIONS, localeOption, localToday, optionProblem, optionsLang, parseArgs, stdinLines } from './io';

const CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

interface CriterionJson {
  status: string;
  message: string;
  suggestion: string | null;
}

/** What `smartAnalyze` returns (see src/gas/functions/statement.ts). */
export interface AnalyzeJson {
  text: string;
  language: string;
  score: number;
  criteria: Record<(typeof CRITERIA)[number], CriterionJson>;
  kpi: string | null;
  direction: string | null;
  baseline: number | null;
  target: number | null;
  change: { value: number; kind: 'relative' | 'absolute' } | null;
  unit: StatementUnit | null;
  /** The baseline's and the target's unit when `unit` is a relative change's percentage ("Double revenue to $2M"). */
  levelUnit: StatementUnit | null;
  /** The stated amounts' currency (ISO code), null when the sentence states none. */
  currency: string | null;
  deadline: string | null;
  recurrence: string | null;
  levers: string[];
}

/**
 * Minimal Apps Script globals: smartAnalyze only needs a spreadsheet locale — `--locale`'s (how a slash date and a
 * number in the sentence are read, and the order of the dates its messages write: audit62), else the language's stand-in.
 */
function fakeGlobals(locale: string): Record<string, unknown> {
  return {
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
  };
}

/** Analyzes one statement through the add-on; the result is copied out of the add-on's realm. */
export function analyzeLine(addon: LoadedAddon, text: string, today: string, lang: Lang | null, fiscalStartMonth?: number): AnalyzeJson {
  return JSON.parse(JSON.stringify(addon.call('smartAnalyze', text, today, lang ?? undefined, fiscalStartMonth))) as AnalyzeJson;
}

/** `--fiscal-start`: the month number (1–12) a fiscal year starts in, as the Settings pane saves it; null when it is not one. */
function fiscalStartOption(value: string | true): number | null {
  const month = typeof value === 'string' && /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

const isKey = (key: string): key is MessageKey => key in catalogs().en;

const MARKS: Readonly<Record<string, string>> = { pass: '✓', warn: '~', fail: '✗', unknown: '?' };

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The readable form: the statement, its fields as a two-column table, then one line per criterion. `locale`: the sheet's
 * (`--locale`), else the language's stand-in, as the add-on was given it.
 */
export function formatHuman(result: AnalyzeJson, lang: Lang | null = null, locale?: string): string {
  // The words around the units in the language of the messages (`--lang`, else the statement's), as the criteria's.
  const said: Lang = lang ?? (result.language === 'fr' ? 'fr' : 'en');
  // The figures as the sheet shows them (surf65: « cible 0.25 » beside « 25 % »): a rate in %, an amount with its currency —
  // the sentence's, else the locale's —, the locale's separators (fr_CH's amounts « 1 234.50 CHF »).
  useNumberLocale(locale ?? null);
  useCurrency(currencyOfLocale(locale));
  const units = { ...result, levelUnit: result.levelUnit ?? undefined };
  const amount = (value: number | null): string => (value === null ? '—' : formatAmount(value, units, said));
  // Its labels too (audit63: « atteignable », not "achievable", beside French reasons); --json keeps its English keys.
  const label = (key: (typeof CRITERIA)[number] | keyof AnalyzeJson): string => t(said, `cli.analyze.field.${key}` as MessageKey);
  // And its values (surf64: « direction increase », « unité percent », « récurrence month »): the catalog's words for a
  // direction, a unit and a period, in the same language; a value the catalog has no word for is shown as --json gives it.
  const word = (prefix: string, value: string | null): string => (value !== null && isKey(`${prefix}.${value}`) ? t(said, `${prefix}.${value}` as MessageKey) : cell(value));
  const rows: Array<[string, string]> = [
    [label('language'), result.language],
    [label('score'), String(result.score)],
    [label('kpi'), cell(result.kpi)],
    [label('direction'), word('direction', result.direction)],
    [label('baseline'), amount(result.baseline)],
    [label('target'), amount(result.target)],
    [label('change'), result.change ? `${formatChange(units, said) ?? ''} (${t(said, `cli.analyze.field.changeKind.${result.change.kind}`)})` : '—'],
    // "Double revenue to $2M": the change is a percentage, the target money — "percent" alone read as the target's unit.
    [label('unit'), result.levelUnit ? t(said, 'cli.analyze.levelUnit', { unit: word('cli.analyze.unit', result.unit), levelUnit: word('cli.analyze.unit', result.levelUnit) }) : word('cli.analyze.unit', result.unit)],
    [label('deadline'), cell(result.deadline)],
    [label('recurrence'), word('period', result.recurrence)],
    [label('levers'), result.levers.length > 0 ? result.levers.join(' | ') : '—'],
  ];
  // One column width a language: English's as before (11), French's its longest label (« valeur de départ »).
  const width = Math.max(11, ...rows.map(([k]) => k.length), ...CRITERIA.map((id) => label(id).length));
  const lines = [result.text, ...rows.map(([k, v]) => `  ${k.padEnd(width)} ${v}`)];
  for (const id of CRITERIA) {
    const c = result.criteria[id];
    lines.push(`  ${MARKS[c.status] ?? '?'} ${label(id).padEnd(width)} ${c.message}${c.suggestion ? ` → ${c.suggestion}` : ''}`);
  }
  return lines.join('\n');
}

export const command: CliCommand = {
  summary: t('en', 'cli.analyze.summary'),
  summaryIn: (lang) => t(lang, 'cli.analyze.summary'),
  usage: t('en', 'cli.analyze.usage'),
  help: (lang) => t(lang, 'cli.analyze.usage'),
  async run(argv) {
    const { options, positionals } = parseArgs(argv, COMMAND_OPTIONS.analyze.flags);
    const problem = optionProblem(options, COMMAND_OPTIONS.analyze.values, COMMAND_OPTIONS.analyze.flags);
    if (problem) {
      console.error(problem);
      return 2;
    }
    // --lang as a JSON request's "lang" reads ("FR", "fr-CA", "fr_FR": core requestLang; lastread64), a language not spoken refused.
    const lang: Lang | null = options.lang === undefined ? null : (requestLang(options.lang) ?? null);
    if (options.lang !== undefined && lang === null) {
      console.error(t(optionsLang(options), 'cli.report.badLang', { value: String(options.lang) }));
      return 2;
    }
    const fiscalStart = options['fiscal-start'] === undefined ? undefined : fiscalStartOption(options['fiscal-start']);
    if (fiscalStart === null) {
      console.error(t(lang ?? optionsLang(options), 'cli.analyze.badFiscalStart', { value: String(options['fiscal-start']) }));
      return 2;
    }
    const locale = localeOption(options.locale);
    if (options.locale !== undefined && locale === undefined) {
      console.error(t(lang ?? optionsLang(options), 'cli.report.badLocale', { value: String(options.locale) }));
      return 2;
    }
    const today = typeof options.today === 'string' ? options.today : localToday();
    if (!isValidIsoDate(today)) {
      console.error(t(lang ?? optionsLang(options), 'cli.badDate', { option: '--today', value: String(options.today) }));
      return 2;
    }
    // The sheet's locale: --locale's, else the language's stand-in (fr_FR for --lang fr, else en_US).
    const sheetLocale = locale ?? (lang === 'fr' ? 'fr_FR' : 'en_US');
    let addon: LoadedAddon;
    try {
      addon = loadAddon(fakeGlobals(sheetLocale));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      console.error(t(lang ?? optionsLang(options), 'cli.notBuilt'));
      return 2;
    }
    const emit = (text: string): void => {
      if (text.trim() === '') {
        if (options.json) process.stdout.write('null\n');
        return;
      }
      const result = analyzeLine(addon, text, today, lang, fiscalStart);
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatHuman(result, lang, sheetLocale)}\n\n`);
    };
    if (positionals.length > 0) emit(positionals.join(' '));
    else {
      // Run with no TEXT at a terminal, the command would otherwise wait silently for stdin.
      if (process.stdin.isTTY) console.error(t(lang ?? optionsLang(options), 'cli.analyze.typeGoals'));
      for await (const line of stdinLines()) emit(line);
    }
    return 0;
  },
};
