/**
 * What may cross google.script.run, checked on the TYPES of every sidebar call, not only on the calls the tests make.
 * Google: "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as
 * well as JavaScript objects and arrays that are composed of primitives, objects and arrays … Requests fail if you
 * attempt to pass a Date, Function, DOM element besides a form, or other prohibited type, including prohibited types
 * inside objects or arrays" (HTML Service: Communicate with Server Functions, developers.google.com/apps-script/
 * guides/html/communication, "Parameters and return values"; the google.script.run reference: "Most types are legal,
 * but not Date, Function, or DOM element besides form"). A server function returning a Date anywhere reaches the page
 * as null (src/local/script-run.ts). So:
 * - every argument and result of `SidebarApi` (core/api.ts, what the page is typed with) holds no Date, function,
 *   Map, Set, RegExp, bigint or symbol, at any depth;
 * - every `sidebar…` export of src/gas/index.ts takes the argument the page sends and returns what the page is typed
 *   to receive — so the server cannot return a Date where the page expects an ISO date string without tsc failing;
 * - the built bundle exports every one of them.
 * `npx tsc -p test` fails on a violation; the @ts-expect-error lines prove the check sees a Date, a function and a
 * nested Date.
 */
import type { SidebarApi, SidebarCall } from '../../src/core/api';
import type * as server from '../../src/gas/index';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

type AnyFunction = (...args: never[]) => unknown;
/** true somewhere in the result when T holds a type google.script.run refuses (or turns the whole value into null). */
type Illegal<T> = T extends Date | AnyFunction | RegExp | Map<unknown, unknown> | Set<unknown> | bigint | symbol
  ? true
  : T extends readonly (infer Item)[]
    ? Illegal<Item>
    : T extends object
      ? { [K in keyof T]-?: Illegal<T[K]> }[keyof T]
      : false;
type Transferable<T> = true extends Illegal<T> ? false : true;

/** Every call, listed once (the check below fails when SidebarApi gains a call this list lacks). */
const SIDEBAR_CALLS = [
  'sidebarGetContext',
  'sidebarAssess',
  'sidebarCheckAlignment',
  'sidebarEvaluate',
  'sidebarAddGoal',
  'sidebarFindGoals',
  'sidebarPlanDrivers',
  'sidebarAddDriverGoals',
  'sidebarCheckGoals',
  'sidebarSelectRow',
  'sidebarCheckPage',
  'sidebarGetSettings',
  'sidebarSaveSettings',
] as const satisfies readonly SidebarCall[];
type Listed = (typeof SIDEBAR_CALLS)[number];
const everyCallListed: [Exclude<SidebarCall, Listed>] extends [never] ? true : never = true;

/** Per call: page types legal, server's parameter takes the page's argument, server's result is what the page reads. */
type CallChecks = {
  [K in SidebarCall]: {
    argument: Transferable<SidebarApi[K]['arg']>;
    result: Transferable<SidebarApi[K]['result']>;
    serverResult: Transferable<ReturnType<(typeof server)[K]>>;
    serverTakesArgument: SidebarApi[K]['arg'] extends void ? true : [SidebarApi[K]['arg']] extends [Parameters<(typeof server)[K]>[0]] ? true : false;
    serverReturnsResult: [ReturnType<(typeof server)[K]>] extends [SidebarApi[K]['result']] ? true : false;
  };
};
type AllTrue<T> = { [K in keyof T]: { [C in keyof T[K]]: T[K][C] extends true ? true : false }[keyof T[K]] }[keyof T];
const everyCallTransfers: false extends AllTrue<CallChecks> ? never : true = true;

// The check sees what Google refuses:
// @ts-expect-error a Date is not a legal parameter or return value
const dateRefused: Transferable<{ deadline: Date }> = true;
// @ts-expect-error nor a function
const functionRefused: Transferable<{ onDone: () => void }> = true;
// @ts-expect-error nor a Date deep inside arrays and objects
const nestedDateRefused: Transferable<{ rows: Array<{ points: Array<{ at: Date | string }> }> }> = true;
const plainDataAccepted: Transferable<{ deadline: string | null; rows: Array<{ value: number; ok: boolean }> }> = true;

describe('google.script.run types of the sidebar calls', () => {
  it('every SidebarApi call carries plain data both ways, and the server functions match the page’s types (tsc)', () => {
    expect([everyCallListed, everyCallTransfers, plainDataAccepted]).toEqual([true, true, true]);
    // The refused shapes compile only with their @ts-expect-error: tsc proves each is refused.
    expect([dateRefused, functionRefused, nestedDateRefused]).toEqual([true, true, true]);
  });

  it('the built bundle exports every sidebar call as a top-level function google.script.run can reach', () => {
    const addon = loadAddon(createEmulator().globals);
    expect(addon.functionNames).toEqual(expect.arrayContaining([...SIDEBAR_CALLS]));
    // "Private functions" (a name ending in "_") cannot be called from the page: none of ours is.
    expect(SIDEBAR_CALLS.filter((name) => name.endsWith('_'))).toEqual([]);
  });
});
