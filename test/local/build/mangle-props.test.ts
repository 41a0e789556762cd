/**
 * trim64: the internal property names the minified bundle writes short (src/local/build/mangle-props.ts). Each rule on
 * a small program laid out as the repository is (src/core, src/core/api.ts, src/gas/index.ts), a name it keeps beside
 * one it renames; then `checkMangled`'s refusals, and the list of the real program against its public names. The
 * whole bundle's answers are compared by `src/local/bench/output-digest.ts --code` (docs/MEASUREMENTS.md, trim64).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
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

/**
 * mend64t: trim64's review, findings 3, 1 and 2 — a value's names kept where the checker types the way in loosely: a
 * `JSON.parse` result cast or declared as an internal type (3), a value serialized through a generic helper of the
 * program or an `unknown` variable, deeply (1), a value read by a run-time key inside a generic helper (2). Each case is
 * built with and without the renaming (as the reviewer's probe.ts) and must answer alike; the near misses stay renamed.
 */
describe('mangleableNames (mend64t): loose ways in and out keep names deeply', () => {
  const PROGRAM: Record<string, string> = {
    'src/gas/tsconfig.json': FILES['src/gas/tsconfig.json'],
    'src/core/api.ts': FILES['src/core/api.ts'],
    'src/core/model.ts': [
      // (3) a JSON.parse result cast to, or declared as, an internal type: what an older build or another writer saved.
      'export interface G { gField: number; gNested: { gDeep: number }; }',
      'export function loadG(raw: string): number { const g = JSON.parse(raw) as G; return g.gField + g.gNested.gDeep; }',
      'export interface H { hField: number; }',
      'export function loadH(raw: string): number { const h: H = JSON.parse(raw); return h.hField; }',
      'export interface K { kField: number; }',
      'export function castK(n: number): number { const k = { kField: n } as K; return k.kField; }',
      // (1) serialized through the program's own generic helper, and through an `unknown` variable: nested names too.
      'export interface F { fTop: { fNested: number }; }',
      'function ser<T>(v: T): string { return JSON.stringify(v); }',
      'export function saveF(f: F): string { return ser(f); }',
      'export interface E { eTop: { eNested: number }; }',
      'export function saveE(e: E): string { const payload: unknown = e; return JSON.stringify(payload); }',
      // Near misses: a generic of a .d.ts (Map#set) and the program's own non-generic function see no key.
      'export interface M { mField: number; }',
      'export function viaMap(m: M): number { return new Map<string, M>().set("a", m).get("a")?.mField ?? 0; }',
      'export interface N { nField: number; }',
      'function takeN(n: N): number { return n.nField; }',
      'export function viaN(n: N): number { return takeN(n); }',
      // A generic helper that only reads its constraint's names (as dates.ts's startsAfterDeadline): the rest renamed;
      // one handing its value on to ser: kept.
      'export interface P { pDate: string; pOther: number; }',
      'function started<T extends { pDate: string }>(p: T): boolean { return p.pDate > "2026"; }',
      'export function viaStarted(p: P): number { return started(p) ? p.pOther : 0; }',
      'export interface Q { qField: number; }',
      'function outer<U>(x: U): string { return ser(x); }',
      'export function viaOuter(q: Q): string { return outer(q); }',
      // (2) a run-time key read inside a generic helper, and inside one taking `unknown`: nested names too.
      'export interface A { aTop: number; }',
      'export function field<T>(o: T, k: string): unknown { return (o as Record<string, unknown>)[k]; }',
      'export function readA(a: A, key: string): unknown { return field(a, key); }',
      'export interface B { bTop: { bNested: number }; }',
      'export function peek(o: unknown, k: string): unknown { return (o as Record<string, unknown>)[k]; }',
      'export function readB(b: B, key: string): unknown { return JSON.stringify(peek(b, key)); }',
    ].join('\n'),
    'src/core/run.ts': [
      "import { loadG, loadH, castK, saveF, saveE, viaMap, viaN, readA, readB, viaStarted, viaOuter } from './model';",
      'export const answers = (): unknown[] => [',
      "  loadG('{\"gField\":3,\"gNested\":{\"gDeep\":4}}'), loadH('{\"hField\":5}'), castK(6),",
      '  saveF({ fTop: { fNested: 2 } }), saveE({ eTop: { eNested: 1 } }), viaMap({ mField: 7 }), viaN({ nField: 8 }),',
      "  readA({ aTop: 4 }, ['a', 'Top'].join('')), readB({ bTop: { bNested: 9 } }, ['b', 'Top'].join('')),",
      "  viaStarted({ pDate: '2027', pOther: 3 }), viaOuter({ qField: 1 }),",
      '];',
    ].join('\n'),
    'src/gas/index.ts': "import { answers } from '../core/run';\nexport const ENTRY = (): number => answers().length;\n",
  };
  let root: string;
  let names: string[];

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'smart-goals-mangle-loose-'));
    for (const [file, text] of Object.entries(PROGRAM)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    // The texts the readable bundle holds: the keys `run.ts` builds at run time in pieces, and the JSON's text.
    names = mangleableNames(root, new Set(['a', 'b', 'Top', '{"gField":3,"gNested":{"gDeep":4}}', '{"hField":5}']), new Set());
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const answers = async (mangle: boolean): Promise<unknown> => {
    const result = await esbuild.build({
      stdin: { contents: "import { answers } from './run';\n(globalThis as { out?: unknown }).out = answers();", resolveDir: path.join(root, 'src/core'), loader: 'ts' },
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      logLevel: 'silent',
      ...(mangle ? { mangleProps: manglePattern(names), mangleQuoted: false } : {}),
    });
    const context: { out?: unknown } = {};
    vm.runInNewContext(result.outputFiles[0].text, context);
    return JSON.stringify(context.out);
  };

  it('keeps the names of an internal type a JSON.parse result is cast to or declared as, deeply (finding 3)', () => {
    expect(names.filter((name) => ['gField', 'gNested', 'gDeep', 'hField'].includes(name))).toEqual([]);
    expect(names).toContain('kField'); // a literal cast to its own type: no parsed text meets it
  });

  it('keeps the names, deeply, of a value serialized through a generic helper or an unknown variable (finding 1)', () => {
    expect(names.filter((name) => ['fTop', 'fNested', 'eTop', 'eNested'].includes(name))).toEqual([]);
    expect(names).not.toContain('qField'); // through a generic that hands it on to ser
    // A .d.ts generic, a non-generic function, a generic helper reading only its constraint's names.
    expect(names).toEqual(expect.arrayContaining(['mField', 'nField', 'pDate', 'pOther']));
  });

  it('keeps the names of a value read by a run-time key inside a generic or unknown-taking helper, deeply (finding 2)', () => {
    expect(names.filter((name) => ['aTop', 'bTop', 'bNested'].includes(name))).toEqual([]);
  });

  it('answers alike built with and without the renaming', async () => {
    const plain = await answers(false);
    expect(plain).toBe(JSON.stringify([7, 5, 6, '{"fTop":{"fNested":2}}', '{"eTop":{"eNested":1}}', 7, 8, 4, '{"bNested":9}', 3, '{"qField":1}']));
    expect(await answers(true)).toBe(plain);
  });
});
