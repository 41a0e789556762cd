/**
 * trim64: the internal property names the minified bundle writes short (src/local/build/mangle-props.ts). Each rule on
 * a small program laid out as the repository is (src/core, src/core/api.ts, src/gas/index.ts), a name it keeps beside
 * one it renames; then `checkMangled`'s refusals, and the list of the real program against its public names. The
 * whole bundle's answers are compared by `src/local/bench/output-digest.ts --code` (docs/MEASUREMENTS.md, trim64).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import * as ts from 'typescript';
import { bundleTexts, checkMangled, mangleableNames, manglePattern } from '../../../src/local/build/mangle-props';
import { bundleServer, internalPropertyNames, ROOT } from '../../../src/local/build/build';

const FILES: Record<string, string> = {
  'src/gas/tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2020', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2020'], types: [], strict: true, noEmit: true },
    include: ['./**/*.ts'],
  }),
  'src/core/api.ts': 'export interface Reply { carried: number; }\n',
  'src/core/model.ts': [
    "import type { Reply } from './api';",
    'export interface Inner { internalOnly: number; listed: number; keyedOver: number; saved: { deepSaved: number }; shown: number; lengthy: string; }',
    'export interface Dynamic { dynamicA: number; dynamicB: number; }',
    'export interface Out { publicField: { nestedPublic: number }; }',
    'const LOOKUP = { looseKey: 1 } as Record<string, number>;',
    'const PLAIN = { plainKey: 2 };',
    "const FIELDS = ['listed'];",
    'export function make(n: number): Inner {',
    '  return { internalOnly: n, listed: n, keyedOver: n, saved: { deepSaved: n }, shown: n, lengthy: String(n) };',
    '}',
    'export function use(i: Inner, d: Dynamic, k: keyof Dynamic, label: string): number {',
    '  const keys = Object.keys({ keyedOver: i.keyedOver });',
    '  const text = JSON.stringify(i.saved) + `${label}Built` + FIELDS.join() + keys.join();',
    '  return i.internalOnly + d[k] + (LOOKUP[label] ?? 0) + PLAIN.plainKey + i.shown + i.lengthy.length + text.length;',
    '}',
    'export function out(i: Inner): Out { return { publicField: { nestedPublic: i.shown } }; }',
    'export function reply(): Reply { return { carried: 1 }; }',
    'export interface Named { theBuilt: number; foreignWord: number; }',
    'export const named: Named = { theBuilt: 1, foreignWord: 2 };',
    'export interface Upcast { upcastName: number; }',
    'export function say(params: Record<string, number>): number { return Object.values(params).length; }',
    'export const upcast: Upcast = { upcastName: 1 };',
    'export const said = say(upcast);',
  ].join('\n'),
  'src/gas/adapter.ts': 'export interface GasSide { gasOnly: number; }\nexport const gasValue: GasSide = { gasOnly: 1 };\n',
  'src/gas/index.ts': [
    "import { make, use, out, reply, named, said } from '../core/model';",
    "import { gasValue } from './adapter';",
    "export const ENTRY = (n: number) => use(make(n), { dynamicA: 1, dynamicB: 2 }, 'dynamicA', 'x') + gasValue.gasOnly + named.theBuilt + said;",
    'export const PUBLIC = (n: number) => out(make(n));',
    'export const REPLY = () => reply();',
  ].join('\n'),
};

describe('mangleableNames (trim64): a name is renamed only if no rule keeps it', () => {
  let root: string;
  let names: string[];

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'smart-goals-mangle-'));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const texts = new Set(['listed', 'x', 'dynamicA']);
    // `${label}Built` is a template piece of the readable bundle; `foreignWord` a property name node_modules code uses.
    for (const word of ['Built']) texts.add(word);
    names = mangleableNames(root, texts, new Set(['foreignWord']));
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('renames an internal property read only by its name, and an internal literal\'s own key', () => {
    expect(names).toEqual(expect.arrayContaining(['internalOnly', 'plainKey', 'shown', 'lengthy', 'theBuilt']));
  });

  it('keeps a property written as a string, of a value read by a run-time key or with its keys shown, or serialized', () => {
    expect(names).not.toContain('listed'); // a string literal (a list of field names)
    expect(names).not.toContain('dynamicA'); // `d[k]`: every property of Dynamic
    expect(names).not.toContain('dynamicB');
    expect(names).not.toContain('keyedOver'); // Object.keys over a literal holding it
    expect(names).not.toContain('deepSaved'); // JSON.stringify, deeply
    expect(names).not.toContain('looseKey'); // a key written for Record<string, number>
    expect(names).not.toContain('upcastName'); // a value handed to a parameter of Record<string, number>
  });

  it('keeps what crosses a public type, src/core/api.ts, src/gas, a built-in, node_modules and the exports', () => {
    expect(names).not.toContain('publicField'); // an export's result
    expect(names).not.toContain('nestedPublic'); // deeply
    expect(names).not.toContain('carried'); // api.ts
    expect(names).not.toContain('gasOnly'); // declared in src/gas
    expect(names).not.toContain('length'); // a built-in's
    expect(names).not.toContain('foreignWord'); // node_modules code names it
    expect(names).not.toContain('ENTRY');
  });

  it('reads the texts and the foreign names off a readable bundle', () => {
    const readable = [
      '(() => {',
      '  // node_modules/dep/index.js',
      '  var dict = { january: 1 };',
      '  dict.february = 2;',
      '  // src/core/x.ts',
      '  var mine = { ownKey: 1 };',
      '  var t = `reason.${mine.ownKey}Tail`;',
      '  var s = "quoted";',
      '  var m = "Capacity: {productivity} a rep";',
      '})();',
    ].join('\n');
    const { texts, foreignNames } = bundleTexts(readable);
    expect([...foreignNames].sort()).toEqual(['february', 'january']);
    expect(texts.has('quoted')).toBe(true);
    expect(texts.has('reason')).toBe(true);
    expect(texts.has('Tail')).toBe(true);
    expect(texts.has('productivity')).toBe(true); // a message's placeholder
    expect(texts.has('Capacity')).toBe(false);
    expect(texts.has('ownKey')).toBe(false);
  });
});

describe('checkMangled (trim64): the renaming proved on the minified bundle', () => {
  const source = 'export const f = (o) => ({ keepMe: o.renameMe + 1, renameMe: 2, tag: "plain" });';
  const minify = async (pattern: RegExp, text = source) =>
    esbuild.transform(text, { minify: true, mangleProps: pattern, mangleCache: {}, format: 'iife' });

  it('accepts a renaming of listed names only, none written as a string', async () => {
    const result = await minify(manglePattern(['renameMe']));
    expect(result.code).not.toContain('renameMe');
    expect(() => checkMangled(result.code, result.mangleCache ?? {}, ['renameMe'])).not.toThrow();
  });

  it('refuses a name renamed that is not on the list, and one also written as a string', async () => {
    const stray = await minify(/^(?:renameMe|keepMe)$/);
    expect(() => checkMangled(stray.code, stray.mangleCache ?? {}, ['renameMe'])).toThrow(/not on the list: keepMe/);
    const written = await minify(manglePattern(['renameMe']), `${source}\nexport const g = "renameMe";`);
    expect(() => checkMangled(written.code, written.mangleCache ?? {}, ['renameMe'])).toThrow(/written as strings.*renameMe/);
  });
});

describe('the real program (trim64)', () => {
  let names: string[];
  let minified: string;

  beforeAll(async () => {
    names = internalPropertyNames(await bundleServer(false));
    minified = await bundleServer(true);
  }, 300_000);

  it('renames hundreds of internal names and none of what src/core/api.ts or src/gas/index.ts declares', () => {
    expect(names.length).toBeGreaterThan(200);
    const declared = new Set<string>();
    for (const file of ['src/core/api.ts', 'src/gas/index.ts']) {
      const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2020, true);
      const visit = (node: ts.Node): void => {
        const property =
          ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node);
        if (property && ts.isIdentifier(node.name)) declared.add(node.name.text);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(declared.size).toBeGreaterThan(50);
    expect(names.filter((name) => declared.has(name))).toEqual([]);
  });

  it('reads no renamed name in the minified bundle as a member, a key or a method', () => {
    const written = new Set<string>();
    const visit = (node: ts.Node): void => {
      const parent = node.parent;
      if (
        ts.isIdentifier(node) &&
        parent !== undefined &&
        (((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) &&
          parent.name === node) ||
          ts.isShorthandPropertyAssignment(parent) ||
          (ts.isBindingElement(parent) && parent.propertyName === node))
      ) {
        written.add(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile('Code.js', minified, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS));
    expect(written.has('length')).toBe(true);
    // A name of two letters may be one esbuild gave another renamed property (`lo`, `ts`): longer ones only.
    expect(names.filter((name) => name.length > 2 && written.has(name))).toEqual([]);
  });
});
