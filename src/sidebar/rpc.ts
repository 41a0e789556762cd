/**
 * Promise-based, typed wrappers around `google.script.run`. Every server
 * call the sidebar makes goes through `callServer`, so names and payloads are
 * checked against `SidebarApi` at compile time.
 */
import type { SidebarApi, SidebarCall } from '../core/api';
import { isLockTimeout, isQuotaExceeded, isServiceUnavailable } from '../core/lock';

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [fn: string]: unknown;
}

interface GoogleScript {
  script?: { run?: ScriptRunner; host?: { close(): void } };
}

declare global {
  interface Window {
    google?: GoogleScript;
  }
}

/** An error from the server call, with the message to show the user. */
export class ServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerError';
  }
}

/** Apps Script hands failures over as Error-like objects or strings; keep only the readable part. */
export function errorMessage(error: unknown): string {
  const raw = typeof error === 'string' ? error : error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  // "Exception: …" / "Error: …" prefixes say nothing to a sales manager.
  return raw.replace(/^(Uncaught\s+)?([A-Za-z]*(Exception|Error)):\s*/, '').trim() || raw;
}

/** What went wrong, in words for the user: transport failures have no useful detail, and their text is English whatever the UI language. */
export type ErrorKind = 'network' | 'timeout' | 'busy' | 'unavailable' | 'quota' | 'account' | 'other';

/**
 * google.script.run's own refusal when several Google accounts are signed in to the browser: the call never reaches our
 * server and the page gets "ScriptError: We're sorry, a server error occurred while reading from storage. Error code
 * PERMISSION_DENIED." or "ScriptError: Authorization is required to perform that action." (Google issue tracker
 * 69270374; reported by add-on users in alexwforsythe/code-blocks#53, enuchi/React-Google-Apps-Script#46,
 * google-marketing-solutions/feedgen#38 — gone when only one account is signed in, e.g. in a private window).
 */
const ACCOUNT_REFUSAL_RE = /\bPERMISSION_DENIED\b|\bAuthorization is required\b/;

export function errorKind(message: string): ErrorKind {
  if (/network ?error|failed to fetch|connection failure|HTTP 0\b|load failed|NetworkError/i.test(message)) return 'network';
  if (isLockTimeout(message)) return 'busy';
  if (/exceeded maximum execution time/i.test(message)) return 'timeout';
  if (isServiceUnavailable(message)) return 'unavailable';
  if (isQuotaExceeded(message)) return 'quota';
  if (ACCOUNT_REFUSAL_RE.test(message)) return 'account';
  return 'other';
}

export function hasServer(): boolean {
  return typeof window !== 'undefined' && !!window.google?.script?.run;
}

export function callServer<K extends SidebarCall>(name: K, ...arg: SidebarApi[K]['arg'] extends void ? [] : [SidebarApi[K]['arg']]): Promise<SidebarApi[K]['result']> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new ServerError('offline'));
      return;
    }
    const runner = run.withSuccessHandler((result) => resolve(result as SidebarApi[K]['result'])).withFailureHandler((error) => reject(new ServerError(errorMessage(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(`unknown server function ${name}`));
      return;
    }
    (fn as (...args: unknown[]) => void).apply(runner, arg);
  });
}

/**
 * Live calls (achievability as the user types): waits `delayMs` after the
 * last change, and drops answers to requests that a newer one superseded,
 * so a slow early answer never overwrites a fresh one.
 */
export class LiveCall<A, R> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => void) | null = null;
  private sequence = 0;

  constructor(
    private readonly send: (arg: A) => Promise<R>,
    private readonly delayMs: number,
  ) {}

  /** Schedules a call; `onResult`/`onError` run only if it is still the latest. */
  schedule(arg: A, handlers: { onStart?: () => void; onResult: (result: R) => void; onError: (error: unknown) => void }): void {
    if (this.timer) clearTimeout(this.timer);
    const ticket = ++this.sequence;
    const run = () => {
      this.timer = null;
      this.pending = null;
      handlers.onStart?.();
      this.send(arg).then(
        (result) => {
          if (ticket === this.sequence) handlers.onResult(result);
        },
        (error: unknown) => {
          if (ticket === this.sequence) handlers.onError(error);
        },
      );
    };
    this.pending = run;
    this.timer = setTimeout(run, this.delayMs);
  }

  /** Sends a call still waiting for the pause now (Enter in a search box); nothing when none is waiting. */
  flush(): void {
    const run = this.pending;
    if (!run) return;
    if (this.timer) clearTimeout(this.timer);
    run();
  }

  /** Forgets any pending or in-flight call (e.g. the input became invalid). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.sequence += 1;
  }
}

/**
 * One call at a time, the latest request wins (the Check pane's row selections): google.script.run "server function calls
 * may not execute in the order you expect. If you make two function calls at the same time, there is no way to know which
 * function runs first" (developers.google.com/apps-script/guides/html/communication). So a request made while a call runs
 * waits for it; only the latest waiting one is sent, and only the answer to the latest request is handed over — the sheet
 * ends on the last row clicked and the pane marks that row (audit57: two clicks could leave them disagreeing).
 */
export class LatestCall<A, R> {
  private running = false;
  private waiting: { arg: A; handlers: { onResult: (result: R) => void; onError: (error: unknown) => void } } | null = null;

  constructor(private readonly send: (arg: A) => Promise<R>) {}

  request(arg: A, handlers: { onResult: (result: R) => void; onError: (error: unknown) => void }): void {
    this.waiting = { arg, handlers };
    if (!this.running) this.next();
  }

  private next(): void {
    const job = this.waiting;
    if (!job) return;
    this.waiting = null;
    this.running = true;
    const settle = (hand: () => void): void => {
      this.running = false;
      // A newer request came in meanwhile: this answer is stale, the newer one is sent.
      if (this.waiting) this.next();
      else hand();
    };
    this.send(job.arg).then(
      (result) => settle(() => job.handlers.onResult(result)),
      (error: unknown) => settle(() => job.handlers.onError(error)),
    );
  }
}
