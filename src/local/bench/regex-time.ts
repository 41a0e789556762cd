/**
 * `npx tsx src/local/bench/regex-time.ts [--passes N] [--top N]`: where the statement analyser's regex time goes, regex by
 * regex, over the readable fixture texts (`statement-texts.ts`, the held-out sets skipped): every `RegExp.prototype.exec`
 * the analyser runs — `test`, `match`, `matchAll`, `replace` and `split` go through it — timed and counted per source,
 * after two warm passes. Figures are printed, never asserted; the wrapper itself costs some 100 ns a call, so the table
 * ranks the regexes and their runs a statement, and the bench (`npm run bench -- statements`) gives the analyser's time.
 * perf50, perf52 and perf53 each wrote this driver for their profile (docs/MEASUREMENTS.md); it lives here since perf53.
 */
import { analyzeStatement } from '../../core/statement';
import { readableFixtureTexts } from './statement-texts';

const AS_OF = '2026-11-26';

export interface RegexTime {
  /** The regex's source (its flags aside). */
  readonly source: string;
  /** µs a statement (mean over the passes). */
  readonly micros: number;
  /** exec calls a statement. */
  readonly runs: number;
}

/** The analyser's regex time over `texts`, per source, dearest first; the prototype's `exec` is restored afterwards. */
export function regexTimes(texts: readonly string[], passes = 2): { rows: RegexTime[]; totalMicros: number; regexMicros: number } {
  for (let warm = 0; warm < 2; warm++) for (const text of texts) analyzeStatement(text, { asOf: AS_OF });
  const exec = RegExp.prototype.exec;
  const stats = new Map<string, { runs: number; ns: bigint }>();
  let depth = 0;
  // Only the outermost exec is timed: a regex method calling exec again inside counts once.
  RegExp.prototype.exec = function timedExec(this: RegExp, input: string): RegExpExecArray | null {
    if (depth > 0) return exec.call(this, input);
    depth++;
    const start = process.hrtime.bigint();
    try {
      return exec.call(this, input);
    } finally {
      const ns = process.hrtime.bigint() - start;
      depth--;
      const row = stats.get(this.source);
      if (row) {
        row.runs++;
        row.ns += ns;
      } else stats.set(this.source, { runs: 1, ns });
    }
  };
  const start = process.hrtime.bigint();
  try {
    for (let pass = 0; pass < passes; pass++) for (const text of texts) analyzeStatement(text, { asOf: AS_OF });
  } finally {
    RegExp.prototype.exec = exec;
  }
  const statements = passes * Math.max(texts.length, 1);
  const micros = (ns: bigint): number => Number(ns) / 1000 / statements;
  const rows = [...stats].map(([source, { runs, ns }]) => ({ source, micros: micros(ns), runs: runs / statements })).sort((a, b) => b.micros - a.micros);
  return { rows, totalMicros: micros(process.hrtime.bigint() - start), regexMicros: rows.reduce((sum, r) => sum + r.micros, 0) };
}

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

function main(argv: readonly string[]): void {
  const texts = readableFixtureTexts();
  const { rows, totalMicros, regexMicros } = regexTimes(texts, option(argv, '--passes', 2));
  const runs = rows.reduce((sum, r) => sum + r.runs, 0);
  console.log(`${texts.length} texts: ${totalMicros.toFixed(0)} µs a statement with the wrapper, of which regex ${regexMicros.toFixed(0)} µs in ${runs.toFixed(0)} runs (${rows.length} regexes)`);
  for (const r of rows.slice(0, option(argv, '--top', 40))) console.log(`${r.micros.toFixed(2).padStart(8)} µs ${r.runs.toFixed(2).padStart(7)} runs  ${r.source.slice(0, 110)}`);
}

if (require.main === module) main(process.argv.slice(2));
