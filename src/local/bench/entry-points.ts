/**
 * One call of EVERY public entry point of the built add-on (the top-level functions of dist/Code.js: triggers, menu
 * handlers, sidebar server calls, custom functions) on the example workbook, with the arguments Sheets or the
 * wizard would send. Used by `npm run bench -- workbook` (service calls per entry point) and by
 * test/gas/entry-points.test.ts (no English date in the wrong order in any answer). `entryPointCalls` covers
 * the names it is given and fails on one it does not know, so a new export must be added here.
 */
import type { AssessRequest, DriverPlanView, SidebarContext } from '../../core/api';
import { benchDraft } from './fixtures';
import { driverGoalDrafts } from '../../sidebar/steps';
import { addDays } from '../../core/dates';
import { useDateOrder } from '../../core/format';
import vm from 'node:vm';
import { CUSTOM_FUNCTIONS } from '../../gas/registry';
import { GLOBAL_NAME } from '../build/build';
import type { LoadedAddon } from '../runtime';

/** Runs another entry point (to prepare a call's arguments as the wizard would, from an earlier answer). */
export type EntryRunner = <T>(name: string, ...args: unknown[]) => T;

export interface EntryCall {
  name: string;
  args: unknown[] | ((run: EntryRunner) => unknown[]);
}

/** A call's arguments, prepared with `run` when they depend on an earlier answer. */
export function argsOf(call: EntryCall, run: EntryRunner): unknown[] {
  return typeof call.args === 'function' ? call.args(run) : call.args;
}

/** The bundle's public entry points: its exports, each one a top-level stub (minified code has other top-level functions). */
export function entryPointNames(addon: LoadedAddon): string[] {
  const exported = new Set(vm.runInContext(`Object.keys(${GLOBAL_NAME})`, addon.context) as string[]);
  return addon.functionNames.filter((name) => exported.has(name));
}

/** The calls, in an order that leaves each one something to do (the example workbook inserted by the caller first). */
export function entryPointCalls(names: readonly string[], context: SidebarContext): EntryCall[] {
  const series = context.series.find((s) => s.kpiId === 'revenue') ?? context.series[0];
  if (!series?.latest) throw new Error('the example workbook has no KPI series');
  const deadline = addDays(context.today, 120);
  const target = Math.round(series.latest.value * 1.25);
  const request: AssessRequest = { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.latest.value, direction: 'increase', target, deadline, aggregation: series.aggregation };
  const parent = context.goals[0] ?? null;
  const draft = benchDraft(series, {
    baseline: series.latest.value,
    target,
    deadline,
    levers: 'more calls',
    parentId: parent?.id ?? null,
    statement: `Increase the ${series.name.toLowerCase()} to ${target} by ${deadline} through more calls (owner: Alice).`,
  });
  const history = [
    [addDays(context.today, -21), 0.24],
    [addDays(context.today, -14), 0.26],
    [addDays(context.today, -7), 0.25],
  ];
  const goalsTab = context.goalsSheetName ?? 'Goals';
  const planRequest = { ...request, kpiName: series.name, levers: draft.levers };
  const calls: Record<string, EntryCall['args']> = {
    onOpen: [{ authMode: 'LIMITED' }],
    onInstall: [{ authMode: 'LIMITED' }],
    smartAssess: [{ history, target: 0.3, deadline: addDays(context.today, -1), today: context.today, lang: 'en' }],
    smartAnalyze: ['Raise our close rate to 30% by 2027-03-31', context.today, 'en'],
    menuInsertExampleWorkbook: [],
    insertExampleWorkbook: [],
    showGoalWizard: [],
    showHelp: [],
    showSettings: [],
    sidebarGetSettings: [],
    sidebarSaveSettings: [{ ...context.settings }],
    sidebarGetContext: [],
    sidebarFindGoals: [{ query: parent?.id ?? 'G1', sheetName: goalsTab }],
    sidebarAssess: [request],
    sidebarCheckAlignment: [{ draft, targetLevel: target, parent, sheetName: goalsTab }],
    sidebarEvaluate: [{ text: draft.statement, draft, targetLevel: target, parent, sheetName: goalsTab }],
    sidebarPlanDrivers: [planRequest],
    sidebarAddGoal: [{ draft, targetLevel: target }],
    // The goal and its drivers' goals, as the wizard's last step sends them from the plan it was shown.
    sidebarAddDriverGoals: (run) => {
      const tree = { ...draft, levers: 'more meetings', statement: draft.statement.replace('more calls', 'more meetings') };
      const plan = run<DriverPlanView>('sidebarPlanDrivers', planRequest);
      // The wizard writes these sentences itself, its dates in the order the context gave it (src/sidebar/app.ts).
      const outer = useDateOrder(context.dateOrder ?? 'dmy');
      try {
        return [{ parent: { draft: tree, targetLevel: target }, parentId: null, goals: driverGoalDrafts(tree, plan, context.lang), owner: 'Alice', deadline }];
      } finally {
        useDateOrder(outer);
      }
    },
    checkGoals: [],
    menuCheckGoals: [],
    sidebarCheckGoals: [],
    showCheckPane: [],
    sidebarCheckPage: [{ sheetName: goalsTab, afterRow: 1 }],
    sidebarSelectRow: [{ sheetName: goalsTab, row: 2 }],
    generatePlanReport: [],
    menuGeneratePlanReport: [],
  };
  // Custom functions: their registry examples' arguments (ISO strings stand for the dates, read as typed text).
  for (const spec of CUSTOM_FUNCTIONS) calls[spec.name] = [...(spec.examples.find((e) => !e.locale)?.args ?? spec.examples[0].args)];
  const unknown = names.filter((name) => !(name in calls));
  if (unknown.length > 0) throw new Error(`no call written for entry point(s) ${unknown.join(', ')}: add one in src/local/bench/entry-points.ts`);
  const order = Object.keys(calls);
  return [...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((name) => ({ name, args: calls[name] }));
}

/**
 * One call per custom function of the registry with a `rows`-row column in it (what Sheets passes for A2:A501):
 * test/gas/call-scope.test.ts counts each one's service calls, `npm run bench -- achievability` prints them.
 */
export function columnCalls(rows: number, today: string): Record<string, unknown[]> {
  const history = [
    ['2026-11-02', 0.24],
    ['2026-11-09', 0.26],
    ['2026-11-16', 0.25],
  ];
  const weeks = Array.from({ length: 12 }, (_, i) => addDays('2026-09-07', 7 * i));
  const funnel = [['Week', 'Meetings', 'Close rate', 'Average deal size'], ...weeks.map((week, i) => [week, 20 + (i % 5), 0.24 + (i % 3) / 100, 4800 + 100 * (i % 4)])];
  const column = <T>(cell: (i: number) => T): T[][] => Array.from({ length: rows }, (_, i) => [cell(i)]);
  const texts = ['Raise our close rate to 30% next week', 'Increase revenue by 10% by June 2027', 'Réduire le churn à 5 % d’ici juin 2027', ''];
  const goals = column((i) => texts[i % texts.length]);
  const targets = column((i) => 0.26 + (i % 10) / 100);
  return {
    SMARTSCORE: [goals, history, today],
    SMARTCHECK: [goals, today],
    SMARTPARSE: [goals, today],
    ACHIEVABILITY: [history, targets, '2026-11-23', '2026-11-20'],
    GOALVERDICT: [history, targets, '2026-11-23', '2026-11-20'],
    REALISTICTARGET: [history, column((i) => addDays('2026-12-01', i % 28)), '2026-11-20'],
    REQUIREDPACE: [column((i) => 100 + i), column((i) => 150 + i), '2026-01-05', column((i) => addDays('2026-03-31', 30 * (i % 9))), 'month'],
    GOALPROGRESS: [100, 150, column((i) => 100 + (i % 60))],
    BOTTOMUP: [column((i) => 100000 + 1000 * i), '2026-12-31', funnel, '2026-11-27'],
  };
}
