/**
 * Every public entry point of the BUILT bundle (each export of dist/Code.js: triggers, menu handlers, sidebar server
 * calls, custom functions) runs through one wrapper that sets the execution's state (src/gas/scope.ts `entry`): English
 * dates follow the spreadsheet locale's order even where the entry point itself reads no locale. Walked on the
 * example workbook in an en_US and an en_GB spreadsheet, each call in a freshly loaded bundle (as Apps Script runs an
 * execution: nothing set by an earlier call), then all of them again in ONE loaded bundle (as the emulator keeps it:
 * nothing may leak from one call to the next), the locale switched between en_US and en_GB before every call. What each call answers — its return value, the cells it wrote, its
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

/** Every text the spreadsheet holds, by cell (read from the emulator's model: no service call, no copy). */
function cellTexts(emulator: Emulator): Map<string, string> {
  const texts = new Map<string, string>();
  for (const sheet of emulator.spreadsheet.model.sheets) {
    sheet.rows.forEach((line, r) => line?.forEach((cell, c) => {
      if (typeof cell?.value === 'string' && cell.value !== '') texts.set(`${sheet.name}!R${r + 1}C${c + 1}`, cell.value);
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
  // A text the spreadsheet already held (a goal sentence the plan report quotes, as a tree's "└ …" line, perhaps cut with
  // "…") is data copied, checked when it was written.
  const held = [...new Set(before.values())];
  const quoted = (text: string): boolean => {
    const core = text.replace(/^[\s└├│─]+/, '').replace(/…$/, '');
    return core.length >= 20 && held.some((h) => h.startsWith(core));
  };
  // A cell may quote a goal sentence on its first line and add our own lines under it (the goals table's levers): each
  // line is checked unless it is quoted.
  const written = [...cellTexts(emulator)]
    .filter(([cell, text]) => before.get(cell) !== text)
    .map(([cell, text]) => [cell, text.split('\n').filter((line) => !quoted(line)).join('\n')] as const)
    .filter(([, text]) => text !== '')
    .map(([cell, text]) => `${cell}: ${text}`);
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

/** The walk's answers that hold an English date in the wrong order, and how many hold one in the right order. */
function walk(emulator: Emulator, context: SidebarContext, names: readonly string[], addonFor: () => LoadedAddon, wrong: RegExp, right: RegExp): { wrong: string[]; right: number } {
  const answers = entryPointCalls(names, context).flatMap((call) => {
    const addon = addonFor();
    return answersOf(emulator, addon, call.name, argsOf(call, runner(emulator, addon)));
  });
  return { wrong: answers.filter((a) => wrong.test(a)), right: answers.filter((a) => right.test(a)).length };
}

const fresh = (emulator: Emulator) => () => loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });

it('every entry point, each in a freshly loaded bundle (as Apps Script runs it), writes en_US dates month first', () => {
  // Where the bundle starts (day first), an entry point that set no order would show it in en_US.
  const { emulator, context, names } = exampleWorkbook('en_US');
  expect(names.length).toBeGreaterThanOrEqual(36);
  const found = walk(emulator, context, names, fresh(emulator), DAY_FIRST, MONTH_FIRST);
  expect(found.wrong).toEqual([]);
  // The walk does write English dates (Check goals' notes, the report, the wizard's sentences): the check bites.
  expect(found.right).toBeGreaterThan(0);
});

// ONE walk in one loaded bundle, the spreadsheet's locale switched before every call (en_US, en_GB, en_US…): each entry point
// runs right after a call made under the other locale, so an order left behind by the call before — in either direction —
// shows in its answers. (Two walks, one per locale, each after a single call under the other locale, proved less: only
// their first call followed the other order. The fresh-bundle pass above keeps every entry point in en_US from scratch.)
it('every entry point in ONE loaded bundle, each call after one under the other locale: no date in the other order', () => {
  const { emulator, context: gbContext, names } = exampleWorkbook('en_GB');
  const addon = fresh(emulator)();
  // The wizard writes its own sentences in the order its context gives (src/sidebar/app.ts): each side its own context.
  emulator.spreadsheet.setSpreadsheetLocale('en_US');
  const usContext = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  const locales = [
    { locale: 'en_US', wrong: DAY_FIRST, right: MONTH_FIRST, calls: entryPointCalls(names, usContext) },
    { locale: 'en_GB', wrong: MONTH_FIRST, right: DAY_FIRST, calls: entryPointCalls(names, gbContext) },
  ] as const;
  // A formula recalculated while the spreadsheet had the other locale sets the other order in this bundle.
  emulator.spreadsheet.setSpreadsheetLocale('en_GB');
  answersOf(emulator, addon, 'SMARTCHECK', ['Increase revenue by 10%', TODAY]);
  const wrong: string[] = [];
  const right = [0, 0];
  expect(locales[0].calls.map((c) => c.name)).toEqual(locales[1].calls.map((c) => c.name));
  locales[0].calls.forEach((_, i) => {
    const side = i % 2;
    const { locale, wrong: other, right: own } = locales[side];
    const call = locales[side].calls[i];
    emulator.spreadsheet.setSpreadsheetLocale(locale);
    const answers = answersOf(emulator, addon, call.name, argsOf(call, runner(emulator, addon)));
    wrong.push(...answers.filter((a) => other.test(a)).map((a) => `${locale}: ${a}`));
    right[side] += answers.filter((a) => own.test(a)).length;
  });
  expect(wrong).toEqual([]);
  // Both locales' calls do write English dates: the check bites on both sides.
  expect(right[0]).toBeGreaterThan(0);
  expect(right[1]).toBeGreaterThan(0);
});
