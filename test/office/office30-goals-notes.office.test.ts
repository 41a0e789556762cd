/**
 * office30: the shipped example workbooks, checked and reported by the CLI, opened in LibreOffice (headless soffice →
 * PDF, word boxes by pdftotext -bbox): no word is drawn over another on any page. The examples' rows carry the height the
 * writer fitted to their goal's text; read back as the row's own, it stayed when Check goals wrote its notes there, and
 * LibreOffice drew the notes of G3 (English) and of G1, G3 and G5 (French) over the rows above them. And the bottom-up
 * range chart (a bar chart) lists its bars in the order of its data rows, from the top, as Sheets and the preview draw
 * it: Excel and LibreOffice put the first category at the bottom unless the category axis runs maxMin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runReport } from '../../src/local/cli/report';
import { pdfWords, type PdfWord } from './pdf-words';
import { convertWithSoffice } from './soffice';

const work = mkdtempSync(path.join(tmpdir(), 'smart-office-notes-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pairs of words drawn over each other: boxes crossing by more than 1 pt across and 4 pt down (two lines of Liberation Sans 10 touch by 1.8 pt). */
function overlaps(boxes: readonly PdfWord[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].page === boxes[i].page; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 4) found.push(`p${a.page}: ${a.text} / ${b.text}`);
    }
  }
  return found;
}

const cases = [
  { file: 'sales-goals.xlsx', locale: 'en_US', levers: 'Levers the goal names', axis: 'Share of the target' },
  { file: 'objectifs-commerciaux.xlsx', locale: 'fr_FR', levers: 'Leviers cités', axis: 'Part de la cible' },
];
const pdfs = new Map<string, PdfWord[]>();

beforeAll(async () => {
  const outs: string[] = [];
  for (const c of cases) {
    const out = path.join(work, c.file.replace('.xlsx', '.smart.xlsx'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runReport([path.join('examples', c.file), '--today', '2026-11-26', '--locale', c.locale, '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    outs.push(out);
  }
  convertWithSoffice(work, 'pdf', outs, work, 600_000);
  cases.forEach((c, i) => pdfs.set(c.file, pdfWords(outs[i].replace(/\.xlsx$/, '.pdf'))));
});

it.each(cases)('$file ($locale): the Goals tab’s notes, in rows the example fitted to its goals, are drawn each in its own row', ({ file, levers }) => {
  const boxes = pdfs.get(file)!;
  // The notes are there (G3's levers, written under its achievability line), and nothing is drawn over anything.
  expect(boxes.map((b) => b.text).join(' ')).toContain(levers);
  expect(overlaps(boxes)).toEqual([]);
});

it.each(cases)('$file ($locale): the bottom-up range chart lists its bars from the top down, as its data rows (and Sheets)', ({ file, axis }) => {
  const boxes = pdfs.get(file)!;
  // The chart's page: the one with its value-axis title; its category labels are "G5 · <reading>".
  const first = axis.split(' ')[0];
  const page = boxes.find((b, i) => b.text === first && boxes[i + 1]?.text === axis.split(' ')[1])!.page;
  const labels = boxes.filter((b, i) => b.page === page && i > 0 && boxes[i - 1].text === '·' && boxes[i - 2]?.text === 'G5');
  expect(labels.map((b) => b.text)).toHaveLength(2);
  // The data rows: bottom-up first (« inducteurs »), then top-down (« global »).
  const top = [...labels].sort((a, b) => a.y0 - b.y0).map((b) => b.text);
  expect(top).toEqual(file === 'sales-goals.xlsx' ? ['bottom-up', 'top-down'] : ['inducteurs', 'global']);
});
