import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { diffSnapshots, describeDifferences, loadXlsx, saveXlsx, snapshotCells, STATE_SHEET_NAME, toXlsxBuffer, XlsxError } from '../../../src/local/emulator';
import { services, setup } from './helpers';
import { scratchDir } from '../../support/scratch';

function messyWorkbook() {
  const s = setup({ spreadsheetLocale: 'fr_FR', name: 'Messy' });
  const goals = s.ss.insertSheet('Objectifs');
  goals.getRange('A1:F1').setValues([['ID', 'Objectif', 'Cible', 'Échéance', 'Notes', 'Mixed']]);
  goals.getRange('A2:F4').setValues([
    ['G1', 'Taux de closing à 30 %', 0.3, new Date(2026, 11, 31), "'=not a formula", 'abc'],
    ['G2', '=IMPORTXML("http://x","//a")', 120, new Date(2027, 5, 30, 14, 30), '', 12.5],
    ['', '', '', '', 'blank row before', true],
  ]);
  goals.getRange('C2').setNumberFormat('0%');
  goals.getRange('C3').setNumberFormat('#,##0');
  goals.getRange('A1:F1').setBackground('#cfe2f3').setFontWeight('bold');
  goals.getRange('B2').setNote('From the article');
  goals.getRange('B3').setFontStyle('italic').setFontSize(14).setFontColor('#990000').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true);
  goals.getRange('E6:F7').merge();
  goals.getRange('E6').setValue('merged');
  goals.setFrozenRows(1);
  goals.setColumnWidth(2, 320);
  goals.getRange('G:G').addDeveloperMetadata('smart-goals:column', 'score');
  goals.addDeveloperMetadata('smart-goals:goals');
  const rule = s.app.newConditionalFormatRule().whenFormulaSatisfied('=$C2>1').setBackground('#f4cccc').setRanges([goals.getRange('A2:F100')]).build();
  goals.setConditionalFormatRules([rule]);
  goals.insertChart(goals.newChart().addRange(goals.getRange('A1:C4')).setOption('title', 'T').setPosition(1, 8, 0, 0).build());
  s.props.getDocumentProperties().setProperty('smartGoals.settings', '{"language":"fr"}');
  s.sheet.getRange('A1').setValue(42);
  return s;
}

describe('xlsx round trip', () => {
  it('write → read gives an identical cell snapshot (values, formulas, formats, fills, notes, merges, frozen rows)', async () => {
    const { emulator } = messyWorkbook();
    const before = snapshotCells(emulator.spreadsheet);
    const loaded = await loadXlsx(await toXlsxBuffer(emulator), { spreadsheetLocale: 'fr_FR' });
    const after = snapshotCells(loaded.spreadsheet);
    expect(describeDifferences(diffSnapshots(before, after))).toBe('');
    expect(after).toEqual(before);
    expect(after.order).toEqual(['Feuille 1', 'Objectifs']);
  });

  it('keeps widths, dates as Date objects, and add-on state (properties, metadata, rules) and charts, with no hidden sheet', async () => {
    const { emulator } = messyWorkbook();
    const loaded = await loadXlsx(await toXlsxBuffer(emulator));
    const s = services(loaded);
    const ss = s.app.getActiveSpreadsheet();
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Feuille 1', 'Objectifs']);
    const goals = ss.getSheetByName('Objectifs');
    if (!goals) throw new Error('missing sheet');
    expect(goals.getColumnWidth(2)).toBe(320);
    expect(goals.getFrozenRows()).toBe(1);
    const deadline = goals.getRange('D3').getValue() as Date;
    expect(Object.prototype.toString.call(deadline)).toBe('[object Date]');
    expect([deadline.getFullYear(), deadline.getMonth(), deadline.getDate(), deadline.getHours(), deadline.getMinutes()]).toEqual([2027, 5, 30, 14, 30]);
    expect(s.props.getDocumentProperties().getProperty('smartGoals.settings')).toBe('{"language":"fr"}');
    const [column] = ss.createDeveloperMetadataFinder().withKey('smart-goals:column').find();
    expect(column.getLocation().getColumn()?.getA1Notation()).toBe('G:G');
    expect(goals.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['smart-goals:goals']);
    expect(goals.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['=$C2>1']);
    expect(goals.getCharts()[0].getOptions().get('title')).toBe('T');
    expect(goals.getRange('A1').getFontWeight()).toBe('bold');
  });

  it('saves to a file that Excel tooling reads, with no state sheet (the state is a custom XML part)', async () => {
    const { emulator } = messyWorkbook();
    const dir = scratchDir('emu-xlsx-');
    const file = path.join(dir, 'out.xlsx');
    await saveXlsx(emulator, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Feuille 1', 'visible'],
      ['Objectifs', 'visible'],
    ]);
    const goals = workbook.getWorksheet('Objectifs');
    expect(goals?.getCell('B3').value).toEqual({ formula: 'IMPORTXML("http://x","//a")' });
    // A fr_FR workbook: its number formats carry the locale's tag (LCID 040C), so another program draws "30 %" with
    // French separators, and the load takes it off again.
    expect(goals?.getCell('C2').numFmt).toBe('[$-40C]0%');
    const loaded = await loadXlsx(file);
    expect(loaded.spreadsheet.getName()).toBe('out');
    expect(loaded.spreadsheet.model.sheetByName('Objectifs')?.cell(2, 3)?.numberFormat).toBe('0%');
  });

  it('reads formulas with cached results, shared formulas, rich text and errors from foreign workbooks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.getCell('A1').value = 2;
    sheet.getCell('A2').value = { formula: 'A1*3', result: 6 };
    sheet.getCell('A3').value = { richText: [{ text: 'Close ' }, { text: 'rate', font: { bold: true } }] };
    sheet.getCell('A4').value = { error: '#N/A' };
    sheet.getCell('A5').value = new Date(Date.UTC(2026, 0, 31));
    sheet.getCell('A5').numFmt = 'yyyy-mm-dd';
    // A fill-down saved as a shared formula: B1 is the master, B2:B3 only point at it.
    sheet.getCell('B1').value = { formula: 'A1*2', result: 4, shareType: 'shared', ref: 'B1:B3' } as unknown as ExcelJS.CellValue;
    sheet.getCell('B2').value = { sharedFormula: 'B1', result: 12 };
    sheet.getCell('B3').value = { sharedFormula: 'B1', result: 0 };
    sheet.getCell('C1').value = { formula: '1=2', result: false };
    const loaded = await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    const range = loaded.spreadsheet.getSheetByName('Data')?.getRange('A1:A5');
    expect(range?.getFormulas().map((r) => r[0])).toEqual(['', '=A1*3', '', '', '']);
    expect(range?.getValues().map((r) => r[0])).toEqual([2, 6, 'Close rate', '#N/A', new Date(2026, 0, 31)]);
    expect(range?.getDisplayValues()[4][0]).toBe('2026-01-31');
    const shared = loaded.spreadsheet.getSheetByName('Data')?.getRange('B1:B3');
    expect(shared?.getFormulas()).toEqual([['=A1*2'], ['=A2*2'], ['=A3*2']]);
    expect(shared?.getValues()).toEqual([[4], [12], [0]]);
    expect(loaded.spreadsheet.getSheetByName('Data')?.getRange('C1').getValue()).toBe(false);
  });

  it('gives clear errors for a missing file and a file that is not an xlsx', async () => {
    const dir = scratchDir('emu-bad-');
    const text = path.join(dir, 'goals.csv');
    writeFileSync(text, 'a,b\n1,2\n');
    await expect(loadXlsx(path.join(dir, 'nope.xlsx'))).rejects.toThrow(`File not found: ${path.join(dir, 'nope.xlsx')}`);
    await expect(loadXlsx(text)).rejects.toThrow(XlsxError);
    await expect(loadXlsx(text)).rejects.toMatchObject({ kind: 'not-xlsx', file: text });
    await expect(loadXlsx(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(loadXlsx(text)).rejects.toThrow('is not an .xlsx workbook');
    const fakeZip = path.join(dir, 'broken.xlsx');
    writeFileSync(fakeZip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]));
    await expect(loadXlsx(fakeZip)).rejects.toThrow('is not a readable .xlsx workbook');
    await expect(loadXlsx(fakeZip)).rejects.toMatchObject({ kind: 'unreadable' });
    expect(readFileSync(text, 'utf8')).toBe('a,b\n1,2\n');
  });
});

describe('snapshots', () => {
  it('diffSnapshots reports changed, removed and added cells readably; ignoreAdded skips add-on output', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Goal', 0.3]]);
    sheet.getRange('A2').setValue('gone');
    const before = snapshotCells(emulator.spreadsheet);
    sheet.getRange('B1').setValue('=0.3');
    sheet.getRange('A2').clearContent();
    sheet.getRange('C1').setValue('added');
    const differences = diffSnapshots(before, snapshotCells(emulator.spreadsheet));
    expect(differences.map((d) => d.text)).toEqual(['Sheet1!B1 value: 0.3 → ""', 'Sheet1!B1 formula: "" → "=0.3"', 'Sheet1!A2 removed (was "gone")', 'Sheet1!C1 value: "" → "added"']);
    expect(diffSnapshots(before, snapshotCells(emulator.spreadsheet), { ignoreAdded: true }).map((d) => d.cell)).toEqual(['B1', 'B1', 'A2']);
    expect(snapshotCells(emulator.spreadsheet, { sheets: ['Other'] }).order).toEqual([]);
  });
});

describe('xlsx conditional formats and spreadsheet settings', () => {
  it('writes rules Excel understands and reads them back from a workbook without emulator state', async () => {
    const s = setup();
    const rules = [
      s.app.newConditionalFormatRule().whenFormulaSatisfied('=$H2="unrealistic"').setBackground('#f4cccc').setFontColor('#990000').setRanges([s.sheet.getRange('A2:M50')]).build(),
      s.app.newConditionalFormatRule().whenNumberBetween(0.5, 0.8).setBackground('#fff2cc').setRanges([s.sheet.getRange('C2:C50'), s.sheet.getRange('E2:E50')]).build(),
      s.app.newConditionalFormatRule().whenTextContains('stretch').setBold(true).setRanges([s.sheet.getRange('H2:H50')]).build(),
    ];
    s.sheet.setConditionalFormatRules(rules);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsxBuffer(s.emulator)) as unknown as ArrayBuffer);
    // Re-saved by exceljs (which keeps no custom XML part and no state sheet): what Excel (or another tool) sees.
    workbook.removeWorksheet(workbook.getWorksheet(STATE_SHEET_NAME)?.id ?? -1);
    const loaded = await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    const sheet = services(loaded).app.getActiveSpreadsheet().getSheets()[0];
    const back = sheet.getConditionalFormatRules();
    expect(back.map((rule) => String(rule.getBooleanCondition()?.getCriteriaType()))).toEqual(['CUSTOM_FORMULA', 'NUMBER_BETWEEN', 'TEXT_CONTAINS']);
    expect(back[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['=$H2="unrealistic"']);
    expect(back[0].getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    expect(back[0].getBooleanCondition()?.getFontColor()).toBe('#990000');
    expect(back[1].getBooleanCondition()?.getCriteriaValues()).toEqual([0.5, 0.8]);
    expect(back[1].getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C50', 'E2:E50']);
    expect(back[2].getBooleanCondition()?.getBold()).toBe(true);
  });

  it('remembers locale, time zone and name; explicit options win', async () => {
    const s = setup({ spreadsheetLocale: 'fr_FR', timeZone: 'Europe/Paris', name: 'Objectifs 2027' });
    const buffer = await toXlsxBuffer(s.emulator);
    const same = await loadXlsx(buffer);
    expect([same.spreadsheet.getSpreadsheetLocale(), same.spreadsheet.getSpreadsheetTimeZone(), same.spreadsheet.getName()]).toEqual(['fr_FR', 'Europe/Paris', 'Objectifs 2027']);
    const overridden = await loadXlsx(buffer, { spreadsheetLocale: 'en_US' });
    expect(overridden.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
  });
});

describe('xlsx passthrough of what Apps Script cannot see', () => {
  // 1×1 transparent PNG.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

  async function foreignWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Goals');
    sheet.getCell('A1').value = 'ID';
    sheet.getCell('A1').border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    sheet.getCell('A1').font = { name: 'Arial', size: 12, bold: true };
    sheet.getCell('B1').value = { richText: [{ text: 'Close ' }, { text: 'rate', font: { italic: true } }] };
    sheet.getCell('C1').value = { text: 'the article', hyperlink: 'https://example.com/article' };
    sheet.getCell('D1').value = { text: 'to change', hyperlink: 'https://example.com/old' };
    sheet.getCell('E3').border = { left: { style: 'medium' } };
    for (let r = 2; r <= 5; r++) sheet.getCell(r, 1).value = r;
    sheet.autoFilter = 'A1:D5';
    sheet.pageSetup.orientation = 'landscape';
    sheet.addConditionalFormatting({
      ref: 'A2:A5',
      rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8696B' }, { argb: 'FF63BE7B' }] }],
    });
    workbook.definedNames.add('Goals!$A$2:$A$5', 'GoalIds');
    sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'G2:H4');
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('keeps borders, fonts, rich text, links, names, filters, page setup, images and colour scales through load → edit → save', async () => {
    const emulator = await loadXlsx(await foreignWorkbook());
    const sheet = services(emulator).app.getActiveSpreadsheet().getSheetByName('Goals');
    if (!sheet) throw new Error('missing sheet');
    expect(sheet.getRange('B1:D1').getValues()).toEqual([['Close rate', 'the article', 'to change']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    sheet.getRange('D1').setValue('changed');
    sheet.getRange('A1').setFontWeight('normal');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsxBuffer(emulator)) as unknown as ArrayBuffer);
    const out = workbook.getWorksheet('Goals');
    if (!out) throw new Error('missing sheet');
    expect(out.getCell('A1').border.bottom?.style).toBe('thin');
    expect(out.getCell('A1').font).toMatchObject({ name: 'Arial', size: 12 });
    expect(out.getCell('A1').font.bold).toBeFalsy();
    expect(out.getCell('E3').border.left?.style).toBe('medium');
    expect(out.getCell('B1').value).toEqual({ richText: [{ text: 'Close ' }, { text: 'rate', font: { italic: true } }] });
    expect(out.getCell('C1').value).toEqual({ text: 'the article', hyperlink: 'https://example.com/article' });
    expect(out.getCell('D1').value).toBe('changed');
    expect(out.autoFilter).toBe('A1:D5');
    expect(out.pageSetup.orientation).toBe('landscape');
    expect(workbook.definedNames.getRanges('GoalIds').ranges).toEqual(['Goals!$A$2:$A$5']);
    expect(out.getImages()).toHaveLength(1);
    const rules = (out as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(rules.map((block) => [block.ref, block.rules[0].type])).toEqual([['A2:A5', 'colorScale']]);
  });

  it('clearing formats drops the kept border and font', async () => {
    const emulator = await loadXlsx(await foreignWorkbook());
    const sheet = services(emulator).app.getActiveSpreadsheet().getSheetByName('Goals');
    sheet?.getRange('A1:E3').clearFormat();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsxBuffer(emulator)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Goals')?.getCell('A1').border).toBeFalsy();
    expect(workbook.getWorksheet('Goals')?.getCell('E3').border).toBeFalsy();
  });
});

describe('tab names Excel refuses', () => {
  it('are adjusted in the file and restored on load, with what refers to them', async () => {
    const { ss, emulator } = setup();
    const slash = ss.insertSheet('Plan 26/11/2026: [draft]?');
    const long = ss.insertSheet('A very long tab name that goes beyond thirty-one characters');
    const twin = ss.insertSheet('A very long tab name that goes beyond thirty-one chars (2)');
    slash.getRange('A1').setValue('report');
    long.addDeveloperMetadata('smart-goals:report');
    twin.getRange('B2').setValue(2);
    const buffer = await toXlsxBuffer(emulator);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Sheet1',
      'Plan 26_11_2026_ _draft__',
      'A very long tab name that goes ',
      'A very long tab name that goe~2',
    ]);
    const loaded = await loadXlsx(buffer);
    const names = loaded.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(['Sheet1', 'Plan 26/11/2026: [draft]?', 'A very long tab name that goes beyond thirty-one characters', 'A very long tab name that goes beyond thirty-one chars (2)']);
    expect(loaded.spreadsheet.getSheetByName('Plan 26/11/2026: [draft]?')?.getRange('A1').getValue()).toBe('report');
    expect(loaded.spreadsheet.createDeveloperMetadataFinder().withKey('smart-goals:report').find()[0].getLocation().getSheet()?.getName()).toBe(
      'A very long tab name that goes beyond thirty-one characters',
    );
  });
});

describe('files meant for people', () => {
  it('can leave out the hidden state sheet and carry a fixed timestamp', async () => {
    const { createEmulator, loadXlsx, toXlsxBuffer, STATE_SHEET_NAME } = await import('../../../src/local/emulator');
    const ExcelJS = (await import('exceljs')).default;
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR' });
    emulator.spreadsheet.getActiveSheet().getRange('A1:B1').setValues([['Objectif', 'Cible']]);
    const stamp = new Date(Date.UTC(2026, 10, 26));
    const buffer = await toXlsxBuffer(emulator, { state: false, timestamp: stamp });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).not.toContain(STATE_SHEET_NAME);
    expect(book.created?.toISOString()).toBe(stamp.toISOString());
    const reloaded = await loadXlsx(buffer);
    expect(reloaded.spreadsheet.getActiveSheet().getRange('A1:B1').getValues()).toEqual([['Objectif', 'Cible']]);
  });

  it('say their locale through the number formats’ locale tag when no state part does (review16)', async () => {
    const { createEmulator, loadXlsx, toXlsxBuffer } = await import('../../../src/local/emulator');
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR' });
    const range = emulator.spreadsheet.getActiveSheet().getRange('A1:C1');
    range.setValues([[120, 0.3, 187750]]);
    range.setNumberFormats([['#,##0', '0.0"\u202f"%', '#,##0"\u00a0€"']]);
    // Without the state part, the French formats' [$-40C] tag was left on them and the workbook read as en_US: the
    // add-on took "[$-40C]#,##0" for a currency format and wrote "104 $ des 120 $" new accounts.
    const reloaded = await loadXlsx(await toXlsxBuffer(emulator, { state: false }));
    expect(reloaded.spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
    expect(reloaded.spreadsheet.getActiveSheet().getRange('A1:C1').getNumberFormats()).toEqual([['#,##0', '0.0"\u202f"%', '#,##0"\u00a0€"']]);
    // An explicit locale still wins; a workbook where the tag is on a minority of the formats keeps the default.
    expect((await loadXlsx(await toXlsxBuffer(emulator, { state: false }), { spreadsheetLocale: 'en_GB' })).spreadsheet.getSpreadsheetLocale()).toBe('en_GB');
    const us = createEmulator({ spreadsheetLocale: 'en_US' });
    us.spreadsheet.getActiveSheet().getRange('A1:C1').setValues([[1, 2, 3]]);
    us.spreadsheet.getActiveSheet().getRange('A1:C1').setNumberFormats([['[$-40C]dd/mm/yyyy', '#,##0', '0%']]);
    expect((await loadXlsx(await toXlsxBuffer(us, { state: false }))).spreadsheet.getSpreadsheetLocale()).toBe('en_US');
  });
});
