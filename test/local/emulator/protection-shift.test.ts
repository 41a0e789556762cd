/**
 * Protected ranges move with inserted and deleted rows and columns, as Sheets moves its ranges (review finding: the
 * emulator kept their rectangle, so a protection "moved" onto the wrong cells after a user inserted rows above it).
 */
import { PROTECTED_EDIT_ERROR } from '../../../src/local/emulator';
import { ProtectionType } from '../../../src/local/emulator/enums';
import { setup } from './helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const a1 = (sheet: Sheet, type: 'RANGE' | 'SHEET' = 'RANGE'): string[] =>
  sheet.getProtections(ProtectionType[type]).map((p) => (type === 'RANGE' ? p.getRange().getA1Notation() : p.getUnprotectedRanges().map((r) => r.getA1Notation()).join(',')));

describe('protected ranges follow inserted and deleted rows and columns', () => {
  it('rows inserted above move it; the refusal follows the cells', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', 'B2:C3');
    sheet.insertRowsBefore(1, 2);
    expect(a1(sheet)).toEqual(['B4:C5']);
    sheet.getRange('B2').setValue('free now');
    expect(() => sheet.getRange('B4').setValue('x')).toThrow(PROTECTED_EDIT_ERROR);
    sheet.insertColumnsBefore(1, 1);
    expect(a1(sheet)).toEqual(['C4:D5']);
    expect(() => sheet.getRange('D5').setValue('x')).toThrow(PROTECTED_EDIT_ERROR);
    sheet.getRange('B4').setValue('free now');
  });

  it('inserted inside, it grows; inserted right after or below, it stays', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', 'B2:C3');
    sheet.insertRowAfter(2);
    expect(a1(sheet)).toEqual(['B2:C4']);
    sheet.insertRowAfter(4);
    sheet.insertColumnAfter(3);
    expect(a1(sheet)).toEqual(['B2:C4']);
    sheet.insertColumnAfter(2);
    expect(a1(sheet)).toEqual(['B2:D4']);
  });

  it('rows and columns deleted above or left move it back, deleted inside shrink it, all its cells deleted end it', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    // One the script's user may edit (its rows can be deleted), one only the owner may.
    emulator.protect('Goals', 'B5:C7', { canEdit: true });
    emulator.protect('Goals', 'E10:E11');
    sheet.deleteRows(2, 2);
    expect(a1(sheet)).toEqual(['B3:C5', 'E8:E9']);
    sheet.deleteRows(4, 1);
    expect(a1(sheet)).toEqual(['B3:C4', 'E7:E8']);
    sheet.deleteColumn(1);
    expect(a1(sheet)).toEqual(['A3:B4', 'D7:D8']);
    sheet.deleteRows(2, 4);
    expect(a1(sheet)).toEqual(['D3:D4']);
    expect(() => sheet.getRange('D3').setValue('x')).toThrow(PROTECTED_EDIT_ERROR);
  });

  it('a protected sheet\'s unprotected ranges move too; another sheet\'s protections stay', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    ss.insertSheet('Other');
    emulator.protect('Goals', null, { unprotected: ['D1:D10'], canEdit: true });
    emulator.protect('Other', 'A1:A2');
    sheet.insertColumnsBefore(2, 2);
    expect(a1(sheet, 'SHEET')).toEqual(['F1:F10']);
    expect(a1(ss.getSheetByName('Other') as Sheet)).toEqual(['A1:A2']);
  });
});
