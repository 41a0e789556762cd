/**
 * The plan report laid out as rectangular blocks of cells, then flattened
 * into ONE grid (`reportGrid`) that the adapter writes with one call per
 * property (values, number formats, backgrounds, font weights, wraps) over
 * the whole used rectangle: the number of service calls depends on the
 * number of charts, never on the number of goals or sections.
 *
 * Printed width: every table fits seven columns, B (goal statements,
 * wrapped) wide, A (IDs, labels, dates) and C–G 76 px, 600 px in all (a chart's width) — an
 * A4 or Letter portrait page at 100 % with default margins (Apps Script cannot set the print
 * orientation or scale, so the layout fits the narrowest page) — A and C–G widened to their widest
 * bold header word in the language written (French « Responsable »: 89 px), B narrowed to
 * keep 650 px. The goals
 * table is split in two (what is asked / how achievable it is), the timeline's
 * goals table (ID, goal, owner, depends on, start, deadline) keeps to A–G and its
 * bars run in narrow period columns from H on (weeks, months, quarters or years,
 * by the plan's span: at most TIMELINE_MAX_COLUMNS), and
 * recommendations are stacked (goal, problem, fix), their texts over B–G (each
 * row merged across), as are the Bottom-up check's readings under its table.
 * Dates are written as serial numbers with a date format (time-zone free);
 * every amount and percentage carries a number format: the KPI column's own
 * when it has one, else one from the unit and the spreadsheet's currency.
 */
import { currencySymbol, defaultCurrency, formatDate, isWholeCurrency, moneyDecimals, MONTHS_SHORT, rateNumberFormat, withAmountDecimals } from '../format';
import { groupsByLakhs } from '../numbers';
import { currencyCellFormat, numberFormatFor, targetFormulaNote } from '../workbook/values';
import { formatShows } from '../workbook/kpis';
import { currencyCode } from '../currency-marks';
import { PROBABILITY_FORMAT, wholeFormat, withCents } from '../workbook/output';
export { wholeFormat };
import { chanceForCell, goalValueForCell } from '../achievability/cell-number';
import { cellDateFormat, fiscalBlock, isoParts, isoToSerial, type DateOrder } from '../dates';
import { t, type MessageKey } from '../messages';
import type { Lang, Unit } from '../types';
import type { CellValue } from '../workbook/types';
import type { QuarterSplit } from '../alignment';
import { boldWordWidth, CELL_PADDING_PX, textWidthPx } from './text-width';
import { BOTTOM_UP_CHART_MAX_RATIO, type BarStatus, type BottomUpChart, type KpiChart, type PlanReport, type TimelinePeriod } from './model';

export interface Block {
  /** 1-based position of the top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
  formats?: string[][];
  backgrounds?: Array<Array<string | null>>;
  bold?: boolean[][];
  /**
   * 'right' on a header cell over a column of numbers (Sheets right-aligns numbers, not the text above them); 'center' on
   * a text header right of one (it ran into it: "Probability Verdict") and on a column of marks (✓, ⚠); null: Sheets' default.
   */
  align?: Array<Array<HorizontalAlign>>;
  /** Wrap long text inside the column (default); false lets a title run over the empty cells on its right. */
  wrap?: boolean;
  /** Rows (by index in `values`) whose text runs over the empty cells on its right, in a wrapped block (the verdicts' lines). */
  unwrapped?: boolean[];
  /** Background of the whole row across the report's width (section titles). */
  band?: string;
}

export interface ChartSpec {
  title: string;
  /**
   * Title of the axis holding the values, in the report's language: a KPI chart's KPI and unit ("Close rate (%)", « Chiffre
   * d’affaires (€, cumul) »), the range bars' share of each target. The other axis takes its data's first header (Sheets
   * infers it: see gas/workbook/report.ts): a KPI chart's period ("Week"), the range bars' "Goal · reading".
   */
  valueAxisTitle?: string;
  /** 1-based data range (header row + rows; first column dates). */
  range: { row: number; column: number; numRows: number; numColumns: number };
  anchor: { row: number; column: number };
  unit: Unit | null;
  /** Colours per data column after the date column, in order. */
  colors: string[];
  /** 0-based indexes (among the series) drawn dashed: the forecast band. */
  dashed: number[];
  /**
   * 'line' (a KPI's history, forecast and targets: the default) or 'rangeBar': horizontal stacked bars whose
   * first series (white, out of the legend) is the invisible base, so the bars float over their ranges.
   */
  kind?: 'line' | 'rangeBar';
}

/** The range bars' colours: an invisible base, then each reading below / above its target. */
const RANGE_BAR_COLORS = ['#ffffff', '#a1c2fa', '#1a73e8', '#dadce0', '#5f6368'];

/** A cell's horizontal alignment in the report (`Range.setHorizontalAlignments`); null: Sheets' default. */
export type HorizontalAlign = 'right' | 'center' | null;

export interface ReportLayout {
  blocks: Block[];
  charts: ChartSpec[];
  /** Column widths in pixels (1-based column → width). */
  columnWidths: Array<{ column: number; width: number }>;
  /**
   * Rectangles whose every row is merged across its columns (`Range.mergeAcross`, one call each): the recommendations and
   * the Bottom-up readings over B–G. Two at most, whatever the number of goals.
   */
  merges: MergeAcross[];
  /** Section titles' rows, for navigation and tests. */
  sections: Array<{ key: string; row: number }>;
  /** Rows frozen at the top (the title). */
  frozenRows: number;
  /** An empty row above the charts, for the note naming charts the run had no time to insert; null without charts. */
  chartNoteRow: number | null;
  /** Rows in the sheet the layout needs. */
  height: number;
  width: number;
}

/** 1-based rows and columns; each of the `numRows` rows is merged across the `numColumns` columns from `column`. */
export interface MergeAcross {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** How numbers are shown: the spreadsheet's currency and the KPI columns' own number formats. */
export interface FormatContext {
  /** ISO code of the spreadsheet locale's currency (USD for en_US, EUR for fr_FR…), null when unknown. */
  currency: string | null;
  /** Number format of each KPI column (series key → pattern), when the tab has one. */
  seriesFormats?: ReadonlyMap<string, string>;
  /** The spreadsheet locale's order of day and month (`localeDateOrder`); absent: the report language's. */
  dateOrder?: DateOrder;
  /** The spreadsheet locale (en_CA…), for the locales whose CLDR short date is ISO. */
  locale?: string;
}

export const BAR_COLORS: Readonly<Record<BarStatus, string>> = { flagged: '#f4c7c3', stretch: '#fce8b2', ok: '#b7e1cd', unknown: '#c9daf8' };
/** A table's header row (bold on this grey) and a section title's band: what a printout keeps with the rows under it. */
export const HEADER_BACKGROUND = '#e8eaed';
export const TITLE_BACKGROUND = '#d2e3fc';
const TODAY_BACKGROUND = '#ffe599';
/** Today's column down the timeline, where no bar is: a grey line, distinct from the bars' pastels. */
const TODAY_COLUMN_BACKGROUND = '#b7b7b7';
/** A bar's end column the goal covers only in part: the status colour, lighter. */
export const PARTIAL_BAR_COLORS: Readonly<Record<BarStatus, string>> = { flagged: '#fbe6e4', stretch: '#fef6df', ok: '#e2f3ea', unknown: '#e8effc' };
/** Columns every table fits in, and their widths in pixels (600 px: an A4 or Letter portrait page inside Sheets'
 * default 0.75-inch margins is 650 px wide). */
export const REPORT_COLUMNS = 7;
// Every column but B holds a date somewhere ("2027-12-31" is 68 px in Arial 10, plus the cell's padding) or a
// one-word header; A and C–G share one width (one call sets all seven columns, then B), widened to the widest bold
// word among them (« Responsable », which heads the owners table in French: 89 px).
const COLUMN_WIDTHS: readonly number[] = [76, 136, 76, 76, 76, 76, 76];
const EXTRA_COLUMN_WIDTH = 76;
/** An A4 or Letter portrait page inside Sheets' default 0.75-inch margins, in pixels. */
const PAGE_WIDTH = 650;
/** Sheets' default embedded chart width in pixels (the charts are inserted at their default size). */
const CHART_WIDTH = 600;
/** No header word is given more than this (a longer one is a label to shorten). */
const MAX_HEADER_WIDTH = 120;

/** Per column, the width its widest bold, wrapped word needs (lines break at spaces and after hyphens). */
function headerWidths(blocks: readonly Block[]): Map<number, number> {
  const needs = new Map<number, number>();
  for (const block of blocks) {
    if (block.wrap === false) continue;
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!block.bold?.[r]?.[c] || typeof value !== 'string') return;
        const need = Math.min(MAX_HEADER_WIDTH, Math.max(...value.split(/\s+|(?<=-)/).map(boldWordWidth)));
        needs.set(block.column + c, Math.max(needs.get(block.column + c) ?? 0, need));
      }),
    );
  }
  return needs;
}

/**
 * Per column, the width its widest number needs as its format shows it (fixes61: LibreOffice printed "###" for a
 * ₹7,500,000,000 target in a column sized for dates and header words; Sheets too shows "###" for a number wider than its
 * cell). `lakhs`: the spreadsheet locale groups by lakhs (en_IN "7,50,00,00,000", one more sign), the wider reading.
 */
function valueWidths(blocks: readonly Block[], lakhs: boolean): Map<number, number> {
  const needs = new Map<number, number>();
  for (const block of blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = block.formats?.[r]?.[c] ?? '';
        // Dates are sized by the columns' base width; text wraps or runs over.
        if (typeof value !== 'number' || format === '' || /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) return;
        const need = Math.ceil(textWidthPx(formattedText(value, format, lakhs))) + 2 * CELL_PADDING_PX;
        needs.set(block.column + c, Math.max(needs.get(block.column + c) ?? 0, need));
      }),
    );
  }
  return needs;
}

/**
 * About the text a number format shows, for its width (Sheets' number format tokens, developers.google.com/sheets/api/
 * guides/formats: "," between digits groups the number, "%" scales it by 100, quoted and escaped text and a bracketed
 * currency sign are shown as written, other bracketed tokens are conditions): the section for the value's sign, its
 * literals, its digits grouped and its decimals. Grouping and decimal signs counted as a comma and a point.
 */
function formattedText(value: number, format: string, lakhs: boolean): string {
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const negative = value < 0 && sections.length > 1;
  const section = negative ? sections[1] : sections[0];
  const literals = (text: string): string => text.replace(/\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|"([^"]*)"|\\(.)/g, (_m, sign?: string, quoted?: string, escaped?: string) => sign ?? quoted ?? escaped ?? '');
  const number = /[#0?][#0?,]*(?:\.[#0?]+)?/.exec(section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (m) => ' '.repeat(m.length)));
  if (!number) return literals(section);
  const [int, fraction] = Math.abs(section.includes('%') ? value * 100 : value).toFixed(number[0].split('.')[1]?.length ?? 0).split('.');
  const grouped = number[0].includes(',') ? int.replace(lakhs ? /\B(?=(\d{2})*\d{3}(?!\d))/g : /\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${value < 0 && !negative ? '-' : ''}${literals(section.slice(0, number.index))}${grouped}${fraction ? `.${fraction}` : ''}${literals(section.slice(number.index + number[0].length))}`;
}

/** Rows reserved per chart slot: Sheets' default 600 × 371 px chart over 21-px rows. */
export const CHART_SLOT_ROWS = 19;
/** The timeline's first period column: H, right of the report's seven columns (its goals' table stays on the printed page). */
export const TIMELINE_FIRST_COLUMN = 8;

/**
 * A currency format in the report language's style: "$203,000" / "203 000 €", the sign every surface writes
 * (`currencySymbol`, core/currency-marks.ts: one table; the layout kept its own, which wrote "$" for a Canadian dollar
 * where Check goals' cells and notes write "$CA" outside Canada).
 * Sheets draws the grouping and decimal separators of the spreadsheet's locale.
 */
export function currencyFormat(currency: string, lang: Lang, decimals = 0): string {
  return currencyCellFormat(currency, lang, decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
}

/** A KPI column's format worth reusing: numeric, not the automatic one, not a date. */
export function isValueFormat(format: string): boolean {
  if (!format || format === 'General' || format === '0.###############') return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[0#]/.test(unquoted) && !/[dmyhs]/i.test(unquoted.replace(/[eE][+-]/g, ''));
}

/** Decimals that keep three significant digits of the largest value (175692.67 → 0, 12.345 → 1, 0.4 → 3). */
export function sensibleDecimals(maxAbs: number, unit: Unit | null): number {
  if (unit === 'percent') return 4;
  if (!Number.isFinite(maxAbs) || maxAbs <= 0) return 2;
  return Math.min(4, Math.max(0, 2 - Math.floor(Math.log10(maxAbs))));
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Characters a line of text may hold within the report's seven columns (600 px): about 6.5 px a character in Sheets'
 * Arial 10, with room for wider fonts (LibreOffice draws Calibri as Carlito, or as DejaVu Sans when Carlito is not
 * installed, about 8 px a character). A longer note or title runs on over the next rows instead of past column G,
 * where a printout would either cut it or shrink the whole report to fit it on the page width.
 */
export const LINE_CHARS = 90;
const LINE_CHARS_BOLD = 80;
/** Characters of a verdict's line from column B to G: the report's line less column A (at most 120 of 600–650 px). */
export const WHY_LINE_CHARS = 76;

/** `text` cut at spaces into lines of at most `max` characters (a longer word keeps its own line). */
export function fitWidth(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Accumulates blocks top to bottom. */
class Sheet {
  readonly blocks: Block[] = [];
  readonly sections: Array<{ key: string; row: number }> = [];
  next = 1;
  width = 1;

  add(values: CellValue[][], options: { formats?: string[][]; backgrounds?: Array<Array<string | null>>; bold?: boolean[][]; align?: Array<Array<HorizontalAlign>>; wrap?: boolean; unwrapped?: boolean[]; band?: string } = {}): number {
    const width = values.reduce((most, r) => Math.max(most, r.length), 1);
    const pad = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined => rows?.map((r) => [...r, ...new Array<T>(width - r.length).fill(fill)]);
    const row = this.next;
    this.blocks.push({
      row,
      column: 1,
      // A number past any number (a per-period goal compounded to year 9999: × 1.05⁹⁵⁶⁷⁸) is left blank: Sheets shows #NUM!.
      values: pad(values.map((r) => r.map(finiteCell)), '') as CellValue[][],
      formats: pad(options.formats, ''),
      backgrounds: pad(options.backgrounds, null),
      bold: pad(options.bold, false),
      align: pad(options.align, null),
      wrap: options.wrap,
      unwrapped: options.unwrapped,
      band: options.band,
    });
    this.width = Math.max(this.width, width);
    this.next += values.length;
    return row;
  }

  /** A title line: bold, not wrapped (it runs over the empty cells on its right), split into rows past the report's width. */
  line(text: string, band?: string): void {
    const rows = fitWidth(text, LINE_CHARS_BOLD);
    this.add(
      rows.map((r) => [r]),
      { bold: rows.map(() => [true]), wrap: false, band },
    );
  }

  /** A note (plain text over the report's width), one row per line that fits it. */
  note(text: string): void {
    this.add(
      fitWidth(text, LINE_CHARS).map((r) => [r]),
      { wrap: false },
    );
  }

  section(key: string, title: string): void {
    this.sections.push({ key, row: this.next });
    this.line(title, TITLE_BACKGROUND);
  }

  /**
   * A header row (bold, grey) followed by data rows; a header over numbers (dates included) is right-aligned, as they are.
   * `unwrapped` marks data rows whose text runs over the empty cells on its right instead of wrapping in its column.
   */
  table(header: string[], rows: CellValue[][], formats?: string[][], bold?: boolean[][], wrap?: boolean, unwrapped?: boolean[]): void {
    if (rows.length === 0) return;
    const width = header.length;
    const blank = (v: CellValue | undefined): boolean => v === '' || v === null || v === undefined;
    const numeric = header.map((_, c) => rows.some((row) => typeof row[c] === 'number') && rows.every((row) => typeof row[c] === 'number' || blank(row[c])));
    // A column of marks (✓, ⚠, …: one symbol or none, not a one-letter ID) is centred under its header, cells too.
    const marks = header.map((_, c) => !numeric[c] && rows.some((row) => !blank(row[c])) && rows.every((row) => row[c] === '' || (typeof row[c] === 'string' && /^[^\p{L}\p{N}\s]$/u.test(row[c]))));
    // A text header right of a right-aligned one is centred: side by side, "Probability" and "Verdict", "Sub-goals (sum or
    // last)" and "Sub-goals add up" read as one heading, six pixels of cell padding apart (LibreOffice's print, Sheets).
    const headerAlign = header.map((text, c): HorizontalAlign => (numeric[c] ? 'right' : marks[c] || (c > 0 && numeric[c - 1] && text !== '') ? 'center' : null));
    this.add([header, ...rows], {
      formats: formats ? [header.map(() => ''), ...formats] : undefined,
      bold: [header.map(() => true), ...(bold ?? rows.map(() => new Array<boolean>(width).fill(false)))],
      backgrounds: [header.map(() => HEADER_BACKGROUND), ...rows.map(() => new Array<string | null>(width).fill(null))],
      align: [headerAlign, ...(marks.some(Boolean) ? rows.map(() => marks.map((m): HorizontalAlign => (m ? 'center' : null))) : [])],
      wrap,
      unwrapped: unwrapped ? [false, ...unwrapped] : undefined,
    });
  }

  gap(): void {
    this.next++;
  }

  /** A block at `row`, `column` beside rows already added (the timeline's period columns right of its table). */
  place(row: number, column: number, values: CellValue[][], options: { backgrounds?: Array<Array<string | null>>; bold?: boolean[][]; wrap?: boolean } = {}): void {
    this.blocks.push({ row, column, values, backgrounds: options.backgrounds, bold: options.bold, wrap: options.wrap });
    this.width = Math.max(this.width, column - 1 + values.reduce((most, r) => Math.max(most, r.length), 0));
    this.next = Math.max(this.next, row + values.length);
  }
}

/** One cell per fiscal quarter, blank where the split has none (a quarter already over). */
function quarterCells<T>(split: QuarterSplit, cell: (q: QuarterSplit['quarters'][number]) => T): Array<T | ''> {
  return [1, 2, 3, 4].map((n) => {
    const q = split.quarters.find((x) => x.n === n);
    return q ? cell(q) : '';
  });
}

/**
 * The quarters' span when they carry their fiscal year (mend62a): the columns are Q1 … Q4, so "Q4 2027 – Q3 2028" says
 * that the Q4 column is the earliest quarter, and a year apart from another row's Q4.
 */
function yearSpan(split: QuarterSplit): string {
  const [first, last] = [split.quarters[0].label, split.quarters[split.quarters.length - 1].label];
  return / \d{4}$/.test(first) ? `, ${first} – ${last}` : '';
}

function finiteCell(value: CellValue): CellValue {
  return typeof value === 'number' && !Number.isFinite(value) ? '' : value;
}

function serial(date: string | null): CellValue {
  return date ? isoToSerial(date) : '';
}

/**
 * Timeline column header: "30 Nov" / "30 nov." for weeks, "Jan 2027" / "janv. 2027" for months, "Q1 2027" / « T1 2027 »,
 * "2027". A quarter and a year are the fiscal ones under a fiscal year starting in `fiscalStartMonth` (1: calendar),
 * named by the year the fiscal year ends in, as the splits and the wizard name them (August–October 2026 from February:
 * "Q3 2027").
 */
export function periodLabel(start: string, period: TimelinePeriod, lang: Lang, fiscalStartMonth: number): string {
  const { year, month, day } = isoParts(start);
  const name = MONTHS_SHORT[lang][month - 1];
  switch (period) {
    case 'week':
      return `${day} ${name}`;
    case 'month':
      return `${name} ${year}`;
    case 'quarter':
      return `${t(lang, 'align.quarter', { n: fiscalBlock(start, 3, fiscalStartMonth).n })} ${fiscalYearName(start, fiscalStartMonth)}`;
    default:
      return fiscalYearName(start, fiscalStartMonth);
  }
}

/** The year a fiscal year is named by: the one it ends in (calendar years: their own). */
function fiscalYearName(date: string, fiscalStartMonth: number): string {
  return fiscalBlock(date, 12, fiscalStartMonth).end.slice(0, 4);
}

/** A goal's number as the report writes it: at its unit's precision (core `goalValueForCell`), null as it is. */
function shownNumber(value: number | null, unit: Unit | null, currency?: string | null): number | null {
  return value === null ? null : goalValueForCell(value, unit, currency);
}

/**
 * A currency's code for comparing a goal's with its tab's, null when a sign names none for sure (a fr_FR tab's "¥": JPY or
 * CNY, so its format is kept); any CFA franc one ("FCFA" is XOF or XAF).
 */
function moneyCode(currency: string): string | null {
  return /CFA$|^X[AO]F$/.test(currency) ? 'CFA' : currency && currencyCode(currency);
}

/** `shownNumber` as a cell: blank for no value. */
function shownValue(value: number | null, unit: Unit | null, currency?: string | null): CellValue {
  return shownNumber(value, unit, currency) ?? '';
}

function h(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return t(lang, key, params);
}

/** Number formats of goal values: the KPI column's own, else from the unit (percent, the currency, counts). */
class Formats {
  constructor(
    readonly lang: Lang,
    readonly context: FormatContext,
  ) {}

  /**
   * Date cells in the spreadsheet locale's short form, as Sheets' own date format there ("Format > Number > Date": 11/26/2026
   * in en_US, 26/11/2026 in en_GB and fr_FR, 2026/11/26 in ja_JP, zh_CN, ko_KR and hu_HU, 2026-11-26 in en_CA), whatever the report's language; the pattern is Sheets' (m/d/yyyy, dd/mm/yyyy:
   * developers.google.com/sheets/api/guides/formats), the xlsx writer tags it with the locale.
   */
  get date(): string {
    return cellDateFormat(this.context.locale, this.context.dateOrder ?? (this.lang === 'fr' ? 'dmy' : 'mdy'));
  }

  /**
   * A goal's own baseline's or target's cell (its sentence's or its columns'): money with every digit the user wrote, in
   * ¥ or ₩ too (surf50, the lead's ruling: a stated ¥43.80 is no ¥44), else at its unit's precision.
   */
  statedNumber(value: number | null, goal: { unit: Unit | null; currency?: string | null }, stated = true): number | null {
    return stated && value !== null && goal.unit === 'currency' ? value : shownNumber(value, goal.unit, goal.currency ?? this.context.currency);
  }

  /**
   * A goal's target, and the baseline beside it when the target is computed from it: a stated target as written; one
   * computed from a change at its currency's minor unit (mend50d, the lead's ruling: "+7 %" of ¥1,287,295 is ¥1,377,406,
   * of $14,437.49 $15,448.11, not 15,448.1143), and then its baseline read from the KPI at that unit too, so that
   * $14,437.49 + $1,234.56 shows as $15,672.05 beside it. Else null: the caller's own rule.
   */
  computedPair(c: PlanReport['goals'][number]): { target: number; baseline: number | null } | null {
    if (c.unit !== 'currency' || c.targetStated || c.target === null) return null;
    // At the tab's precision too: a whole-dollar tab's +5 % is whole (surf53 d: "$1,539.05" beside "$1,466").
    const step = isWholeCurrency(c.currency ?? this.context.currency ?? defaultCurrency()) ? 1 : 10 ** (c.amountDecimals ?? 2);
    const unit = (value: number | null): number | null => (value === null ? null : Math.round(value * step) / step);
    const target = unit(c.target)!;
    return { target, baseline: c.baselineStated || target % 1 === 0 ? null : unit(c.baseline) };
  }

  /** A goal's Target cell and its format: one rule for the Goals table and the chart's target line (surf53 h). */
  target(c: PlanReport['goals'][number]): [CellValue, string] {
    return withAmountDecimals(c.amountDecimals, () => {
      const value = this.computedPair(c)?.target ?? this.statedNumber(c.target, c);
      // Computed from a change it is already at the tab's precision (`computedPair`), shown at least at it as a stated one (surf52 b).
      return [value ?? '', this.value(value, c, true)];
    });
  }

  series(key: string | null): string | null {
    const own = key === null ? undefined : this.context.seriesFormats?.get(key);
    return own && isValueFormat(own) ? own : null;
  }

  /** A goal's value (baseline, target, suggested target, roll-up). */
  value(value: number | null, goal: { seriesKey: string | null; unit: Unit | null; currency?: string | null }, stated = false): string {
    if (value === null) return '';
    // A rate shows the digits Check goals' notes write (`rateNumberFormat`: 3.56 %, 30.8 %, 30 %), not its KPI column's own
    // format: the report said 3.56 % (the column's 0.00 %) and 30.0 % where the notes said 3.6 % and 30 % (issue 11).
    if (goal.unit === 'percent') return rateNumberFormat(value);
    // Money under 10 reaches here with its cents (`goalValueForCell`: "$6.25" was shown "$6", story47): it shows them in
    // the goal's currency, as the notes write it; a COMPUTED amount in a currency with no minor unit never does, and keeps
    // the user's column format (mend47d).
    const currency = goal.unit === 'currency' ? (goal.currency ?? this.context.currency) : null;
    // A stated amount keeps every digit the sentence gives it ("$43.80", "$0.005", "¥43.80", « 7,5 FCFA »: `moneyDecimals`;
    // surf50's ruling), a computed figure the cents under 10, none in ¥ or ₩.
    const decimals = goal.unit === 'currency' && (stated || !isWholeCurrency(currency ?? defaultCurrency())) ? moneyDecimals(value, currency, stated) : 0;
    const cents = decimals > 0;
    const own = this.series(goal.seriesKey);
    const tab = own && currency ? moneyCode(formatShows(own)?.currency ?? '') : null;
    // The column's own format, at the decimals shown: "¥43.80" stated in a `"¥"#,##0` column is shown as its sheet shows yen;
    // not a goal's €52.37 on a `"$"#,##0.00` tab (mend50d: it showed $52.37): the goal's currency wins.
    // A score on a scale with the digits the notes write ("4.48", not its "0.0" column's 4.5: surf52).
    if (own && !(tab && currency && tab !== (moneyCode(currency) ?? currency))) return goal.unit === 'count' || goal.unit === 'currency' ? withCents(wholeFormat(own), decimals) : goal.unit === 'score' ? numberFormatFor(value, 'score') : own;
    // Amounts in whole units of their currency and counts as whole numbers: a forecast bound or a quarter's share of a
    // target is an estimate, and "€33,635.92" or "12.00 deals" claims a precision it does not have.
    if (currency) return currencyFormat(currency, this.lang, decimals);
    if (goal.unit === 'count' || goal.unit === 'currency') return cents ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    return numberFormatFor(value, goal.unit);
  }

  /**
   * The currency a chart's money is in: the sign its KPI column's format shows (core's one table of marks, `formatShows`,
   * as the wizard and Check goals read it: "R$", "kr" — fixes62, the report's own list said "$" and nothing), else its
   * goals', else the locale's; null for no money.
   */
  chartCurrency(chart: KpiChart, goalCurrency: string | null): string | null {
    if (chart.unit !== 'currency') return null;
    const own = this.series(chart.seriesKey);
    if (own) return formatShows(own)?.currency ?? null;
    return goalCurrency ?? this.context.currency;
  }

  /** A chart column (history, forecast, targets): the KPI's own format, else the unit's (money in its goals' currency, else the locale's). */
  chart(chart: KpiChart, decimals: number, goalCurrency: string | null): string {
    const own = this.series(chart.seriesKey);
    if (own) return chart.unit === 'count' || chart.unit === 'currency' ? wholeFormat(own) : own;
    if (chart.unit === 'percent') return '0.0%';
    const currency = goalCurrency ?? this.context.currency;
    if (chart.unit === 'currency' && currency) return currencyFormat(currency, this.lang);
    if (chart.unit === 'count') return '#,##0';
    return decimals > 0 ? `#,##0.${'0'.repeat(Math.min(decimals, 2))}` : '#,##0';
  }
}

/** Where the charts go: the rows of the charts area (null/0 when it has no such chart). */
interface ChartArea {
  /** An empty row above the charts, for the note naming charts the run had no time to insert. */
  noteRow: number | null;
  /** First row of the KPI charts' slots (one CHART_SLOT_ROWS slot each). */
  kpiSlotsRow: number;
  /** The Bottom-up check's range chart's slot, under its caption. */
  bottomUpSlot: number | null;
}

/**
 * The charts area: its title, the notes on KPIs not charted, then one slot of blank rows per chart, laid out right after
 * the summary, before any table that grows with the goals. A chart is anchored to a cell and floats over the rows below
 * it, so it must sit over rows that hold no text, whatever the row heights a program computes. And LibreOffice places a
 * chart imported from .xlsx at most 2^31 EMU (59.65 m) from the top of the sheet: measured with soffice 7/24 on a
 * 300-goal French report, whose five charts, anchored 60.5 m down, were all drawn over one row of the Bottom-up check
 * (at 59.65 m), leaving the charts' pages blank. Near the top, no goal count moves them there.
 */
function chartArea(sheet: Sheet, report: PlanReport, lang: Lang): ChartArea {
  const leftOut = report.chartsLeftOut;
  const bottomUp = report.goals.some((c) => c.bottomUp) && (report.bottomUpChart?.bars.length ?? 0) > 0 ? report.bottomUpChart : null;
  const drawn = report.charts.length + (bottomUp ? 1 : 0);
  if (drawn === 0 && leftOut.cap.length + leftOut.budget.length === 0) return { noteRow: null, kpiSlotsRow: 0, bottomUpSlot: null };
  sheet.section('charts', h(lang, 'plan.section.charts'));
  if (leftOut.cap.length > 0) sheet.note(h(lang, 'plan.charts.capped', { shown: report.charts.length, count: leftOut.cap.length, names: leftOut.cap.join(', ') }));
  if (leftOut.budget.length > 0) sheet.note(h(lang, 'plan.charts.budget', { count: leftOut.budget.length, names: leftOut.budget.join(', ') }));
  if (drawn === 0) {
    sheet.gap();
    return { noteRow: null, kpiSlotsRow: 0, bottomUpSlot: null };
  }
  const noteRow = sheet.next;
  sheet.gap();
  const kpiSlotsRow = sheet.next;
  sheet.next += report.charts.length * CHART_SLOT_ROWS;
  let bottomUpSlot: number | null = null;
  if (bottomUp) {
    if (report.charts.length > 0) sheet.gap();
    sheet.note(h(lang, 'plan.bottomUp.chartNote') + (bottomUp.clipped ? ` ${h(lang, 'plan.bottomUp.chartClipped', { max: `${BOTTOM_UP_CHART_MAX_RATIO * 100}` })}` : ''));
    bottomUpSlot = sheet.next;
    sheet.next += CHART_SLOT_ROWS;
  }
  sheet.gap();
  return { noteRow, kpiSlotsRow, bottomUpSlot };
}

/**
 * The timeline's blocks. Lead columns A–G (within the printed page): ID and goal indented under their parent, owner, the
 * goal it depends on (⚠ and the flagged colour when it ends after it), start and deadline. From column H: one narrow
 * column per period, an upper header row naming the month (week columns) or the year (month and quarter columns) where
 * one starts and its label has room, a lower one the period itself (the week's first day, the month's initial, Q1…);
 * today's column is marked down the whole table; a bar fills every column the goal touches, lighter where it covers
 * only part of the period.
 */
function timelineBlocks(sheet: Sheet, report: PlanReport, f: Formats, indent: (depth: number) => string): void {
  const { lang, timeline } = report;
  const leadHeader = [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), h(lang, 'plan.goals.owner'), h(lang, 'plan.timeline.dependsOn'), h(lang, 'plan.timeline.start'), h(lang, 'plan.goals.deadline'), ''];
  const families = timeline.rows.some((x) => x.depth > 0);
  const lead: CellValue[][] = [new Array<CellValue>(REPORT_COLUMNS).fill(''), leadHeader];
  const leadFormats: string[][] = [lead[0].map(() => ''), leadHeader.map(() => '')];
  const leadBackgrounds: Array<Array<string | null>> = [lead[0].map(() => null), leadHeader.map((v) => (v === '' ? null : HEADER_BACKGROUND))];
  const leadBold: boolean[][] = [lead[0].map(() => false), leadHeader.map(() => true)];
  for (const r of timeline.rows) {
    // The parent first, then the prerequisites: ⚠ before an ID the goal's dates clash with, ? after one no goal has.
    const depends = [
      ...(r.parent ? [`${r.endsAfterParent ? '⚠ ' : ''}${r.parent.id}`] : []),
      ...r.prerequisites.map((p) => `${p.late ? '⚠ ' : ''}${p.id}${p.row === null ? (lang === 'fr' ? '\u202f?' : '?') : ''}`),
    ].join(', ');
    const clash = r.endsAfterParent || r.prerequisites.some((p) => p.late);
    lead.push([`${indent(r.depth)}${r.id}`, `${indent(r.depth)}${r.label}`, r.owner ?? '', depends, serial(r.start), serial(r.deadline), '']);
    leadFormats.push(['', '', '', '', r.start ? f.date : '', r.deadline ? f.date : '', '']);
    leadBackgrounds.push([null, null, null, clash ? BAR_COLORS.flagged : null, null, null, null]);
    leadBold.push(new Array<boolean>(REPORT_COLUMNS).fill(r.depth === 0 && families));
  }
  // The dates' headers right-aligned over their dates.
  const align: Array<Array<HorizontalAlign>> = [[], [null, null, null, null, 'right', 'right', null]];
  const row = sheet.add(lead, { formats: leadFormats, backgrounds: leadBackgrounds, bold: leadBold, align });

  // The period columns, in a block of their own: labels run over the empty cells on their right (not wrapped).
  const n = timeline.columns.length;
  const upper: CellValue[] = new Array<CellValue>(n).fill('');
  for (const { column, text } of groupLabels(timeline, lang)) upper[column] = text;
  const lower: CellValue[] = timeline.columns.map((c) => periodTick(c.start, timeline.period, lang, timeline.fiscalStartMonth));
  const values: CellValue[][] = [upper, lower];
  const today = timeline.todayColumn;
  const backgrounds: Array<Array<string | null>> = [upper.map(() => HEADER_BACKGROUND), lower.map((_, c) => (c === today ? TODAY_BACKGROUND : HEADER_BACKGROUND))];
  const bold: boolean[][] = [upper.map(() => true), lower.map(() => false)];
  for (const r of timeline.rows) {
    // A goal outside the columns is marked at the edge it crosses: ◀ ended before the first, ▶ ends after the last.
    values.push(timeline.columns.map((_, c) => (r.clipped === 'before' && c === 0 ? '◀' : r.clipped === 'after' && c === n - 1 ? '▶' : '')));
    const colors: Array<string | null> = timeline.columns.map((_, c) => (c === today ? TODAY_COLUMN_BACKGROUND : null));
    if (r.bar) {
      for (let c = r.bar.from; c <= r.bar.to; c++) colors[c] = BAR_COLORS[r.status];
      if (r.partial?.first) colors[r.bar.from] = PARTIAL_BAR_COLORS[r.status];
      if (r.partial?.last) colors[r.bar.to] = PARTIAL_BAR_COLORS[r.status];
    }
    backgrounds.push(colors);
    bold.push(new Array<boolean>(n).fill(false));
  }
  sheet.place(row, TIMELINE_FIRST_COLUMN, values, { backgrounds, bold, wrap: false });

  // Legend: the scale, the colours (full and partial), today, the dependencies.
  sheet.note(h(lang, 'plan.timeline.scale', { period: h(lang, `period.${timeline.period}`) }));
  const statuses = Object.keys(BAR_COLORS) as BarStatus[];
  sheet.add(
    [
      [h(lang, 'plan.timeline.legend')],
      ...statuses.map((status) => ['', h(lang, `plan.timeline.${status}`)]),
      ['', h(lang, 'plan.timeline.partial')],
      ['', h(lang, 'plan.timeline.today', { date: formatDate(report.today, lang) })],
    ],
    { backgrounds: [[null], ...statuses.map((status) => [BAR_COLORS[status], null]), [PARTIAL_BAR_COLORS.ok, null], [TODAY_COLUMN_BACKGROUND, null]] },
  );
  if (timeline.rows.some((r) => r.parent || r.prerequisites.length > 0)) sheet.note(h(lang, 'plan.timeline.dependsNote'));
  const late = timeline.rows.filter((r) => r.endsAfterParent).length;
  if (late > 0) sheet.note(h(lang, 'plan.timeline.late', { count: late }));
  const early = timeline.rows.filter((r) => r.prerequisites.some((p) => p.late)).length;
  if (early > 0) sheet.note(h(lang, 'plan.timeline.beforePrerequisite', { count: early }));
  const unknown = timeline.rows.filter((r) => r.prerequisites.some((p) => p.row === null)).length;
  if (unknown > 0) sheet.note(h(lang, 'plan.timeline.unknownPrerequisite', { count: unknown }));
  const outside = timeline.rows.filter((r) => r.clipped).length;
  if (outside > 0) sheet.note(h(lang, 'plan.timeline.outside', { count: outside }));
}

/** Pixels a character of an unwrapped bold label takes (Arial 10, upper estimate). */
const LABEL_CHAR_PX = 7.5;

/**
 * The upper header's labels: where a month (week columns) or a year (month and quarter columns) starts, and over the
 * first column; a label is kept only when the columns up to the next one have room for it (Sheets cuts a text at the
 * next filled cell): a month of two weeks at the left edge is named without its year (« nov. »), one of a single week not
 * at all.
 */
export function groupLabels(timeline: Pick<PlanReport['timeline'], 'period' | 'columns'> & { fiscalStartMonth?: number }, lang: Lang): Array<{ column: number; text: string }> {
  if (timeline.period === 'year') return [];
  // Quarter columns are grouped by fiscal year, named by the year it ends in; months by calendar year, weeks by month.
  const fiscal = timeline.period === 'quarter' ? (timeline.fiscalStartMonth ?? 1) : 1;
  const keyOf = (start: string): string => (timeline.period === 'week' ? start.slice(0, 7) : fiscalYearName(start, fiscal));
  const starts: Array<{ column: number; texts: string[] }> = [];
  timeline.columns.forEach((c, i) => {
    if (i > 0 && keyOf(timeline.columns[i - 1].start) === keyOf(c.start)) return;
    const month = MONTHS_SHORT[lang][isoParts(c.start).month - 1];
    starts.push({ column: i, texts: timeline.period === 'week' ? [periodLabel(c.start, 'month', lang, fiscal), month] : [keyOf(c.start)] });
  });
  const width = timelineColumnWidth(timeline.period);
  return starts.flatMap((s, i) => {
    const room = ((starts[i + 1]?.column ?? Infinity) - s.column) * width;
    const text = s.texts.find((candidate) => candidate.length * LABEL_CHAR_PX + 6 <= room);
    return text === undefined ? [] : [{ column: s.column, text }];
  });
}

/** A period column's own label: the week's first day ("7"), the month's initial ("F"), the quarter ("Q1" / « T1 »), the year. */
export function periodTick(start: string, period: TimelinePeriod, lang: Lang, fiscalStartMonth: number): string {
  const { month, day } = isoParts(start);
  switch (period) {
    case 'week':
      return String(day);
    case 'month':
      // The same initials in French and English (janvier, février, mars… / January, February, March…).
      return 'JFMAMJJASOND'[month - 1];
    case 'quarter':
      return h(lang, 'align.quarter', { n: fiscalBlock(start, 3, fiscalStartMonth).n });
    default:
      return fiscalYearName(start, fiscalStartMonth);
  }
}

/** Pixels of a period column: two digits ("28") or « T1 » in Arial 10 with the cell's padding; a year's four digits. */
export function timelineColumnWidth(period: TimelinePeriod): number {
  return period === 'year' ? 40 : 22;
}

/** Lays out the report; its first line is the title with the date in the report's language. */
export function layoutPlanReport(report: PlanReport, context: FormatContext = { currency: null }): ReportLayout {
  const { lang } = report;
  const sheet = new Sheet();
  const f = new Formats(lang, context);
  const byRow = new Map(report.goals.map((c) => [c.row, c]));
  const merges: MergeAcross[] = [];

  sheet.line(h(lang, 'plan.title', { date: formatDate(report.today, lang) }), TITLE_BACKGROUND);
  // "Label: value" in one unwrapped cell that runs over the empty columns on its right: in the narrow ID
  // column a label such as "Ramp-up of new reps by month" wrapped over five lines (LibreOffice, Sheets).
  if (report.settingsLines.length > 0) sheet.line(h(lang, 'plan.settings.title'));
  for (const [label, value] of report.settingsLines) sheet.note(h(lang, 'plan.settings.line', { label, value }));
  if (report.remainingRows.length > 0) sheet.line(h(lang, 'plan.incomplete', { count: report.remainingRows.length }));
  sheet.gap();

  // Summary
  const s = report.summary;
  sheet.section('summary', h(lang, 'plan.section.summary'));
  // Each label unwrapped, running over the empty B as the settings lines do, its number in C: wrapped in the narrow column
  // A, « Problèmes d’alignement » and "no KPI history" took two or three lines. No merge: no service call.
  sheet.add(
    [
      [h(lang, 'plan.summary.goals'), '', s.goals],
      [h(lang, 'plan.summary.flagged'), '', s.flagged],
      [h(lang, 'plan.summary.alignment'), '', s.alignmentProblems],
      [h(lang, 'plan.summary.averageScore'), '', s.averageScore ?? ''],
    ],
    { formats: [['', '', '0'], ['', '', '0'], ['', '', '0'], ['', '', '0']], wrap: false },
  );
  sheet.gap();
  sheet.table([h(lang, 'plan.summary.byVerdict'), '', h(lang, 'plan.summary.goals')], s.byVerdict.map((v) => [v.label, '', v.count]), s.byVerdict.map(() => ['', '', '0']), undefined, false);
  sheet.gap();

  // Charts right after the summary, in rows reserved for them: their place does not depend on the number of goals.
  const area = chartArea(sheet, report, lang);
  sheet.table(
    [h(lang, 'plan.summary.byOwner'), h(lang, 'plan.summary.goals'), h(lang, 'plan.summary.flagged'), h(lang, 'plan.summary.averageScore')],
    s.byOwner.map((o) => [o.owner, o.goals, o.flagged, o.averageScore]),
    s.byOwner.map(() => ['', '0', '0', '0']),
  );
  sheet.gap();

  // Goals: what each goal asks, then how achievable it is (two tables that fit a page's width).
  sheet.section('goals', h(lang, 'plan.section.goals'));
  if (report.goals.length === 0) sheet.note(h(lang, 'plan.goals.none'));
  const head = (keys: string[]): string[] => keys.map((k) => h(lang, `plan.goals.${k}` as MessageKey));
  sheet.table(
    head(['id', 'goal', 'owner', 'kpi', 'pace', 'target', 'deadline']),
    // The levers the goal names, under its statement with their KPI tabs (the article's strategic plan: who does what).
    // A target is stated when the goal gives it as a level ("to €52.37"), else computed ("+7 %": `computedPair`).
    // Each goal's amounts at the precision its KPI tab shows (mend51a, ruling 7), as its notes and pace.
    report.goals.map((c) => [c.id, c.levers ? `${c.statement}\n${c.levers}` : c.statement, c.owner ?? '', c.kpiName ?? '', report.paceText.get(c.row) ?? '', f.target(c)[0], serial(c.deadline)]),
    report.goals.map((c) => ['', '', '', '', '', f.target(c)[1], c.deadline ? f.date : '']),
  );
  if (report.goals.length > 0) {
    sheet.gap();
    sheet.line(h(lang, 'plan.goals.achievability'));
    // The word and the chance it was read from (core `verdictStory`), then, on rows of its own under the goal, the line
    // saying why, as Check goals' notes say it: one unwrapped row per WHY_LINE_CHARS over B–G (Sheets and LibreOffice
    // run a text over the empty cells on its right), so it takes the page's width, not the statement's narrow column —
    // under the statement in B it made the rows 3–6 times taller (38 → 94–162 pt) and the report printed at 98 %.
    const rows: CellValue[][] = [];
    const formats: string[][] = [];
    const unwrapped: boolean[] = [];
    for (const c of report.goals) {
      // Each value at the precision its cell shows (core `goalValueForCell`, `chanceForCell`: Check goals' and the formulas' rule),
      // the KPI tab's for amounts (mend51a, ruling 7).
      // A baseline read from the KPI (its latest level) is an estimate of where it stands, as the notes' "current level".
      withAmountDecimals(c.amountDecimals, () => {
        const summed = f.computedPair(c)?.baseline ?? null;
        const stated = c.baselineStated === true || summed !== null;
        const baseline = summed ?? f.statedNumber(c.baseline, c, stated);
        rows.push([c.id, c.statement, baseline ?? '', shownValue(c.suggestedTarget, c.unit, c.currency), c.probability === null ? '' : chanceForCell(c.probability), c.verdict ? h(lang, `verdict.${c.verdict}`) : '', c.score]);
        formats.push(['', '', f.value(baseline, c, stated), f.value(shownNumber(c.suggestedTarget, c.unit, c.currency), c), c.probability === null ? '' : PROBABILITY_FORMAT, '', '0']);
      });
      unwrapped.push(false);
      for (const line of [c.verdictLine, c.targetFormula && targetFormulaNote(c.targetFormula, lang)].flatMap((text) => (text ? fitWidth(text, WHY_LINE_CHARS) : []))) {
        rows.push(['', line, '', '', '', '', '']);
        formats.push(['', '', '', '', '', '', '']);
        unwrapped.push(true);
      }
    }
    sheet.table(head(['id', 'goal', 'baseline', 'suggested', 'probability', 'verdict', 'score']), rows, formats, undefined, undefined, unwrapped);
  }
  sheet.gap();

  // Alignment tree: sub-goals indented under their parent; a note goes under the goal's statement.
  sheet.section('tree', h(lang, 'plan.section.tree'));
  // Only goals that belong to a family (a parent with sub-goals, or a sub-goal) make the tree.
  const treeRows = report.tree.filter((r, i) => r.depth > 0 || (report.tree[i + 1]?.depth ?? 0) > r.depth);
  if (treeRows.length === 0) sheet.note(h(lang, 'plan.tree.none'));
  const indent = (depth: number): string => '\u2003'.repeat(Math.max(0, depth - 1)) + (depth > 0 ? '└ ' : '');
  sheet.table(
    [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), h(lang, 'plan.goals.target'), h(lang, 'plan.tree.rollup'), h(lang, 'plan.tree.fitsHeader')],
    treeRows.map((r) => {
      const mark = r.issues ? '⚠' : r.fits === null ? '' : r.partial ? '…' : r.fits ? '✓' : '⚠';
      const unit = byRow.get(r.row)?.unit ?? r.unit;
      return [`${indent(r.depth)}${r.id}`, `${indent(r.depth)}${r.statement}${r.note ? `\n${mark ? `${mark} ` : ''}${r.note}` : ''}`, shownValue(r.target, unit), shownValue(r.rollup, unit), mark];
    }),
    treeRows.map((r) => {
      // The same unit as the shown text beside it: the goal's, else the tree row's (a goal with no unit read).
      const found = byRow.get(r.row);
      const goal = { seriesKey: found?.seriesKey ?? null, currency: found?.currency ?? null, unit: found?.unit ?? r.unit };
      return ['', '', f.value(shownNumber(r.target, goal.unit), goal), f.value(shownNumber(r.rollup, goal.unit), goal), ''];
    }),
  );
  if (report.splits.length > 0) {
    sheet.gap();
    sheet.line(h(lang, 'plan.tree.splits'));
    const statedGoal = (split: QuarterSplit, q: QuarterSplit['quarters'][number]): boolean => {
      const goal = byRow.get(split.row);
      return split.from !== undefined && goal?.unit === 'currency' && goal.targetStated === true && q === split.quarters[split.quarters.length - 1] && q.target === goal.target;
    };
    sheet.table(
      [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), ...[1, 2, 3, 4].map((n) => h(lang, 'align.quarter', { n })), h(lang, 'plan.tree.basis')],
      // A split keeps the quarters still ahead: each in its own column, the quarters over left blank.
      // The milestones at the precision the goal's KPI tab shows (mend51a), as its notes' line.
      // A path's last milestone is its stated target, kept as written (surf53 c, ruling b).
      report.splits.map((split) => [split.id, byRow.get(split.row)?.statement ?? '', ...withAmountDecimals(byRow.get(split.row)?.amountDecimals, () => quarterCells(split, (q) => (statedGoal(split, q) ? q.target : shownValue(q.target, byRow.get(split.row)?.unit ?? null)))), h(lang, split.from !== undefined ? 'plan.tree.path' : split.basis === 'flat' ? 'plan.tree.flat' : split.years > 0 ? 'plan.tree.seasonal' : 'plan.tree.quarterAverages', { years: split.years }) + yearSpan(split)]),
      report.splits.map((split) => {
        const goal = byRow.get(split.row) ?? { seriesKey: null, unit: null, currency: null, amountDecimals: undefined };
        // Every cell at the tab's precision, as the notes' line (mend53d: Q3 "$4,600" beside Q4 "$4,600.00" on a cents tab).
        return ['', '', ...withAmountDecimals(goal.amountDecimals, () => quarterCells(split, (q) => (statedGoal(split, q) ? f.value(q.target, goal, true) : f.value(shownNumber(q.target, goal.unit), goal, !!goal.amountDecimals)))), ''];
      }),
    );
  }
  sheet.gap();

  // Timeline: the goals' table (ID, goal, owner, the goal each depends on, start, deadline) within A–G, then one narrow
  // column per period from H on, two header rows (the months or years over the periods), a bar per goal.
  sheet.section('timeline', h(lang, 'plan.section.timeline'));
  const timeline = report.timeline;
  if (timeline.columns.length > 0 && timeline.rows.length > 0) timelineBlocks(sheet, report, f, indent);
  else sheet.note(h(lang, 'plan.timeline.none'));
  sheet.gap();

  // Recommendations, stacked in the wide column: the goal, its problems, their fixes.
  sheet.section('recommendations', h(lang, 'plan.section.recommendations'));
  if (report.recommendations.length === 0) sheet.note(h(lang, 'plan.rec.none'));
  const problem = h(lang, 'plan.rec.problem');
  const fix = h(lang, 'plan.rec.fix');
  // The statements, problems and fixes over B–G (each row merged across), not squeezed into B beside five empty columns.
  const recommendationsRow = sheet.next;
  for (const r of report.recommendations) {
    const rows: CellValue[][] = [[r.id, r.statement], [problem, r.problems.join('\n')]];
    if (r.fixes.length > 0) rows.push([fix, r.fixes.join('\n')]);
    sheet.add(rows, {
      bold: rows.map((_, i) => [true, i === 0]),
      backgrounds: rows.map((_, i) => (i === 0 ? [HEADER_BACKGROUND, HEADER_BACKGROUND] : [null, null])),
    });
  }
  if (sheet.next > recommendationsRow) merges.push({ row: recommendationsRow, column: 2, numRows: sheet.next - recommendationsRow, numColumns: REPORT_COLUMNS - 1 });
  sheet.gap();

  // Bottom-up check: goals whose KPI has a driver tree, both readings side by side (core/drivers).
  let bottomUpSpec: ChartSpec | null = null;
  const planned = report.goals.filter((c) => c.bottomUp);
  if (planned.length > 0) {
    sheet.section('bottomUp', h(lang, 'plan.section.bottomUp'));
    sheet.table(
      head(['id', 'goal']).concat([h(lang, 'plan.bottomUp.bottomUp'), h(lang, 'plan.bottomUp.low'), h(lang, 'plan.bottomUp.high'), h(lang, 'plan.bottomUp.topDown'), h(lang, 'plan.bottomUp.trust')]),
      planned.map((c) => {
        const b = c.bottomUp!;
        return [c.id, c.statement, b.probability, b.low, b.high, b.topDown ?? '', h(lang, `plan.bottomUp.trust.${b.trust}`)];
      }),
      // Chances as on the Goals tab ("<1 %", ">99 %"), never a bare "0 %" / "100 %".
      // The range at the tab's precision, as Check goals' bottom-up line writes it (surf52: "$99,040.36" beside "$99,040").
      planned.map((c) => withAmountDecimals(c.amountDecimals, () => ['', '', PROBABILITY_FORMAT, f.value(c.bottomUp!.low, c), f.value(c.bottomUp!.high, c), c.bottomUp!.topDown === null ? '' : PROBABILITY_FORMAT, ''])),
    );
    // Each goal's reading in words, under the table over B–G (one row each, merged across): in B beside the numbers it
    // ran to some thirty lines of 20 characters with C–G empty.
    const readingsRow = sheet.add(
      planned.map((c) => {
        const b = c.bottomUp!;
        // The top-down reading's 80 % range in words: the page has room for seven columns, not two more.
        const topDownRange = b.topDownRangeText ? [b.topDownRangeText] : [];
        const lines = [b.tree, ...topDownRange, b.trustText, ...(b.gap ? [h(lang, 'drivers.note.gap', { options: b.gap })] : []), ...[b.capacityText, b.coverageText].filter((line): line is string => !!line)];
        return [c.id, lines.join('\n')];
      }),
    );
    merges.push({ row: readingsRow, column: 2, numRows: planned.length, numColumns: REPORT_COLUMNS - 1 });
    sheet.gap();
    // One chart of both readings' ranges (a share of each target), its slot here and its data right below.
    const chart = report.bottomUpChart;
    if (chart && chart.bars.length > 0) {
      const title = chart.shown < chart.total ? h(lang, 'plan.bottomUp.chartTitleCapped', { shown: chart.shown, total: chart.total }) : h(lang, 'plan.bottomUp.chartTitle');
      sheet.line(h(lang, 'plan.bottomUp.chartData'));
      const row = sheet.next;
      const { values, formats, colors } = rangeBarBlock(chart, lang);
      sheet.table(values[0] as string[], values.slice(1), formats.slice(1));
      // Its slot is in the charts area near the top (see chartArea); the anchor is set there.
      bottomUpSpec = { title, range: { row, column: 1, numRows: values.length, numColumns: values[0].length }, anchor: { row: 0, column: 1 }, valueAxisTitle: h(lang, 'plan.bottomUp.chart.axis'), unit: 'percent', colors, dashed: [], kind: 'rangeBar' };
      sheet.gap();
    }
  }

  // Chart data: one table per KPI chart, read by the chart drawn in its slot of the charts area near the top.
  const charts: ChartSpec[] = [];
  if (bottomUpSpec && area.bottomUpSlot !== null) charts.push({ ...bottomUpSpec, anchor: { row: area.bottomUpSlot, column: 1 } });
  if (report.charts.length > 0) {
    sheet.section('chartData', h(lang, 'plan.section.chartData'));
    report.charts.forEach((chart, index) => {
      const currency = report.goals.find((g) => g.seriesKey === chart.seriesKey && g.currency !== null)?.currency ?? null;
      const targets = chart.targets.map((ids) => report.goals.find((g) => g.id === ids.split(', ')[0] && g.seriesKey === chart.seriesKey));
      const { values, formats, series } = chartBlock(chart, lang, f, currency, report.goals.find((g) => g.seriesKey === chart.seriesKey)?.amountDecimals, targets);
      sheet.line(chart.title);
      const row = sheet.next;
      sheet.table(values[0] as string[], values.slice(1), formats.slice(1));
      // Colours and dashes of the series written (a column with no value is left out: no empty entry in the legend).
      const colors = ['#1a73e8', '#188038', '#9aa0a6', '#9aa0a6', ...chart.targets.map((_, i) => ['#d93025', '#e37400', '#a142f4', '#12b5cb'][i % 4])];
      charts.push({
        title: chart.title,
        valueAxisTitle: valueAxisTitle(chart, lang, f.chartCurrency(chart, currency)),
        range: { row, column: 1, numRows: values.length, numColumns: values[0].length },
        anchor: { row: area.kpiSlotsRow + index * CHART_SLOT_ROWS, column: 1 },
        unit: chart.unit,
        colors: series.map((s) => colors[s]),
        dashed: series.flatMap((s, i) => (s === 2 || s === 3 ? [i] : [])),
      });
      sheet.gap();
    });
  }

  const width = Math.max(sheet.width, REPORT_COLUMNS);
  const needs = headerWidths(sheet.blocks);
  const numbers = valueWidths(sheet.blocks, groupsByLakhs(context.locale));
  const report7 = (column: number): boolean => column !== 2 && column < TIMELINE_FIRST_COLUMN;
  // A and C onwards share one width (one call sets all seven, a second gives B its own): the widest bold word among them
  // in the language written, at least what a date takes, and the widest number they show. One call fewer than A apart
  // keeps the report within its budget.
  const shared = Math.max(EXTRA_COLUMN_WIDTH, ...[...needs, ...numbers].filter(([column]) => report7(column)).map(([, need]) => need));
  const first = shared;
  // The statements' column gives back what the others took, down to 100 px (or its widest number), so the seven stay
  // within a portrait page; and takes what they leave of a chart's 600 px, so a chart anchored in A ends inside G.
  const statements = Math.max(100, numbers.get(2) ?? 0, Math.min(PAGE_WIDTH - first - 5 * shared, Math.max(COLUMN_WIDTHS[1], CHART_WIDTH - first - 5 * shared)));
  // The timeline's period columns, from H on, are narrow (one `setColumnWidths` for all of them).
  const periodWidth = timelineColumnWidth(report.timeline.period);
  const columnWidths = Array.from({ length: width }, (_, i) => ({ column: i + 1, width: i === 0 ? first : i === 1 ? statements : i + 1 >= TIMELINE_FIRST_COLUMN ? periodWidth : shared }));
  // French typography: a narrow no-break space before the per-cent sign (« 30,0 % »), in every percentage the report formats.
  if (lang === 'fr') for (const block of sheet.blocks) block.formats = block.formats?.map((row) => row.map(frenchPercent));
  return { blocks: sheet.blocks, charts, columnWidths, merges, sections: sheet.sections, frozenRows: 1, chartNoteRow: area.noteRow, height: sheet.next - 1, width };
}

/**
 * A number format's per-cent signs preceded by a narrow no-break space ("0.0%" → `0.0"\u202f"%`, `"<1%"` → `"<1\u202f%"`),
 * once: a format that has its space already (a French KPI column's `0.0"\u202f"%`, a typed `0.0 %`) keeps one (office30:
 * the report's chart data read « 24,3  % »).
 */
export function frenchPercent(format: string): string {
  return format
    .replace(/("[^"]*")|[ \u00a0\u202f]?%/g, (_m, quoted: string | undefined) => (quoted ? quoted.replace(/(\d)%/g, '$1\u202f%') : '"\u202f"%'))
    .replace(/([ \u00a0\u202f]")"\u202f"%/g, '$1%');
}

/**
 * The bottom-up chart's data: one row per goal and reading, a white base up
 * to the range's low end, then the range in two parts — below the target
 * (100 %) and above it — in the reading's light and dark colour, so where the
 * colour changes is the target and the dark share is the part that reaches it.
 */
function rangeBarBlock(chart: BottomUpChart, lang: Lang): { values: CellValue[][]; formats: string[][]; colors: string[] } {
  const header = [
    h(lang, 'plan.bottomUp.chart.goal'),
    h(lang, 'plan.bottomUp.chart.base'),
    h(lang, 'plan.bottomUp.chart.bottomUpBelow'),
    h(lang, 'plan.bottomUp.chart.bottomUpAbove'),
    h(lang, 'plan.bottomUp.chart.topDownBelow'),
    h(lang, 'plan.bottomUp.chart.topDownAbove'),
  ];
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => '')];
  for (const bar of chart.bars) {
    const below = round(Math.max(0, Math.min(bar.high, 1) - bar.low));
    const above = round(Math.max(0, bar.high - Math.max(bar.low, 1)));
    const label = `${bar.id} · ${h(lang, bar.reading === 'bottomUp' ? 'plan.bottomUp.trust.bottom-up' : 'plan.bottomUp.trust.top-down')}`;
    const parts: CellValue[] = bar.reading === 'bottomUp' ? [below, above, '', ''] : ['', '', below, above];
    values.push([label, round(bar.low), ...parts]);
    formats.push(['@', '0%', '0%', '0%', '0%', '0%']);
  }
  // A part no bar has (no range reaches its target: every "above target" is 0) is left out, or its name would stand in the
  // legend over nothing; the base (white, out of the legend) stays, as it places every bar.
  const kept = header.flatMap((_, c) => (c <= 1 || values.slice(1).some((row) => typeof row[c] === 'number' && row[c] !== 0) ? [c] : []));
  return {
    values: values.map((row) => kept.map((c) => row[c])),
    formats: formats.map((row) => kept.map((c) => row[c])),
    colors: kept.slice(1).map((c) => RANGE_BAR_COLORS[c - 1]),
  };
}

/**
 * A KPI chart's value axis title: the KPI and its unit — "Close rate (%)", "Revenue ($)", "New accounts (number)" — and
 * "running total" where the chart shows one (« Nouveaux comptes (cumul) »); the KPI alone when no unit is known or its
 * name already says it (« CA (€) »).
 */
export function valueAxisTitle(chart: Pick<KpiChart, 'title' | 'unit' | 'aggregation'>, lang: Lang, currency: string | null): string {
  const parts: string[] = [];
  // A unit the KPI's own name already gives (a column headed « CA (€) ») is not said twice: « CA (€) (€, cumul) ».
  const named = (unit: string): boolean => chart.title.includes(unit);
  if (chart.unit === 'percent' && !named('%')) parts.push('%');
  if (chart.unit === 'currency' && currency && !named(currencySymbol(currency, lang))) parts.push(currencySymbol(currency, lang));
  if (chart.aggregation === 'total') parts.push(h(lang, 'plan.chart.axis.runningTotal'));
  else if (chart.unit === 'count') parts.push(h(lang, 'plan.chart.axis.number'));
  return parts.length > 0 ? h(lang, 'plan.chart.axis', { kpi: chart.title, unit: parts.join(', ') }) : chart.title;
}

/** A KPI chart's data table; `series` are the indexes (0 history, 1 forecast, 2 low, 3 high, 4… targets) of the series it holds. */
function chartBlock(chart: KpiChart, lang: Lang, f: Formats, currency: string | null, tabDecimals?: number, targets: ReadonlyArray<PlanReport['goals'][number] | undefined> = []): { values: CellValue[][]; formats: string[][]; series: number[] } {
  // The date column's header is the date axis's title in Sheets (inferred from the data's headers): the KPI's period.
  const header = [
    h(lang, chart.period ? `plan.chart.period.${chart.period}` : 'plan.chart.date'),
    chart.aggregation === 'total' ? h(lang, 'plan.chart.cumulative') : h(lang, 'plan.chart.history'),
    h(lang, 'plan.chart.forecast'),
    h(lang, 'plan.chart.low'),
    h(lang, 'plan.chart.high'),
    ...chart.targets.map((id) => h(lang, 'plan.chart.target', { id })),
  ];
  // Forecasts rounded to three significant digits of the series (no "175692.672138").
  let maxAbs = 0;
  for (const row of chart.rows) for (const v of [row.history, row.median, row.low, row.high, ...row.targets]) if (v !== null && Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
  // Money on a tab showing cents keeps them, as its cells and the goals' rows do (surf53 a: "$1,600" beside "$1,600.00").
  const cents = chart.unit === 'currency' && (tabDecimals ?? 0) > 0;
  // At the tab's own decimals: one on a tab of 81,5 k€ (polish61: « 122,39 k€ » beside cells showing one).
  const decimals = cents ? Math.min(2, tabDecimals!) : sensibleDecimals(maxAbs, chart.unit);
  // A score keeps the digits its goals' cells show (`shownNumber`, `Formats.value`: 4.6, never "5": surf53 a).
  const score = chart.unit === 'score';
  const round = (v: number | null): CellValue => (v === null || !Number.isFinite(v) ? '' : score ? shownNumber(v, 'score')! : roundTo(v, decimals));
  const format = cents ? withCents(f.chart(chart, 0, currency), decimals) : score ? f.value(0.5, chart) : f.chart(chart, decimals, currency);
  // A target line as its goal's Target cell (`Formats.target`: "$1,600.50" stated on a whole-dollar tab, 30 %).
  const line = targets.map((goal) => goal && f.target(goal));
  const rows = chart.rows.map((row) => [round(row.history), round(row.median), round(row.low), round(row.high), ...row.targets.map((v, i) => (v === null || !line[i] ? round(v) : line[i]![0]))]);
  // A series with no value at all (no forecast band on a passed deadline…) is left out, or its name would stand in the legend over nothing.
  const series = header.slice(1).flatMap((_, i) => (rows.some((row) => row[i] !== '') ? [i] : []));
  const values: CellValue[][] = [[header[0], ...series.map((i) => header[i + 1])]];
  const formats: string[][] = [values[0].map(() => '')];
  chart.rows.forEach((row, r) => {
    values.push([isoToSerial(row.date), ...series.map((i) => rows[r][i])]);
    formats.push([f.date, ...series.map((i) => (i > 3 && line[i - 4] ? line[i - 4]![1] : score && rows[r][i] !== '' ? f.value(rows[r][i] as number, chart) : format))]);
  });
  return { values, formats, series };
}

/** The whole report as one rectangle, one matrix per cell property, for one write call each. */
export interface ReportGrid {
  values: CellValue[][];
  formats: string[][];
  backgrounds: Array<Array<string | null>>;
  bold: boolean[][];
  wraps: boolean[][];
  /** Horizontal alignments (Range.setHorizontalAlignments): 'right' for headers over numbers, 'center' (see Block), null for Sheets' default. */
  alignments: Array<Array<HorizontalAlign>>;
}

/** Flattens the layout's blocks into one grid of `height` × `width` cells (blank rows between blocks). */
export function reportGrid(layout: ReportLayout): ReportGrid {
  const { height, width } = layout;
  const grid: ReportGrid = { values: [], formats: [], backgrounds: [], bold: [], wraps: [], alignments: [] };
  for (let r = 0; r < height; r++) {
    grid.values.push(new Array<CellValue>(width).fill(''));
    grid.formats.push(new Array<string>(width).fill(''));
    grid.backgrounds.push(new Array<string | null>(width).fill(null));
    grid.bold.push(new Array<boolean>(width).fill(false));
    grid.wraps.push(new Array<boolean>(width).fill(false));
    grid.alignments.push(new Array<HorizontalAlign>(width).fill(null));
  }
  for (const block of layout.blocks) {
    block.values.forEach((cells, i) => {
      const r = block.row - 1 + i;
      if (r < 0 || r >= height) return;
      if (block.band) grid.backgrounds[r].fill(block.band);
      cells.forEach((value, j) => {
        const c = block.column - 1 + j;
        if (c >= width) return;
        grid.values[r][c] = value;
        grid.formats[r][c] = block.formats?.[i]?.[j] ?? '';
        const background = block.backgrounds?.[i]?.[j] ?? null;
        if (background !== null || !block.band) grid.backgrounds[r][c] = background ?? grid.backgrounds[r][c];
        grid.bold[r][c] = block.bold?.[i]?.[j] ?? false;
        grid.alignments[r][c] = block.align?.[i]?.[j] ?? null;
        // Text wraps inside its column unless the block is a title line (or the row runs over its neighbours); numbers never need it.
        grid.wraps[r][c] = block.wrap !== false && block.unwrapped?.[i] !== true && typeof value === 'string' && value !== '';
      });
    });
  }
  return grid;
}

/**
 * The number format of a KPI column: the most common reusable format among
 * its numeric cells (a header or a stray text cell does not count); null
 * when the column is on the automatic format.
 */
export function columnNumberFormat(values: readonly (readonly CellValue[])[], formats: readonly (readonly string[])[], column: number): string | null {
  const counts = new Map<string, number>();
  values.forEach((row, r) => {
    if (typeof row[column] !== 'number') return;
    const format = formats[r]?.[column] ?? '';
    if (isValueFormat(format)) counts.set(format, (counts.get(format) ?? 0) + 1);
  });
  let best: string | null = null;
  let bestCount = 0;
  for (const [format, count] of counts) {
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}
