/**
 * The plan report laid out as rectangular blocks of cells, so the adapter
 * writes each block with one call per property (values, number formats,
 * backgrounds, font weights): the number of service calls depends on the
 * number of sections and KPI charts, never on the number of goals.
 * Dates are written as serial numbers with a date format (time-zone free).
 */
import { numberFormatFor } from '../workbook/values';
import { isoParts, isoToSerial } from '../dates';
import { t, type MessageKey } from '../messages';
import type { Lang, Unit } from '../types';
import type { CellValue } from '../workbook/types';
import type { BarStatus, KpiChart, PlanReport } from './model';

export interface Block {
  /** 1-based position of the top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
  formats?: string[][];
  backgrounds?: Array<Array<string | null>>;
  bold?: boolean[][];
  /** Wrap long text (multi-line recommendations). */
  wrap?: boolean;
}

export interface ChartSpec {
  title: string;
  /** 1-based data range (header row + rows; first column dates). */
  range: { row: number; column: number; numRows: number; numColumns: number };
  anchor: { row: number; column: number };
  unit: Unit | null;
  /** Colours per data column after the date column, in order. */
  colors: string[];
  /** 0-based indexes (among the series) drawn dashed: the forecast band. */
  dashed: number[];
}

export interface ReportLayout {
  blocks: Block[];
  charts: ChartSpec[];
  /** Column widths in pixels (1-based column → width). */
  columnWidths: Array<{ column: number; width: number }>;
  /** Section titles' rows, for navigation and tests. */
  sections: Array<{ key: string; row: number }>;
  /** Rows in the sheet the layout needs. */
  height: number;
  width: number;
}

export const BAR_COLORS: Readonly<Record<BarStatus, string>> = { flagged: '#f4c7c3', stretch: '#fce8b2', ok: '#b7e1cd', unknown: '#c9daf8' };
const HEADER_BACKGROUND = '#e8eaed';
const TITLE_BACKGROUND = '#d2e3fc';
const TODAY_BACKGROUND = '#ffe599';
/** Dates as each language writes them: day first in French, ISO (unambiguous) in English. */
const DATE_FORMATS: Readonly<Record<Lang, string>> = { en: 'yyyy-mm-dd', fr: 'dd/mm/yyyy' };
/** Rows reserved per chart slot (a 300-px chart). */
const CHART_SLOT_ROWS = 16;
export const TIMELINE_FIRST_COLUMN = 6;

function unitFormat(unit: Unit | null): string {
  switch (unit) {
    case 'percent':
      return '0.0%';
    case 'currency':
      return '#,##0';
    case 'count':
      return '#,##0';
    default:
      // The automatic format: Sheets shows "#,##0.##" on a whole number with a trailing point ("120.").
      return '';
  }
}

/** A goal value's format: percentages with one decimal, amounts and counts without noise (see numberFormatFor). */
function valueFormat(value: number | null, unit: Unit | null): string {
  return unit === 'percent' ? '0.0%' : numberFormatFor(value, unit);
}

/** Accumulates blocks top to bottom. */
class Sheet {
  readonly blocks: Block[] = [];
  readonly sections: Array<{ key: string; row: number }> = [];
  next = 1;
  width = 1;

  add(values: CellValue[][], options: { formats?: string[][]; backgrounds?: Array<Array<string | null>>; bold?: boolean[][]; wrap?: boolean } = {}): number {
    const width = Math.max(1, ...values.map((r) => r.length));
    const pad = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined => rows?.map((r) => [...r, ...new Array<T>(width - r.length).fill(fill)]);
    const row = this.next;
    this.blocks.push({
      row,
      column: 1,
      values: pad(values, '') as CellValue[][],
      formats: pad(options.formats, ''),
      backgrounds: pad(options.backgrounds, null),
      bold: pad(options.bold, false),
      wrap: options.wrap,
    });
    this.width = Math.max(this.width, width);
    this.next += values.length;
    return row;
  }

  section(key: string, title: string): void {
    this.sections.push({ key, row: this.next });
    this.add([[title]], { bold: [[true]], backgrounds: [[TITLE_BACKGROUND]] });
  }

  /** A header row (bold, grey) followed by data rows. */
  table(header: string[], rows: CellValue[][], formats?: string[][], wrap = false): void {
    if (rows.length === 0) return;
    const width = header.length;
    this.add([header, ...rows], {
      wrap,
      formats: formats ? [header.map(() => ''), ...formats] : undefined,
      bold: [header.map(() => true), ...rows.map(() => new Array<boolean>(width).fill(false))],
      backgrounds: [header.map(() => HEADER_BACKGROUND), ...rows.map(() => new Array<string | null>(width).fill(null))],
    });
  }

  gap(): void {
    this.next++;
  }
}

function serial(date: string | null): CellValue {
  return date ? isoToSerial(date) : '';
}

const MONTH_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** Timeline column header: "30 Nov" / "30 nov." for weeks, "Jan 2027" / "janv. 2027" for months. */
export function periodLabel(start: string, period: 'week' | 'month', lang: Lang): string {
  const { year, month, day } = isoParts(start);
  const name = MONTH_SHORT[lang][month - 1];
  return period === 'week' ? `${day} ${name}` : `${name} ${year}`;
}

function h(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return t(lang, key, params);
}

/** Lays out the report; `title` is the sheet's first line. */
export function layoutPlanReport(report: PlanReport): ReportLayout {
  const { lang } = report;
  const sheet = new Sheet();

  sheet.add([[h(lang, 'plan.title', { date: report.today })]], { bold: [[true]], backgrounds: [[TITLE_BACKGROUND]] });
  sheet.add(report.settingsLines.map(([label, value]) => [label, value]));
  if (report.remainingRows.length > 0) sheet.add([[h(lang, 'plan.incomplete', { count: report.remainingRows.length })]], { bold: [[true]] });
  sheet.gap();

  // Summary
  const s = report.summary;
  sheet.section('summary', h(lang, 'plan.section.summary'));
  sheet.add([
    [h(lang, 'plan.summary.goals'), s.goals],
    [h(lang, 'plan.summary.flagged'), s.flagged],
    [h(lang, 'plan.summary.alignment'), s.alignmentProblems],
    [h(lang, 'plan.summary.averageScore'), s.averageScore ?? ''],
  ]);
  sheet.gap();
  sheet.table([h(lang, 'plan.summary.byVerdict'), h(lang, 'plan.summary.goals')], s.byVerdict.map((v) => [v.label, v.count]));
  sheet.gap();
  sheet.table(
    [h(lang, 'plan.summary.byOwner'), h(lang, 'plan.summary.goals'), h(lang, 'plan.summary.flagged'), h(lang, 'plan.summary.averageScore')],
    s.byOwner.map((o) => [o.owner, o.goals, o.flagged, o.averageScore]),
  );
  sheet.gap();

  // Goals table
  sheet.section('goals', h(lang, 'plan.section.goals'));
  if (report.goals.length === 0) sheet.add([[h(lang, 'plan.goals.none')]]);
  const goalHeader = ['id', 'goal', 'owner', 'kpi', 'pace', 'baseline', 'target', 'deadline', 'probability', 'verdict', 'suggested', 'score'].map((k) => h(lang, `plan.goals.${k}` as MessageKey));
  sheet.table(
    goalHeader,
    report.goals.map((c) => [
      c.id,
      c.statement,
      c.owner ?? '',
      c.kpiName ?? '',
      report.paceText.get(c.row) ?? '',
      c.baseline ?? '',
      c.target ?? '',
      serial(c.deadline),
      c.probability ?? '',
      c.verdict ? h(lang, `verdict.${c.verdict}`) : '',
      c.suggestedTarget ?? '',
      c.score,
    ]),
    report.goals.map((c) => ['', '', '', '', '', valueFormat(c.baseline, c.unit), valueFormat(c.target, c.unit), DATE_FORMATS[lang], '0%', '', valueFormat(c.suggestedTarget, c.unit), '0']),
  );
  sheet.gap();

  // Alignment tree
  sheet.section('tree', h(lang, 'plan.section.tree'));
  // Only goals that belong to a family (a parent with sub-goals, or a sub-goal) make the tree.
  const treeRows = report.tree.filter((r, i) => r.depth > 0 || (report.tree[i + 1]?.depth ?? 0) > r.depth);
  if (treeRows.length === 0) sheet.add([[h(lang, 'plan.tree.none')]]);
  sheet.table(
    [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), h(lang, 'plan.goals.target'), h(lang, 'plan.tree.rollup'), h(lang, 'plan.tree.fits')],
    treeRows.map((r) => [
      `${'   '.repeat(r.depth)}${r.depth > 0 ? '└ ' : ''}${r.id}`,
      r.statement,
      r.target ?? '',
      r.rollup ?? '',
      r.issues ? `⚠ ${r.note}` : r.fits === null ? r.note : `${r.partial ? '…' : r.fits ? '✓' : '⚠'} ${r.note}`.trim(),
    ]),
    treeRows.map((r) => ['', '', valueFormat(r.target, r.unit), valueFormat(r.rollup, r.unit), '']),
  );
  if (report.splits.length > 0) {
    sheet.gap();
    sheet.add([[h(lang, 'plan.tree.splits')]], { bold: [[true]] });
    const byRow = new Map(report.goals.map((c) => [c.row, c]));
    sheet.table(
      [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), ...[1, 2, 3, 4].map((n) => h(lang, 'align.quarter', { n })), h(lang, 'plan.tree.basis')],
      report.splits.map((split) => [split.id, byRow.get(split.row)?.statement ?? '', ...split.quarters.map((q) => q.target), h(lang, split.basis === 'flat' ? 'plan.tree.flat' : split.years > 0 ? 'plan.tree.seasonal' : 'plan.tree.quarterAverages', { years: split.years })]),
      report.splits.map((split) => {
        const unit = byRow.get(split.row)?.unit ?? null;
        return ['', '', ...split.quarters.map((q) => valueFormat(q.target, unit)), ''];
      }),
    );
  }
  sheet.gap();

  // Timeline
  sheet.section('timeline', h(lang, 'plan.section.timeline'));
  const timeline = report.timeline;
  const lead = [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), h(lang, 'plan.goals.owner'), h(lang, 'plan.timeline.start'), h(lang, 'plan.goals.deadline')];
  if (timeline.columns.length > 0 && timeline.rows.length > 0) {
    const header: CellValue[] = [...lead, ...timeline.columns.map((c) => periodLabel(c.start, timeline.period, lang))];
    const width = header.length;
    const values: CellValue[][] = [header];
    const backgrounds: Array<Array<string | null>> = [header.map((_, i) => (i - lead.length === timeline.todayColumn ? TODAY_BACKGROUND : HEADER_BACKGROUND))];
    const formats: string[][] = [header.map(() => '')];
    const bold: boolean[][] = [header.map(() => true)];
    for (const r of timeline.rows) {
      values.push([`${'   '.repeat(r.depth)}${r.id}`, r.label, r.owner ?? '', serial(r.start), serial(r.deadline), ...timeline.columns.map(() => '')]);
      const colors: Array<string | null> = new Array<string | null>(width).fill(null);
      if (r.bar) for (let c = r.bar.from; c <= r.bar.to; c++) colors[lead.length + c] = BAR_COLORS[r.status];
      backgrounds.push(colors);
      formats.push(header.map((_, i) => (i === 3 || i === 4 ? DATE_FORMATS[lang] : '')));
      bold.push(new Array<boolean>(width).fill(r.depth === 0 && timeline.rows.some((x) => x.depth > 0)));
    }
    sheet.add(values, { backgrounds, formats, bold });
    sheet.add([[h(lang, 'plan.timeline.legend')], ...(Object.keys(BAR_COLORS) as BarStatus[]).map((status) => ['', h(lang, `plan.timeline.${status}`)])], {
      backgrounds: [[null], ...(Object.keys(BAR_COLORS) as BarStatus[]).map((status) => [BAR_COLORS[status], null])],
    });
  } else {
    sheet.add([[h(lang, 'plan.timeline.none')]]);
  }
  sheet.gap();

  // Recommendations
  sheet.section('recommendations', h(lang, 'plan.section.recommendations'));
  if (report.recommendations.length === 0) sheet.add([[h(lang, 'plan.rec.none')]]);
  sheet.table(
    [h(lang, 'plan.goals.id'), h(lang, 'plan.goals.goal'), h(lang, 'plan.rec.problem'), h(lang, 'plan.rec.fix'), h(lang, 'plan.goals.suggested')],
    report.recommendations.map((r) => [r.id, r.statement, r.problems.join('\n'), r.fixes.join('\n'), r.suggestedTarget ?? '']),
    report.recommendations.map((r) => ['', '', '', '', valueFormat(r.suggestedTarget, r.unit)]),
    true,
  );
  sheet.gap();

  // Charts: slots first (the charts float over them), then their data.
  const charts: ChartSpec[] = [];
  let slotsRow = 0;
  if (report.charts.length > 0) {
    sheet.section('charts', h(lang, 'plan.section.charts'));
    slotsRow = sheet.next;
    sheet.next += Math.ceil(report.charts.length / 2) * CHART_SLOT_ROWS;
    sheet.gap();
    sheet.section('chartData', h(lang, 'plan.section.chartData'));
    report.charts.forEach((chart, index) => {
      const { values, formats } = chartBlock(chart, lang);
      sheet.add([[chart.title]], { bold: [[true]] });
      const row = sheet.next;
      sheet.table(values[0] as string[], values.slice(1), formats.slice(1));
      charts.push({
        title: chart.title,
        range: { row, column: 1, numRows: values.length, numColumns: values[0].length },
        anchor: { row: slotsRow + Math.floor(index / 2) * CHART_SLOT_ROWS, column: index % 2 === 0 ? 2 : 4 },
        unit: chart.unit,
        colors: ['#1a73e8', '#188038', '#9aa0a6', '#9aa0a6', ...chart.targets.map((_, i) => ['#d93025', '#e37400', '#a142f4', '#12b5cb'][i % 4])],
        dashed: [2, 3],
      });
      sheet.gap();
    });
  }

  const width = Math.max(sheet.width, TIMELINE_FIRST_COLUMN + timeline.columns.length - 1);
  const columnWidths = [
    { column: 1, width: 110 },
    { column: 2, width: 380 },
    { column: 3, width: 120 },
    { column: 4, width: 150 },
    { column: 5, width: 150 },
  ];
  for (let column = TIMELINE_FIRST_COLUMN; column <= width; column++) columnWidths.push({ column, width: 80 });
  return { blocks: sheet.blocks, charts, columnWidths, sections: sheet.sections, height: sheet.next - 1, width };
}

function chartBlock(chart: KpiChart, lang: Lang): { values: CellValue[][]; formats: string[][] } {
  const header = [
    h(lang, 'plan.chart.date'),
    chart.aggregation === 'total' ? h(lang, 'plan.chart.cumulative') : h(lang, 'plan.chart.history'),
    h(lang, 'plan.chart.forecast'),
    h(lang, 'plan.chart.low'),
    h(lang, 'plan.chart.high'),
    ...chart.targets.map((id) => h(lang, 'plan.chart.target', { id })),
  ];
  const format = unitFormat(chart.unit);
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => '')];
  for (const row of chart.rows) {
    values.push([isoToSerial(row.date), row.history ?? '', row.median ?? '', row.low ?? '', row.high ?? '', ...row.targets.map((v) => v ?? '')]);
    formats.push([DATE_FORMATS[lang], ...header.slice(1).map(() => format)]);
  }
  return { values, formats };
}
