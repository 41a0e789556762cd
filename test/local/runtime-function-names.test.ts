/**
 * The top-level functions the emulator exposes (LoadedAddon.functionNames: the preview's google.script.run allowlist, the
 * menu and sidebar checks) are those Apps Script would see — read from the global object after the script ran, not from
 * lines that open with `function` (a minified bundle breaks lines inside its IIFE too: final read B, 2026-12-04).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAddon } from '../../src/local/runtime';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runtime-names-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scriptAt(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

describe('functionNames: the script’s top-level functions, as Apps Script sees them', () => {
  it('leaves out inner functions that open a line of a minified bundle', () => {
    const file = scriptAt('minified.js', 'var G=(()=>{let n=1;\nfunction sr(a){return a+n}\nfunction LA(){return sr(1)}\nreturn{onOpen:()=>LA(),smartAnalyze:(t)=>t}})();\nfunction onOpen(){return G.onOpen(...arguments)}\nfunction smartAnalyze(){return G.smartAnalyze(...arguments)}\n');
    const addon = loadAddon({}, file);
    expect(addon.functionNames).toEqual(['onOpen', 'smartAnalyze']);
    expect(addon.functionNames).not.toContain('sr');
    expect(addon.call('onOpen')).toBe(2);
  });

  it('leaves out the globals the emulator passed in and the bundle’s namespace object', () => {
    const file = scriptAt('globals.js', 'var G={f:()=>3};\nfunction f(){return G.f()}\n');
    const addon = loadAddon({ SpreadsheetApp: { getActive: () => null }, helper: () => 1 }, file);
    expect(addon.functionNames).toEqual(['f']);
  });

  it('reads the same names from a second load of the same script (compiled once)', () => {
    const file = scriptAt('twice.js', 'function a(){return 1}\nfunction b_(){return 2}\n');
    expect(loadAddon({}, file).functionNames).toEqual(['a', 'b_']);
    expect(loadAddon({}, file).functionNames).toEqual(['a', 'b_']);
  });
});
