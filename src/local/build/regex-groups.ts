/**
 * Writes `(…)` for `(?:…)` in each regular expression literal of the minified server bundle that only ever answers
 * `test` (trim56): 2 bytes a group, about 2,100 groups. The statement analyzer's regexes are its largest part of
 * Code.js (1,844 literals, 147 KB at 1e565187, `(?:` 3,368 times), and most of them are asked yes or no and nothing else.
 *
 * Why nothing can change: a capturing group matches exactly what the same group written `(?:…)` matches — capture only
 * records where — so the two patterns accept the same strings (ECMA-262, *Pattern Semantics*: Atom :: `(` GroupSpecifier
 * Disjunction `)` and `(?:` Disjunction `)` evaluate the Disjunction alike, the first also saving the captured range).
 * What a capture could change is read in only two ways: by a backreference in the pattern itself (`\1`, `\k<name>`;
 * a literal holding a backslash before a digit 1–9 or a `k` is left as written, as numbering would shift) and by what
 * the match returns or leaves behind (`exec`, `match`, `replace`, `split`, the legacy `RegExp.$1`…). `test` returns a
 * boolean and moves `lastIndex` (for a `g` or `y` literal) to the match's end, the same with either group, so a literal
 * is rewritten only where every use of it is the callee's object of a `.test(…)` call: the literal written there
 * (`/…/.test(s)`), or a binding declared once in the whole bundle, initialised with the literal, whose every other
 * mention is `name.test(…)` (never assigned, exported, passed, spread or read for its `source`). A bundle that could
 * reach a binding by another way (a direct `eval`, a `with` statement) or read the legacy `RegExp.$n` statics is refused.
 * The edit is checked: the output parses to the same tree, node for node, its names and literals reading the same but
 * the chosen regex literals, each one exactly the raw literal with its `(?:` openers written `(`.
 *
 * Runs on esbuild's minified output before pool-strings (which leaves regex literals alone); the readable build keeps
 * the source's patterns.
 */
import * as ts from 'typescript';
import { parseScript } from './pool-check';

/** Offsets of each `(?:` that opens a group (not escaped, not inside a character class) in a literal's text. */
export function nonCapturingOpeners(literal: string): number[] {
  const openers: number[] = [];
  let inClass = false;
  const end = literal.lastIndexOf('/');
  for (let i = 1; i < end; i++) {
    const char = literal[i];
    if (char === '\\') {
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(' && literal.startsWith('(?:', i)) {
      openers.push(i);
    }
  }
  return openers;
}

/** The literal with its non-capturing groups capturing, or undefined if a backreference could see the numbering. */
export function withCapturingGroups(literal: string): string | undefined {
  if (/\\[1-9k]/.test(literal)) return undefined;
  const openers = nonCapturingOpeners(literal);
  if (openers.length === 0) return undefined;
  let text = literal;
  for (const at of openers.reverse()) text = text.slice(0, at + 1) + text.slice(at + 3);
  return text;
}

/** `<node>.test(…)`: the node is the object of a member `test` that is called. */
function isTestedOnly(node: ts.Node): boolean {
  const member = node.parent;
  return (
    ts.isPropertyAccessExpression(member) &&
    member.expression === node &&
    member.name.text === 'test' &&
    ts.isCallExpression(member.parent) &&
    member.parent.expression === member
  );
}

function isBindingName(identifier: ts.Identifier): boolean {
  const parent: ts.Node & { name?: ts.Node } = identifier.parent;
  return parent.name === identifier && (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionLike(parent) || ts.isClassLike(parent));
}

/** The regex literals of the file that only answer `test`. */
function testedOnlyLiterals(file: ts.SourceFile): ts.RegularExpressionLiteral[] {
  const literals: ts.RegularExpressionLiteral[] = [];
  const mentions = new Map<string, ts.Identifier[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) literals.push(node);
    else if (ts.isWithStatement(node)) throw new Error('regex-groups: the bundle has a `with` statement');
    else if (ts.isIdentifier(node)) {
      if (node.text === 'eval') throw new Error('regex-groups: the bundle names `eval`');
      const list = mentions.get(node.text) ?? [];
      list.push(node);
      mentions.set(node.text, list);
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      // The legacy statics (`RegExp.$1`, `RegExp.lastParen`…) would show a capture: refuse a bundle naming one on any
      // object, and `input`/`$_` on `RegExp` itself (a match's own `input` is a common read).
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : '';
      const onRegExp = ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
      if (/^(?:\$[1-9&+`']|lastMatch|lastParen|leftContext|rightContext)$/.test(name) || (onRegExp && /^(?:input|\$_)$/.test(name))) {
        throw new Error(`regex-groups: the bundle reads a legacy RegExp static (${name})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literals.filter((literal) => {
    if (isTestedOnly(literal)) return true;
    const declaration = literal.parent;
    if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== literal || !ts.isIdentifier(declaration.name)) return false;
    // Every identifier spelt like the binding, wherever (a key, a member's name, a shorthand, another binding), is a
    // mention: all but the declaration must be `name.test(…)`.
    const others = (mentions.get(declaration.name.text) ?? []).filter((identifier) => identifier !== declaration.name);
    return others.length > 0 && others.every((identifier) => !isBindingName(identifier) && isTestedOnly(identifier));
  });
}

/** The nodes of a tree in order (`forEachChild`: operators and modifiers included, not punctuation). */
function nodes(file: ts.SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Throws unless `after` is `before` with only these literals' `(?:` written `(`. */
function checkRewritten(before: ts.SourceFile, after: string, rewritten: ReadonlyMap<number, string>): void {
  const afterFile = parseScript(after, 'bundle with capturing groups');
  const a = nodes(before);
  const b = nodes(afterFile);
  if (a.length !== b.length) throw new Error('regex-groups: the rewritten bundle has another shape');
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i].kind !== b[i].kind) throw new Error(`regex-groups: node ${i} changed kind`);
    // Names and literals must read the same, but the chosen regex literals, each exactly as rewritten.
    const kind = a[i].kind;
    const isLiteral = kind >= ts.SyntaxKind.FirstLiteralToken && kind <= ts.SyntaxKind.LastTemplateToken; // numbers to template tails
    if (!ts.isIdentifier(a[i]) && !isLiteral) continue;
    const was = a[i].getText(before);
    const now = b[i].getText(afterFile);
    if (was === now) continue;
    const expected = rewritten.get(a[i].getStart(before));
    if (!ts.isRegularExpressionLiteral(a[i]) || expected === undefined || now !== expected || withCapturingGroups(was) !== now) {
      throw new Error(`regex-groups: node ${i} changed unexpectedly (${was.slice(0, 40)})`);
    }
    changed++;
  }
  if (changed !== rewritten.size) throw new Error('regex-groups: not every chosen literal was rewritten');
}

/** The minified bundle with the groups of its test-only regex literals capturing (see the file's comment). */
export function captureTestedGroups(code: string): string {
  const file = parseScript(code, 'bundle');
  const rewritten = new Map<number, string>();
  const edits: { start: number; end: number; text: string }[] = [];
  for (const literal of testedOnlyLiterals(file)) {
    const text = withCapturingGroups(literal.text);
    if (text === undefined) continue;
    rewritten.set(literal.getStart(file), text);
    edits.push({ start: literal.getStart(file), end: literal.getEnd(), text });
  }
  const pieces: string[] = [];
  let from = 0;
  for (const { start, end, text } of edits.sort((x, y) => x.start - y.start)) {
    pieces.push(code.slice(from, start), text);
    from = end;
  }
  pieces.push(code.slice(from));
  const out = pieces.join('');
  checkRewritten(file, out, rewritten);
  return out;
}
