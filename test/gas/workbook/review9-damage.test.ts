/** Review 9: the BUILT add-on on hostile but realistic workbooks must never damage what the user typed. */
import type { CheckSummary } from '../../../src/core/workbook/types';
import { harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

describe('D1: Check goals leaves the user’s cells under the goals table alone', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  h.run<CheckSummary>('checkGoals');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as unknown as Sheet;
  const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
  const notes = header.indexOf('SMART notes') + 1;
  const probability = header.indexOf('Probability') + 1;
  const check = header.indexOf('Check') + 1;
  const lastGoal = goals.getLastRow();
  // A footnote two rows below the last goal in our notes column, a bold formatted figure in our Probability column.
  goals.getRange(lastGoal + 2, notes).setValue('Source: Q3 board pack');
  goals.getRange(lastGoal + 3, probability).setValue(0.5).setNumberFormat('0.0%').setFontWeight('bold');
  h.run<CheckSummary>('checkGoals');

  it('keeps the footnote, its neighbour’s value, number format and weight on a re-run', () => {
    expect(goals.getRange(lastGoal + 2, notes).getValue()).toBe('Source: Q3 board pack');
    expect(goals.getRange(lastGoal + 3, probability).getValue()).toBe(0.5);
    expect(goals.getRange(lastGoal + 3, probability).getNumberFormat()).toBe('0.0%');
    expect(goals.getRange(lastGoal + 3, probability).getFontWeight()).toBe('bold');
  });

  it('still clears its own marks from a goal deleted since the last run, and keeps the footnote below it', () => {
    expect(goals.getRange(lastGoal, check).getValue()).not.toBe('');
    const userWidth = header.indexOf('SMART score');
    goals.getRange(lastGoal, 1, 1, userWidth > 0 ? userWidth : 5).clearContent();
    h.run<CheckSummary>('checkGoals');
    expect(goals.getRange(lastGoal, check).getValue()).toBe('');
    expect(goals.getRange(lastGoal, notes).getValue()).toBe('');
    expect(goals.getRange(lastGoal + 2, notes).getValue()).toBe('Source: Q3 board pack');
    expect(goals.getRange(lastGoal + 3, probability).getFontWeight()).toBe('bold');
  });

  it('leaves a note typed in its columns on a blank row inside the table, and still writes the goals on both sides', () => {
    goals.insertRowAfter(3);
    goals.getRange(4, notes).setValue('Q2 starts here');
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.checked).toBeGreaterThan(10);
    expect(goals.getRange(4, notes).getValue()).toBe('Q2 starts here');
    expect(goals.getRange(3, check).getValue()).not.toBe('');
    expect(goals.getRange(5, check).getValue()).not.toBe('');
    expect(goals.getRange(1, notes).getValue()).toBe('SMART notes');
    expect(goals.getRange(1, notes).getFontWeight()).toBe('bold');
  });
});
