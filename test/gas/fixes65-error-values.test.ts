/**
 * fixes65 (d), through the BUILT bundle on the emulator: the custom functions had their own list of Sheets error codes
 * (src/gas/functions/cells.ts) beside core's (`isErrorCell`, Check goals' reading), and the two differed — core took
 * "#ERROR" without its "!" for an error. One list now, core's, used by both: Sheets' error values are the seven codes
 * ERROR.TYPE numbers (#NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A: support.google.com/docs/answer/3238305) and
 * #ERROR! for "all other errors" (a formula Sheets cannot parse); anything else is the user's text, on every surface.
 */
import { isErrorCell } from '../../src/core/workbook/cells';
import { addSheet, harness } from './workbook/harness';

const SHEETS_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];
/** Look-alikes that are no Sheets error value: text a user may type (and Excel's codes, which Sheets never shows). */
const NOT_ERRORS = ['#ERROR', '#N/A?', '#SPILL!', '#CALC!', 'N/A', '#DIV/0'];

/** Whether SMARTSCORE, given the cell alone, answers "The input is an error value". */
function formulaSaysError(value: string): boolean {
  const h = harness({ spreadsheetLocale: 'en_US' });
  try {
    h.addon.call('SMARTSCORE', value, undefined, '2026-11-26');
    return false;
  } catch (error) {
    return /The input is an error value/.test(String((error as Error).message));
  }
}

/** Whether Check goals notes the Target cell holding `value` as an error. */
function checkSaysError(value: string): boolean {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const goals = addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'Target'], ['G1', 'Book 40 meetings by June 30, 2027', `'${value}`]]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  return /the cell shows an error/.test(String(values[1][(values[0] as string[]).indexOf('SMART notes')]));
}

describe('one list of Sheets error values for the formulas and Check goals', () => {
  it.each(SHEETS_ERRORS)('%s is an error to both', (code) => {
    expect(isErrorCell(code)).toBe(true);
    expect([formulaSaysError(code), checkSaysError(code)]).toEqual([true, true]);
  });

  it.each(NOT_ERRORS)('%s is text to both', (text) => {
    expect(isErrorCell(text)).toBe(false);
    expect([formulaSaysError(text), checkSaysError(text)]).toEqual([false, false]);
  });
});
