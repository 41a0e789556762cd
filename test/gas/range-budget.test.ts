/**
 * Sheets stops a custom function at 30 seconds and then shows an error in the WHOLE range
 * (developers.google.com/apps-script/guides/sheets/functions, Guidelines). A whole column stops computing at 25 s
 * instead: the rows done keep their results and the cells left say why (review9). Deterministic: the emulator's
 * virtual clock advances one second per reading of the clock, and kills a custom-function execution past 30 s.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

const AS_OF = '2026-11-26';
const GOALS = Array.from({ length: 60 }, (_, i) => [`Raise the close rate to ${20 + (i % 10)}% by June 30, 2027`]);

function run(locale: string, name: string, ...args: unknown[]): unknown {
  const emulator = createEmulator({ spreadsheetLocale: locale, authMode: 'CUSTOM_FUNCTION', clock: { start: `${AS_OF}T09:00:00`, msPerCall: 0, msPerReading: 1000 } });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: AS_OF });
  return emulator.runExecution(() => addon.call(name, ...args));
}

/** The first row whose result is the budget's message; every row after it has it too, every row before a result. */
function stopRow(column: unknown[][], message: RegExp): number {
  const stop = column.findIndex((row) => message.test(String(row[0])));
  expect(stop).toBeGreaterThan(5);
  expect(column.slice(stop).every((row) => message.test(String(row[0])))).toBe(true);
  expect(column.slice(0, stop).some((row) => message.test(String(row[0])))).toBe(false);
  return stop;
}

describe('a whole-column formula stops before Sheets’ 30-second limit and keeps the rows done', () => {
  it('the emulator kills a custom-function execution past 30 s (the limit the budget protects against)', () => {
    const emulator = createEmulator({ authMode: 'CUSTOM_FUNCTION', clock: { start: `${AS_OF}T09:00:00`, msPerCall: 0, msPerReading: 1000 } });
    const now = emulator.globals.__SMART_GOALS_NOW__ as () => number;
    expect(() => emulator.runExecution(() => { for (let i = 0; i < 40; i++) now(); })).toThrow('Exceeded maximum execution time');
  });

  it('SMARTSCORE: scores until 25 s, then “Not computed … split it” in English', () => {
    const column = run('en_US', 'SMARTSCORE', GOALS, '', AS_OF) as unknown[][];
    const stop = stopRow(column, /^Not computed: this range reached 25 seconds here, and Sheets stops a custom function at 30\. Split it/);
    expect(column.slice(0, stop).every((row) => typeof row[0] === 'number')).toBe(true);
  });

  it('SMARTPARSE (a row per goal) and SMARTCHECK in French, with French typography', () => {
    const parsed = run('fr_FR', 'SMARTPARSE', GOALS, AS_OF) as unknown[][];
    const stop = stopRow(parsed, /^Non calculé\u202f: cette plage a atteint 25\u00a0secondes ici/);
    expect(parsed[stop].slice(1).every((cell) => cell === '')).toBe(true);
    expect(parsed[0][0]).toBe('Taux de conclusion');
    stopRow(run('fr_FR', 'SMARTCHECK', GOALS, AS_OF) as unknown[][], /^Non calculé\u202f:/);
  });

  it('GOALPROGRESS over columns (broadcast) stops the same way; a single cell is never cut', () => {
    const current = Array.from({ length: 60 }, (_, i) => [i]);
    stopRow(run('en_US', 'GOALPROGRESS', 0, 100, current) as unknown[][], /^Not computed:/);
    expect(run('en_US', 'GOALPROGRESS', 0, 100, 50)).toBe(0.5);
  });
});
