/**
 * The preview page's google.script.run shim, run in a bare JS context with a
 * recorded fetch: it applies google.script.run's rules before the arguments
 * become JSON (which would quietly turn a Date into a string and NaN into null).
 */
import vm from 'node:vm';
import { SCRIPT_RUN_SHIM } from '../../../src/local/preview/page';

interface Page {
  /** The page's window: a test may change its flags mid-flight. */
  window: Record<string, unknown>;
  sent: Array<{ url: string; body: string }>;
  run: Record<string, unknown>;
  settle(): Promise<void>;
}

/** The server's answer to one recorded request; by default at once, `{ fine: true }`. */
type Respond = (url: string) => Promise<unknown>;
const answerAtOnce: Respond = () => Promise.resolve({ json: () => Promise.resolve({ ok: true, result: { fine: true } }) });

function page(respond: Respond = answerAtOnce, windowFlags: Record<string, unknown> = {}, logged: string[] = [], globals: Record<string, unknown> = {}): Page {
  const sent: Array<{ url: string; body: string }> = [];
  const timers: Array<() => void> = [];
  const context: Record<string, unknown> = {
    window: { location: { origin: 'http://127.0.0.1' }, parent: { postMessage: () => undefined }, ...windowFlags },
    console: { error: (message: unknown) => logged.push(String(message)) },
    setTimeout: (fn: () => void) => timers.push(fn),
    fetch: (url: string, init: { body: string }) => {
      sent.push({ url, body: init.body });
      return respond(url);
    },
    ...globals,
  };
  vm.createContext(context);
  const script = SCRIPT_RUN_SHIM.replace(/^<script>/, '').replace(/<\/script>$/, '');
  vm.runInContext(script, context);
  const google = (context.window as { google: { script: { run: Record<string, unknown> } } }).google;
  return {
    window: context.window as Record<string, unknown>,
    sent,
    run: google.script.run,
    // Runs the page's tasks until none is left (an answer's handlers run on a task of their own).
    settle: async () => {
      for (let round = 0; round < 2 || timers.length > 0; round++) {
        while (timers.length > 0) (timers.shift() as () => void)();
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

type Runner = { withSuccessHandler(fn: (v: unknown, user?: unknown) => void): Runner; withFailureHandler(fn: ((e: Error, user?: unknown) => void) | null): Runner; withUserObject(o: unknown): Runner } & Record<string, (...args: unknown[]) => void>;

describe('the preview shim applies google.script.run’s rules in the page', () => {
  it.each([
    ['a Date', { deadline: new Date(Date.UTC(2027, 0, 1)) }],
    ['NaN', { target: Number.NaN }],
    ['Infinity', [1, Infinity]],
    ['a function', { callback: () => 1 }],
  ])('refuses %s: the failure handler runs and nothing is sent', async (_what, argument) => {
    const p = page();
    const failures: string[] = [];
    (p.run as unknown as Runner).withFailureHandler((e) => failures.push(e.message)).sidebarAssess(argument);
    await p.settle();
    expect(p.sent).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^google\.script\.run sidebarAssess: arguments/);
  });

  it('sends legal arguments as JSON, undefined array items as null', async () => {
    const p = page();
    const results: unknown[] = [];
    (p.run as unknown as Runner).withSuccessHandler((v) => results.push(v)).sidebarEvaluate({ text: 'x', list: [undefined, 2], gone: undefined });
    await p.settle();
    expect(p.sent).toEqual([{ url: '/rpc/sidebarEvaluate', body: '[{"text":"x","list":[null,2]}]' }]);
    expect(results).toEqual([{ fine: true }]);
  });

  it('runs at most 10 server calls at once: an 11th waits for a free spot, as google.script.run does', async () => {
    // "The google.script.run API allows 10 concurrent calls to server functions. If you make an 11th call while 10 are
    // still running, the server function will be delayed until one of the 10 spots is freed." (communication guide)
    const answers: Array<() => void> = [];
    const p = page((url) => new Promise((resolve) => answers.push(() => resolve({ json: () => Promise.resolve({ ok: true, result: url }) }))));
    const sent = (): string[] => p.sent.map((request) => request.url);
    const run = p.run as unknown as Runner;
    const results: unknown[] = [];
    for (let i = 0; i < 12; i++) run.withSuccessHandler((v) => results.push(v))[`call${i}`]();
    await p.settle();
    expect(sent()).toHaveLength(10);
    (answers.shift() as () => void)();
    await p.settle();
    expect(sent()).toHaveLength(11);
    expect(sent()[10]).toBe('/rpc/call10');
    while (answers.length > 0) {
      (answers.shift() as () => void)();
      await p.settle();
    }
    expect(sent()).toHaveLength(12);
    expect(results).toHaveLength(12);
  });
});

/** google.script.run reference (developers.google.com/apps-script/guides/html/reference/run) and communication guide. */
describe('the preview shim calls the page’s handlers as google.script.run does (gsem54)', () => {
  /** A server whose answers the test releases one by one, by URL. */
  function heldAnswers() {
    const waiting = new Map<string, () => void>();
    const respond: Respond = (url) => new Promise((resolve) => waiting.set(url, () => resolve({ json: () => Promise.resolve({ ok: true, result: url }) })));
    return { respond, release: (url: string) => (waiting.get(url) as () => void)() };
  }

  /** Two overlapping calls, `first` then `second`, whose answers the test releases; `seen` collects the results. */
  async function twoOverlappingCalls(flags: Record<string, unknown> = {}) {
    const server = heldAnswers();
    const p = page(server.respond, flags);
    const run = p.run as unknown as Runner;
    const seen: unknown[] = [];
    run.withSuccessHandler((v) => seen.push(v)).first();
    run.withSuccessHandler((v) => seen.push(v)).second();
    await p.settle();
    return { server, p, seen };
  }

  it('may complete calls in any order: with __scriptRunNewestFirst, overlapping answers arrive newest first', async () => {
    const { server, p, seen } = await twoOverlappingCalls({ __scriptRunNewestFirst: true });
    server.release('/rpc/first');
    await p.settle();
    // The first answer is in, but a call made after it still runs: it waits.
    expect(seen).toEqual([]);
    server.release('/rpc/second');
    await p.settle();
    expect(seen).toEqual(['/rpc/second', '/rpc/first']);
  });

  it('without the flag, answers arrive as the server gives them', async () => {
    const { server, p, seen } = await twoOverlappingCalls();
    server.release('/rpc/first');
    await p.settle();
    expect(seen).toEqual(['/rpc/first']);
  });

  it('a success handler that throws is the page’s own error: the failure handler is not called', async () => {
    const p = page();
    const failures: string[] = [];
    const run = (p.run as unknown as Runner)
      .withSuccessHandler(() => {
        throw new Error('page bug');
      })
      .withFailureHandler((e) => failures.push(e.message));
    run.sidebarGetContext();
    await expect(p.settle()).rejects.toThrow('page bug');
    expect(failures).toEqual([]);
  });

  /** "To override this, call withFailureHandler(null) or supply a failure handler that does nothing." (communication guide) */
  const refusedByServer: Respond = () => Promise.resolve({ json: () => Promise.resolve({ ok: false, error: 'Exception: refused' }) });

  it('passes the user object second to both handlers; withFailureHandler(null) silences a failure', async () => {
    const logged: string[] = [];
    const p = page(refusedByServer, {}, logged);
    const run = p.run as unknown as Runner;
    const users: unknown[] = [];
    run.withUserObject({ pane: 'wizard' }).withFailureHandler((_e, user) => users.push(user)).sidebarAddGoal({});
    run.withFailureHandler(null).sidebarAddGoal({});
    run.withFailureHandler(() => undefined).withFailureHandler(null).sidebarAddGoal({});
    await p.settle();
    expect(users).toEqual([{ pane: 'wizard' }]);
    expect(logged).toEqual([]);
  });

  it('logs a failure only on a runner on which withFailureHandler was never called', async () => {
    const logged: string[] = [];
    const p = page(refusedByServer, {}, logged);
    const run = p.run as unknown as Runner;
    run.sidebarAddGoal({});
    run.withSuccessHandler(() => undefined).withUserObject({ pane: 'check' }).sidebarAddGoal({});
    await p.settle();
    expect(logged).toEqual(['Exception: refused', 'Exception: refused']);
  });

  it('refuses a user object constructed with new', () => {
    const p = page();
    class Context {
      pane = 'wizard';
    }
    function Legacy(this: { pane: string }): void {
      this.pane = 'check';
    }
    expect(() => (p.run as unknown as Runner).withUserObject(new Context())).toThrow(/constructed with new/);
    expect(() => (p.run as unknown as Runner).withUserObject(new (Legacy as unknown as new () => object)())).toThrow(/constructed with new/);
  });

  it('accepts what Google allows as a user object: functions, DOM elements, arrays, plain objects', async () => {
    // The page's DOM, as the browser gives it: the shim knows an element by the realm's Node.
    class Node {}
    class HTMLButtonElement extends Node {}
    const p = page(answerAtOnce, {}, [], { Node });
    const run = p.run as unknown as Runner;
    const button = new HTMLButtonElement();
    const accepted = [() => 1, button, [1, 2], { pane: 'wizard' }, Object.create({}), Object.create(null), new Object()];
    const users: unknown[] = [];
    for (const user of accepted) run.withUserObject(user).withSuccessHandler((_v, u) => users.push(u)).sidebarGetContext();
    await p.settle();
    expect(users).toEqual(accepted);
    expect(users[1]).toBe(button);
  });

  it('delivers the parked answers when __scriptRunNewestFirst is turned off mid-flight', async () => {
    const server = heldAnswers();
    const flags: Record<string, unknown> = { __scriptRunNewestFirst: true };
    const p = page(server.respond, flags);
    const run = p.run as unknown as Runner;
    const seen: unknown[] = [];
    run.withSuccessHandler((v) => seen.push(v)).first();
    run.withSuccessHandler((v) => seen.push(v)).second();
    run.withSuccessHandler((v) => seen.push(v)).third();
    await p.settle();
    server.release('/rpc/first');
    await p.settle();
    expect(seen).toEqual([]);
    p.window.__scriptRunNewestFirst = false;
    server.release('/rpc/third');
    await p.settle();
    expect(seen).toEqual(['/rpc/first', '/rpc/third']);
    server.release('/rpc/second');
    await p.settle();
    expect(seen).toEqual(['/rpc/first', '/rpc/third', '/rpc/second']);
  });
});
