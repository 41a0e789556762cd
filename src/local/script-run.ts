/**
 * What may cross google.script.run between the sidebar and the server, as
 * Google documents it ("HTML Service: Communicate with Server Functions",
 * https://developers.google.com/apps-script/guides/html/communication,
 * section "Parameters and return values"):
 *
 *   "Legal parameters and return values are JavaScript primitives like a
 *   Number, Boolean, String, or null, as well as JavaScript objects and arrays
 *   that are composed of primitives, objects and arrays. [...] Requests fail if
 *   you attempt to pass a Date, Function, DOM element besides a form, or other
 *   prohibited type, including prohibited types inside objects or arrays.
 *   Objects that create circular references will also fail, and undefined
 *   fields within arrays become null."
 *
 * and the google.script.run reference: "Most types are legal, but not Date,
 * Function, or DOM element besides form". A server function whose return
 * value holds a Date reaches the success handler as null (the whole value:
 * the well-known "my function returns null" when it returns getValues() with
 * dates in it).
 *
 * The rules, applied the same way by the preview's bridge (the shim injected
 * into the sidebar page runs this very source in the browser, before the
 * arguments become JSON; the server side runs it on the result) and by the
 * test harness (`callThroughBridge`, strict: any violation throws so the test
 * fails):
 * - parameters: a Date, function, symbol, bigint, non-plain object (Map, class
 *   instance, RegExp…), circular reference, or a number that is not finite
 *   (NaN and ±Infinity are no JSON numbers; Google does not list them as legal)
 *   anywhere in the arguments → the request fails, the server is not called.
 *   `undefined` in an array becomes null; an undefined property is left out.
 * - return values: the same rules ("the return type is subject to the same
 *   restrictions as parameter types, except that a form element is not a
 *   legal return type", google.script.run reference,
 *   developers.google.com/apps-script/guides/html/reference/run); a Date
 *   anywhere makes the whole value null (as Google delivers it), anything
 *   else illegal is a violation too (the server must return finite numbers
 *   and plain data only), and so is `undefined` in an array — this project's
 *   rule, not Google's (the guide says such fields become null, for return
 *   values as for parameters): the page gets null there, which no
 *   `SidebarApi` type allows.
 *
 * `TRANSFER_SOURCE` is plain ES5 so it runs unchanged in the page's shim.
 */
import vm from 'node:vm';

export const TRANSFER_SOURCE = `function scriptRunTransfer(value, direction) {
  var violations = [];
  var sawDate = false;
  var stack = [];
  function plain(object) {
    var proto = Object.getPrototypeOf(object);
    return proto === null || Object.getPrototypeOf(proto) === null;
  }
  function walk(v, path, inArray) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v === undefined) {
      // Google: "undefined fields within arrays become null", for parameters and return values alike. Our own rule on
      // top: in a return value the page gets null where the server meant a value of the API's type, so it is reported
      // (strict calls fail on it); parameters keep Google's behaviour (null).
      if (inArray && direction === 'return') violations.push(path + ': undefined in an array reaches the page as null');
      return inArray ? null : undefined;
    }
    if (typeof v === 'number') {
      if (!isFinite(v)) violations.push(path + ': ' + String(v) + ' is not a finite number');
      return v;
    }
    if (typeof v !== 'object') {
      violations.push(path + ': a ' + typeof v + ' cannot cross google.script.run');
      return null;
    }
    if (Object.prototype.toString.call(v) === '[object Date]') {
      sawDate = true;
      violations.push(path + ': a Date ' + (direction === 'parameter' ? 'is not a legal parameter' : 'in a return value reaches the page as null'));
      return null;
    }
    if (stack.indexOf(v) >= 0) {
      violations.push(path + ': circular reference');
      return null;
    }
    var out;
    stack.push(v);
    if (Array.isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) out.push(walk(v[i], path + '[' + i + ']', true));
    } else if (plain(v)) {
      out = {};
      var keys = Object.keys(v);
      for (var k = 0; k < keys.length; k++) {
        var item = walk(v[keys[k]], path + '.' + keys[k], false);
        if (item !== undefined) out[keys[k]] = item;
      }
    } else {
      var name = v.constructor && typeof v.constructor.name === 'string' ? v.constructor.name : 'object';
      violations.push(path + ': a ' + name + ' is not a plain object');
      out = null;
    }
    stack.pop();
    return out;
  }
  var result = walk(value, direction === 'parameter' ? 'arguments' : 'result', direction === 'parameter');
  if (direction === 'return' && sawDate) result = null;
  if (direction === 'return' && result === undefined) result = null;
  return { value: result, violations: violations };
}`;

export interface Transfer {
  /** What the other side receives (parameters: only meaningful when there is no violation). */
  value: unknown;
  /** Every rule broken, with where (empty when the value is legal). */
  violations: string[];
}

/** The rules above, as a function (built from the same source the page runs). */
export const scriptRunTransfer = vm.runInThisContext(`(${TRANSFER_SOURCE})`, { filename: 'script-run-transfer.js' }) as (value: unknown, direction: 'parameter' | 'return') => Transfer;

/** A call google.script.run would refuse, or a return value it would mangle. */
export class ScriptRunViolation extends Error {
  constructor(
    readonly functionName: string,
    readonly violations: readonly string[],
  ) {
    super(`google.script.run ${functionName}: ${violations.join('; ')}`);
    this.name = 'ScriptRunViolation';
  }
}

/** The parameters as the server receives them; throws (the request fails) when one is illegal. */
export function transferParameters(functionName: string, args: readonly unknown[]): unknown[] {
  const { value, violations } = scriptRunTransfer(args, 'parameter');
  if (violations.length > 0) throw new ScriptRunViolation(functionName, violations);
  return value as unknown[];
}

/** Anything with a `call` like LoadedAddon. */
interface Callable {
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

/**
 * Calls a server function the way the sidebar does: parameters checked and
 * copied, the result transferred. `strict` (the default, for tests): a return
 * value google.script.run would mangle (a Date, NaN, a class instance) throws,
 * so the test fails; not strict: the page gets what Google would deliver.
 */
export function callThroughBridge<T = unknown>(addon: Callable, functionName: string, args: readonly unknown[], options: { strict?: boolean; onViolation?: (error: ScriptRunViolation) => void } = {}): T {
  // "Private functions": a server function whose name ends with an underscore cannot be called from the page (HTML
  // Service: Communicate with Server Functions, developers.google.com/apps-script/guides/html/communication).
  if (functionName.endsWith('_')) throw new Error(`Script function not found: ${functionName}`);
  const sent = transferParameters(functionName, args);
  const result = scriptRunTransfer(addon.call(functionName, ...sent), 'return');
  if (result.violations.length > 0) {
    const error = new ScriptRunViolation(functionName, result.violations);
    if (options.strict !== false) throw error;
    options.onViolation?.(error);
  }
  return result.value as T;
}

/**
 * The add-on as the sidebar sees it: the `sidebar…` server functions are called through
 * google.script.run's rules (strict: a violation throws), everything else (menu handlers,
 * custom functions) directly, as Sheets calls them.
 */
export function bridged<T extends Callable>(addon: T): T {
  return {
    ...addon,
    call: <R>(name: string, ...args: unknown[]): R => (/^sidebar[A-Z]/.test(name) ? callThroughBridge<R>(addon, name, args) : addon.call<R>(name, ...args)),
  };
}
