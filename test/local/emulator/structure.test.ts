import { SHEET_ERRORS } from '../../../src/local/emulator';
import { setup } from './helpers';

describe('Spreadsheet and sheets', () => {
  it('has identity, locale and time zone', () => {
    const { ss, emulator } = setup({ spreadsheetLocale: 'fr_FR', name: 'Plan', id: 'abc', timeZone: 'Europe/Paris' });
    expect(ss.getId()).toBe('abc');
    expect(ss.getName()).toBe('Plan');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(emulator.session.userLocale).toBe('fr');
    expect(setup().ss.getSpreadsheetTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Sheets names tabs in the spreadsheet's language.
    expect(ss.getSheets()[0].getName()).toBe('Feuille 1');
    expect(ss.insertSheet().getName()).toBe('Feuille 2');
  });

  it('inserts, finds, renames, activates and deletes sheets', () => {
    const { ss } = setup();
    const goals = ss.insertSheet('Goals');
    expect(ss.getActiveSheet().getName()).toBe('Goals');
    const first = ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Goals']);
    expect(first.getIndex()).toBe(1);
    expect(goals.getIndex()).toBe(3);
    expect(ss.getSheetByName('Goals')?.getSheetId()).toBe(goals.getSheetId());
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('goals')?.getName()).toBe('Goals');
    expect(() => ss.insertSheet('goals')).toThrow(SHEET_ERRORS.nameTaken('goals'));
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    goals.setName('Objectifs');
    expect(ss.getSheetByName('Objectifs')).not.toBeNull();
    ss.setActiveSheet(first);
    expect(ss.getActiveSheet().getName()).toBe('First');
    ss.setActiveSheet(goals);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Objectifs', 'First', 'Sheet1', 'Sheet4']);
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Objectifs', 'Sheet4']);
    ss.setActiveSheet(first);
    ss.deleteSheet(first);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Objectifs', 'Sheet4']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => first.getRange('A1')).toThrow(SHEET_ERRORS.deleted);
  });

  it('resolves sheet-qualified A1 references', () => {
    const { ss } = setup();
    const tab = ss.insertSheet('KPI close rate');
    tab.getRange('B2').setValue(5);
    expect(ss.getRange("'KPI close rate'!B2").getValue()).toBe(5);
    expect(ss.getRange("'KPI close rate'!B2:C3").getSheet().getName()).toBe('KPI close rate');
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
  });

  it('tracks last row/column, data range, max size and appendRow', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A7').setBackground('red');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.appendRow(['a', 1, '=A6']);
    expect(sheet.getRange('A6:C6').getValues()).toEqual([['a', 1, '']]);
    expect(sheet.getRange('C6').getFormula()).toBe('=A6');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.appendRow(new Array(30).fill('w'));
    expect(sheet.getMaxColumns()).toBe(30);
  });

  it('insertRowsAfter/insertColumnsAfter shift content, merges and grow the grid', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A2:B2').merge();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      [1, 2],
      ['', ''],
      ['', ''],
      [3, ''],
    ]);
    expect(sheet.getRange('A4').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A4:B4']);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1, '', 2]]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.getRange(1, 27).setValue('now reachable');
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1, 2]]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A2').getValue()).toBe(3);
  });

  it("enforces Sheets' 10-million-cell and 18,278-column limits", () => {
    const { sheet } = setup();
    expect(() => sheet.insertColumnsAfter(26, 18278)).toThrow('above the limit of 18278 columns');
    expect(() => sheet.insertRowsAfter(1000, 400000)).toThrow('above the limit of 10000000 cells');
    sheet.insertRowsAfter(1000, 300000);
    expect(sheet.getMaxRows()).toBe(301000);
  });

  it('frozen rows, column widths, hidden columns, tab colour', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.setColumnWidths(3, 2, 50);
    sheet.hideColumns(5, 2);
    sheet.setTabColor('#00FF00');
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([100, 240, 50]);
    expect([sheet.isColumnHiddenByUser(5), sheet.isColumnHiddenByUser(6), sheet.isColumnHiddenByUser(7)]).toEqual([true, true, false]);
    expect(sheet.getTabColor()).toBe('#00ff00');
    sheet.getRange('A1').setValue('a long header text');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThanOrEqual(100);
  });

  it('hides sheets but never the last visible one', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet('Other');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => other.hideSheet()).toThrow("You can't hide all the sheets");
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('clear/clearContents', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1).setBackground('red');
    sheet.clearContents();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.getRange('A1').setValue(1);
    sheet.clear();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('Developer metadata', () => {
  it('lives on the spreadsheet, a sheet, a whole column or row, and is found by key/value/type', () => {
    const { ss, sheet, app } = setup();
    ss.addDeveloperMetadata('smart-goals:version', '1');
    sheet.addDeveloperMetadata('smart-goals:goals', 'true');
    sheet.getRange('F:F').addDeveloperMetadata('smart-goals:column', 'score');
    sheet.getRange('3:3').addDeveloperMetadata('row-tag');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['smart-goals:version']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['true']);
    const found = ss.createDeveloperMetadataFinder().withKey('smart-goals:column').withLocationType(app.DeveloperMetadataLocationType.COLUMN).find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(found[0].getLocation().getColumn()?.getColumn()).toBe(6);
    expect(found[0].getLocation().getSheet()?.getName()).toBe('Sheet1');
    expect(ss.createDeveloperMetadataFinder().withValue('score').find()).toHaveLength(1);
    expect(sheet.createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['smart-goals:goals', 'smart-goals:column', 'row-tag']);
    expect(sheet.getRange('F:F').getDeveloperMetadata().map((m) => m.getValue())).toEqual(['score']);
    expect(sheet.getRange('A1:Z1').createDeveloperMetadataFinder().onIntersectingLocations().find().map((m) => m.getKey())).toEqual([
      'smart-goals:column',
    ]);
  });

  it('refuses arbitrary ranges, follows column insertions, and is removable', () => {
    const { ss, sheet } = setup();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow('Developer metadata may only be added to');
    sheet.getRange('C:C').addDeveloperMetadata('owned', 'notes');
    sheet.insertColumnsBefore(1, 2);
    const [meta] = ss.createDeveloperMetadataFinder().withKey('owned').find();
    expect(meta.getLocation().getColumn()?.getA1Notation()).toBe('E:E');
    meta.setValue('renamed');
    expect(ss.createDeveloperMetadataFinder().withValue('renamed').find()).toHaveLength(1);
    meta.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('owned').find()).toHaveLength(0);
    sheet.getRange('B:B').addDeveloperMetadata('gone');
    sheet.deleteColumn(2);
    expect(ss.createDeveloperMetadataFinder().withKey('gone').find()).toHaveLength(0);
  });
});

describe('Range lists (Sheet.getRangeList)', () => {
  it('gives the ranges of a non-empty A1 list, in order; whole columns take metadata one by one', () => {
    const { ss, sheet } = setup();
    const ranges = sheet.getRangeList(['K:K', 'B2:C3', 'M:M']).getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['K:K', 'B2:C3', 'M:M']);
    ranges[0].addDeveloperMetadata('owned', 'score');
    ranges[2].addDeveloperMetadata('owned', 'notes');
    expect(ss.createDeveloperMetadataFinder().withKey('owned').find().map((m) => m.getLocation().getColumn()?.getA1Notation())).toEqual(['K:K', 'M:M']);
    expect(() => ranges[1].addDeveloperMetadata('x')).toThrow('Developer metadata may only be added to');
    expect(() => sheet.getRangeList([])).toThrow();
    expect(() => sheet.getRangeList(['not a range'])).toThrow();
  });
});

describe('Moving columns (Sheet.moveColumns)', () => {
  it('moves cells, formats and column metadata; the destination is counted before the move', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', 'e']]);
    sheet.getRange('D2').setValue(0.5).setNumberFormat('0%');
    sheet.getRange('D:D').addDeveloperMetadata('owned', 'flag');
    sheet.getRange('E:E').addDeveloperMetadata('owned', 'notes');
    // D moves before B: a, d, b, c, e.
    sheet.moveColumns(sheet.getRange('D1'), 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', 'd', 'b', 'c', 'e']]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0%');
    const where = (value: string) => ss.createDeveloperMetadataFinder().withValue(value).find()[0].getLocation().getColumn()?.getA1Notation();
    expect(where('flag')).toBe('B:B');
    expect(where('notes')).toBe('E:E');
    // Two columns (B:C = d, b) move to the end, before index 6: a, c, e, d, b.
    sheet.moveColumns(sheet.getRange('B1:C1'), 6);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', 'c', 'e', 'd', 'b']]);
    expect(where('flag')).toBe('D:D');
    expect(where('notes')).toBe('C:C');
    // Onto itself: nothing changes.
    sheet.moveColumns(sheet.getRange('C1'), 3);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', 'c', 'e', 'd', 'b']]);
  });

  it('refuses to split a merged cell', () => {
    const { sheet } = setup();
    sheet.getRange('B1:C1').merge();
    expect(() => sheet.moveColumns(sheet.getRange('E1'), 3)).toThrow('merged cell');
    sheet.moveColumns(sheet.getRange('E1'), 1);
    expect(sheet.getRange('C1:D1').isPartOfMerge()).toBe(true);
  });
});

describe('Conditional format rules', () => {
  it('are built, stored per sheet, read back and copied', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$H2="unrealistic"')
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setRanges([sheet.getRange('A2:M200')])
      .build();
    const other = app.newConditionalFormatRule().whenNumberGreaterThan(0.8).setBackground('green').setRanges([sheet.getRange('C2:C')]).build();
    sheet.setConditionalFormatRules([rule, other]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const condition = rules[0].getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition?.getCriteriaValues()).toEqual(['=$H2="unrealistic"']);
    expect(condition?.getBackground()).toBe('#f4cccc');
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:M200']);
    expect(rules[1].getRanges()[0].getA1Notation()).toBe('C2:C1000');
    const copy = rules[1].copy().setBackground('#ffffff').build();
    sheet.setConditionalFormatRules([copy]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getBackground()).toBe('#ffffff');
    expect(() => app.newConditionalFormatRule().whenCellEmpty().build()).toThrow('at least one range');
  });
});

describe('Charts', () => {
  it('are recorded as specs: type, ranges, options, position', () => {
    const { sheet, emulator } = setup();
    const Charts = emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B20'))
      .setOption('title', 'Close rate')
      .setOption('series', { 1: { lineDashStyle: [4, 4] } })
      .setPosition(2, 5, 0, 0)
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).toBe(1);
    expect(stored.getOptions().get('title')).toBe('Close rate');
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B20']);
    expect(stored.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(sheet.getCharts()[0]).not.toBe(stored);
    const spec = (sheet as unknown as { model: { charts: Array<{ chartType: string; options: Record<string, unknown> }> } }).model.charts[0];
    expect(spec.chartType).toBe('LINE');
    expect(spec.options.series).toEqual({ 1: { lineDashStyle: [4, 4] } });
    sheet.updateChart(stored.modify().setOption('title', 'Updated').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Updated');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('Typed chart builders', () => {
  it('asLineChart()/asColumnChart() record their setters as chart options on the same spec', () => {
    const { sheet, emulator } = setup();
    const Charts = emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
    const line = sheet
      .newChart()
      .asLineChart()
      .setTitle('Close rate: history, forecast, target')
      .setXAxisTitle('Week')
      .setYAxisTitle('%')
      .setColors(['#1a73e8', '#9aa0a6', '#d93025'])
      .setLegendPosition(Charts.Position.BOTTOM)
      .setCurveStyle(Charts.CurveStyle.SMOOTH)
      .setPointStyle(Charts.PointStyle.NONE)
      .setRange(0, 1)
      .addRange(sheet.getRange('A1:C30'))
      .setPosition(1, 6, 10, 10)
      .build();
    sheet.insertChart(line);
    const column = sheet.newChart().asColumnChart().setStacked().setTitle('By owner').addRange(sheet.getRange('E1:F5')).build();
    sheet.insertChart(column);
    const specs = (sheet as unknown as { model: { charts: Array<{ chartType: string; options: Record<string, unknown> }> } }).model.charts;
    expect(specs.map((c) => c.chartType)).toEqual(['LINE', 'COLUMN']);
    expect(specs[0].options).toEqual({
      title: 'Close rate: history, forecast, target',
      'hAxis.title': 'Week',
      'vAxis.title': '%',
      colors: ['#1a73e8', '#9aa0a6', '#d93025'],
      'legend.position': 'bottom',
      curveType: 'function',
      pointSize: 0,
      'vAxis.viewWindow.min': 0,
      'vAxis.viewWindow.max': 1,
    });
    expect(specs[1].options).toEqual({ isStacked: true, title: 'By owner' });
    expect(String(sheet.getCharts()[0].modify().getChartType())).toBe('LINE');
    expect(() => (sheet.newChart().asLineChart() as unknown as { setTitleTextStyle(s: unknown): unknown }).setTitleTextStyle({})).toThrow(
      'not emulated: EmbeddedChartBuilder.setTitleTextStyle',
    );
  });
});
