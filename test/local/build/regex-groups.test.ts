/** trim56: the groups of regex literals only ever asked `test` written `(…)` in the minified bundle (regex-groups.ts). */
import vm from 'node:vm';
import { captureTestedGroups, nonCapturingOpeners, withCapturingGroups } from '../../../src/local/build/regex-groups';

/** Runs a script that leaves its answers in `out`, in a fresh context. */
function run(code: string): unknown {
  const context = vm.createContext({ out: undefined });
  vm.runInContext(code, context);
  return JSON.stringify((context as { out: unknown }).out);
}

describe('withCapturingGroups', () => {
  it('writes each (?: opener as (, leaving escaped parentheses and character classes alone', () => {
    expect(withCapturingGroups('/a(?:b|c)\\(?:[(?:](?:d)?/i')).toBe('/a(b|c)\\(?:[(?:](d)?/i');
    expect(nonCapturingOpeners('/\\\\(?:x)/')).toEqual([3]);
  });

  it('leaves a literal with a backreference (numbered or named) or with no group', () => {
    expect(withCapturingGroups('/(a)(?:b)\\1/')).toBeUndefined();
    expect(withCapturingGroups('/(?<q>a)(?:b)\\k<q>/')).toBeUndefined();
    expect(withCapturingGroups('/abc/')).toBeUndefined();
  });
});

describe('captureTestedGroups', () => {
  const script = [
    'var out=(()=>{',
    'let a=/^(?:to|a)\\s*$/i,b=/(?:x|y)z/g,c=/(?:p)(q)/,d=/(?:m|n)/,f=/(?:x|y)z/g;',
    'const e=[a.test(" a "),/(?:ab)+c/.test("ababc"),b.test("..yz"),b.lastIndex,c.exec("pq"),d.source,/(?:u)/.exec("u"),f.test("xz yz"),f.test("xz yz"),f.test("xz yz")];',
    'return e})();',
  ].join('\n');

  it('rewrites literals written at a .test call and bindings only ever tested, nothing else', () => {
    const rewritten = captureTestedGroups(script);
    expect(rewritten).toContain('a=/^(to|a)\\s*$/i');
    expect(rewritten).toContain('/(ab)+c/.test(');
    expect(rewritten).toContain('f=/(x|y)z/g');
    // exec reads the captures, source the pattern; lastIndex is read directly rather than through test: left as written.
    expect(rewritten).toContain('b=/(?:x|y)z/g');
    expect(rewritten).toContain('c=/(?:p)(q)/');
    expect(rewritten).toContain('d=/(?:m|n)/');
    expect(rewritten).toContain('/(?:u)/.exec(');
  });

  it('answers every call as before, lastIndex included', () => {
    expect(run(captureTestedGroups(script))).toBe(run(script));
  });

  it('leaves a binding that is also assigned, passed or declared again elsewhere', () => {
    const code = 'var out=(()=>{let a=/(?:a)/,b=/(?:b)/,c=/(?:c)/;a.test("a");a=0;b.test("b");f(b);c.test("c");function g(c){return c.test("c")}return 1})();';
    const rewritten = captureTestedGroups(code);
    expect(rewritten).toContain('a=/(?:a)/');
    expect(rewritten).toContain('b=/(?:b)/');
    expect(rewritten).toContain('c=/(?:c)/');
  });

  it('refuses a bundle that could see a capture by another way', () => {
    expect(() => captureTestedGroups('/(?:a)/.test("a");with(o){}')).toThrow(/with/);
    expect(() => captureTestedGroups('/(?:a)/.test("a");eval("x")')).toThrow(/eval/);
    expect(() => captureTestedGroups('/(?:a)(b)/.test("ab");RegExp.$1')).toThrow(/legacy/);
    expect(() => captureTestedGroups('/(?:a)(b)/.test("ab");RegExp["lastParen"]')).toThrow(/legacy/);
  });
});
