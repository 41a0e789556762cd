/**
 * The words of a PDF LibreOffice wrote, each with its page and box in points (poppler's `pdftotext -bbox`), for the
 * office tests that look at where text was drawn.
 */
import { execFileSync } from 'node:child_process';

const PDFTOTEXT = '/usr/bin/pdftotext';

export interface PdfWord {
  page: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync(PDFTOTEXT, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: index + 1,
        x0: Number(m[1]),
        x1: Number(m[3]),
        y0: Number(m[2]),
        y1: Number(m[4]),
        text: m[5].replace(/&(?:amp|lt|gt|quot);/g, (entity) => ENTITIES[entity]),
      })),
    );
}
