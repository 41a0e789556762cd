/**
 * What a custom function receives, as Google's guide describes it ("Custom Functions in Google Sheets",
 * developers.google.com/apps-script/guides/sheets/functions, read in review 13a) and as the emulator's reads hand it
 * over — tests pass custom functions what `getValue(s)` returns (docs/ARCHITECTURE.md, "Not modelled"), so these reads
 * are the model of the arguments:
 * - Arguments: "If you call your function with a reference to a single cell as an argument (like =DOUBLE(A1)), the
 *   argument is the value of the cell"; "a reference to a range of cells … is a two-dimensional array of the cells'
 *   values … =DOUBLE(A1:B2) are interpreted by Apps Script as double([[1,3],[2,4]])".
 * - Data types: "Times and dates in Sheets become Date objects"; "Percentage values in Sheets become decimal numbers
 *   … a cell with a value of 10% becomes 0.1".
 * - Use Apps Script services: Spreadsheet is "Read-only (can use most get*() methods, but not set*())".
 */
import { setup } from './helpers';

describe('custom function arguments as the emulator hands them over', () => {
  it('a range is a 2-D array of values, row by row ([[1,3],[2,4]] for A1:B2); a single cell is its value', () => {
    const { sheet } = setup({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    sheet.getRange('A1:B2').setValues([
      [1, 3],
      [2, 4],
    ]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe(1);
    // A one-cell range read as a range is still a 2-D array: the add-on reads [[x]] as x (`single`, `numberArg`).
    expect(sheet.getRange('B2:B2').getValues()).toEqual([[4]]);
    // An empty cell is the empty string, in a range as alone.
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[''], ['']]);
  });

  it('percentages are decimal numbers: "10%" typed in en_US and « 10 % » in fr_FR are 0.1', () => {
    for (const [locale, text] of [
      ['en_US', '10%'],
      ['fr_FR', '10\u00a0%'],
      ['fr_FR', '10\u202f%'],
    ] as const) {
      const { sheet } = setup({ spreadsheetLocale: locale, timeZone: 'UTC' });
      sheet.getRange('A1').setValue(text);
      expect(sheet.getRange('A1').getValue()).toBe(0.1);
    }
  });

  it('dates and times are Date objects — a date at midnight of its day in the spreadsheet’s zone, far east and far west', () => {
    for (const [timeZone, midnightUtc] of [
      ['Pacific/Kiritimati', '2027-01-01T10:00:00.000Z'],
      ['Pacific/Pago_Pago', '2027-01-02T11:00:00.000Z'],
    ] as const) {
      const { sheet } = setup({ spreadsheetLocale: 'fr_FR', timeZone });
      // "2/1/2027" in fr_FR is 2 January (day first); en_US writes that day "1/2/2027" (checked below).
      sheet.getRange('A1:B1').setValues([['2/1/2027', '12:30']]);
      const [[date, time]] = sheet.getRange('A1:B1').getValues();
      expect(Object.prototype.toString.call(date)).toBe('[object Date]');
      expect((date as Date).toISOString()).toBe(midnightUtc);
      expect(Object.prototype.toString.call(time)).toBe('[object Date]');
    }
    const { sheet } = setup({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    sheet.getRange('A1').setValue('1/2/2027');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2027-01-02T00:00:00.000Z');
  });

  it('in AuthMode.CUSTOM_FUNCTION the spreadsheet is read-only: get*() works, set*() is refused', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1').setValue(0.25);
    emulator.setAuthMode('CUSTOM_FUNCTION');
    expect(sheet.getRange('A1:A1').getValues()).toEqual([[0.25]]);
    expect(() => sheet.getRange('A2').setValue(1)).toThrow('You do not have permission to call setValue');
    // Review 22: set*() beyond cells too — widths, heights, hidden rows and columns, the tab's colour, the selection.
    const refused: Array<[string, () => unknown]> = [
      ['setColumnWidth', () => sheet.setColumnWidth(1, 120)],
      ['setColumnWidths', () => sheet.setColumnWidths(1, 2, 120)],
      ['autoResizeColumns', () => sheet.autoResizeColumns(1, 2)],
      ['setRowHeight', () => sheet.setRowHeight(1, 30)],
      ['hideColumns', () => sheet.hideColumns(2)],
      ['showRows', () => sheet.showRows(2)],
      ['setTabColor', () => sheet.setTabColor('#ff0000')],
      ['showSheet', () => sheet.showSheet()],
      ['activate', () => sheet.activate()],
      ['activate', () => sheet.getRange('B2').activate()],
      ['activate', () => sheet.setActiveSelection('B2')],
    ];
    for (const [method, call] of refused) expect(call).toThrow(`You do not have permission to call ${method}`);
    expect(sheet.getColumnWidth(1)).toBe(100);
    emulator.setAuthMode('FULL');
    sheet.setColumnWidth(1, 120);
    sheet.getRange('B2').activate();
    expect([sheet.getColumnWidth(1), sheet.getActiveRange()?.getA1Notation()]).toEqual([120, 'B2']);
  });

  it('a layout change on a deleted sheet is refused as any other call on it (final read: it went through)', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Other');
    ss.deleteSheet(other);
    for (const call of [() => other.setColumnWidth(1, 120), () => other.setTabColor('#ff0000'), () => other.showSheet(), () => other.hideRows(1)]) expect(call).toThrow('Sheet not found (it was deleted).');
  });
});
