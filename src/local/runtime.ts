/**
 * Runs the *built* add-on (`dist/Code.js`) in a `node:vm` context that holds
 * only the globals we hand it — the same file `clasp push` uploads, so what
 * runs locally is what ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = path.resolve(__dirname, '../../dist/Code.js');

/** A loaded add-on: call its top-level functions by name. */
export interface LoadedAddon {
  readonly context: vm.Context;
  /** Names of the top-level functions Apps Script would see. */
  readonly functionNames: readonly string[];
  call<T = unknown>(name: string, ...args: unknown[]): T;
  has(name: string): boolean;
}

/** Each bundle compiled once, with its top-level names (read once: a fresh bundle per call no longer rereads the file). */
const sourceCache = new Map<string, { script: vm.Script; names: readonly string[] | null }>();

function compiled(codePath: string): { script: vm.Script; names: readonly string[] | null } {
  let entry = sourceCache.get(codePath);
  if (!entry) {
    if (!existsSync(codePath)) throw new Error(`${path.relative(process.cwd(), codePath)} does not exist: run "npm run build" first.`);
    const source = readFileSync(codePath, 'utf8');
    entry = { script: new vm.Script(source, { filename: 'Code.js' }), names: null };
    sourceCache.set(codePath, entry);
  }
  return entry;
}

/**
 * The ECMAScript built-ins the bundle names, bound once per context as script-scope constants before the bundle runs.
 * Why: node:vm's contextified global answers EVERY global name the code looks up (each `Math.floor`, `Number(x)`,
 * `new Map()`) through C++ property interceptors, about ten times slower than V8's own global lookup; Apps Script's
 * V8 has an ordinary global object. A name bound in the script scope is found there first, without the interceptor.
 * The values are the context's own (or what `globals` put in their place, e.g. `Intl: undefined`), read once after
 * the globals are defined: nothing changes for the bundle but the speed of the lookup. Only built-ins: the Apps
 * Script services (SpreadsheetApp, Utilities…) stay looked up at each use, so tests that trap them still see each use.
 */
export const BUILT_INS: readonly string[] = ['Array', 'Boolean', 'Date', 'Error', 'Float64Array', 'Int32Array', 'Intl', 'JSON', 'Map', 'Math', 'Number', 'Object', 'RangeError', 'RegExp', 'Set', 'String', 'TypeError', 'WeakMap', 'isFinite', 'isNaN', 'parseFloat', 'parseInt'];
const builtInBindings = new vm.Script(`const { ${BUILT_INS.join(', ')} } = globalThis;`, { filename: 'built-ins.js' });

/** Forgets compiled code (after a rebuild in the same process). */
export function clearAddonCache(): void {
  sourceCache.clear();
}

/**
 * The top-level functions a script declared, as Apps Script sees them: a top-level `function f()` becomes a property of
 * the global object (ECMAScript GlobalDeclarationInstantiation), so these are the context's own function-valued
 * properties that `before` (the names the context held before the script ran) did not hold, in declaration order.
 * Read from the context, not the text: in a minified bundle an inner function also opens a line (esbuild's lineLimit),
 * and a regex over the source took 29 of them for top-level names the preview's google.script.run would accept.
 */
export function declaredFunctionNames(context: vm.Context, before: ReadonlySet<string>): string[] {
  const global = context as Record<string, unknown>;
  return Object.getOwnPropertyNames(global).filter((name) => !before.has(name) && typeof global[name] === 'function');
}

/**
 * Loads dist/Code.js with exactly `globals` (e.g. emulated SpreadsheetApp,
 * Session…) plus `console`. Nothing from Node leaks in: no require, module,
 * process.
 */
export function loadAddon(globals: Record<string, unknown> = {}, codePath = CODE_PATH): LoadedAddon {
  const entry = compiled(codePath);
  // Copy property descriptors, not values: tests pass getters that record
  // whether the bundle touches a global it must never use.
  const sandboxObject: Record<string, unknown> = { console };
  Object.defineProperties(sandboxObject, Object.getOwnPropertyDescriptors(globals));
  const context = vm.createContext(sandboxObject);
  builtInBindings.runInContext(context);
  // The same script declares the same functions in every context: read them from the first.
  const before = entry.names ? null : new Set(Object.getOwnPropertyNames(context));
  entry.script.runInContext(context);
  const names = (entry.names ??= declaredFunctionNames(context, before ?? new Set()));
  const sandbox = context as Record<string, unknown>;
  return {
    context,
    functionNames: names,
    has: (name) => typeof sandbox[name] === 'function',
    call<T>(name: string, ...args: unknown[]): T {
      const fn = sandbox[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => T)(...args);
    },
  };
}
