/**
 * Embedded charts in .xlsx files: written as native DrawingML chart parts (well-formed, wired
 * into the package, pointing at the right cells with cached values) and read back into the
 * emulator's chart model; the add-on state lives in a custom XML part, never in a sheet.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx, STATE_SHEET_NAME, toXlsxBuffer } from '../../../src/local/emulator';
import { resolveChart, type ResolvedChart } from '../../../src/local/emulator/chart-data';
import { chartSpaceXml, dateAxisUnits, excelRef, STATE_NAMESPACE } from '../../../src/local/emulator/xlsx-charts';
import { attr, child, children, descendants, parseXml, type XmlElement } from '../../../src/local/emulator/xml';
import { services, setup } from './helpers';

/** A plan-report-like sheet: a header row, dates, history, forecast, low/high band and a target, plus the chart the add-on inserts. */
function reportLike(name = 'SMART plan 2026-11-26') {
  const s = setup({ spreadsheetLocale: 'en_US' });
  const sheet = s.ss.insertSheet(name);
  sheet.getRange('A1').setValue('KPI charts');
  const rows: Array<Array<string | number>> = [['Date', 'History', 'Forecast', 'Low', 'High', 'Target G1']];
  for (let i = 0; i < 8; i++) {
    const serial = 46300 + i * 7;
    rows.push([serial, i < 5 ? 0.2 + i * 0.01 : '', i >= 4 ? 0.24 + (i - 4) * 0.005 : '', i >= 4 ? 0.2 : '', i >= 4 ? 0.3 : '', i === 7 ? 0.3 : '']);
  }
  sheet.getRange(20, 1, rows.length, 6).setValues(rows);
  sheet.getRange(21, 1, 8, 1).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(21, 2, 8, 5).setNumberFormat('0.0%');
  const Charts = s.emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
  const series = {
    0: { color: '#1a73e8', lineWidth: 2 },
    1: { color: '#188038', lineWidth: 2 },
    2: { color: '#9aa0a6', lineDashStyle: [4, 4], lineWidth: 1 },
    3: { color: '#9aa0a6', lineDashStyle: [4, 4], lineWidth: 1 },
    4: { color: '#d93025', lineWidth: 2 },
  };
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange(20, 1, rows.length, 6))
    .setNumHeaders(1)
    .setPosition(3, 2, 0, 0)
    .setOption('title', 'Close rate — l’équipe')
    .setOption('width', 480)
    .setOption('height', 300)
    .setOption('legend', { position: 'bottom' })
    .setOption('interpolateNulls', false)
    .setOption('vAxis', { format: '#%' })
    .setOption('series', series)
    .build();
  sheet.insertChart(chart);
  return { ...s, report: sheet };
}

async function zipOf(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

async function xml(zip: JSZip, part: string): Promise<XmlElement> {
  const text = await zip.file(part)?.async('string');
  if (text === undefined) throw new Error(`missing part ${part}`);
  const root = parseXml(text);
  if (!root) throw new Error(`not well-formed: ${part}`);
  return root;
}

describe('native charts in .xlsx', () => {
  it('writes a DrawingML line chart wired into the package, with references, caches, colours, dashes, title and axes', async () => {
    const { emulator } = reportLike();
    const zip = await zipOf(await toXlsxBuffer(emulator));
    const names = Object.keys(zip.files);
    // Every XML part of the package is well-formed.
    for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) expect([name, parseXml((await zip.file(name)?.async('string')) ?? '') !== null]).toEqual([name, true]);
    expect(names).toContain('xl/charts/chart1.xml');
    expect(names).toContain('xl/drawings/drawing1.xml');
    const types = await xml(zip, '[Content_Types].xml');
    const override = (part: string): string | undefined => attr(children(types, 'Override').find((o) => attr(o, 'PartName') === part), 'ContentType');
    expect(override('/xl/charts/chart1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(override('/xl/drawings/drawing1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');

    // workbook → sheet2 (the report) → <drawing r:id> → drawing → chart.
    const workbook = await xml(zip, 'xl/workbook.xml');
    const reportSheet = descendants(workbook, 'sheet').find((s) => attr(s, 'name') === 'SMART plan 2026-11-26');
    const workbookRels = await xml(zip, 'xl/_rels/workbook.xml.rels');
    const sheetTarget = attr(children(workbookRels, 'Relationship').find((r) => attr(r, 'Id') === attr(reportSheet, 'id')), 'Target');
    expect(sheetTarget).toBe('worksheets/sheet2.xml');
    const sheetXml = await xml(zip, 'xl/worksheets/sheet2.xml');
    const drawingRef = child(sheetXml, 'drawing');
    const sheetRels = await xml(zip, 'xl/worksheets/_rels/sheet2.xml.rels');
    const drawingRel = children(sheetRels, 'Relationship').find((r) => attr(r, 'Id') === attr(drawingRef, 'id'));
    expect(attr(drawingRel, 'Target')).toBe('../drawings/drawing1.xml');
    expect(attr(drawingRel, 'Type')).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
    // The first sheet has no drawing.
    expect(child(await xml(zip, 'xl/worksheets/sheet1.xml'), 'drawing')).toBeUndefined();

    const drawing = await xml(zip, 'xl/drawings/drawing1.xml');
    const [anchor] = children(drawing, 'oneCellAnchor');
    expect(['col', 'row', 'colOff', 'rowOff'].map((k) => child(child(anchor, 'from'), k)?.text)).toEqual(['1', '2', '0', '0']);
    expect([attr(child(anchor, 'ext'), 'cx'), attr(child(anchor, 'ext'), 'cy')]).toEqual([String(480 * 9525), String(300 * 9525)]);
    const chartRef = descendants(anchor, 'chart')[0];
    const drawingRels = await xml(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(attr(children(drawingRels, 'Relationship').find((r) => attr(r, 'Id') === attr(chartRef, 'id')), 'Target')).toBe('../charts/chart1.xml');

    const chart = await xml(zip, 'xl/charts/chart1.xml');
    expect(chart.local).toBe('chartSpace');
    expect(children(child(chart, 'chart'), 'title').length).toBe(1);
    expect(descendants(child(child(chart, 'chart'), 'title'), 't').map((t) => t.text).join('')).toBe('Close rate — l’équipe');
    // The date axis's title is the domain's header, as Sheets infers it when no option sets one (Sheets API BasicChartAxis.title);
    // no title is inferred for the value axis.
    expect(descendants(child(descendants(chart, 'dateAx')[0], 'title'), 't').map((t) => t.text).join('')).toBe('Date');
    expect(child(descendants(chart, 'valAx')[0], 'title')).toBeUndefined();
    const line = descendants(chart, 'lineChart')[0];
    const ser = children(line, 'ser');
    expect(ser).toHaveLength(5);
    const f = (e: XmlElement | undefined): string | undefined => descendants(e, 'f')[0]?.text;
    const q = "'SMART plan 2026-11-26'";
    expect(ser.map((s) => f(child(s, 'tx')))).toEqual([`${q}!$B$20`, `${q}!$C$20`, `${q}!$D$20`, `${q}!$E$20`, `${q}!$F$20`]);
    expect(ser.map((s) => f(child(s, 'val')))).toEqual([`${q}!$B$21:$B$28`, `${q}!$C$21:$C$28`, `${q}!$D$21:$D$28`, `${q}!$E$21:$E$28`, `${q}!$F$21:$F$28`]);
    expect(ser.map((s) => f(child(s, 'cat')))).toEqual(Array(5).fill(`${q}!$A$21:$A$28`));
    // Caches: names, dates (numbers with their format), values with blanks left out.
    expect(descendants(child(ser[0], 'tx'), 'v').map((v) => v.text)).toEqual(['History']);
    const cat = descendants(child(ser[0], 'cat'), 'numCache')[0];
    expect(child(cat, 'formatCode')?.text).toBe('yyyy-mm-dd');
    expect(children(cat, 'pt').map((p) => child(p, 'v')?.text)).toEqual(['46300', '46307', '46314', '46321', '46328', '46335', '46342', '46349']);
    const history = descendants(child(ser[0], 'val'), 'numCache')[0];
    expect(attr(child(history, 'ptCount'), 'val')).toBe('8');
    expect(children(history, 'pt').map((p) => [attr(p, 'idx'), child(p, 'v')?.text])).toEqual([
      ['0', '0.2'],
      ['1', '0.21'],
      ['2', '0.22'],
      ['3', '0.23'],
      ['4', '0.24'],
    ]);
    // Colours, widths, the dashed band.
    const ln = (s: XmlElement) => descendants(child(s, 'spPr'), 'ln')[0];
    expect(ser.map((s) => attr(descendants(ln(s), 'srgbClr')[0], 'val'))).toEqual(['1A73E8', '188038', '9AA0A6', '9AA0A6', 'D93025']);
    expect(ser.map((s) => attr(descendants(ln(s), 'prstDash')[0], 'val') ?? 'solid')).toEqual(['solid', 'solid', 'dash', 'dash', 'solid']);
    expect(ser.map((s) => attr(ln(s), 'w'))).toEqual(['19050', '19050', '9525', '9525', '19050']);
    // Axes and legend.
    expect(attr(child(descendants(chart, 'valAx')[0], 'numFmt'), 'formatCode')).toBe('#%');
    // Dates on the domain: a date axis (not a category axis, which LibreOffice draws as a bar of daily ticks), a label every
    // two weeks over these seven weeks, in the cells' own date format.
    expect(descendants(chart, 'catAx')).toHaveLength(0);
    const dateAx = descendants(chart, 'dateAx')[0];
    expect(attr(child(dateAx, 'numFmt'), 'formatCode')).toBe('yyyy-mm-dd');
    expect(['baseTimeUnit', 'majorUnit', 'majorTimeUnit'].map((k) => attr(child(dateAx, k), 'val'))).toEqual(['days', '14', 'days']);
    // At most about six labels (fixes39: LibreOffice turned eight or more on their side).
    const step = (days: number): string => `${dateAxisUnits(days).majorUnit} ${dateAxisUnits(days).majorTimeUnit}`;
    expect([20, 49, 120, 300, 400, 730, 1500, 3650].map(step)).toEqual(['7 days', '14 days', '1 months', '2 months', '3 months', '6 months', '1 years', '2 years']);
    // CT_DateAx's sequence (ECMA-376 Part 1, §21.2.2.39): the shared axis elements, then auto, lblOffset, baseTimeUnit, majorUnit, majorTimeUnit.
    const order = dateAx.children.map((c) => c.local);
    expect(order.slice(order.indexOf('crossAx'))).toEqual(['crossAx', 'crosses', 'auto', 'lblOffset', 'baseTimeUnit', 'majorUnit', 'majorTimeUnit']);
    expect(attr(descendants(chart, 'legendPos')[0], 'val')).toBe('b');
    expect(attr(descendants(chart, 'dispBlanksAs')[0], 'val')).toBe('gap');
    expect(children(line, 'axId').map((a) => attr(a, 'val'))).toEqual(['10', '20']);
  });

  it('keeps no sheet for the state: a custom XML part carries it, and Excel tooling sees only the user’s tabs', async () => {
    const { emulator, ss, report } = reportLike();
    report.addDeveloperMetadata('smart-goals:report', 'report');
    services(emulator).props.getDocumentProperties().setProperty('k', 'v & <w>');
    const buffer = await toXlsxBuffer(emulator);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Sheet1', 'visible'],
      ['SMART plan 2026-11-26', 'visible'],
    ]);
    const zip = await zipOf(buffer);
    const item = await xml(zip, 'customXml/item1.xml');
    expect(item.attrs.xmlns).toBe(STATE_NAMESPACE);
    expect(JSON.parse(item.text).documentProperties).toEqual({ k: 'v & <w>' });
    const workbookRels = await xml(zip, 'xl/_rels/workbook.xml.rels');
    expect(children(workbookRels, 'Relationship').some((r) => attr(r, 'Target') === '../customXml/item1.xml')).toBe(true);
    const loaded = services(await loadXlsx(buffer));
    const again = loaded.app.getActiveSpreadsheet();
    expect(again.getSheets().map((s) => s.getName())).toEqual(ss.getSheets().map((s) => s.getName()));
    expect(again.getSheetByName('SMART plan 2026-11-26')?.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['smart-goals:report']);
    expect(loaded.props.getDocumentProperties().getProperty('k')).toBe('v & <w>');
  });

  it('reads its charts back into the chart model (ranges, position, options); a re-save neither loses nor duplicates them', async () => {
    const { emulator, report } = reportLike();
    const before = report.getCharts()[0];
    const loaded = await loadXlsx(await toXlsxBuffer(emulator));
    const sheet = services(loaded).app.getActiveSpreadsheet().getSheetByName('SMART plan 2026-11-26');
    const [chart] = sheet?.getCharts() ?? [];
    expect(sheet?.getCharts()).toHaveLength(1);
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A20:F28']);
    expect(chart.getNumHeaders()).toBe(1);
    expect(String(chart.modify().getChartType())).toBe('LINE');
    const info = chart.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([3, 2, 0, 0]);
    const options = chart.getOptions();
    expect(options.get('title')).toBe(before.getOptions().get('title'));
    expect([options.get('width'), options.get('height')]).toEqual([480, 300]);
    expect(options.get('legend')).toEqual({ position: 'bottom' });
    expect(options.get('vAxis')).toEqual({ format: '#%' });
    // What is drawn is the same (a default line width may be left implicit).
    const drawn = (emu: typeof emulator) => {
      const model = emu.spreadsheet.model;
      const spec = model.sheetByName('SMART plan 2026-11-26')?.charts[0];
      return spec ? resolveChart(model, spec) : null;
    };
    expect(drawn(loaded)).toEqual(drawn(emulator));
    expect((options.get('series') as Record<string, unknown>)[2]).toEqual((before.getOptions().get('series') as Record<string, unknown>)[2]);
    // Saved again: still one chart part, one chart.
    const twice = await loadXlsx(await toXlsxBuffer(loaded));
    expect(twice.spreadsheet.getSheetByName('SMART plan 2026-11-26')?.getCharts()).toHaveLength(1);
    const zip = await zipOf(await toXlsxBuffer(twice));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('xl/charts/') && n.endsWith('.xml'))).toEqual(['xl/charts/chart1.xml']);
  });

  it('a deleted report sheet takes its charts with it; another sheet’s chart keeps its own drawing', async () => {
    const { emulator, ss, report, sheet } = reportLike();
    sheet.getRange('A1:B3').setValues([
      ['Week', 'Deals'],
      ['W1', 3],
      ['W2', 5],
    ]);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(5, 4, 10, 6).build());
    ss.deleteSheet(report);
    const zip = await zipOf(await toXlsxBuffer(emulator));
    expect(Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']);
    const chart = await xml(zip, 'xl/charts/chart1.xml');
    // Text labels: a string category; no title → no automatic title; default legend on the right; Sheets' first colour.
    expect(descendants(descendants(chart, 'cat')[0], 'strCache').length).toBe(1);
    expect(attr(descendants(chart, 'autoTitleDeleted')[0], 'val')).toBe('1');
    expect(attr(descendants(chart, 'legendPos')[0], 'val')).toBe('r');
    expect(attr(descendants(descendants(chart, 'ser')[0], 'srgbClr')[0], 'val')).toBe('4285F4');
    const loaded = await loadXlsx(await toXlsxBuffer(emulator));
    const [back] = loaded.spreadsheet.getSheets()[0].getCharts();
    expect(back.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    const info = back.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([5, 4, 10, 6]);
    expect(back.getOptions().get('series')).toBeNull();
  });

  it('adds its charts to the drawing exceljs writes for a sheet’s images, and both come back', async () => {
    const { emulator, report } = reportLike();
    // A 1×1 PNG kept from a user's file.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const model = emulator.spreadsheet.model;
    model.xlsx.media = [{ buffer: png, extension: 'png' }];
    const target = model.sheetByName(report.getName());
    if (!target) throw new Error('missing sheet');
    target.xlsx.images = [{ media: 0, range: { tl: { col: 8, row: 1 }, ext: { width: 20, height: 20 } } }];
    const buffer = await toXlsxBuffer(emulator);
    const zip = await zipOf(buffer);
    const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const drawing = await xml(zip, drawings[0]);
    expect(descendants(drawing, 'pic')).toHaveLength(1);
    expect(descendants(drawing, 'graphicFrame')).toHaveLength(1);
    const ids = descendants(drawing, 'cNvPr').map((c) => attr(c, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const loaded = await loadXlsx(buffer);
    const sheet = loaded.spreadsheet.model.sheetByName(report.getName());
    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.xlsx.images).toHaveLength(1);
  });

  it('refers to a tab Excel would refuse by its adjusted name, and comes back on the original one', async () => {
    const { emulator } = reportLike('Plan 26/11/2026: [draft]?');
    const buffer = await toXlsxBuffer(emulator);
    const zip = await zipOf(buffer);
    expect(descendants(await xml(zip, 'xl/charts/chart1.xml'), 'f')[0].text).toBe("'Plan 26_11_2026_ _draft__'!$B$20");
    const loaded = await loadXlsx(buffer);
    const [chart] = loaded.spreadsheet.getSheetByName('Plan 26/11/2026: [draft]?')?.getCharts() ?? [];
    expect(chart.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Plan 26/11/2026: [draft]?!A20:F28']);
  });

  it('reads a chart another tool anchored by two cells: its size follows the columns and rows it spans', async () => {
    const { emulator } = reportLike();
    const zip = await zipOf(await toXlsxBuffer(emulator));
    const drawing = (await zip.file('xl/drawings/drawing1.xml')?.async('string')) ?? '';
    const twoCell = drawing
      .replace('<xdr:oneCellAnchor>', '<xdr:twoCellAnchor editAs="oneCell">')
      .replace('</xdr:oneCellAnchor>', '</xdr:twoCellAnchor>')
      .replace(/<xdr:ext [^>]*\/>/, '<xdr:to><xdr:col>4</xdr:col><xdr:colOff>95250</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>');
    expect(twoCell).toContain('<xdr:to>');
    zip.file('xl/drawings/drawing1.xml', twoCell);
    const loaded = await loadXlsx(await zip.generateAsync({ type: 'nodebuffer' }));
    const [chart] = loaded.spreadsheet.getSheetByName('SMART plan 2026-11-26')?.getCharts() ?? [];
    // Columns B:D at 100 px plus 10 px into E; rows 3 to 12 at 21 px.
    expect([chart.getOptions().get('width'), chart.getOptions().get('height')]).toEqual([310, 210]);
    expect([chart.getContainerInfo().getAnchorRow(), chart.getContainerInfo().getAnchorColumn()]).toEqual([3, 2]);
  });

  it('keeps state text that XML cannot carry as such (U+FFFF, markup, quotes)', async () => {
    const { emulator } = reportLike();
    const odd = 'a\uffff<b>"c" & d';
    services(emulator).props.getDocumentProperties().setProperty('odd', odd);
    const loaded = await loadXlsx(await toXlsxBuffer(emulator));
    expect(services(loaded).props.getDocumentProperties().getProperty('odd')).toBe(odd);
  });

  it('still reads the state sheet of files written by earlier versions, and drops it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Goals').getCell('A1').value = 'Goal';
    const state = book.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
    state.getCell('A1').value = 'smart-goals-emulator-state/v1';
    state.getCell('A2').value = JSON.stringify({
      spreadsheet: { locale: 'fr_FR', timeZone: 'Europe/Paris', name: 'Old' },
      documentProperties: { a: '1' },
      developerMetadata: [{ id: 1, key: 'smart-goals:goals', value: null, visibility: 'DOCUMENT', location: { type: 'SHEET', sheet: 'Goals' } }],
      sheets: { Goals: { conditionalRules: [], charts: [{ id: 1, chartType: 'LINE', ranges: [{ sheet: 'Goals', row: 1, column: 1, numRows: 2, numColumns: 2 }], options: { title: 'Old' }, position: { row: 1, column: 3, offsetX: 0, offsetY: 0 }, numHeaders: 1, transpose: false }] } },
    });
    const loaded = await loadXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    expect(loaded.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Goals']);
    expect(loaded.spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
    expect(loaded.spreadsheet.getSheets()[0].getCharts()[0].getOptions().get('title')).toBe('Old');
    // Saved again: the chart is a native part now, the state a custom XML part.
    const zip = await zipOf(await toXlsxBuffer(loaded));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'customXml/item1.xml']));
  });
});

describe('chart XML', () => {
  it('quotes sheet names and escapes text', () => {
    expect(excelRef("O'Brien's plan", { row: 2, column: 28, numRows: 3, numColumns: 1 })).toBe("'O''Brien''s plan'!$AB$2:$AB$4");
    expect(excelRef('Data', { row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe("'Data'!$A$1");
    const { emulator, report } = reportLike('R&D <plan>');
    const model = emulator.spreadsheet.model;
    const sheet = model.sheetByName(report.getName());
    const resolved = sheet ? resolveChart(model, sheet.charts[0]) : null;
    if (!resolved) throw new Error('no chart');
    resolved.title = 'A & B < C';
    const text = chartSpaceXml(resolved, (id) => model.sheetById(id)?.name ?? '');
    const root = parseXml(text);
    expect(root).not.toBeNull();
    expect(descendants(root, 'f')[0].text).toBe("'R&D <plan>'!$B$20");
    expect(descendants(child(child(root, 'chart'), 'title'), 't')[0].text).toBe('A & B < C');
    // review16: the chart's texts default to Arial, as the cells, after spPr (CT_ChartSpace order): LibreOffice drew them in
    // Carlito, which has no narrow no-break space (a French axis read « 60,0  % »).
    const order = (root?.children ?? []).map((c) => c.local);
    expect(order.slice(order.indexOf('chart'))).toEqual(['chart', 'spPr', 'txPr']);
    expect(attr(descendants(child(root, 'txPr'), 'latin')[0], 'typeface')).toBe('Arial');
  });

  it('writes column, bar and area charts natively and reads them back as such', async () => {
    const s = setup();
    s.sheet.getRange('A1:C4').setValues([
      ['Owner', 'Q1', 'Q2'],
      ['Ana', 3, 4],
      ['Bo', 5, 2],
      ['Cy', 1, 6],
    ]);
    s.sheet.insertChart(s.sheet.newChart().asColumnChart().addRange(s.sheet.getRange('A1:C4')).build());
    s.sheet.insertChart(s.sheet.newChart().asAreaChart().addRange(s.sheet.getRange('A1:C4')).setPosition(20, 1, 0, 0).build());
    const Charts = s.emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
    s.sheet.insertChart(s.sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(s.sheet.getRange('A1:C4')).setPosition(40, 1, 0, 0).build());
    const buffer = await toXlsxBuffer(s.emulator);
    const zip = await zipOf(buffer);
    const kinds = await Promise.all([1, 2, 3].map(async (n) => descendants(await xml(zip, `xl/charts/chart${n}.xml`), 'plotArea')[0].children[1].local));
    expect(kinds).toEqual(['barChart', 'areaChart', 'barChart']);
    // office30: a bar chart's rows run from the top down, as Sheets draws them (Excel and LibreOffice put the first
    // category at the bottom of a minMax axis), its value axis at the bottom (crossing at the last category); columns as before.
    const axes = await Promise.all(
      [1, 3].map(async (n) => {
        const space = await xml(zip, `xl/charts/chart${n}.xml`);
        const cat = descendants(space, 'catAx')[0];
        const val = descendants(space, 'valAx')[0];
        return [attr(descendants(cat, 'orientation')[0], 'val'), attr(child(val, 'crosses'), 'val')];
      }),
    );
    expect(axes).toEqual([
      ['minMax', 'autoZero'],
      ['maxMin', 'max'],
    ]);
    const loaded = await loadXlsx(buffer);
    expect(loaded.spreadsheet.getSheets()[0].getCharts().map((c) => String(c.modify().getChartType()))).toEqual(['COLUMN', 'AREA', 'BAR']);
  });

  it('writes stacked bars (isStacked) with an invisible base left out of the legend, and reads them back stacked', async () => {
    const s = setup();
    s.sheet.getRange('A1:D3').setValues([
      ['Goal', 'Base', 'Below', 'Above'],
      ['G1', 0.5, 0.5, 0.3],
      ['G2', 0.2, 0.4, ''],
    ]);
    const Charts = s.emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
    const chart = s.sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(s.sheet.getRange('A1:D3'))
      .setOption('isStacked', true)
      .setOption('series', { 0: { color: '#ffffff', visibleInLegend: false }, 1: { color: '#a1c2fa' }, 2: { color: '#1a73e8' } })
      .build();
    s.sheet.insertChart(chart);
    const resolved = resolveChart(s.emulator.spreadsheet.model, s.emulator.spreadsheet.model.sheets[0].charts[0]);
    expect(resolved?.stacked).toBe(true);
    expect(resolved?.series.map((x) => [x.name, x.color, x.inLegend])).toEqual([
      ['Base', '#ffffff', false],
      ['Below', '#a1c2fa', true],
      ['Above', '#1a73e8', true],
    ]);
    const buffer = await toXlsxBuffer(s.emulator);
    const space = await xml(await zipOf(buffer), 'xl/charts/chart1.xml');
    const bar = descendants(space, 'barChart')[0];
    expect(attr(child(bar, 'barDir'), 'val')).toBe('bar');
    expect(attr(child(bar, 'grouping'), 'val')).toBe('stacked');
    expect(attr(child(bar, 'overlap'), 'val')).toBe('100');
    // The legend (right, Sheets' default) of stacked bars counts entries from the last series, as LibreOffice reads it: the base is entry 2 of 3.
    const entries = descendants(space, 'legendEntry');
    expect(entries.map((e) => [attr(child(e, 'idx'), 'val'), attr(child(e, 'delete'), 'val')])).toEqual([['2', '1']]);
    const loaded = await loadXlsx(buffer);
    const back = resolveChart(loaded.spreadsheet.model, loaded.spreadsheet.model.sheets[0].charts[0]);
    expect(back?.stacked).toBe(true);
    expect(back?.series.map((x) => x.inLegend)).toEqual([false, true, true]);
  });
});

describe('office31: chart parts in the workbook’s language, axis labels with room to lie flat', () => {
  /** A French workbook's report-like sheet: a chart with its texts. */
  function frenchReport(locale: string) {
    const s = setup({ spreadsheetLocale: locale });
    const sheet = s.ss.insertSheet('Plan');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Semaine', 'Historique'],
      [46300, 0.2],
      [46307, 0.25],
    ]);
    sheet.getRange('A2:A3').setNumberFormat('dd/mm/yyyy');
    const chart = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B3')).setNumHeaders(1).setOption('title', 'Taux de conclusion').setOption('vAxis', { title: 'Taux (%)' }).build();
    sheet.insertChart(chart);
    return s;
  }

  it.each([
    ['fr_FR', 'fr-FR'],
    ['fr_CA', 'fr-CA'],
    ['en_GB', 'en-GB'],
    ['en_US', 'en-US'],
  ])('a %s workbook’s chart texts are tagged %s (title, axis title, labels, the chart’s editing language) and so is the document', async (locale, lang) => {
    const s = frenchReport(locale);
    const zip = await zipOf(await toXlsxBuffer(s.emulator));
    const space = await xml(zip, 'xl/charts/chart1.xml');
    const tags = [...descendants(space, 'rPr'), ...descendants(space, 'endParaRPr')].map((e) => attr(e, 'lang'));
    expect(tags.length).toBeGreaterThanOrEqual(4);
    expect(new Set(tags)).toEqual(new Set([lang]));
    // c:lang comes right after c:date1904 (CT_ChartSpace's sequence, ECMA-376 Part 1 §21.2.2.29).
    expect(space.children.map((c) => c.local).slice(0, 3)).toEqual(['date1904', 'lang', 'roundedCorners']);
    expect(attr(child(space, 'lang'), 'val')).toBe(lang);
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain(`<dc:language>${lang}</dc:language>`);
  });

  /** A line chart of `days` days of weekly dates, its legend beside the plot naming `legend`. */
  function lineChart(days: number, legend: string, lang = 'fr-FR'): XmlElement {
    const dates = Array.from({ length: Math.floor(days / 7) + 1 }, (_, i) => 46300 + i * 7);
    const ref = { sheetId: 1, sheetName: 'Plan', row: 2, column: 1, numRows: dates.length, numColumns: 1 };
    const chart: ResolvedChart = {
      chartType: 'LINE',
      title: 'Deals won',
      domain: { ref, header: null, values: dates, numberFormat: 'dd/mm/yyyy' },
      series: [
        { ref: { ...ref, column: 2 }, header: null, values: dates.map((_, i) => i), numberFormat: '0', name: 'Prévision', color: '#188038', dashed: false, lineWidth: 2, inLegend: true },
        { ref: { ...ref, column: 3 }, header: null, values: dates.map(() => 10), numberFormat: '0', name: legend, color: '#d93025', dashed: false, lineWidth: 2, inLegend: true },
      ],
      legend: 'right',
      valueFormat: null,
      hAxisTitle: 'Semaine',
      vAxisTitle: 'Deals won (cumul)',
      interpolateNulls: false,
      stacked: false,
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      width: 600,
      height: 371,
    };
    const root = parseXml(chartSpaceXml(chart, () => 'Plan', '40C', lang));
    if (!root) throw new Error('not XML');
    return descendants(root, 'dateAx')[0];
  }

  it('a date axis takes a longer step when its month labels would not lie side by side in the plot the legend leaves', () => {
    const step = (axis: XmlElement): string => `${attr(child(axis, 'majorUnit'), 'val')} ${attr(child(axis, 'majorTimeUnit'), 'val')}`;
    // The 300-goal report's « Deals won 2 »: 19 weeks, five targets named in one legend entry. LibreOffice turned its five
    // month labels (« nov. 2026 »… « mars 2027 ») 45° in a 240-px plot; one every two months lies flat.
    expect(step(lineChart(133, 'Cible G42, G82, G242, G282'))).toBe('2 months');
    // A short legend leaves room for one a month, as before.
    expect(step(lineChart(133, 'Cible G1'))).toBe('1 months');
    // The fit only lengthens the step the span gives.
    expect(dateAxisUnits(133, () => false)).toEqual({ majorUnit: 4, majorTimeUnit: 'years', format: 'yyyy' });
    expect(dateAxisUnits(133, (s) => s.majorTimeUnit !== 'months' || s.majorUnit >= 3)).toEqual({ majorUnit: 3, majorTimeUnit: 'months', format: 'mmm yyyy' });
  });

  it('a bar chart’s value axis (across) steps so that its labels lie flat: the range bars’ 0–100 % by 20 %, not 10 %', () => {
    const ref = { sheetId: 1, sheetName: 'Plan', row: 2, column: 1, numRows: 2, numColumns: 1 };
    const bars = (width: number): string | undefined => {
      const chart: ResolvedChart = {
        chartType: 'BAR',
        title: 'Global ou par les inducteurs',
        domain: { ref, header: null, values: ['G5 · inducteurs', 'G5 · global'], numberFormat: '' },
        series: [
          { ref: { ...ref, column: 2 }, header: null, values: [0.528, 0.634], numberFormat: '0" "%', name: 'Début de la fourchette', color: '#ffffff', dashed: false, lineWidth: 0, inLegend: false },
          { ref: { ...ref, column: 3 }, header: null, values: [0.391, null], numberFormat: '0" "%', name: 'Inducteurs, sous la cible', color: '#a4c2f4', dashed: false, lineWidth: 0, inLegend: true },
          { ref: { ...ref, column: 4 }, header: null, values: [null, 0.311], numberFormat: '0" "%', name: 'Global, sous la cible', color: '#dadce0', dashed: false, lineWidth: 0, inLegend: true },
        ],
        legend: 'right',
        valueFormat: '0%',
        hAxisTitle: 'Part de la cible',
        vAxisTitle: 'Objectif · lecture',
        interpolateNulls: false,
        stacked: true,
        position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
        width,
        height: 300,
      };
      const valAx = descendants(parseXml(chartSpaceXml(chart, () => 'Plan', '40C', 'fr-FR')), 'valAx')[0];
      // CT_ValAx's sequence: majorUnit after crossBetween.
      const order = valAx.children.map((c) => c.local);
      expect(order.slice(order.indexOf('crossBetween'))).toEqual(['crossBetween', 'majorUnit']);
      return attr(child(valAx, 'majorUnit'), 'val');
    };
    expect(bars(600)).toBe('0.2');
    expect(bars(1000)).toBe('0.1');
    // Narrower, fewer labels: 0 % and 100 % only.
    expect(bars(420)).toBe('1');
  });
});
