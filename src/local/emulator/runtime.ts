/**
 * Shared state of one emulated Apps Script environment that is not cell data:
 * the service-call counter, the hooks that let a test interleave executions,
 * the current execution id (for LockService), and the authorization mode.
 */

import { callKind, callLatencyMs, FORCED_FLUSH_MS, type CallKind } from './latency';
import { SHEETS_FORMULA_PREFIXES } from './values';

/**
 * Counts calls made on service objects, keyed "Class.method", and sums their estimated
 * Sheets latency (./latency.ts: a documented table per kind of call).
 */
export class ServiceCallCounter {
  private counts = new Map<string, number>();
  private sum = 0;
  private latency = 0;
  private latencyByKind = new Map<CallKind, number>();
  /** A write or format call since the last read or flush: Apps Script's write cache holds it. */
  private unflushed = false;
  private flushes = 0;

  /**
   * Notes a call's kind in order; true when it is a read that must first flush writes still held in Apps Script's
   * cache. "Alternating read and write commands is slow… Apps Script has some built-in optimization, such as using
   * look-ahead caching to retrieve what a script is likely to get and write caching to save what is likely to be set"
   * (Best practices, developers.google.com/apps-script/guides/support/best-practices, *Use batch operations*): a read
   * after writes cannot be served before they reach Sheets. Counted (`forcedFlushes`) and charged FORCED_FLUSH_MS.
   */
  forcesFlush(kind: CallKind): boolean {
    if (kind === 'write' || kind === 'format' || kind === 'chart') this.unflushed = true;
    else if (kind === 'flush') this.unflushed = false;
    else if (kind === 'read' && this.unflushed) {
      this.unflushed = false;
      this.flushes += 1;
      return true;
    }
    return false;
  }

  /**
   * Whether writes are held (unflushed) — per execution: a new execution starts with an empty write cache, and Apps
   * Script flushes an execution's writes when it ends (`SpreadsheetApp.flush`: "Spreadsheet operations are sometimes
   * bundled together to improve performance… flush… applies all pending Spreadsheet changes").
   */
  get pendingWrites(): boolean {
    return this.unflushed;
  }

  set pendingWrites(value: boolean) {
    this.unflushed = value;
  }

  /** Reads that came after writes not yet flushed, since creation or the last reset: each interleaving costs a flush. */
  forcedFlushes(): number {
    return this.flushes;
  }

  record(method: string, latencyMs = 0, kind: CallKind = 'metadata'): number {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.sum += 1;
    this.latency += latencyMs;
    this.latencyByKind.set(kind, (this.latencyByKind.get(kind) ?? 0) + latencyMs);
    return this.sum;
  }

  /** Σ estimated Sheets latency (ms) of the calls since creation or the last reset. */
  estimatedMs(): number {
    return this.latency;
  }

  /** Estimated latency (ms) per kind of call, sorted by kind. */
  estimatedByKind(): Partial<Record<CallKind, number>> {
    const out: Partial<Record<CallKind, number>> = {};
    for (const key of [...this.latencyByKind.keys()].sort()) out[key] = this.latencyByKind.get(key) ?? 0;
    return out;
  }

  /** Number of calls since creation or the last reset. */
  total(): number {
    return this.sum;
  }

  /**
   * Calls that may reach Sheets or another Google server: all but builder steps and what the script's runtime answers
   * (`callKind` 'builder' and 'local', ./latency.ts — a chart or rule is sent by insertChart/setConditionalFormatRules, a
   * metadata search by find()). `total()` counts every method called, as Google's best practices count "calls".
   */
  requests(): number {
    let builderSteps = 0;
    for (const [name, count] of this.counts) {
      const dot = name.indexOf('.');
      const kind = callKind(name.slice(0, dot), name.slice(dot + 1));
      if (kind === 'builder' || kind === 'local') builderSteps += count;
    }
    return this.sum - builderSteps;
  }

  /** Calls per "Class.method", sorted by method name. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key) ?? 0;
    return out;
  }

  /** Calls of one "Class.method" (0 when never called). */
  of(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.sum = 0;
    this.latency = 0;
    this.latencyByKind.clear();
    this.unflushed = false;
    this.flushes = 0;
  }
}

/**
 * Called before every counted service call with its "Class.method" name and
 * the running total (this call included). A hook may start another execution
 * (see `Emulator.runExecution`) to interleave it with the current one; calls
 * made while a hook runs are counted but do not re-trigger hooks.
 */
export type ServiceCallHook = (method: string, total: number, executionId: number) => void;

/** Names of ScriptApp.AuthMode values the emulator can run under. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export type LockKind = 'document' | 'script' | 'user';

/** Scope Apps Script names in its permission errors (the add-on's minimal scopes). */
const SCOPE_BY_SERVICE: Record<string, string> = {
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
  LockService: 'https://www.googleapis.com/auth/script.storage',
  Ui: 'https://www.googleapis.com/auth/script.container.ui',
};
const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

/**
 * A deterministic clock for executions: starts at `now` and advances per counted call, by
 * `msPerCall`, or by the call's estimated Sheets latency (./latency.ts) when `msPerCall` is 'sheets'.
 */
export interface VirtualClock {
  now: number;
  msPerCall: number | 'sheets';
  /**
   * When set, the clock also advances by the real time spent between two readings × this factor
   * (e.g. APPS_SCRIPT_SLOWDOWN), so a bench sees the script's own compute time as Apps Script
   * would. Not deterministic: tests leave it unset.
   */
  runtimeFactor?: number;
  /** performance.now() at the last reading (runtimeFactor only). */
  lastRealMs?: number;
  /**
   * Deterministic stand-in for the script's own compute time: every reading of the clock by the
   * add-on (Date.now(), new Date(), the budget's clock) advances it by this many ms. A clean-stop
   * test sets it so that "one goal analysed" costs time without depending on the machine.
   */
  msPerReading?: number;
  /** Apps Script's hard stop for one execution (6 minutes); null for none. */
  executionLimitMs: number | null;
}

/** Moves a clock with runtimeFactor forward by the real time spent since its last reading; returns now. */
export function tickClock(clock: VirtualClock, reading = true): number {
  if (reading && clock.msPerReading) clock.now += clock.msPerReading;
  if (clock.runtimeFactor) {
    const real = performance.now();
    if (clock.lastRealMs !== undefined) clock.now += (real - clock.lastRealMs) * clock.runtimeFactor;
    clock.lastRealMs = real;
  }
  return clock.now;
}

export const EXECUTION_TIME_ERROR = 'Exceeded maximum execution time';

/**
 * A custom function past 30 seconds: "A custom function call must return within 30 seconds. If it does not, the cell
 * displays #ERROR! and the cell note is Exceeded maximum execution time (line 0)." (Custom Functions in Google Sheets,
 * developers.google.com/apps-script/guides/sheets/functions, Return values; the wording of the note as Google's
 * guide gives it).
 */
export const CUSTOM_FUNCTION_TIME_ERROR = 'Exceeded maximum execution time (line 0).';

/** Sheets' limit for one custom-function call. */
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;

/**
 * A simple trigger's limit: "They cannot run for longer than 30 seconds." (Simple Triggers, Restrictions,
 * developers.google.com/apps-script/guides/triggers; "Simple triggers cannot run for longer than 30 seconds" in the
 * editor add-on triggers guide, developers.google.com/workspace/add-ons/concepts/editor-triggers). The emulator runs
 * in AuthMode.NONE or LIMITED only as a simple trigger (an add-on's onOpen before or after it is used in the file;
 * onInstall runs in FULL), so those modes get it. Google gives no message of its own for it: the bare
 * "Exceeded maximum execution time".
 */
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;

export class EmulatorRuntime {
  readonly calls = new ServiceCallCounter();
  authMode: AuthModeName = 'FULL';
  /** When set, the add-on's Date/Date.now() read this clock (see EmulatorOptions.clock). */
  clock: VirtualClock | null = null;
  /**
   * Written strings starting with one of these become formulas (signed numbers, percentages and amounts stay values).
   * Google documents only "=" (Sheets API ValueInputOption.USER_ENTERED); users report that Sheets makes a formula of
   * text starting with "+" or "-" too, shown as #ERROR! ("Formula parse error") when it is no formula — OWOX/
   * owox-data-marts#1535 ("+Dri7…" written USER_ENTERED), Sage-Bionetworks/schematic#342 ("+/+", "+/-"),
   * nithinmurali/pygsheets#373, robin900/gspread-dataframe#16 — so both are on by default (emul29). Tests may add '@'
   * (Excel's and LibreOffice's prefix; Sheets' is not reported).
   */
  formulaPrefixes: string[] = [...SHEETS_FORMULA_PREFIXES];
  /** The execution calls are attributed to; 0 is the implicit one outside `runExecution`. */
  currentExecution = 0;
  readonly locks: Record<LockKind, number | null> = { document: null, script: null, user: null };
  private nextExecution = 1;
  /** Virtual time the current execution started (null outside runExecution or without a clock). */
  private executionStartedAt: number | null = null;
  private depth = 0;
  private hooks: ServiceCallHook[] = [];
  private inHook = false;

  /**
   * Runs `body` as the call `Class.method`: counts it and fires hooks when it
   * comes from outside the emulator (depth 0); calls the emulator makes on its
   * own objects while serving a call are not counted.
   */
  invoke<T>(className: string, method: string, body: () => T): T {
    if (this.depth > 0) return body();
    const name = `${className}.${method}`;
    const kind = callKind(className, method);
    // A read after unflushed writes waits for them (ServiceCallCounter.forcesFlush): its latency includes a flush.
    const latency = callLatencyMs(className, method) + (this.calls.forcesFlush(kind) ? FORCED_FLUSH_MS : 0);
    const total = this.calls.record(name, latency, kind);
    if (this.clock) {
      tickClock(this.clock, false);
      this.clock.now += this.clock.msPerCall === 'sheets' ? latency : this.clock.msPerCall;
      this.enforceTimeLimit();
    }
    if (this.hooks.length > 0 && !this.inHook) {
      this.inHook = true;
      try {
        for (const hook of [...this.hooks]) hook(name, total, this.currentExecution);
      } finally {
        this.inHook = false;
      }
    }
    this.depth += 1;
    try {
      return body();
    } finally {
      this.depth -= 1;
    }
  }

  /**
   * Apps Script kills a run that goes over its limit, wherever it is (checked here at each service call and each
   * reading of the clock): 6 minutes for a menu or sidebar run (`executionLimitMs`), 30 seconds for a simple trigger
   * (AuthMode.NONE / LIMITED: SIMPLE_TRIGGER_LIMIT_MS) and for a custom function
   * ("A custom function call must return within 30 seconds", developers.google.com/apps-script/guides/sheets/functions,
   * Guidelines) — Sheets then shows an error in the whole range and keeps none of its results.
   */
  enforceTimeLimit(): void {
    if (!this.clock || this.executionStartedAt === null) return;
    const limit = this.authMode === 'CUSTOM_FUNCTION' ? CUSTOM_FUNCTION_LIMIT_MS : this.authMode === 'NONE' || this.authMode === 'LIMITED' ? SIMPLE_TRIGGER_LIMIT_MS : this.clock.executionLimitMs;
    if (limit !== null && this.clock.now - this.executionStartedAt > limit) throw new Error(this.authMode === 'CUSTOM_FUNCTION' ? CUSTOM_FUNCTION_TIME_ERROR : EXECUTION_TIME_ERROR);
  }

  /** Time the execution spends waiting (a lock's timeout): moves the virtual clock, then checks the run's limit. */
  spend(ms: number): void {
    if (!this.clock || !Number.isFinite(ms) || ms <= 0) return;
    this.clock.now += ms;
    this.enforceTimeLimit();
  }

  onServiceCall(hook: ServiceCallHook): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  /**
   * Runs `body` as a new Apps Script execution. Locks it still holds when it
   * ends are released, as Apps Script does when a script finishes. Executions
   * nest: a hook may start execution B while A is in the middle of a call.
   */
  runExecution<T>(body: (executionId: number) => T): T {
    const previous = this.currentExecution;
    const previousDepth = this.depth;
    const previousStart = this.executionStartedAt;
    const id = this.nextExecution++;
    this.currentExecution = id;
    this.executionStartedAt = this.clock ? this.clock.now : null;
    // The nested execution is a separate script run: its calls are counted
    // even when it starts from inside a call of the outer execution.
    this.depth = 0;
    // Its own write cache: empty at its start, flushed at its end; the outer run's pending writes stay pending.
    const outerPending = this.calls.pendingWrites;
    this.calls.pendingWrites = false;
    try {
      return body(id);
    } finally {
      this.calls.pendingWrites = outerPending;
      for (const kind of Object.keys(this.locks) as LockKind[]) {
        if (this.locks[kind] === id) this.locks[kind] = null;
      }
      this.currentExecution = previous;
      this.depth = previousDepth;
      this.executionStartedAt = previousStart;
    }
  }

  /** When set, called before cell reads so formula results are fresh (EmulatorOptions.evaluateFormulas). */
  recalculate: (() => void) | null = null;
  /** A write happened since the last recalculation. */
  dirty = false;

  /** Brings formula results up to date before a read, when evaluation is on. */
  beforeRead(): void {
    if (this.recalculate && this.dirty) {
      this.dirty = false;
      this.recalculate();
    }
  }

  /** Custom functions may read but not write: Apps Script's error for a write from one. */
  requireWrite(service: string, method: string): void {
    this.dirty = true;
    this.requireChange(service, method);
  }

  /** A change that leaves cells alone (a width, the selection): refused where a write is, without a recalculation. */
  requireChange(service: string, method: string): void {
    this.requireAuth(service, method);
    if (this.authMode === 'CUSTOM_FUNCTION') throw new Error(`You do not have permission to call ${method}`);
  }

  /** No Ui from a custom function (Apps Script's wording). */
  requireUi(method: string): void {
    if (this.authMode === 'CUSTOM_FUNCTION') throw new Error(`Cannot call SpreadsheetApp.${method}() from this context.`);
  }

  /** Throws Apps Script's permission error when the auth mode forbids `service.method`. */
  requireAuth(service: string, method: string, minimum: 'LIMITED' | 'FULL' = 'LIMITED'): void {
    const mode = this.authMode;
    const allowed = mode === 'FULL' || (minimum === 'LIMITED' && mode !== 'NONE');
    if (allowed) return;
    const scope = SCOPE_BY_SERVICE[service] ?? SHEETS_SCOPE;
    throw new Error(`You do not have permission to call ${service}.${method}. Required permissions: ${scope}`);
  }
}
