/**
 * review 13b: someone edits the Goals tab while Check goals runs. The document lock keeps two add-on runs apart, not
 * people ("prevents any user of the current document from concurrently running a section of code", Apps Script
 * LockService.getDocumentLock); Check goals writes by position after an analysis of seconds to minutes. Before, a row
 * inserted above the goals put every result beside the next goal (G0's row got G1's verdict), a column inserted left
 * of ours would have put them in the user's column, and a note typed in our columns was overwritten. Now the tab is
 * read again just before writing: moved rows or columns, or a cell typed in our columns, and nothing is written
 * (EN/FR message); an edit that moves nothing (a target changed, a row added at the bottom) still gets its results.
 */
import { describeDifferences, diffSnapshots, snapshotCells } from '../../../src/local/emulator';
import { t } from '../../../src/core/messages';
import type { Lang } from '../../../src/core/types';
import { outputHeader } from '../../../src/core/workbook/output';
import { harness, type Harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The example workbook checked once, so our columns exist. */
function checked(lang: Lang): { h: Harness; goals: Sheet; name: string } {
  const h = harness({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const name = lang === 'fr' ? 'Objectifs' : 'Goals';
  return { h, goals: h.emulator.spreadsheet.getSheetByName(name) as unknown as Sheet, name };
}

/** Column F is Target in both example workbooks (ID, Goal, KPI, Owner, Baseline, Target…). */
/** Runs Check goals with `edit` made by a colleague once the run has read the tab (at its protection check). */
function checkWhile(h: Harness, edit: () => void): { error: string | null } {
  let done = false;
  const stop = h.emulator.onServiceCall((method) => {
    if (!done && method === 'Sheet.getProtections') {
      done = true;
      edit();
    }
  });
  try {
    h.run('checkGoals');
    return { error: null };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    stop();
  }
}

function column(goals: Sheet, header: string): number {
  return (goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;
}

describe.each(['en', 'fr'] as const)('Check goals while a colleague edits the Goals tab (%s)', (lang) => {
  const notesHeader = outputHeader('notes', lang);
  const edits: Array<[string, (goals: Sheet) => void]> = [
    ['a row inserted above the goals', (goals) => {
      goals.insertRowsBefore(2, 1);
      goals.getRange(2, 1, 1, 2).setValues([['G0', 'Colleague goal typed during the run']]);
    }],
    ['a row deleted', (goals) => goals.deleteRow(3)],
    ['a column inserted left of the results', (goals) => goals.insertColumnsBefore(3, 1)],
    ['a note typed over our notes of a goal', (goals) => goals.getRange(3, column(goals, notesHeader)).setValue('Alice: reviewed with finance')],
  ];

  it.each(edits)('%s: nothing is written, the user is asked to run it again', (_, edit) => {
    const { h, goals, name } = checked(lang);
    const reference = checked(lang);
    edit(reference.goals);
    const outcome = checkWhile(h, () => edit(goals));
    expect(outcome.error).toBe(t(lang, 'wb.error.tableMoved', { sheet: name }));
    const differences = diffSnapshots(snapshotCells(reference.h.emulator.spreadsheet), snapshotCells(h.emulator.spreadsheet));
    expect(describeDifferences(differences)).toBe('');
    // The next run, with nobody editing, checks the colleague's table.
    expect(() => h.run('checkGoals')).not.toThrow();
  });

  it('every cell of the tab cleared: nothing is written, the user is asked to run it again (calls30)', () => {
    // The read before writing is Sheet.getSheetValues(1, 1, -1, -1); on a tab left without data Google documents no answer
    // (the emulator refuses a range of no rows), so the data range is read then, as before.
    const { h, goals, name } = checked(lang);
    const reference = checked(lang);
    reference.goals.getDataRange().clearContent();
    const outcome = checkWhile(h, () => goals.getDataRange().clearContent());
    expect(outcome.error).toBe(t(lang, 'wb.error.tableMoved', { sheet: name }));
    expect(describeDifferences(diffSnapshots(snapshotCells(reference.h.emulator.spreadsheet), snapshotCells(h.emulator.spreadsheet)))).toBe('');
  });

  it('the menu says it in one line, no stack trace', () => {
    const { h, goals, name } = checked(lang);
    let done = false;
    const stop = h.emulator.onServiceCall((method) => {
      if (!done && method === 'Sheet.getProtections') {
        done = true;
        goals.insertRowsBefore(2, 1);
      }
    });
    h.run('menuCheckGoals');
    stop();
    expect(h.emulator.ui.alerts[h.emulator.ui.alerts.length - 1]).toBe(t(lang, 'wb.error.tableMoved', { sheet: name }));
  });

  // Near misses: edits that move nothing the run writes next to.
  const harmless: Array<[string, (goals: Sheet) => void]> = [
    ['a target changed', (goals) => goals.getRange(3, 6).setValue(0.35)],
    ['a goal added under the table', (goals) => goals.getRange(goals.getLastRow() + 1, 1, 1, 2).setValues([['G99', 'Book 40 meetings by June 30, 2027']])],
    ['a cell typed right of the table, below its header', (goals) => goals.getRange(2, goals.getLastColumn() + 2).setValue('memo')],
    ['the Owner header renamed', (goals) => goals.getRange(1, 4).setValue(lang === 'fr' ? 'Commercial' : 'Sales rep')],
  ];

  it.each(harmless)('%s: the results are written where they were', (_, edit) => {
    const { h, goals } = checked(lang);
    const verdict = column(goals, outputHeader('verdict', lang));
    const before = goals.getRange(2, verdict, goals.getLastRow() - 1, 1).getValues();
    const outcome = checkWhile(h, () => edit(goals));
    expect(outcome.error).toBeNull();
    expect(goals.getRange(2, verdict, before.length, 1).getValues()).toEqual(before);
  });
});

it('merged cells beside the goals (a team merged down) do not read as a move', () => {
  const { h, goals } = checked('en');
  goals.getRange(2, 4, 3, 1).merge();
  const outcome = checkWhile(h, () => undefined);
  expect(outcome.error).toBeNull();
});
