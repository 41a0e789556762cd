/**
 * The built dist/Code.js, run in a node:vm context holding nothing but fakes
 * of the Apps Script globals: every export is a top-level function, every
 * registry entry answers its documented examples, and nothing from Node or
 * the browser is touched.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CUSTOM_FUNCTIONS, type CustomFunctionExample } from '../../src/gas/registry';
import { CODE_PATH, loadAddon } from '../../src/local/runtime';
import { GLOBAL_NAME } from '../../src/local/build/build';
import { createFakeAppsScript, trapForbiddenGlobals } from '../support/fakes';

const source = readFileSync(CODE_PATH, 'utf8');

/** Converts example args as Sheets would pass them (ISO strings listed in dateArgs → Date at local midnight). */
function sheetArgs(example: CustomFunctionExample, context: vm.Context): unknown[] {
  const DateInRealm = vm.runInContext('Date', context) as DateConstructor;
  return example.args.map((arg, i) => {
    if (!example.dateArgs?.includes(i)) return arg;
    const toDate = (iso: unknown) => {
      const [y, m, d] = String(iso).split('-').map(Number);
      return new DateInRealm(y, m - 1, d);
    };
    return Array.isArray(arg) ? arg.map((row: unknown) => (Array.isArray(row) ? row.map(toDate) : toDate(row))) : toDate(arg);
  });
}

/** Structural equality with a numeric tolerance; Dates compare by calendar day. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 + Math.abs(expected) * 1e-9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${where}[${i}]`));
  } else if (Object.prototype.toString.call(actual) === '[object Date]') {
    const d = actual as Date;
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(iso).toBe(expected);
  } else {
    expect(actual).toEqual(expected);
  }
}

describe('dist/Code.js', () => {
  it('is a single IIFE under one global, with no module syntax and no require', () => {
    // Readable or minified (npm run build:prod), the bundle is one IIFE assigned to one global.
    expect(source).toMatch(new RegExp(`^(?:"use strict";)?var ${GLOBAL_NAME}\\s*=\\s*\\(\\(\\)\\s*=>\\s*\\{`, 'm'));
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).not.toMatch(/\bnew Function\(|\beval\(/);
    expect(source).not.toMatch(/UrlFetchApp/);
  });

  it('declares a top-level function for every export, and nothing else', () => {
    const addon = loadAddon(createFakeAppsScript().globals);
    const api = vm.runInContext(GLOBAL_NAME, addon.context) as Record<string, unknown>;
    const exported = Object.keys(api).sort();
    expect([...addon.functionNames].sort()).toEqual(exported);
    for (const name of exported) expect(addon.has(name)).toBe(true);
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
  });

  it('documents every registry entry with @customfunction and a @param per parameter', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${spec.name}\\(`).exec(source);
      expect(match).not.toBeNull();
      const jsdoc = match![1];
      expect(jsdoc).toContain('@customfunction');
      for (const p of spec.params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? `));
      expect(jsdoc).toContain('@return');
    }
  });

  it('never touches require, module, process, window, document or UrlFetchApp while running', () => {
    const fakes = createFakeAppsScript();
    const touched = trapForbiddenGlobals(fakes.globals);
    const addon = loadAddon(fakes.globals);
    addon.call('onOpen', { authMode: 'NONE' });
    for (const spec of CUSTOM_FUNCTIONS) {
      for (const example of spec.examples) addon.call(spec.name, ...sheetArgs(example, addon.context));
    }
    expect(touched).toEqual([]);
  });
});

// The test harness generated from the registry: each documented example is a test case.
describe.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('registry example: %s', (_name, spec) => {
  it.each(spec.examples.map((ex) => [ex.formula, ex] as const))('%s', (_formula, example) => {
    const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: example.locale ?? 'en_US' }).globals);
    const result = addon.call(spec.name, ...sheetArgs(example, addon.context));
    if (example.expected === undefined) {
      expect(result).not.toBeUndefined();
      expect(String(result)).not.toMatch(/Error|at .*\(/);
    } else {
      expectClose(result, example.expected, spec.name);
    }
  });
});
