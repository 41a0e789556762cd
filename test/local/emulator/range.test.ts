import { DEFAULT_NUMBER_FORMAT, loadXlsx, RANGE_ERRORS, snapshotCells, toXlsxBuffer } from '../../../src/local/emulator';
import { setup } from './helpers';

describe('Range values', () => {
  it('round-trips numbers, strings, booleans and dates, returning copies', () => {
    const { sheet } = setup();
    const date = new Date(2026, 5, 30);
    sheet.getRange(1, 1, 2, 3).setValues([
      [1.5, 'text', true],
      [date, -3, false],
    ]);
    const values = sheet.getRange('A1:C2').getValues();
    expect(values).toEqual([
      [1.5, 'text', true],
      [date, -3, false],
    ]);
    expect(values[1][0]).not.toBe(date);
    values[0][0] = 99;
    (values[1][0] as Date).setFullYear(1999);
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
    expect((sheet.getRange('A2').getValue() as Date).getFullYear()).toBe(2026);
  });

  it('returns "" for empty cells and sizes results like the range', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:D3').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('rejects data whose shape does not match, with Apps Script wording', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(RANGE_ERRORS.rowsMismatch(1, 2));
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([[1, 2]])).toThrow('The number of columns in the data does not match');
    expect(() => sheet.getRange(1, 1).setValues('x' as unknown as unknown[][])).toThrow("don't match the method signature");
  });

  it('stores "=…" written as a value as a formula, and "\'…" as literal text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=IMPORTXML("http://x", "//a")');
    sheet.getRange('A2:B2').setValues([["'=SUM(1)", "'007"]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=IMPORTXML("http://x", "//a")');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A2:B2').getFormulas()).toEqual([['', '']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['=SUM(1)', '007']]);
  });

  it('parses typed-looking strings like Sheets (numbers, percentages, booleans, dates) per locale', () => {
    const en = setup({ spreadsheetLocale: 'en_US' }).sheet;
    en.getRange('A1:E1').setValues([['007', '1,234.5', '25%', 'TRUE', '6/30/2027']]);
    expect(en.getRange('A1:E1').getValues()).toEqual([[7, 1234.5, 0.25, true, new Date(2027, 5, 30)]]);
    expect(en.getRange('C1').getNumberFormat()).toBe('0%');
    const fr = setup({ spreadsheetLocale: 'fr_FR' }).sheet;
    fr.getRange('A1:D1').setValues([['1 234,5', '25 %', '30/06/2027', 'Close rate 25 %']]);
    fr.getRange('E1').setValue('vrai');
    expect(fr.getRange('E1').getValue()).toBe(true);
    expect(fr.getRange('E1').getDisplayValue()).toBe('VRAI');
    expect(fr.getRange('A1:D1').getValues()).toEqual([[1234.5, 0.25, new Date(2027, 5, 30), 'Close rate 25 %']]);
    expect(fr.getRange('A1:D1').getDisplayValues()).toEqual([['1234,5', '25%', '30/06/2027', 'Close rate 25 %']]);
  });

  it('keeps typed text as it is in plain-text ("@") cells, formulas and a leading apostrophe included (emul29)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setNumberFormat('@');
    sheet.getRange('A1:E1').setValues([['007', '25 %', '=1+2', "'quoted", '+A1']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['007', '25 %', '=1+2', "'quoted", '+A1']]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['007', '25 %', '=1+2', "'quoted", '+A1']]);
    expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['', '', '', '', '']]);
  });

  it('makes a formula of text starting with + or - (as Sheets is reported to), but keeps signed numbers and @ text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['@mention', '+33 (0)1 23', '-5', '+A1', '-5 %', '-$5']]);
    expect(sheet.getRange('A1:F1').getFormulas()).toEqual([['', '=+33 (0)1 23', '', '=+A1', '', '']]);
    expect(sheet.getRange('A1').getValue()).toBe('@mention');
    expect(sheet.getRange('C1').getValue()).toBe(-5);
    expect(sheet.getRange('E1:F1').getValues()).toEqual([[-0.05, -5]]);
  });

  it('setValue fills every cell; setFormulas/getFormulas; non-formula text through setFormula is a value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.getRange('C1:C2').setFormulas([['=A1*2'], ['=A2*2']]);
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['=A1*2'], ['=A2*2']]);
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[''], ['']]);
    sheet.getRange('D1').setFormula('plain');
    expect(sheet.getRange('D1').getValue()).toBe('plain');
    expect(sheet.getRange('D1').getFormula()).toBe('');
    sheet.getRange('C1').setValue('x');
    expect(sheet.getRange('C1').getFormula()).toBe('');
  });

  it('keeps formats when values change and clears them only with clear()', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue(0.3).setNumberFormat('0.0%').setBackground('#FFF2CC').setNote('why').setFontWeight('bold');
    cell.setValue(0.4);
    expect(cell.getNumberFormat()).toBe('0.0%');
    expect(cell.getBackground()).toBe('#fff2cc');
    expect(cell.getNote()).toBe('why');
    expect(cell.getFontWeight()).toBe('bold');
    expect(cell.getDisplayValue()).toBe('40.0%');
    cell.clearContent();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe('0.0%');
    cell.setValue(1);
    cell.clear();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe(DEFAULT_NUMBER_FORMAT);
    expect(cell.getBackground()).toBe('#ffffff');
  });

  it('reads and writes backgrounds, notes, number formats and font weights in bulk', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range.setBackgrounds([['red', null]]).setNotes([['n1', '']]).setNumberFormats([['0.00', '#,##0']]).setFontWeights([['bold', null]]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(range.getNotes()).toEqual([['n1', '']]);
    expect(range.getNumberFormats()).toEqual([['0.00', '#,##0']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    range.setFontColors([['#990000', null]]);
    expect(range.getFontColors()).toEqual([['#990000', '#000000']]);
    expect(range.getFontColor()).toBe('#990000');
    range.setValues([[3.14159, 1234567]]);
    expect(range.getDisplayValues()).toEqual([['3.14', '1,234,567']]);
    // Currency literals as Sheets shows them: quoted text, escaped characters, [$€-40C] (the locale code is not shown).
    range.setNumberFormats([['"$"#,##0', '#,##0"\u00a0€"']]);
    expect(range.getDisplayValues()).toEqual([['$3', '1,234,567\u00a0€']]);
    range.setNumberFormats([['[$€-40C]#,##0.00', '\\$#,##0']]);
    expect(range.getDisplayValues()).toEqual([['€3.14', '$1,234,567']]);
  });

  it('sets horizontal alignments cell by cell (Range.setHorizontalAlignments), refusing a grid of another shape whole', async () => {
    const { sheet, emulator } = setup();
    const range = sheet.getRange('A1:C2');
    range.setHorizontalAlignments([
      ['left', 'center', 'right'],
      [null, 'normal', 'right'],
    ]);
    expect(range.getHorizontalAlignments()).toEqual([
      ['left', 'center', 'right'],
      ['general', 'general', 'right'],
    ]);
    // Sheets' messages for a grid of the wrong size, before any cell changes.
    expect(() => range.setHorizontalAlignments([['left', 'left', 'left']])).toThrow(RANGE_ERRORS.rowsMismatch(1, 2));
    expect(() => range.setHorizontalAlignments([['left', 'left'], ['left', 'left']])).toThrow(RANGE_ERRORS.columnsMismatch(2, 3));
    expect(() => range.setHorizontalAlignments([['left', 'left', 'left'], ['left', 'justify' as 'left', 'left']])).toThrow(/justify/);
    expect(range.getHorizontalAlignments()[0]).toEqual(['left', 'center', 'right']);
    // 'normal' and null reset what was set; the .xlsx keeps the rest (cellXfs alignment).
    sheet.getRange('A1').setHorizontalAlignment('normal');
    expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('general');
    const reloaded = await loadXlsx(await toXlsxBuffer(emulator));
    const again = (reloaded.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheets()[0].getRange('A1:C2');
    expect(again.getHorizontalAlignments()).toEqual([
      ['general', 'center', 'right'],
      ['general', 'general', 'right'],
    ]);
  });

  it('shows numbers through format sections and conditions as Sheets does (Sheets API guide “Date and number formats”, meta instructions)', () => {
    const { sheet } = setup();
    const cells = sheet.getRange('A1:E1');
    const show = (format: string, values: number[]): string[] => {
      cells.setValues([values.concat(new Array(5 - values.length).fill(0)).slice(0, 5)]).setNumberFormats([new Array(5).fill(format)]);
      return cells.getDisplayValues()[0].slice(0, values.length);
    };
    // The add-on's probability format: literal sections under conditions, the third for everything else.
    expect(show('[<0.005]"<1%";[>0.995]">99%";0%', [0.0001, 0.9999, 0.42, 0.005, 0.995])).toEqual(['<1%', '>99%', '42%', '1%', '100%']);
    // Review 29: the add-on's format since 0.995 (a chance to a tenth of a percent) showed "100%": over 99 % from it.
    expect(show('[<0.005]"<1%";[>=0.995]">99%";0%', [0.995, 0.994, 0.005])).toEqual(['>99%', '99%', '1%']);
    // Google's examples: [<100]"Low";[>1000]"High";000 and [>1000]"HIGH";[Color43][<=200]"LOW";0000.
    expect(show('[<100]"Low";[>1000]"High";000', [50, 5000, 527])).toEqual(['Low', 'High', '527']);
    expect(show('[>1000]"HIGH";[Color43][<=200]"LOW";0000', [1005, 32, 527])).toEqual(['HIGH', 'LOW', '0527']);
    // No section matches and no third one: "#"s.
    expect(show('[<0]"neg";[>10]"big"', [5])).toEqual(['####']);
    // positive;negative;zero: the negative section shows the magnitude, its literals carry the sign; colours add no text.
    expect(show('[Blue]#,##0;[Red](#,##0);"zero"', [1234, -1234, 0])).toEqual(['1,234', '(1,234)', 'zero']);
    // "[Red]" holds a d but is no date format: the values stay numbers.
    expect(cells.getValues()[0].slice(0, 3)).toEqual([1234, -1234, 0]);
    expect(show('#,##0;#,##0', [-1234])).toEqual(['1,234']);
    // One section: the sign stays; a semicolon inside quotes is a literal.
    expect(show('0.0" ;"', [-2.5])).toEqual(['-2.5 ;']);
  });

  it('knows its geometry, A1 notation and offsets', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B3:D7');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn()]).toEqual([3, 2, 5, 3, 7, 4]);
    expect(range.getA1Notation()).toBe('B3:D7');
    expect(range.offset(1, 1).getA1Notation()).toBe('C4:E8');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B3');
    expect(range.getCell(2, 3).getA1Notation()).toBe('D4');
    expect(sheet.getRange('D:D').getA1Notation()).toBe('D:D');
    expect(sheet.getRange('D:D').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(range.getSheet().getName()).toBe('Sheet1');
  });

  it('throws Apps Script errors for ranges outside the grid', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow(RANGE_ERRORS.startRowTooSmall);
    expect(() => sheet.getRange(1, 0)).toThrow(RANGE_ERRORS.startColumnTooSmall);
    expect(() => sheet.getRange(1001, 1)).toThrow(RANGE_ERRORS.rowsOutOfBounds);
    expect(() => sheet.getRange(1, 27)).toThrow(RANGE_ERRORS.columnsOutOfBounds);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(RANGE_ERRORS.numRowsTooSmall);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('merges keep the top-left value, report merged ranges and refuse partial overlaps', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['keep', 'x'],
      ['y', 'z'],
    ]);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['keep', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('A1:C3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
    expect(() => sheet.getRange('B2:C3').merge()).toThrow(RANGE_ERRORS.mergeOverlap);
    sheet.getRange('A1:B2').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  it('activate records the selection', () => {
    const { emulator, sheet, ss } = setup();
    sheet.getRange('A5:F5').activate();
    expect(emulator.ui.activations).toEqual(['Sheet1!A5:F5']);
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A5:F5');
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('getDataRegion expands to the surrounding block', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C4').setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(sheet.getRange('C3').getDataRegion().getA1Notation()).toBe('B2:C4');
  });

  it('throws "not emulated" for Apps Script members the emulator does not implement', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1') as unknown as { getRichTextValue(): unknown };
    expect(() => range.getRichTextValue()).toThrow('not emulated: Range.getRichTextValue');
    expect(() => (sheet as unknown as { getBandings(): unknown }).getBandings()).toThrow('not emulated: Sheet.getBandings');
  });
});

describe('Range value limits and stricter formula prefixes', () => {
  it('refuses text over 50,000 characters like Sheets', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow('more than the maximum of 50000 characters');
    expect(() => sheet.getRange('A1:B1').setValues([['kept?', 'x'.repeat(50001)]])).toThrow('more than the maximum');
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });

  it("with formulaPrefixes ['=', '+', '-', '@'], unescaped text starting with them lands as a formula", () => {
    const { sheet } = setup({ formulaPrefixes: ['=', '+', '-', '@'] });
    sheet.getRange('A1:F1').setValues([['+IMPORTXML("http://x")', '-2+3', '@SUM(A2)', '-5', '+12 %', "'+IMPORTXML(1)"]]);
    expect(sheet.getRange('A1:F1').getFormulas()).toEqual([['=+IMPORTXML("http://x")', '=-2+3', '=@SUM(A2)', '', '', '']]);
    expect(sheet.getRange('D1:F1').getValues()).toEqual([[-5, 0.12, '+IMPORTXML(1)']]);
  });
});

describe('value type follows the number format, as in Sheets', () => {
  it('a number formatted as a date reads as a Date; a date given a number format reads as its serial', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(46203).setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(2026, 5, 30));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-06-30');
    sheet.getRange('B1').setValue(new Date(2026, 5, 30, 12)).setNumberFormat('0.00');
    expect(sheet.getRange('B1').getValue()).toBe(46203.5);
    sheet.getRange('C1').setValue(0.75).setNumberFormat('0%');
    expect(sheet.getRange('C1').getValue()).toBe(0.75);
  });
});

describe('optional formula evaluation', () => {
  it('is off by default: formula cells read as their cached value or ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });

  it('with evaluateFormulas, reads after writes see computed results (built-in functions)', () => {
    const { sheet, ss, emulator } = setup({ evaluateFormulas: true });
    sheet.getRange('A1:A3').setValues([[2], [3], [5]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    sheet.getRange('C1').setFormula('=SUM(A1:A3)/0');
    ss.insertSheet('Other').getRange('A1').setFormula("=Sheet1!A3+1");
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[20], [30], [50]]);
    expect(sheet.getRange('C1').getValue()).toBe('#DIV/0!');
    expect(ss.getRange('Other!A1').getValue()).toBe(6);
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('B1').getValue()).toBe(40);
    sheet.getRange('D1').setFormula('=SMARTSCORE(A1)');
    expect(sheet.getRange('D1').getValue()).toBe('#NAME?');
    expect(emulator.recalculate()).toBe(5);
  });

  it('with evaluateFormulas, a text cell is text to formulas: the engine does not re-read "007", "TRUE" or a date-like text', () => {
    // Sheets keeps what the cell holds (the typed-input model decided it): text stays text, =ISTEXT says so.
    const { sheet } = setup({ evaluateFormulas: true, spreadsheetLocale: 'en_US' });
    sheet.getRange('A1:A5').setValues([["'007"], ["'TRUE"], ["'30/06/2026"], ["'25%"], ['#N/A']]);
    sheet.getRange('B1:B5').setFormula('=ISTEXT(A1)');
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['007'], ['TRUE'], ['30/06/2026'], ['25%']]);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[true], [true], [true], [true]]);
    // An error code is an error value in Sheets (ISTEXT is false), as the engine reads it.
    expect(sheet.getRange('B5').getValue()).toBe(false);
  });

  it('with evaluateFormulas, an error code typed bare is an error value, typed after an apostrophe text (surf57, literalText)', () => {
    const { sheet } = setup({ evaluateFormulas: true, spreadsheetLocale: 'fr_FR' });
    const codes = ['#N/A', '#REF!', '#DIV/0!', '#NAME?', '#VALUE!', '#NUM!', '#NULL!', '#ERROR!'];
    sheet.getRange(1, 1, codes.length, 2).setValues(codes.map((code) => [code, `'${code}`]));
    sheet.getRange(1, 3, codes.length, 1).setFormula('=ISERROR(A1)');
    sheet.getRange(1, 4, codes.length, 1).setFormula('=ISERROR(B1)');
    // getValue gives the code either way (Apps Script returns a String for an error cell): only formulas tell them apart.
    expect(sheet.getRange(1, 1, codes.length, 2).getValues()).toEqual(codes.map((code) => [code, code]));
    expect(sheet.getRange(1, 3, codes.length, 2).getValues()).toEqual(codes.map(() => [true, false]));
  });

  it('with evaluateFormulas, an error code typed in lower case is that error value, read back in upper case (surf58)', () => {
    const { sheet } = setup({ evaluateFormulas: true, spreadsheetLocale: 'en_US' });
    const typed = ['#n/a', ' #div/0! ', '#Ref!', '#name?'];
    sheet.getRange(1, 1, typed.length, 2).setValues(typed.map((code) => [code, `'${code}`]));
    sheet.getRange(1, 3, typed.length, 1).setFormula('=ISERROR(A1)');
    sheet.getRange(1, 4, typed.length, 1).setFormula('=ISERROR(B1)');
    // The error value reads back as Sheets writes its code; after an apostrophe the text stays as typed.
    expect(sheet.getRange(1, 1, typed.length, 2).getValues()).toEqual([['#N/A', '#n/a'], ['#DIV/0!', ' #div/0! '], ['#REF!', '#Ref!'], ['#NAME?', '#name?']]);
    expect(sheet.getRange(1, 3, typed.length, 2).getValues()).toEqual(typed.map(() => [true, false]));
  });

  it('with evaluateFormulas, a date result is a date value: getValue gives a Date, the cell shows a date (TODAY, DATE, a date plus days)', () => {
    // TODAY "Returns the current date as a date value", DATE "Converts a year, month, and day into a date" (Docs Editors
    // Help, support.google.com/docs/answer/3092984): Sheets shows =DATE(2026,6,30)+90 as a date, not 46295.
    const { sheet } = setup({ evaluateFormulas: true, spreadsheetLocale: 'en_US', timeZone: 'Asia/Tokyo' });
    sheet.getRange('A1:D1').setFormulas([['=DATE(2026,6,30)', '=A1+90', '=B1-A1', '=EDATE(A1,3)']]);
    const [a1, b1, c1, d1] = sheet.getRange('A1:D1').getValues()[0];
    expect(Object.prototype.toString.call(a1)).toBe('[object Date]');
    // Midnight of that day in the spreadsheet's zone, as getValue gives every date cell.
    expect((a1 as Date).toISOString()).toBe('2026-06-29T15:00:00.000Z');
    expect((b1 as Date).toISOString()).toBe('2026-09-27T15:00:00.000Z');
    // A date minus a date is a number of days.
    expect(c1).toBe(90);
    expect((d1 as Date).toISOString()).toBe('2026-09-29T15:00:00.000Z');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['6/30/2026', '9/28/2026', '90', '9/30/2026']]);
    // A number format set on the cell wins, as in Sheets.
    sheet.getRange('B1').setNumberFormat('0');
    expect(sheet.getRange('B1').getValue()).toBe(46293);
    // A formula over a typed date cell is a date too (a weekly log's =A2+7).
    sheet.getRange('A2:B2').setValues([['2026-06-30', '=A2+7']]);
    expect((sheet.getRange('B2').getValue() as Date).toISOString()).toBe('2026-07-06T15:00:00.000Z');
  });
});

describe('borders', () => {
  it('setBorder draws outer and inner lines, removes with false, leaves null sides alone, and survives xlsx', async () => {
    const { sheet, app, emulator } = setup();
    sheet.getRange('B2:C3').setBorder(true, true, true, true, null, true, '#FF0000', app.BorderStyle.SOLID_MEDIUM);
    const border = (a1: string): Record<string, { style: string }> | undefined =>
      (emulator.spreadsheet.model.sheets[0].cell(sheet.getRange(a1).getRow(), sheet.getRange(a1).getColumn())?.xlsx?.border as Record<string, { style: string }> | undefined);
    expect(Object.keys(border('B2') ?? {}).sort()).toEqual(['bottom', 'left', 'top']);
    expect(Object.keys(border('C3') ?? {}).sort()).toEqual(['bottom', 'right', 'top']);
    expect(border('B2')?.top.style).toBe('medium');
    sheet.getRange('B2').setBorder(false, null, null, null, null, null);
    expect(Object.keys(border('B2') ?? {}).sort()).toEqual(['bottom', 'left']);
    const before = snapshotCells(emulator.spreadsheet);
    expect(before.sheets.Sheet1.cells.B2.style).toContain('border=');
    const reloaded = await loadXlsx(await toXlsxBuffer(emulator));
    expect(snapshotCells(reloaded.spreadsheet)).toEqual(before);
  });

  it('enums the emulator lacks throw "not emulated" on use', () => {
    const { app } = setup();
    const spreadsheetApp = app as unknown as Record<string, Record<string, unknown>>;
    expect(() => spreadsheetApp.PivotTableSummarizeFunction.SUM).toThrow('not emulated: SpreadsheetApp.PivotTableSummarizeFunction.SUM');
  });
});
