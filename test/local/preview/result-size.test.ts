/**
 * The size of a custom function's answer in the preview's grid: HyperFormula fixes an array's size before it evaluates
 * it, and Sheets spills whatever the function returns. The preview took every answer to be the first argument's shape,
 * so =SMARTPARSE(A2:A4) (three rows of six columns) stopped the whole grid with HyperFormula's "Resizing to smaller
 * array", and =GOALVERDICT(history, targets, deadlines) — one verdict per target, not per history row — and
 * =REQUIREDPACE(24%, targets, …) showed #ERROR! (review19). Run on the built add-on, whose answers set the shapes.
 */
import { createEmulator } from '../../../src/local/emulator';
import { closeOpenRanges, evaluateFormulas, type FormulaCell } from '../../../src/local/preview/formulas';
import { PreviewSession } from '../../../src/local/preview/session';
import { loadAddon } from '../../../src/local/runtime';

/** Days since 30 December 1899, as Sheets numbers a date. */
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const date = (iso: string): FormulaCell => ({ serial: serial(iso) });

function evaluate(goals: FormulaCell[][]): ReturnType<typeof evaluateFormulas>[number] {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', timeZone: 'UTC' });
  const addon = loadAddon(emulator.globals);
  // Twelve weekly close rates around 25 %.
  const history: FormulaCell[][] = [['Week', 'Close rate'], ...Array.from({ length: 12 }, (_, i): FormulaCell[] => [{ serial: serial('2026-09-07') + 7 * i }, 0.24 + (i % 3) * 0.005])];
  const dateArgument = (n: number): Date => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  const [, sheet] = evaluateFormulas(
    [
      { name: 'History', cells: history },
      { name: 'Goals', cells: goals },
    ],
    (name, args) => addon.call(name, ...args),
    { dateArgument },
  );
  return sheet;
}

describe('a custom function’s answer takes the size the add-on returns', () => {
  it('SMARTPARSE over a column spills six columns per goal, a blank goal a blank row', () => {
    const sheet = evaluate([
      ['Goal', 'KPI', 'Direction', 'Baseline', 'Target', 'Deadline', 'Cadence'],
      ['Reduce churn from 45% to 20% next quarter', '=SMARTPARSE(A2:A4, DATE(2026,11,26))', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      ['Increase revenue by 10% each month', '', '', '', '', '', ''],
    ]);
    expect(sheet[1].slice(1, 5)).toEqual(['Churn', 'decrease', 0.45, 0.2]);
    // The deadline is a date value (its serial number; the grid shows it as a date: date-results.test.ts).
    expect(sheet[1][5]).toBe(serial('2027-03-31'));
    expect(sheet[2].slice(1)).toEqual(['', '', '', '', '', '']);
    expect(sheet[3].slice(1, 3)).toEqual(['Revenue', 'increase']);
    expect(sheet[3][6]).toBe('month');
  });

  it('GOALVERDICT and ACHIEVABILITY answer one cell per target, whatever the history’s length', () => {
    const sheet = evaluate([
      ['Target', 'Deadline', 'Verdict', 'Chance'],
      [0.26, date('2026-12-31'), '=GOALVERDICT(History!A2:B13, A2:A5, B2:B5, DATE(2026,11,26))', '=ACHIEVABILITY(History!A2:B13, A2:A5, B2:B5, DATE(2026,11,26))'],
      [0.5, date('2026-12-31'), '', ''],
      ['', '', '', ''],
      ['abc', date('2026-12-31'), '', ''],
    ]);
    expect(sheet.map((row) => row[2])).toEqual(['Verdict', expect.stringMatching(/^(on track|realistic|stretch)$/), expect.stringMatching(/^unrealistic — read as a rise/), '', 'Not a number: abc']);
    expect(typeof sheet[1][3]).toBe('number');
    expect(sheet[3][3]).toBe('');
  });

  it('REQUIREDPACE with one baseline and a column of targets answers the column', () => {
    const sheet = evaluate([
      ['Target', 'Deadline', 'Pace'],
      [0.3, date('2027-03-31'), '=REQUIREDPACE(24%, A2:A3, DATE(2026,11,26), B2:B3, "month")'],
      [0.27, date('2027-03-31'), ''],
    ]);
    // Six points and three points over the same four months or so (how months are counted is REQUIREDPACE's own rule).
    const [first, second] = [sheet[1][2], sheet[2][2]];
    expect(typeof first === 'number' && typeof second === 'number').toBe(true);
    expect(first).toBeGreaterThan(0.012);
    expect(first).toBeLessThan(0.016);
    expect((second as number) / (first as number)).toBeCloseTo(0.5, 6);
  });
});

describe('an open-ended range ("A2:B", the README’s form) reads to the last row', () => {
  it('closes each range outside quoted text, sheet names included', () => {
    expect(closeOpenRanges("=GOALVERDICT('Close rate'!A2:B, 30%, DATE(2026,12,6))", 105)).toBe("=GOALVERDICT('Close rate'!A2:B105, 30%, DATE(2026,12,6))");
    expect(closeOpenRanges('=SMARTSCORE(A2:A, History!$A$2:$B, "A2:B")', 40)).toBe('=SMARTSCORE(A2:A40, History!$A$2:$B40, "A2:B")');
    expect(closeOpenRanges('=SUM(A2:B9) + SUM(A:A)', 40)).toBe('=SUM(A2:B9) + SUM(A:A)');
  });

  it('gives =GOALVERDICT(\'Close rate\'!A2:B, …) its verdicts in the preview (it showed #ERROR!)', async () => {
    const session = await PreviewSession.open({ locale: 'en_US', workbook: 'example', today: '2026-11-26' });
    const spreadsheet = session.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const sheet = spreadsheet.insertSheet('Formulas');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Target', 'Deadline'],
      [0.27, new Date(Date.UTC(2027, 2, 31, 12))],
      [0.5, new Date(Date.UTC(2026, 11, 6, 12))],
    ]);
    sheet.getRange(2, 3).setFormula("=GOALVERDICT('Close rate'!A2:B, A2:A3, B2:B3, DATE(2026,11,26))");
    sheet.getRange(2, 4).setFormula('=SMARTSCORE(A2:A, , DATE(2026,11,26))');
    const view = session.state().sheets.find((candidate) => candidate.name === 'Formulas');
    expect(view?.rows.slice(1, 3).map((row) => row[2].text)).toEqual([expect.stringMatching(/^(realistic|stretch|on track)$/), expect.stringMatching(/^unrealistic — read as a rise/)]);
    // A number is no goal sentence: SMARTSCORE's own note, not #ERROR!, down the column it was given.
    expect(view?.rows[1][3].text).not.toBe('#ERROR!');
  });

  it('the grid grows to show a result spilled past the tab’s last column and row (=SMARTPARSE in the last column)', async () => {
    // "the values overflow into adjacent cells as long as those cells are empty" (custom functions guide, Return
    // values): the preview's grid stopped at the tab's last column, so SMARTPARSE showed its KPI alone.
    const session = await PreviewSession.open({ locale: 'en_US', workbook: 'example', today: '2026-11-26' });
    const spreadsheet = session.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const sheet = spreadsheet.insertSheet('Parsed');
    sheet.getRange(1, 1, 1, 2).setValues([['Reduce churn from 45% to 20% next quarter', '=SMARTPARSE(A1, DATE(2026,11,26))']]);
    const view = session.state().sheets.find((candidate) => candidate.name === 'Parsed');
    expect(view?.rows[0].map((cell) => cell.text)).toEqual(['Reduce churn from 45% to 20% next quarter', 'Churn', 'decrease', '0.45', '0.2', '3/31/2027', '']);
    expect(view?.columnWidths).toHaveLength(7);
  });
});
