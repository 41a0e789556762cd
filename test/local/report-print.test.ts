/**
 * The plan report prints readably from the .xlsx files we write (CLI `report`, preview download): landscape, every
 * column on one page width (SpreadsheetML fitToPage + fitToWidth=1, fitToHeight=0), its title row repeated on every
 * page, narrow margins — on the report tab only; and no note runs past the report's seven columns. LibreOffice's
 * printout is checked by test/office/report.office.test.ts.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { runReport } from '../../src/local/cli/report';
import { createEmulator, loadXlsx, saveXlsx, toXlsxBuffer } from '../../src/local/emulator';
import { LINE_CHARS, fitWidth } from '../../src/core/plan/layout';
import { scratchDir } from '../support/scratch';
import { chartPageBreaks, printArea, REPORT_PRINT_SETUP, tablePageBreaks } from '../../src/local/report-print';
import { resolveChart } from '../../src/local/emulator/chart-data';
import { SheetModel } from '../../src/local/emulator';

jest.setTimeout(60_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/objectifs-commerciaux.xlsx');

/** Each sheet's XML by tab name, and the workbook's defined names. */
async function sheetsXml(buffer: Buffer): Promise<{ sheets: Map<string, string>; definedNames: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const file = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
    sheets.set(m[1].replace(/&apos;/g, '’'), (await zip.file(file)?.async('string')) ?? '');
  }
  return { sheets, definedNames: [...workbook.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]) };
}

describe('the plan report’s print setup', () => {
  const dir = scratchDir('smart-print-');
  const out = path.join(dir, 'report.xlsx');

  beforeAll(async () => {
    const input = path.join(dir, 'objectifs.xlsx');
    copyFileSync(EXAMPLE, input);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runReport([input, '--today', '2026-11-26', '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
  });

  it('prints the report tab landscape, one page wide, its title row on every page, narrow margins', async () => {
    const { sheets, definedNames } = await sheetsXml(readFileSync(out));
    const names = [...sheets.keys()];
    const reportName = names.find((n) => n.startsWith('Plan SMART'));
    expect(reportName).toBeDefined();
    const xml = sheets.get(reportName ?? '') ?? '';
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>/);
    const pageSetup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
    expect(pageSetup).toContain('orientation="landscape"');
    expect(pageSetup).toContain('fitToWidth="1"');
    expect(pageSetup).toContain('fitToHeight="0"');
    expect(xml).toContain('<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    const titles = definedNames.filter((d) => d.includes('_xlnm.Print_Titles') && d.includes(`localSheetId="${names.indexOf(reportName ?? '')}"`));
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/!\$1:\$1</);
    // The user's own tabs keep what they had (none here): no fit-to-page forced on them. The Goals tab is below.
    for (const [name, sheet] of sheets) if (name !== reportName && name !== 'Objectifs') expect([name, /fitToPage="1"/.test(sheet)]).toEqual([name, false]);
  });

  it('fixes47: prints the Goals tab Check goals wrote landscape, as many pages wide as it needs at 100 %, its headers and IDs on every page', async () => {
    const { sheets, definedNames } = await sheetsXml(readFileSync(out));
    const names = [...sheets.keys()];
    const xml = sheets.get('Objectifs') ?? '';
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>/);
    const pageSetup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
    expect(pageSetup).toContain('orientation="landscape"');
    expect(pageSetup).toContain('fitToHeight="0"');
    // 24 columns, 3,010 px with the notes: 36 % on one page width (3.6-pt text); landscape Letter holds 1,008 px at 100 %,
    // 948 px of them beside the repeated IDs (60 px) — four pages wide.
    expect(pageSetup).toContain('fitToWidth="4"');
    const titles = definedNames.filter((d) => d.includes('_xlnm.Print_Titles') && d.includes(`localSheetId="${names.indexOf('Objectifs')}"`));
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/&apos;Objectifs&apos;!\$A:\$A,&apos;Objectifs&apos;!\$1:\$1</);
    expect(definedNames.filter((d) => d.includes('_xlnm.Print_Area') && d.includes(`localSheetId="${names.indexOf('Objectifs')}"`))[0]).toMatch(/!\$A\$1:\$X\$\d+</);
  });

  it('fixes47: writes Sheets’ 21-px default row (15.75 pt, marked custom so LibreOffice applies it) on every tab', async () => {
    const { sheets } = await sheetsXml(readFileSync(out));
    for (const [name, xml] of sheets) expect([name, /<sheetFormatPr [^>]*defaultRowHeight="15.75"[^>]*customHeight="1"/.test(xml)]).toEqual([name, true]);
  });

  it('keeps the print setup through a load and a save, without a second print-titles name', async () => {
    const again = await toXlsxBuffer(await loadXlsx(out));
    const { sheets, definedNames } = await sheetsXml(again);
    const xml = [...sheets.entries()].find(([n]) => n.startsWith('Plan SMART'))?.[1] ?? '';
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(/<pageSetup [^>]*>/.exec(xml)?.[0]).toContain('orientation="landscape"');
    // One for the report, one for the Goals tab.
    expect(definedNames.filter((d) => d.includes('_xlnm.Print_Titles'))).toHaveLength(2);
    await saveXlsx(await loadXlsx(out), path.join(dir, 'again.xlsx'));
  });

  it('writes no text cell that runs past the seven columns', async () => {
    const workbook = await loadXlsx(out);
    const report = workbook.spreadsheet.model.sheets.find((s) => s.name.startsWith('Plan SMART'));
    const long: string[] = [];
    report?.rows.forEach((cells) =>
      cells?.forEach((cell) => {
        if (cell && typeof cell.value === 'string' && !cell.style?.wrap && cell.value.length > LINE_CHARS) long.push(cell.value);
      }),
    );
    expect(long).toEqual([]);
  });

  it('cuts a long note at spaces, keeping non-breaking ones', () => {
    expect(fitWidth('short', 90)).toEqual(['short']);
    expect(fitWidth('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(fitWidth('Marge\u00a0: 20\u202f% de plus', 12)).toEqual(['Marge\u00a0: 20\u202f%', 'de plus']);
    expect(fitWidth('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });

  it('starts a page before each chart that would not fit the rest of it, with its caption, and writes the breaks', async () => {
    const workbook = await loadXlsx(out);
    const model = workbook.spreadsheet.model;
    const report = model.sheets.find((s) => s.name.startsWith('Plan SMART'));
    if (!report) throw new Error('no report');
    const charts = report.charts.map((spec) => ({ row: spec.position.row, offsetY: spec.position.offsetY, height: resolveChart(model, spec)?.height ?? 0 }));
    expect(charts.length).toBeGreaterThan(2);
    const setup = { ...REPORT_PRINT_SETUP, repeatRows: { from: 1, to: 1 } };
    const breaks = chartPageBreaks(report, charts, setup);
    // Landscape A4 holds 595 − 108 − 15 = 472 pt: one 278-pt chart a page, each starting one.
    expect(breaks).toHaveLength(charts.length);
    for (const chart of charts) {
      const start = Math.max(...breaks.filter((b) => b <= chart.row));
      expect(chart.row - start).toBeLessThan(8);
      expect((chart.row - start) * 15 + chart.height * 0.75).toBeLessThanOrEqual(472);
    }
    // Portrait (Letter 792 − 108 − 15 = 669 pt) holds two of a run of charts: fewer breaks.
    expect(chartPageBreaks(report, charts, { ...setup, orientation: 'portrait' }).length).toBeLessThan(breaks.length);
    // The file carries them as manual row breaks (brk id: the row above the page's first).
    const { sheets } = await sheetsXml(readFileSync(out));
    const xml = [...sheets.entries()].find(([n]) => n.startsWith('Plan SMART'))?.[1] ?? '';
    // With the tables' breaks (fixes55: no header row alone at a page's foot).
    const all = [...breaks, ...tablePageBreaks(report, setup, breaks)].sort((a, b) => a - b);
    expect([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]) + 1)).toEqual(all);
    // A sheet without charts gets no break.
    expect(chartPageBreaks(new SheetModel(1, 'x'), [], setup)).toEqual([]);
  });
});

describe('the print area covers every written column', () => {
  it('takes in the empty cells an unwrapped text runs over, and the columns a chart spans, not only the cells written', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'en_US' });
    const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.setColumnWidths(1, 7, 80);
    sheet.getRange('A1:B2').setValues([
      ['Title', 'x'],
      ['A note of about one hundred characters that runs over the empty cells on its right in every program', ''],
    ]);
    const model = emulator.spreadsheet.model;
    // 99 characters × 6.5 px from A (seven 80-px columns, then Sheets' 100 px): it runs into H; B1's value does not stop
    // row 2's spill.
    expect(printArea(model.sheets[0], model)).toEqual({ rows: 2, columns: 8 });
    // A wrapped text stays in its cell; a cell on its right stops the spill.
    sheet.getRange('A2').setWrap(true);
    expect(printArea(model.sheets[0], model)).toEqual({ rows: 2, columns: 2 });
    sheet.getRange('A2').setWrap(false);
    sheet.getRange('C2').setValue('stop');
    expect(printArea(model.sheets[0], model)).toEqual({ rows: 2, columns: 3 });
    // A 600-px chart anchored in A spans seven 80-px columns and part of H.
    const Charts = emulator.globals.Charts as GoogleAppsScript.Charts.Charts;
    sheet.getRange('A10:B12').setValues([['Week', 'Value'], [46300, 1], [46307, 2]]);
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A10:B12')).setPosition(4, 1, 0, 0).build());
    expect(printArea(model.sheets[0], model)?.columns).toBe(8);
  });
});
