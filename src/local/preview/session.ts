/**
 * One preview session: a workbook loaded in memory in the emulator, with
 * the BUILT add-on (dist/Code.js) running on it. The HTTP server only
 * translates requests into calls on this object, and the e2e tests inspect
 * it directly (snapshots before/after a wizard run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, formatDate, loadXlsx, toXlsxBuffer, xlsxReadWarnings, type Emulator, type EmulatorOptions } from '../emulator';
import { t } from '../../core/messages/cli';
import { reportPrintSetup } from '../report-print';
import { resolveChart, type ResolvedChart } from '../emulator/chart-data';
import { DEFAULT_COLUMN_WIDTH } from '../emulator/sheet';
import { DEFAULT_NUMBER_FORMAT, formatDatePattern, formatNumberPattern, isDate, isDateFormat, localeDateFormat, serialToDate } from '../emulator/values';
import { adoptGuessedLocale } from '../workbook-locale';
import { loadAddon, type LoadedAddon } from '../runtime';
import { callThroughBridge } from '../script-run';
import { evaluateSheets, type HighlightRule } from './formulas';
import { cachedResults, dateCrossing, formulaSheets, readSheets } from './cached-results';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DEFAULT_WORKBOOK = path.resolve(__dirname, '../../../examples/sales-goals.xlsx');

export interface PreviewOptions {
  /** An .xlsx path, or 'example' for the add-on's example workbook built in memory. */
  workbook?: string;
  /** Spreadsheet and user locale, e.g. 'en_US' or 'fr_FR'. */
  locale?: string;
  timeZone?: string;
  /** Freezes "today" for the add-on (YYYY-MM-DD), for demos and screenshots that must not drift. */
  today?: string;
}

export interface GridCell {
  /** What the cell shows. */
  text: string;
  /** The formula, when there is one. */
  formula?: string;
  background?: string;
  bold?: boolean;
  /** Font size in points, when not Sheets' default 10. */
  size?: number;
  /** A custom function's thrown message: Sheets shows #ERROR! in the cell and this as its error tooltip. */
  error?: string;
}

/** An embedded chart as the page draws it (SVG over the grid), resolved from the emulator's chart model. */
export interface PreviewChart {
  chartType: string;
  title: string;
  /** 1-based anchor cell and pixel offsets, as Sheet.insertChart placed it. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  legend: 'bottom' | 'top' | 'right' | 'left' | 'none';
  interpolateNulls: boolean;
  /** The x-axis labels as the cells show them. */
  categories: string[];
  series: Array<{ name: string; color: string; dashed: boolean; lineWidth: number; inLegend: boolean; values: Array<number | null> }>;
  /** Bars stacked at each category (isStacked). */
  stacked: boolean;
  /** Value-axis gridlines with their labels (vAxis.format, else the data's format). */
  ticks: Array<{ value: number; label: string }>;
}

export interface SheetView {
  name: string;
  rows: GridCell[][];
  /** Pixel width of each shown column (Sheet.setColumnWidth; 100 by default), so charts sit where Sheets puts them. */
  columnWidths: number[];
  charts: PreviewChart[];
}

export interface PreviewState {
  title: string;
  sheets: SheetView[];
  active: { sheet: string; row: number; column: number; numRows: number; numColumns: number } | null;
  menu: { title: string; items: Array<{ caption: string; functionName: string } | 'separator'> } | null;
  toasts: Array<{ title: string; message: string }>;
  alerts: string[];
  /** Increments each time the add-on opens a sidebar (the page reloads its panel). */
  sidebarVersion: number;
  sidebarTitle: string | null;
}

/** Raw cell contents for "nothing else changed" comparisons (values as JSON, formulas, number formats). */
export type WorkbookSnapshot = Record<string, Array<Array<{ value: unknown; formula: string; format: string }>>>;

/** The day a Date from Apps Script stands for: its day in the spreadsheet's zone (default: the process's). */
function isoOf(date: Date, timeZone?: string): string {
  if (timeZone) return formatDate(date, timeZone, 'yyyy-MM-dd');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function decimalsOf(format: string): number {
  const match = /0[.,](0+)/.exec(format);
  return match ? match[1].length : 0;
}

/** Formats a value the way the sheet would roughly show it (percent and date formats honoured). */
export function displayText(value: unknown, format: string, locale: string | boolean, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  const tag = typeof locale === 'string' ? locale : locale ? 'fr_FR' : 'en_US';
  const french = /^fr/i.test(tag);
  // A date shows in its cell's date format, else in the locale's default one (3/31/2027 in en_US, 31/03/2027 in fr_FR),
  // as Sheets shows it; the preview showed every date of a non-French sheet as 2027-03-31.
  if (isDate(value)) return formatDatePattern(new Date(`${isoOf(value, timeZone)}T00:00:00Z`), isDateFormat(format) ? format : localeDateFormat(tag, false));
  if (typeof value === 'number') {
    // Conditional sections ("[<0.005]"<1%";[>0.995]">99%";0%"), as Sheets shows them: the first section whose
    // condition holds, else the last; a quoted literal section is shown as is.
    const sections = format.split(';');
    if (sections.length > 1 && /^\[[<>=]/.test(sections[0])) {
      const chosen =
        sections.find((section) => {
          const m = /^\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/.exec(section);
          if (!m) return false;
          const bound = Number(m[2]);
          return { '<': value < bound, '>': value > bound, '<=': value <= bound, '>=': value >= bound, '=': value === bound, '<>': value !== bound }[m[1]] ?? false;
        }) ?? sections[sections.length - 1];
      const body = chosen.replace(/^\[[^\]]*\]/, '');
      const literal = /^"([^"]*)"$/.exec(body);
      // "<1%" reads "<1 %" in French; a literal already spaced ("<1\u202f%", Check goals' French format) keeps its one space.
      if (literal) return french ? literal[1].replace(/(?<=\d)%/, '\u00a0%') : literal[1];
      format = body;
    }
    const decimalMark = (text: string) => (french ? text.replace('.', ',') : text);
    if (format.includes('%')) return `${decimalMark((value * 100).toFixed(decimalsOf(format)))}${french ? '\u00a0%' : '%'}`;
    // A date-only format ("dd/mm/yyyy", "M/d/yyyy", "yyyy-mm-dd") on a serial number: that format.
    if (/d{1,2}|y{2,4}/i.test(format) && !/[#0]/.test(format)) return formatDatePattern(serialToDate(Math.round(value)), format);
    // Number and money formats as Sheets shows them (grouping, currency, decimals), in the locale's separators.
    if (format && format !== '@' && !/^general$/i.test(format) && /[#0]/.test(format)) return formatNumberPattern(value, format, tag);
    return decimalMark(String(Math.round(value * 1e6) / 1e6));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A formula's date result (its serial number, the wall clock in the spreadsheet's zone) in the cell's date format, else
 * the locale's default date or date-time format: NOW() "Returns the current date and time as a date value" and shows
 * both in Sheets (12/3/2026 14:05:09 in en_US), TODAY()+1 a date only (Docs Editors Help, NOW and TODAY). Read straight
 * from the serial: the Date round trip through the day's ISO text lost the time.
 */
function dateResultText(serial: number, format: string, locale: string, withTime: boolean): string {
  return formatDatePattern(serialToDate(serial), isDateFormat(format) ? format : localeDateFormat(locale, withTime));
}

/** Round steps (1, 2, 2.5, 5 × 10^n) covering [min, max] with about five gridlines. */
function niceTicks(min: number, max: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Bounded: at most a dozen gridlines whatever the data.
  for (let value = start, n = 0; value <= max + step * 1e-9 && n < 12; value += step, n++) ticks.push(Number(value.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** An axis label: the cell text, with thousands grouped when the format groups them ("#,##0.##"). */
function tickLabel(value: number, format: string, french: boolean): string {
  if (format.includes('%') || !/#,##0/.test(format)) return displayText(value, format, french);
  const decimals = /[.]([0#]+)/.exec(format)?.[1].length ?? 0;
  return new Intl.NumberFormat(french ? 'fr-FR' : 'en-US', { maximumFractionDigits: decimals }).format(value);
}

/** A resolved chart as the page's plain data, with labels formatted for the spreadsheet's language. */
export function previewChart(chart: ResolvedChart, locale: string | boolean): PreviewChart {
  const french = typeof locale === 'string' ? /^fr/i.test(locale) : locale;
  const series = chart.series.map((s) => ({ name: s.name, color: s.color, dashed: s.dashed, lineWidth: s.lineWidth, inLegend: s.inLegend, values: s.values.map((v) => (typeof v === 'number' ? v : null)) }));
  const stacked = chart.stacked && (chart.chartType === 'BAR' || chart.chartType === 'COLUMN');
  // Stacked bars reach the sum of their positive parts (a blank adds nothing).
  const sums = stacked ? Array.from({ length: Math.max(0, ...series.map((s) => s.values.length)) }, (_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)) : [];
  const numbers = [...series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...sums];
  // Sheets starts a value axis at zero unless all values are far from it.
  const low = numbers.length ? numbers.reduce((a, b) => Math.min(a, b)) : 0;
  const high = numbers.length ? numbers.reduce((a, b) => Math.max(a, b)) : 1;
  const min = low >= 0 && low < high / 2 ? 0 : low;
  const format = chart.valueFormat ?? chart.series[0]?.numberFormat ?? '';
  const domain = chart.domain;
  const length = Math.max(domain?.values.length ?? 0, ...series.map((s) => s.values.length));
  return {
    chartType: chart.chartType,
    title: chart.title,
    anchor: { ...chart.position },
    width: chart.width,
    height: chart.height,
    legend: chart.legend,
    interpolateNulls: chart.interpolateNulls,
    stacked,
    categories: Array.from({ length }, (_, i) => (domain ? displayText(domain.values[i] ?? '', domain.numberFormat, locale) : String(i + 1))),
    series,
    ticks: niceTicks(min, high).map((value) => ({ value, label: tickLabel(value, format, french) })),
  };
}

/** The instant of noon on `day` (YYYY-MM-DD) in the time zone `timeZone` (UTC when Intl does not know it). */
export function noonIn(day: string, timeZone: string): number {
  const utcNoon = Date.parse(`${day}T12:00:00Z`);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(utcNoon);
  } catch {
    return utcNoon;
  }
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // The zone's wall clock at UTC noon, read as if it were UTC: the difference is the zone's offset that day.
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return utcNoon - (wall - utcNoon);
}

export class PreviewSession {
  private constructor(
    readonly emulator: Emulator,
    readonly addon: LoadedAddon,
    readonly locale: string,
  ) {}

  static async open(options: PreviewOptions = {}): Promise<PreviewSession> {
    // An .xlsx remembers its locale and time zone: only explicit options override them.
    const emulatorOptions: EmulatorOptions = { name: 'SMART Goals preview' };
    if (options.locale) {
      emulatorOptions.spreadsheetLocale = options.locale;
      emulatorOptions.userLocale = options.locale;
    }
    if (options.timeZone) emulatorOptions.timeZone = options.timeZone;
    if (options.today) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(Date.parse(options.today))) throw new Error(`--today must be a date like 2026-11-26, not ${options.today}`);
      // Set to noon of that day in the workbook's own zone once the workbook is read (`noonIn`, below).
      emulatorOptions.clock = { start: `${options.today}T12:00:00Z`, msPerCall: 0 };
    }
    const source = options.workbook ?? (existsSync(DEFAULT_WORKBOOK) ? DEFAULT_WORKBOOK : 'example');
    let emulator: Emulator;
    if (source === 'example') {
      emulator = createEmulator(emulatorOptions);
    } else {
      if (!existsSync(source)) throw new Error(`No such workbook: ${source}`);
      delete emulatorOptions.name;
      emulator = await loadXlsx(source, emulatorOptions);
    }
    // A file without a remembered locale whose text is French is read as fr_FR.
    if (!options.locale && source !== 'example') adoptGuessedLocale(emulator);
    const spreadsheet = emulator.spreadsheet as unknown as Spreadsheet;
    // The add-on's today is the day in the SPREADSHEET's zone (Spreadsheet.getSpreadsheetTimeZone): --today is noon there,
    // not in this process's zone — twelve hours do not cover UTC+13 (Auckland in December) against UTC (audit62).
    if (options.today && emulator.clock) emulator.clock.advance(noonIn(options.today, spreadsheet.getSpreadsheetTimeZone()) - emulator.clock.now());
    // The person previewing speaks the workbook's language unless --locale says otherwise.
    if (!options.locale) emulator.session.userLocale = spreadsheet.getSpreadsheetLocale();
    // Merges the reader skipped (two sharing a cell) are said in the terminal running the preview, as the CLI says
    // them; the preview's download is a new file, never the workbook read, so nothing is refused.
    const said = emulator.session.userLocale.startsWith('fr') ? 'fr' : 'en';
    for (const merge of xlsxReadWarnings(emulator)) console.warn(t(said, 'cli.report.mergeSkipped', { tab: merge.tab, kept: merge.kept, skipped: merge.skipped }));
    const addon = loadAddon(emulator.globals);
    const session = new PreviewSession(emulator, addon, spreadsheet.getSpreadsheetLocale());
    if (source === 'example') addon.call('menuInsertExampleWorkbook');
    addon.call('onOpen', emulator.openEvent());
    return session;
  }

  private get spreadsheet(): Spreadsheet {
    return this.emulator.spreadsheet as unknown as Spreadsheet;
  }

  /** Runs a menu handler of the add-on (Check goals, plan report, …). */
  runMenu(functionName: string): void {
    const menu = this.menu();
    const allowed = menu?.items.some((item) => item !== 'separator' && item.functionName === functionName);
    if (!allowed) throw new Error(`Not an add-on menu item: ${functionName}`);
    this.addon.call(functionName);
  }

  /** A google.script.run call from the sidebar: JSON in, JSON out, exactly like the real bridge. */
  rpc(functionName: string, args: unknown[]): unknown {
    // Like Apps Script: top-level functions of the script only (not custom functions, not inherited properties).
    // Nor private ones, whose name ends with "_" (HTML Service guide, "Private functions").
    if (!this.addon.functionNames.includes(functionName) || /^[A-Z0-9_]+$/.test(functionName) || functionName.endsWith('_')) {
      throw new Error(`Script function not found: ${functionName}`);
    }
    // google.script.run's rules (src/local/script-run.ts): the page's shim already refused illegal
    // parameters; what the server returns is delivered as Google delivers it (a Date anywhere → null),
    // and a violation is logged so it shows while developing.
    return callThroughBridge(this.addon, functionName, args, {
      strict: false,
      onViolation: (error) => console.warn(error.message),
    });
  }

  menu(): PreviewState['menu'] {
    const menus = this.emulator.ui.menus;
    const menu = menus[menus.length - 1];
    if (!menu) return null;
    const items: NonNullable<PreviewState['menu']>['items'] = [];
    for (const item of menu.items) {
      if (item === 'separator') items.push('separator');
      else if ('functionName' in item) items.push({ caption: item.caption, functionName: item.functionName });
    }
    return { title: menu.title, items };
  }

  /** The HTML the add-on last handed to showSidebar, or null. */
  sidebarHtml(): string | null {
    const sidebars = this.emulator.ui.sidebars;
    return sidebars.length ? sidebars[sidebars.length - 1].html : null;
  }

  /** The spreadsheet's time zone: Dates from Apps Script are read in it. */
  private timeZone(): string {
    return this.emulator.context.model.timeZone;
  }

  state(toastsSeen = 0, alertsSeen = 0): PreviewState {
    const sheets = readSheets(this.spreadsheet);
    const { values: evaluated, highlights, errors, dates, dateTimes } = evaluateSheets(formulaSheets(sheets, this.timeZone()), (name, args) => this.addon.call(name, ...args), this.highlightRules(), dateCrossing(this.timeZone()));
    const model = this.emulator.context.model;
    const views: SheetView[] = sheets.map((sheet, s) => ({
      name: sheet.name,
      // The evaluated grid: the sheet's cells, and the rows and columns an array result spills into past them.
      columnWidths: Array.from({ length: evaluated[s][0]?.length ?? 0 }, (_, c) => model.sheetByName(sheet.name)?.columnWidths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH),
      charts: (model.sheetByName(sheet.name)?.charts ?? []).flatMap((spec) => {
        const chart = resolveChart(model, spec);
        return chart ? [previewChart(chart, this.locale)] : [];
      }),
      // evaluateSheets gives every sheet a grid at least its size (larger where an array result spills past it).
      rows: evaluated[s].map((row, r) =>
        row.map((computed, c) => {
          const value: unknown = sheet.values[r]?.[c] ?? '';
          const formula = sheet.formulas[r]?.[c] ?? '';
          // Blank cells may show the spill of an array formula above them.
          // A date result (=TODAY()+90, DATE(…), a custom function's Date) shows as a date where no format says otherwise.
          const format = sheet.formats[r]?.[c] ?? '';
          const asDate = (formula || value === '') && typeof computed === 'number' && dates[s].has(`${r}:${c}`) && (format === DEFAULT_NUMBER_FORMAT || !/[#0]/.test(format));
          const background = highlights[s].get(`${r}:${c}`) ?? sheet.backgrounds[r]?.[c];
          const text = asDate
            ? dateResultText(computed, format, this.locale, dateTimes[s].has(`${r}:${c}`))
            : displayText(formula || value === '' ? computed : value, format, this.locale, this.timeZone());
          const cell: GridCell = { text };
          if (formula) cell.formula = formula;
          const error = formula ? errors[s].get(`${r}:${c}`) : undefined;
          if (error !== undefined) cell.error = error;
          if (background && background.toLowerCase() !== '#ffffff') cell.background = background;
          if (sheet.weights[r]?.[c] === 'bold') cell.bold = true;
          const size = sheet.sizes[r]?.[c];
          if (typeof size === 'number' && size !== 10) cell.size = size;
          return cell;
        }),
      ),
    }));
    let active: PreviewState['active'];
    try {
      const range = this.spreadsheet.getActiveRange();
      if (range) active = { sheet: range.getSheet().getName(), row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
      else active = { sheet: this.spreadsheet.getActiveSheet().getName(), row: 1, column: 1, numRows: 1, numColumns: 1 };
    } catch {
      active = null;
    }
    const ui = this.emulator.ui;
    const sidebars = ui.sidebars;
    return {
      title: this.spreadsheet.getName(),
      sheets: views,
      active,
      menu: this.menu(),
      toasts: ui.toasts.slice(toastsSeen).map((toast) => ({ title: toast.title, message: toast.message })),
      alerts: ui.alerts.slice(alertsSeen),
      sidebarVersion: sidebars.length,
      sidebarTitle: sidebars.length ? sidebars[sidebars.length - 1].title : null,
    };
  }

  /**
   * "Custom formula" conditional-format rules with a background, read from the
   * emulator's data model (no service call): how Check goals highlights flagged rows.
   */
  private highlightRules(): Record<string, HighlightRule[]> {
    const out: Record<string, HighlightRule[]> = {};
    for (const sheet of this.emulator.context.model.sheets) {
      const rules: HighlightRule[] = [];
      for (const rule of sheet.conditionalRules) {
        const formula = rule.values[0];
        const background = rule.format.background;
        if (rule.criteria !== 'CUSTOM_FORMULA' || typeof formula !== 'string' || !background) continue;
        rules.push({ formula, background, ranges: rule.ranges.filter((range) => range.sheetId === sheet.id) });
      }
      if (rules.length) out[sheet.name] = rules;
    }
    return out;
  }

  /** Every cell's raw value, formula and number format, for before/after comparisons. */
  snapshot(): WorkbookSnapshot {
    const out: WorkbookSnapshot = {};
    for (const sheet of readSheets(this.spreadsheet)) {
      out[sheet.name] = sheet.values.map((row, r) =>
        row.map((value, c) => ({ value: isDate(value) ? { date: isoOf(value, this.timeZone()) } : value, formula: sheet.formulas[r]?.[c] ?? '', format: sheet.formats[r]?.[c] ?? '' })),
      );
    }
    return out;
  }

  /**
   * The workbook as an .xlsx, each formula cell with the value the preview shows as its cached result (review 21): the
   * emulator does not run custom functions, so `=SMARTSCORE(…)` had none, and LibreOffice — which does not recalculate
   * an .xlsx on load by default and has no such function — showed #NAME?. A custom function's Date is written as a date
   * (the serial days it was returned as), as Sheets shows it; an array result's other cells as plain values, listed in the
   * file so the emulator reads them blank again (fixes56: LibreOffice showed the first cell only).
   */
  toXlsx(): Promise<Buffer> {
    return toXlsxBuffer(this.emulator, { printSetup: reportPrintSetup(this.emulator), ...cachedResults(this.emulator, this.addon) });
  }
}
