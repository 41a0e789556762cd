/**
 * The property names the minified server bundle may write short (trim64): esbuild's `mangleProps` renames every
 * `o.name`, `{name:…}`, `let{name:x}=o` and method `name(){…}` of a name on this list, the same way everywhere in the
 * bundle. A minifier never shortens a property name; the pool (pool-strings.ts, trim49) wrote each repeated one once,
 * `aj="aggregation"`, and read it `o[aj]` — a name renamed `o.Xe` needs no declaration and one byte less a use.
 *
 * Renaming is safe for a name only if no code outside the bundle, no text and no run-time key can meet it. The list is
 * therefore computed, not written, from TypeScript's checker over the program esbuild bundles (src/gas/tsconfig.json
 * from src/gas/index.ts), and a name is taken only when every one of these holds:
 * 1. Every place the program declares a property of that name is an interface, type literal or class member, or an
 *    object literal's key, in a file of src/core — not src/core/api.ts (what `google.script.run` carries), not src/gas
 *    (the adapters: Google's objects, the registry, the sidebar's payloads, the public surface), not any .d.ts
 *    (ECMAScript's built-ins, Intl, Apps Script's services, chrono-node's types).
 * 2. Every use the checker can see resolves to such a declaration: each `o.name` to a property of an internal type, each
 *    object literal's key to a property of the type it is written for (or to no type at all: the literal's own), each
 *    destructuring key to a property of the value destructured. A use that resolves to anything else — an index
 *    signature, `any`, a type from a .d.ts, nothing — keeps the name.
 * 3. No value whose type has that property is read by a run-time key or shows its keys: `o[k]` with `k` not a literal,
 *    `k in o`, `for (k in o)`, `Object.keys/entries/getOwnPropertyNames(o)`, and anything handed to `JSON.stringify`
 *    (deeply: the settings saved in the document's properties, cache keys) keep every property of `o`'s type.
 * 4. It is no property of what the public surface takes or gives: each export of src/gas/index.ts, its parameters'
 *    and its result's types, deeply (what a sheet, the sidebar, the CLI and the emulator read), nor an export's name.
 * 5. It is never written as a string (a string literal or a template's text, anywhere in the readable bundle: `o["x"]`,
 *    `"x" in o`, a list of field names, a catalog key built at run time from a piece of it), and never a property name in
 *    the code the bundle takes from node_modules (chrono-node reads its dictionaries with `Object.keys`).
 * `checkMangled` proves the result after the build: esbuild renamed only names of the list, and no renamed name is
 * written as a string in the bundle. docs/ARCHITECTURE.md, Build ("Internal property names written short").
 */
import path from 'node:path';
import * as ts from 'typescript';

/** Is this file one of the internal ones (rule 1): src/core, not its api.ts, not a declaration file. */
function internalFile(root: string, fileName: string): boolean {
  const rel = path.relative(root, fileName).split(path.sep).join('/');
  return rel.startsWith('src/core/') && rel !== 'src/core/api.ts' && !rel.endsWith('.d.ts');
}

type Named = ts.Node & { name: ts.PropertyName };

/** Does this node declare a property (rule 1's kinds), and under which plain name? */
function declaredName(node: ts.Node): string | undefined {
  if (
    ts.isPropertySignature(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isMethodSignature(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isShorthandPropertyAssignment(node) ||
    ts.isEnumMember(node)
  ) {
    const name = (node as Named).name;
    if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
    return undefined;
  }
  return undefined;
}

/**
 * The names of the program's properties that may be renamed, sorted. `root` is the repository; `texts` every string
 * literal's and template piece's text of the readable bundle, `foreignNames` every property name its node_modules code
 * uses (rule 5, read off the bundle by `bundleTexts`).
 */
export function mangleableNames(root: string, texts: ReadonlySet<string>, foreignNames: ReadonlySet<string>): string[] {
  const configPath = path.join(root, 'src/gas/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('mangle-props: cannot read src/gas/tsconfig.json');
  const program = ts.createProgram({ rootNames: [path.join(root, 'src/gas/index.ts')], options: config.options });
  const checker = program.getTypeChecker();
  const candidates = new Set<string>();
  const kept = new Set<string>();
  const keep = (name: string): void => void kept.add(name);
  const internalSymbol = (symbol: ts.Symbol | undefined): boolean => {
    const declarations = symbol?.declarations;
    if (!declarations || declarations.length === 0) return false;
    return declarations.every((d) => internalFile(root, d.getSourceFile().fileName) && declaredName(d) !== undefined);
  };
  /**
   * Keeps every property name of a type (rules 3 and 4); `deep`, also of its properties' types, its type arguments
   * (`Goal[]`, `Map<string, Row>`), its functions' parameters and results — through the program's own types only: a
   * .d.ts type's names are kept by rule 1 already, and following its generic methods would not end.
   */
  const seen = new Set<ts.Type>();
  const ownType = (type: ts.Type): boolean =>
    (type.getSymbol()?.declarations ?? []).some((d) => !d.getSourceFile().isDeclarationFile);
  // The type parameters whose values some rule above keeps the names of (read by a run-time key, serialized, handed to
  // a loose target inside their generic): an argument given for one keeps its own names (mend64t, `pending` below).
  const looseTypeParameters = new Set<ts.Type>();
  const keepTypeNames = (type: ts.Type, deep: boolean): void => {
    if (type.flags & ts.TypeFlags.TypeParameter) looseTypeParameters.add(type);
    if (seen.has(type)) return;
    if (deep) seen.add(type);
    if (type.isUnionOrIntersection()) {
      for (const t of type.types) keepTypeNames(t, deep);
      return;
    }
    for (const property of type.getProperties()) keep(property.getName());
    if (!deep) return;
    for (const t of checker.getTypeArguments(type as ts.TypeReference) ?? []) keepTypeNames(t, deep);
    const aliasArguments = type.aliasTypeArguments ?? [];
    for (const t of aliasArguments) keepTypeNames(t, deep);
    const indexed = [checker.getIndexTypeOfType(type, ts.IndexKind.String), checker.getIndexTypeOfType(type, ts.IndexKind.Number)];
    for (const t of indexed) if (t) keepTypeNames(t, deep);
    if (!ownType(type) && !(type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Anonymous)) return;
    for (const property of type.getProperties()) keepTypeNames(checker.getTypeOfSymbol(property), deep);
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.getParameters()) keepTypeNames(checker.getTypeOfSymbol(parameter), deep);
      keepTypeNames(signature.getReturnType(), deep);
    }
  };
  const typeArgument = (node: ts.Node): void => keepTypeNames(checker.getTypeAtLocation(node), false);
  const looseTarget = (type: ts.Type): boolean =>
    (type.isUnion() ? type.types : [type]).some(
      (t) =>
        (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive)) !== 0 ||
        checker.getIndexInfoOfType(t, ts.IndexKind.String) !== undefined,
    );

  // Rule 1 for declaration files: every property any of them declares (an internal value may be handed, structurally,
  // to a parameter of a built-in's, Apps Script's or chrono-node's type).
  for (const file of program.getSourceFiles().filter((f) => f.isDeclarationFile)) {
    const visit = (node: ts.Node): void => {
      const declared = declaredName(node);
      if (declared !== undefined) keep(declared);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile);
  const pending: { typeParameters: ts.Type[]; argument: ts.Type }[] = [];
  for (const file of files) {
    const internal = internalFile(root, file.fileName);
    const visit = (node: ts.Node): void => {
      const declared = declaredName(node);
      if (declared !== undefined) {
        if (internal && !ts.isEnumMember(node)) candidates.add(declared);
        else keep(declared);
      }
      if (ts.isPropertyAccessExpression(node) && !ts.isPrivateIdentifier(node.name)) {
        if (!internalSymbol(checker.getSymbolAtLocation(node.name))) keep(node.name.text);
      } else if (ts.isElementAccessExpression(node)) {
        if (ts.isStringLiteralLike(node.argumentExpression)) keep(node.argumentExpression.text);
        else typeArgument(node.expression);
      } else if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        for (const member of node.properties) {
          const name = member.name && !ts.isComputedPropertyName(member.name) ? declaredName(member) : undefined;
          if (name === undefined || ts.isSpreadAssignment(member)) continue;
          if (contextual === undefined) continue;
          const property = checker.getPropertyOfType(contextual, name);
          const inUnion =
            property === undefined && contextual.isUnion()
              ? contextual.types.map((t) => checker.getPropertyOfType(t, name)).filter((p): p is ts.Symbol => p !== undefined)
              : [];
          if (property !== undefined ? !internalSymbol(property) : inUnion.length === 0 || !inUnion.every(internalSymbol)) keep(name);
        }
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) {
          const property = checker.getPropertyOfType(checker.getTypeAtLocation(node.parent), key.text);
          if (!internalSymbol(property)) keep(key.text);
        }
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
        if (ts.isStringLiteralLike(node.left)) keep(node.left.text);
        else typeArgument(node.right);
      } else if (ts.isForInStatement(node)) {
        typeArgument(node.expression);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)) {
        const callee = `${node.expression.expression.text}.${node.expression.name.text}`;
        const argument = node.arguments[0];
        if (argument !== undefined) {
          if (/^Object\.(keys|entries|getOwnPropertyNames|getOwnPropertyDescriptors|fromEntries)$/.test(callee)) typeArgument(argument);
          if (callee === 'JSON.stringify') keepTypeNames(checker.getTypeAtLocation(argument), true);
        }
      }
      // Rule 3 for a value handed where any key may be read: a parameter, variable or field of a type with an index
      // signature (the messages' `{name}` parameters), `any`, `unknown` or a type parameter keeps its type's names,
      // deeply (mend64t: `const payload: unknown = e; JSON.stringify(payload)` writes e's nested names too).
      if (ts.isExpression(node) && !ts.isObjectLiteralExpression(node) && !ts.isLiteralExpression(node)) {
        const target = checker.getContextualType(node);
        if (target !== undefined && looseTarget(target)) keepTypeNames(checker.getTypeAtLocation(node), true);
        // And the other way in (mend64t): an `any` or `unknown` value cast, declared or handed as a type of the program
        // (`JSON.parse(raw) as Settings`, `const s: Settings = JSON.parse(raw)`) keeps that type's names, deeply: the
        // text was written by another build or another program, under the names as written.
        else if (target !== undefined && (checker.getTypeAtLocation(node).flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0) {
          keepTypeNames(target, true);
        }
      }
      // Rule 3 through the program's own generic helpers (mend64t): the checker gives an argument the type it infers for
      // a type parameter, not a loose one, though the helper may serialize it or read it by a run-time key (`ser<T>(v: T)`,
      // `field<T>(o: T, k: string)`): an argument whose parameter is declared a type parameter keeps its names, deeply,
      // when the helper's body hands that type parameter to one of the rules above (`pending`, resolved below). A .d.ts's
      // generics (`Map#set`, `Array#push`) are built-ins' own.
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const declaration = checker.getResolvedSignature(node)?.getDeclaration();
        if (declaration !== undefined && !declaration.getSourceFile().isDeclarationFile && !ts.isJSDocSignature(declaration)) {
          const parameters = declaration.parameters;
          (node.arguments ?? []).forEach((argument, i) => {
            const parameter = parameters[Math.min(i, parameters.length - 1)];
            if (parameter === undefined || parameter.dotDotDotToken !== undefined) return;
            const declared = checker.getTypeAtLocation(parameter);
            const typeParameters = (declared.isUnionOrIntersection() ? declared.types : [declared]).filter(
              (t) => (t.flags & ts.TypeFlags.TypeParameter) !== 0,
            );
            if (typeParameters.length > 0) pending.push({ typeParameters, argument: checker.getTypeAtLocation(argument) });
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // The generic helpers' arguments (mend64t), until no more type parameter turns loose: a helper may hand its value on
  // to another helper's type parameter (`outer<U>(x: U) { return ser(x); }`).
  for (let changed = true; changed; ) {
    changed = false;
    for (const call of pending.splice(0)) {
      if (call.typeParameters.some((t) => looseTypeParameters.has(t))) {
        keepTypeNames(call.argument, true);
        changed = true;
      } else pending.push(call);
    }
  }
  // Rule 4: the public surface, deeply, and the exports' own names.
  const index = program.getSourceFile(path.join(root, 'src/gas/index.ts'));
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error('mangle-props: src/gas/index.ts has no exports');
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    keep(exported.getName());
    keepTypeNames(checker.getTypeOfSymbol(exported), true);
  }
  return [...candidates].filter((name) => !kept.has(name) && !texts.has(name) && !foreignNames.has(name) && /^[A-Za-z_$][\w$]*$/.test(name)).sort();
}

/**
 * Rule 5's two sets, read off the readable bundle (esbuild's output without minify, where `o["x"]` is still a string):
 * every string literal's and template piece's text, and every property name (member, key, method) written in a module
 * of node_modules — esbuild opens each module with a `// node_modules/…` comment.
 */
export function bundleTexts(readable: string): { texts: Set<string>; foreignNames: Set<string> } {
  const file = ts.createSourceFile('Code.js', readable, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const texts = new Set<string>();
  const foreignNames = new Set<string>();
  // Module starts: each `// path` comment esbuild writes above a module's code, in order.
  const starts: { at: number; foreign: boolean }[] = [];
  for (const match of readable.matchAll(/^ *\/\/ ((?:node_modules|src)\/\S+)$/gm)) {
    starts.push({ at: match.index ?? 0, foreign: match[1].startsWith('node_modules/') });
  }
  const foreignAt = (position: number): boolean => {
    let foreign = false;
    for (const start of starts) {
      if (start.at > position) break;
      foreign = start.foreign;
    }
    return foreign;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      texts.add(node.text);
      // A message's placeholder (`{productivity}`, `{n!}`, `{n|one|other}`: messages/translate.ts) names a parameter's key.
      for (const match of node.text.matchAll(/\{([A-Za-z_$][\w$]*)/g)) texts.add(match[1]);
    }
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // A key built from a template's piece (`${kind}Share`, `achievability.reason.${…}`): each word of it counts.
      for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) texts.add(word);
    }
    if (ts.isIdentifier(node) && foreignAt(node.getStart(file))) {
      const parent = node.parent;
      const propertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) ||
          ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent)) &&
          parent.name === node) ||
        ts.isShorthandPropertyAssignment(parent) ||
        (ts.isBindingElement(parent) && (parent.propertyName === node || (!parent.propertyName && ts.isObjectBindingPattern(parent.parent))));
      if (propertyName) foreignNames.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { texts, foreignNames };
}

/** The regex esbuild's `mangleProps` takes for a list of names. */
export function manglePattern(names: readonly string[]): RegExp {
  return new RegExp(`^(?:${names.join('|')})$`);
}

/**
 * Proves esbuild's renaming against the list, on the minified bundle it wrote (`cache`: esbuild's `mangleCache`, each
 * renamed name and what it became): every renamed name is one of `names` and no renamed name is written as a string
 * there — the minifier may join strings and templates into texts the readable bundle did not hold. Throws, so the
 * build fails rather than writes a bundle that reads a renamed property by its old name.
 */
export function checkMangled(code: string, cache: Readonly<Record<string, string | false>>, names: readonly string[]): void {
  const allowed = new Set(names);
  const renamed = Object.keys(cache).filter((name) => cache[name] !== false);
  const stray = renamed.filter((name) => !allowed.has(name));
  if (stray.length > 0) throw new Error(`mangle-props: esbuild renamed properties not on the list: ${stray.join(', ')}`);
  const { texts } = bundleTexts(code);
  const written = renamed.filter((name) => texts.has(name));
  if (written.length > 0) throw new Error(`mangle-props: renamed properties also written as strings in the bundle: ${written.join(', ')}`);
}
