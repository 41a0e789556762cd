/**
 * bench61: the statement bench's child process — statements per second measured in a process that has loaded ONE
 * analyser and nothing else before it, as a custom function's execution runs it. `statement.ts` forks this file
 * (node:child_process, with the parent's execArgv: tsx's loader and any V8 flag), sends one `ChildRequest`, and reads one
 * `ChildReport` back; the child then exits.
 *
 * Why a child: V8 compiles a regex without Irregexp's optimisations once the isolate has generated more than 1 MB of
 * regex code and holds more than 16 MB of executable memory (`TooMuchRegExpCode`, deps/v8/src/regexp/regexp.cc, Node
 * 20's V8 11.3), and the analyser alone reaches that line in its first pass (perf61). In the bench's own process the
 * analyser runs after the earlier sections' code and beside `evaluateStatement`, so which of its regexes end up
 * unoptimised depends on what ran before it there. This file imports nothing at load but node built-ins: the analyser
 * (`kind: 'core'`, src/core/statement through tsx) or the built bundle (`kind: 'bundle'`, dist/Code.js in node:vm, its
 * SMARTSCORE custom function called on a column of the statements) is loaded only when the request names it.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { codeMemory, type CodeMemory } from './code-memory';

export type ChildKind = 'core' | 'bundle';

export interface ChildRequest {
  readonly kind: ChildKind;
  readonly texts: readonly string[];
  readonly asOf: string;
  /** Warm-up before the timed rounds: at least `warmPasses` whole passes after the first, and at least `warmMs` of wall time. */
  readonly warmMs: number;
  readonly warmPasses: number;
  readonly rounds: number;
  readonly roundMs: number;
  /**
   * perf64: a column of statements no two alike (the bench's `distinctGoals`), scored by the bundle's SMARTSCORE in one
   * call after the rounds — the figure the bench's in-process "DISTINCT" line gave after the other sections' work.
   */
  readonly distinct?: readonly (readonly unknown[])[];
}

export interface ChildRound {
  /** Statements per second of wall time. */
  readonly wall: number;
  /** Statements per CPU-second of this process (user + system). */
  readonly cpu: number;
}

export interface ChildReport {
  readonly kind: ChildKind;
  /** The first pass over the texts (every regex compiled, nothing optimised yet), CPU µs a statement. */
  readonly firstPassCpuMicros: number;
  readonly rounds: readonly ChildRound[];
  readonly memory: { readonly loaded: CodeMemory; readonly afterFirstPass: CodeMemory; readonly end: CodeMemory };
  /**
   * The `distinct` column's call, CPU µs a statement it scored (bundle children given one; mend64p: rows left "Not
   * computed" by the 25 s range budget not counted, as the in-process line counts them), in the same child, after its rounds.
   */
  readonly distinctCpuMicros?: number;
  /** How many rows of the `distinct` column that call scored (a number). */
  readonly distinctScored?: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One pass over the texts as `kind` runs them: a function that analyses all of them (and, for the bundle, one that scores the `distinct` column). */
async function passOf(request: ChildRequest): Promise<{ pass: () => void; distinct?: () => unknown }> {
  const { texts, asOf } = request;
  if (request.kind === 'core') {
    const { analyzeStatement } = await import('../../core/statement');
    return {
      pass: () => {
        for (const text of texts) analyzeStatement(text, { asOf });
      },
    };
  }
  const { loadAddon } = await import('../runtime');
  // The statement section's own stubs (statement.ts): SMARTSCORE reads only the locales.
  const sheetLocale = { getSpreadsheetLocale: () => 'fr_FR' };
  const addon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => sheetLocale }, Session: { getActiveUserLocale: () => 'fr' } });
  // One call over a column of the distinct texts: its memo (StatementMemo) is per call, so each text is analysed once a pass.
  const column = texts.map((text) => [text]);
  return { pass: () => addon.call('SMARTSCORE', column, '', asOf), distinct: () => addon.call('SMARTSCORE', request.distinct, '', asOf) };
}

export async function measure(request: ChildRequest): Promise<ChildReport> {
  const { pass, distinct } = await passOf(request);
  const loaded = codeMemory();
  const count = request.texts.length;
  const firstStart = cpuMs();
  pass();
  const firstPassCpuMicros = ((cpuMs() - firstStart) * 1000) / count;
  const afterFirstPass = codeMemory();
  // Counted passes as well as wall time: at load 25 on two cores a second of wall time held less than one pass, and the
  // rounds then timed TurboFan's compiles (its threads' CPU counts in process.cpuUsage) rather than the warmed analyser.
  const warmStart = performance.now();
  for (let done = 0; done < request.warmPasses || performance.now() - warmStart < request.warmMs; done++) pass();
  const rounds: ChildRound[] = [];
  for (let r = 0; r < request.rounds; r++) {
    let done = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    let elapsed = 0;
    while (elapsed < request.roundMs) {
      pass();
      done += count;
      elapsed = performance.now() - start;
    }
    rounds.push({ wall: (done / elapsed) * 1000, cpu: (done / (cpuMs() - cpuStart)) * 1000 });
  }
  const end = codeMemory();
  let distinctCpuMicros: number | undefined;
  let distinctScored: number | undefined;
  if (distinct && request.distinct) {
    const distinctStart = cpuMs();
    const out = distinct();
    const cpu = cpuMs() - distinctStart;
    distinctScored = Array.isArray(out) ? out.filter((row) => Array.isArray(row) && typeof row[0] === 'number').length : 0;
    distinctCpuMicros = (cpu * 1000) / Math.max(1, distinctScored);
  }
  return { kind: request.kind, firstPassCpuMicros, rounds, memory: { loaded, afterFirstPass, end }, distinctCpuMicros, distinctScored };
}

/**
 * One measurement in a forked child running this file. `execArgv` defaults to this process's (the bench runs under tsx,
 * whose loader the child needs to run TypeScript; a V8 flag such as --no-regexp-optimization reaches the child too).
 */
export function runInChild(request: ChildRequest, execArgv: readonly string[] = process.execArgv): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { execArgv: [...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    child.once('message', (message) => {
      report = message as ChildReport;
    });
    child.once('error', reject);
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`the statement bench's child process (${request.kind}) exited with code ${String(code)} and no figures`))));
    child.send(request);
  });
}

// Forked: answer one request, then leave (the IPC channel would otherwise keep the process alive).
if (require.main === module && typeof process.send === 'function') {
  process.once('message', (request: ChildRequest) => {
    measure(request).then(
      (report) => process.send?.(report, () => process.disconnect()),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  });
}
