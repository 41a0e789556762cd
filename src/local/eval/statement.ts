/**
 * `npm run eval -- statements [--corpus=path | --corpus path] [--verbose]` (the eval runner only takes
 * bare words naming a known report, so a path after `--corpus` is left to this report): per-field
 * accuracy of the statement analyzer against a labelled corpus (JSON lines:
 * text, today, language, kpi, direction, baseline, target, change, unit,
 * deadline, recurrence, levers). Numbers match within a small relative
 * tolerance; levers match as lists after case/accent/space folding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement, type StatementAnalysis } from '../../core/statement';
import { fold } from '../../core/statement/text';

export const DEFAULT_CORPUS = path.resolve(__dirname, '../../../test/fixtures/statements/corpus.jsonl');

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
export function fieldMatches(field: Field, actual: StatementAnalysis, expected: LabelledStatement): boolean {
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

export function evaluateCorpus(rows: readonly LabelledStatement[]): FieldReport[] {
  const reports = FIELDS.map((field) => ({ field, correct: 0, total: 0, failures: [] as FieldReport['failures'] }));
  for (const row of rows) {
    const analysis = analyzeStatement(row.text, { asOf: row.today });
    for (const report of reports) {
      report.total++;
      if (fieldMatches(report.field, analysis, row)) report.correct++;
      else report.failures.push({ text: row.text, expected: row[report.field], actual: analysis[report.field] });
    }
  }
  return reports;
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const corpusIndex = argv.indexOf('--corpus');
  const inline = argv.find((a) => a.startsWith('--corpus='));
  const file = inline ? inline.slice('--corpus='.length) : corpusIndex >= 0 && argv[corpusIndex + 1] ? argv[corpusIndex + 1] : DEFAULT_CORPUS;
  const verbose = argv.includes('--verbose');
  const rows = readCorpus(path.resolve(file));
  const reports = evaluateCorpus(rows);
  console.log(`Statement analysis — ${rows.length} statements from ${path.relative(process.cwd(), path.resolve(file))}`);
  for (const r of reports) {
    const pct = r.total ? (100 * r.correct) / r.total : 0;
    console.log(`  ${r.field.padEnd(11)} ${pct.toFixed(1).padStart(5)} %  (${r.correct}/${r.total})${pct < 95 ? '  < 95 %' : ''}`);
  }
  if (verbose) {
    for (const r of reports) {
      for (const f of r.failures) console.log(`\n[${r.field}] ${f.text}\n   expected ${JSON.stringify(f.expected)}\n   actual   ${JSON.stringify(f.actual)}`);
    }
  }
}
