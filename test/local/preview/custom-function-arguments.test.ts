/**
 * What the preview's formula engine hands our custom functions, held to what Sheets passes (Custom Functions in
 * Google Sheets, developers.google.com/apps-script/guides/sheets/functions): "If you call your function with a
 * reference to a single cell as an argument …, the argument is the value of the cell"; a range is "a two-dimensional
 * array of the cells' values"; "Times and dates in Sheets become Date objects in Apps Script". So a date cell arrives
 * as the Date `getValue` gives (midnight of its day in the spreadsheet's zone), never as a serial number, and a text
 * cell as its text — HyperFormula must not re-read "007", "TRUE" or "30/06/2026" by its own rules.
 */
import path from 'node:path';
import { createEmulator, saveXlsx } from '../../../src/local/emulator';
import { CUSTOM_FUNCTION_ERROR_DISPLAY, evaluateFormulas, evaluateSheets, VOLATILE_ARGUMENT_DISPLAY, type FormulaCell } from '../../../src/local/preview/formulas';
import { PreviewSession } from '../../../src/local/preview/session';
import { loadAddon } from '../../../src/local/runtime';
import { scratchDir } from '../../support/scratch';

const SERIAL_2026_06_30 = (Date.UTC(2026, 5, 30) - Date.UTC(1899, 11, 30)) / 86_400_000;
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Calls =SMARTSCORE(<argument>) for each formula and returns what the add-on received. */
function argumentsOf(cells: FormulaCell[][], dateArgument?: (serial: number) => Date): unknown[][] {
  const calls: unknown[][] = [];
  evaluateFormulas(
    [{ name: 'S', cells }],
    (_name, args) => {
      calls.push(args);
      return 1;
    },
    dateArgument ? { dateArgument } : {},
  );
  return calls;
}

describe('custom-function arguments in the preview', () => {
  const tokyoMidnight = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000 - 9 * 3_600_000);

  it('passes text cells as their text: no re-reading as numbers, booleans, percents or dates', () => {
    const texts = ['007', 'TRUE', '30/06/2026', '25%', '1,5', ' 42 '];
    const calls = argumentsOf([texts, texts.map((_, c) => `=SMARTSCORE(${String.fromCharCode(65 + c)}1)`)]);
    expect(calls).toEqual(texts.map((text) => [text]));
  });

  it('passes a date cell, DATE(…) and a date plus days as Dates at midnight in the spreadsheet zone', () => {
    const calls = argumentsOf([[{ serial: SERIAL_2026_06_30 }, '=SMARTSCORE(A1)', '=SMARTSCORE(DATE(2026,6,30))', '=SMARTSCORE(A1+1)']], tokyoMidnight);
    expect(calls.every((args) => isDate(args[0]))).toBe(true);
    expect(calls.map((args) => (args[0] as Date).toISOString())).toEqual(['2026-06-29T15:00:00.000Z', '2026-06-29T15:00:00.000Z', '2026-06-30T15:00:00.000Z']);
  });

  it('passes a range as a 2-D array of the same values, blanks as "", and error cells as Sheets’ codes', () => {
    const calls = argumentsOf(
      [
        ['007', { serial: SERIAL_2026_06_30 }, '', true, 0.25, '#N/A'],
        ['=SMARTSCORE(A1:F1)', '', '', '', '', ''],
      ],
      tokyoMidnight,
    );
    expect(calls).toHaveLength(1);
    const [row] = calls[0][0] as unknown[][];
    expect(row[0]).toBe('007');
    expect(isDate(row[1]) && row[1].toISOString()).toBe('2026-06-29T15:00:00.000Z');
    expect(row.slice(2)).toEqual(['', true, 0.25, '#N/A']);
  });

  it('a volatile argument (TODAY(), NOW(), RAND()…) leaves the cell "Loading..." and the add-on uncalled, as in Sheets', () => {
    // "built-in spreadsheet functions that return a different result each time they calculate — such as NOW() or
    // RAND() — are not allowed as arguments to a custom function … it displays Loading... indefinitely."
    const calls: unknown[][] = [];
    const out = evaluateFormulas(
      [{ name: 'S', cells: [['=SMARTSCORE("Raise the close rate to 30% by 31 December 2026", , TODAY())', '=SMARTSCORE("x", , DATE(2026,1,1)+RAND()*0)', '=SMARTSCORE("x", , DATE(2026,1,1))', '=TODAY()-TODAY()']] }],
      (_name, args) => {
        calls.push(args);
        return 7;
      },
    );
    expect(VOLATILE_ARGUMENT_DISPLAY).toBe('Loading...');
    expect(out[0][0]).toEqual(['Loading...', 'Loading...', 7, 0]);
    expect(calls).toHaveLength(1);
  });

  it('a value reached through a referenced cell or range is as volatile: "Loading..." at any depth, on any sheet', () => {
    // "If a custom function tries to return a value based on one of these volatile built-in functions, it displays
    // Loading... indefinitely." (guide, Arguments): D1 =TODAY()+90 is such a value, and E1 =D1 too.
    const calls: unknown[][] = [];
    const out = evaluateSheets(
      [
        {
          name: 'S',
          cells: [
            ['x', 'x', '=SMARTSCORE(A1, , D1)', '=TODAY()+90', '=D1', '=SMARTSCORE(A1, , E1)', '=SMARTSCORE(A1:A2, , F2)', '=SMARTSCORE(A1, , Other!A1)'],
            ['y', '', '=SMARTSCORE(A1, , D1:E2)', '=DATE(2027,1,1)', '=D2+1', '=SMARTSCORE(A1, , E2)', '=SMARTSCORE(C:C)', '=SMARTSCORE(A1, , Other!B1)'],
          ],
        },
        { name: 'Other', cells: [['=RAND()', '=DATE(2027,1,1)']] },
      ],
      (_name, args) => {
        calls.push(args);
        return 7;
      },
      {},
    );
    const [first, second] = out.values[0];
    expect([first[2], first[5], second[2], first[7]]).toEqual(Array(4).fill('Loading...'));
    // Deterministic formulas referenced (a date plus a day, a range of text, another sheet's DATE) are called.
    expect([second[5], second[7]]).toEqual([7, 7]);
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });

  it('a range is volatile by the formula cells inside it only, above, below and beside it not (fixes52: visited per column)', () => {
    // Column D: deterministic formulas with =TODAY() in D7 (row index 6); column E: a NOW() beside the ranges asked.
    const cells: FormulaCell[][] = Array.from({ length: 12 }, (_, r) => ['x', '', '', r === 6 ? '=TODAY()' : `=DATE(2027,1,${r + 1})`, r === 3 ? '=NOW()' : '']);
    cells[0][1] = '=SMARTSCORE(A1, , D5:D8)';
    cells[1][1] = '=SMARTSCORE(A1, , D8:D12)';
    cells[2][1] = '=SMARTSCORE(A1, , D1:D6)';
    cells[3][1] = '=SMARTSCORE(A1, , D7:D7)';
    cells[4][1] = '=SMARTSCORE(A1, , C1:D3)';
    cells[5][1] = '=SMARTSCORE(A1, , D:E)';
    const out = evaluateSheets([{ name: 'S', cells }], () => 7, {});
    expect(out.values[0].slice(0, 6).map((row) => row[1])).toEqual(['Loading...', 7, 7, 'Loading...', 7, 'Loading...']);
  });

  it('a 1×1 range passes its single value, as a single-cell reference does; wider ranges stay 2-D', () => {
    const calls = argumentsOf([
      ['007', 'b', '=SMARTSCORE(A1:A1)', '=SMARTSCORE(B1)'],
      ['=SMARTSCORE(A1:B1)', ''],
    ]);
    expect(calls.map((args) => JSON.stringify(args)).sort()).toEqual([JSON.stringify(['007']), JSON.stringify([[['007', 'b']]]), JSON.stringify(['b'])].sort());
  });

  it('a custom function that throws shows #ERROR! with the message as its error note, an error to other formulas', () => {
    const received: unknown[][] = [];
    const out = evaluateSheets(
      [{ name: 'S', cells: [['bad', '=SMARTSCORE(A1)', '=ISERROR(B1)', '=IFERROR(B1, "none")', 'ok', '=SMARTSCORE(E1)']] }],
      (name, args) => {
        received.push([name, ...args]);
        if (args[0] === 'bad') throw new Error('Expected text, got: a number.');
        return 3;
      },
      {},
    );
    expect(CUSTOM_FUNCTION_ERROR_DISPLAY).toBe('#ERROR!');
    expect(out.values[0][0].slice(1, 4)).toEqual(['#ERROR!', true, 'none']);
    expect(out.values[0][0][5]).toBe(3);
    expect(out.errors[0].get('0:1')).toBe('Expected text, got: a number.');
    expect(out.errors[0].size).toBe(1);
    expect(received).toEqual(expect.arrayContaining([['SMARTSCORE', 'bad'], ['SMARTSCORE', 'ok']]));
  });

  it('SMARTPARSE’s row spills right of a single cell and of each row of a column; onto a filled cell it is an error', () => {
    // "If a custom function returns a two-dimensional array of values, the values overflow into adjacent cells as long
    // as those cells are empty. If this would cause the array to overwrite existing cell contents, the custom function
    // throws an error instead." (guide, Return values)
    const row = (goal: unknown): unknown[] => [`kpi ${String(goal)}`, 'increase', 0.25, 0.3, 'deadline', ''];
    const parse = (_name: string, args: unknown[]): unknown => (Array.isArray(args[0]) ? (args[0] as unknown[][]).map((r) => row(r[0])) : [row(args[0])]);
    const [single] = evaluateFormulas([{ name: 'S', cells: [['g', '=SMARTPARSE(A1)', '', '', '', '', '', '']] }], parse);
    expect(single[0].slice(1, 7)).toEqual(['kpi g', 'increase', 0.25, 0.3, 'deadline', '']);
    const [column] = evaluateFormulas(
      [{ name: 'S', cells: [['g1', '=SMARTPARSE(A1:A2)', '', '', '', '', '', ''], ['g2', '', '', '', '', '', '', '']] }],
      parse,
    );
    expect(column.map((r) => r[1])).toEqual(['kpi g1', 'kpi g2']);
    expect(column[1][3]).toBe(0.25);
    const [blocked] = evaluateFormulas([{ name: 'S', cells: [['g', '=SMARTPARSE(A1)', '', 'mine', '', '', '', '']] }], parse);
    expect(blocked[0][1]).toBe('#REF!');
    expect(blocked[0][3]).toBe('mine');
    // The error note names the first filled cell, in Sheets' words; the filled cells are left as they are.
    const twoRows = evaluateSheets([{ name: 'S', cells: [['g1', '=SMARTPARSE(A1:A2)', '', '', '', '', '', ''], ['g2', '', '', '', 'x', 'y', '', '']] }], parse, {});
    expect(twoRows.values[0][0][1]).toBe('#REF!');
    expect(twoRows.values[0][1].slice(4, 6)).toEqual(['x', 'y']);
    expect([...twoRows.errors[0]]).toEqual([['0:1', 'Array result was not expanded because it would overwrite data in E2.']]);
  });

  it('without a zone (no dateArgument) a date is its serial number, as before', () => {
    expect(argumentsOf([[{ serial: SERIAL_2026_06_30 }, '=SMARTSCORE(A1)']])).toEqual([[SERIAL_2026_06_30]]);
  });

  it('the preview session passes a date cell of a Tokyo sheet as the Date getValue gives', async () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', timeZone: 'Asia/Tokyo', firstSheetName: 'Dates' });
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Dates');
    sheet?.getRange(1, 1, 1, 3).setValues([['2026-06-30', '007', '=SMARTPARSE("Raise the close rate to 30% by 31 December 2026", A1)']]);
    const expected = sheet?.getRange(1, 1).getValue() as Date;
    expect(isDate(expected) && expected.toISOString()).toBe('2026-06-29T15:00:00.000Z');
    const file = path.join(scratchDir('smart-goals-preview-args-'), 'dates.xlsx');
    await saveXlsx(emulator, file);

    const session = await PreviewSession.open({ workbook: file });
    const received: unknown[][] = [];
    const call = session.addon.call.bind(session.addon);
    session.addon.call = <T>(name: string, ...args: unknown[]): T => {
      if (name === 'SMARTPARSE') received.push(args);
      return call<T>(name, ...args);
    };
    session.state();
    expect(received).toHaveLength(1);
    const asOf = received[0][1];
    expect(isDate(asOf) && asOf.toISOString()).toBe(expected.toISOString());
  });

  it('a history range with date cells gives in the preview the verdict Sheets’ arguments give (Pacific/Auckland sheet)', async () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_NZ', userLocale: 'en_NZ', timeZone: 'Pacific/Auckland', firstSheetName: 'KPI' });
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('KPI');
    const rows = [['Week', 'Close rate']];
    for (let week = 0; week < 8; week += 1) rows.push([`2026-${week < 4 ? '10' : '11'}-${String(1 + 7 * (week % 4)).padStart(2, '0')}`, `${24 + (week % 3)}%`]);
    sheet?.getRange(1, 1, rows.length, 2).setValues(rows);
    sheet?.getRange(1, 4, 2, 1).setValues([['2027-01-31'], ['2026-11-30']]);
    sheet?.getRange(1, 5).setValue('=GOALVERDICT(A2:B9, 30%, D1, D2)');
    // What Sheets hands the function: getValues of the range (Dates at Auckland midnight), the deadline and as-of Dates.
    const direct = loadAddon(emulator.globals).call<string>('GOALVERDICT', sheet?.getRange(2, 1, 8, 2).getValues(), 0.3, sheet?.getRange(1, 4).getValue(), sheet?.getRange(2, 4).getValue());
    const file = path.join(scratchDir('smart-goals-preview-args-'), 'auckland.xlsx');
    await saveXlsx(emulator, file);
    const session = await PreviewSession.open({ workbook: file });
    const cell = session.state().sheets.find((s) => s.name === 'KPI')?.rows[0][4];
    expect(cell?.formula).toBe('=GOALVERDICT(A2:B9, 30%, D1, D2)');
    expect(['on track', 'realistic', 'stretch', 'unrealistic']).toContain(direct);
    expect(cell?.text).toBe(direct);
  });
});
