/**
 * An esbuild plugin that lets the bundle drop the chrono-node parsers we never call. `chrono-node/en` builds three
 * parsers when it loads (`casual`, `strict`, `GB`) and `chrono-node/fr` two (`casual`, `strict`); core calls each
 * language's `parse`, which is its `casual` (core/statement/dates.ts). Each `new Chrono(...)` builds a configuration of
 * a dozen parser and refiner objects, on every load of Code.js — every custom-function call (calls30). The module is
 * bundled with the unused ones marked `/* @__PURE__ *\/` (esbuild: "the function call can be removed if the result is
 * unused"), so they are neither built nor written; `casual` and `parse` are unchanged.
 *
 * Its parsers and refiners also log what they do through `context.debug(() => console.log(…))`, which runs the block
 * only when `parse` is given a `debug` option (chrono.js's `ParsingContext.debug`); core never gives one
 * (core/statement/dates.ts passes `{ forwardDate: true }`). Those calls are marked pure too, so the bundle drops their
 * messages (trim35: about 1.5 KB); the `debug` method itself is chrono-node's own.
 *
 * Every chrono-node module is also compiled as TypeScript (trim35: −818 bytes). chrono-node's ESM build declares class
 * fields (`strictMode;`, `cachedPattern = null;`), which the ES2020 target lowers to one `__publicField(this, …)` call
 * each; under src/gas/tsconfig.json (target ES2020, so `useDefineForClassFields` is false) a declared-only field is
 * dropped and an initialized one becomes `this.cachedPattern = null`. Each of those fields is assigned by its own
 * constructor before anything reads it (ParsingComponents, ParsingResult, ParsingContext, Chrono, the parsers' modes:
 * the readable bundles before and after differ in those lines only), so the objects hold the same values. A chrono-node
 * upgrade should check that again (`npm run build` before and after, `diff`).
 */
import { readFileSync } from 'node:fs';
import type * as esbuild from 'esbuild';

/** chrono-node's English and French entry modules (ESM build, as `mainFields: ['module', …]` resolves them). */
export const CHRONO_LOCALE_INDEX = /[\\/]chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/](en|fr)[\\/]index\.js$/;

/** The parsers core does not use, as each module declares them: `export const strict = new Chrono(…);`. */
const UNUSED = /^export const (strict|GB) = new Chrono\((.*)\);$/gm;

/** chrono-node's ESM modules (their debug calls). */
export const CHRONO_MODULE = /[\\/]chrono-node[\\/]dist[\\/]esm[\\/].*\.js$/;

/** A debug call as chrono-node writes it: `context.debug(() => …)`. */
const DEBUG_CALL = /\bcontext\.debug\(\(\) =>/g;

/** The module's source with its unused parsers' construction marked pure (null when it declares none: bundled as it is). */
export function markUnusedParsersPure(source: string): string | null {
  let found = 0;
  const out = source.replace(UNUSED, (_line, name: string, argument: string) => {
    found += 1;
    return `export const ${name} = /* @__PURE__ */ new Chrono(/* @__PURE__ */ ${argument});`;
  });
  return found > 0 ? out : null;
}

/** The module's source with its `context.debug(…)` calls marked pure (null when it has none: bundled as it is). */
export function markDebugCallsPure(source: string): string | null {
  const out = source.replace(DEBUG_CALL, '/* @__PURE__ */ context.debug(() =>');
  return out === source ? null : out;
}

export function chronoUnusedParsersPlugin(): esbuild.Plugin {
  return {
    name: 'chrono-unused-parsers',
    setup(build) {
      build.onLoad({ filter: CHRONO_MODULE }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const parsers = CHRONO_LOCALE_INDEX.test(args.path) ? markUnusedParsersPure(source) : null;
        return { contents: markDebugCallsPure(parsers ?? source) ?? parsers ?? source, loader: 'ts' };
      });
    },
  };
}
