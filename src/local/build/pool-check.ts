/**
 * The checks pool-strings.ts (trim44) runs on its own output before the build writes it (mend44f). The pass edits
 * esbuild's text by positions TypeScript's parser gave it, so it proves its result rather than trusting itself:
 * both texts must parse without a single error, and the pooled tree must be the raw tree with each pooled name read
 * back as its string — node for node — and each such name standing where an expression is read, never as a key, a
 * member's name, a shorthand property, a binding, a label or a directive; a quoted object-literal key may be the name
 * as a computed key, `[name]` (trim47), and so may a plain one (`{aggregation:…}`), and a member's name may be read
 * through it (`o.length` as `o[name]`, trim49). A pooled name may also stand for one of the ECMAScript built-ins the bundle
 * reads (`var xy=Math`, perf48): then the raw tree has that built-in's own name read at the very place, and the raw bundle
 * declares no binding of that name anywhere, so every use read the global. A pooled name may also be one the bundle binds
 * only inside its functions (trim54): then it is read only where none of those bindings may be seen. It may stand for a
 * built-in's static function (`xy=Math.max`, trim60) where the raw tree called, passed or tagged with that very function,
 * or for a regex literal (`xy=/\s+/g`, trim60) where the raw tree had that very literal in a use no shared object changes
 * (`sharedRegexUse`). A mismatch fails
 * `npm run build:prod`.
 */
import * as ts from 'typescript';
import { POOLED_GLOBALS, POOLED_STATIC_FUNCTIONS, staticFunctionRead } from './pooled-globals';

/** TypeScript's parse errors of a file: internal (not in its typings) but on every SourceFile since TypeScript 1.x. */
type ParsedFile = ts.SourceFile & { readonly parseDiagnostics?: readonly ts.DiagnosticWithLocation[] };

function where(file: ts.SourceFile, position: number): string {
  const { line, character } = file.getLineAndCharacterOfPosition(position);
  return `${line + 1}:${character + 1}`;
}

/**
 * The script parsed, or an error if the parser had to recover: a text it misread would be edited at the wrong places.
 * `what` names the text in the message (the bundle before or after pooling).
 */
export function parseScript(code: string, what: string): ts.SourceFile {
  const file: ParsedFile = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const diagnostics = file.parseDiagnostics;
  // Refuse rather than skip the check if a TypeScript upgrade renames the field.
  if (diagnostics === undefined) throw new Error("pool-strings: this TypeScript no longer exposes a file's parse errors");
  const first = diagnostics[0];
  if (first !== undefined) {
    throw new Error(
      `pool-strings: the ${what} does not parse (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}; ` +
        `${where(file, first.start)}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')})`,
    );
  }
  return file;
}

/** The arrow function's body the bundle's one global is the result of: `var <globalName>=(()=>{…})();`. */
export function iifeBody(file: ts.SourceFile, globalName: string): ts.Block {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== globalName) continue;
      const call = declaration.initializer;
      const callee = call && ts.isCallExpression(call) ? call.expression : undefined;
      const arrow = callee && ts.isParenthesizedExpression(callee) ? callee.expression : undefined;
      if (arrow && ts.isArrowFunction(arrow) && ts.isBlock(arrow.body)) return arrow.body;
    }
  }
  throw new Error(`pool-strings: the bundle has no \`var ${globalName}=(()=>{…})()\``);
}

/**
 * `null` or `void 0` (esbuild's `undefined`), which a name can stand for (trim53): `null` stood 1,969 times in the bundle,
 * `void 0` 258. A `var` whose value is one of these primitives, assigned before any other statement of the IIFE, is the
 * same value at every read of the pool's binding, `x===aj` being `x===null`: nothing else assigns that binding, since its
 * name is either one no identifier of the bundle spells or one the bundle binds only inside its functions, every use of
 * which a binding of the bundle's own certainly catches (`locallyBoundNames`, trim54); and a pooled use stands only where
 * no binding of the bundle of that name may be seen (`bindingScopes`), so it reads the pool's.
 */
export function constantText(node: ts.Node): 'null' | 'void 0' | undefined {
  if (node.kind === ts.SyntaxKind.NullKeyword) return 'null';
  if (ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression) && node.expression.text === '0') return 'void 0';
  return undefined;
}

/** The methods whose call on a regex without `g` or `y` neither reads nor writes its `lastIndex` (ECMA-262 RegExpBuiltinExec). */
const STATELESS_RECEIVER_CALLS = new Set(['test', 'exec']);
/**
 * The string methods a regex is passed to that, for a `g` one, set its `lastIndex` to 0 before they read it and leave it
 * 0 (ECMA-262 RegExp.prototype[@@replace], [@@match]: every match collected before any replacer runs), copy it
 * ([@@split] builds its own splitter) or restore it ([@@search]); without `g`, none reads or writes it.
 */
const RESETTING_ARGUMENT_CALLS = new Set(['replace', 'replaceAll', 'match', 'split', 'search']);

/**
 * Is this regex literal used where one object made once serves every use alike (trim60)? Each evaluation of a literal
 * makes a new object, so a literal written in several places may be written once only where no use can tell: called
 * at once as `/…/.test(s)` or `/…/.exec(s)` without `g` or `y` (which alone make `lastIndex` carry from one call to the
 * next), passed at once as the pattern of `s.replace`, `replaceAll`, `match`, `split` or `search` (any flag but `y`), or
 * read for its `.source`. Never stored, compared, assigned to or given a property, so its identity is never seen.
 */
export function sharedRegexUse(literal: ts.RegularExpressionLiteral): boolean {
  const flags = literal.text.slice(literal.text.lastIndexOf('/') + 1);
  if (flags.includes('y')) return false;
  const parent = literal.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === literal && parent.questionDotToken === undefined) {
    if (parent.name.text === 'source') return !isWriteTarget(parent);
    const call = parent.parent;
    return !flags.includes('g') && STATELESS_RECEIVER_CALLS.has(parent.name.text) && ts.isCallExpression(call) && call.expression === parent;
  }
  return (
    ts.isCallExpression(parent) &&
    parent.arguments[0] === literal &&
    ts.isPropertyAccessExpression(parent.expression) &&
    parent.expression.questionDotToken === undefined &&
    RESETTING_ARGUMENT_CALLS.has(parent.expression.name.text)
  );
}

/** Is this member access written to (`o.x=…`, `o.x+=…`, `o.x++`, `delete o.x`)? */
function isWriteTarget(node: ts.Expression): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return parent.left === node && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
  }
  return ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent) || ts.isDeleteExpression(parent);
}

const isStringValue = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/**
 * Is this identifier read as a variable? Not if it names something: a key or class member (`{aa:1}`), a member
 * (`o.aa`), a shorthand property (`{aa}`), a binding or a specifier (`name`/`propertyName` of their node), a label;
 * and not alone as a statement, where the raw bundle had a directive ("use strict" pooled would stop being one).
 */
export function isRead(identifier: ts.Identifier): boolean {
  const parent: ts.Node & { name?: ts.Node; propertyName?: ts.Node; label?: ts.Node } = identifier.parent;
  return !(
    parent.name === identifier ||
    parent.propertyName === identifier ||
    parent.label === identifier ||
    ts.isExpressionStatement(parent)
  );
}

/** Does this identifier name a binding (a variable, parameter, function, class, import or destructured name)? */
export function declares(identifier: ts.Identifier): boolean {
  const parent: ts.Node & { name?: ts.Node } = identifier.parent;
  return (
    parent.name === identifier &&
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isFunctionExpression(parent) ||
      ts.isClassDeclaration(parent) ||
      ts.isClassExpression(parent) ||
      ts.isBindingElement(parent) ||
      ts.isImportClause(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isNamespaceImport(parent))
  );
}

/** A node whose bindings are its own: a function of any form, a class static block, the script. */
const isFunctionScope = (node: ts.Node): boolean =>
  ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node) || ts.isSourceFile(node);

function enclosingFunction(node: ts.Node): ts.Node {
  let scope = node.parent;
  while (!isFunctionScope(scope)) scope = scope.parent;
  return scope;
}

/** The declaration or parameter a destructured name belongs to (`let{a:[b]}=o` → that `let`'s declaration). */
function declarationOf(node: ts.Node): ts.Node {
  let owner = node;
  while (ts.isBindingElement(owner) || ts.isObjectBindingPattern(owner) || ts.isArrayBindingPattern(owner)) owner = owner.parent;
  return owner;
}

/**
 * The node inside which a declaring identifier's binding may be seen, taken wide (trim54): the function the declaration
 * stands in, whatever the block — a `let` in a block, a `catch` clause's name, a function declared in a block (which a
 * sloppy script also binds in the function) — and a function or class expression's own name inside that expression only.
 * A read outside every such node of its name's bindings reads the pool's `var`, whatever the script's mode.
 */
function wideScope(identifier: ts.Identifier): ts.Node {
  const parent = identifier.parent;
  if ((ts.isFunctionExpression(parent) || ts.isClassExpression(parent)) && parent.name === identifier) return parent;
  const owner = declarationOf(parent);
  return ts.isParameter(owner) ? owner.parent : enclosingFunction(owner);
}

/**
 * The node inside which a declaring identifier's binding is certainly seen, taken narrow (trim54): a `var` its function's body,
 * a `let`, `const`, class or function declaration its block or loop (a `case` clause rather than the whole `switch`), a
 * parameter its function, a `catch` clause's name that clause, a function or class expression's name that expression.
 * Undefined for a function declared as the body of an `if` or a label (`if(c)function T(){}`, sloppy scripts only, ECMA-262
 * Annex B.3.3–B.3.4): its name is bound in the enclosing function only once the `if` has run, and not at all if it was
 * false, so it makes no use of that name certainly bound.
 */
function narrowScope(identifier: ts.Identifier): ts.Node | undefined {
  const parent = identifier.parent;
  if ((ts.isFunctionExpression(parent) || ts.isClassExpression(parent)) && parent.name === identifier) return parent;
  if (ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) {
    const statements = parent.parent;
    const list = ts.isBlock(statements) || ts.isSourceFile(statements) || ts.isCaseClause(statements) || ts.isDefaultClause(statements);
    return list ? statements : undefined;
  }
  const owner = declarationOf(parent);
  if (ts.isParameter(owner)) return owner.parent;
  if (ts.isVariableDeclaration(owner) && ts.isCatchClause(owner.parent)) return owner.parent;
  if (ts.isVariableDeclaration(owner) && ts.isVariableDeclarationList(owner.parent)) {
    const list = owner.parent;
    if ((list.flags & ts.NodeFlags.BlockScoped) === 0) {
      // The function's body, not its parameters: a default value (`function f(a=x){var x}`) does not see the body's `var`.
      const scope = enclosingFunction(list);
      const body = (scope as ts.Node & { body?: ts.Node }).body;
      return body !== undefined && ts.isBlock(body) ? body : scope;
    }
    return ts.isVariableStatement(list.parent) ? list.parent.parent : list.parent;
  }
  return owner;
}

/** Is this identifier a variable's name, declared or read (`{x}` reads x), rather than a key, a member's name or a label? */
export function namesVariable(identifier: ts.Identifier): boolean {
  const parent: ts.Node & { name?: ts.Node; propertyName?: ts.Node; label?: ts.Node } = identifier.parent;
  if (parent.propertyName === identifier || parent.label === identifier) return false;
  if (parent.name !== identifier) return true;
  return declares(identifier) || ts.isShorthandPropertyAssignment(parent);
}

/** Each name the script declares, with the nodes outside of which no binding of it is seen (`wideScope`). */
export function bindingScopes(file: ts.SourceFile, skip?: ts.Node): Map<string, Set<ts.Node>> {
  const scopes = new Map<string, Set<ts.Node>>();
  const visit = (node: ts.Node): void => {
    if (node === skip) return;
    if (ts.isIdentifier(node) && declares(node)) {
      const set = scopes.get(node.text) ?? new Set<ts.Node>();
      set.add(wideScope(node));
      scopes.set(node.text, set);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scopes;
}

/** Is this node inside one of `scopes` (the node itself included)? */
export function isWithin(node: ts.Node, scopes: ReadonlySet<ts.Node> | undefined): boolean {
  if (scopes === undefined) return false;
  for (let at: ts.Node | undefined = node; at !== undefined; at = at.parent) if (scopes.has(at)) return true;
  return false;
}

/**
 * The names the pool may also give, besides those the script never writes (trim54): a name each of whose uses as a
 * variable is certainly bound inside the IIFE's functions (`narrowScope`), never at its top level nor left to a global. A
 * pooled `var` of that name at the top of the IIFE then changes no read of the script's own, and a pooled use of it reads
 * the pool wherever no binding of the name may be seen (`bindingScopes`); elsewhere the pool writes another name.
 */
export function locallyBoundNames(file: ts.SourceFile, globalName: string): Set<string> {
  const body = iifeBody(file, globalName);
  const top = new Set<ts.Node>([file, body, body.parent]);
  const narrow = new Map<string, Set<ts.Node>>();
  const uses: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && namesVariable(node)) {
      uses.push(node);
      const scope = declares(node) ? narrowScope(node) : undefined;
      if (scope !== undefined) {
        const set = narrow.get(node.text) ?? new Set<ts.Node>();
        set.add(scope);
        narrow.set(node.text, set);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const names = new Set<string>();
  const refused = new Set<string>();
  for (const use of uses) {
    const scopes = narrow.get(use.text);
    let bound = false;
    for (let at: ts.Node | undefined = use; at !== undefined && !top.has(at); at = at.parent) {
      if (scopes?.has(at)) {
        bound = true;
        break;
      }
    }
    if (bound && !refused.has(use.text)) names.add(use.text);
    else {
      refused.add(use.text);
      names.delete(use.text);
    }
  }
  return names;
}

/** A node's children in order, each node array as its length then its items; the pool's declaration left out. */
function childrenOf(node: ts.Node, skip: ts.Node | undefined): (ts.Node | number)[] {
  const out: (ts.Node | number)[] = [];
  ts.forEachChild(
    node,
    (child) => {
      out.push(child);
    },
    (array) => {
      const items = array.filter((item) => item !== skip);
      out.push(items.length);
      for (const item of items) out.push(item);
    },
  );
  return out;
}

/** What makes two nodes of one kind differ besides their children: names, literal texts, operators, let/const/var. */
function ownFacts(node: ts.Node): string {
  const facts = node as ts.Node & { text?: string; rawText?: string; operator?: ts.SyntaxKind };
  const scope = ts.isVariableDeclarationList(node) ? node.flags & ts.NodeFlags.BlockScoped : 0;
  // A SourceFile's `text` is the whole file, which differs by the pooling itself.
  return JSON.stringify([node.kind, ts.isSourceFile(node) ? '' : facts.text, facts.rawText, facts.operator, scope]);
}

/** The name `eval` in any number of parentheses, `eval` or `((eval))`: a call through it is a direct eval. */
function isEvalName(callee: ts.Expression): boolean {
  let inner = callee;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return ts.isIdentifier(inner) && inner.text === 'eval';
}

/**
 * Throws unless `pooled` is `raw` with its repeated strings written once (see the file's comment). `raw` is the bundle
 * before the pass, parsed by `parseScript`.
 */
export function checkPooledFile(rawFile: ts.SourceFile, pooled: string, globalName: string): void {
  const pooledFile = parseScript(pooled, 'pooled bundle');
  if (pooled === rawFile.text) return;
  const fail = (node: ts.Node, why: string): never => {
    throw new Error(`pool-strings: the pooled bundle is not the bundle (${where(pooledFile, node.getStart(pooledFile))}: ${why})`);
  };
  const body = iifeBody(pooledFile, globalName);
  const declaration = body.statements[0];
  if (
    declaration === undefined ||
    !ts.isVariableStatement(declaration) ||
    (declaration.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0
  ) {
    return fail(body, "the IIFE does not open with the pool's `var` declaration");
  }
  const pool = new Map<string, string>();
  /** The pooled names that stand for a built-in (`xy=Math`), with the built-in's name. */
  const globals = new Map<string, string>();
  /** The pooled names that stand for `null` or `void 0` (trim53), with that constant. */
  const constants = new Map<string, string>();
  /** The pooled names that stand for one regex literal (trim60), with its text (`/\s+/g`). */
  const regexes = new Map<string, string>();
  const isPooledName = (name: string): boolean => pool.has(name) || globals.has(name) || constants.has(name) || regexes.has(name);
  for (const { name, initializer } of declaration.declarationList.declarations) {
    const constant = initializer === undefined ? undefined : constantText(initializer);
    if (ts.isIdentifier(name) && constant !== undefined) {
      if (isPooledName(name.text)) return fail(name, `${name.text} is declared twice`);
      constants.set(name.text, constant);
      continue;
    }
    if (!ts.isIdentifier(name)) return fail(name, 'a pool entry is not `name=string`, `name=built-in` nor `name=null`/`void 0`');
    if (isPooledName(name.text)) return fail(name, `${name.text} is declared twice`);
    // A regex literal read only where one object serves every use alike (trim60, `sharedRegexUse`).
    if (initializer !== undefined && ts.isRegularExpressionLiteral(initializer)) {
      regexes.set(name.text, initializer.text);
      continue;
    }
    // A second name of a pooled value, read where a function binds the first (trim54): `aq=T` after `T=null`, the
    // same value, since the pool's declarations run in order and nothing at the IIFE's top binds T.
    const earlier = initializer !== undefined && ts.isIdentifier(initializer) ? initializer.text : undefined;
    if (earlier !== undefined && isPooledName(earlier)) {
      for (const map of [pool, globals, constants, regexes]) {
        const value = map.get(earlier);
        if (value !== undefined) map.set(name.text, value);
      }
      continue;
    }
    const global = initializer !== undefined && ts.isIdentifier(initializer) && POOLED_GLOBALS.has(initializer.text);
    // A built-in's static function (trim60): `xy=Math.max`, read off the built-in's own name.
    const staticFunction = initializer !== undefined ? declaredStaticFunction(initializer) : undefined;
    if (staticFunction !== undefined) {
      globals.set(name.text, staticFunction);
      continue;
    }
    if (initializer === undefined || !(isStringValue(initializer) || global)) {
      return fail(name, 'a pool entry is not `name=string`, `name=built-in` nor `name=null`/`void 0`');
    }
    if (ts.isIdentifier(initializer)) globals.set(name.text, initializer.text);
    else pool.set(name.text, initializer.text);
  }
  // `Math` for `xy=Math.max` too: a binding of `Math` would be what the declaration's `Math.max` reads.
  const aliased = new Set([...globals.values()].map((global) => global.split('.')[0]));
  /** Names the bundle binds inside its functions only, which the pool may give too (trim54, `locallyBoundNames`). */
  const reusable = locallyBoundNames(rawFile, globalName);
  // A pooled name the bundle uses otherwise would shadow or be shadowed; inside `with` it could be read off an object.
  const scan = (node: ts.Node): void => {
    const name = ts.isIdentifier(node) ? node.text : undefined;
    if (name !== undefined && isPooledName(name) && !reusable.has(name))
      throw new Error(`pool-strings: the bundle already uses the name ${name}`);
    // A built-in the bundle also declares somewhere (a local `Map`) would be that binding there, not the global.
    if (ts.isIdentifier(node) && aliased.has(node.text) && declares(node))
      throw new Error(`pool-strings: the bundle declares ${node.text}, a pooled built-in`);
    if (ts.isWithStatement(node)) throw new Error('pool-strings: the bundle has a `with` statement, where a name may read a property');
    // A direct eval could read or declare any name in the scope it runs in, which no reading of the tree can follow. A
    // call is a direct eval when its callee is the name `eval`, parenthesized or not: in ECMA-262 a call is direct
    // when its callee evaluates to a Reference named "eval", and the grouping operator `( )` returns its expression's
    // Reference as it is, so `(eval)(s)` is direct too; `(0,eval)(s)` calls a value, an indirect eval, which sees globals only.
    if (ts.isCallExpression(node) && isEvalName(node.expression))
      throw new Error('pool-strings: the bundle calls eval, which may read a name no scope of the tree shows');
    ts.forEachChild(node, scan);
  };
  scan(rawFile);
  /** Where each name the pooled bundle binds may be seen, the pool's own declaration aside. */
  const scopes = bindingScopes(pooledFile, declaration);
  /** A pooled name read where a binding of the bundle's own of that name may be seen would read that binding. */
  const shadowed = (name: ts.Identifier): boolean => isWithin(name, scopes.get(name.text));

  // Both trees walked side by side, pair by pair.
  const stack: [ts.Node, ts.Node][] = [[rawFile, pooledFile]];
  for (let pair = stack.pop(); pair !== undefined; pair = stack.pop()) {
    const [before, after] = pair;
    // A quoted object-literal key written `[name]` (trim47): `{"k":v}` and `{[name]:v}` make the same property, but
    // for "__proto__", whose quoted key sets the prototype.
    if (
      ts.isComputedPropertyName(after) &&
      !ts.isComputedPropertyName(before) &&
      ts.isIdentifier(after.expression) &&
      pool.has(after.expression.text)
    ) {
      const value = pool.get(after.expression.text);
      // A plain key may also be a destructuring pattern's (`let{aggregation:a}=o` → `let{[aj]:a}=o`, trim49).
      const patternKey = ts.isIdentifier(before) && ts.isBindingElement(before.parent) && before.parent.propertyName === before;
      const key = ts.isStringLiteral(before) || ts.isIdentifier(before);
      // A method's, getter's or setter's name (trim59): not `constructor` (only a plain one makes the class's
      // constructor), nor a static `prototype`.
      const member =
        (ts.isMethodDeclaration(before.parent) || ts.isGetAccessorDeclaration(before.parent) || ts.isSetAccessorDeclaration(before.parent)) &&
        before.parent.name === before &&
        value !== 'constructor' &&
        !(value === 'prototype' && ts.getModifiers(before.parent)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));
      if (!key || before.text !== value || value === '__proto__' || !(ts.isPropertyAssignment(before.parent) || patternKey || member)) {
        return fail(after, `[${after.expression.text}] stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      }
      if (shadowed(after.expression)) return fail(after, `${after.expression.text} is read where the bundle binds that name`);
      continue;
    }
    // A member's name written as its pooled name (trim49): `o.length` → `o[aj]`, `o?.length` → `o?.[aj]` read the same
    // property of the same object, and a call through either gets the object as `this`.
    if (
      ts.isElementAccessExpression(after) &&
      ts.isPropertyAccessExpression(before) &&
      ts.isIdentifier(after.argumentExpression) &&
      pool.has(after.argumentExpression.text)
    ) {
      const value = pool.get(after.argumentExpression.text);
      if (!ts.isIdentifier(before.name) || before.name.text !== value || !before.questionDotToken !== !after.questionDotToken) {
        return fail(after, `[${after.argumentExpression.text}] stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      }
      if (shadowed(after.argumentExpression))
        return fail(after, `${after.argumentExpression.text} is read where the bundle binds that name`);
      stack.push([before.expression, after.expression]);
      continue;
    }
    // The bundle's own identifier of a name the pool also gives (trim54): compared as any other node, below.
    const own = ts.isIdentifier(after) && ts.isIdentifier(before) && before.text === after.text && reusable.has(after.text);
    if (
      !own &&
      ts.isIdentifier(after) &&
      isPooledName(after.text) &&
      shadowed(after)
    ) {
      return fail(after, `${after.text} is read where the bundle binds that name`);
    }
    if (!own && ts.isIdentifier(after) && globals.has(after.text)) {
      const global = globals.get(after.text);
      // A static function's name (trim60) stands where the bundle called, passed or tagged with that very function.
      if (global?.includes('.')) {
        if (staticFunctionRead(before) !== global)
          return fail(after, `${after.text} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
        if (!isRead(after)) return fail(after, `${after.text} stands as a name, not a value`);
        continue;
      }
      if (!ts.isIdentifier(before) || before.text !== global || !isRead(before))
        return fail(after, `${after.text} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      if (!isRead(after)) return fail(after, `${after.text} stands as a name, not a value`);
      continue;
    }
    if (!own && ts.isIdentifier(after) && regexes.has(after.text)) {
      if (!ts.isRegularExpressionLiteral(before) || before.text !== regexes.get(after.text) || !sharedRegexUse(before))
        return fail(after, `${after.text} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      continue;
    }
    if (!own && ts.isIdentifier(after) && constants.has(after.text)) {
      if (constantText(before) !== constants.get(after.text))
        return fail(after, `${after.text} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      if (!isRead(after)) return fail(after, `${after.text} stands as a name, not a value`);
      continue;
    }
    if (!own && ts.isIdentifier(after) && pool.has(after.text)) {
      const value = pool.get(after.text);
      if (!isStringValue(before) || before.text !== value)
        return fail(after, `${after.text} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
      if (!isRead(after)) return fail(after, `${after.text} stands as a name, not a value`);
      continue;
    }
    if (ownFacts(before) !== ownFacts(after)) {
      return fail(after, `${after.getText(pooledFile).slice(0, 40)} stands where the bundle had ${before.getText(rawFile).slice(0, 40)}`);
    }
    const left = childrenOf(before, undefined);
    const right = childrenOf(after, after === body ? declaration : undefined);
    if (left.length !== right.length) return fail(after, 'a node has other children');
    for (const [i, item] of left.entries()) {
      const other = right[i];
      if (typeof item === 'number' || typeof other === 'number') {
        if (item !== other) return fail(after, 'a list has another length');
      } else {
        stack.push([item, other]);
      }
    }
  }
}

/** `Math.max` if this declaration's value is one of POOLED_STATIC_FUNCTIONS read off its built-in's name (trim60). */
function declaredStaticFunction(initializer: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(initializer) || initializer.questionDotToken !== undefined) return undefined;
  if (!ts.isIdentifier(initializer.expression) || !ts.isIdentifier(initializer.name)) return undefined;
  const text = `${initializer.expression.text}.${initializer.name.text}`;
  return POOLED_GLOBALS.has(initializer.expression.text) && POOLED_STATIC_FUNCTIONS.has(text) ? text : undefined;
}

/** `checkPooledFile` on two texts (tests). */
export function checkPooled(raw: string, pooled: string, globalName: string): void {
  checkPooledFile(parseScript(raw, 'bundle'), pooled, globalName);
}
