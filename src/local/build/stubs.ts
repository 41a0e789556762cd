/**
 * Generates the top-level function declarations appended to the bundle.
 * Apps Script only sees top-level `function` declarations: custom
 * functions need them (with `@customfunction` JSDoc) to appear in Sheets'
 * autocomplete, and `google.script.run` / menus can only call them.
 */
import type { CustomFunctionSpec } from '../../gas/registry';

/** What the build learned about one export of the bundle. */
export interface BundleExport {
  name: string;
  isFunction: boolean;
}

export class StubGenerationError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`Cannot generate Apps Script stubs:\n - ${problems.join('\n - ')}`);
    this.name = 'StubGenerationError';
  }
}

const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Custom function names: what Sheets accepts (letters, digits, underscores; not a cell reference). */
const CUSTOM_NAME_RE = /^[A-Z][A-Z0-9_]*$/;

/** Checks registry ⇄ exports consistency; returns the problems found (empty when sound). */
export function validateRegistry(exports: readonly BundleExport[], registry: readonly CustomFunctionSpec[]): string[] {
  const problems: string[] = [];
  const byName = new Map(exports.map((e) => [e.name, e]));
  const seen = new Set<string>();
  for (const spec of registry) {
    if (seen.has(spec.name)) problems.push(`registry entry ${spec.name} is declared twice`);
    seen.add(spec.name);
    if (!CUSTOM_NAME_RE.test(spec.name)) problems.push(`registry entry ${spec.name}: custom function names must be UPPER_CASE`);
    const exported = byName.get(spec.name);
    if (!exported) problems.push(`registry entry ${spec.name} has no implementation exported from src/gas/index.ts`);
    else if (!exported.isFunction) problems.push(`registry entry ${spec.name} is exported but is not a function`);
    if (!spec.summary.en.trim() || !spec.summary.fr.trim()) problems.push(`registry entry ${spec.name} needs an English and a French summary`);
    if (spec.examples.length === 0) problems.push(`registry entry ${spec.name} needs at least one example`);
    let optionalSeen = false;
    for (const param of spec.params) {
      if (!IDENTIFIER_RE.test(param.name)) problems.push(`${spec.name}: parameter name "${param.name}" is not an identifier`);
      if (!param.help.en.trim() || !param.help.fr.trim()) problems.push(`${spec.name}: parameter ${param.name} needs English and French help`);
      if (optionalSeen && !param.optional) problems.push(`${spec.name}: required parameter ${param.name} follows an optional one`);
      optionalSeen ||= Boolean(param.optional);
    }
  }
  for (const e of exports) {
    if (!IDENTIFIER_RE.test(e.name)) problems.push(`export "${e.name}" is not a valid top-level function name`);
    if (!e.isFunction) problems.push(`export ${e.name} is not a function: only functions can be top-level Apps Script entry points`);
    else if (CUSTOM_NAME_RE.test(e.name) && !seen.has(e.name)) {
      problems.push(`export ${e.name} looks like a custom function but has no registry entry (no @customfunction stub would document it)`);
    }
  }
  return problems;
}

function jsdocLine(text: string): string {
  // "*/" inside help text would end the comment early.
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

/**
 * The help of an optional parameter, saying so in words. Google's JSDoc guide, "Supported tags and UI limitations"
 * (developers.google.com/apps-script/concepts/jsdoc): "Standard JSDoc syntax for optional parameters (e.g., `[name]`
 * or `name=`) is not recognized by the Sheets UI. All parameters will appear as required in the formula helper." So
 * the stub names the parameter plainly and its help starts with "Optional." — the one place the helper can say it.
 */
function paramHelp(optional: boolean, help: string): string {
  const text = jsdocLine(help);
  return optional && !/^optional\b/i.test(text) ? `Optional. ${text}` : text;
}

/**
 * One custom function stub with the JSDoc Sheets reads for autocomplete (English help; Sheets shows one language).
 * The same guide: the helper shows the summary and each `@param`'s name and description, never the `@return`
 * description, as one block of text (line breaks and HTML are dropped, as `jsdocLine` does).
 */
export function customFunctionStub(spec: CustomFunctionSpec, globalName: string): string {
  const lines = ['/**', ` * ${jsdocLine(spec.summary.en)}`, ' *'];
  for (const p of spec.params) lines.push(` * @param {${p.type}} ${p.name} ${paramHelp(Boolean(p.optional), p.help.en)}`);
  lines.push(` * @return {${spec.returns.type}} ${jsdocLine(spec.returns.help.en)}`);
  if (spec.examples[0]) lines.push(` * @example ${jsdocLine(spec.examples[0].formula)}`);
  lines.push(' * @customfunction', ' */');
  const params = spec.params.map((p) => p.name).join(', ');
  lines.push(`function ${spec.name}(${params}) {`, `  return ${forward(spec.name, globalName)};`, '}');
  return lines.join('\n');
}

/**
 * The call a stub makes: its arguments passed on as they came. Not `.apply(this, arguments)`: every export is
 * `entry(fn)` (src/gas/scope.ts), an arrow function, which ignores `this` and calls `fn(...args)` (trim38: 9 bytes a
 * stub).
 */
function forward(name: string, globalName: string): string {
  return `${globalName}.${name}(...arguments)`;
}

/**
 * A plain entry-point stub (trigger, menu handler, sidebar server call), without a comment of its own. Google's "JSDoc in
 * Apps Script" (developers.google.com/apps-script/concepts/jsdoc) gives JSDoc three uses: the editor's tooltips, custom
 * functions in the Sheets formula helper and script-level annotations; an entry point's comment only fed the editor's
 * tooltip, so one comment before them all says what they do (trim28: a 60-byte comment per entry point came to about
 * 1.5 KB of the bundle's budget).
 */
export function entryPointStub(name: string, globalName: string): string {
  return `function ${name}() { return ${forward(name, globalName)}; }`;
}

const ENTRY_POINTS_COMMENT = '/** Entry points (triggers, menu handlers, sidebar server calls): each forwards to the bundled implementation. */';

/**
 * Generates every top-level stub, custom functions first (in registry order),
 * then the other entry points alphabetically. Throws StubGenerationError when
 * the registry and the exports disagree.
 */
export function generateStubs(exports: readonly BundleExport[], registry: readonly CustomFunctionSpec[], globalName: string): string {
  const problems = validateRegistry(exports, registry);
  if (problems.length > 0) throw new StubGenerationError(problems);
  const registered = new Set(registry.map((s) => s.name));
  const customStubs = registry.map((spec) => customFunctionStub(spec, globalName));
  const entryStubs = exports
    .filter((e) => !registered.has(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => entryPointStub(name, globalName));
  // One line each, without a blank line between: 27 entry points, about 12 bytes each (trim38).
  const entries = entryStubs.length > 0 ? [`${ENTRY_POINTS_COMMENT}\n${entryStubs.join('\n')}`] : [];
  return [...customStubs, ...entries].join('\n\n') + '\n';
}
