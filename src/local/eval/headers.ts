/**
 * `npm run eval -- headers [--corpus <file>] [--verbose] [--json]`: how the add-on reads KPI column headers copied
 * verbatim from real public sales spreadsheets and CSV files, labelled by hand before any run (the catalog KPI, level or
 * total, the unit; rules in the fixtures README). Twenty-five sets: kpi-headers.jsonl (headers31, tuned on), kpi-headers2.jsonl
 * (hdr43, collected blind from other files, tuned on by hdr44), kpi-headers3.jsonl (hdr44, tuned on by hdr45),
 * kpi-headers4.jsonl (hcollect45, tuned on by hdr46), kpi-headers5.jsonl (hcollect46, tuned on by hdr47),
 * kpi-headers6.jsonl (hcollect47, tuned on by hdr48), kpi-headers7.jsonl (hcollect48, tuned on by hdr49),
 * kpi-headers8.jsonl (hcollect49, opened by hdr50), kpi-headers9.jsonl (hcollect50, opened by hdr51),
 * kpi-headers10.jsonl (hcollect51, opened by hdr52), kpi-headers11.jsonl (hcollect52, opened by hdr53), kpi-headers12.jsonl
 * (hcollect53, opened by hdr54), kpi-headers13.jsonl (hcoll54, opened by hdr55), kpi-headers14.jsonl (hcoll55, opened by hdr56),
 * kpi-headers15.jsonl (hcoll56, opened by hdr57), kpi-headers16.jsonl (hcoll57, opened by hdr58), kpi-headers17.jsonl (hcoll58, opened by hdr59), kpi-headers18.jsonl (hcoll59, opened by hdr60), kpi-headers19.jsonl (hcoll60, opened by hdr61), kpi-headers20.jsonl (hcoll61, opened by hdr62), kpi-headers21.jsonl (hcoll62, opened by hdr63), kpi-headers22.jsonl (hcoll63, opened by hdr64), kpi-headers23.jsonl (hcoll64, opened by hdr65) and kpi-headers24.jsonl (hcoll65, opened by hdr66), each collected blind
 * from files no earlier set uses to measure how the
 * tuning transfers.
 * Without `--corpus` all are measured, each next to its own first run. `--verbose` lists the misses
 * of a tuning set only: a held-out set's misses are never printed, so nobody tunes on them by accident.
 * kpi-headers25-heldout.jsonl (hcoll66) is the twenty-fifth, collected and held out the same way under Ruling H6 (first run:
 * headers25-first-run.json).
 *
 * Each header is laid out as a KPI tab — its rows' dates in column A, the header over its values in column B, its file's
 * other headers beside it over blank cells (hdr45), on a tab named "Data" (« Données ») beside an empty goals tab, in an
 * en_US or fr_FR spreadsheet by the header's language, no number format (a CSV
 * file carries none: a column is read from its header's words, its row's other headers and its values) — and read through the BUILT
 * add-on (dist/Code.js) on the emulator with the wizard's own server call, `sidebarGetContext` (its KPI list: `kpiId`,
 * `aggregation`, `unit`, `currency`), the reader Check goals uses too (`detectKpiSeries`). The first run's figures are
 * in test/fixtures/statements/headers-first-run.json (headers2- to headers25-first-run.json for the later sets; the
 * second to seventh opened for tuning since: hdr44 the second, hdr45 the third, hdr46 the fourth, hdr47 the fifth, hdr48
 * the sixth, hdr49 the seventh, hdr50 the eighth, hdr51 the ninth, hdr52 the tenth, hdr53 the eleventh, hdr54 the twelfth, hdr55 the thirteenth, hdr56 the fourteenth, hdr57 the fifteenth, hdr58 the sixteenth, hdr59 the seventeenth, hdr60 the eighteenth, hdr61 the nineteenth, hdr62 the twentieth, hdr63 the twenty-first, hdr64 the twenty-second, hdr65 the twenty-third, hdr66 the twenty-fourth, the first collected under Ruling H6). Each
 * file's header row is read as CSV (`headerCells`, hdr46).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeriesSummary, SidebarContext } from '../../core/api';
import { currencyCode } from '../../core/currency-marks';
import { isoToSerial } from '../../core/dates';
import type { Aggregation, Unit } from '../../core/types';
import { splitCsvLine } from '../csv-line';
import { createEmulator } from '../emulator';
import { loadAddon } from '../runtime';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');
export const HEADERS_FILE = path.join(FIXTURES, 'kpi-headers.jsonl');
export const HEADERS_HELDOUT_FILE = path.join(FIXTURES, 'kpi-headers2.jsonl');
export const HEADERS_HELDOUT3_FILE = path.join(FIXTURES, 'kpi-headers3.jsonl');
export const HEADERS_HELDOUT4_FILE = path.join(FIXTURES, 'kpi-headers4.jsonl');
export const HEADERS_HELDOUT5_FILE = path.join(FIXTURES, 'kpi-headers5.jsonl');
export const HEADERS_HELDOUT6_FILE = path.join(FIXTURES, 'kpi-headers6.jsonl');
export const HEADERS_HELDOUT7_FILE = path.join(FIXTURES, 'kpi-headers7.jsonl');
export const HEADERS_HELDOUT8_FILE = path.join(FIXTURES, 'kpi-headers8.jsonl');
export const HEADERS_HELDOUT9_FILE = path.join(FIXTURES, 'kpi-headers9.jsonl');
export const HEADERS_HELDOUT10_FILE = path.join(FIXTURES, 'kpi-headers10.jsonl');
export const HEADERS_HELDOUT11_FILE = path.join(FIXTURES, 'kpi-headers11.jsonl');
export const HEADERS_HELDOUT12_FILE = path.join(FIXTURES, 'kpi-headers12.jsonl');
export const HEADERS_HELDOUT13_FILE = path.join(FIXTURES, 'kpi-headers13.jsonl');
export const HEADERS_HELDOUT14_FILE = path.join(FIXTURES, 'kpi-headers14.jsonl');
export const HEADERS_HELDOUT15_FILE = path.join(FIXTURES, 'kpi-headers15.jsonl');
export const HEADERS_HELDOUT16_FILE = path.join(FIXTURES, 'kpi-headers16.jsonl');
export const HEADERS_HELDOUT17_FILE = path.join(FIXTURES, 'kpi-headers17.jsonl');
export const HEADERS_HELDOUT18_FILE = path.join(FIXTURES, 'kpi-headers18.jsonl');
export const HEADERS_HELDOUT19_FILE = path.join(FIXTURES, 'kpi-headers19.jsonl');
export const HEADERS_HELDOUT20_FILE = path.join(FIXTURES, 'kpi-headers20.jsonl');
export const HEADERS_HELDOUT21_FILE = path.join(FIXTURES, 'kpi-headers21.jsonl');
export const HEADERS_HELDOUT22_FILE = path.join(FIXTURES, 'kpi-headers22.jsonl');
export const HEADERS_HELDOUT23_FILE = path.join(FIXTURES, 'kpi-headers23.jsonl');
export const HEADERS_HELDOUT24_FILE = path.join(FIXTURES, 'kpi-headers24.jsonl');
export const HEADERS_HELDOUT25_FILE = path.join(FIXTURES, 'kpi-headers25-heldout.jsonl');
/** Each set's first-run figures, by the set's file name. */
const FIRST_RUN_FILES: Readonly<Record<string, string>> = {
  'kpi-headers.jsonl': path.join(FIXTURES, 'headers-first-run.json'),
  'kpi-headers2.jsonl': path.join(FIXTURES, 'headers2-first-run.json'),
  'kpi-headers3.jsonl': path.join(FIXTURES, 'headers3-first-run.json'),
  'kpi-headers4.jsonl': path.join(FIXTURES, 'headers4-first-run.json'),
  'kpi-headers5.jsonl': path.join(FIXTURES, 'headers5-first-run.json'),
  'kpi-headers6.jsonl': path.join(FIXTURES, 'headers6-first-run.json'),
  'kpi-headers7.jsonl': path.join(FIXTURES, 'headers7-first-run.json'),
  'kpi-headers8.jsonl': path.join(FIXTURES, 'headers8-first-run.json'),
  'kpi-headers9.jsonl': path.join(FIXTURES, 'headers9-first-run.json'),
  'kpi-headers10.jsonl': path.join(FIXTURES, 'headers10-first-run.json'),
  'kpi-headers11.jsonl': path.join(FIXTURES, 'headers11-first-run.json'),
  'kpi-headers12.jsonl': path.join(FIXTURES, 'headers12-first-run.json'),
  'kpi-headers13.jsonl': path.join(FIXTURES, 'headers13-first-run.json'),
  'kpi-headers14.jsonl': path.join(FIXTURES, 'headers14-first-run.json'),
  'kpi-headers15.jsonl': path.join(FIXTURES, 'headers15-first-run.json'),
  'kpi-headers16.jsonl': path.join(FIXTURES, 'headers16-first-run.json'),
  'kpi-headers17.jsonl': path.join(FIXTURES, 'headers17-first-run.json'),
  'kpi-headers18.jsonl': path.join(FIXTURES, 'headers18-first-run.json'),
  'kpi-headers19.jsonl': path.join(FIXTURES, 'headers19-first-run.json'),
  'kpi-headers20.jsonl': path.join(FIXTURES, 'headers20-first-run.json'),
  'kpi-headers21.jsonl': path.join(FIXTURES, 'headers21-first-run.json'),
  'kpi-headers22.jsonl': path.join(FIXTURES, 'headers22-first-run.json'),
  'kpi-headers23.jsonl': path.join(FIXTURES, 'headers23-first-run.json'),
  'kpi-headers24.jsonl': path.join(FIXTURES, 'headers24-first-run.json'),
  'kpi-headers25-heldout.jsonl': path.join(FIXTURES, 'headers25-first-run.json'),
};
const TODAY = '2026-12-01';

export interface HeaderEntry {
  header: string;
  language: 'en' | 'fr';
  kpi: string | null;
  aggregation: Aggregation;
  unit: Unit;
  /** The ISO code of the currency the header shows ("ventes_k€" → EUR); null: any sign, or none. */
  currency: string | null;
  source: string;
  /** The source file's header row, verbatim: the header's neighbours. */
  headerRow: string;
  rows: Array<[string, number]>;
}

export function readHeaders(file: string = HEADERS_FILE): HeaderEntry[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HeaderEntry);
}

/**
 * A file's header row as its cells, read as CSV reads it (RFC 4180): a quoted cell keeps its separators and its doubled
 * quotes (`"Revenue, net",Cost` is two cells, `Revenue, net` and `Cost`), and the separator is a semicolon when one stands
 * outside quotes, else a comma (hdr46: the row was split on every comma, so a quoted header with a comma was cut in two
 * neighbours and its quotes kept). A tab outside quotes makes the row tab-separated, before any semicolon, and a pipe
 * pipe-separated where no tab nor semicolon stands (hdr52: a French FEC export is tab-separated, « JournalCode\tDebit\t
 * Credit »; pipes are the other delimiter exports write): a header's own commas stay in it there.
 */
export function headerCells(row: string): string[] {
  // The separator is found with the splitter's own quote rule (a quote opens a quoted part only at a cell's start,
  // RFC 4180): `5" screens;Units` is two cells, as `5" screens,Units` is.
  let quoted = false;
  let opens = true; // at a cell's start, or right after a quoted part's closing quote (a doubled quote reopens it)
  const outside = new Set<string>();
  for (const char of row) {
    const separator = !quoted && (char === ';' || char === ',' || char === '\t' || char === '|');
    if (char === '"' && (quoted || opens)) {
      opens = quoted;
      quoted = !quoted;
      continue;
    }
    if (separator) outside.add(char);
    opens = separator;
  }
  // A header is compared as written, so its cells keep their spaces.
  return splitCsvLine(row, ['\t', ';', '|'].find((separator) => outside.has(separator)) ?? ',', { quotesOnlyAtCellStart: true, trim: false });
}

/** What the wizard lists for the header's column; null when the tab is not read as a KPI tab. */
export type HeaderReading = Pick<SeriesSummary, 'kpiId' | 'aggregation' | 'unit' | 'currency'> | null;

/** The header's KPI tab in a fresh spreadsheet, read by the built add-on's `sidebarGetContext`. */
export function bundleRead(entry: HeaderEntry): HeaderReading {
  const emulator = createEmulator({
    spreadsheetLocale: entry.language === 'fr' ? 'fr_FR' : 'en_US',
    userLocale: entry.language,
    timeZone: 'UTC',
    clock: { start: `${TODAY}T12:00:00Z` },
  });
  const fr = entry.language === 'fr';
  const sheet = emulator.spreadsheet.getSheets()[0];
  sheet.setName(fr ? 'Données' : 'Data');
  // The file's other headers stand beside the column, over blank cells (hdr45): a sheet's header row says what its amounts
  // are (a supplier, a product, a client beside « montant »), as the labels read them; the fixture keeps no other values.
  const neighbours = headerCells(entry.headerRow).filter((cell) => cell !== entry.header);
  const rows: Array<Array<string | number>> = [
    ['Date', entry.header, ...neighbours],
    ...entry.rows.map(([date, value]) => [isoToSerial(date), value, ...neighbours.map(() => '')]),
  ];
  // A new sheet has 26 columns and a write past them throws, as in Sheets ("Those columns are out of bounds."): an export
  // with more headers than that gets the columns it needs first, as a user's import would.
  const missing = rows[0].length - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  // A goals tab, as every user's workbook has: without it, an export whose header row holds "Description" or « Libellé »
  // beside "Date" is taken for the goals table (the statement and deadline headers) and its columns are no KPI series.
  emulator.spreadsheet
    .insertSheet(fr ? 'Objectifs' : 'Goals')
    .getRange(1, 1, 1, 4)
    .setValues([fr ? ['Objectif', 'KPI', 'Cible', 'Échéance'] : ['Goal', 'KPI', 'Target', 'Deadline']]);
  sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  const series = context.series.find((s) => s.sheetName === sheet.getName());
  return series ? { kpiId: series.kpiId, aggregation: series.aggregation, unit: series.unit, currency: series.currency ?? null } : null;
}

const FIELDS = ['kpi', 'aggregation', 'unit'] as const;
type Field = (typeof FIELDS)[number];

/** Whether the reading gets one field right: the unit with the currency the header shows, when it shows one. */
export function fieldRight(field: Field, entry: HeaderEntry, reading: HeaderReading): boolean {
  if (!reading) return false;
  if (field === 'kpi') return reading.kpiId === entry.kpi;
  if (field === 'aggregation') return reading.aggregation === entry.aggregation;
  if (reading.unit !== entry.unit) return false;
  return entry.currency === null || (reading.currency ? (currencyCode(reading.currency) ?? reading.currency) : null) === entry.currency;
}

type Figures = Record<`${Field | 'all'}.${'en' | 'fr' | 'all'}`, number>;

export function headerFigures(entries: readonly HeaderEntry[], readings: readonly HeaderReading[]): Figures {
  const figures = {} as Figures;
  for (const language of ['en', 'fr', 'all'] as const) {
    const picked = entries.map((e, i) => [e, readings[i]] as const).filter(([e]) => language === 'all' || e.language === language);
    for (const field of [...FIELDS, 'all'] as const) {
      const right = picked.filter(([e, r]) =>
        field === 'all' ? FIELDS.every((f) => fieldRight(f, e, r)) : fieldRight(field, e, r),
      ).length;
      figures[`${field}.${language}`] = Math.round((1000 * right) / Math.max(1, picked.length)) / 10;
    }
  }
  return figures;
}

type FirstRun = { date: string; note?: string; figures: Figures };

/** Whether a set is held out: its misses are not printed (file names like the statement sets' `…-heldout.jsonl`). */
export function isHeldOut(file: string): boolean {
  return /heldout/i.test(path.basename(file));
}

function chosenCorpus(argv: readonly string[]): string | null {
  const inline = argv.find((a) => a.startsWith('--corpus='));
  if (inline) return inline.slice('--corpus='.length);
  const index = argv.indexOf('--corpus');
  return index >= 0 && argv[index + 1] ? argv[index + 1] : null;
}

function report(file: string, argv: readonly string[]): void {
  const entries = readHeaders(file);
  const readings = entries.map(bundleRead);
  const figures = headerFigures(entries, readings);
  const firstRunFile = FIRST_RUN_FILES[path.basename(file)];
  const first = firstRunFile && existsSync(firstRunFile) ? (JSON.parse(readFileSync(firstRunFile, 'utf8')) as FirstRun) : null;
  const fr = entries.filter((e) => e.language === 'fr').length;
  console.log(
    `\n${path.basename(file)}: ${entries.length} headers (${fr} FR, ${entries.length - fr} EN), ${new Set(entries.map((e) => e.source)).size} files`,
  );
  if (first) console.log(`first run ${first.date}${first.note ? `: ${first.note}` : ''}`);
  console.log(
    `  ${'field'.padEnd(12)} ${'EN'.padStart(7)} ${'FR'.padStart(7)} ${'all'.padStart(7)}${first ? '   first run (EN / FR / all)' : ''}`,
  );
  for (const field of [...FIELDS, 'all'] as const) {
    const cell = (f: Figures, l: 'en' | 'fr' | 'all'): string => `${f[`${field}.${l}`].toFixed(1)} %`;
    console.log(
      `  ${(field === 'aggregation' ? 'level/total' : field === 'all' ? 'all fields' : field).padEnd(12)} ${cell(figures, 'en').padStart(7)} ${cell(figures, 'fr').padStart(7)} ${cell(figures, 'all').padStart(7)}` +
        (first ? `   ${cell(first.figures, 'en')} / ${cell(first.figures, 'fr')} / ${cell(first.figures, 'all')}` : ''),
    );
  }
  if (argv.includes('--json')) console.log(JSON.stringify(figures));
  if (!argv.includes('--verbose')) return;
  if (isHeldOut(file)) {
    console.log('\n(misses not listed: a held-out set is measured, never read)');
    return;
  }
  console.log('\nmisses (header — expected → read):');
  entries.forEach((e, i) => {
    const r = readings[i];
    const wrong = FIELDS.filter((f) => !fieldRight(f, e, r));
    if (wrong.length === 0) return;
    const read = r ? `${r.kpiId} / ${r.aggregation} / ${r.unit}${r.currency ? ` ${r.currency}` : ''}` : 'no series';
    console.log(
      `  ${e.language} ${JSON.stringify(e.header)} [${wrong.join(', ')}] — ${e.kpi} / ${e.aggregation} / ${e.unit}${e.currency ? ` ${e.currency}` : ''} → ${read}`,
    );
  });
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const chosen = chosenCorpus(argv);
  const files = chosen
    ? [path.resolve(chosen)]
    : [
        HEADERS_FILE,
        HEADERS_HELDOUT_FILE,
        HEADERS_HELDOUT3_FILE,
        HEADERS_HELDOUT4_FILE,
        HEADERS_HELDOUT5_FILE,
        HEADERS_HELDOUT6_FILE,
        HEADERS_HELDOUT7_FILE,
        HEADERS_HELDOUT8_FILE,
        HEADERS_HELDOUT9_FILE,
        HEADERS_HELDOUT10_FILE,
        HEADERS_HELDOUT11_FILE,
        HEADERS_HELDOUT12_FILE,
        HEADERS_HELDOUT13_FILE,
        HEADERS_HELDOUT14_FILE,
        HEADERS_HELDOUT15_FILE,
        HEADERS_HELDOUT16_FILE,
        HEADERS_HELDOUT17_FILE,
        HEADERS_HELDOUT18_FILE,
        HEADERS_HELDOUT19_FILE,
        HEADERS_HELDOUT20_FILE,
        HEADERS_HELDOUT21_FILE,
        HEADERS_HELDOUT22_FILE,
        HEADERS_HELDOUT23_FILE,
        HEADERS_HELDOUT24_FILE,
        HEADERS_HELDOUT25_FILE,
      ].filter((f) => existsSync(f));
  console.log('KPI column headers from real spreadsheets through the built add-on (dist/Code.js, sidebarGetContext)');
  for (const file of files) report(file, argv);
}
