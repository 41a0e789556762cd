/**
 * Review 18: the add-on's runs read first, then write. Google's best practices: "Alternating read and write commands is
 * slow… Apps Script has some built-in optimization, such as using look-ahead caching to retrieve what a script is
 * likely to get and write caching to save what is likely to be set" (developers.google.com/apps-script/guides/support/
 * best-practices, *Use batch operations*): a read after writes waits for them to be flushed. The emulator counts such
 * reads (`emulator.calls.forcedFlushes()`). Add goal on a Goals tab with no spare row grew the tab (insertRowsAfter)
 * before reading the target cells' formulas: one flush per goal added; Check goals and the plan report have none.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { meetingDraft, TODAY } from './harness';

const draft = meetingDraft();

describe('reads before writes (no read waits for a flush)', () => {
  it('Add goal on a full Goals tab, Check goals and the plan report', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
    const run = (name: string, ...args: unknown[]): { calls: number; flushes: number } => {
      emulator.calls.reset();
      emulator.runExecution(() => addon.call(name, ...args));
      return { calls: emulator.calls.total(), flushes: emulator.calls.forcedFlushes() };
    };
    run('menuInsertExampleWorkbook');
    const goals = emulator.spreadsheet.getSheetByName('Goals') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    // No spare row below the table: the new goal's row must be inserted.
    goals.deleteRows(goals.getLastRow() + 1, goals.getMaxRows() - goals.getLastRow());
    const rowsBefore = goals.getMaxRows();
    const added = run('sidebarAddGoal', { draft, targetLevel: 40 });
    expect(goals.getMaxRows()).toBe(rowsBefore + 1);
    expect(goals.getRange(rowsBefore + 1, 1, 1, goals.getLastColumn()).getValues()[0]).toContain('Book 40 meetings by June 30, 2027.');
    expect(added.flushes).toBe(0);
    expect(run('checkGoals').flushes).toBe(0);
    expect(run('generatePlanReport').flushes).toBe(0);
    expect(run('checkGoals').flushes).toBe(0);
  });
});
