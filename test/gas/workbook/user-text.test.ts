/**
 * A user's text typed in our result columns on a goal row (a row that still wears our Check mark) is never
 * rewritten by the next Check goals (fixes24's known gap): the check tells its own text — a catalog status,
 * verdict or mark, a driver its notes name, notes made of catalog sentences, in either language — from a user's.
 * Through the BUILT add-on on the emulator.
 */
import { isOwnOutput, OUTPUT_COLUMNS } from '../../../src/core/workbook/output';
import { createEmulator } from '../../../src/local/emulator';
import { buildWorkbook } from '../../../src/local/bench/workbook';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import type { Lang } from '../../../src/core/types';
import { TODAY } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function checked(lang: Lang) {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = (name: string): unknown => emulator.runExecution(() => addon.call(name));
  run('menuInsertExampleWorkbook');
  run('menuCheckGoals');
  const goals = emulator.spreadsheet.getSheetByName(lang === 'fr' ? 'Objectifs' : 'Goals') as unknown as Sheet;
  const values = goals.getDataRange().getValues();
  const first = values[0].length - OUTPUT_COLUMNS.length;
  return { emulator, run, goals, values, first };
}

/** Every cell Check goals wrote under our headers, with its column and the row's notes. */
function ownCells(values: unknown[][], first: number) {
  return values.slice(1).flatMap((row) => OUTPUT_COLUMNS.map((column, j) => ({ column, value: row[first + j], notes: row[first + OUTPUT_COLUMNS.length - 1] })));
}

describe('Check goals recognizes everything it writes as its own', () => {
  it.each(['en', 'fr'] as Lang[])('the example workbook (%s)', (lang) => {
    const { values, first } = checked(lang);
    const cells = ownCells(values, first);
    expect(cells.filter((c) => c.column === 'notes' && c.value !== '').length).toBeGreaterThan(10);
    expect(cells.filter((c) => !isOwnOutput(c.column, c.value as string, c.notes as string))).toEqual([]);
  });

  it('the benchmark workbook (250 goals, driver trees)', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', firstSheetName: null });
    buildWorkbook(emulator, 250, { trees: 25 });
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
    emulator.runExecution(() => addon.call('checkGoals'));
    const values = emulator.spreadsheet.getSheetByName('Goals')?.getDataRange().getValues() ?? [];
    const first = values[0].length - OUTPUT_COLUMNS.length;
    expect(ownCells(values, first).filter((c) => !isOwnOutput(c.column, c.value as string, c.notes as string))).toEqual([]);
  });

  it('near-misses: a user\'s text is not ours', () => {
    expect(isOwnOutput('notes', 'Agreed with Bob: we keep 40%', '')).toBe(false);
    expect(isOwnOutput('notes', 'Both readings: unlikely (1% and 11%).\nAgreed with Bob', '')).toBe(false);
    expect(isOwnOutput('notes', 'Les deux lectures\u202f: peu probable (1\u202f% et 11\u202f%).', '')).toBe(true);
    expect(isOwnOutput('specific', 'to improve', '')).toBe(true);
    expect(isOwnOutput('specific', 'à améliorer', '')).toBe(true);
    expect(isOwnOutput('specific', 'done by Bob', '')).toBe(false);
    expect(isOwnOutput('flag', '✓ OK', '')).toBe(true);
    expect(isOwnOutput('flag', 'seen', '')).toBe(false);
    expect(isOwnOutput('verdict', 'échéance dépassée — atteinte', '')).toBe(true);
    expect(isOwnOutput('verdict', 'fine by me', '')).toBe(false);
    expect(isOwnOutput('probability', 'high', '')).toBe(false);
    expect(isOwnOutput('probability', 0.4, '')).toBe(true);
    expect(isOwnOutput('gapDriver', 'Meetings', 'To close the gap: Meetings 1 → 2')).toBe(true);
    expect(isOwnOutput('gapDriver', 'Hire Bob', 'To close the gap: Meetings 1 → 2')).toBe(false);
  });
});

describe('a user\'s text on a goal row that wears our mark', () => {
  it.each(['en', 'fr'] as Lang[])('is kept by the next Check goals (%s), value and format; our other cells are rewritten', (lang) => {
    const { run, goals, values, first } = checked(lang);
    const notes = first + OUTPUT_COLUMNS.length; // 1-based
    const verdict = first + OUTPUT_COLUMNS.indexOf('verdict') + 1;
    const flag = first + OUTPUT_COLUMNS.indexOf('flag') + 1;
    const probability = first + OUTPUT_COLUMNS.indexOf('probability') + 1;
    expect(String(values[1][flag - 1])).toMatch(/^[⚠✓△] /);
    goals.getRange(2, notes).setValue('Agreed with Bob: we keep it');
    goals.getRange(2, verdict).setValue('our call');
    goals.getRange(2, probability).setValue('ask Ann');
    goals.getRange(2, verdict).setNumberFormat('General');
    // Our own cell on the same row, emptied: written again.
    goals.getRange(2, flag).setValue('');
    run('menuCheckGoals');
    expect(goals.getRange(2, notes).getValue()).toBe('Agreed with Bob: we keep it');
    expect(goals.getRange(2, verdict).getValue()).toBe('our call');
    expect(goals.getRange(2, verdict).getNumberFormat()).toBe('General');
    expect(goals.getRange(2, probability).getValue()).toBe('ask Ann');
    expect(goals.getRange(2, flag).getValue()).toBe(values[1][flag - 1]);
    // Every other row as the first run wrote it.
    const after = goals.getDataRange().getValues();
    expect(after.slice(2)).toEqual(values.slice(2));
  });
});
