/**
 * `npm run eval -- statements [--corpus=path | --corpus path] [--verbose] [--core]` (the eval runner
 * only takes bare words naming a known report, so a path after `--corpus` is left to this report):
 * per-field accuracy of the statement analyzer against a labelled corpus (JSON lines:
 * text, today, language, kpi, direction, baseline, target, change, unit,
 * deadline, recurrence, levers, and optionally `source`, the page a real statement was copied from).
 * Numbers match within a small relative tolerance; levers match as lists after case/accent/space folding.
 *
 * Statements go through the BUILT add-on (dist/Code.js, server function `smartAnalyze`, as the CLI
 * does), so the figures are those of what ships; `--core` measures the TypeScript sources instead.
 * Without `--corpus`, every fixture set is measured, the real-statement sets first, each next to the
 * figures of its first run (recorded in test/fixtures/statements/first-run.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement, type StatementAnalysis } from '../../core/statement';
import { fold } from '../../core/statement/text';
import { loadAddon } from '../runtime';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');
export const DEFAULT_CORPUS = path.join(FIXTURES, 'corpus.jsonl');
/** The order sets are shown in: real.jsonl, real-heldout.jsonl, real-heldout2.jsonl, real3.jsonl, … real15-heldout.jsonl. */
function realSetRank(name: string): number {
  const numbered = /^real(\d+)/.exec(name) ?? /heldout(\d+)/.exec(name);
  return numbered ? Number(numbered[1]) : 1;
}
/**
 * Statements copied verbatim from public pages (every `real*.jsonl` of the fixtures, found on disk so that a new
 * held-out set is measured and shape-checked as soon as it is committed), then the hand-written sets.
 */
export const REAL_CORPORA: readonly string[] = readdirSync(FIXTURES)
  .filter((name) => /^real.*\.jsonl$/.test(name))
  .sort((a, b) => realSetRank(a) - realSetRank(b) || a.localeCompare(b));
export const WRITTEN_CORPORA: readonly string[] = ['corpus.jsonl', 'holdout.jsonl', 'fresh.jsonl', 'blind2.jsonl', 'blind3.jsonl'];
export const ALL_CORPORA: readonly string[] = [...REAL_CORPORA, ...WRITTEN_CORPORA];
const FIRST_RUN_FILE = path.join(FIXTURES, 'first-run.json');

export const FIELDS = ['language', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'deadline', 'recurrence', 'levers'] as const;
export type Field = (typeof FIELDS)[number];

export interface LabelledStatement {
  text: string;
  today: string;
  language: unknown;
  kpi: unknown;
  direction: unknown;
  baseline: unknown;
  target: unknown;
  change: unknown;
  unit: unknown;
  deadline: unknown;
  recurrence: unknown;
  levers: unknown;
}

export function readCorpus(file: string): LabelledStatement[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as LabelledStatement;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

function sameNumber(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-6 + 1e-3 * Math.abs(b);
}

function normalizeLever(text: string): string {
  return fold(text)
    .replace(/[.;,!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the analyzer's value for `field` matches the label. */
export function fieldMatches(field: Field, actual: Pick<StatementAnalysis, Field>, expected: LabelledStatement): boolean {
  const got = actual[field];
  const want = expected[field];
  switch (field) {
    case 'baseline':
    case 'target':
      return sameNumber(got, want);
    case 'change': {
      const a = actual.change;
      const b = want as { value: number; kind: string } | null;
      if (!a || !b) return !a && !b;
      return a.kind === b.kind && sameNumber(a.value, b.value);
    }
    case 'levers': {
      const a = actual.levers.map(normalizeLever).sort();
      const b = (Array.isArray(want) ? (want as string[]) : []).map(normalizeLever).sort();
      return a.length === b.length && a.every((l, i) => l === b[i]);
    }
    default:
      return (got ?? null) === (want ?? null);
  }
}

export interface FieldReport {
  field: Field;
  correct: number;
  total: number;
  failures: Array<{ text: string; expected: unknown; actual: unknown }>;
}

/** The fields `fieldMatches` compares, from whichever analyzer. */
export type Analyze = (text: string, asOf: string) => Pick<StatementAnalysis, Field>;

const coreAnalyze: Analyze = (text, asOf) => analyzeStatement(text, { asOf });

/** The built add-on's `smartAnalyze` (what the CLI and the sheet run); the result is copied out of its realm. */
export function bundleAnalyze(): Analyze {
  const locale = { getSpreadsheetLocale: () => 'en_US' };
  const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => locale }, Session: { getActiveUserLocale: () => 'en' } });
  return (text, asOf) => JSON.parse(JSON.stringify(addon.call('smartAnalyze', text, asOf))) as Pick<StatementAnalysis, Field>;
}

export function evaluateCorpus(rows: readonly LabelledStatement[], analyze: Analyze = coreAnalyze): FieldReport[] {
  const reports = FIELDS.map((field) => ({ field, correct: 0, total: 0, failures: [] as FieldReport['failures'] }));
  for (const row of rows) {
    const analysis = analyze(row.text, row.today);
    for (const report of reports) {
      report.total++;
      if (fieldMatches(report.field, analysis, row)) report.correct++;
      else report.failures.push({ text: row.text, expected: row[report.field], actual: analysis[report.field] });
    }
  }
  return reports;
}

/** Per-field figures of a set's first run (before any tuning on it), keyed by file name. */
type FirstRuns = Record<string, { date: string; note?: string; fields: Partial<Record<Field | 'all', number>> }>;

function readFirstRuns(): FirstRuns {
  return existsSync(FIRST_RUN_FILE) ? (JSON.parse(readFileSync(FIRST_RUN_FILE, 'utf8')) as FirstRuns) : {};
}

function pct(correct: number, total: number): number {
  return total ? (100 * correct) / total : 0;
}

function printReport(file: string, rows: readonly LabelledStatement[], reports: readonly FieldReport[], first: FirstRuns[string] | undefined, verbose: boolean): void {
  const name = path.basename(file);
  const fr = rows.filter((r) => r.language === 'fr').length;
  console.log(`\n${name}: ${rows.length} statements (${fr} FR, ${rows.length - fr} EN)${first ? `  — first run ${first.date}${first.note ? `, ${first.note}` : ''}` : ''}`);
  console.log(`  ${'field'.padEnd(11)} ${'now'.padStart(7)}${first ? `  ${'first run'.padStart(9)}` : ''}`);
  const line = (label: string, value: number, firstValue: number | undefined, detail: string): void => {
    const before = first ? `  ${firstValue === undefined ? '—'.padStart(9) : `${firstValue.toFixed(1).padStart(7)} %`}` : '';
    console.log(`  ${label.padEnd(11)} ${value.toFixed(1).padStart(5)} %${before}  ${detail}${value < 95 ? '  < 95 %' : ''}`);
  };
  for (const r of reports) line(r.field, pct(r.correct, r.total), first?.fields[r.field], `(${r.correct}/${r.total})`);
  const correct = reports.reduce((n, r) => n + r.correct, 0);
  const total = reports.reduce((n, r) => n + r.total, 0);
  line('all fields', pct(correct, total), first?.fields.all, `(${correct}/${total})`);
  if (verbose) {
    for (const r of reports) {
      for (const f of r.failures) console.log(`\n[${r.field}] ${f.text}\n   expected ${JSON.stringify(f.expected)}\n   actual   ${JSON.stringify(f.actual)}`);
    }
  }
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const corpusIndex = argv.indexOf('--corpus');
  const inline = argv.find((a) => a.startsWith('--corpus='));
  const chosen = inline ? inline.slice('--corpus='.length) : corpusIndex >= 0 && argv[corpusIndex + 1] ? argv[corpusIndex + 1] : null;
  const verbose = argv.includes('--verbose');
  const core = argv.includes('--core');
  const analyze = core ? coreAnalyze : bundleAnalyze();
  const files = chosen ? [path.resolve(chosen)] : ALL_CORPORA.map((f) => path.join(FIXTURES, f)).filter((f) => existsSync(f));
  const firstRuns = readFirstRuns();
  console.log(`Statement analysis, per field — through ${core ? 'the TypeScript sources (--core)' : 'the built add-on (dist/Code.js, smartAnalyze)'}`);
  for (const file of files) {
    const rows = readCorpus(file);
    printReport(file, rows, evaluateCorpus(rows, analyze), firstRuns[path.basename(file)], verbose);
  }
}
