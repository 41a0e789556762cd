/**
 * The parent picker on a 2,000-goal Goals tab, through the BUILT add-on on the emulator and
 * google.script.run's strict rules: the context carries a bounded first list, and
 * sidebarFindGoals searches the Goals tab alone on the server.
 */
import { GOAL_OPTIONS_FIRST, GOAL_SEARCH_MAX, type GoalSearchResponse, type SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';

const LONG = 'thanks to weekly deal reviews, coaching, partner events and a refreshed pricing grid for every segment of the territory';

function bigWorkbook() {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US' });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const goals = ss.getSheets().find((sheet) => /^goals$/i.test(sheet.getName()));
  if (!goals) throw new Error('no Goals tab');
  const start = goals.getLastRow() + 1;
  goals.insertRowsAfter(goals.getMaxRows(), 2000);
  goals.getRange(start, 1, 2000, 2).setValues(Array.from({ length: 2000 }, (_, i) => [`M${i + 1}`, `Close ${i + 10} new accounts in Q${(i % 4) + 1} 2027 ${LONG}`]));
  return { emulator, addon, ss, goals };
}

describe('the parent picker on 2,000 goals', () => {
  const { emulator, addon, ss, goals } = bigWorkbook();
  const context = addon.call<SidebarContext>('sidebarGetContext');

  it('sends a bounded first list and says how many goals there are', () => {
    expect(context.goals.length).toBe(GOAL_OPTIONS_FIRST);
    expect(context.goalsTotal).toBeGreaterThan(2000);
    expect(JSON.stringify(context.goals).length).toBeLessThan(20_000);
    // The example's goals that already have children are there (likeliest parents), and the newest rows.
    const ids = context.goals.map((g) => g.id);
    expect(ids).toContain('M2000');
    expect(ids).not.toContain('M1');
  });

  it('finds any goal by ID or words, reading the Goals tab alone', () => {
    emulator.calls.reset();
    const found = addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'm1234', sheetName: context.goalsSheetName });
    const searchCalls = emulator.calls.total();
    expect(found.query).toBe('m1234');
    expect(found.goals[0]).toMatchObject({ id: 'M1234', row: goals.getLastRow() - 2000 + 1234 });
    expect(found.goals[0].statement.startsWith('Close 1243 new accounts in Q2 2027 thanks to')).toBe(true);
    expect(found.total).toBe(context.goalsTotal);
    emulator.calls.reset();
    addon.call<SidebarContext>('sidebarGetContext');
    // One tab instead of all of them: fewer service calls than the context's read of every tab.
    expect(searchCalls).toBeLessThan(emulator.calls.total() / 2);
    const words = addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'Q3 ACCOUNTS', sheetName: context.goalsSheetName });
    expect(words.goals).toHaveLength(GOAL_SEARCH_MAX);
    expect(words.matches).toBeGreaterThanOrEqual(500);
    expect(words.goals.every((g) => /q3/i.test(g.statement) && /accounts/i.test(g.statement))).toBe(true);
  });

  it('stays bounded and answers odd requests with the first list or nothing', () => {
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'accounts', limit: 100000, sheetName: context.goalsSheetName }).goals).toHaveLength(GOAL_SEARCH_MAX);
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'accounts', limit: 3, sheetName: context.goalsSheetName }).goals).toHaveLength(3);
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', null).goals.map((g) => g.id)).toEqual(context.goals.map((g) => g.id));
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 42 }).goals).toHaveLength(GOAL_OPTIONS_FIRST);
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'no such goal anywhere', sheetName: context.goalsSheetName })).toMatchObject({ goals: [], matches: 0 });
    expect(addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'x'.repeat(5000) }).query).toHaveLength(200);
  });

  it('reads the whole workbook when the tab it was told is gone', () => {
    const renamed = ss.getSheetByName(context.goalsSheetName ?? '');
    renamed?.setName('Objectives');
    const found = addon.call<GoalSearchResponse>('sidebarFindGoals', { query: 'M1999', sheetName: context.goalsSheetName });
    expect(found.goals[0]?.id).toBe('M1999');
    renamed?.setName(context.goalsSheetName ?? 'Goals');
  });
});
