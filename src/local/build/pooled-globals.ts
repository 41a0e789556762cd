/**
 * The ECMAScript built-ins pool-strings.ts may write once in the minified server bundle (perf48): `Number(` stood 257
 * times, `Math.` 394, `new RegExp(` 126, each spelling the global's whole name. Declared once at the top of the bundle's
 * IIFE (`var xy=Number`), each use reads the same object: a standard built-in of every ECMAScript runtime, which Apps
 * Script's V8 runtime is (https://developers.google.com/apps-script/guides/v8-runtime), never reassigned by the add-on.
 * The same list as the built-ins the local runtime binds once per context (src/local/runtime.ts `BUILT_INS`), so a bundle
 * loaded by `loadAddon` reads each of them at load either way — but `Intl`, which tests hand the bundle as `undefined` or
 * as a getter to see whether a call reads it, and the Apps Script services (SpreadsheetApp, Utilities…), read at each use.
 */
export const POOLED_GLOBALS: ReadonlySet<string> = new Set([
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Float64Array',
  'Int32Array',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'RangeError',
  'RegExp',
  'Set',
  'String',
  'TypeError',
  'WeakMap',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
]);
