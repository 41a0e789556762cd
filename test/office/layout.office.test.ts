/**
 * fixes35: the plan report of a 300-goal workbook, in French and in English, opened by LibreOffice (headless soffice):
 * - every chart stays in the cell it is anchored to, over blank rows (before: a French report's five charts, anchored
 *   60 m down, were all drawn at LibreOffice's 2^31-EMU limit over one row of the Bottom-up check, and the charts'
 *   pages printed blank);
 * - the page of the first chart's caption holds the chart (its title and legend), not only the caption;
 * - dates run along a date axis (c:dateAx), no series without a value stands in a legend, and the report has a print
 *   area and print titles.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runReport } from '../../src/local/cli/report';
import { buildWorkbook } from '../../src/local/bench/workbook';
import { createEmulator, loadXlsx, saveXlsx, type Emulator } from '../../src/local/emulator';
import { resolveChart } from '../../src/local/emulator/chart-data';
import { attr, child, children, descendants, parseXml } from '../../src/local/emulator/xml';
import { OWNED_SHEET_METADATA_KEY } from '../../src/core/workbook/output';
import { columnToLetters } from '../../src/core/a1';
import { convertWithSoffice } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-layout-'));
const TODAY = '2026-11-26';
const GOALS = 300;

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
  lang: 'en' | 'fr';
  xlsx: string;
  emulator: Emulator;
}

function reportSheet(emulator: Emulator) {
  const model = emulator.spreadsheet.model;
  const id = model.developerMetadata.find((m) => m.key === OWNED_SHEET_METADATA_KEY && m.value === 'report' && m.location.type === 'SHEET')?.location;
  const sheet = model.sheets.find((s) => id?.type === 'SHEET' && s.id === id.sheetId);
  if (!sheet) throw new Error('no report sheet');
  return sheet;
}

const cases: Case[] = [];

beforeAll(async () => {
  for (const [lang, locale] of [['fr', 'fr_FR'], ['en', 'en_US']] as const) {
    const emulator = createEmulator({ spreadsheetLocale: locale });
    // The bench's workbook: 8 KPI tabs, 300 goals of which 10 on a driver tree (a Bottom-up check and its range chart).
    buildWorkbook(emulator, GOALS, { trees: 10 });
    const input = path.join(work, `goals-${lang}.xlsx`);
    await saveXlsx(emulator, input);
    const out = path.join(work, `report-${lang}.xlsx`);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runReport([input, '--today', TODAY, '--lang', lang, '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    cases.push({ lang, xlsx: out, emulator: await loadXlsx(out) });
  }
  for (const format of ['ods', 'pdf']) {
    convertWithSoffice(work, format, [...cases.map((c) => c.xlsx)], work, 600_000);
  }
});

it('LibreOffice keeps every chart in the cell it is anchored to, over blank rows, whatever the number of goals', async () => {
  for (const c of cases) {
    const sheet = reportSheet(c.emulator);
    const anchors = sheet.charts.map((spec) => spec.position.row).sort((a, b) => a - b);
    expect(anchors.length).toBeGreaterThanOrEqual(4);
    // Over blank rows: no value from the anchor row through the rows the chart's height covers (21-px rows).
    for (const spec of sheet.charts) {
      const height = resolveChart(c.emulator.spreadsheet.model, spec)?.height ?? 0;
      for (let row = spec.position.row; row < spec.position.row + Math.ceil(height / 21); row++) {
        const cells = sheet.rows[row - 1] ?? [];
        expect([c.lang, row, cells.some((cell) => cell !== undefined && cell.value !== '' && cell.value !== null)]).toEqual([c.lang, row, false]);
      }
    }
    // Where LibreOffice put them: the row of the cell holding each chart frame in the .ods it writes.
    const zip = await JSZip.loadAsync(readFileSync(c.xlsx.replace(/\.xlsx$/, '.ods')));
    const content = parseXml((await zip.file('content.xml')?.async('string')) ?? '');
    const table = descendants(content, 'table').find((t) => t.name === 'table:table' && attr(t, 'name') === sheet.name);
    const placed: number[] = [];
    let row = 0;
    for (const element of descendants(table, 'table-row')) {
      const repeat = Number(attr(element, 'number-rows-repeated') ?? 1);
      if (descendants(element, 'frame').length > 0) placed.push(row + 1);
      row += repeat;
    }
    expect([c.lang, placed.sort((a, b) => a - b)]).toEqual([c.lang, anchors]);
  }
});

it('prints the first chart on the page of the text right above it, not a blank page after that text', () => {
  for (const c of cases) {
    const sheet = reportSheet(c.emulator);
    const legend = c.lang === 'fr' ? /Historique|Prévision|Cumul/ : /History|Forecast|Running total/;
    const plain = (text: string): string => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
    const pages = execFileSync(PDFTOTEXT, ['-layout', c.xlsx.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\f').map(plain);
    const first = [...sheet.charts].sort((a, b) => a.position.row - b.position.row)[0];
    // The chart's caption: the last text row above its anchor (the charts section's note on KPIs not charted).
    let row = first.position.row - 1;
    while (row > 1 && String(sheet.value(row, 1) ?? '') === '') row--;
    const caption = plain(String(sheet.value(row, 1)));
    expect(caption.length).toBeGreaterThan(10);
    const title = resolveChart(c.emulator.spreadsheet.model, first)?.title ?? '';
    const page = pages.find((text) => text.includes(caption));
    expect(page).toBeDefined();
    expect([c.lang, caption, page!.includes(title), legend.test(page!)]).toEqual([c.lang, caption, true, true]);
    // fixes39: with its section title (the 300-goal report's seven-line list of KPIs not charted had left it alone at the
    // foot of the page before).
    expect(page!.includes(c.lang === 'fr' ? 'Graphiques des indicateurs' : 'KPI charts')).toBe(true);
  }
});

it('writes dates on a date axis, no empty series, and a print area with print titles', async () => {
  for (const c of cases) {
    const zip = await JSZip.loadAsync(readFileSync(c.xlsx));
    const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(parts.length).toBe(reportSheet(c.emulator).charts.length);
    let lines = 0;
    for (const part of parts) {
      const chart = parseXml((await zip.file(part)?.async('string')) ?? '');
      const line = descendants(chart, 'lineChart')[0];
      for (const ser of descendants(chart, 'ser')) expect([part, descendants(child(ser, 'val'), 'pt').length > 0]).toEqual([part, true]);
      if (!line) continue;
      lines++;
      expect(descendants(chart, 'catAx')).toHaveLength(0);
      const dateAx = descendants(chart, 'dateAx')[0];
      expect(attr(child(dateAx, 'baseTimeUnit'), 'val')).toBe('days');
      expect(['days', 'months', 'years']).toContain(attr(child(dateAx, 'majorTimeUnit'), 'val'));
    }
    expect(lines).toBeGreaterThanOrEqual(4);
    const workbook = parseXml((await zip.file('xl/workbook.xml')?.async('string')) ?? '');
    const names = children(child(workbook, 'definedNames'), 'definedName').map((n) => [attr(n, 'name'), n.text]);
    const sheet = reportSheet(c.emulator);
    const quoted = `'${sheet.name}'`;
    // The report's own (fixes47: the Goals tab Check goals wrote has one too).
    const area = names.find(([name, text]) => name === '_xlnm.Print_Area' && text?.startsWith(`${quoted}!`))?.[1] ?? '';
    // A1 to the timeline's last period column (fixes42: its narrow columns from H print with the report), or G without one.
    const header = sheet.rows.findIndex((_, r) => sheet.value(r + 1, 1) === 'ID' && ['Depends on', 'Dépend de'].includes(String(sheet.value(r + 1, 4))));
    let last = 7;
    while (header >= 0 && sheet.value(header + 1, last + 1) !== '' && sheet.value(header + 1, last + 1) !== null && sheet.value(header + 1, last + 1) !== undefined) last++;
    expect(last).toBeGreaterThan(7);
    expect(area).toMatch(new RegExp(`^${quoted.replace(/[()]/g, '\\$&')}!\\$A\\$1:\\$${columnToLetters(last)}\\$(\\d+)$`));
    expect(Number(/(\d+)$/.exec(area)?.[1])).toBeGreaterThanOrEqual(sheet.rows.length - 1);
    expect(names).toContainEqual(['_xlnm.Print_Titles', `${quoted}!$1:$1`]);
  }
});

it('fixes39: titles both axes of every KPI chart, right-aligns the headers over numbers, and charts no all-zero part', async () => {
  for (const c of cases) {
    const sheet = reportSheet(c.emulator);
    const zip = await JSZip.loadAsync(readFileSync(c.xlsx));
    const parts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    const titles: string[] = [];
    const axisText = (axis: ReturnType<typeof parseXml> | undefined): string => descendants(child(axis, 'title'), 't').map((t) => t.text).join('');
    for (const part of parts) {
      const chart = parseXml((await zip.file(part)?.async('string')) ?? '');
      const chartTitle = descendants(child(child(chart, 'chart'), 'title'), 't').map((t) => t.text).join('');
      if (descendants(chart, 'lineChart').length > 0) {
        // The value axis: the KPI and its unit; the date axis: the KPI's period (the domain header Sheets infers its title from).
        const value = axisText(descendants(chart, 'valAx')[0]);
        expect([part, value.startsWith(chartTitle)]).toEqual([part, true]);
        expect(c.lang === 'fr' ? ['Jour', 'Semaine', 'Mois', 'Trimestre', 'Année'] : ['Day', 'Week', 'Month', 'Quarter', 'Year']).toContain(axisText(descendants(chart, 'dateAx')[0]));
        titles.push(value);
      } else {
        // The range bars: no part that is 0 for every bar (its name would stand in the legend over nothing).
        for (const ser of descendants(chart, 'ser').slice(1)) expect([part, descendants(child(ser, 'val'), 'v').some((v) => Number(v.text) !== 0)]).toEqual([part, true]);
        expect(axisText(descendants(chart, 'valAx')[0])).toBe(c.lang === 'fr' ? 'Part de la cible' : 'Share of the target');
      }
    }
    expect(titles.length).toBeGreaterThanOrEqual(4);
    // LibreOffice draws them: each value axis title is on a printed page.
    const plain = (text: string): string => text.replace(/[\u00a0\u202f\s]+/g, ' ');
    const pdf = plain(execFileSync(PDFTOTEXT, [c.xlsx.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
    for (const title of titles) expect([c.lang, title, pdf.includes(plain(title))]).toEqual([c.lang, title, true]);
    // The goals table's header: "Target" and "Deadline" over numbers and dates, right-aligned like them; "Goal" stays left.
    const header = sheet.rows.findIndex((cells) => cells?.[0]?.value === 'ID' && cells?.[5]?.value === (c.lang === 'fr' ? 'Cible' : 'Target'));
    expect(header).toBeGreaterThan(0);
    const align = (column: number): string | undefined => sheet.rows[header]?.[column]?.style?.horizontalAlignment;
    expect([align(1), align(5), align(6)]).toEqual([undefined, 'right', 'right']);
  }
});
