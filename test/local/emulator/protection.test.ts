/**
 * Protected ranges and sheets (src/local/emulator/protection.ts): Apps Script's Protection class, the refusal of a
 * write the user may not make (Sheets' message), warning-only protections letting every user (and script) edit.
 */
import { PROTECTED_EDIT_ERROR } from '../../../src/local/emulator';
import { setup } from './helpers';

describe('Protections', () => {
  it('refuses every cell write touching a range the user cannot edit, and nothing is written', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    sheet.getRange('A1:C3').setValues([['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]]);
    emulator.protect('Goals', 'B2:B3');
    const before = sheet.getRange('A1:C3').getValues();
    expect(() => sheet.getRange('A2:C2').setValues([[7, 8, 9]])).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('B3').setValue(1)).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('B2:C2').setNumberFormats([['0%', '0%']])).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('B2').setNumberFormat('0%')).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('B2').setNote('x')).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('A1:C3').clear()).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('A3:B3').clearContent()).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.deleteRows(2, 1)).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.deleteColumn(2)).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => ss.deleteSheet(sheet)).toThrow(PROTECTED_EDIT_ERROR);
    expect(sheet.getRange('A1:C3').getValues()).toEqual(before);
    expect(sheet.getRange('B2').getNumberFormat()).not.toBe('0%');
    // Outside it, and on the sheet itself, everything goes on.
    sheet.getRange('A2').setValue('ok');
    sheet.getRange('C2:C3').setNumberFormats([['0%'], ['0%']]);
    sheet.insertRowsAfter(3, 2);
    sheet.deleteRows(4, 1);
    sheet.setFrozenRows(1);
    expect(sheet.getRange('A2').getValue()).toBe('ok');
  });

  it('refuses a protected sheet except its unprotected ranges, and changes to the sheet itself', () => {
    const { ss, emulator } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', null, { unprotected: ['D1:D10'] });
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.getRange('C1:D1').setValues([['x', 'y']])).toThrow(PROTECTED_EDIT_ERROR);
    sheet.getRange('D1:D2').setValues([['x'], ['y']]);
    expect(sheet.getRange('D2').getValue()).toBe('y');
    expect(() => sheet.insertColumnsAfter(4, 1)).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.setName('Other')).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.setConditionalFormatRules([])).toThrow(PROTECTED_EDIT_ERROR);
    expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED_EDIT_ERROR);
    expect(sheet.getName()).toBe('Goals');
    // Another sheet is free, and a new sheet has no protection.
    ss.insertSheet('Report').getRange('A1').setValue('r');
  });

  it('lets the script write through a warning-only protection; canEdit, isWarningOnly, getProtections', () => {
    const { ss, emulator, app } = setup();
    const sheet = ss.insertSheet('Goals');
    emulator.protect('Goals', 'A1:B2', { warningOnly: true, description: 'careful' });
    emulator.protect('Goals', null, { canEdit: true });
    sheet.getRange('A1').setValue('written');
    expect(sheet.getRange('A1').getValue()).toBe('written');
    const ranges = sheet.getProtections(app.ProtectionType.RANGE);
    expect(ranges).toHaveLength(1);
    expect(ranges[0].isWarningOnly()).toBe(true);
    expect(ranges[0].canEdit()).toBe(true);
    expect(ranges[0].getDescription()).toBe('careful');
    expect(ranges[0].getRange().getA1Notation()).toBe('A1:B2');
    expect(String(ranges[0].getProtectionType())).toBe('RANGE');
    const sheets = ss.getProtections(app.ProtectionType.SHEET);
    expect(sheets.map((p) => [p.getRange().getSheet().getName(), p.canEdit(), p.isWarningOnly()])).toEqual([['Goals', true, false]]);
    expect(ss.insertSheet('Other').getProtections(app.ProtectionType.RANGE)).toEqual([]);
    // Turned into a real protection by someone who may: writes are refused from then on (for a user who cannot edit it).
    const owned = emulator.protect('Goals', 'D1');
    expect(sheet.getProtections(app.ProtectionType.RANGE).find((p) => p.getRange().getA1Notation() === 'D1')?.canEdit()).toBe(false);
    expect(() => sheet.getProtections(app.ProtectionType.RANGE)[1].setWarningOnly(true)).toThrow(PROTECTED_EDIT_ERROR);
    expect(owned.warningOnly).toBe(false);
  });

  it('protect() makes a protection its creator may edit, and remove() takes it away', () => {
    const { ss, app } = setup();
    const sheet = ss.insertSheet('Goals');
    const protection = sheet.getRange('A1:A5').protect().setDescription('mine');
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('A1').setValue(1);
    protection.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    const whole = sheet.protect().setWarningOnly(true);
    expect(whole.isWarningOnly()).toBe(true);
    expect(whole.getEditors()).toEqual([]);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    ss.deleteSheet(sheet);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});
