/**
 * misc13: someone edits the Goals tab while Add goal (or Add driver goals) writes, through the BUILT add-on. The
 * document lock keeps add-on runs apart, not people (Apps Script LockService.getDocumentLock: "prevents any user of
 * the current document from concurrently running a section of code"); the append reads the tab, checks protections,
 * then writes by position. Review 13b gave Check goals a second read just before writing; Add goal now has it too: a
 * row inserted or deleted in the table, a column inserted left of the columns written, a row typed where the new goal
 * goes, and nothing is written (EN/FR message); an edit that moves nothing still gets the goal added.
 */
import type { AddDriverGoalsResponse, AddGoalResponse } from '../../../src/core/api';
import { t } from '../../../src/core/messages';
import type { Lang } from '../../../src/core/types';
import { createEmulator, describeDifferences, diffSnapshots, snapshotCells, type Emulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { meetingDraft, TODAY } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function book(lang: Lang) {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  run('menuInsertExampleWorkbook');
  const name = lang === 'fr' ? 'Objectifs' : 'Goals';
  return { emulator, run, name, goals: emulator.spreadsheet.getSheetByName(name) as unknown as Sheet };
}

const draft = meetingDraft;

const STATEMENT = 'Book 40 meetings by June 30, 2027.';

/** `edit` made by a colleague once the append has read the tab (at its protection check, before any write). */
function whileAdding<T>(emulator: Emulator, edit: () => void, call: () => T): { error: string | null; result: T | null } {
  let done = false;
  const stop = emulator.onServiceCall((method) => {
    if (!done && method === 'Sheet.getProtections') {
      done = true;
      edit();
    }
  });
  try {
    return { error: null, result: call() };
  } catch (error) {
    return { error: (error as Error).message, result: null };
  } finally {
    stop();
  }
}

describe.each(['en', 'fr'] as const)('Add goal while a colleague edits the Goals tab (%s)', (lang) => {
  const edits: Array<[string, (goals: Sheet) => void]> = [
    ['a row inserted above the goals', (goals) => {
      goals.insertRowsBefore(2, 1);
      goals.getRange(2, 1, 1, 2).setValues([['G0', 'Colleague goal typed meanwhile']]);
    }],
    ['a row deleted', (goals) => goals.deleteRow(3)],
    ['a column inserted left of the columns written', (goals) => goals.insertColumnsBefore(2, 1)],
    ['a goal typed where the new row goes', (goals) => goals.getRange(goals.getLastRow() + 1, 1, 1, 2).setValues([['G99', 'Colleague goal typed meanwhile']])],
    ['a remark typed in the new row', (goals) => goals.getRange(goals.getLastRow() + 1, goals.getLastColumn()).setValue('Alice: call me')],
    // The column may no longer be the one read: refused rather than guessed.
    ['the header of a column written renamed (Owner)', (goals) => goals.getRange(1, 4).setValue(lang === 'fr' ? 'Commercial' : 'Sales rep')],
  ];

  it.each(edits)('%s: nothing is written, the wizard says why', (_, edit) => {
    const { emulator, run, name, goals } = book(lang);
    const reference = book(lang);
    edit(reference.goals);
    const outcome = whileAdding(emulator, () => edit(goals), () => run<AddGoalResponse>('sidebarAddGoal', { draft: draft(STATEMENT), targetLevel: 40 }));
    expect(outcome.error).toBe(t(lang, 'wb.error.appendMoved', { sheet: name }));
    expect(describeDifferences(diffSnapshots(snapshotCells(reference.emulator.spreadsheet), snapshotCells(emulator.spreadsheet)))).toBe('');
    // Asked again with nobody editing, the goal is added under the colleague's table.
    const added = run<AddGoalResponse>('sidebarAddGoal', { draft: draft(STATEMENT), targetLevel: 40 });
    expect(goals.getRange(added.row, 1, 1, goals.getLastColumn()).getValues()[0]).toContain(STATEMENT);
  });

  it('Add driver goals under an existing goal: the same guard', () => {
    const { emulator, run, name, goals } = book(lang);
    const before = snapshotCells(emulator.spreadsheet);
    const outcome = whileAdding(emulator, () => goals.insertRowsBefore(2, 1), () =>
      run<AddDriverGoalsResponse>('sidebarAddDriverGoals', { parent: null, parentId: 'G1', goals: [{ statement: STATEMENT, target: 40, kpi: 'Meetings' }], owner: 'Alice', deadline: '2027-06-30' }),
    );
    expect(outcome.error).toBe(t(lang, 'wb.error.appendMoved', { sheet: name }));
    // Only the colleague's blank row: the rows below it moved down by one, nothing else changed.
    goals.deleteRow(2);
    expect(describeDifferences(diffSnapshots(before, snapshotCells(emulator.spreadsheet)))).toBe('');
  });

  // Near misses: edits that move nothing the append writes next to.
  const harmless: Array<[string, (goals: Sheet) => void]> = [
    ['a target changed', (goals) => goals.getRange(3, 6).setValue(0.35)],
    ['the header of a column not written renamed (Baseline)', (goals) => goals.getRange(1, 5).setValue(lang === 'fr' ? 'Niveau actuel' : 'Current level')],
    ['a cell typed far right of the table', (goals) => goals.getRange(2, goals.getLastColumn() + 3).setValue('memo')],
  ];

  it.each(harmless)('%s: the goal is added where it would have been', (_, edit) => {
    const { emulator, run, goals } = book(lang);
    const row = goals.getLastRow() + 1;
    const outcome = whileAdding(emulator, () => edit(goals), () => run<AddGoalResponse>('sidebarAddGoal', { draft: draft(STATEMENT), targetLevel: 40 }));
    expect(outcome.error).toBeNull();
    expect(outcome.result?.row).toBe(row);
    expect(goals.getRange(row, 2).getValue()).toBe(STATEMENT);
  });
});

it('a Goals tab the add-on creates is not read again (no colleague knows it yet)', () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const reads: string[] = [];
  const stop = emulator.onServiceCall((method) => {
    if (method === 'Sheet.getDataRange') reads.push(method);
  });
  const added = emulator.runExecution(() => addon.call<AddGoalResponse>('sidebarAddGoal', { draft: draft(STATEMENT), targetLevel: 40 }));
  stop();
  expect(added.row).toBe(2);
  expect(reads).toEqual([]);
});
