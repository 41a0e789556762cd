/**
 * fixes47: what review16 saw when LibreOffice (headless soffice → PDF and ODS) opened the example workbook after Check goals
 * and a plan report, in English and in French (the preview's "Download .xlsx"):
 * (a) the recommendations and the Bottom-up check's readings were squeezed into column B (20 characters a line) beside
 *     five empty columns — they now span B–G (merged cells);
 * (b) the Goals tab's headers T–V were cut by the next one ("Suggested targe", « Chance par les i ») — they wrap;
 * (c) the summary's labels wrapped in column A (« Problèmes d’alignement ») — one line over A–B, the number beside;
 * (d) rows without wrapped text were 20 px (15 pt) where Sheets shows 21 px — 15.75 pt;
 * (e) the Goals tab had no page setup (ten portrait column strips, no header on most pages) — landscape, its header row
 *     and IDs on every page, at 100 %.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { t } from '../../src/core/messages';
import { OUTPUT_COLUMNS, outputHeader } from '../../src/core/workbook/output';
import { attr, descendants, parseXml, type XmlElement } from '../../src/local/emulator/xml';
import { convertWithSoffice, writeExampleReports } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-review16-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const CASES = [
  { locale: 'en_US', lang: 'en', goals: 'Goals', report: /^SMART plan / },
  { locale: 'fr_FR', lang: 'fr', goals: 'Objectifs', report: /^Plan SMART / },
] as const;

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  const files = await writeExampleReports(work, CASES.map((c) => c.locale));
  for (const format of ['pdf', 'ods']) {
    convertWithSoffice(work, format, files, work, 600_000);
  }
});

/** The PDF's pages as text (-layout), spaces of every kind as spaces. */
function pages(locale: string): string[] {
  return plain(execFileSync(PDFTOTEXT, ['-layout', path.join(work, `${locale}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })).split('\f');
}

/** A table of the .ods by its name, and its row styles' heights in points. */
async function odsTable(locale: string, name: string | RegExp): Promise<{ table: XmlElement; rowPt: Map<string, number> }> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(work, `${locale}.ods`)));
  const content = parseXml((await zip.file('content.xml')?.async('string')) ?? '');
  const rowPt = new Map<string, number>();
  for (const style of descendants(content, 'style').filter((s) => s.name === 'style:style' && attr(s, 'family') === 'table-row')) {
    const height = attr(descendants(style, 'table-row-properties')[0], 'row-height') ?? '';
    rowPt.set(attr(style, 'name') ?? '', parseFloat(height) * (height.endsWith('in') ? 72 : height.endsWith('cm') ? 72 / 2.54 : 1));
  }
  const table = descendants(content, 'table').find((x) => x.name === 'table:table' && (typeof name === 'string' ? attr(x, 'name') === name : name.test(attr(x, 'name') ?? '')));
  if (!table) throw new Error(`no table ${String(name)}`);
  return { table, rowPt };
}

/** The Goals tab's pages (the first tab): from the first page on, those whose header row (wrapped: within three lines) starts with ID. */
function goalsTabPages(all: string[]): Array<{ page: string; number: number }> {
  const out: Array<{ page: string; number: number }> = [];
  for (let i = all.findIndex((page) => page.trim() !== ''); i >= 0 && i < all.length; i++) {
    const lines = all[i].split('\n').filter((l) => l.trim() !== '');
    if (!lines.slice(0, 3).some((l) => l.trim().startsWith('ID '))) break;
    out.push({ page: all[i], number: i + 1 });
  }
  return out;
}

const cellText = (cell: XmlElement): string => plain(descendants(cell, 'p').map((p) => p.text + descendants(p, 'span').map((s) => s.text).join('')).join('\n'));

describe.each(CASES)('$locale', ({ locale, lang, goals, report }) => {
  it('(a) spans the recommendations and the Bottom-up readings over B–G, a few lines each instead of dozens', async () => {
    const { table } = await odsTable(locale, report);
    const problem = t(lang, 'plan.rec.problem');
    const spanned = (cell: XmlElement | undefined): number => Number(attr(cell, 'number-columns-spanned') ?? 1);
    let problems = 0;
    let readings = 0;
    for (const row of descendants(table, 'table-row')) {
      const cells = row.children.filter((c) => c.local === 'table-cell' || c.local === 'covered-table-cell');
      if (cellText(cells[0] ?? row) === problem) {
        problems++;
        expect([cellText(cells[1]), spanned(cells[1])]).toEqual([cellText(cells[1]), 6]);
      }
      if (/^G5$/.test(cellText(cells[0] ?? row)) && cellText(cells[1] ?? row).startsWith(lang === 'fr' ? 'Chiffre d’affaires = ' : 'Revenue = ')) {
        readings++;
        expect(spanned(cells[1])).toBe(6);
      }
    }
    expect(problems).toBeGreaterThanOrEqual(5);
    expect(readings).toBe(1);
    // On paper: the reading's capacity sentence is no longer cut every 20 characters — a line of it holds over 60.
    const text = pages(locale).join('\n');
    // The report's Bottom-up check section (the Goals tab's notes say it too, in their 360-px column).
    const section = text.slice(text.lastIndexOf(plain(t(lang, 'plan.section.bottomUp'))));
    const capacity = lang === 'fr' ? 'Capacité à l’échéance' : 'Capacity at the deadline';
    const line = section.split('\n').find((l) => l.includes(capacity)) ?? '';
    expect(line.trim().length).toBeGreaterThan(60);
  });

  it('(b) prints every word of the Goals tab’s headers whole', () => {
    const words = new Set(goalsTabPages(pages(locale)).map(({ page }) => page).join('\n').split(/\s+/));
    for (const column of OUTPUT_COLUMNS) {
      // Cut, a header ran into the next one: "targetBottom-up chancDriver".
      for (const word of outputHeader(column, lang).split(/\s+/)) expect([column, word, words.has(word)]).toEqual([column, word, true]);
    }
  });

  it('(c) prints each summary label on one line, beside its number', () => {
    const text = pages(locale).join('\n');
    for (const key of ['plan.summary.alignment', 'plan.summary.averageScore'] as const) {
      const label = plain(t(lang, key));
      expect([label, new RegExp(`^${label}\\s+\\d+\\s*$`, 'm').test(text)]).toEqual([label, true]);
    }
  });

  it('(d) gives a row without wrapped text Sheets’ 21 px (15.75 pt), on the report and on the user’s tabs', async () => {
    for (const name of [report, lang === 'fr' ? 'Taux de conclusion' : 'Close rate']) {
      const { table, rowPt } = await odsTable(locale, name);
      const heights = descendants(table, 'table-row').map((row) => rowPt.get(attr(row, 'style-name') ?? '') ?? NaN);
      const counts = new Map<number, number>();
      for (const h of heights) counts.set(Math.round(h * 10) / 10, (counts.get(Math.round(h * 10) / 10) ?? 0) + 1);
      // The most common height is the default row's (it was 15 pt).
      const [common] = [...counts].sort((a, b) => b[1] - a[1])[0];
      expect([String(name), common]).toEqual([String(name), 15.8]);
    }
  });

  it('(e) prints the Goals tab landscape at 100 %, its header row and IDs on every page', () => {
    const strips = goalsTabPages(pages(locale));
    // Four strips of columns, each over the goals' rows (two pages a strip): it was ten portrait strips, the headers on the first page of each only.
    expect(strips.length).toBeGreaterThanOrEqual(4);
    for (const { page } of strips) expect(page.split('\n').some((l) => /^\s*(G1|N-Q1|S-Q1|E|G5)\s/.test(l))).toBe(true);
    const info = execFileSync(PDFINFO, ['-f', String(strips[0].number), '-l', String(strips[strips.length - 1].number), path.join(work, `${locale}.pdf`)], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(sizes.length).toBe(strips.length);
    expect(sizes.every((landscape) => landscape)).toBe(true);
    // At about 100 %: the first strip holds the IDs, the goals (460 px) and a few more columns, not all 24 (36 %, 3.6-pt text).
    const header = strips[0].page.split('\n').find((l) => l.trim().startsWith('ID')) ?? '';
    expect(header.trim().split(/\s{2,}/).length).toBeLessThanOrEqual(8);
    expect(header).toContain(goals === 'Goals' ? 'Goal' : 'Objectif');
  });
});
