/**
 * The sidebar applies only its latest context request (gsem54's `App.contextRequest`): google.script.run calls "may
 * not execute in the order you expect. If you make two function calls at the same time, there is no way to know which
 * function runs first" (HTML Service: Communicate with Server Functions,
 * developers.google.com/apps-script/guides/html/communication). Unit level, as the other sidebar suites (no DOM here):
 * the DOM builder is stubbed and the server calls are promises the test settles in the order it chooses.
 */
import type { SidebarContext } from '../../src/core/api';
import { App } from '../../src/sidebar/app';
import { callServer } from '../../src/sidebar/rpc';

/**
 * An element that accepts whatever the shell does to it (attributes, children, text, `classList.add`…): any property
 * is another such thing, callable, and what is assigned is kept. `then` stays undefined so that it is never awaited.
 */
function inertElement(): unknown {
  const assigned: Record<string | symbol, unknown> = {};
  return new Proxy(() => undefined, {
    get: (_target, key) => (key === 'then' ? undefined : key in assigned ? assigned[key] : inertElement()),
    set: (_target, key, value) => {
      assigned[key] = value;
      return true;
    },
  });
}

jest.mock('../../src/sidebar/dom', () => ({
  ...jest.requireActual<object>('../../src/sidebar/dom'),
  h: () => inertElement(),
  replace: () => undefined,
  append: () => undefined,
}));
jest.mock('../../src/sidebar/rpc', () => ({ ...jest.requireActual<object>('../../src/sidebar/rpc'), callServer: jest.fn(), hasServer: () => true }));

const callServerMock = callServer as unknown as jest.Mock<Promise<unknown>, [string]>;

/** Each `sidebarGetContext` call, answered (or failed) when the test says. */
function heldContextCalls(): Array<{ answer(context: SidebarContext): Promise<void>; fail(message: string): Promise<void> }> {
  const calls: Array<{ answer(context: SidebarContext): Promise<void>; fail(message: string): Promise<void> }> = [];
  callServerMock.mockImplementation(
    () =>
      new Promise((resolve, reject) => {
        // Two microtask turns: the promise settles, then App's handler runs.
        const settled = async (): Promise<void> => {
          await Promise.resolve();
          await Promise.resolve();
        };
        calls.push({
          answer: (context) => {
            resolve(context);
            return settled();
          },
          fail: (message) => {
            reject(new Error(message));
            return settled();
          },
        });
      }),
  );
  return calls;
}

function context(goalsSheetName: string): SidebarContext {
  return { lang: 'en', dateOrder: 'mdy', today: '2026-11-26', settings: {} as SidebarContext['settings'], series: [], catalog: [], goals: [], goalsSheetName, currency: 'USD', locale: 'en_US', warnings: [] };
}

function app(): App {
  return new App(inertElement() as HTMLElement, 'wizard', 'en');
}

describe('App applies only the latest context request (google.script.run may answer in any order)', () => {
  it('an older refresh answering last does not replace the newer context', async () => {
    const calls = heldContextCalls();
    const shell = app();
    shell.onGoalAdded();
    shell.onGoalAdded();
    expect(calls).toHaveLength(2);
    await calls[1].answer(context('Goals (newer)'));
    expect(shell.context.goalsSheetName).toBe('Goals (newer)');
    await calls[0].answer(context('Goals (older)'));
    expect(shell.context.goalsSheetName).toBe('Goals (newer)');
  });

  it('an older refresh failing last shows no error over the newer context', async () => {
    const calls = heldContextCalls();
    const shown = jest.spyOn(App.prototype as unknown as { showError(message: string): void }, 'showError');
    const shell = app();
    shell.onGoalAdded();
    shell.onGoalAdded();
    await calls[1].answer(context('Goals (newer)'));
    await calls[0].fail('Exception: timed out');
    expect(shown).not.toHaveBeenCalled();
    expect(shell.context.goalsSheetName).toBe('Goals (newer)');
    shown.mockRestore();
  });

  it('the latest request is applied in whatever order the answers come', async () => {
    const calls = heldContextCalls();
    const shell = app();
    shell.onGoalAdded();
    shell.onGoalAdded();
    await calls[0].answer(context('Goals (older)'));
    // The older answer came first: nothing newer is known yet, but it is not the latest request and is not applied.
    expect(() => shell.context).toThrow('context not loaded');
    await calls[1].answer(context('Goals (newer)'));
    expect(shell.context.goalsSheetName).toBe('Goals (newer)');
  });
});
