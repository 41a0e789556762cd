/**
 * fixes52, item 7: the xlsx writer's emulator state keyed its tabs by name in a plain object and found each tab's file
 * name by searching that object's keys — an integer-like name ("2024") comes first among an object's keys, and a tab
 * named "__proto__" set the object's prototype instead of a key (its rules then came back only through the native
 * rules the file also carries). Each tab's own entry is now written and read back explicitly, in the workbook's order;
 * this holds the round trip for such names.
 */
import { loadXlsx, toXlsxBuffer } from '../../../src/local/emulator';
import { services, setup } from './helpers';

describe('xlsx state of tabs with unusual names', () => {
  it('each tab keeps its own rules and validations through write → read, whatever its name', async () => {
    const s = setup();
    const names = ['Goals', '2024', '__proto__', 'constructor', '10'];
    names.forEach((name, i) => {
      const sheet = s.ss.insertSheet(name);
      sheet.getRange('A1:A3').setValues([[i], [i + 1], [i + 2]]);
      sheet.setConditionalFormatRules([s.app.newConditionalFormatRule().whenFormulaSatisfied(`=$A1>${i}`).setBackground('#f4cccc').setRanges([sheet.getRange('A1:A3')]).build()]);
      sheet.getRange('B1').setDataValidation(s.app.newDataValidation().requireValueInList([`choice ${name}`]).build());
    });
    const loaded = services(await loadXlsx(await toXlsxBuffer(s.emulator))).app.getActiveSpreadsheet();
    for (const [i, name] of names.entries()) {
      const sheet = loaded.getSheetByName(name);
      expect(sheet?.getName()).toBe(name);
      expect(sheet?.getConditionalFormatRules().map((rule) => rule.getBooleanCondition()?.getCriteriaValues())).toEqual([[`=$A1>${i}`]]);
      expect(sheet?.getRange('B1').getDataValidation()?.getCriteriaValues()).toEqual([[`choice ${name}`], true]);
    }
    // The tabs' order is the workbook's, not their names' order as keys.
    expect(loaded.getSheets().map((sheet) => sheet.getName()).slice(-names.length)).toEqual(names);
  });
});
