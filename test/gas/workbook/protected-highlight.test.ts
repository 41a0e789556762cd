/**
 * Check goals' cosmetic writes over a range the user protected (review 11, H1; probe p4), through the BUILT add-on
 * on the emulator, which refuses a conditional-format rule or column metadata over protected cells
 * (test/local/emulator/protection-format.test.ts). The highlight rule falls back to the add-on's own columns and
 * the summary says so — the run never fails after its results are written; a column to mark with metadata that
 * holds a protected cell anywhere stops the run BEFORE anything is written, naming the range.
 */
import { t } from '../../../src/core/messages';
import type { CheckResponse } from '../../../src/core/api';
import type { Lang } from '../../../src/core/types';
import { createEmulator, diffSnapshots, snapshotCells } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { TODAY } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function book(lang: Lang) {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = <T = unknown>(name: string): T => emulator.runExecution(() => addon.call<T>(name));
  run('menuInsertExampleWorkbook');
  const goals = emulator.spreadsheet.getSheetByName(lang === 'fr' ? 'Objectifs' : 'Goals') as unknown as Sheet;
  return { emulator, run, goals };
}

const ruleRanges = (sheet: Sheet) => sheet.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()));

describe('Check goals beside a column the user protected', () => {
  it.each(['en', 'fr'] as Lang[])('the results are written, the highlight keeps to our columns and the summary says why (%s)', (lang) => {
    const plain = book(lang);
    const plainSummary = plain.run<CheckResponse>('sidebarCheckGoals');
    const { emulator, run, goals } = book(lang);
    emulator.protect(goals.getName(), 'A:A');
    const summary = run<CheckResponse>('sidebarCheckGoals');
    expect(emulator.ui.alerts).toEqual([]);
    expect(diffSnapshots(snapshotCells(plain.emulator.spreadsheet), snapshotCells(emulator.spreadsheet))).toEqual([]);
    expect(summary.summary).toBe(`${plainSummary.summary} ${t(lang, 'wb.note.highlightProtected')}`);
    const [whole] = ruleRanges(plain.goals);
    expect(whole).toEqual(['A2:X18']);
    expect(ruleRanges(goals)).toEqual([['L2:X18']]);
    // A re-run keeps it so, and the menu's run shows no error either.
    run('menuCheckGoals');
    expect(emulator.ui.alerts).toEqual([]);
    expect(ruleRanges(goals)).toEqual([['L2:X18']]);
  });

  it('a protected cell far down a column to be marked with metadata: nothing written, the range named', () => {
    const { emulator, run, goals } = book('en');
    emulator.protect('Goals', 'W500');
    const before = snapshotCells(emulator.spreadsheet);
    run('menuCheckGoals');
    expect(emulator.ui.alerts).toEqual([t('en', 'wb.error.protected', { where: 'Goals!W500' })]);
    expect(diffSnapshots(before, snapshotCells(emulator.spreadsheet))).toEqual([]);
    expect(emulator.spreadsheet.model.developerMetadata).toHaveLength(0);
    expect(ruleRanges(goals)).toEqual([]);
  });
});
