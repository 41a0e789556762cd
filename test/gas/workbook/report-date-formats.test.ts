/**
 * The plan report's date cells wear the spreadsheet locale's CLDR short date form (review 11, A3/H4; probe p7),
 * through the BUILT bundle on the emulator: year first in ja_JP, zh_CN, ko_KR, hu_HU (CLDR y/MM/dd, y/M/d,
 * yy. M. d., y. MM. dd.: 'yyyy/mm/dd'), ISO in en_CA, fr_CA and sv_SE (CLDR y-MM-dd), month first in en_US, day
 * first in en_GB and fr_FR — whatever the report's language.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { TODAY } from './harness';

function reportDateFormats(locale: string): string[] {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = (name: string) => emulator.runExecution(() => addon.call(name));
  run('menuInsertExampleWorkbook');
  run('menuGeneratePlanReport');
  const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const report = ss.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()));
  if (!report) throw new Error('no report');
  const range = report.getDataRange();
  const values = range.getValues().flat();
  return [...new Set(range.getNumberFormats().flat().filter((_, i) => values[i] instanceof Date))];
}

describe('plan report date cells per locale', () => {
  it.each([
    ['ja_JP', 'yyyy/mm/dd'],
    ['zh_CN', 'yyyy/mm/dd'],
    ['ko_KR', 'yyyy/mm/dd'],
    ['hu_HU', 'yyyy/mm/dd'],
    ['en_CA', 'yyyy-mm-dd'],
    ['fr_CA', 'yyyy-mm-dd'],
    ['sv_SE', 'yyyy-mm-dd'],
    ['en_US', 'm/d/yyyy'],
    ['en_GB', 'dd/mm/yyyy'],
    ['fr_FR', 'dd/mm/yyyy'],
  ])('%s: %s', (locale, format) => {
    expect(reportDateFormats(locale)).toEqual([format]);
  });
});
