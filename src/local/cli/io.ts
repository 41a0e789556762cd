/** Small I/O helpers shared by the CLI commands. */
import { createInterface } from 'node:readline';
import { t } from '../../core/messages/cli';
import { langFromLocale, requestLang } from '../../core/messages/translate';
import type { Lang } from '../../core/types';

/** Streams stdin line by line (keeps order; never buffers the whole input). A UTF-8 byte-order mark (files saved by Excel or Notepad) is dropped. */
export async function* stdinLines(): AsyncGenerator<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
}

/** Parses `--name value`, `--name=value` and boolean `--flag` options; the rest are positionals. */
export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): { options: Record<string, string | true>; positionals: string[] } {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) options[name] = arg.slice(eq + 1);
      else if (booleanFlags.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) options[name] = true;
      else options[name] = argv[++i];
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

/** Today's date in the machine's local calendar, as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The first usage problem in parsed options, or null: an option the command
 * does not know (a typo would otherwise be ignored, or swallow the next word
 * as its value), or a value option given without its value (`--today` at the end).
 */
export function optionProblem(options: Readonly<Record<string, string | true>>, valueOptions: readonly string[], booleanFlags: readonly string[] = []): string | null {
  const lang = optionsLang(options);
  for (const [name, value] of Object.entries(options)) {
    if (booleanFlags.includes(name)) continue;
    if (!valueOptions.includes(name)) return t(lang, 'cli.unknownOption', { name });
    if (value === true || value === '') return t(lang, 'cli.needsValue', { name });
  }
  return null;
}

/**
 * The language of the CLI's own errors before a command reads its options: --lang's (as core requestLang reads it), else
 * --locale's (fr_CA: French), else English — the help's rule (surf65: usage errors and request lines were English only).
 */
export function optionsLang(options: Readonly<Record<string, string | true>>): Lang {
  return requestLang(options.lang === true ? undefined : options.lang) ?? langFromLocale(options.locale === true ? undefined : options.locale);
}

/**
 * Each command's options, written once: its own check (`optionProblem`) and the command line's search for the command
 * (`commandIndex`, where options may stand before it) read this table, so an option added here is known to both.
 */
export const COMMAND_OPTIONS = {
  analyze: { values: ['today', 'lang', 'fiscal-start', 'locale'], flags: ['json'] },
  assess: { values: ['history', 'target', 'deadline', 'today', 'direction', 'aggregation', 'lang', 'locale'], flags: ['json'] },
  report: { values: ['out', 'today', 'lang', 'locale'], flags: ['in-place'] },
} as const satisfies Record<string, { values: readonly string[]; flags: readonly string[] }>;

/** A spreadsheet locale as `--locale` takes it: "en_NZ", "fr_CA", "fr" (a hyphen is read as the underscore). */
const LOCALE_PATTERN = /^[a-z]{2}(?:[_-][a-z]{2})?$/i;

/**
 * `--locale`'s value as a spreadsheet locale ("EN_NZ", "en-nz" → "en_NZ"), or undefined when it is none: the shape, and a
 * language Intl knows (mend62a: "xx_YY" was taken, "EN_NZ" refused).
 */
export function localeOption(value: unknown): string | undefined {
  if (typeof value !== 'string' || !LOCALE_PATTERN.test(value)) return undefined;
  const [language, region] = value.split(/[_-]/);
  const locale = language.toLowerCase() + (region ? `_${region.toUpperCase()}` : '');
  return Intl.DateTimeFormat.supportedLocalesOf(locale.replace('_', '-')).length > 0 ? locale : undefined;
}
