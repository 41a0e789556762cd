/**
 * Custom functions read the add-on's Settings as Check goals does (Google
 * lists the Properties service among those a custom function may call): on
 * the same goal, =GOALVERDICT() and Check goals give the same verdict, under
 * the default policy and under a saved one that changes verdicts. The
 * functions run in AuthMode.CUSTOM_FUNCTION (reads only).
 */
import type { SettingsView } from '../../../src/core/api';
import { bridged } from '../../../src/local/script-run';
import { harness, TODAY, type Harness } from './harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Goal {
  id: string;
  kpi: string;
  target: number;
  deadline: string;
  direction: string;
}

function book(): { h: Harness; ss: Spreadsheet; goals: Goal[] } {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  h.run('insertExampleWorkbook');
  const ss = h.emulator.spreadsheet as unknown as Spreadsheet;
  const values = (ss.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getValues();
  const header = values[0].map(String);
  const col = (name: string): number => header.indexOf(name);
  const goals = values
    .slice(1)
    // Level goals with a KPI tab, a target and a deadline: the same question for both surfaces.
    .filter((r) => r[col('Aggregation')] !== 'total' && typeof r[col('Target')] === 'number' && r[col('Deadline')] instanceof Object && ss.getSheetByName(String(r[col('KPI')])))
    .map((r) => ({ id: String(r[0]), kpi: String(r[col('KPI')]), target: r[col('Target')] as number, deadline: (r[col('Deadline')] as Date).toISOString().slice(0, 10), direction: String(r[col('Direction')]) }));
  return { h, ss, goals };
}

function checkVerdicts(h: Harness, ss: Spreadsheet): Map<string, string> {
  h.run('checkGoals');
  const values = (ss.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getDisplayValues();
  const verdict = values[0].indexOf('Verdict');
  return new Map(values.slice(1).map((r) => [r[0], r[verdict]]));
}

function functionVerdict(h: Harness, ss: Spreadsheet, goal: Goal): string {
  const tab = ss.getSheetByName(goal.kpi) as GoogleAppsScript.Spreadsheet.Sheet;
  const history = tab.getRange(2, 1, tab.getLastRow() - 1, 2).getValues();
  h.emulator.setAuthMode('CUSTOM_FUNCTION');
  try {
    return h.run<string>('GOALVERDICT', history, goal.target, goal.deadline, TODAY, goal.direction);
  } finally {
    h.emulator.setAuthMode('FULL');
  }
}

describe('GOALVERDICT and Check goals agree on the same goal, whatever the saved policy', () => {
  const { h, ss, goals } = book();
  const sidebar = bridged(h.addon);
  const byDefault = checkVerdicts(h, ss);
  const defaultFunction = new Map(goals.map((g) => [g.id, functionVerdict(h, ss, g)]));
  const strict: SettingsView = { language: 'auto', policy: { stretchAllowance: 0, useHistoricalBest: false }, fiscalYearStartMonth: 1, goalsSheetName: null, plan: { ramp: [0.25, 0.5, 0.75, 1], hires: [], coverageThreshold: 1.5, capacityThreshold: 1.2, salesCycleDays: null } };
  h.emulator.runExecution(() => sidebar.call('sidebarSaveSettings', strict));
  const underStrict = checkVerdicts(h, ss);
  const strictFunction = new Map(goals.map((g) => [g.id, functionVerdict(h, ss, g)]));

  it('finds level goals to compare (the article’s close rate and churn goals)', () => {
    expect(goals.map((g) => g.id)).toEqual(expect.arrayContaining(['G1', 'G2', 'G3']));
  });

  it('under the default policy', () => {
    for (const g of goals) expect([g.id, defaultFunction.get(g.id)]).toEqual([g.id, byDefault.get(g.id)]);
  });

  it('under a saved policy without stretch allowance, which changes at least one verdict', () => {
    for (const g of goals) expect([g.id, strictFunction.get(g.id)]).toEqual([g.id, underStrict.get(g.id)]);
    expect(goals.some((g) => underStrict.get(g.id) !== byDefault.get(g.id))).toBe(true);
  });
});
