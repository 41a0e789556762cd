/**
 * office30: the shipped example workbooks, checked and reported by the CLI, opened in LibreOffice (headless soffice →
 * PDF, word boxes by pdftotext -bbox): no word is drawn over another on any page. The examples' rows carry the height the
 * writer fitted to their goal's text; read back as the row's own, it stayed when Check goals wrote its notes there, and
 * LibreOffice drew the notes of G3 (English) and of G1, G3 and G5 (French) over the rows above them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runReport } from '../../src/local/cli/report';
import { convertWithSoffice } from './soffice';

const PDFTOTEXT = '/usr/bin/pdftotext';
const work = mkdtempSync(path.join(tmpdir(), 'smart-office-notes-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function pdfBoxes(pdf: string): Box[] {
  const html = execFileSync(PDFTOTEXT, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: index + 1,
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5],
      })),
    );
}

/** Pairs of words drawn over each other: boxes crossing by more than 1 pt across and 4 pt down (two lines of Liberation Sans 10 touch by 1.8 pt). */
function overlaps(boxes: readonly Box[]): string[] {
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

it.each([
  ['sales-goals.xlsx', 'en_US', 'Levers the goal names'],
  ['objectifs-commerciaux.xlsx', 'fr_FR', 'Leviers cités'],
])('%s (%s): the Goals tab’s notes, in rows the example fitted to its goals, are drawn each in its own row', async (file, locale, levers) => {
  const out = path.join(work, file.replace('.xlsx', '.smart.xlsx'));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    expect(await runReport([path.join('examples', file), '--today', '2026-11-26', '--locale', locale, '--out', out])).toBe(0);
  } finally {
    log.mockRestore();
  }
  convertWithSoffice(work, 'pdf', [out], work, 300_000);
  const boxes = pdfBoxes(out.replace(/\.xlsx$/, '.pdf'));
  // The notes are there (G3's levers, written under its achievability line), and nothing is drawn over anything.
  expect(boxes.map((b) => b.text).join(' ')).toContain(levers);
  expect(overlaps(boxes)).toEqual([]);
});
