import { CALL_LATENCY_MS, FORCED_FLUSH_MS, callKind } from '../../../src/local/emulator/latency';
import { setup } from './helpers';

describe('service-call counting', () => {
  it('counts each call from outside by Class.method, not the emulator’s own internal calls', () => {
    const { emulator, app } = setup();
    emulator.calls.reset();
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues();
    sheet.appendRow([5, 6]);
    expect(emulator.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.appendRow': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emulator.calls.total()).toBe(7);
    expect(emulator.calls.of('Range.getValues')).toBe(1);
    emulator.calls.reset();
    expect(emulator.calls.total()).toBe(0);
    expect(emulator.calls.byMethod()).toEqual({});
  });

  it('a read after unflushed writes forces a flush: counted and charged; reads first, then writes, cost none', () => {
    // Best practices: "Alternating read and write commands is slow… Apps Script has some built-in optimization, such as
    // using look-ahead caching … and write caching" (developers.google.com/apps-script/guides/support/best-practices).
    const { emulator, app } = setup();
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    const cells = sheet.getRange('A1:B2');
    expect(FORCED_FLUSH_MS).toBe(CALL_LATENCY_MS.flush);
    emulator.runExecution(() => {
      emulator.calls.reset();
      cells.getValues();
      cells.getValues();
      cells.setValues([[1, 2], [3, 4]]);
      cells.setBackground('#ff0000');
      expect(emulator.calls.forcedFlushes()).toBe(0);
      const before = emulator.calls.estimatedMs();
      cells.getValues();
      expect(emulator.calls.forcedFlushes()).toBe(1);
      expect(emulator.calls.estimatedMs() - before).toBe(CALL_LATENCY_MS.read + FORCED_FLUSH_MS);
      // Interleaved per cell: one flush per write-then-read.
      for (let r = 1; r <= 3; r++) {
        sheet.getRange(r, 3).setValue(r);
        sheet.getRange(r, 3).getValue();
      }
      expect(emulator.calls.forcedFlushes()).toBe(4);
      // An explicit flush empties the cache: the read after it waits for nothing more.
      cells.setValue(0);
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).flush();
      cells.getValues();
      expect(emulator.calls.forcedFlushes()).toBe(4);
      // Another execution has its own cache: the outer writes are not its to flush, and its writes end flushed.
      cells.setValue(1);
      emulator.runExecution(() => cells.getValues());
      expect(emulator.calls.forcedFlushes()).toBe(4);
      cells.getValues();
      expect(emulator.calls.forcedFlushes()).toBe(5);
    });
  });

  it('a batched read costs the same number of calls whatever the number of rows', () => {
    const count = (rows: number): number => {
      const { emulator, sheet } = setup();
      sheet.insertRowsAfter(1, rows);
      sheet.getRange(1, 1, rows, 3).setValues(Array.from({ length: rows }, (_, i) => [i, `goal ${i}`, i / rows]));
      emulator.calls.reset();
      const values = sheet.getDataRange().getValues();
      sheet.getRange(1, 4, values.length, 1).setValues(values.map((row) => [Number(row[0]) * 2]));
      return emulator.calls.total();
    };
    expect(count(10)).toBe(count(5000));
  });

  it('reading data properties (models, enums, stores) is free', () => {
    const { emulator, app, ss } = setup();
    void ss.getName();
    emulator.calls.reset();
    void app.DeveloperMetadataLocationType.COLUMN;
    void (ss as unknown as { model: unknown }).model;
    void emulator.properties.document.size;
    expect(emulator.calls.total()).toBe(0);
  });

  it('hooks see every counted call with the running total and can unsubscribe', () => {
    const { emulator, sheet } = setup();
    const seen: Array<[string, number]> = [];
    const stop = emulator.onServiceCall((method, total) => seen.push([method, total]));
    sheet.getRange('A1').setValue(1);
    stop();
    sheet.getRange('A2').setValue(2);
    const base = seen[0][1];
    expect(seen).toEqual([
      ['Sheet.getRange', base],
      ['Range.setValue', base + 1],
    ]);
  });

  it('builder steps are counted as calls but not as requests: a chart, a rule or a metadata search reaches Sheets once (calls30)', () => {
    // "Changes made to the chart are not saved until Sheet.updateChart(chart) is called" (Class EmbeddedChartBuilder);
    // DeveloperMetadataFinder: with…() return "the developer metadata finder, for chaining", find() "Executes this search".
    const { emulator, app } = setup();
    const spreadsheet = app.getActiveSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    emulator.calls.reset();
    spreadsheet.createDeveloperMetadataFinder().withKey('k').find();
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=A1>0').setBackground('#ff0000').setRanges([sheet.getRange('A1:A2')]).build();
    sheet.setConditionalFormatRules([rule]);
    expect(emulator.calls.total()).toBe(10);
    // Requests: find, getRange, setConditionalFormatRules; the other seven are builder steps.
    expect(emulator.calls.requests()).toBe(3);
    expect(callKind('DeveloperMetadataFinder', 'withKey')).toBe('builder');
    expect(callKind('Spreadsheet', 'createDeveloperMetadataFinder')).toBe('builder');
    expect(callKind('DeveloperMetadataFinder', 'find')).toBe('metadata');
    expect(callKind('Sheet', 'newChart')).toBe('builder');
    expect(callKind('Sheet', 'insertChart')).toBe('chart');
  });
});
