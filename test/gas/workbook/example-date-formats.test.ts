/**
 * review 26, finding 1: the example workbook and the wizard's Start and Deadline cells wear the spreadsheet locale's
 * short date (`cellDateFormat`, core/dates.ts: CLDR 48's short pattern with a four-digit year), as the plan report's do
 * (report-date-formats.test.ts). A French-Canadian sheet got dd/mm/yyyy (the French language's), where fr_CA's CLDR
 * short date is y-MM-dd (`Intl.DateTimeFormat('fr-CA', { dateStyle: 'short' })` → "2026-12-03"); an American one got
 * ISO where en_US writes M/d/yy.
 */
import { createEmulator, type Emulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { appendGoal } from '../../../src/gas/workbook';
import { addSheet, TODAY } from './harness';

function dateFormatsOf(emulator: Emulator): string[] {
  const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const formats = ss.getSheets().flatMap((sheet) => {
    const range = sheet.getDataRange();
    const values = range.getValues().flat();
    return range.getNumberFormats().flat().filter((_, i) => values[i] instanceof Date);
  });
  return [...new Set(formats)];
}

describe('the example workbook’s date cells per locale', () => {
  it.each([
    ['fr_CA', 'yyyy-mm-dd', /^\d{4}-\d\d-\d\d$/],
    ['en_CA', 'yyyy-mm-dd', /^\d{4}-\d\d-\d\d$/],
    ['fr_FR', 'dd/mm/yyyy', /^\d\d\/\d\d\/\d{4}$/],
    ['en_GB', 'dd/mm/yyyy', /^\d\d\/\d\d\/\d{4}$/],
    ['en_US', 'm/d/yyyy', /^\d{1,2}\/\d{1,2}\/\d{4}$/],
    ['ja_JP', 'yyyy/mm/dd', /^\d{4}\/\d\d\/\d\d$/],
  ])('%s: every date cell is %s', (locale, format, shape) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
    emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
    expect(dateFormatsOf(emulator)).toEqual([format]);
    const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = ss.getSheets().find((sheet) => /^(Goals|Objectifs)$/.test(sheet.getName())) as GoogleAppsScript.Spreadsheet.Sheet;
    const deadlines = goals.getDataRange().getDisplayValues().slice(1).map((row) => row[7]).filter((text) => text !== '');
    expect(deadlines.length).toBeGreaterThan(3);
    for (const text of deadlines) expect(text).toMatch(shape);
  });
});

describe('the wizard’s dates per locale', () => {
  it.each([
    ['fr_CA', 'yyyy-mm-dd', '2027-03-31'],
    ['fr_FR', 'dd/mm/yyyy', '31/03/2027'],
    ['en_US', 'm/d/yyyy', '3/31/2027'],
  ])('%s: Start and Deadline are %s', (locale, format, shown) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    Object.assign(globalThis, emulator.globals, { __SMART_GOALS_TODAY__: TODAY });
    addSheet(emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Start', 'Target', 'Deadline']]);
    emulator.runExecution(() => appendGoal({ statement: 'Close 12 accounts by 2027-03-31', kpi: 'Accounts', target: 12, start: '2026-12-01', deadline: '2027-03-31' }));
    const sheet = emulator.spreadsheet.getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
    expect([sheet.getRange(2, 4).getNumberFormat(), sheet.getRange(2, 6).getNumberFormat()]).toEqual([format, format]);
    expect(sheet.getRange(2, 6).getDisplayValue()).toBe(shown);
  });
});
