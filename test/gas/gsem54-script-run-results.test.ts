/**
 * Every server function the sidebar calls, run on the example workbook through the BUILT bundle, and its REAL result
 * walked: nothing google.script.run refuses or mangles may be in it, at any depth. Google: "Legal parameters and return
 * values are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays
 * that are composed of primitives, objects and arrays … Requests fail if you attempt to pass a Date, Function, DOM
 * element besides a form, or other prohibited type … undefined fields within arrays become null" (HTML Service:
 * Communicate with Server Functions, developers.google.com/apps-script/guides/html/communication, "Parameters and
 * return values"); the google.script.run reference (developers.google.com/apps-script/guides/html/reference/run,
 * `myFunction(...)`): return values are "subject to the same restrictions as parameter types".
 *
 * `sidebar-api-transfer.test.ts` proves it on the TYPES; this one on the values the code really returns, which a cast,
 * an `undefined` pushed into an array or a NaN can make differ from the types. The sheet is in Pacific/Auckland while
 * the script runs in the process's zone, so a Date that leaked from a cell would show here whatever the machine.
 */
import vm from 'node:vm';
import type { AssessRequest, CheckResponse, DriverPlanView, GoalDraft, GoalOption, SettingsView, SidebarCall, SidebarContext } from '../../src/core/api';
import { addDays } from '../../src/core/dates';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { callThroughBridge } from '../../src/local/script-run';
import { driverGoalDrafts } from '../../src/sidebar/steps';
import { generateSentence } from '../../src/sidebar/sentence';

/** Where a value holds something the page would not receive as the server returned it (an empty list: nothing). */
function illegalParts(value: unknown, path = 'result', inArray = false, seen: unknown[] = []): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (value === undefined) return inArray ? [`${path}: undefined in an array (the page gets null)`] : [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value !== 'object') return [`${path}: a ${typeof value}`];
  // The bundle runs in another realm (node:vm): its Dates are not `instanceof Date` here.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return [`${path}: a Date`];
  if (seen.includes(value)) return [`${path}: circular`];
  const next = [...seen, value];
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => illegalParts(item, `${path}[${i}]`, true, next));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return [`${path}: a ${tag} that is no plain object`];
  return Object.entries(value).flatMap(([key, item]) => illegalParts(item, `${path}.${key}`, false, next));
}

/** Calls as the page does, and returns the raw result with what is illegal in it. */
function walk(addon: LoadedAddon, name: SidebarCall, ...args: unknown[]): { result: unknown; illegal: string[] } {
  const raw = addon.call(name, ...args);
  const illegal = illegalParts(raw);
  // The bridge's own strict check must agree (it throws on a violation).
  if (illegal.length === 0) callThroughBridge({ call: () => raw as never }, name, args);
  return { result: raw, illegal };
}

describe.each([
  ['en_US', 'en'],
  ['fr_FR', 'fr'],
] as const)('every sidebar server function returns only what google.script.run carries (%s, sheet in Pacific/Auckland)', (locale, lang) => {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, timeZone: 'Pacific/Auckland' });
  const addon = loadAddon(emulator.globals);
  addon.call('menuInsertExampleWorkbook');
  const results = new Map<SidebarCall, string[]>();
  const record = (name: SidebarCall, ...args: unknown[]): unknown => {
    const { result, illegal } = walk(addon, name, ...args);
    results.set(name, [...(results.get(name) ?? []), ...illegal]);
    return result;
  };

  const context = record('sidebarGetContext') as SidebarContext;
  const revenue = context.series.find((s) => s.kpiId === 'revenue') ?? context.series[0];
  const deadline = addDays(context.today, 120);
  const assess: AssessRequest = { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, baseline: null, direction: 'increase', target: (revenue.latest?.value ?? 1) * 1.2, deadline };
  record('sidebarAssess', assess);
  const base: GoalDraft = {
    kpi: { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, name: revenue.name, unit: revenue.unit, aggregation: revenue.aggregation, lowerIsBetter: false },
    baseline: revenue.latest?.value ?? null,
    direction: 'increase',
    targetMode: 'level',
    target: assess.target,
    change: null,
    start: context.today,
    deadline,
    owner: 'Alice',
    levers: lang === 'fr' ? 'plus d’appels' : 'more calls',
    notes: '',
    parentId: null,
    statement: '',
  };
  const draft: GoalDraft = { ...base, statement: generateSentence(base, lang) };
  const parent: GoalOption | null = context.goals[0] ?? null;
  record('sidebarCheckAlignment', { draft, targetLevel: draft.target, parent, sheetName: context.goalsSheetName ?? null });
  record('sidebarEvaluate', { text: draft.statement, draft, targetLevel: draft.target, parent: null, sheetName: context.goalsSheetName ?? null });
  record('sidebarFindGoals', { query: lang === 'fr' ? 'chiffre' : 'revenue', sheetName: context.goalsSheetName ?? null });
  const plan = record('sidebarPlanDrivers', { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, kpiName: revenue.name, direction: 'increase', target: draft.target, deadline, aggregation: revenue.aggregation, levers: draft.levers }) as DriverPlanView;
  const added = record('sidebarAddGoal', { draft, targetLevel: draft.target }) as { sheetName: string; row: number; id: string | null };
  record('sidebarAddDriverGoals', { parent: null, parentId: added.id, goals: driverGoalDrafts(draft, plan, lang), owner: 'Alice', start: context.today, deadline });
  const check = record('sidebarCheckGoals') as CheckResponse;
  const last = check.flagged[check.flagged.length - 1];
  record('sidebarCheckPage', { sheetName: last?.sheetName ?? added.sheetName, afterRow: last?.row ?? 1 });
  record('sidebarSelectRow', { sheetName: added.sheetName, row: added.row });
  const settings = record('sidebarGetSettings') as SettingsView;
  record('sidebarSaveSettings', settings);

  it('calls every sidebar function the bundle exports', () => {
    const exported = addon.functionNames.filter((name) => /^sidebar[A-Z]/.test(name));
    expect([...results.keys()].sort()).toEqual([...exported].sort());
    // The calls did their work (not refusals): a goal was added and Check goals ran.
    expect(added.row).toBeGreaterThan(1);
    expect(check.checked).toBeGreaterThan(0);
    expect(plan.available).toBe(true);
  });

  it('no result holds a Date, a function, undefined in an array, a non-finite number or a class instance', () => {
    expect(Object.fromEntries([...results].filter(([, illegal]) => illegal.length > 0))).toEqual({});
  });

  it('the walk sees what Google refuses', () => {
    const realm = addon.call('sidebarGetContext') as object;
    expect(illegalParts({ ...realm, when: new Date() })).toEqual(['result.when: a Date']);
    // At depth, and a Date made in the bundle's own realm (node:vm), which is no `instanceof Date` here.
    const bundleDate: unknown = vm.runInContext('new Date(Date.UTC(2026, 8, 27))', addon.context);
    expect(bundleDate instanceof Date).toBe(false);
    expect(illegalParts({ goals: [{ deadline: { day: new Date() } }], series: [{ points: [{ date: bundleDate }] }] })).toEqual(['result.goals[0].deadline.day: a Date', 'result.series[0].points[0].date: a Date']);
    expect(illegalParts({ list: [1, undefined], f: () => 1, n: Number.NaN })).toEqual(['result.list[1]: undefined in an array (the page gets null)', 'result.f: a function', 'result.n: NaN']);
  });
});
