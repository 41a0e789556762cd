/**
 * How emulated classes stay honest against `@types/google-apps-script`:
 *
 *   class EmulatedRange extends emulatedBase<GoogleAppsScript.Spreadsheet.Range>('Range')
 *     implements GoogleAppsScript.Spreadsheet.Range { override getValues() {…} }
 *
 * The base is typed as the full Apps Script interface, so every emulated
 * method needs `override` (noImplicitOverride) and must match the real
 * signature: a renamed or mistyped method fails the type check. At run time
 * the base returns a Proxy that
 *   - counts every method call as "Class.method" (see EmulatorRuntime.invoke),
 *   - turns any interface member we did not write into a function throwing
 *     `Error('not emulated: Class.method')`.
 * Plain data properties (e.g. `model`) are not counted: they are how the
 * emulator, snapshots and the preview read state without "calling Apps Script".
 */
import type { EmulatorRuntime } from './runtime';

/** Properties that tooling (jest, util.inspect, Promise resolution, JSON) probes on any object. */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'length',
  'prototype',
  'call',
  'apply',
  'bind',
  'name',
  'nodeName',
  'ownerDocument',
  'children',
  'innerHTML',
]);

export function notEmulated(className: string, member: string): Error {
  return new Error(`not emulated: ${className}.${member}`);
}

/** An enum the emulator lacks (e.g. SpreadsheetApp.PivotTableSummarizeFunction): any member read throws. */
function notEmulatedEnum(path: string): object {
  return new Proxy(
    {},
    {
      get(_target, member) {
        if (typeof member !== 'string' || PROBED.has(member) || !/^[A-Z][A-Z0-9_]*$/.test(member)) return undefined;
        throw new Error(`not emulated: ${path}.${member}`);
      },
    },
  );
}

type EmulatedConstructor<T> = abstract new (runtime: EmulatorRuntime) => T;

/** Base class for an emulated Apps Script class named `className` implementing `T`. */
export function emulatedBase<T extends object>(className: string): EmulatedConstructor<T> {
  class Emulated {
    constructor(runtime: EmulatorRuntime) {
      const wrappers = new Map<string, (...args: unknown[]) => unknown>();
      const proxy: object = new Proxy(this, {
        get(target, property, receiver) {
          if (typeof property !== 'string') return Reflect.get(target, property, receiver);
          const value: unknown = Reflect.get(target, property, receiver);
          if (value === undefined && !(property in target)) {
            if (/^[A-Z][A-Za-z0-9]*$/.test(property)) return notEmulatedEnum(`${className}.${property}`);
            if (PROBED.has(property) || !/^[a-z][A-Za-z0-9]*$/.test(property)) return undefined;
            return () => {
              throw notEmulated(className, property);
            };
          }
          if (typeof value !== 'function' || Object.prototype.hasOwnProperty.call(target, property) || PROBED.has(property)) return value;
          let wrapper = wrappers.get(property);
          if (!wrapper) {
            const method = value as (...args: unknown[]) => unknown;
            wrapper = (...args: unknown[]) => runtime.invoke(className, property, () => method.apply(proxy, args));
            wrappers.set(property, wrapper);
          }
          return wrapper;
        },
      });
      return proxy as this;
    }
  }
  return Emulated as unknown as EmulatedConstructor<T>;
}

/** An Apps Script enum value: an opaque object whose string form is its name. */
export interface EnumValue {
  readonly name: string;
  toString(): string;
  toJSON(): string;
}

/** Builds an enum object with one frozen value per name, typed as the Apps Script enum `E`. */
export function enumOf<E>(enumName: string, names: readonly string[]): E {
  const out: Record<string, EnumValue> = {};
  for (const name of names) {
    out[name] = Object.freeze({
      name,
      toString: () => name,
      toJSON: () => name,
      [Symbol.for('nodejs.util.inspect.custom')]: () => `${enumName}.${name}`,
    });
  }
  return Object.freeze(out) as unknown as E;
}

/** Name of an enum value from any realm (our enum objects, or a plain string). */
export function enumName(value: unknown): string {
  if (value && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  return String(value);
}
