/**
 * review 13b: a spreadsheet at Google Sheets' limit ("up to 10 million cells or 18,278 columns", Google Drive Help,
 * "Files you can store in Google Drive", support.google.com/drive/answer/37603). A sales team's CRM export can fill
 * most of it. Before, the plan report and the example workbook answered "Something went wrong: Error" and a refusal
 * midway left the tabs already made; now every surface says what happened in the user's language, and a tab the run
 * made is removed when it cannot be finished. The emulator refuses growth past the limit with Sheets' wording
 * (src/local/emulator/model.ts).
 */
import { isSheetLimitFailure } from '../../../src/core/limits';
import { t } from '../../../src/core/messages';
import type { Lang } from '../../../src/core/types';
import { describeDifferences, diffSnapshots, snapshotCells, type Emulator } from '../../../src/local/emulator';
import { buildWorkbook } from '../../../src/local/bench/workbook';
import { harness, type Harness } from './harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LIMIT = 10_000_000;

function cells(emulator: Emulator): number {
  return (emulator.spreadsheet as unknown as Spreadsheet).getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
}

/** A 26-column "CRM export" tab that leaves `room` cells (or a little more) under the limit. */
function fillTo(emulator: Emulator, room: number): void {
  const filler = (emulator.spreadsheet as unknown as Spreadsheet).insertSheet('CRM export');
  const rows = filler.getMaxRows() + Math.floor((LIMIT - cells(emulator) - room) / filler.getMaxColumns());
  filler.insertRowsAfter(filler.getMaxRows(), rows - filler.getMaxRows());
}

function sheetNames(h: Harness): string[] {
  return (h.emulator.spreadsheet as unknown as Spreadsheet).getSheets().map((s) => s.getName());
}

it('recognises the limit in any grouping of its digits, not another number', () => {
  for (const text of ['This action would increase the number of cells in the workbook above the limit of 10000000 cells.', 'au-delà de la limite de 10 000 000 cellules', 'über dem Limit von 10.000.000 Zellen', '18,278 columns', 'limit of 18278 columns']) {
    expect(isSheetLimitFailure(text)).toBe(true);
  }
  for (const text of ['100000000 cells', '1,000,000 cells', 'row 10000001', 'Service Spreadsheets failed while accessing document with id 1abc.', '182780']) expect(isSheetLimitFailure(text)).toBe(false);
});

describe.each(['en', 'fr'] as const)('at the 10-million-cell limit (%s)', (lang: Lang) => {
  const locale = lang === 'fr' ? 'fr_FR' : 'en_US';
  const message = t(lang, 'wb.error.sheetLimit');

  it('Insert example workbook: room for three of its tabs — none is left, one localized line', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    fillTo(h.emulator, 3 * 26_000 + 100);
    const before = sheetNames(h);
    h.run('menuInsertExampleWorkbook');
    expect(h.emulator.ui.alerts).toEqual([message]);
    expect(sheetNames(h)).toEqual(before);
  });

  it('Generate plan report: the report tab cannot grow to its rows — it is removed, one localized line', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    buildWorkbook(h.emulator, 400);
    // Room for the new tab (1,000 × 26 cells), not for the rows a 400-goal report needs.
    fillTo(h.emulator, 26_000 + 10);
    const before = sheetNames(h);
    h.run('menuGeneratePlanReport');
    expect(h.emulator.ui.alerts).toEqual([message]);
    expect(sheetNames(h)).toEqual(before);
  });

  it('Check goals: no room for its 13 columns — nothing written, one localized line', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    buildWorkbook(h.emulator, 60);
    const goals = (h.emulator.spreadsheet as unknown as Spreadsheet).getSheetByName('Goals') as GoogleAppsScript.Spreadsheet.Sheet;
    goals.deleteColumns(8, goals.getMaxColumns() - 7);
    fillTo(h.emulator, 5_000);
    const before = snapshotCells(h.emulator.spreadsheet);
    h.run('menuCheckGoals');
    expect(h.emulator.ui.alerts).toEqual([message]);
    expect(describeDifferences(diffSnapshots(before, snapshotCells(h.emulator.spreadsheet)))).toBe('');
  });

  it('near miss: with room enough, the same three runs finish', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    buildWorkbook(h.emulator, 60);
    fillTo(h.emulator, 400_000);
    h.run('menuInsertExampleWorkbook');
    h.run('checkGoals');
    h.run('menuGeneratePlanReport');
    expect(h.emulator.ui.alerts).toEqual([]);
    expect(cells(h.emulator)).toBeLessThanOrEqual(LIMIT);
  });
});
