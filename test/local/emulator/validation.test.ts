import ExcelJS from 'exceljs';
import { loadXlsx, STATE_SHEET_NAME, toXlsxBuffer } from '../../../src/local/emulator';
import { services, setup } from './helpers';

describe('data validation', () => {
  it('builds rules, sets them on ranges, reads them back per cell and clears them', () => {
    const { app, sheet } = setup();
    const list = app.newDataValidation().requireValueInList(['increase', 'decrease'], true).setAllowInvalid(false).setHelpText('Direction').build();
    sheet.getRange('K2:K4').setDataValidation(list);
    const rule = sheet.getRange('K3').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule?.getCriteriaValues()).toEqual([['increase', 'decrease'], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe('Direction');
    expect(sheet.getRange('K1:K2').getDataValidations().map((row) => row[0] === null)).toEqual([true, false]);
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z5')).build();
    sheet.getRange('L2').setDataValidation(inRange);
    const [range] = sheet.getRange('L2').getDataValidation()?.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getA1Notation()).toBe('Z1:Z5');
    const copy = rule?.copy().requireNumberBetween(0, 1).build();
    expect(copy?.getCriteriaType()).toBe(app.DataValidationCriteria.NUMBER_BETWEEN);
    sheet.getRange('K2').setValue('anything');
    expect(sheet.getRange('K2').getValue()).toBe('anything');
    sheet.getRange('K2:K3').clearDataValidations();
    expect(sheet.getRange('K2').getDataValidation()).toBeNull();
    sheet.getRange('K4').clear();
    expect(sheet.getRange('K4').getDataValidation()).toBeNull();
    sheet.getRange('L2').setDataValidation(null);
    expect(sheet.getRange('L2').getDataValidation()).toBeNull();
    expect(() => app.newDataValidation().build()).toThrow('must have a criteria');
  });

  it('survives an xlsx round trip, and Excel sees dropdown lists natively', async () => {
    const { app, sheet, emulator } = setup();
    sheet.getRange('K2:K3').setDataValidation(app.newDataValidation().requireValueInList(['up', 'down']).build());
    sheet.getRange('M2').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('N2').setDataValidation(app.newDataValidation().requireDateAfter(new Date(2026, 0, 1)).build());
    const buffer = await toXlsxBuffer(emulator);
    const loaded = services(await loadXlsx(buffer)).app.getActiveSpreadsheet().getSheets()[0];
    expect(loaded.getRange('K3').getDataValidation()?.getCriteriaValues()).toEqual([['up', 'down'], true]);
    expect(String(loaded.getRange('M2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(loaded.getRange('N2').getDataValidation()?.getCriteriaValues()).toEqual([new Date(2026, 0, 1)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getCell('K2').dataValidation).toMatchObject({ type: 'list', formulae: ['"up,down"'] });
    workbook.removeWorksheet(workbook.getWorksheet(STATE_SHEET_NAME)?.id ?? -1);
    const foreign = services(await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()))).app.getActiveSpreadsheet().getSheets()[0];
    expect(foreign.getRange('K2').getDataValidation()?.getCriteriaValues()).toEqual([['up', 'down'], true]);
    expect(foreign.getRange('M2').getDataValidation()).toBeNull();
  });
});
