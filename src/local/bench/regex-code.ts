/**
 * `npx tsx src/local/bench/regex-code.ts [--code dist/Code.js] [--top N]`: how much native regex code the bundle's first
 * SMARTSCORE pass over the bench's corpus compiles, regex by regex, read from V8's own code log — byte counts that do not
 * move with the machine's load, unlike every timed figure here (perf62).
 *
 * Why: a custom function's execution loads Code.js into a fresh runtime and runs the analyser's first pass, some 11 times
 * dearer than a warm one (the bench's "first pass" figure), and much of that pass is compiling: the functions' bytecode
 * and, by Irregexp, the analyser's regexes — one compile for one-byte subjects and another for two-byte subjects (a text
 * holding a character above U+00FF: €, ’, a no-break space), the second the first time a regex reads such a text. Past 16 MB of executable memory V8
 * compiles the rest without its optimisations (perf61). The script forks a child with `--log-code` (the parent's execArgv
 * kept: tsx's loader), the child loads the bundle as `statement-child.ts` does and makes one SMARTSCORE call over the
 * corpus column, and the parent sums the log's `code-creation,RegExp` lines by source.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CODE_PATH } from '../runtime';
import { option } from './argv';

export interface RegexCodeSource {
  /** The regex's source as V8's log writes it (a comma escaped as \x2C). */
  readonly source: string;
  /** Bytes of native code compiled for it, every compile together. */
  readonly bytes: number;
  /** How many times it was compiled (one-byte and two-byte subjects each compile once). */
  readonly compiles: number;
}

export interface RegexCode {
  readonly bytes: number;
  readonly compiles: number;
  /** Every source, most bytes first. */
  readonly sources: readonly RegexCodeSource[];
}

/**
 * The regex code of a V8 code log (`node --log-code`): its `code-creation,RegExp,<kind>,<time>,<address>,<size>,<source>`
 * lines summed by source. Other lines are skipped.
 */
export function regexCodeFromLog(log: string): RegexCode {
  const bySource = new Map<string, { bytes: number; compiles: number }>();
  let bytes = 0;
  let compiles = 0;
  for (const line of log.split('\n')) {
    if (!line.startsWith('code-creation,RegExp,')) continue;
    const fields = line.split(',');
    const size = Number(fields[5]);
    if (!Number.isFinite(size)) continue;
    const source = fields.slice(6).join(',');
    const entry = bySource.get(source) ?? { bytes: 0, compiles: 0 };
    entry.bytes += size;
    entry.compiles += 1;
    bySource.set(source, entry);
    bytes += size;
    compiles += 1;
  }
  const sources = [...bySource].map(([source, e]) => ({ source, ...e })).sort((a, b) => b.bytes - a.bytes);
  return { bytes, compiles, sources };
}

interface ChildReport {
  readonly texts: number;
  readonly executableMB: number;
}

/** In the forked child: one SMARTSCORE call over the corpus column, as the bench's fresh-process child makes its first. */
async function childPass(codePath: string): Promise<ChildReport> {
  const { loadAddon } = await import('../runtime');
  const { DEFAULT_CORPUS, readCorpus } = await import('../eval/statement');
  const { codeMemory } = await import('./code-memory');
  const texts = readCorpus(DEFAULT_CORPUS).map((r) => r.text);
  const sheetLocale = { getSpreadsheetLocale: () => 'fr_FR' };
  const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => sheetLocale }, Session: { getActiveUserLocale: () => 'fr' } }, codePath);
  addon.call('SMARTSCORE', texts.map((text) => [text]), '', '2026-11-26');
  return { texts: texts.length, executableMB: codeMemory().executableMB };
}

function runChild(codePath: string, logFile: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const execArgv = [...process.execArgv, '--log-code', `--logfile=${logFile}`, '--no-logfile-per-isolate'];
    const child = fork(__filename, ['--child', codePath], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    child.once('message', (message) => {
      report = message as ChildReport;
    });
    child.once('error', reject);
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`regex-code's child exited with code ${String(code)} and no report`))));
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function main(argv: readonly string[]): Promise<void> {
  const codePath = path.resolve(option(argv, '--code') ?? CODE_PATH);
  const top = Number(option(argv, '--top') ?? '20');
  const dir = mkdtempSync(path.join(tmpdir(), 'regex-code-'));
  try {
    const logFile = path.join(dir, 'v8.log');
    const report = await runChild(codePath, logFile);
    const code = regexCodeFromLog(readFileSync(logFile, 'utf8'));
    const twice = code.sources.filter((s) => s.compiles > 1);
    console.log(
      `${path.relative(process.cwd(), codePath)}, one SMARTSCORE pass over ${report.texts} corpus statements in a fresh process: ${fmt(code.bytes)} bytes of regex code in ${fmt(code.compiles)} compiles of ${fmt(code.sources.length)} sources; ${fmt(twice.length)} sources compiled more than once hold ${fmt(twice.reduce((sum, s) => sum + s.bytes, 0))} bytes; executable memory after the pass ${report.executableMB.toFixed(1)} MB (V8's regex line: 16 MB)`,
    );
    for (const s of code.sources.slice(0, top)) console.log(`${fmt(s.bytes).padStart(10)} bytes ${String(s.compiles).padStart(2)}×  ${s.source.slice(0, 110)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child' && typeof process.send === 'function') {
    childPass(argv[1]).then(
      (report) => process.send?.(report, () => process.disconnect()),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  } else {
    main(argv).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
  }
}
