/**
 * One preview session: a workbook loaded in memory in the emulator, with
 * the BUILT add-on (dist/Code.js) running on it. The HTTP server only
 * translates requests into calls on this object, and the e2e tests inspect
 * it directly (snapshots before/after a wizard run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, loadXlsx, toXlsxBuffer, type Emulator, type EmulatorOptions } from '../emulator';
import { adoptGuessedLocale } from '../workbook-locale';
import { loadAddon, type LoadedAddon } from '../runtime';
import { evaluateSheets, type FormulaSheet, type GridValue, type HighlightRule } from './formulas';

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
}

export interface SheetView {
  name: string;
  rows: GridCell[][];
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

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Sheets serial day number of a Date at local midnight (as HyperFormula expects for date arithmetic). */
function dateToSerial(date: Date): number {
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function decimalsOf(format: string): number {
  const match = /0[.,](0+)/.exec(format);
  return match ? match[1].length : 0;
}

/** Formats a value the way the sheet would roughly show it (percent and date formats honoured). */
export function displayText(value: unknown, format: string, french: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  if (isDate(value)) return french ? isoOf(value).split('-').reverse().join('/') : isoOf(value);
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
      if (literal) return french ? literal[1].replace('%', '\u00a0%') : literal[1];
      format = body;
    }
    const decimalMark = (text: string) => (french ? text.replace('.', ',') : text);
    if (format.includes('%')) return `${decimalMark((value * 100).toFixed(decimalsOf(format)))}${french ? '\u00a0%' : '%'}`;
    // A date-only format ("dd/mm/yyyy", "yyyy-mm-dd") on a serial number.
    if (/d{1,2}|y{2,4}/i.test(format) && !/[#0]/.test(format)) {
      const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
      const iso = date.toISOString().slice(0, 10);
      return french ? iso.split('-').reverse().join('/') : iso;
    }
    if (/0[.,]0/.test(format)) return decimalMark(value.toFixed(decimalsOf(format)));
    return decimalMark(String(Math.round(value * 1e6) / 1e6));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
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
      // Noon, so no time zone moves the day.
      emulatorOptions.clock = { start: `${options.today}T12:00:00`, msPerCall: 0 };
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
    // The person previewing speaks the workbook's language unless --locale says otherwise.
    if (!options.locale) emulator.session.userLocale = spreadsheet.getSpreadsheetLocale();
    const addon = loadAddon(emulator.globals);
    const session = new PreviewSession(emulator, addon, spreadsheet.getSpreadsheetLocale());
    if (source === 'example') addon.call('menuInsertExampleWorkbook');
    addon.call('onOpen', emulator.openEvent());
    return session;
  }

  private get spreadsheet(): Spreadsheet {
    return this.emulator.spreadsheet as unknown as Spreadsheet;
  }

  private get french(): boolean {
    return /^fr/i.test(this.locale);
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
    if (!this.addon.functionNames.includes(functionName) || /^[A-Z0-9_]+$/.test(functionName)) {
      throw new Error(`Script function not found: ${functionName}`);
    }
    const result = this.addon.call(functionName, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
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

  private readSheets(): Array<{ name: string; values: unknown[][]; formulas: string[][]; formats: string[][]; backgrounds: string[][] }> {
    return this.spreadsheet.getSheets().map((sheet) => {
      const rows = Math.max(sheet.getLastRow(), 1);
      const columns = Math.max(sheet.getLastColumn(), 1);
      const range = sheet.getRange(1, 1, rows, columns);
      const optional = <T>(read: () => T[][], fill: T): T[][] => {
        try {
          return read();
        } catch {
          return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
        }
      };
      return {
        name: sheet.getName(),
        values: range.getValues(),
        formulas: optional(() => range.getFormulas(), ''),
        formats: optional(() => range.getNumberFormats(), ''),
        backgrounds: optional(() => range.getBackgrounds(), '#ffffff'),
      };
    });
  }

  state(toastsSeen = 0, alertsSeen = 0): PreviewState {
    const sheets = this.readSheets();
    const formulaSheets: FormulaSheet[] = sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.values.map((row, r) =>
        row.map((value, c): GridValue => {
          const formula = sheet.formulas[r]?.[c];
          if (formula) return formula;
          if (isDate(value)) return dateToSerial(value);
          return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : value === null || value === undefined ? '' : String(value);
        }),
      ),
    }));
    const { values: evaluated, highlights } = evaluateSheets(formulaSheets, (name, args) => this.addon.call(name, ...args), this.highlightRules());
    const views: SheetView[] = sheets.map((sheet, s) => ({
      name: sheet.name,
      rows: sheet.values.map((row, r) =>
        row.map((value, c) => {
          const formula = sheet.formulas[r]?.[c] ?? '';
          // Blank cells may show the spill of an array formula above them.
          const shown = formula || value === '' ? evaluated[s][r][c] : value;
          const background = highlights[s].get(`${r}:${c}`) ?? sheet.backgrounds[r]?.[c];
          const cell: GridCell = { text: displayText(shown, sheet.formats[r]?.[c] ?? '', this.french) };
          if (formula) cell.formula = formula;
          if (background && background.toLowerCase() !== '#ffffff') cell.background = background;
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
    for (const sheet of this.readSheets()) {
      out[sheet.name] = sheet.values.map((row, r) =>
        row.map((value, c) => ({ value: isDate(value) ? { date: isoOf(value) } : value, formula: sheet.formulas[r]?.[c] ?? '', format: sheet.formats[r]?.[c] ?? '' })),
      );
    }
    return out;
  }

  toXlsx(): Promise<Buffer> {
    return toXlsxBuffer(this.emulator);
  }
}
