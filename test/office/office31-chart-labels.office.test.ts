/**
 * office31: the charts of the French plan report, opened in LibreOffice (headless soffice → PDF, word boxes by pdftotext
 * -bbox), draw their horizontal axis labels flat, each label whole on one baseline. LibreOffice turns a horizontal axis's
 * labels 45° as soon as two neighbours would overlap, and pdftotext then reads them in pieces (« no » « v. » « 2 » « 02 » « 6 »):
 * the 300-goal report's « Deals won 2 » (five month labels in the plot its long legend leaves) and the example's range bars
 * (0–100 % in ten steps, in English too) were drawn so. And the chart parts say the workbook's language (fr-FR), not en-US.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildWorkbook } from '../../src/local/bench/workbook';
import { BENCH_TIME_ZONE } from '../../src/local/bench/globals';
import { runReport } from '../../src/local/cli/report';
import { createEmulator, saveXlsx } from '../../src/local/emulator';
import { attr, child, descendants, parseXml } from '../../src/local/emulator/xml';
import { pdfWords, type PdfWord } from './pdf-words';
import { convertWithSoffice } from './soffice';

const work = mkdtempSync(path.join(tmpdir(), 'smart-office-labels-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ChartPart {
  title: string;
  /** The horizontal axis: a date axis (dateAx) or the values of a bar chart. */
  across: 'dates' | 'values';
  lang: string[];
}

/** The report's charts as the file has them: title, what runs across, the languages its texts are tagged with. */
async function chartParts(xlsx: string): Promise<ChartPart[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const parts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
  return Promise.all(
    parts.map(async (name) => {
      const root = parseXml((await zip.file(name)!.async('string')) ?? '');
      const title = descendants(child(child(root, 'chart'), 'title'), 't')
        .map((t) => t.text)
        .join('');
      const lang = [attr(child(root, 'lang'), 'val') ?? 'none', ...[...descendants(root, 'rPr'), ...descendants(root, 'endParaRPr')].map((e) => attr(e, 'lang') ?? 'none')];
      return { title, across: descendants(root, 'dateAx').length > 0 ? 'dates' : 'values', lang } as ChartPart;
    }),
  );
}

const MONTHS = new Set(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.', ...'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')]);

/**
 * The flat labels under a chart's title (its 14-pt words, on one page; the chart is 371 px, 278 pt, tall): « nov. 2026 »
 * (a month then a year), a day's date or a year, or « 20 % » (a number then "%"; "20%" in English) — each label's words on one baseline.
 */
function flatLabels(words: readonly PdfWord[], chart: ChartPart): string[] {
  const first = chart.title.split(' ').slice(0, 3);
  // The title's words: 14 pt (boxes 15–20 pt tall, where 10-pt text is 12.6), across, on one baseline — not the value axis's
  // title, which reads up the side (« Attrition (%) »: boxes taller than wide).
  const title = (w: PdfWord, i: number): boolean =>
    w.y1 - w.y0 > 15 && w.y1 - w.y0 < 20 && w.x1 - w.x0 > w.y1 - w.y0 && first.every((t, k) => words[i + k]?.text === t && Math.abs(words[i + k].y0 - w.y0) < 0.5);
  // LibreOffice may also print a chart's texts clipped away at the foot of the page before it: every drawing is read, the one
  // with the most labels kept.
  const drawings = words.flatMap((w, i) => (title(w, i) ? [w] : []));
  if (drawings.length === 0) throw new Error(`chart « ${chart.title} » not found in the PDF`);
  const labelsUnder = ({ page, y0 }: PdfWord): string[] => {
    const below = words.filter((w) => w.page === page && w.y0 > y0 && w.y0 < y0 + 278);
    const labels: string[] = [];
    below.forEach((w, i) => {
      const next = below[i + 1];
      const sameLine = !!next && Math.abs(next.y0 - w.y0) < 0.5 && next.x0 > w.x0;
      if (chart.across === 'dates' && sameLine && MONTHS.has(w.text) && /^\d{4}$/.test(next.text)) labels.push(`${w.text} ${next.text}`);
      const afterMonth = i > 0 && MONTHS.has(below[i - 1].text) && Math.abs(below[i - 1].y0 - w.y0) < 0.5;
      if (chart.across === 'dates' && (/^\d{2}\/\d{2}\/\d{4}$/.test(w.text) || (/^\d{4}$/.test(w.text) && !afterMonth))) labels.push(w.text);
      if (chart.across === 'values' && ((sameLine && /^\d+$/.test(w.text) && next.text === '%') || /^\d+%$/.test(w.text))) labels.push(w.text);
    });
    return labels;
  };
  return drawings.map(labelsUnder).reduce((most, labels) => (labels.length > most.length ? labels : most));
}

const cases = [
  { name: 'the example', locale: 'fr_FR', lang: 'fr-FR', input: () => path.join('examples', 'objectifs-commerciaux.xlsx') },
  { name: 'the English example', locale: 'en_US', lang: 'en-US', input: () => path.join('examples', 'sales-goals.xlsx') },
  {
    name: 'a 300-goal workbook',
    locale: 'fr_FR',
    lang: 'fr-FR',
    input: async () => {
      const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', timeZone: BENCH_TIME_ZONE, firstSheetName: null });
      buildWorkbook(emulator, 300);
      const file = path.join(work, 'goals-300.xlsx');
      await saveXlsx(emulator, file);
      return file;
    },
  },
];
const results = new Map<string, { words: PdfWord[]; charts: ChartPart[] }>();

beforeAll(async () => {
  const outs: string[] = [];
  for (const [index, c] of cases.entries()) {
    const out = path.join(work, `report-${index}.xlsx`);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runReport([await c.input(), '--today', '2026-11-26', '--locale', c.locale, '--out', out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    outs.push(out);
  }
  convertWithSoffice(work, 'pdf', outs, work, 600_000);
  for (const [index, c] of cases.entries()) results.set(c.name, { words: pdfWords(outs[index].replace(/\.xlsx$/, '.pdf')), charts: await chartParts(outs[index]) });
});

it.each(cases)('$name ($locale): every chart’s horizontal axis labels lie flat, each label whole on one baseline', ({ name }) => {
  const { words, charts } = results.get(name)!;
  expect(charts.filter((c) => c.across === 'dates').length).toBeGreaterThanOrEqual(4);
  const found = charts.map((c) => [c.title, flatLabels(words, c).length >= 2]);
  expect(found).toEqual(charts.map((c) => [c.title, true]));
});

it.each(cases)('$name ($locale): the chart parts’ texts are tagged $lang', ({ name, lang }) => {
  const { charts } = results.get(name)!;
  expect(new Set(charts.flatMap((c) => c.lang))).toEqual(new Set([lang]));
});
