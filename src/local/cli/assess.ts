/**
 * `smart-goals assess`: achievability of a target from a KPI history, computed
 * by the BUILT add-on (dist/Code.js, server function `smartAssess`).
 *
 *   --json   one JSON request per stdin line → one JSON result per line, in order;
 *            a bad line gives {"error": "…"} for that line alone.
 *   --history kpi.csv --target 0.3 --deadline 2027-03-31 [--today …] [--direction …] [--aggregation …] [--lang fr|en]
 *            human form; the CSV has a header row then date,value rows (";" or "," separated, FR decimal commas allowed).
 */
import { readFileSync } from 'node:fs';
import { cleanSeries } from '../../core/series/clean';
import { formatNumber, formatPercent } from '../../core/format';
import { isMessageKey, t, type MessageKey } from '../../core/messages';
import { parseLocaleNumber } from '../../core/numbers';
import type { Lang } from '../../core/types';
import { loadAddon, type LoadedAddon } from '../runtime';
import type { CliCommand } from './index';
import { localToday, parseArgs, stdinLines } from './io';

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

/** Runs one request line through the add-on; never throws. */
export function assessLine(addon: LoadedAddon, line: string): AssessResult {
  if (line.trim() === '') return { error: 'Invalid request: empty line' };
  try {
    JSON.parse(line);
  } catch (error) {
    return { error: `Invalid request: malformed JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
  try {
    // The string crosses into the add-on's realm as is; smartAssess parses and validates it.
    return project(JSON.parse(JSON.stringify(addon.call<AssessResult>('smartAssess', line))) as AssessResult);
  } catch (error) {
    return { error: `Invalid request: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Splits one CSV line on `separator`, honouring double quotes. */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** Reads a date,value CSV with a header row; ";" means French conventions (decimal commas, day-first dates). */
export function readHistoryCsv(text: string, langHint: Lang | null): { history: Array<[string, number]>; lang: Lang; dropped: number } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const separator = lines.some((l) => l.includes(';')) ? ';' : lines.some((l) => l.includes('\t')) ? '\t' : ',';
  const lang: Lang = langHint ?? (separator === ';' ? 'fr' : 'en');
  const rows = lines.slice(1).map((l) => splitCsvLine(l, separator));
  const cleaned = cleanSeries(rows, lang);
  return {
    history: cleaned.points.map((p) => [p.date, p.value]),
    lang,
    dropped: cleaned.dropped.filter((d) => d.reason !== 'blank').length,
  };
}

function printHuman(result: AssessResult, lang: Lang): void {
  if (typeof result.error === 'string') {
    console.error(result.error);
    return;
  }
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const verdict =
    typeof result.verdict === 'string' && isMessageKey(`verdict.${result.verdict}`)
      ? t(lang, `verdict.${result.verdict}` as MessageKey)
      : String(result.verdict);
  const lines = [`Verdict${colon} ${verdict}`];
  if (typeof result.probability === 'number')
    lines.push(`${lang === 'fr' ? 'Probabilité' : 'Probability'}${colon} ${formatPercent(result.probability, lang)}`);
  if (typeof result.suggestedTarget === 'number')
    lines.push(`${lang === 'fr' ? 'Cible suggérée' : 'Suggested target'}${colon} ${formatNumber(result.suggestedTarget, lang, 4)}`);
  if (Array.isArray(result.reasons)) lines.push(...result.reasons.map((r) => `  - ${String(r)}`));
  console.log(lines.join('\n'));
}

export const command: CliCommand = {
  summary: 'Achievability of a target from a KPI history (probability, verdict, suggested target)',
  usage: [
    'Usage:',
    '  smart-goals assess --json < requests.jsonl',
    '      one request per line: {"history": [["YYYY-MM-DD", number], …], "target": n, "deadline": "YYYY-MM-DD",',
    '      "today"?, "direction"? ("increase"|"decrease"), "aggregation"? ("level"|"total"), "baseline"?, "lang"? ("fr"|"en")}',
    '  smart-goals assess --history kpi.csv --target 0.3 --deadline 2027-03-31 [--today YYYY-MM-DD]',
    '      [--direction increase|decrease] [--aggregation level|total] [--lang fr|en]',
    '      kpi.csv: header row, then date,value rows ("," or ";" separated; FR decimal commas allowed)',
  ].join('\n'),
  async run(argv) {
    const { options } = parseArgs(argv, ['json']);
    const addon = loadAddon({});
    if (options.json) {
      for await (const line of stdinLines()) process.stdout.write(`${JSON.stringify(assessLine(addon, line))}\n`);
      return 0;
    }
    const file = options.history;
    if (typeof file !== 'string' || typeof options.target !== 'string' || typeof options.deadline !== 'string') {
      console.error(command.usage);
      return 2;
    }
    const langOption = options.lang === 'fr' || options.lang === 'en' ? options.lang : null;
    let csv: string;
    try {
      csv = readFileSync(file, 'utf8');
    } catch {
      console.error(`Cannot read ${file}`);
      return 2;
    }
    const { history, lang } = readHistoryCsv(csv, langOption);
    const target = parseLocaleNumber(options.target, lang);
    const request = {
      history,
      target: target ?? options.target,
      deadline: options.deadline,
      today: typeof options.today === 'string' ? options.today : localToday(),
      direction: typeof options.direction === 'string' ? options.direction : undefined,
      aggregation: typeof options.aggregation === 'string' ? options.aggregation : undefined,
      lang,
    };
    const result = assessLine(addon, JSON.stringify(request));
    printHuman(result, lang);
    return typeof result.error === 'string' ? 1 : 0;
  },
};
