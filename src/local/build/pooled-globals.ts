import * as ts from 'typescript';

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

/**
 * Static functions of those built-ins the pool may also write once (trim60): `Math.max` stood 126 times in esbuild's
 * output, `Number.isFinite` 89, `Math.abs` 76… — each `Math` a pooled name, then the member's. Declared once beside the
 * built-ins (`var xy=Math.max`), each call reads the very function object the member held: a standard built-in's own
 * data property, never reassigned by the add-on. Only functions that never read their `this` value (ECMA-262: the Math
 * object's functions, `Number.isFinite`/`isInteger`/`isNaN`, `Object.keys`/`values`/`entries`/`fromEntries`/`assign`/
 * `freeze`, `Array.isArray`, `JSON.stringify`/`parse`, `String.raw`/`fromCharCode`), so `xy(a,b)`, which calls it with
 * `this` undefined, is `Math.max(a,b)`. Not `Array.from` (its `this` is the constructor it builds with), and nothing of
 * `Date`, which the emulator replaces with its virtual clock.
 */
export const POOLED_STATIC_FUNCTIONS: ReadonlySet<string> = new Set([
  'Array.isArray',
  'JSON.parse',
  'JSON.stringify',
  'Math.abs',
  'Math.ceil',
  'Math.exp',
  'Math.floor',
  'Math.log',
  'Math.max',
  'Math.min',
  'Math.pow',
  'Math.round',
  'Math.sign',
  'Math.sqrt',
  'Math.trunc',
  'Number.isFinite',
  'Number.isInteger',
  'Number.isNaN',
  'Object.assign',
  'Object.entries',
  'Object.freeze',
  'Object.fromEntries',
  'Object.keys',
  'Object.values',
  'String.fromCharCode',
  'String.raw',
]);

/**
 * The static function `Math.max` a member access reads as a value (trim60): the text `Math.max` when it is one of
 * POOLED_STATIC_FUNCTIONS read off the built-in's name, written with a plain dot, and only called (`Math.max(…)`),
 * passed to a call (`l.map(Math.abs)`) or a template's tag (`String.raw\`…\``) — never assigned, deleted or `new`ed.
 */
export function staticFunctionRead(node: ts.Node): string | undefined {
  if (!ts.isPropertyAccessExpression(node) || node.questionDotToken !== undefined) return undefined;
  if (!ts.isIdentifier(node.expression) || !ts.isIdentifier(node.name)) return undefined;
  const text = `${node.expression.text}.${node.name.text}`;
  if (!POOLED_STATIC_FUNCTIONS.has(text)) return undefined;
  const parent = node.parent;
  const called = ts.isCallExpression(parent) && (parent.expression === node || parent.arguments.includes(node as ts.Expression));
  const tag = ts.isTaggedTemplateExpression(parent) && parent.tag === node;
  return called || tag ? text : undefined;
}
