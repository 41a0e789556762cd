/**
 * calls30: the bundle builds only the chrono-node parsers core calls (each language's `casual`, behind its `parse`), not
 * `strict` and `GB`, which chrono-node's en and fr modules build at load (src/local/build/chrono-unused.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHRONO_LOCALE_INDEX, CHRONO_MODULE, markDebugCallsPure, markUnusedParsersPure } from '../../../src/local/build/chrono-unused';

const ROOT = path.resolve(__dirname, '../../..');
const localeIndex = (lang: string) => path.join(ROOT, 'node_modules/chrono-node/dist/esm/locales', lang, 'index.js');

describe('chrono-node parsers left unbuilt', () => {
  it.each([
    ['en', ['strict', 'GB']],
    ['fr', ['strict']],
  ])('%s: the unused parsers are marked pure, casual and parse are unchanged', (lang, unused) => {
    const file = localeIndex(lang as string);
    expect(CHRONO_LOCALE_INDEX.test(file)).toBe(true);
    const source = readFileSync(file, 'utf8');
    const marked = markUnusedParsersPure(source) as string;
    for (const name of unused as string[]) expect(marked).toMatch(new RegExp(`^export const ${name} = /\\* @__PURE__ \\*/ new Chrono\\(/\\* @__PURE__ \\*/ `, 'm'));
    // Only those lines change: the casual parser and parse() are chrono-node's own.
    const changed = marked.split('\n').filter((line, i) => line !== source.split('\n')[i]);
    expect(changed).toHaveLength((unused as string[]).length);
    expect(marked).toMatch(/^export const casual = new Chrono\(/m);
    expect(marked).toMatch(/^export function parse\(text, ref, option\) \{\n\s+return casual\.parse\(text, ref, option\);/m);
  });

  it('a module without them is bundled as it is', () => {
    expect(markUnusedParsersPure('export const casual = new Chrono(x);\n')).toBeNull();
  });

  it('debug calls, which run only under a `debug` option core never passes, are marked pure and nothing else changes', () => {
    const file = path.join(ROOT, 'node_modules/chrono-node/dist/esm/common/refiners/ForwardDateRefiner.js');
    expect(CHRONO_MODULE.test(file)).toBe(true);
    const source = readFileSync(file, 'utf8');
    const marked = markDebugCallsPure(source) as string;
    const calls = source.match(/context\.debug\(\(\) =>/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    expect(marked.match(/\/\* @__PURE__ \*\/ context\.debug\(\(\) =>/g)).toHaveLength(calls.length);
    expect(marked.replace(/\/\* @__PURE__ \*\/ /g, '')).toBe(source);
    expect(markDebugCallsPure('export const casual = new Chrono(x);\n')).toBeNull();
    // The block only runs when the parse option has `debug` (chrono.js's ParsingContext.debug).
    expect(readFileSync(path.join(ROOT, 'node_modules/chrono-node/dist/esm/chrono.js'), 'utf8')).toMatch(/debug\(block\) \{\n\s+if \(this\.option\.debug\) \{/);
  });

  it('the built bundle constructs one Chrono per language', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
    // The readable or the minified build (`true` is `!0` there; method names are kept): the casual configurations are
    // built (English with `false`, French with none), strict's `createConfiguration(true…)` and GB's casual `(true)` are not.
    expect(bundle).toMatch(/createCasualConfiguration\((false|!1)\)/);
    expect(bundle).toMatch(/createCasualConfiguration\(\)/);
    expect(bundle).not.toMatch(/createConfiguration\((true|!0)/);
    expect(bundle).not.toMatch(/createCasualConfiguration\((true|!0)\)/);
    // chrono-node compiled as TypeScript (ES2020, no define semantics): its class fields are plain assignments in the
    // constructors, with no `__publicField(this, "strictMode")` call per field.
    expect(bundle).not.toMatch(/\(this, ?"(?:strictMode|knownValues|cachedPattern|parsers)"/);
    expect(bundle).toMatch(/this\.strictMode ?= ?\w+/);
  });
});
