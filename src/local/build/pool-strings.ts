/**
 * Writes each string literal the minified server bundle repeats once (trim44). The minifier shortens names but never
 * a string: esbuild's minified output held "percent" as 143 literals, "total" and "level" 130 each, a KPI id like
 * "deals_closed" 55 (at 280e0402; 126, 125 and 53 of the last three written whole: its line limit splits the others
 * over two lines with a backslash-newline) — about 45 KB of the bundle were second and later copies of a literal. This pass declares each
 * such string once, at the top of the bundle's IIFE (`var aj="percent",aq="total",…;` — the first two-letter names no
 * identifier of the bundle uses, so not `aa`), and writes the name at every place the literal stood, wherever that is
 * shorter.
 *
 * Why nothing can change: a string is a primitive — `x === aj` and `x === "percent"` are the same test, `o[aj]` the
 * same property as `o["percent"]`, `new RegExp(aj)` the same pattern — and the declaration runs before any other
 * statement of the IIFE. The pass leaves alone what is not an expression: class-member and destructuring keys (a quoted
 * key is a property name; an object literal's, below), directives ("use
 * strict"), tagged templates, module specifiers and `import()`'s argument. A name is taken only if no identifier anywhere
 * in the bundle is spelt so, so it can neither shadow nor be shadowed (or, trim54, one the bundle binds only inside some
 * functions, written only outside them: `shortenNames`); `var`, not `let`, so closures read it without a
 * temporal-dead-zone check. An object literal's quoted key is pooled too, written as a computed key `{[aj]:…}` (trim47):
 * each catalog key the code names ("check.note.rescaled") stood twice, as the English catalog's key and at the call
 * that writes the message — about 480 keys, about 11 KB —, and `{"k":v}`, `{[aj]:v}` make the same own property, in the same
 * order, for every key but "__proto__" (left as written, as are destructuring patterns' quoted keys). The catalogs are built once
 * at load, so the computed keys cost nothing a call sees. It refuses a bundle TypeScript's parser has to recover from,
 * and proves its output before returning it (pool-check.ts, mend44f). Runs on the minified bundle only: the readable build (`npm run build`, what the
 * tests load) keeps its literals where the source has them.
 *
 * Member names and plain keys (trim49): a minifier never shortens a property name either — `.length` stood 999 times,
 * `.aggregation` 131. A member read with a dot (`o.length`, `o?.length`), an object literal's plain key (`{aggregation:…}`)
 * and a destructuring pattern's (`let{aggregation:a}=o`) count as uses of that text too, written `o[aj]`, `o?.[aj]`,
 * `{[aj]:…}`, `let{[aj]:a}=o` where that is shorter: `o.x` is `o["x"]` by definition, a call through either gets `o` as
 * `this`, and a computed key makes the same property, so no name changes for anything that reads the objects.
 *
 * Method names (trim59): a class's or object literal's method, getter or setter name (`innerPattern(){…}`, chrono-node's
 * parsers declare it 23 times) counts too, written `[aj](){…}`: the same method under the same key and `name`; never
 * `constructor`, which only written plainly makes a class's constructor.
 *
 * Static functions of built-ins (trim60): `Math.max(…)` was `b.max(…)` — Math's pooled name, then the member's. A static
 * function of pooled-globals.ts's POOLED_STATIC_FUNCTIONS read 4 times or more (called, passed to a call or a template's
 * tag) is declared once as `c8=Math.max` and each read written `c8(…)`: the same function object, and one that never
 * reads its `this`. Regex literals (trim60): the same literal written in several places is declared once (`xy=/\s+/g`)
 * where one object made at load serves every use alike (pool-check.ts, `sharedRegexUse`: tested or executed without `g`
 * or `y`, passed to replace/match/split/search, read for `.source`) — its text as esbuild wrote it, the same pattern.
 *
 * Line numbers: the declaration's lines and a break after it (67 on 2026-12-07, after trim60; the count grows with the pool) come after the IIFE's opening `{`, and a literal
 * esbuild had split over two lines takes its line break with it when it becomes a name (61 today), so a stack trace's line in dist/Code.js is the pooled
 * file's, not esbuild's — read it against the Code.js that was pushed.
 */
import * as ts from 'typescript';
import {
  bindingScopes,
  checkPooledFile,
  constantText,
  declares,
  iifeBody,
  isRead,
  locallyBoundNames,
  parseScript,
  sharedRegexUse,
} from './pool-check';
import { POOLED_GLOBALS, staticFunctionRead } from './pooled-globals';

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const NEXT = `${FIRST}0123456789`;
/** Short words a name must not be: keywords, and the contextual ones to stay clear of. */
const KEYWORDS = new Set(['do', 'if', 'in', 'as', 'of', 'for', 'let', 'new', 'try', 'var', 'get', 'set']);
const IDENTIFIER_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

/** Names of two letters, then three, that no identifier of the bundle uses. */
function* freeNames(used: ReadonlySet<string>): Generator<string> {
  for (const length of [2, 3]) {
    const make = (prefix: string): string[] => (prefix.length === length ? [prefix] : [...NEXT].flatMap((c) => make(prefix + c)));
    for (const first of FIRST) {
      for (const name of make(first)) if (!used.has(name) && !KEYWORDS.has(name)) yield name;
    }
  }
  throw new Error('pool-strings: no free name left');
}

/** Is this literal an expression (a value the code reads), rather than a property name, a directive or a template's tag? */
function isValue(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = node.parent;
  if (ts.isExpressionStatement(parent)) return false;
  if (ts.isTaggedTemplateExpression(parent)) return false;
  // A quoted key: `{"a-b":1}`, a class member, and a destructuring pattern's `const {"a-b":x}=o` (mend44f: `{aa:x}`
  // would read the property "aa"). `name` is also an import/export specifier's `"a-b" as x`.
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isExportSpecifier(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  if ((ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && parent.propertyName === node) {
    return false;
  }
  // Module specifiers and import attributes must be written as literals; `import("x")` is left as written too.
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return false;
  return !(
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    ts.isImportAttribute(parent) ||
    ts.isLiteralTypeNode(parent)
  );
}

interface Occurrence {
  start: number;
  end: number;
  /**
   * How the text stands: a value (`"percent"`), written as the name; an object literal's key, quoted
   * (`{"check.note.rescaled":…}`, trim47) or not (`{aggregation:…}`, trim49), written `[name]`; a member's name
   * (`o.length`, trim49), written `[name]` in place of `.length`, or `?.[name]` in place of `?.length`.
   */
  form: 'value' | 'key' | 'member' | 'optional';
  /** The node written: whether a binding of a name may be seen there is read off its ancestors (trim54). */
  node: ts.Node;
}

/** Is this object literal written to (`({"a":x}=o)`, `for({"a":x}of l)`), a destructuring pattern rather than a value? */
function isAssignmentTarget(literal: ts.ObjectLiteralExpression): boolean {
  let node: ts.Node = literal;
  for (;;) {
    const parent = node.parent;
    const nested =
      ts.isParenthesizedExpression(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isSpreadElement(parent) ||
      (ts.isPropertyAssignment(parent) && parent.initializer === node) ||
      (ts.isObjectLiteralExpression(parent) && ts.isPropertyAssignment(node));
    if (!nested) {
      if (ts.isBinaryExpression(parent)) return parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      return (ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && parent.initializer === node;
    }
    node = parent;
  }
}

/**
 * Is this literal the quoted key of an object literal that is a value, a key `{[name]:…}` says alike (trim47)? A catalog's
 * key ("check.note.rescaled") stands once as the key and again wherever the code names the message. Not `__proto__`,
 * whose quoted key sets the prototype where a computed one makes a property; not a destructuring pattern's key, left as
 * the source pattern wrote it.
 */
function isObjectKey(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isStringLiteral(node) || ts.isIdentifier(node)) &&
    node.text !== '__proto__' &&
    ts.isPropertyAssignment(parent) &&
    parent.name === node &&
    ts.isObjectLiteralExpression(parent.parent) &&
    !isAssignmentTarget(parent.parent)
  );
}

/**
 * Is this identifier the property a destructuring pattern reads, written plainly (`let{aggregation:a}=o`)? `{[aj]:a}`
 * reads the same property (trim49). A quoted one is left as written (mend44f), and so is `__proto__`.
 */
function isPatternKey(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    node.text !== '__proto__' && ts.isBindingElement(parent) && parent.propertyName === node && ts.isObjectBindingPattern(parent.parent)
  );
}

/**
 * Is this the name of a method, getter or setter — a class's or an object literal's (`innerPattern(){…}`,
 * `get size(){…}`)? `[aj](){…}` defines the same method (trim59): a computed key is evaluated once, where the class or
 * object is defined, to the same property key, and the function's `name` is that key. Not `constructor`, which only
 * written plainly makes a class's constructor, nor a static `prototype` (an early error plainly, a TypeError computed),
 * nor `__proto__`.
 */
function isMemberKey(node: ts.Identifier | ts.StringLiteral): boolean {
  const parent = node.parent;
  if (!(ts.isMethodDeclaration(parent) || ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent))) return false;
  if (parent.name !== node || node.text === 'constructor' || node.text === '__proto__') return false;
  return !(node.text === 'prototype' && ts.getModifiers(parent)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));
}

/** A text the pool writes once: its name, and the one-letter name it is read through where that one is free (trim54). */
interface Entry {
  name: string;
  raw: string;
  list: readonly Occurrence[];
  shortName: string | undefined;
  /** The uses written as `shortName`; the others are written as `name`, declared too (`aq=T`) if any is left. */
  shortUses: Set<Occurrence>;
}

/**
 * Gives the most-read pooled texts a name of one letter (trim54), or of two for one of three. Every one-letter name is
 * taken by the bundle — esbuild names each function's parameters and locals `e`, `t`, `n`… —, but most are bound only
 * inside some functions: `T` only in the 86 functions with enough locals to reach it. The pool may give such a name
 * (`locallyBoundNames`): a use outside every function that binds it is written with it, a use inside one with the pooled
 * name of two or three letters (then declared too, as the letter's value: `var T=null,…,aq=T`). Greedy, each time the
 * pair of a pooled text and a free name that saves the most bytes: `null`'s 1,969 uses, `.length`'s… one byte each.
 */
function shortenNames(entries: readonly Entry[], file: ts.SourceFile, globalName: string): void {
  const letters = [...locallyBoundNames(file, globalName)].filter((name) => name.length <= 2 && !KEYWORDS.has(name));
  // Each scope with the candidate names it may bind, then each use with the names bound around it (one walk up a use).
  const scopes = bindingScopes(file);
  const boundIn = new Map<ts.Node, string[]>();
  for (const letter of letters) {
    for (const scope of scopes.get(letter) ?? []) boundIn.set(scope, [...(boundIn.get(scope) ?? []), letter]);
  }
  const boundAround = new Map<Occurrence, Set<string>>();
  const around = (o: Occurrence): Set<string> => {
    let names = boundAround.get(o);
    if (names === undefined) {
      names = new Set<string>();
      for (let at: ts.Node | undefined = o.node; at !== undefined; at = at.parent)
        for (const name of boundIn.get(at) ?? []) names.add(name);
      boundAround.set(o, names);
    }
    return names;
  };
  // A use costs the same spaces whatever its name's length (`return T`, `return aq`): each free use saves the difference.
  const gain = (entry: Entry, shadowedUses: ReadonlyMap<string, number>, letter: string): number => {
    if (letter.length >= entry.name.length) return 0;
    const free = entry.list.length - (shadowedUses.get(letter) ?? 0);
    // All uses free: `T=null` takes the place of `aq=null`; else both are declared, `T=null,aq=T`.
    const declaration = free === entry.list.length ? letter.length - entry.name.length : 2 * letter.length + 2;
    return free * (entry.name.length - letter.length) - declaration;
  };
  // Every pair that gains, most bytes first; each taken in turn unless its text or its name went to a pair before it.
  const pairs: { entry: number; letter: number; bytes: number }[] = [];
  for (const [e, entry] of entries.entries()) {
    if (entry.name.length === 1) continue;
    const shadowedUses = new Map<string, number>();
    for (const o of entry.list) for (const name of around(o)) shadowedUses.set(name, (shadowedUses.get(name) ?? 0) + 1);
    for (const [l, letter] of letters.entries()) {
      const bytes = gain(entry, shadowedUses, letter);
      if (bytes > 0) pairs.push({ entry: e, letter: l, bytes });
    }
  }
  pairs.sort((a, b) => b.bytes - a.bytes || a.entry - b.entry || a.letter - b.letter);
  const takenEntries = new Set<number>();
  const takenLetters = new Set<number>();
  for (const best of pairs) {
    if (takenEntries.has(best.entry) || takenLetters.has(best.letter)) continue;
    takenEntries.add(best.entry);
    takenLetters.add(best.letter);
    const entry = entries[best.entry];
    const letter = letters[best.letter];
    entry.shortName = letter;
    entry.shortUses = new Set(entry.list.filter((o) => !around(o).has(letter)));
  }
}

/**
 * How often a built-in's static function must be read to be pooled as one name (trim60): below, its reads stay `Math.`
 * and the member's name, each pooled on its own — `Math.ceil` read 10 times is `b.ceil(` either way but the declaration.
 */
const MIN_STATIC_READS = 4;

/** How often the bundle reads each of POOLED_STATIC_FUNCTIONS (`staticFunctionRead`). */
function countStaticReads(file: ts.SourceFile): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    const text = staticFunctionRead(node);
    if (text !== undefined) counts.set(text, (counts.get(text) ?? 0) + 1);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return counts;
}

export interface PoolResult {
  code: string;
  /** The strings written once, in the order of their names. */
  pooled: string[];
  /** The built-ins read through one name each (perf48), in the order of their names. */
  globals: string[];
  /** The constants `null` and `void 0` read through one name each (trim53), in the order of their names. */
  constants: string[];
  /** The regex literals written once (trim60), in the order of their names. */
  regexes: string[];
}

/**
 * The bundle with each repeated string literal written once as a variable, where that is shorter: n copies of a literal
 * of L characters cost n·L; pooled, L + 4 once (`aj=…,`) and 2 a use (plus a space where the name would touch a
 * neighbouring word: `return"x"` becomes `return aj`). Lines of the declaration are kept under `lineLimit`.
 */
export function poolStrings(code: string, globalName: string, lineLimit: number): PoolResult {
  const file = parseScript(code, 'bundle');
  const body = iifeBody(file, globalName);
  const first = body.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) {
    throw new Error('pool-strings: the IIFE opens with a directive, which a declaration before it would cancel');
  }
  const used = new Set<string>();
  const byValue = new Map<string, Occurrence[]>();
  /** Each built-in the bundle reads by name, where it reads it (perf48, pooled-globals.ts). */
  const byGlobal = new Map<string, Occurrence[]>();
  /** Built-ins' names the bundle also binds somewhere (a local `Map`): left as written, each read may be that binding. */
  const declared = new Set<string>();
  /** Where the bundle writes `null` and `void 0` (trim53). */
  const byConstant = new Map<string, Occurrence[]>();
  /** Where the bundle writes each regex literal that one object made at load may stand for (trim60, `sharedRegexUse`). */
  const byRegex = new Map<string, Occurrence[]>();
  const inBody = (node: ts.Node): boolean => node.pos >= body.pos && node.end <= body.end;
  const staticReads = countStaticReads(file);
  const visit = (node: ts.Node): void => {
    // A built-in's static function read often enough (trim60): `Math.max` as one name, its `Math` and `.max` inside.
    const staticRead = inBody(node) ? staticFunctionRead(node) : undefined;
    if (staticRead !== undefined && (staticReads.get(staticRead) ?? 0) >= MIN_STATIC_READS) {
      const list = byGlobal.get(staticRead) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: 'value', node });
      byGlobal.set(staticRead, list);
      for (const part of staticRead.split('.')) used.add(part);
      return;
    }
    const constant = inBody(node) ? constantText(node) : undefined;
    if (constant !== undefined) {
      const list = byConstant.get(constant) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: 'value', node });
      byConstant.set(constant, list);
    }
    if (ts.isRegularExpressionLiteral(node) && inBody(node) && sharedRegexUse(node)) {
      const list = byRegex.get(node.text) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: 'value', node });
      byRegex.set(node.text, list);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name) && inBody(node)) {
      // A member's name (trim49): `o.length` and `o["length"]` read the same property, so `o[aj]` does too. Only where
      // the dot stands right before the name (`o.length`, `o?.length`), not across a line break esbuild put there.
      const dot = code.slice(node.expression.end, node.name.getStart(file));
      if (dot === '.' || dot === '?.') {
        const list = byValue.get(node.name.text) ?? [];
        list.push({ start: node.expression.end, end: node.name.end, form: dot === '.' ? 'member' : 'optional', node });
        byValue.set(node.name.text, list);
      }
    }
    if ((ts.isIdentifier(node) || ts.isStringLiteral(node)) && inBody(node) && isMemberKey(node)) {
      // A method's, getter's or setter's name (`innerPattern(){…}`): `[aj](){…}` defines the same method (trim59).
      const list = byValue.get(node.text) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: 'key', node });
      byValue.set(node.text, list);
    }
    if (ts.isIdentifier(node) && inBody(node) && (isObjectKey(node) || isPatternKey(node))) {
      // An object literal's key written plainly (`{aggregation:…}`): `{[aj]:…}` makes the same property; a destructuring
      // pattern's (`let{aggregation:a}=o`): `let{[aj]:a}=o` reads the same one (trim49).
      const list = byValue.get(node.text) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: 'key', node });
      byValue.set(node.text, list);
    }
    if (ts.isIdentifier(node)) {
      used.add(node.text);
      if (declares(node)) declared.add(node.text);
      // Read as a variable only: not a member's or a key's name (`o.Map`, `{Map:…}`), which names no global.
      if (POOLED_GLOBALS.has(node.text) && inBody(node) && isRead(node)) {
        const list = byGlobal.get(node.text) ?? [];
        list.push({ start: node.getStart(file), end: node.end, form: 'value', node });
        byGlobal.set(node.text, list);
      }
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      inBody(node) &&
      (isValue(node) || isObjectKey(node))
    ) {
      const list = byValue.get(node.text) ?? [];
      list.push({ start: node.getStart(file), end: node.end, form: isValue(node) ? 'value' : 'key', node });
      byValue.set(node.text, list);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const touches = (index: number): boolean => index >= 0 && index < code.length && IDENTIFIER_CHAR.test(code[index]);
  /** What a use costs once the literal is a name: the name, and a space on a side where it would touch a word. */
  const useCost = (o: Occurrence, nameLength: number): number => use(o, 'x'.repeat(nameLength)).length;
  const use = (o: Occurrence, name: string): string => {
    if (o.form === 'key' || o.form === 'member') return `[${name}]`;
    if (o.form === 'optional') return `?.[${name}]`;
    return `${touches(o.start - 1) ? ' ' : ''}${name}${touches(o.end) ? ' ' : ''}`;
  };
  /** The literal to declare: the shortest the bundle wrote, else (a name only ever written plainly) the name quoted. */
  const shortestRaw = (value: string, list: readonly Occurrence[]): string =>
    list
      .filter((o) => o.form === 'value' || (o.form === 'key' && /["']/.test(code[o.start])))
      .map((o) => code.slice(o.start, o.end))
      .reduce((best, raw) => (raw.length < best.length ? raw : best), JSON.stringify(value));

  // Most-used first: they get the names, all of two letters while the free ones last. A built-in competes with the
  // strings for them: its uses are written as the name as a string's are (`Number(x)` → `xy(x)`).
  const candidates = [
    ...[...byValue].map(([value, list]) => ({ value, list, kind: 'string' as const })),
    ...[...byGlobal].filter(([name]) => !declared.has(name.split('.')[0])).map(([value, list]) => ({ value, list, kind: 'global' as const })),
    // A constant is declared as written, like a built-in's name (`aq=null`, `bq=void 0`).
    ...[...byConstant].map(([value, list]) => ({ value, list, kind: 'constant' as const })),
    // A regex literal too, declared as written (`xy=/\s+/g`).
    ...[...byRegex].map(([value, list]) => ({ value, list, kind: 'regex' as const })),
  ]
    .filter(({ list }) => list.length > 1)
    .sort((a, b) => b.list.length - a.list.length);
  const names = freeNames(used);
  const chosen: Entry[] = [];
  const pooled: string[] = [];
  const globals: string[] = [];
  const constants: string[] = [];
  const regexes: string[] = [];
  let pending: string | undefined;
  /** The texts written out, shorter so than through the name they were offered, in the order they were looked at. */
  const skipped: typeof candidates = [];
  /** Pools `value` as `name` if that is shorter than writing it out. */
  const tryName = ({ value, list, kind }: (typeof candidates)[number], name: string): boolean => {
    const raw = kind === 'string' ? shortestRaw(value, list) : value;
    const before = list.reduce((sum, o) => sum + (o.end - o.start), 0);
    const after = name.length + 1 + raw.length + 1 + list.reduce((sum, o) => sum + useCost(o, name.length), 0);
    if (after >= before) return false;
    ({ string: pooled, global: globals, constant: constants, regex: regexes })[kind].push(value);
    chosen.push({ name, raw, list, shortName: undefined, shortUses: new Set() });
    return true;
  };
  for (const candidate of candidates) {
    const name = pending ?? (names.next().value as string);
    pending = tryName(candidate, name) ? undefined : name;
    if (pending !== undefined) skipped.push(candidate);
  }
  if (chosen.length === 0) return { code, pooled, globals, constants, regexes };
  shortenNames(chosen, file, globalName);
  // A name whose every use went to a shorter one is free again: offered, most-used first, to the texts written out
  // (a second pass over the output would otherwise still find some to pool).
  const freed = chosen.filter((entry) => entry.shortUses.size === entry.list.length).map((entry) => entry.name);
  for (const candidate of skipped) {
    const name = freed[0];
    if (name === undefined) break;
    if (tryName(candidate, name)) freed.shift();
  }

  const declarations: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { name, raw, list, shortName, shortUses } of chosen) {
    if (shortName !== undefined) declarations.push(`${shortName}=${raw}`);
    // The longer name, where some use keeps it, declared as the letter's value: `aq=T` after `T=null` (shorter than `aq=null`).
    if (shortUses.size < list.length) declarations.push(`${name}=${shortName ?? raw}`);
    for (const o of list) edits.push({ start: o.start, end: o.end, text: use(o, shortUses.has(o) ? (shortName as string) : name) });
  }

  const lines: string[] = [];
  let line = 'var ';
  for (const [i, declaration] of declarations.entries()) {
    const piece = `${declaration}${i === declarations.length - 1 ? ';' : ','}`;
    if (line.length > 4 && line.length + piece.length > lineLimit) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  const insertAt = body.getStart(file) + 1;
  edits.push({ start: insertAt, end: insertAt, text: `\n${lines.join('\n')}\n` });

  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  const result = out + code.slice(at);
  checkPooledFile(file, result, globalName);
  return { code: result, pooled, globals, constants, regexes };
}
