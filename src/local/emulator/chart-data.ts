/**
 * What an embedded chart shows, resolved from its recorded spec and the sheet's cells: the domain
 * (x-axis labels), the series with their names, values, colours and dash, the title, legend and
 * size. Shared by the .xlsx chart writer (DrawingML) and the preview (SVG), so both draw the same.
 *
 * How Sheets reads a chart's ranges (Apps Script EmbeddedChartBuilder: setNumHeaders,
 * setTransposeRowsAndColumns; Sheets chart editor "Use row 1 as headers", "Use column A as labels"):
 * - columns are series unless transposed (then rows are);
 * - with more than one column the first is the domain (labels / x-axis), the others are series;
 * - `numHeaders` rows on top are the series names; -1 (the default) lets Sheets guess (Sheets API
 *   BasicChartSpec.headerCount: "If not set, Google Sheets will guess how many rows are headers
 *   based on the data"): here the first row is a header when its series cells are text and the
 *   next row's are not;
 * - options follow Google Charts: `title`, `width`, `height` (pixels; Sheets' default embedded chart
 *   is 600 × 371), `legend` ({ position } or 'none'), `colors`, `series` ({ index: { color,
 *   lineDashStyle, lineWidth, visibleInLegend } }), `vAxis.format`, `hAxis.title`/`vAxis.title`, `interpolateNulls`, `isStacked`;
 *   dotted keys ("legend.position", as the typed builders record them) and nested objects both count.
 * - stacking (Google Charts bar/column/area charts, developers.google.com/chart/interactive/docs/gallery/barchart,
 *   "Stacked bar charts": `isStacked: true` — or 'absolute', "functionally equivalent" — stacks the series at
 *   each domain value, a blank cell adding nothing; 'percent'/'relative' rescale each stack and are not modelled:
 *   they are drawn as absolute stacks); `series.visibleInLegend: false` leaves a series out of the legend.
 */
import { utcTime } from '../../core/dates';
import type { GridRect } from './a1';
import type { ChartSpec, SpreadsheetModel } from './model';
import { isDate, type CellValue } from './values';

/**
 * Google Sheets' default series colours (the default theme's accent colours 1–6). Google Charts
 * line chart defaults (developers.google.com/chart/interactive/docs/gallery/linechart): legend
 * 'right', lineWidth 2, interpolateNulls false (a blank cell breaks the line).
 */
export const DEFAULT_SERIES_COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
export const DEFAULT_CHART_WIDTH = 600;
export const DEFAULT_CHART_HEIGHT = 371;
export const DEFAULT_LINE_WIDTH = 2;

export interface ChartCellRef extends GridRect {
  sheetId: number;
  sheetName: string;
}

/** One column (or row, transposed) of a chart's data. */
export interface ChartVector {
  /** The data cells (headers excluded). */
  ref: ChartCellRef;
  /** The header cell naming it, if any. */
  header: { ref: ChartCellRef; text: string } | null;
  /** Numbers (dates as serial day numbers), text, or null for a blank cell. */
  values: Array<number | string | null>;
  /** The number format of its first data cell ('' when none). */
  numberFormat: string;
}

export interface ChartSeries extends ChartVector {
  name: string;
  color: string;
  dashed: boolean;
  /** Pixels. */
  lineWidth: number;
  /** False when `series.visibleInLegend` is false. */
  inLegend: boolean;
}

export type LegendPosition = 'bottom' | 'top' | 'right' | 'left' | 'none';

export interface ResolvedChart {
  chartType: string;
  title: string;
  domain: ChartVector | null;
  series: ChartSeries[];
  legend: LegendPosition;
  /** The value axis number format (options vAxis.format), or null for the data's own. */
  valueFormat: string | null;
  /** Axis titles (options hAxis.title, vAxis.title: the horizontal and the vertical axis, whichever holds the values; the domain's axis
   * defaults to the domain's header, as Sheets infers it), null when none. */
  hAxisTitle: string | null;
  vAxisTitle: string | null;
  interpolateNulls: boolean;
  /** Series stacked at each domain value (option isStacked). */
  stacked: boolean;
  position: ChartSpec['position'];
  width: number;
  height: number;
}

/** An option by dotted path: the dotted key itself first, then the nested objects. */
export function chartOption(options: Record<string, unknown>, key: string): unknown {
  if (key in options) return options[key];
  let current: unknown = options;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function axisTitle(options: Record<string, unknown>, key: string): string | null {
  const title = chartOption(options, key);
  return typeof title === 'string' && title !== '' ? title : null;
}

/** Sheets serial day number of a date cell (local midnight based, as Sheets stores it). */
export function dateSerial(date: Date): number {
  const utc = utcTime(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds());
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function chartValue(value: CellValue | undefined): number | string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isDate(value)) return dateSerial(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return String(value);
}

function positive(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function legendOf(options: Record<string, unknown>): LegendPosition {
  const legend = chartOption(options, 'legend');
  const position = typeof legend === 'string' ? legend : chartOption(options, 'legend.position');
  const text = String(position ?? 'right').toLowerCase();
  return (['bottom', 'top', 'right', 'left', 'none'] as const).find((p) => p === text) ?? 'right';
}

/** Resolves a chart spec against the spreadsheet's cells; null when its ranges are gone (deleted sheet). */
export function resolveChart(model: SpreadsheetModel, spec: ChartSpec): ResolvedChart | null {
  type Line = { ref: ChartCellRef; headerRef: ChartCellRef | null };
  const lines: Line[] = [];
  let numHeaders = spec.numHeaders;
  // Vectors of every range, in order (each range the same way: columns, or rows when transposed).
  const rects = spec.ranges.flatMap((range) => {
    const sheet = model.sheetById(range.sheetId);
    return sheet ? [{ sheet, range }] : [];
  });
  if (rects.length === 0) return null;
  if (numHeaders < 0) {
    // Sheets' guess: the first row (column when transposed) names the series when it is text over data that is not.
    const { sheet, range } = rects[0];
    const across = spec.transpose ? range.numRows : range.numColumns;
    const depth = spec.transpose ? range.numColumns : range.numRows;
    let text = 0;
    let dataText = 0;
    for (let i = across > 1 ? 1 : 0; i < across; i++) {
      const first = spec.transpose ? sheet.value(range.row + i, range.column) : sheet.value(range.row, range.column + i);
      const second = depth > 1 ? (spec.transpose ? sheet.value(range.row + i, range.column + 1) : sheet.value(range.row + 1, range.column + i)) : '';
      if (typeof first === 'string' && first !== '') text += 1;
      if (typeof second === 'string' && second !== '') dataText += 1;
    }
    numHeaders = text > 0 && dataText === 0 && depth > 1 ? 1 : 0;
  }
  for (const { sheet, range } of rects) {
    const across = spec.transpose ? range.numRows : range.numColumns;
    const depth = spec.transpose ? range.numColumns : range.numRows;
    // Header rows (at most all but one); the first names the series.
    const headers = Math.max(0, Math.min(numHeaders, depth - 1));
    for (let i = 0; i < across; i++) {
      const at = (offset: number, length: number): ChartCellRef =>
        spec.transpose
          ? { sheetId: sheet.id, sheetName: sheet.name, row: range.row + i, column: range.column + offset, numRows: 1, numColumns: length }
          : { sheetId: sheet.id, sheetName: sheet.name, row: range.row + offset, column: range.column + i, numRows: length, numColumns: 1 };
      lines.push({ ref: at(headers, depth - headers), headerRef: headers > 0 ? at(0, 1) : null });
    }
  }
  const vector = (line: Line): ChartVector => {
    const sheet = model.sheetById(line.ref.sheetId);
    const values: ChartVector['values'] = [];
    const length = Math.max(line.ref.numRows, line.ref.numColumns);
    // Bounded by the data: trailing blank cells add nothing.
    for (let k = 0; k < length; k++) {
      const row = line.ref.row + (line.ref.numColumns > 1 ? 0 : k);
      const column = line.ref.column + (line.ref.numColumns > 1 ? k : 0);
      values.push(chartValue(sheet?.cell(row, column)?.value));
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    const headerValue = line.headerRef ? sheet?.value(line.headerRef.row, line.headerRef.column) : undefined;
    const header = line.headerRef ? { ref: line.headerRef, text: headerValue === undefined || headerValue === '' ? '' : isDate(headerValue) ? headerValue.toISOString().slice(0, 10) : String(headerValue) } : null;
    return { ref: line.ref, header, values, numberFormat: sheet?.cell(line.ref.row, line.ref.column)?.numberFormat ?? '' };
  };
  const domain = lines.length > 1 ? vector(lines[0]) : null;
  const options = spec.options;
  const colors = chartOption(options, 'colors');
  const seriesOptions = (chartOption(options, 'series') ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const series = (lines.length > 1 ? lines.slice(1) : lines).map((line, index): ChartSeries => {
    const v = vector(line);
    const own = seriesOptions[String(index)] ?? {};
    const color = typeof own.color === 'string' ? own.color : Array.isArray(colors) && typeof colors[index] === 'string' ? String(colors[index]) : DEFAULT_SERIES_COLORS[index % DEFAULT_SERIES_COLORS.length];
    const dash = own.lineDashStyle;
    return {
      ...v,
      name: v.header?.text || `Series ${index + 1}`,
      color: color.toLowerCase(),
      dashed: Array.isArray(dash) && dash.length > 0,
      lineWidth: positive(own.lineWidth ?? chartOption(options, 'lineWidth'), DEFAULT_LINE_WIDTH),
      inLegend: own.visibleInLegend !== false,
    };
  });
  const length = Math.max(domain?.values.length ?? 0, ...series.map((s) => s.values.length));
  // Every vector as long as the longest (a trailing blank in one series is still a point).
  for (const v of [...(domain ? [domain] : []), ...series]) while (v.values.length < length) v.values.push(null);
  const format = chartOption(options, 'vAxis.format');
  // The domain axis's title, when no option sets one, is the domain's header: Sheets API BasicChartAxis.title, "If set, this
  // overrides any title inferred from headers of the data" (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#basicchartaxis).
  // A bar chart's domain runs down its vertical axis. Which title Sheets infers for a value axis is not documented: none here.
  const inferred = domain?.header?.text ? domain.header.text : null;
  const horizontalDomain = spec.chartType !== 'BAR';
  return {
    chartType: spec.chartType,
    title: String(chartOption(options, 'title') ?? ''),
    domain,
    series,
    legend: legendOf(options),
    valueFormat: typeof format === 'string' && format !== '' ? format : null,
    hAxisTitle: axisTitle(options, 'hAxis.title') ?? (horizontalDomain ? inferred : null),
    vAxisTitle: axisTitle(options, 'vAxis.title') ?? (horizontalDomain ? null : inferred),
    interpolateNulls: chartOption(options, 'interpolateNulls') === true,
    stacked: ['absolute', 'percent', 'relative', true].includes(chartOption(options, 'isStacked') as string | boolean),
    position: { ...spec.position },
    width: positive(chartOption(options, 'width'), DEFAULT_CHART_WIDTH),
    height: positive(chartOption(options, 'height'), DEFAULT_CHART_HEIGHT),
  };
}
