/**
 * loadAddon binds the ECMAScript built-ins the bundle names as script-scope constants of its node:vm context
 * (src/local/runtime.ts, BUILT_INS): a global looked up through node:vm's interceptors costs about ten times V8's
 * own lookup, which Apps Script's ordinary global does not pay. These tests pin that the binding is made (each
 * built-in read from the context's global once per load, not at each use), that it is only built-ins, and that the
 * bundle answers exactly as it does loaded without it, in English and in French.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { BUILT_INS, CODE_PATH, loadAddon } from '../../src/local/runtime';
import { createEmulator } from '../../src/local/emulator';
import { sheetRows } from '../../src/local/bench/globals';
import { addPeriods } from '../../src/core/dates';

/** Twenty weeks of a KPI rising with a wobble, as Sheets hands the range over (Dates at midnight in Paris). */
function weeklyRows(start: number): Array<[Date, number]> {
  return sheetRows(Array.from({ length: 20 }, (_, i) => ({ date: addPeriods('2026-01-05', 'week', i), value: start + 10 * i + ((i * 7) % 5) })));
}

/** The bundle loaded the way loadAddon did before the binding: the same globals, nothing run before it. */
function plainLoad(globals: Record<string, unknown>): (name: string, ...args: unknown[]) => unknown {
  const sandbox: Record<string, unknown> = { console };
  Object.defineProperties(sandbox, Object.getOwnPropertyDescriptors(globals));
  const context = vm.createContext(sandbox);
  new vm.Script(readFileSync(CODE_PATH, 'utf8'), { filename: 'Code.js' }).runInContext(context);
  return (name, ...args) => ((context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown)(...args);
}

/** Two histories, two targets and deadlines, both verdict functions: one row of answers per call. */
function answers(call: (name: string, ...args: unknown[]) => unknown): unknown[] {
  const out: unknown[] = [];
  for (const [rows, target] of [
    [weeklyRows(1000), 1250],
    [weeklyRows(40), 20],
  ] as const) {
    out.push(call('ACHIEVABILITY', rows, target, '2026-08-31', '2026-05-18'));
    out.push(call('GOALVERDICT', rows, target, '2026-08-31', '2026-05-18'));
    out.push(call('ACHIEVABILITY', rows, target * 2, '2026-12-31', '2026-05-18'));
  }
  return out;
}

describe('loadAddon: built-ins bound once per context', () => {
  it('reads Math from the context global once per load, however many cells use it', () => {
    let reads = 0;
    const globals = createEmulator({ spreadsheetLocale: 'en_US', timeZone: 'Europe/Paris' }).globals;
    Object.defineProperty(globals, 'Math', {
      enumerable: true,
      configurable: true,
      get() {
        reads++;
        return Math;
      },
    });
    const addon = loadAddon(globals);
    const afterLoad = reads;
    const chance = addon.call<number>('ACHIEVABILITY', weeklyRows(1000), 1250, '2026-08-31', '2026-05-18');
    expect(afterLoad).toBe(1);
    // The forecast calls Math thousands of times: none of them reaches the context's global.
    expect(reads).toBe(1);
    expect(chance).toBeGreaterThan(0);
    expect(chance).toBeLessThan(1);
  });

  it('binds only ECMAScript built-ins, never an Apps Script service', () => {
    const bare = vm.createContext({});
    for (const name of BUILT_INS) expect([name, vm.runInContext(`typeof globalThis.${name}`, bare)]).not.toEqual([name, 'undefined']);
    expect(BUILT_INS).not.toEqual(expect.arrayContaining(['SpreadsheetApp']));
    expect(BUILT_INS.filter((name) => /App$|^Utilities$|^Session$|Service$/.test(name))).toEqual([]);
  });

  it('keeps what the globals put in a built-in’s place (Intl left out: the bundle sees no Intl)', () => {
    const globals = { ...createEmulator({ spreadsheetLocale: 'en_US' }).globals, Intl: undefined };
    const addon = loadAddon(globals);
    expect(vm.runInContext('typeof Intl', addon.context)).toBe('undefined');
    const withIntl = loadAddon(createEmulator({ spreadsheetLocale: 'en_US' }).globals);
    expect(vm.runInContext('Intl === globalThis.Intl && Math === globalThis.Math && Date === globalThis.Date', withIntl.context)).toBe(true);
  });

  it.each([
    ['en_US', 'en'],
    ['fr_FR', 'fr'],
  ])('answers exactly as the bundle loaded without the binding (%s)', (locale, lang) => {
    const globals = () => createEmulator({ spreadsheetLocale: locale, timeZone: 'Europe/Paris' }).globals;
    const bound = loadAddon(globals());
    const now = answers((name, ...args) => bound.call(name, ...args));
    const before = answers(plainLoad(globals()));
    expect(now).toEqual(before);
    // Real answers, in the sheet's language: chances in (0, 1), verdict words of the locale.
    expect(now.filter((a) => typeof a === 'number' && a > 0 && a < 1).length).toBeGreaterThan(0);
    const verdicts = now.filter((a): a is string => typeof a === 'string').join(' ');
    expect(verdicts).toMatch(lang === 'fr' ? /réaliste|en bonne voie|ambitieux|irréaliste/i : /realistic|on track|stretch|unrealistic/i);
  });
});
