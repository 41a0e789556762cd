/**
 * Protected ranges and sheets, through the BUILT add-on on the emulator (src/local/emulator/protection.ts): every
 * writing surface asks the sheet it writes for its protections first and writes NOTHING when one covers its cells
 * (owner-only or warning-only), saying in the user's language which sheet or range and what to do; a protection
 * the user may edit, or one away from the cells written, changes nothing; a refusal that still comes mid-run
 * reaches the user as one localized line and leaves no half-written row.
 */
import type { AddDriverGoalsResponse, AddGoalResponse, SettingsView } from '../../../src/core/api';
import { t } from '../../../src/core/messages';
import type { Lang } from '../../../src/core/types';
import { columnToLetters, createEmulator, diffSnapshots, snapshotCells, type Emulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { meetingDraft, TODAY } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function book(lang: Lang = 'en') {
  const locale = lang === 'fr' ? 'fr_FR' : 'en_US';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  run('menuInsertExampleWorkbook');
  const goalsName = lang === 'fr' ? 'Objectifs' : 'Goals';
  const goals = emulator.spreadsheet.getSheetByName(goalsName) as unknown as Sheet;
  return { emulator, run, goalsName, goals };
}

/** Everything a write could leave behind: cells, conditional rules, developer metadata, sheets. */
function state(emulator: Emulator) {
  const model = emulator.spreadsheet.model;
  return { cells: snapshotCells(emulator.spreadsheet), rules: model.sheets.map((s) => [s.name, s.conditionalRules.length]), metadata: model.developerMetadata.length, sheets: model.sheets.map((s) => s.name) };
}

function expectUnchanged(emulator: Emulator, before: ReturnType<typeof state>): void {
  const after = state(emulator);
  expect(diffSnapshots(before.cells, after.cells)).toEqual([]);
  expect(after.rules).toEqual(before.rules);
  expect(after.metadata).toBe(before.metadata);
  expect(after.sheets).toEqual(before.sheets);
}

const draft = meetingDraft;

describe('Check goals on protected ranges and sheets', () => {
  it.each([
    ['en', false],
    ['fr', false],
    ['en', true],
  ] as Array<[Lang, boolean]>)('a protected goals sheet (%s, warning-only %s): nothing written, the sheet named', (lang, warningOnly) => {
    const { emulator, run, goalsName } = book(lang);
    emulator.protect(goalsName, null, { warningOnly });
    const before = state(emulator);
    run('menuCheckGoals');
    expect(emulator.ui.alerts).toEqual([t(lang, 'wb.error.protected', { where: goalsName })]);
    expect(() => run('sidebarCheckGoals')).toThrow(t(lang, 'wb.error.protected', { where: goalsName }));
    expectUnchanged(emulator, before);
  });

  it('a protected range over the result columns on a re-run: nothing written, the range named', () => {
    const { emulator, run, goalsName, goals } = book('en');
    run('menuCheckGoals');
    expect(emulator.ui.alerts).toEqual([]);
    const last = columnToLetters(goals.getLastColumn());
    emulator.protect(goalsName, `A2:${last}2`);
    goals.getRange('B2').getValue();
    const before = state(emulator);
    run('menuCheckGoals');
    expect(emulator.ui.alerts).toEqual([t('en', 'wb.error.protected', { where: `Goals!A2:${last}2` })]);
    expect(emulator.ui.alerts[0]).toMatch(/^“Goals!A2:[A-Z]+2” is protected: nothing was written\. /);
    expectUnchanged(emulator, before);
  });

  it('a protection away from the cells written, or one the user may edit: Check goals as without it', () => {
    const plain = book('en');
    plain.run('menuCheckGoals');
    const protectedBook = book('en');
    // The user's own columns locked by the owner, and a sheet protection the user is an editor of.
    protectedBook.emulator.protect('Goals', 'A1:K40');
    protectedBook.emulator.protect('Goals', null, { canEdit: true });
    protectedBook.emulator.calls.reset();
    protectedBook.run('menuCheckGoals');
    expect(protectedBook.emulator.ui.alerts).toEqual([]);
    expect(diffSnapshots(snapshotCells(plain.emulator.spreadsheet), snapshotCells(protectedBook.emulator.spreadsheet))).toEqual([]);
    // The price: two getProtections calls, and a few per protection found.
    const calls = protectedBook.emulator.calls.byMethod();
    expect(calls['Sheet.getProtections']).toBe(2);
    expect(calls['Protection.isWarningOnly']).toBe(2);
  });

  it('a protection added while the results are written: one localized line, never the raw exception', () => {
    const { emulator, run, goalsName } = book('fr');
    let armed = true;
    const stop = emulator.onServiceCall((method) => {
      if (armed && method === 'Range.setNumberFormats') {
        armed = false;
        emulator.protect(goalsName, null);
      }
    });
    run('menuCheckGoals');
    stop();
    expect(emulator.ui.alerts).toEqual([t('fr', 'wb.error.protectedCell')]);
  });
});

describe('Add goal and Add driver goals on protected ranges and sheets', () => {
  it.each([
    ['en', false],
    ['fr', true],
  ] as Array<[Lang, boolean]>)('a protected goals sheet (%s, warning-only %s): no row added, the sheet named', (lang, warningOnly) => {
    const { emulator, run, goalsName } = book(lang);
    emulator.protect(goalsName, null, { warningOnly });
    const before = state(emulator);
    const message = t(lang, 'wb.error.protected', { where: goalsName });
    expect(() => run<AddGoalResponse>('sidebarAddGoal', { draft: draft('Book 40 meetings by June 30, 2027.'), targetLevel: 40 })).toThrow(message);
    expect(() =>
      run<AddDriverGoalsResponse>('sidebarAddDriverGoals', { parent: null, parentId: 'G1', goals: [{ statement: 'Book 40 meetings by June 30, 2027.', target: 40, kpi: 'Meetings' }], owner: 'Alice', deadline: '2027-06-30' }),
    ).toThrow(message);
    expectUnchanged(emulator, before);
  });

  it('a protected range over the next free row refuses; one over the rows already there does not', () => {
    const { emulator, run, goals } = book('en');
    const last = goals.getLastRow();
    const lock = emulator.protect('Goals', `A${last + 1}:K${last + 1}`);
    const before = state(emulator);
    expect(() => run('sidebarAddGoal', { draft: draft('Book 40 meetings by June 30, 2027.'), targetLevel: 40 })).toThrow(t('en', 'wb.error.protected', { where: `Goals!A${last + 1}:K${last + 1}` }));
    expectUnchanged(emulator, before);
    emulator.spreadsheet.model.protections = emulator.spreadsheet.model.protections.filter((p) => p !== lock);
    emulator.protect('Goals', `A1:K${last}`);
    const added = run<AddGoalResponse>('sidebarAddGoal', { draft: draft('Book 40 meetings by June 30, 2027.'), targetLevel: 40 });
    expect(added.row).toBe(last + 1);
    expect(goals.getRange(last + 1, 2).getValue()).toBe('Book 40 meetings by June 30, 2027.');
  });

  it('a write refused midway leaves no half-written row', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
    const sheet = emulator.spreadsheet.insertSheet('Goals') as unknown as Sheet;
    sheet.getRange(1, 1, 2, 7).setValues([
      ['ID', 'Goal', 'KPI', 'Target', 'Deadline', 'Remarks', 'Owner'],
      ['G1', 'Close 30 accounts by 2027-03-31', 'Accounts', 30, '2027-03-31', 'keep me', 'Ann'],
    ]);
    // The owner column is a second run of columns: a protection appears just before it is written.
    let formats = 0;
    const stop = emulator.onServiceCall((method) => {
      if (method === 'Range.setNumberFormats' && ++formats === 2) emulator.protect('Goals', 'G3');
    });
    expect(() => emulator.runExecution(() => addon.call('sidebarAddGoal', { draft: draft('Book 40 meetings by June 30, 2027.'), targetLevel: 40 }))).toThrow(t('en', 'wb.error.protectedCell'));
    stop();
    expect(sheet.getRange(3, 1, 1, 7).getValues()[0]).toEqual(['', '', '', '', '', '', '']);
    expect(sheet.getLastRow()).toBe(2);
  });
});

describe('Plan report, Settings and the example workbook on protected sheets', () => {
  it('a protected report sheet is left as it is: the report goes to the next free name', () => {
    const { emulator, run } = book('en');
    run('menuGeneratePlanReport');
    const first = emulator.spreadsheet.getSheets().map((s) => s.getName()).find((n) => /report|plan/i.test(n) && !/Goals/.test(n)) as string;
    expect(first).toBeDefined();
    emulator.protect(first, null, { warningOnly: true });
    const kept = snapshotCells(emulator.spreadsheet, { sheets: [first] });
    run('menuGeneratePlanReport');
    expect(emulator.ui.alerts).toEqual([]);
    const names = emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toContain(`${first} (2)`);
    expect(diffSnapshots(kept, snapshotCells(emulator.spreadsheet, { sheets: [first] }))).toEqual([]);
    // A report is never replaced (review 9, D3): the next run takes the next free name and both earlier ones stay.
    run('menuGeneratePlanReport');
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual([...names, `${first} (3)`]);
    expect(diffSnapshots(kept, snapshotCells(emulator.spreadsheet, { sheets: [first] }))).toEqual([]);
  });

  it('a protected goals sheet does not stop the report (it writes a new sheet) nor Settings (document properties)', () => {
    const { emulator, run } = book('fr');
    emulator.protect('Objectifs', null);
    emulator.protect('Objectifs', 'A1:B2');
    const before = snapshotCells(emulator.spreadsheet, { sheets: ['Objectifs'] });
    run('menuGeneratePlanReport');
    expect(emulator.ui.alerts).toEqual([]);
    const view = run<SettingsView>('sidebarGetSettings');
    emulator.calls.reset();
    const saved = run<SettingsView>('sidebarSaveSettings', { ...view, language: 'en' });
    expect(saved.language).toBe('en');
    expect(emulator.calls.byMethod()['Sheet.getProtections']).toBeUndefined();
    run('menuInsertExampleWorkbook');
    expect(emulator.ui.alerts).toEqual([]);
    expect(diffSnapshots(before, snapshotCells(emulator.spreadsheet, { sheets: ['Objectifs'] }))).toEqual([]);
  });
});
