/**
 * trim62: the minified bundle compressed once more by uglify-js before the string pool (src/local/build/compress.ts).
 * The whole bundle's answers are compared by `src/local/bench/output-digest.ts --code` (docs/MEASUREMENTS.md, trim62);
 * these pin the options on a bundle-shaped script: a script (not a module), functions cut as written, arities kept.
 */
import vm from 'node:vm';
import { compressBundle } from '../../../src/local/build/compress';

/** A small IIFE in esbuild's shape: a strict script defining one global, read by a top-level stub. */
const SCRIPT = [
  '"use strict";var __G__=(()=>{',
  'function once(a,b,unused){let t=a*2;let u=t+b;return u}',
  'function strictThis(){return this===void 0}',
  'let dead=5;dead=6;',
  'function pick(x,y,z){return x}',
  'return{sum:(a,b)=>once(a,b),arity:pick.length,onceArity:once.length,strict:strictThis()}})();',
  'function SUM(a,b){return __G__.sum(a,b)}',
].join('\n');

const run = (code: string): Record<string, unknown> => {
  const context = vm.createContext({});
  vm.runInContext(`${code}\n;this.out={sum:SUM(3,4),arity:__G__.arity,onceArity:__G__.onceArity,strict:__G__.strict}`, context);
  return (context as { out: Record<string, unknown> }).out;
};

describe('compressBundle (trim62)', () => {
  const compressed = compressBundle(SCRIPT, 450);

  it('is smaller and answers alike: the same results, arities and strict mode', () => {
    expect(compressed.length).toBeLessThan(SCRIPT.length);
    expect(run(compressed)).toEqual(run(SCRIPT));
    expect(run(compressed)).toEqual({ sum: 10, arity: 3, onceArity: 3, strict: true });
  });

  it('keeps the script a script: "use strict" first, the global and the top-level stub by name', () => {
    expect(compressed.startsWith('"use strict";')).toBe(true);
    expect(compressed).toMatch(/\bvar __G__=/);
    expect(compressed).toMatch(/\bfunction SUM\(a,b\)/);
  });

  it('does not write a function into its caller (inline: false) and keeps unused parameters (keep_fargs)', () => {
    // `once` is called from `sum`: its body stays its own. A function read once (`pick`, read for its length) may be
    // written where it is read, as a function expression with the same parameters.
    expect(compressed).toMatch(/function once\(a,b,unused\)\{return 2\*a\+b\}/);
    expect(compressed).toMatch(/\(a,b\)=>once\(a,b\)/);
    expect(compressed).toMatch(/function(?: pick)?\(x,y,z\)/);
  });

  it('drops what no one reads: a local assigned and never read', () => {
    expect(compressed).not.toContain('dead');
  });

  it('refuses what it cannot parse rather than writing a broken bundle', () => {
    expect(() => compressBundle('"use strict";var __G__=(()=>{', 450)).toThrow(/uglify-js could not compress/);
  });
});
