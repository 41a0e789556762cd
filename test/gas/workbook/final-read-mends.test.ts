/**
 * The final read's findings on tonight's merge (2026-12-04), through the BUILT bundle on the emulator: a goal whose row
 * the user merged down over the Check columns too (its wrapped text) is still checked on its top row, whose cells show
 * (emul29 left the whole merge to the user, so the verdict there stayed the previous run's); a formula's `start` typed
 * "Q1 2027" is the Settings' fiscal quarter, as the Goals tab's Start and the formulas' deadline read it.
 */
import { addSheet, harness } from './harness';

describe('a goal merged down over the Check columns is checked on its top row', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const goals = addSheet(h.emulator, 'Goals', [
    ['ID', 'Goal', 'Owner'],
    ['G1', 'Increase revenue', 'Alice'],
    ['', '', ''],
    ['G2', 'Sign 12 new accounts by March 31, 2027', 'Bob'],
  ]);
  h.run('checkGoals');
  const header = (): unknown[] => goals.getDataRange().getValues()[0];
  const notesColumn = header().indexOf('SMART notes') + 1;
  const lastColumn = header().length;
  const firstNotes = String(goals.getRange(2, notesColumn).getValue());
  // The user wraps G1 over rows 2–3, every column merged down (Format › Merge cells › Merge vertically), then makes it SMART.
  goals.getRange(2, 1, 2, lastColumn).mergeVertically();
  goals.getRange(2, 2).setValue('Sign 40 new accounts by June 30, 2027');
  h.run('checkGoals');

  it('writes the new check on the top row, and nothing in the hidden row under it', () => {
    expect(firstNotes).not.toBe('');
    const notes = String(goals.getRange(2, notesColumn).getValue());
    expect(notes).not.toBe(firstNotes);
    expect(goals.getRange(3, 1, 1, lastColumn).getValues()[0].every((v) => v === '')).toBe(true);
    expect(goals.getRange(2, notesColumn, 2, 1).isPartOfMerge()).toBe(true);
  });
});

describe('a formula’s start "Q1 2027" is the fiscal quarter of the Settings (April start)', () => {
  const h = harness({ spreadsheetLocale: 'en_IN', userLocale: 'en' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
  it('REQUIREDPACE from "Q1 2027" to "Q4 2027" is the fiscal year, 1 April 2026 – 31 March 2027', () => {
    const named = h.addon.call('REQUIREDPACE', 100, 200, 'Q1 2027', 'Q4 2027', 'month');
    const dated = h.addon.call('REQUIREDPACE', 100, 200, '2026-04-01', '2027-03-31', 'month');
    expect(typeof named).toBe('number');
    expect(named).toBe(dated);
  });
});
