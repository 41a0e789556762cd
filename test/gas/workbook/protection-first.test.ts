/**
 * Check goals refuses a protected Goals tab BEFORE its analysis (review finding: the refusal came only after the
 * whole analysis, minutes on a big workbook), with the same localized message naming the range, and no more
 * service calls; and a protection added after the check, while the results are written, leaves no column half new
 * and half old. Through the BUILT add-on on the emulator.
 */
import { t } from '../../../src/core/messages';
import { columnToLetters, createEmulator } from '../../../src/local/emulator';
import { buildWorkbook } from '../../../src/local/bench/workbook';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { TODAY } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

describe('a protected Goals tab is refused before the analysis', () => {
  it('250 goals: no progress toast (the analysis never ran), the range named, no more calls than a read', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', firstSheetName: null });
    buildWorkbook(emulator, 250);
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    // A first run writes our columns; the second finds a protection over the first goal row.
    emulator.runExecution(() => addon.call('checkGoals'));
    const goals = emulator.spreadsheet.getSheetByName('Goals') as unknown as Sheet;
    const last = columnToLetters(goals.getLastColumn());
    emulator.protect('Goals', `A2:${last}2`);
    emulator.calls.reset();
    expect(() => emulator.runExecution(() => addon.call('checkGoals'))).toThrow(t('en', 'wb.error.protected', { where: `Goals!A2:${last}2` }));
    const refused = emulator.calls.byMethod();
    // Only the "Checking…" toast: the analysis's two progress toasts (200+ goals) were before the refusal.
    expect(refused['Spreadsheet.toast']).toBe(1);
    expect(refused['Sheet.getProtections']).toBe(2);
    expect(Object.keys(refused).filter((m) => /^Range\.set|^Sheet\.(insert|set)/.test(m))).toEqual([]);
    // The same workbook unprotected: the refusal costs the read, the check and nothing else.
    emulator.spreadsheet.model.protections.length = 0;
    emulator.calls.reset();
    emulator.runExecution(() => addon.call('checkGoals'));
    const full = emulator.calls.byMethod();
    expect(full['Spreadsheet.toast']).toBe(4);
    // The refusal made the run's reads and its protection check, fewer calls than the run that writes.
    const refusedTotal = Object.values(refused).reduce((a, b) => a + b, 0);
    expect(refusedTotal).toBeLessThan(emulator.calls.total());
  });
});

describe('a protection added while the results are written', () => {
  it('the columns already written get their values back: no column new beside old ones', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
    const run = (name: string): unknown => emulator.runExecution(() => addon.call(name));
    run('menuInsertExampleWorkbook');
    run('menuCheckGoals');
    const goals = emulator.spreadsheet.getSheetByName('Goals') as unknown as Sheet;
    const headers = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0].map(String);
    // The user inserts a column of their own inside ours: our columns are now two runs, written one after the other.
    const split = headers.length - 3;
    goals.insertColumnAfter(split);
    const before = goals.getRange(1, 1, goals.getLastRow(), goals.getLastColumn()).getValues();
    // A French spreadsheet now: every header we write changes.
    emulator.spreadsheet.setSpreadsheetLocale('fr_FR');
    let armed = true;
    const stop = emulator.onServiceCall((method) => {
      if (armed && method === 'Range.setFontWeights') {
        // After the first run of columns is written, the owner locks the second one.
        armed = false;
        emulator.protect('Goals', `${columnToLetters(split + 2)}:${columnToLetters(goals.getLastColumn())}`);
      }
    });
    run('menuCheckGoals');
    stop();
    expect(armed).toBe(false);
    expect(emulator.ui.alerts).toEqual([t("fr", "wb.error.protectedCell")]);
    const after = goals.getRange(1, 1, goals.getLastRow(), goals.getLastColumn()).getValues();
    expect(after).toEqual(before);
  });
});
