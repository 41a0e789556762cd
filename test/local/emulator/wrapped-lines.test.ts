/**
 * fixes35: the height the .xlsx writer gives a row of wrapped text counts the lines a wrap at spaces takes, not the
 * characters over the line's width (which cut the last line of a statement in LibreOffice).
 * review16: lines are measured in Arial 10's widths (the font the writer now gives the cells, Sheets' default) and
 * each line after the first adds 15 px, LibreOffice's and a browser's line of Arial 10 (17 px made rows ~30 % too tall);
 * the workbook's base font is Arial 10, or the one the file read had.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx, toXlsxBuffer } from '../../../src/local/emulator';
import { textWidthPx } from '../../../src/core/plan/text-width';
import { wrappedLines, wrappedRowHeights } from '../../../src/local/emulator/xlsx';
import { setup } from './helpers';

describe('wrappedLines', () => {
  it.each([
    ['', 1],
    ['Close', 1],
    ['abcde fghij', 2], // 11 characters: 2 lines by count too
    ['abcdefg hijkl mnopq', 3], // 19 characters: 2 lines by count, 3 wrapped at spaces
    ['abcdefghijklmnopqrstuvwxy', 3], // a word longer than a line is cut
    ['ab abcdefghijklmnopqrstu x', 4],
  ])('%j takes %i lines of 10 characters', (text, lines) => {
    expect(wrappedLines(text, 10)).toBe(lines);
  });

  it('measures in pixels when given a width function', () => {
    const arial = (text: string): number => textWidthPx(text);
    // 134 px and 143 px in LibreOffice's Liberation Sans 10 (PDF word boxes): the second takes two lines in a 138-px column.
    expect(wrappedLines('Raise our weekly close', 138, arial)).toBe(1);
    expect(wrappedLines('Increase our conversion', 138, arial)).toBe(2);
    expect(wrappedLines('Increase our conversion', 146, arial)).toBe(1);
  });
});

describe('textWidthPx (Arial 10)', () => {
  it('gives the widths LibreOffice draws in Liberation Sans 10, within 2 %', () => {
    // Word boxes of the plan report's PDF (points × 4/3): "Raise" 34.1 px, "Increase" 51.3 px, "conversion" 64.7 px.
    for (const [word, px] of [['Raise', 34.1], ['Increase', 51.3], ['conversion', 64.7]] as const) expect(Math.abs(textWidthPx(word) - px) / px).toBeLessThan(0.02);
  });

  it('counts accented letters as their base letter, bold wider, a larger size in proportion', () => {
    expect(textWidthPx('Échéance')).toBeCloseTo(textWidthPx('Echeance'), 5);
    expect(textWidthPx('Deadline', { bold: true })).toBeGreaterThan(textWidthPx('Deadline'));
    expect(textWidthPx('Deadline', { sizePt: 20 })).toBeCloseTo(2 * textWidthPx('Deadline'), 5);
  });
});

describe('wrappedRowHeights', () => {
  it('gives a wrapped row 21 px and 15 px a further line, in the cell’s column width; rows with a height keep theirs', () => {
    const s = setup();
    const sheet = s.sheet;
    sheet.setColumnWidth(2, 144);
    sheet.getRange('B1:B3').setWraps([[true], [true], [true]]);
    sheet.getRange('B1:B3').setValues([['Raise our weekly close rate from 25% to 30% next week'], ['Short'], ['Reduce our customer churn rate from 45% to 20% over the next quarter']]);
    sheet.setRowHeight(3, 40);
    const heights = wrappedRowHeights(s.emulator.spreadsheet.model.sheets[0]);
    // Three lines in LibreOffice's PDF (Raise our weekly close / rate from 25% to 30% / next week).
    expect(heights.get(1)).toBe(21 + 2 * 15);
    expect(heights.has(2)).toBe(false);
    expect(heights.has(3)).toBe(false);
  });

  it('fixes47: wraps a cell merged across one row within the merged columns’ width', () => {
    const s = setup();
    const sheet = s.sheet;
    sheet.setColumnWidth(2, 144);
    sheet.setColumnWidths(3, 5, 76);
    const text = 'Achievable: Stretch — not at the current pace (1% chance), but your team did +6.4 pts in 2 weeks before. Reachable only with extra effort.';
    sheet.getRange('B1:B2').setWraps([[true], [true]]);
    sheet.getRange('B1:B2').setValues([[text], [text]]);
    sheet.getRange('B1:G1').mergeAcross();
    const heights = wrappedRowHeights(s.emulator.spreadsheet.model.sheets[0]);
    // 524 px (B–G) less the padding: two lines; alone in B's 144 px: seven.
    expect(heights.get(1)).toBe(21 + 15);
    expect(heights.get(2)).toBe(21 + 6 * 15);
  });
});

describe('office30: a height the writer fitted to a row’s text, read back', () => {
  async function rowHeightPt(buffer: Buffer, row: number): Promise<number | undefined> {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return read.worksheets[0].getRow(row).height;
  }

  it('is no height of the row’s own: the row grows with the longer text written there, as in Sheets; a height set stays', async () => {
    const s = setup();
    const sheet = s.sheet;
    sheet.setColumnWidth(2, 144);
    sheet.getRange('B1:B2').setWraps([[true], [true]]);
    sheet.getRange('B1:B2').setValues([['Raise our weekly close rate from 25% to 30% next week'], ['Short']]);
    sheet.setRowHeight(2, 40);
    const reloaded = await loadXlsx(await toXlsxBuffer(s.emulator));
    const model = reloaded.spreadsheet.model.sheets[0];
    // Three lines fitted (51 px) on the first save; the user's 40 px kept.
    expect(model.rowHeights.has(1)).toBe(false);
    expect(model.rowHeights.get(2)).toBe(40);
    // Check goals writes a longer note on the row: five lines, where the height read back held three (LibreOffice drew
    // the Goals tab's notes over each other).
    const note = 'Achievable: Unrealistic — under 1% chance at the current pace, beyond what the history and the stretch allowance support.';
    reloaded.spreadsheet.getSheets()[0].getRange('B1').setValue(note);
    const lines = wrappedRowHeights(model).get(1);
    expect(lines).toBeGreaterThan(21 + 2 * 15);
    expect(await rowHeightPt(await toXlsxBuffer(reloaded), 1)).toBe(((lines ?? 0) * 3) / 4);
    expect(await rowHeightPt(await toXlsxBuffer(reloaded), 2)).toBe(30);
  });
});

describe('the workbook’s base font', () => {
  async function baseFont(buffer: Buffer): Promise<string> {
    const styles = await (await JSZip.loadAsync(buffer)).file('xl/styles.xml')!.async('string');
    return /<fonts\b[^>]*>\s*(<font\b[\s\S]*?<\/font>)/.exec(styles)![1];
  }

  it('is Sheets’ Arial 10 for a workbook the emulator made (exceljs writes Calibri 11)', async () => {
    const s = setup();
    s.sheet.getRange('A1').setValue('plain');
    const buffer = await toXlsxBuffer(s.emulator, { state: false });
    expect(await baseFont(buffer)).toBe('<font><sz val="10"/><name val="Arial"/><family val="2"/></font>');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(read.worksheets[0].getCell('A1').value).toBe('plain');
  });

  it('is the file’s own when the workbook was read from one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').getCell('A1').value = 'from Excel';
    const excelFile = Buffer.from(await workbook.xlsx.writeBuffer());
    const calibri = await baseFont(excelFile);
    expect(calibri).toContain('Calibri');
    const loaded = await loadXlsx(excelFile);
    expect(await baseFont(await toXlsxBuffer(loaded))).toBe(calibri);
  });
});
