/**
 * Every public entry point of the BUILT bundle (each export of dist/Code.js: triggers, menu handlers, sidebar server
 * calls, custom functions) runs through one wrapper that sets the execution's state (src/gas/scope.ts `entry`): English
 * dates follow the spreadsheet locale's order even where the entry point itself reads no locale. Walked on the
 * example workbook in an en_US and an en_GB spreadsheet, each call in a freshly loaded bundle (as Apps Script runs an
 * execution: nothing set by an earlier call), then all of them again in ONE loaded bundle (as the emulator keeps it:
 * nothing may leak from one call to the next). What each call answers — its return value, the cells it wrote, its
 * alerts, toasts and sidebars — holds no English date in the other order: "31 March 2027" is en_GB's, "March 31,
 * 2027" en_US's.
 */
import type { SidebarContext } from '../../src/core/api';
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';
import { createEmulator, type Emulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { argsOf, entryPointCalls, entryPointNames, type EntryRunner } from '../../src/local/bench/entry-points';
import { TODAY } from './workbook/harness';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_FIRST = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`);
const MONTH_FIRST = new RegExp(`\\b(?:${MONTHS}) \\d{1,2}, \\d{4}\\b`);
const CUSTOM = new Set(CUSTOM_FUNCTIONS.map((s) => s.name));

/** Every text the spreadsheet holds, by cell. */
function cellTexts(emulator: Emulator): Map<string, string> {
  const texts = new Map<string, string>();
  for (const sheet of emulator.spreadsheet.getSheets()) {
    sheet.getDataRange().getValues().forEach((row, r) => row.forEach((cell, c) => {
      if (typeof cell === 'string' && cell !== '') texts.set(`${sheet.getName()}!R${r + 1}C${c + 1}`, cell);
    }));
  }
  return texts;
}

/** What one call answers: its result, the cells it wrote, and what it showed. */
function answersOf(emulator: Emulator, addon: LoadedAddon, name: string, args: unknown[]): string[] {
  const before = cellTexts(emulator);
  const ui = emulator.ui;
  const shown = { alerts: ui.alerts.length, toasts: ui.toasts.length, sidebars: ui.sidebars.length };
  emulator.setAuthMode(CUSTOM.has(name) ? 'CUSTOM_FUNCTION' : 'FULL');
  let result: unknown;
  try {
    result = emulator.runExecution(() => addon.call(name, ...args));
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  } finally {
    emulator.setAuthMode('FULL');
  }
  const written = [...cellTexts(emulator)].filter(([cell, text]) => before.get(cell) !== text).map(([cell, text]) => `${cell}: ${text}`);
  // A sidebar's HTML carries the whole wizard script; what the call put in it is the data attributes.
  const sidebarData = ui.sidebars.slice(shown.sidebars).flatMap((s) => [...s.html.matchAll(/data-[a-z-]+="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"')));
  return [JSON.stringify(result ?? null), ...written, ...ui.alerts.slice(shown.alerts), ...ui.toasts.slice(shown.toasts).map((t) => t.message), ...sidebarData].map((text) => `${name} → ${text}`);
}

const runner = (emulator: Emulator, addon: LoadedAddon): EntryRunner => <T>(name: string, ...args: unknown[]) => emulator.runExecution(() => addon.call<T>(name, ...args));

function exampleWorkbook(locale: string): { emulator: Emulator; context: SidebarContext; names: string[] } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, timeZone: 'Europe/London' });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  emulator.runExecution(() => addon.call('insertExampleWorkbook'));
  const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  return { emulator, context, names: entryPointNames(addon) };
}

describe.each([
  ['en_US', DAY_FIRST, MONTH_FIRST, 'en_GB'],
  ['en_GB', MONTH_FIRST, DAY_FIRST, 'en_US'],
] as const)('every entry point in an %s spreadsheet', (locale, wrong, right, other) => {
  it('each call in a freshly loaded bundle writes English dates in the locale’s order only', () => {
    const { emulator, context, names } = exampleWorkbook(locale);
    expect(names.length).toBeGreaterThanOrEqual(36);
    const answers = entryPointCalls(names, context).flatMap((call) => {
      const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
      return answersOf(emulator, addon, call.name, argsOf(call, runner(emulator, addon)));
    });
    expect(answers.filter((a) => wrong.test(a))).toEqual([]);
    // The walk does write English dates (Check goals' notes, the report, the wizard's sentences): the check bites.
    expect(answers.filter((a) => right.test(a)).length).toBeGreaterThan(0);
  });

  it('all calls in ONE loaded bundle, after a call in the other order, leak nothing', () => {
    const { emulator, context, names } = exampleWorkbook(locale);
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    // A formula recalculated while the spreadsheet had the other locale sets the other order in this bundle.
    emulator.spreadsheet.setSpreadsheetLocale(other);
    answersOf(emulator, addon, 'SMARTCHECK', ['Increase revenue by 10% by 2027-03-31', TODAY]);
    emulator.spreadsheet.setSpreadsheetLocale(locale);
    const answers = entryPointCalls(names, context).flatMap((call) => answersOf(emulator, addon, call.name, argsOf(call, runner(emulator, addon))));
    expect(answers.filter((a) => wrong.test(a))).toEqual([]);
  });
});
