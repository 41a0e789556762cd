/**
 * The minified server bundle compressed once more by uglify-js, between esbuild's minifier and the string pool (trim62).
 * esbuild minifies one statement at a time; uglify-js's compressor also reads how each local is assigned and used
 * (`reduce_vars`, `collapse_vars`, `unused`, `join_vars`, `hoist_props`…): a local assigned once and read once is
 * written where it is read, a `let` list merged with the next, a dead assignment dropped. On 4a1ffea6 that took esbuild's
 * 837,464 bytes to 823,813 and the pooled Code.js from 751,562 to about 735,400 (−16 KB); answers unchanged
 * (`src/local/bench/output-digest.ts --code`, docs/MEASUREMENTS.md, trim62).
 *
 * Only uglify-js's default, safe transforms (none of its `unsafe*` ones), and of those not:
 * - `inline`: a function's body would be written into its caller. trim59 found that how the code is cut into
 *   functions, not its byte count, sets the compile time every load pays (its arrows: −10 KB, compile +50–60 %), so
 *   every function keeps its own body. (`reduce_vars` still writes a function declared and read once where it is read,
 *   as a function expression: cold load + first SMARTSCORE measured alike, docs/MEASUREMENTS.md, trim62.)
 * - `keep_fargs: true`: an unused trailing parameter is kept, so every function's `length` is what the source says.
 * - `module: false`: uglify-js ≥ 3.18 reads its input as an ES module by default, which drops the bundle's "use strict"
 *   (implied in a module, not in an Apps Script file) and treats the top level as private — the bundle is a script, its
 *   one global `__SmartGoals__` read by the stubs.
 * - no `mangle`: esbuild's names are kept (the pool picks names no identifier of the bundle uses: pool-strings.ts).
 * Its output keeps esbuild's line limit (`max_line_len`, soft like esbuild's: an expression of two long regexes stays
 * on one line of 2,123 characters) so a stack trace's line still points at a short line.
 */
import { minify } from 'uglify-js';

export const COMPRESS_OPTIONS: Readonly<Record<string, unknown>> = {
  inline: false,
  keep_fargs: true,
  keep_infinity: true,
};

/** `code` (esbuild's minified IIFE) compressed; throws what uglify-js reports rather than writing a broken bundle. */
export function compressBundle(code: string, lineLimit: number): string {
  const result = minify(code, {
    module: false,
    toplevel: false,
    compress: { ...COMPRESS_OPTIONS },
    mangle: false,
    output: { max_line_len: lineLimit, comments: false },
  });
  if (result.error) throw new Error(`uglify-js could not compress the bundle: ${result.error.message}`, { cause: result.error });
  if (!result.code.startsWith('"use strict";')) throw new Error('uglify-js dropped the bundle\'s "use strict"');
  return result.code;
}
