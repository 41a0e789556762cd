/**
 * .xlsx ↔ emulator, with exceljs.
 *
 * Survives a round trip: sheets in order (with hidden state and tab colour), values (numbers,
 * strings, booleans, dates as Date objects), formulas with their cached results, number formats,
 * solid fills (backgrounds), notes, bold / font colour / italic / alignment / wrap, merged cells,
 * column widths, hidden columns and rows, frozen rows and columns, data validation (dropdown lists
 * and number rules natively; every rule exactly through the state sheet).
 *
 * Kept from the original file although Apps Script cannot see them (best effort: an extra exceljs
 * cannot read or write is dropped rather than failing the file): borders and full fonts,
 * rich-text runs and hyperlinks (while the cell keeps the same text), defined names, auto-filters,
 * page setup, images, and conditional formats the emulator cannot represent (colour scales, data
 * bars, icon sets). Sheet-level extras do not move when rows/columns are inserted.
 *
 * Conditional format rules are written as Excel rules where Excel has an equivalent (custom
 * formula, number comparisons, text contains) so highlighting shows in Excel, and read back from
 * foreign workbooks the same way (colour scales, data bars, icon sets are not read).
 *
 * Charts are written as native DrawingML charts (see ./xlsx-charts.ts) that Excel, LibreOffice and
 * Google Sheets open as editable charts, and read back from the file's line/area/bar charts.
 *
 * Not native to xlsx but kept: the spreadsheet's locale, time zone and name, document properties,
 * developer metadata, conditional format rules (exactly) and validations are stored as JSON in a
 * custom XML part (no sheet: nothing the user sees; explicit loadXlsx options win over its
 * locale/time zone). Files from earlier versions kept them in a "veryHidden" sheet named
 * {@link STATE_SHEET_NAME}; it is still read, and removed from the emulated spreadsheet on load.
 * Rich text loses its runs (plain text kept), hyperlinks keep their text, data validation and images are
 * dropped. A loaded sheet has at least 1000 rows × 26 columns, like a new Google Sheets tab.
 * Tab names Excel refuses (/, :, ?, *, [, ], over 31 characters…) are written adjusted and restored
 * on load from the state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { parseA1, quoteSheetName, rectsIntersect, rectToA1, splitSheetName, type GridRect } from './a1';
import { DEFAULT_LINE_WIDTH, DEFAULT_SERIES_COLORS, resolveChart, type ResolvedChart } from './chart-data';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
import { DEFAULT_COLUMN_WIDTH } from './sheet';
import { CELL_PADDING_PX, textWidthPx } from '../../core/plan/text-width';
import { addPackageExtras, chartLanguage, localeTagged, readPackageExtras, type NativeChart } from './xlsx-charts';
import type { ChartSpec, ConditionalRuleSpec, DeveloperMetadataRecord, MetadataLocation, SheetModel, SpreadsheetModel } from './model';
import { DEFAULT_NUMBER_FORMAT, isDate, localeDateFormat, type Cell, type CellStyle, type CellValidation, type CellValue, type XlsxPassthrough } from './values';

// exceljs is loaded on first use: emulator users that never touch a file skip its ~0.25 s load.
const load = createRequire(__filename);
let excelModule: typeof ExcelJS | null = null;
function excel(): typeof ExcelJS {
  excelModule ??= load('exceljs') as typeof ExcelJS;
  return excelModule;
}

export const STATE_SHEET_NAME = '__smart_goals_emulator_state__';
const STATE_MARKER = 'smart-goals-emulator-state/v1';
const PIXELS_PER_WIDTH_UNIT = 7;

/**
 * Why a workbook could not be read: `kind` lets a CLI show its own localized message, `message`
 * is a plain English fallback.
 */
export class XlsxError extends Error {
  constructor(
    readonly kind: 'not-found' | 'not-xlsx' | 'unreadable',
    /** The path given, or 'the workbook' for a buffer. */
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

// ------------------------------------------------------------------ dates

/** exceljs dates are UTC instants standing for a wall-clock time, as the model's (see CellValue): copies. */
function fromExcelDate(date: Date): Date {
  return new Date(date.getTime());
}

function toExcelDate(date: Date): Date {
  return new Date(date.getTime());
}

// ------------------------------------------------------------------ colours

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

// ------------------------------------------------------------------ reading

type ExcelValue = ExcelJS.CellValue;

function scalar(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return fromExcelDate(value);
  if (typeof value === 'object' && 'error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return String(value);
}

function readValue(value: ExcelValue): { value: CellValue; formula?: string } {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'object' && !isDate(value)) {
    if ('formula' in value && typeof value.formula === 'string') return { value: scalar(value.result), formula: `=${value.formula}` };
    if ('sharedFormula' in value) {
      const shared = value as ExcelJS.CellSharedFormulaValue;
      return { value: scalar(shared.result), ...(shared.formula ? { formula: `=${shared.formula}` } : {}) };
    }
    if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
    if ('hyperlink' in value && 'text' in value) return { value: String(value.text) };
  }
  return { value: scalar(value) };
}

function readNote(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note || undefined;
  const text = (note.texts ?? []).map((run) => run.text).join('');
  return text || undefined;
}

/** JSON copy of an exceljs style part (they are plain data). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sheets' default font (see the writer). */
const SHEETS_FONT: Partial<ExcelJS.Font> = { name: 'Arial', size: 10 };
/** The same as a workbook's base font (styles.xml's first font, §18.8.22 `font`). */
const SHEETS_BASE_FONT = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

/** The Apps Script-visible text style of an exceljs font. */
function fontStyle(font: Partial<ExcelJS.Font> | undefined): CellStyle {
  const style: CellStyle = {};
  if (font?.bold) style.fontWeight = 'bold';
  if (font?.italic) style.fontStyle = 'italic';
  // 10 (Sheets) and 11 (Excel) are the defaults a workbook's base style carries.
  if (font?.size && font.size !== 10 && font.size !== 11) style.fontSize = font.size;
  const fontColor = argbToHex(font?.color?.argb);
  if (fontColor && fontColor !== '#000000') style.fontColor = fontColor;
  return style;
}

/** The file's font with the text style the emulated spreadsheet now has (user changes win). */
function mergedFont(raw: Partial<ExcelJS.Font> | undefined, style: CellStyle): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = raw ? plain(raw) : {};
  const before = fontStyle(raw);
  if (style.fontWeight !== before.fontWeight) {
    if (style.fontWeight === 'bold') font.bold = true;
    else delete font.bold;
  }
  if (style.fontStyle !== before.fontStyle) {
    if (style.fontStyle === 'italic') font.italic = true;
    else delete font.italic;
  }
  if (style.fontSize !== before.fontSize) {
    if (style.fontSize) font.size = style.fontSize;
    else delete font.size;
  }
  if (style.fontColor !== before.fontColor) {
    if (style.fontColor && /^#[0-9a-f]{6}$/.test(style.fontColor)) font.color = { argb: hexToArgb(style.fontColor) };
    else delete font.color;
  }
  return font;
}

/** An image's anchors as plain positions (exceljs anchors point back at their worksheet). */
function imageRange(range: ExcelJS.ImageRange): unknown {
  const anchor = (a: unknown): { col: number; row: number } | undefined => {
    const point = a as { col?: number; row?: number } | undefined;
    return point && typeof point.col === 'number' && typeof point.row === 'number' ? { col: point.col, row: point.row } : undefined;
  };
  const raw = range as unknown as { tl: unknown; br?: unknown; ext?: { width: number; height: number }; editAs?: string };
  const out: Record<string, unknown> = { tl: anchor(raw.tl) };
  const br = anchor(raw.br);
  if (br) out.br = br;
  if (raw.ext) out.ext = { width: raw.ext.width, height: raw.ext.height };
  if (raw.editAs) out.editAs = raw.editAs;
  return out;
}

function readPassthrough(source: ExcelJS.Cell): XlsxPassthrough | undefined {
  const xlsx: XlsxPassthrough = {};
  if (source.border && Object.keys(source.border).length > 0) xlsx.border = plain(source.border);
  if (source.font && Object.keys(source.font).length > 0) xlsx.font = plain(source.font);
  const value = source.value;
  if (value && typeof value === 'object' && !isDate(value)) {
    if ('richText' in value) {
      xlsx.text = value.richText.map((run) => run.text).join('');
      xlsx.richText = plain(value.richText);
    } else if ('hyperlink' in value && 'text' in value) {
      xlsx.text = String(value.text);
      xlsx.hyperlink = String(value.hyperlink);
      if (value.tooltip) xlsx.tooltip = String(value.tooltip);
    }
  }
  return Object.keys(xlsx).length > 0 ? xlsx : undefined;
}

function readCell(source: ExcelJS.Cell): Cell | undefined {
  // exceljs translates shared formulas (fill-downs) for each cell in `formula`; the value object
  // of such a cell only names its master.
  const translated = typeof source.formula === 'string' && source.formula !== '' ? source.formula : null;
  const read = readValue(source.value);
  const formula = translated ? `=${translated}` : read.formula;
  // cell.value drops falsy cached results (0, false); cell.result keeps them.
  const value = formula ? scalar(source.result) : read.value;
  const cell: Cell = { value };
  if (formula) cell.formula = formula;
  const numFmt = source.numFmt;
  if (numFmt && numFmt !== 'General') cell.numberFormat = numFmt;
  const fill = source.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = argbToHex(fill.fgColor?.argb);
    if (color && color !== '#ffffff') cell.background = color;
  }
  const note = readNote(source.note);
  if (note) cell.note = note;
  const style: CellStyle = fontStyle(source.font);
  const alignment = source.alignment;
  if (alignment?.horizontal && ['left', 'center', 'right'].includes(alignment.horizontal)) style.horizontalAlignment = alignment.horizontal;
  if (alignment?.vertical && ['top', 'middle'].includes(alignment.vertical)) style.verticalAlignment = alignment.vertical;
  if (alignment?.wrapText) style.wrap = true;
  if (Object.keys(style).length > 0) cell.style = style;
  const xlsx = readPassthrough(source);
  if (xlsx) cell.xlsx = xlsx;
  const empty = cell.value === '' && !cell.formula && !cell.numberFormat && !cell.background && !cell.note && !cell.style && !cell.validation && !cell.xlsx?.border;
  return empty ? undefined : cell;
}

interface PersistedState {
  spreadsheet?: { locale: string; timeZone: string; name: string };
  /** Tab names Excel could not take as they are (Excel name → Sheets name). */
  sheetNames?: Record<string, string>;
  documentProperties: Record<string, string>;
  developerMetadata: Array<Omit<DeveloperMetadataRecord, 'location'> & { location: PersistedLocation }>;
  /** `charts` only in files written before charts became native chart parts (still read). */
  sheets: Record<string, { conditionalRules: PersistedRule[]; charts?: PersistedChart[]; validations?: PersistedValidation[]; spilled?: string[] }>;
}
type PersistedLocation = { type: 'SPREADSHEET' } | { type: 'SHEET'; sheet: string } | { type: 'ROW' | 'COLUMN'; sheet: string; index: number };
type PersistedRect = Omit<ConditionalRuleSpec['ranges'][number], 'sheetId'> & { sheet: string };
type PersistedRule = Omit<ConditionalRuleSpec, 'ranges' | 'values'> & { ranges: PersistedRect[]; values: unknown[] };
type PersistedChart = Omit<ChartSpec, 'ranges'> & { ranges: PersistedRect[] };
/** One rule and the A1 addresses of the cells that carry it. */
type PersistedValidation = { cells: string[]; rule: CellValidation };

function reviveValue(value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value) return new Date(String((value as { $date: unknown }).$date));
  return value;
}

function applyState(model: SpreadsheetModel, state: PersistedState, documentProperties: Map<string, string>, options: EmulatorOptions, session: { userLocale: string }): void {
  const sheetId = (name: string): number | null => model.sheetByName(name)?.id ?? null;
  // Explicit options win over what the file remembers.
  if (state.spreadsheet) {
    if (!options.spreadsheetLocale && state.spreadsheet.locale) {
      model.locale = state.spreadsheet.locale;
      // Like createEmulator: the user's language follows the spreadsheet's unless given.
      if (!options.userLocale) session.userLocale = state.spreadsheet.locale.split(/[_-]/)[0].toLowerCase() || session.userLocale;
    }
    if (!options.timeZone && state.spreadsheet.timeZone) model.timeZone = state.spreadsheet.timeZone;
    if (!options.name && state.spreadsheet.name) model.name = state.spreadsheet.name;
  }
  for (const [key, value] of Object.entries(state.documentProperties ?? {})) documentProperties.set(key, String(value));
  for (const record of state.developerMetadata ?? []) {
    let location: MetadataLocation;
    const loc = record.location;
    if (loc.type === 'SPREADSHEET') location = { type: 'SPREADSHEET' };
    else {
      const id = sheetId(loc.sheet);
      if (id === null) continue;
      location = loc.type === 'SHEET' ? { type: 'SHEET', sheetId: id } : { type: loc.type, sheetId: id, index: loc.index };
    }
    model.developerMetadata.push({ id: model.newMetadataId(), key: record.key, value: record.value, visibility: record.visibility, location });
  }
  const rects = (ranges: PersistedRect[]): ConditionalRuleSpec['ranges'] =>
    ranges.flatMap(({ sheet, ...rect }) => {
      const id = sheetId(sheet);
      return id === null ? [] : [{ sheetId: id, ...rect }];
    });
  // In the workbook's order (chart ids follow it), each sheet's own entry: not the record's key order.
  const savedSheets = state.sheets ?? {};
  for (const sheet of model.sheets) {
    if (!Object.prototype.hasOwnProperty.call(savedSheets, sheet.name)) continue;
    const saved = savedSheets[sheet.name];
    sheet.conditionalRules = (saved.conditionalRules ?? []).map((rule) => ({ ...rule, ranges: rects(rule.ranges), values: rule.values.map(reviveValue) }));
    if (saved.charts?.length) sheet.charts = saved.charts.map((chart) => ({ ...chart, id: model.newChartId(), ranges: rects(chart.ranges) }));
    // The cells a custom function's array result filled when the preview wrote the file (plain values there, which
    // LibreOffice shows): the formula's results, read blank so it fills them again (`writeSheet`).
    for (const address of saved.spilled ?? []) {
      const rect = parseA1(address, sheet.maxRows, sheet.maxColumns);
      if (!rect) continue;
      for (let r = rect.row; r < rect.row + rect.numRows; r++)
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
          const cell = sheet.rows[r - 1]?.[c - 1];
          if (cell && !cell.formula) cell.value = '';
        }
    }
    if (saved.validations) {
      clearValidations(sheet);
      for (const { cells, rule } of saved.validations) {
        for (const address of cells) {
          const rect = parseA1(address, sheet.maxRows, sheet.maxColumns);
          if (rect) sheet.ensureCell(rect.row, rect.column).validation = { ...rule, values: rule.values.map(reviveValue) };
        }
      }
    }
  }
}

function readState(worksheet: ExcelJS.Worksheet): PersistedState | null {
  if (worksheet.getCell('A1').value !== STATE_MARKER) return null;
  let json = '';
  for (let row = 2; row <= worksheet.rowCount; row++) {
    const value = worksheet.getCell(row, 1).value;
    if (typeof value === 'string') json += value;
  }
  try {
    return JSON.parse(json) as PersistedState;
  } catch {
    return null;
  }
}

function loadSheet(model: SpreadsheetModel, worksheet: ExcelJS.Worksheet): void {
  // exceljs counts the columns anew at each read of `columnCount` (every row's cells): read once, not once a column
  // (scale60: 1.6 s CPU of reading a 20,000-goal report went there).
  const columnCount = worksheet.columnCount;
  // The grid holds every merge as written: a whole-column merge's covered cells past the data are not made (`mergeWithin`).
  const merges = Object.values(mergeTable(worksheet)?.table ?? {});
  const rows = merges.reduce((most, m) => Math.max(most, m.bottom), Math.max(1000, worksheet.rowCount));
  const columns = merges.reduce((most, m) => Math.max(most, m.right), Math.max(26, columnCount));
  const sheet = model.addSheet(worksheet.name, model.sheets.length, rows, columns);
  const loadedHeights = new Map<number, number>();
  // Empty cells too: a fill, number format or border on a blank cell is the user's as well.
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (source, columnNumber) => {
      const cell = readCell(source);
      if (cell && source.isMerged && source.master !== source) {
        // A cell a merge covers holds no value (exceljs gives it the merge's), but keeps its own format, if it has one.
        cell.value = '';
        delete cell.formula;
        if (Object.keys(cell).length === 1) return;
      }
      if (cell) sheet.setCell(rowNumber, columnNumber, cell);
    });
    if (row.hidden) sheet.hiddenRows.add(rowNumber);
    if (row.height && Math.abs(row.height - 15) > 0.01) loadedHeights.set(rowNumber, Math.round((row.height * 4) / 3));
  });
  for (let c = 1; c <= columnCount; c++) {
    const column = worksheet.getColumn(c);
    if (column.width) sheet.columnWidths.set(c, Math.round(column.width * PIXELS_PER_WIDTH_UNIT));
    if (column.hidden) sheet.hiddenColumns.add(c);
  }
  for (const merge of worksheet.model.merges ?? []) {
    const rect = parseA1(String(merge), sheet.maxRows, sheet.maxColumns);
    if (rect) sheet.merges.push({ row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns });
  }
  // Validations live apart from cell values in exceljs (a cell may have a rule and no value).
  const validations = (worksheet as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model ?? {};
  for (const [address, native] of Object.entries(validations)) {
    const validation = fromNativeValidation(native);
    const rect = validation ? parseA1(address.replace(/^range:/, ''), sheet.maxRows, sheet.maxColumns) : null;
    if (!validation || !rect || rect.numRows * rect.numColumns > 100000) continue;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) sheet.ensureCell(r, c).validation = { ...validation, values: [...validation.values] };
    }
  }
  // A height the writer estimates for a row's wrapped text (what Sheets fits the row to) is no height of the row's own:
  // kept, it stayed when Check goals wrote longer notes there, and LibreOffice cut them (office30).
  const fitted = wrappedRowHeights(sheet);
  for (const [row, px] of loadedHeights) if (fitted.get(row) !== px) sheet.rowHeights.set(row, px);
  const frozen = worksheet.views?.find((view) => view.state === 'frozen');
  if (frozen) {
    sheet.frozenRows = Number((frozen as ExcelJS.WorksheetViewFrozen).ySplit ?? 0);
    sheet.frozenColumns = Number((frozen as ExcelJS.WorksheetViewFrozen).xSplit ?? 0);
  }
  if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') sheet.hidden = true;
  const tab = argbToHex(worksheet.properties?.tabColor?.argb);
  if (tab) sheet.tabColor = tab;
  // Extras are kept when readable; an odd one never stops the workbook from loading.
  const keep = (read: () => void): void => {
    try {
      read();
    } catch {
      // Dropped: Apps Script could not see it anyway (see the module comment).
    }
  };
  keep(() => {
    if (worksheet.autoFilter) sheet.xlsx.autoFilter = plain(worksheet.autoFilter);
  });
  keep(() => {
    if (worksheet.pageSetup) sheet.xlsx.pageSetup = plain(worksheet.pageSetup);
  });
  keep(() => {
    const unsupported = ((worksheet as unknown as WorksheetWithRules).conditionalFormattings ?? []).flatMap((block) =>
      (block.rules ?? []).filter((rule) => !fromNativeRule(rule, [])).map((rule) => ({ ref: block.ref, rules: [plain(rule)] })),
    );
    if (unsupported.length > 0) sheet.xlsx.conditionalFormats = unsupported;
  });
  keep(() => {
    const images = worksheet.getImages();
    if (images.length === 0) return;
    const media = (model.xlsx.media ??= []);
    sheet.xlsx.images = images.flatMap((image) => {
      const source = worksheet.workbook.getImage(Number(image.imageId));
      if (!source?.buffer) return [];
      media.push({ buffer: Buffer.from(source.buffer as unknown as Uint8Array), extension: String(source.extension ?? 'png') });
      return [{ media: media.length - 1, range: imageRange(image.range) }];
    });
  });
}

const readWarnings = new WeakMap<Emulator, readonly SkippedMerge[]>();

/**
 * What `loadXlsx` read differently from the file, for the caller to say in its language: each merge skipped because it
 * shares a cell with an earlier one (`readMerges`). Empty for an emulator not loaded from a file.
 */
export function xlsxReadWarnings(emulator: Emulator): readonly SkippedMerge[] {
  return readWarnings.get(emulator) ?? [];
}

/** Loads an .xlsx file (path) or buffer into a new emulator. */
export async function loadXlsx(fileOrBuffer: string | Buffer, options: EmulatorOptions = {}): Promise<Emulator> {
  let buffer: Buffer;
  let label = 'the workbook';
  if (typeof fileOrBuffer === 'string') {
    label = fileOrBuffer;
    if (!existsSync(fileOrBuffer)) throw new XlsxError('not-found', fileOrBuffer, `File not found: ${fileOrBuffer}`);
    buffer = readFileSync(fileOrBuffer);
  } else {
    buffer = fileOrBuffer;
  }
  // An .xlsx is a zip archive: "PK\x03\x04".
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new XlsxError('not-xlsx', label, `${label} is not an .xlsx workbook.`);
  const workbook = new (excel().Workbook)();
  const deferredMerges = deferMerges(workbook);
  const skippedMerges: SkippedMerge[] = [];
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    for (const worksheet of workbook.worksheets) skippedMerges.push(...readMerges(worksheet, deferredMerges.get(worksheet.id) ?? []));
  } catch (error) {
    throw new XlsxError('unreadable', label, `${label} is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  }
  const defaultName = typeof fileOrBuffer === 'string' ? path.basename(fileOrBuffer).replace(/\.xlsx$/i, '') : undefined;
  // Like an import into Sheets, a file's name names the spreadsheet (a buffer keeps the saved name).
  const effective: EmulatorOptions = { ...(defaultName ? { name: defaultName } : {}), ...options };
  const emulator = createEmulator({ ...effective, firstSheetName: null });
  readWarnings.set(emulator, skippedMerges);
  const model = emulator.spreadsheet.model;
  // exceljs returns worksheets in tab order.
  const worksheets = workbook.worksheets;
  let state: PersistedState | null = null;
  const nativeRules = new Map<string, NativeRule[]>();
  for (const worksheet of worksheets) {
    // Files written before the state moved to a custom XML part keep it in a very hidden sheet.
    if (worksheet.name === STATE_SHEET_NAME) {
      state = readState(worksheet);
      continue;
    }
    loadSheet(model, worksheet);
    const rules = readNativeRules(worksheet);
    if (rules.length > 0) nativeRules.set(worksheet.name, rules);
  }
  if (model.sheets.length === 0) model.addSheet('Sheet1');
  // Sheets by their name in the file (before original tab names come back from the state).
  const byExcelName = new Map(model.sheets.map((sheet) => [sheet.name, sheet]));
  const extras = await readPackageExtras(buffer);
  if (extras.baseFont) model.xlsx.baseFont = extras.baseFont;
  if (!state && extras.state) {
    try {
      state = JSON.parse(extras.state) as PersistedState;
    } catch {
      state = null;
    }
  }
  try {
    const definedNames = (workbook.definedNames as unknown as { model?: unknown[] }).model;
    if (definedNames && definedNames.length > 0) model.xlsx.definedNames = plain(definedNames);
  } catch {
    // Unreadable defined names are dropped rather than refusing the workbook.
  }
  model.activeSheetId = model.sheets.find((s) => !s.hidden)?.id ?? model.sheets[0].id;
  if (state?.sheetNames) {
    for (const [excelName, original] of Object.entries(state.sheetNames)) {
      const sheet = model.sheets.find((s) => s.name === excelName);
      if (sheet && !model.sheets.some((s) => s !== sheet && s.name.toLowerCase() === original.toLowerCase())) {
        const rules = nativeRules.get(excelName);
        if (rules) {
          nativeRules.delete(excelName);
          nativeRules.set(original, rules);
        }
        sheet.name = original;
      }
    }
  }
  // The locale tag this writer put on number formats (see localeTag) is the workbook's locale, not part of the format.
  // A file that does not say its locale otherwise (no option, no state: the shipped examples, files meant for people)
  // says it through that tag: a French example read as en_US kept "[$-40C]#,##0" as its formats, which the add-on
  // took for a currency format ("104 $ des 120 $" new accounts).
  if (!options.spreadsheetLocale && !state?.spreadsheet?.locale) {
    const tagged = taggedLocale(model.sheets);
    if (tagged) {
      model.locale = tagged;
      if (!options.userLocale) emulator.session.userLocale = tagged.split('_')[0];
    }
  }
  const tag = localeTag(state?.spreadsheet?.locale ?? model.locale);
  for (const sheet of tag ? model.sheets : []) {
    for (const cell of sheet.rows.flatMap((cells) => cells ?? [])) {
      if (!cell?.numberFormat) continue;
      const format = untagged(cell.numberFormat, tag);
      if (format) cell.numberFormat = format;
      else delete cell.numberFormat;
    }
  }
  if (state) {
    applyState(model, state, emulator.properties.document, effective, emulator.session);
    // Sheets with rules in the state keep those; the others keep what Excel had.
    for (const [name, rules] of nativeRules) if (!state.sheets?.[name]?.conditionalRules?.length) setRules(model, name, rules);
  } else {
    for (const [name, rules] of nativeRules) setRules(model, name, rules);
  }
  for (const [excelName, natives] of extras.charts) {
    const sheet = byExcelName.get(excelName);
    if (!sheet) continue;
    const charts = natives.flatMap((native) => {
      const spec = chartFromNative(native, sheet, byExcelName);
      return spec ? [{ ...spec, id: model.newChartId() }] : [];
    });
    if (charts.length > 0) sheet.charts = charts;
  }
  return emulator;
}

// ------------------------------------------------------------------ native charts → emulator charts

type SheetRect = GridRect & { sheet: SheetModel };

/** "'Plan'!$A$2:$A$9" → its sheet and cells (sheet names as in the file); null when it points nowhere known. */
function refRect(ref: string | null, home: SheetModel, byExcelName: ReadonlyMap<string, SheetModel>): SheetRect | null {
  if (!ref) return null;
  const { sheetName, cells } = splitSheetName(ref.replace(/^\(|\)$/g, ''));
  const sheet = sheetName === null ? home : byExcelName.get(sheetName);
  if (!sheet) return null;
  const rect = parseA1(cells, sheet.maxRows, sheet.maxColumns);
  return rect ? { sheet, row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns } : null;
}

/**
 * A chart read from the file as the emulator's spec: ranges rebuilt the way Sheets would hold them
 * (one block "labels column + series columns" with a header row when the file's references
 * allow it, else one range per column/row), options from the chart's title, legend, colours and
 * dashes. Null when no series points at cells.
 */
function chartFromNative(native: NativeChart, home: SheetModel, byExcelName: ReadonlyMap<string, SheetModel>): Omit<ChartSpec, 'id'> | null {
  const series = native.series.flatMap((s) => {
    const val = refRect(s.val, home, byExcelName);
    return val ? [{ native: s, val, tx: refRect(s.tx, home, byExcelName) }] : [];
  });
  if (series.length === 0) return null;
  const domain = refRect(native.series.find((s) => s.cat)?.cat ?? null, home, byExcelName);
  const vectors = [...(domain ? [domain] : []), ...series.map((s) => s.val)];
  const rows = vectors.every((v) => v.numRows === 1 && v.numColumns >= 1) && vectors.some((v) => v.numColumns > 1);
  // A header is the cell just before the data (above a column, left of a row).
  const headerOf = (s: (typeof series)[number]): boolean =>
    !!s.tx && s.tx.sheet === s.val.sheet && s.tx.numRows === 1 && s.tx.numColumns === 1 && (rows ? s.tx.row === s.val.row && s.tx.column === s.val.column - 1 : s.tx.column === s.val.column && s.tx.row === s.val.row - 1);
  const headers = series.every(headerOf) ? 1 : 0;
  const first = vectors[0];
  const block =
    vectors.every((v) => v.sheet === first.sheet) &&
    vectors.every((v, i) =>
      rows ? v.numColumns === first.numColumns && v.column === first.column && v.row === first.row + i : v.numRows === first.numRows && v.row === first.row && v.column === first.column + i,
    );
  let ranges: ChartSpec['ranges'];
  if (block) {
    ranges = [
      rows
        ? { sheetId: first.sheet.id, row: first.row, column: first.column - headers, numRows: vectors.length, numColumns: first.numColumns + headers }
        : { sheetId: first.sheet.id, row: first.row - headers, column: first.column, numRows: first.numRows + headers, numColumns: vectors.length },
    ];
  } else {
    ranges = vectors.map((v) => {
      const grow = headers && (rows ? v.column > 1 : v.row > 1) ? 1 : 0;
      return rows
        ? { sheetId: v.sheet.id, row: v.row, column: v.column - grow, numRows: 1, numColumns: v.numColumns + grow }
        : { sheetId: v.sheet.id, row: v.row - grow, column: v.column, numRows: v.numRows + grow, numColumns: 1 };
    });
  }
  const options: Record<string, unknown> = {};
  if (native.title) options.title = native.title;
  const seriesOptions: Record<string, Record<string, unknown>> = {};
  series.forEach(({ native: s }, index) => {
    const own: Record<string, unknown> = {};
    if (s.color && s.color !== DEFAULT_SERIES_COLORS[index % DEFAULT_SERIES_COLORS.length]) own.color = s.color;
    if (s.dashed) own.lineDashStyle = [4, 4];
    if (s.lineWidth !== null && s.lineWidth !== DEFAULT_LINE_WIDTH) own.lineWidth = s.lineWidth;
    if (!s.inLegend) own.visibleInLegend = false;
    if (Object.keys(own).length > 0) seriesOptions[index] = own;
  });
  if (Object.keys(seriesOptions).length > 0) options.series = seriesOptions;
  options.legend = native.legend === 'none' ? 'none' : { position: native.legend };
  if (native.valueFormat) options.vAxis = { format: native.valueFormat };
  // Axis titles back as Google Charts options: a bar chart's values run along its horizontal axis, its categories down the vertical.
  const [domainAxis, valueAxis] = native.chartType === 'BAR' ? ['vAxis', 'hAxis'] : ['hAxis', 'vAxis'];
  if (native.axisTitles.domain) options[domainAxis] = { ...(options[domainAxis] as object | undefined), title: native.axisTitles.domain };
  if (native.axisTitles.value) options[valueAxis] = { ...(options[valueAxis] as object | undefined), title: native.axisTitles.value };
  if (native.interpolateNulls) options.interpolateNulls = true;
  if (native.stacked) options.isStacked = true;
  let size = native.size;
  if (!size && native.twoCell) {
    // The size follows the columns and rows between the corners (the emulator's grid).
    const { from, to } = native.twoCell;
    let width = to.offsetX - from.offsetX;
    for (let c = from.column; c < to.column; c++) width += home.columnWidths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH;
    let height = to.offsetY - from.offsetY;
    for (let r = from.row; r < to.row; r++) height += home.rowHeights.get(r + 1) ?? 21;
    if (width > 0 && height > 0) size = { width, height };
  }
  if (size) {
    options.width = size.width;
    options.height = size.height;
  }
  return {
    chartType: native.chartType,
    ranges,
    options,
    position: { row: native.anchor.row + 1, column: native.anchor.column + 1, offsetX: native.anchor.offsetX, offsetY: native.anchor.offsetY },
    numHeaders: headers,
    transpose: rows,
  };
}

// ------------------------------------------------------------------ native conditional formats

/** A rule as Excel stores it, before its ranges are tied to a sheet id. */
type NativeRule = Omit<ConditionalRuleSpec, 'ranges'> & { refs: string[] };

interface WorksheetWithRules {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

const CELL_IS: Record<string, { criteria: string; operator: string }> = {
  NUMBER_EQUAL_TO: { criteria: 'NUMBER_EQUAL_TO', operator: 'equal' },
  NUMBER_NOT_EQUAL_TO: { criteria: 'NUMBER_NOT_EQUAL_TO', operator: 'notEqual' },
  NUMBER_GREATER_THAN: { criteria: 'NUMBER_GREATER_THAN', operator: 'greaterThan' },
  NUMBER_GREATER_THAN_OR_EQUAL_TO: { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', operator: 'greaterThanOrEqual' },
  NUMBER_LESS_THAN: { criteria: 'NUMBER_LESS_THAN', operator: 'lessThan' },
  NUMBER_LESS_THAN_OR_EQUAL_TO: { criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', operator: 'lessThanOrEqual' },
  NUMBER_BETWEEN: { criteria: 'NUMBER_BETWEEN', operator: 'between' },
  NUMBER_NOT_BETWEEN: { criteria: 'NUMBER_NOT_BETWEEN', operator: 'notBetween' },
};

function ruleStyle(format: ConditionalRuleSpec['format']): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(format.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.fontColor && /^#[0-9a-f]{6}$/.test(format.fontColor)) font.color = { argb: hexToArgb(format.fontColor) };
  if (format.bold) font.bold = true;
  if (format.italic) font.italic = true;
  if (format.strikethrough) font.strike = true;
  if (format.underline) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

function formulaText(value: unknown): string {
  return typeof value === 'number' ? String(value) : `"${String(value).replace(/"/g, '""')}"`;
}

/** The Excel form of a rule, or null when Excel has no equivalent we write (kept in the state sheet). */
function toNativeRule(rule: ConditionalRuleSpec, priority: number): ExcelJS.ConditionalFormattingRule | null {
  const style = ruleStyle(rule.format);
  const criteria = rule.criteria;
  if (criteria === 'CUSTOM_FORMULA') return { type: 'expression', priority, formulae: [String(rule.values[0] ?? '').replace(/^=/, '')], style };
  if (criteria && CELL_IS[criteria]) {
    const operator = CELL_IS[criteria].operator as ExcelJS.CellIsRuleType['operator'];
    return { type: 'cellIs', priority, operator, formulae: rule.values.map(formulaText), style };
  }
  if (criteria === 'TEXT_CONTAINS') return { type: 'containsText', priority, operator: 'containsText', text: String(rule.values[0] ?? ''), style };
  return null;
}

function colorOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  return argbToHex(color?.argb);
}

function fromNativeRule(native: ExcelJS.ConditionalFormattingRule, refs: string[]): NativeRule | null {
  const style = native.style ?? {};
  const fill = style.fill && style.fill.type === 'pattern' ? style.fill : undefined;
  const format: ConditionalRuleSpec['format'] = {};
  const background = colorOf(fill?.bgColor) ?? colorOf(fill?.fgColor);
  if (background) format.background = background;
  const fontColor = colorOf(style.font?.color);
  if (fontColor) format.fontColor = fontColor;
  if (style.font?.bold) format.bold = true;
  if (style.font?.italic) format.italic = true;
  const unquote = (value: unknown): unknown => {
    const text = String(value);
    if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== '' ? n : text;
  };
  if (native.type === 'expression') return { refs, criteria: 'CUSTOM_FORMULA', values: [`=${String(native.formulae?.[0] ?? '')}`], format };
  if (native.type === 'cellIs') {
    const entry = Object.values(CELL_IS).find((e) => e.operator === native.operator);
    if (!entry) return null;
    return { refs, criteria: entry.criteria, values: (native.formulae ?? []).map(unquote), format };
  }
  if (native.type === 'containsText' && native.operator === 'containsText') return { refs, criteria: 'TEXT_CONTAINS', values: [String(native.text ?? '')], format };
  return null;
}

function readNativeRules(worksheet: ExcelJS.Worksheet): NativeRule[] {
  const out: NativeRule[] = [];
  for (const block of (worksheet as unknown as WorksheetWithRules).conditionalFormattings ?? []) {
    const refs = String(block.ref ?? '').split(/\s+/).filter(Boolean);
    for (const rule of block.rules ?? []) {
      const spec = fromNativeRule(rule, refs);
      if (spec) out.push(spec);
    }
  }
  return out;
}

function setRules(model: SpreadsheetModel, sheetName: string, rules: NativeRule[]): void {
  const sheet = model.sheetByName(sheetName);
  if (!sheet) return;
  sheet.conditionalRules = rules.flatMap(({ refs, ...rule }) => {
    const ranges = refs.flatMap((ref) => {
      const rect = parseA1(ref, sheet.maxRows, sheet.maxColumns);
      return rect ? [{ sheetId: sheet.id, ...rect }] : [];
    });
    return ranges.length > 0 ? [{ ...rule, ranges }] : [];
  });
}

function writeNativeRules(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  let priority = 1;
  for (const rule of sheet.conditionalRules) {
    const native = toNativeRule(rule, priority);
    const refs = rule.ranges.filter((r) => r.sheetId === sheet.id).map((r) => rectToA1({ row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns }));
    if (!native || refs.length === 0) continue;
    worksheet.addConditionalFormatting({ ref: refs.join(' '), rules: [native] });
    priority += 1;
  }
}

// ------------------------------------------------------------------ data validation

function clearValidations(sheet: SheetModel): void {
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell?.validation) return;
      delete cell.validation;
      if (cell.value === '' && !cell.formula && !cell.numberFormat && !cell.background && !cell.note && !cell.style) sheet.setCell(r + 1, c + 1, undefined);
    }),
  );
}

function collectValidations(sheet: SheetModel): PersistedValidation[] {
  const groups = new Map<string, PersistedValidation>();
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell?.validation) return;
      const rule = { ...cell.validation, values: cell.validation.values.map(persistValue) };
      const key = JSON.stringify(rule);
      let group = groups.get(key);
      if (!group) {
        group = { cells: [], rule };
        groups.set(key, group);
      }
      group.cells.push(rectToA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 }));
    }),
  );
  return [...groups.values()];
}

const NUMBER_OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

/** Excel's form of a rule (lists, ranges, number constraints); null when Excel has none we write. */
function toNativeValidation(rule: CellValidation): ExcelJS.DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: !rule.allowInvalid, ...(rule.helpText ? { prompt: rule.helpText, showInputMessage: true } : {}) };
  if (rule.criteria === 'VALUE_IN_LIST' && Array.isArray(rule.values[0])) {
    return { type: 'list', formulae: [`"${(rule.values[0] as unknown[]).map(String).join(',')}"`], ...common };
  }
  if (rule.criteria === 'VALUE_IN_RANGE' && typeof rule.values[0] === 'string') {
    const { sheetName, cells } = splitSheetName(rule.values[0]);
    const absolute = cells.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return { type: 'list', formulae: [sheetName ? `${quoteSheetName(sheetName)}!${absolute}` : absolute], ...common };
  }
  const operator = NUMBER_OPERATORS[rule.criteria];
  if (operator) return { type: 'decimal', operator, formulae: rule.values.map(Number), ...common };
  return null;
}

function fromNativeValidation(native: ExcelJS.DataValidation): CellValidation | null {
  const allowInvalid = !native.showErrorMessage;
  const helpText = native.prompt ? String(native.prompt) : null;
  const first = String(native.formulae?.[0] ?? '');
  if (native.type === 'list') {
    if (/^".*"$/.test(first)) return { criteria: 'VALUE_IN_LIST', values: [first.slice(1, -1).split(','), true], allowInvalid, helpText };
    return { criteria: 'VALUE_IN_RANGE', values: [first.replace(/\$/g, ''), true], allowInvalid, helpText };
  }
  if (native.type === 'decimal' || native.type === 'whole') {
    const criteria = Object.keys(NUMBER_OPERATORS).find((key) => NUMBER_OPERATORS[key] === (native.operator ?? 'between'));
    if (!criteria) return null;
    return { criteria, values: (native.formulae ?? []).map(Number), allowInvalid, helpText };
  }
  return null;
}

/**
 * A tab name Excel accepts: no * ? : \\ / [ ], no leading/trailing apostrophe, at most 31
 * characters, unique ignoring case. Sheets allows all of these; the original is kept in the state.
 */
function excelSheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[*?:/\\[\]]/g, '_').replace(/^'+|'+$/g, '_');
  if (base === '' || base === 'History') base = `${base}_`;
  base = base.slice(0, 31);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()) || candidate === STATE_SHEET_NAME; n++) {
    const suffix = `~${n}`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

// ------------------------------------------------------------------ writing

function writeValue(cell: Cell, cached?: unknown): ExcelValue {
  const xlsx = cell.xlsx;
  // Rich text and links come back only while the text is the one the file had.
  if (xlsx?.text !== undefined && !cell.formula && cell.value === xlsx.text) {
    if (xlsx.richText) return { richText: plain(xlsx.richText) as ExcelJS.RichText[] };
    if (xlsx.hyperlink) return { text: xlsx.text, hyperlink: xlsx.hyperlink, ...(xlsx.tooltip ? { tooltip: xlsx.tooltip } : {}) };
  }
  const value = isDate(cell.value) ? toExcelDate(cell.value) : cell.value;
  if (cell.formula) {
    // A formula the emulator does not evaluate (a custom function) takes the result its caller computed, if any.
    const computed = value === '' ? cachedCellResult(cached) : value;
    const result = computed === '' ? undefined : computed;
    return { formula: cell.formula.replace(/^=/, ''), ...(result === undefined ? {} : { result }) } as ExcelJS.CellFormulaValue;
  }
  return value === '' ? null : value;
}

/** A caller's cached result as exceljs writes it: a scalar, a Date, or nothing. */
function cachedCellResult(value: unknown): ExcelJS.CellValue | '' {
  if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' || typeof value === 'boolean') return value as number | string | boolean;
  return isDate(value) ? toExcelDate(value) : '';
}

/**
 * Default row height in pixels (Sheets: 21 px, one line of Arial 10 with its padding) and the height of each more line.
 * LibreOffice draws a line of Arial 10 (Liberation Sans) every 11.17 pt, 14.9 px (its ascent and descent, 1.117 em),
 * and Carlito 11 every 11.1 pt (measured on the PDFs of test/office/row-heights.office.test.ts); a browser's normal
 * line height for Arial, which Sheets' grid follows, is 1.15 em, 15.3 px. 17 px a line made the plan report's goal
 * rows about 30 % taller than their text (e73e594's estimate: a 13-line goal got 259 px for the 198 it needs).
 */
export const ROW_PX = 21;
const LINE_PX = 15;

/**
 * Lines a paragraph takes when wrapped at spaces into lines `perLine` wide, as Sheets and LibreOffice wrap it: a word
 * that does not fit the rest of a line starts the next one, a word longer than a line is cut. Widths are `measure`'s
 * (characters by default). Counting characters alone (length / perLine) missed the room lost at each break, and a
 * row cut its last wrapped line in LibreOffice.
 */
export function wrappedLines(text: string, perLine: number, measure: (text: string) => number = (t) => t.length): number {
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const length = measure(word);
    if (used > 0 && used + space + length <= perLine) used += space + length;
    else {
      if (used > 0) lines++;
      lines += Math.max(0, Math.ceil(length / perLine) - 1);
      used = length % perLine === 0 && length > 0 ? perLine : length % perLine;
    }
  }
  return lines;
}

/**
 * Heights of rows whose wrapped text needs more than one line. Sheets grows such a row to fit its
 * wrapped text on screen ("Wrap" text wrapping), but an .xlsx row without a height is opened by
 * LibreOffice at the default height, with the lines drawn over the rows below: the file carries the
 * height Sheets would show, estimated from the text drawn in Arial 10 (the cell's size and weight)
 * and the column width — the merged columns' for a cell merged across one row (LibreOffice never
 * grows a row for a merged cell, so it needs the height most). Rows with a height of their own keep it.
 */
export function wrappedRowHeights(sheet: SheetModel): Map<number, number> {
  const heights = new Map<number, number>();
  const columnWidth = (column: number): number => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  // A cell merged across columns (one row) wraps within the merged width.
  const merged = new Map<string, number>();
  for (const m of sheet.merges) {
    if (m.numRows !== 1) continue;
    let width = 0;
    for (let c = m.column; c < m.column + m.numColumns; c++) width += columnWidth(c);
    merged.set(`${m.row},${m.column}`, width);
  }
  sheet.rows.forEach((cells, r) => {
    if (!cells || sheet.rowHeights.has(r + 1)) return;
    let height = 0;
    cells.forEach((cell, c) => {
      if (!cell?.style?.wrap || typeof cell.value !== 'string' || cell.value === '') return;
      const font = { bold: cell.style.fontWeight === 'bold', sizePt: cell.style.fontSize ?? 10 };
      const width = Math.max(1, (merged.get(`${r + 1},${c + 1}`) ?? columnWidth(c + 1)) - 2 * CELL_PADDING_PX);
      const lines = cell.value.split('\n').reduce((sum, part) => sum + wrappedLines(part, width, (text) => textWidthPx(text, font)), 0);
      if (lines > 1) height = Math.max(height, Math.round(((ROW_PX + (lines - 1) * LINE_PX) * font.sizePt) / 10));
    });
    if (height > 0) heights.set(r + 1, height);
  });
  return heights;
}

/**
 * Windows locale ids (MS-LCID) of spreadsheet locales, for the `[$-LCID]` tag a SpreadsheetML number format may start with
 * (ECMA-376 Part 1, §18.8.31 numFmts; the tag gives the format's locale). An .xlsx has no spreadsheet locale: without
 * it, LibreOffice and Excel draw the numbers of a fr_FR sheet with their own locale's separators ("30.0%", "187,750 €"
 * in a French report); with it, as Sheets draws them, in the spreadsheet's locale ("30,0%", "187 750 €"). en_US and
 * locales not listed get no tag.
 */
const LCIDS: Readonly<Record<string, string>> = {
  fr_FR: '40C', fr_BE: '80C', fr_CA: 'C0C', fr_CH: '100C', fr_LU: '140C', de_DE: '407', de_AT: 'C07', de_CH: '807', es_ES: 'C0A', es_MX: '80A',
  it_IT: '410', nl_NL: '413', nl_BE: '813', pt_BR: '416', pt_PT: '816', en_GB: '809', en_AU: 'C09', en_CA: '1009', en_IE: '1809', en_IN: '4009',
};

export function localeTag(locale: string): string {
  return LCIDS[locale.replace('-', '_')] ?? '';
}

/**
 * The listed locale whose `[$-LCID]` tag starts most of the sheets' number formats — more than half of them, as our
 * writer tags every one (a US workbook with one French-tagged date format stays en_US) —, else null.
 */
function taggedLocale(sheets: readonly SheetModel[]): string | null {
  const counts = new Map<string, number>();
  let formatted = 0;
  for (const sheet of sheets) {
    for (const cells of sheet.rows) {
      for (const cell of cells ?? []) {
        if (!cell?.numberFormat) continue;
        formatted++;
        const lcid = /^\[\$-([0-9A-F]+)\]/i.exec(cell.numberFormat)?.[1]?.toUpperCase();
        if (lcid) counts.set(lcid, (counts.get(lcid) ?? 0) + 1);
      }
    }
  }
  const [lcid, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count * 2 <= formatted) return null;
  return Object.keys(LCIDS).find((locale) => LCIDS[locale] === lcid) ?? null;
}

function untagged(format: string, tag: string): string {
  const prefix = `[$-${tag}]`;
  if (!format.startsWith(prefix)) return format;
  const rest = format.slice(prefix.length);
  return rest === 'General' ? '' : rest;
}

/** Writes one tab; returns the A1 ranges of the cells an array result filled with plain values (for the state part). */
function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, media: Map<number, number>, excelName: string, locale: string, cachedResult?: XlsxWriteOptions['cachedResult'], arrayResult?: XlsxWriteOptions['arrayResult']): string[] {
  const tag = localeTag(locale);
  const views: Array<Partial<ExcelJS.WorksheetView>> =
    sheet.frozenRows > 0 || sheet.frozenColumns > 0 ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [];
  const worksheet = workbook.addWorksheet(excelName, {
    views,
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: hexToArgb(sheet.tabColor) } } } : {}),
  });
  const spills: Array<{ row: number; column: number; rows: number; columns: number }> = [];
  sheet.rows.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = worksheet.getCell(r + 1, c + 1);
      const cached = cell.formula && cell.value === '' && cachedResult ? cachedResult(sheet.name, r, c) : undefined;
      const spill = cached !== undefined && arrayResult ? arrayResult(sheet.name, r, c) : null;
      target.value = writeValue(cell, cached);
      if (spill) spills.push({ row: r, column: c, ...spill });
      // A custom function's Date shows in the locale's default date format in an unformatted cell, as in Sheets.
      const format = cell.numberFormat && cell.numberFormat !== DEFAULT_NUMBER_FORMAT ? cell.numberFormat : isDate(cached) ? localeDateFormat(locale, false) : null;
      const numeric = typeof cell.value === 'number' || isDate(cell.value) || !!cell.formula;
      if (format || (tag && numeric)) target.numFmt = localeTagged(format ?? 'General', tag);
      if (cell.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(cell.background) } };
      if (cell.note) target.note = cell.note;
      const validation = cell.validation ? toNativeValidation(cell.validation) : null;
      if (validation) target.dataValidation = validation;
      // A font the add-on styled (bold headers…) on a cell the file gave no font is Sheets' default, Arial 10
      // (computerhope.com/jargon/f/font.htm, "Default fonts and font sizes": "Google Sheet Arial 10"; not found in Google's
      // own reference), not the writer's Calibri 11: LibreOffice then lays it out with Arial's widths (Liberation Sans), as
      // Sheets does, so a column wide enough for a header word in Sheets is in print too (bold Calibri broke 8-letter
      // headers in a 76-px column). Unstyled cells keep the file's default font (no style part for them).
      const raw = cell.xlsx?.font as Partial<ExcelJS.Font> | undefined;
      const font = mergedFont(raw, cell.style ?? {});
      if (Object.keys(font).length > 0) target.font = raw ? font : { ...SHEETS_FONT, ...font };
      if (cell.xlsx?.border) target.border = plain(cell.xlsx.border) as Partial<ExcelJS.Borders>;
      const style = cell.style;
      if (style) {
        const alignment: Partial<ExcelJS.Alignment> = {};
        if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment as ExcelJS.Alignment['horizontal'];
        if (style.verticalAlignment) alignment.vertical = style.verticalAlignment as ExcelJS.Alignment['vertical'];
        if (style.wrap) alignment.wrapText = true;
        if (Object.keys(alignment).length > 0) target.alignment = alignment;
      }
    });
  });
  // The cells an array result fills: its values, plain, where the sheet holds nothing of its own (a Date as a date).
  // Not an array formula (OOXML `<f t="array" ref="B2:B20">`, exceljs `shareType: 'array'`): LibreOffice recalculates
  // those on load and showed #NAME? in every cell, the first one too; it shows a plain formula's cached value.
  const spilled: string[] = [];
  for (const spill of spills) {
    if (spill.rows * spill.columns > 1) spilled.push(rectToA1({ row: spill.row + 1, column: spill.column + 1, numRows: spill.rows, numColumns: spill.columns }));
    for (let r = spill.row; r < spill.row + spill.rows; r++) {
      for (let c = spill.column; c < spill.column + spill.columns; c++) {
        const own = sheet.rows[r]?.[c];
        if ((r === spill.row && c === spill.column) || own?.formula || (own && own.value !== '')) continue;
        const value = cachedCellResult(cachedResult?.(sheet.name, r, c));
        if (value === '') continue;
        const target = worksheet.getCell(r + 1, c + 1);
        target.value = value;
        if (isDate(value) && !own?.numberFormat) target.numFmt = localeTagged(localeDateFormat(locale, false), tag);
      }
    }
  }
  // Columns without a width of their own are Sheets' default 100 px wide (what wrappedRowHeights assumes), not another
  // program's (LibreOffice's 64 px made the Goals tab's notes column wrap into rows taller than a printed page).
  worksheet.properties.defaultColWidth = DEFAULT_COLUMN_WIDTH / PIXELS_PER_WIDTH_UNIT;
  // Rows without a height of their own are Sheets' 21 px (15.75 pt), not the writer's 15 pt (20 px), which LibreOffice
  // applied to every such row: exceljs marks a default other than 15 pt `customHeight` (ECMA-376 §18.3.1.81
  // sheetFormatPr: "True if defaultRowHeight value has been manually set"), which LibreOffice follows.
  worksheet.properties.defaultRowHeight = (ROW_PX * 3) / 4;
  for (const [column, width] of sheet.columnWidths) worksheet.getColumn(column).width = width / PIXELS_PER_WIDTH_UNIT;
  for (const column of sheet.hiddenColumns) worksheet.getColumn(column).hidden = true;
  for (const row of sheet.hiddenRows) worksheet.getRow(row).hidden = true;
  for (const [row, height] of sheet.rowHeights) worksheet.getRow(row).height = (height * 3) / 4;
  for (const [row, height] of wrappedRowHeights(sheet)) worksheet.getRow(row).height = (height * 3) / 4;
  writeMerges(worksheet, sheet.merges, sheet.name);
  writeNativeRules(worksheet, sheet);
  writeSheetExtras(worksheet, sheet, media);
  return spilled;
}

/**
 * The sheet's merges, without exceljs's copy of the first cell's style over the others: each keeps its own, as the model
 * has it. exceljs 4.4 tests each new merge against every merge of the worksheet (`_mergeCellsInternal`), O(merges²): a
 * 20,000-goal plan report (60,000 recommendation rows merged across) would spend minutes there (24,000 merges took 82 s,
 * scale58). So the merges are first checked against each other in one sweep (`overlappingMerges`: two that share a cell
 * refuse the whole sheet, as exceljs's own test and Sheets do), then made one by one without exceljs's test
 * (`mergeWithoutRescan`); a worksheet without exceljs's private merge table gets the plain calls, exceljs's test included.
 */
export function writeMerges(worksheet: ExcelJS.Worksheet, merges: readonly GridRect[], tabName = worksheet.name): void {
  // Defensive: no model holds an overlap today (the emulator's `mergeRects` refuses the merge that would cut another,
  // and the reader skips the later of two, `readMerges`), but one written on would give a file our reader reads partly and
  // Excel "repairs" (mend58m only saw merges sharing a top-left cell, the key of exceljs's table; tidy59: every overlap).
  // The tab's own name, not the file's sanitised and shortened one.
  const overlap = overlappingMerges(merges);
  if (overlap) throw new Error(`${overlapMessage(overlap, tabName)}.`);
  if (merges.length === 0) return;
  const before = mergeTable(worksheet)?.size ?? 0;
  // A whole-column merge read from a file is written back whole, without its covered cells past the data (`mergeWithin`).
  const grid = mergeGrid(worksheet);
  mergeWithoutRescan(worksheet, merges, (m) => mergeWithin(worksheet, m, grid, true));
  // A merge already on the worksheet sharing a top-left cell with one written here (exceljs keys its table by that
  // cell): the sweep above sees only the list. writeSheet gives a fresh worksheet, so this is a last guard.
  const after = mergeTable(worksheet)?.size;
  if (after !== undefined && after !== before + merges.length) throw new Error('Cannot merge already merged cells');
}

/** The writer's refusal (a model holding overlapping merges: none today, see `writeMerges`). */
function overlapMessage([first, second]: [GridRect, GridRect], tabName: string): string {
  return `Cannot merge already merged cells: ${rectToA1(first)} and ${rectToA1(second)} overlap on sheet "${tabName}"`;
}

/** exceljs's merge as its worksheet keeps it (a `Range`: these getters), keyed by the merge's top-left address. */
interface ExcelMergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The worksheet's private merge table (exceljs 4.4 `_merges`) and its size; null when this exceljs has none. */
function mergeTable(worksheet: ExcelJS.Worksheet): { table: Record<string, ExcelMergeRange>; size: number } | null {
  const table = (worksheet as unknown as { _merges?: unknown })._merges;
  if (!table || typeof table !== 'object') return null;
  return { table: table as Record<string, ExcelMergeRange>, size: Object.keys(table).length };
}

/**
 * Makes each merge (`merge`, one exceljs call) against an empty merge table, then puts the table back holding them
 * all: exceljs tests a new merge against every merge in the table, so n merges cost n² tests, and against an empty
 * one none — the caller tests the merges against each other in one sweep instead (`mergeOverlaps`). Returns the
 * merges made, in order, as exceljs read them; null when the worksheet has no such private table (a later exceljs):
 * then each was made by the plain call, exceljs's own test included.
 */
function mergeWithoutRescan<T>(worksheet: ExcelJS.Worksheet, items: readonly T[], merge: (item: T) => void): GridRect[] | null {
  const holder = worksheet as unknown as { _merges: Record<string, ExcelMergeRange> };
  const table = mergeTable(worksheet)?.table;
  if (!table) {
    items.forEach(merge);
    return null;
  }
  const made: GridRect[] = [];
  try {
    for (const item of items) {
      const own: Record<string, ExcelMergeRange> = {};
      holder._merges = own;
      merge(item);
      for (const m of Object.values(own)) made.push({ row: m.top, column: m.left, numRows: m.bottom - m.top + 1, numColumns: m.right - m.left + 1 });
      Object.assign(table, own);
    }
  } finally {
    holder._merges = table;
  }
  return made;
}

/** exceljs's `Range` as its merge table holds it: its corners live in `model` (exceljs 4.4 `lib/doc/range.js`). */
interface ExcelRangeModel {
  model?: { top: number; left: number; bottom: number; right: number };
}

/**
 * The grid a worksheet's merges are made in: its used rows and columns, at least a new Sheets sheet's 1,000 × 26 (the
 * emulator's smallest grid, `loadSheet`). exceljs makes a merge by giving every covered cell a pointer to the first
 * (`_mergeCellsInternal`): a whole-column merge, M1:M1048576 — what Excel writes when a user merges a column — made a
 * million cells (over 150 s to read a 3-row sheet, mend60x), and a whole-sheet one 17 billion. Covered cells past the
 * used range hold nothing to read or write, so they are not made.
 */
function mergeGrid(worksheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  return { rows: Math.max(1000, worksheet.rowCount), columns: Math.max(26, worksheet.columnCount) };
}

/**
 * One merge made by exceljs's call (`mergeCellsWithoutStyle`: every cell keeps its own style) over the part of it inside
 * `grid` (at least its first cell), then given back its whole extent in exceljs's merge table, which the model's merge
 * list is read from (`worksheet.model.merges`), so a file's whole-column merge is read as written without a million
 * covered cells. The writer (`forWriting`) also makes the merge's last cell: exceljs writes `<mergeCells>` from the
 * covered cells, each widening its first cell's ref (`lib/xlsx/xform/sheet/merges.js`, `expandToAddress`), so that one
 * cell writes the ref back whole.
 */
function mergeWithin(worksheet: ExcelJS.Worksheet, m: GridRect, grid: { rows: number; columns: number }, forWriting = false): void {
  const bottom = m.row + m.numRows - 1;
  const right = m.column + m.numColumns - 1;
  const clippedBottom = Math.max(m.row, Math.min(bottom, grid.rows));
  const clippedRight = Math.max(m.column, Math.min(right, grid.columns));
  worksheet.mergeCellsWithoutStyle(m.row, m.column, clippedBottom, clippedRight);
  if (clippedBottom === bottom && clippedRight === right) return;
  // exceljs keys its merge table by the first cell's address ("M1").
  const made = mergeTable(worksheet)?.table[`${columnLetters(m.column)}${m.row}`] as ExcelRangeModel | undefined;
  if (made?.model) Object.assign(made.model, { bottom, right });
  if (forWriting) worksheet.getCell(bottom, right).merge(worksheet.getCell(m.row, m.column), true);
}

/**
 * Defers each worksheet's merges (the sheet's `<mergeCells>` list, one `<mergeCell ref="B4:G4"/>` a merge: ECMA-376
 * Part 1 §18.3.1.55) until the file is read: exceljs 4.4 applies them while it builds each worksheet
 * (`Worksheet._parseMergeCells`), one `_mergeCellsInternal` a merge, each tested against every earlier one — O(merges²):
 * 3,000 / 6,000 / 12,000 / 24,000 one-row merges took 1.6 / 3.1 / 13.6 / 85.7 s CPU (scale60), and a 20,000-goal plan
 * report holds ~60,000. So the lists exceljs parsed are taken out of its model between its `reconcile` step and the
 * worksheets' creation (`XLSX.load` calls `this.reconcile(model)`, then `workbook.model = model`), and `readMerges`
 * makes them afterwards, in the file's order, with the same exceljs calls. Returns the lists by worksheet id: empty when
 * this exceljs has no `reconcile` step to wrap — then exceljs made the merges itself, as before. A sheet id two tabs
 * share (invalid, but third-party writers produce it) is left to exceljs: it builds one worksheet for the id, the later
 * tab, and a list keyed by the id could be the dropped tab's, whose merges would blank the kept tab's cells (mend60x).
 */
export function deferMerges(workbook: ExcelJS.Workbook): Map<number, unknown[]> {
  const deferred = new Map<number, unknown[]>();
  type ParsedModel = { worksheets?: Array<{ id?: unknown; mergeCells?: unknown }> };
  const reader = workbook.xlsx as unknown as { reconcile?: (model: ParsedModel, options: unknown) => void };
  const reconcile = reader.reconcile;
  if (typeof reconcile !== 'function') return deferred;
  reader.reconcile = function (this: unknown, model: ParsedModel, options: unknown): void {
    reconcile.call(this, model, options);
    const sheets = (model.worksheets ?? []).filter((sheet) => sheet !== undefined && sheet !== null);
    const tabsById = new Map<unknown, number>();
    for (const sheet of sheets) tabsById.set(sheet.id, (tabsById.get(sheet.id) ?? 0) + 1);
    for (const sheet of sheets) {
      if (typeof sheet.id !== 'number' || tabsById.get(sheet.id) !== 1 || !Array.isArray(sheet.mergeCells) || sheet.mergeCells.length === 0) continue;
      deferred.set(sheet.id, sheet.mergeCells);
      sheet.mergeCells = [];
    }
  };
  return deferred;
}

/** Two merges of a tab sharing a cell, named by the refs the file writes: the reader kept the first and skipped the second. */
export interface SkippedMerge {
  tab: string;
  kept: string;
  skipped: string;
}

/**
 * Makes a worksheet's merges as read from its file (`deferMerges`): each one exceljs call on the ref as exceljs decodes
 * it (its own `Range`), as exceljs makes them (`mergeCellsWithoutStyle`: every cell keeps its own style), so the
 * worksheet is the one exceljs built before — cells, merge table and its order — without the n² test, and without the
 * covered cells past the used range (`mergeWithin`). Two merges sharing a cell (found in one sweep, `mergeOverlaps`)
 * stopped the read before (exceljs's test); now the later in the file is skipped — its cells keep their own values —
 * and returned, named by the file's refs, for the caller to say: no OOXML text found forbids overlapping merges (the
 * schema's CT_MergeCell is a bare ref, ECMA-376 Part 1 §18.3.1.55), but Excel opens such a file only through its repair,
 * dropping merge records, LibreOffice 7.4 opens it silently, and Sheets holds none (`writeMerges`). A ref with a sheet
 * name ("Plan!A1:B2", which no ST_Ref has) takes exceljs's own path, its test included.
 */
export function readMerges(worksheet: ExcelJS.Worksheet, refs: readonly unknown[]): SkippedMerge[] {
  if (!refs.every((ref) => typeof ref === 'string' && !ref.includes('!'))) {
    refs.forEach((ref) => worksheet.mergeCellsWithoutStyle(ref as string));
    return [];
  }
  if (refs.length === 0) return [];
  const written = refs as readonly string[];
  const rects = written.map((ref): GridRect => {
    const range = new (excelRange())(ref);
    return { row: range.top, column: range.left, numRows: range.bottom - range.top + 1, numColumns: range.right - range.left + 1 };
  });
  const pairs = mergeOverlaps(rects);
  const skipped = new Set(pairs.map(([, later]) => later));
  const grid = mergeGrid(worksheet);
  const kept = rects.map((_rect, index) => index).filter((index) => !skipped.has(index));
  if (mergeTable(worksheet)) mergeWithoutRescan(worksheet, kept, (index) => mergeWithin(worksheet, rects[index], grid));
  else kept.forEach((index) => mergeWithin(worksheet, rects[index], grid));
  return pairs.map(([first, later]) => ({ tab: worksheet.name, kept: written[first], skipped: written[later] }));
}

/** exceljs's `Range` (its decoder of a ref, as `mergeCells` reads one), loaded as exceljs itself is. */
function excelRange(): new (ref: string) => { top: number; left: number; bottom: number; right: number } {
  return load('exceljs/lib/doc/range') as new (ref: string) => { top: number; left: number; bottom: number; right: number };
}

/** The first two merges sharing a cell (the writer refuses the sheet), or null. */
export function overlappingMerges(merges: readonly GridRect[]): [GridRect, GridRect] | null {
  const first = mergeOverlaps(merges)[0];
  return first ? [merges[first[0]], merges[first[1]]] : null;
}

/**
 * The merges to skip so that none of the rest share a cell, each beside one it overlaps that comes before it in the list
 * (indices: [earlier, later]), in O(n log n + n·w) for n merges, w the most merges side by side on one row (at most
 * the sheet's columns: the ordered list is an array, so entering or leaving it shifts up to w entries) — never all
 * pairs: a 20,000-goal report writes ~60,000, one a row, w = 1. A sweep down the rows keeps the merges crossing the
 * current row, which are disjoint in columns (an overlapping one never enters, or leaves for the earlier one), so ordered
 * by first column a new merge can only meet the one starting last at or before its last column. Without overlaps each
 * merge is tested once (`rectsIntersect`) and enters and leaves the ordered list once.
 */
export function mergeOverlaps(merges: readonly GridRect[]): Array<[number, number]> {
  const bottom = (i: number) => merges[i].row + merges[i].numRows - 1;
  const indices = merges.map((_m, i) => i);
  const byTop = [...indices].sort((a, b) => merges[a].row - merges[b].row || a - b);
  const byBottom = [...indices].sort((a, b) => bottom(a) - bottom(b) || a - b);
  const crossing: number[] = [];
  const pairs: Array<[number, number]> = [];
  /** Index in `crossing` of the last merge starting at or before `column` (-1 if none). */
  const lastStartingBy = (column: number): number => {
    let low = 0;
    let high = crossing.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (merges[crossing[middle]].column <= column) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  };
  let ended = 0;
  for (const m of byTop) {
    const rect = merges[m];
    // Merges ending above this row leave (each entered, or was skipped and is not there).
    for (; ended < byBottom.length && bottom(byBottom[ended]) < rect.row; ended++) {
      const at = lastStartingBy(merges[byBottom[ended]].column);
      if (crossing[at] === byBottom[ended]) crossing.splice(at, 1);
    }
    let entering = true;
    for (;;) {
      const at = lastStartingBy(rect.column + rect.numColumns - 1);
      if (at < 0 || !rectsIntersect(merges[crossing[at]], rect)) break;
      const other = crossing[at];
      if (other < m) {
        pairs.push([other, m]);
        entering = false;
        break;
      }
      // The one in the list comes later in the file: it leaves, and this merge meets its next neighbour.
      pairs.push([m, other]);
      crossing.splice(at, 1);
    }
    if (entering) crossing.splice(lastStartingBy(rect.column + rect.numColumns - 1) + 1, 0, m);
  }
  return pairs;
}

/** Sheet features kept from the original file (Apps Script cannot see or change them). */
function writeSheetExtras(worksheet: ExcelJS.Worksheet, sheet: SheetModel, media: Map<number, number>): void {
  const extras = sheet.xlsx;
  // Each extra is best effort: one exceljs refuses must not cost the user the whole file.
  const attempt = (write: () => void): void => {
    try {
      write();
    } catch {
      // Dropped (see the module comment).
    }
  };
  attempt(() => {
    if (extras.autoFilter) worksheet.autoFilter = plain(extras.autoFilter) as ExcelJS.AutoFilter;
  });
  attempt(() => {
    if (extras.pageSetup) worksheet.pageSetup = { ...worksheet.pageSetup, ...(plain(extras.pageSetup) as Partial<ExcelJS.PageSetup>) };
  });
  let priority = 1000;
  for (const block of (extras.conditionalFormats ?? []) as ExcelJS.ConditionalFormattingOptions[]) {
    attempt(() => worksheet.addConditionalFormatting({ ref: block.ref, rules: block.rules.map((rule) => ({ ...rule, priority: priority++ })) }));
  }
  for (const image of extras.images ?? []) {
    const id = media.get(image.media);
    if (id !== undefined) attempt(() => worksheet.addImage(id, plain(image.range) as ExcelJS.ImageRange));
  }
}

function columnLetters(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet's print settings (SheetPrintSetup) over what it had: exceljs writes fitToPage as sheetPr/pageSetUpPr. */
function applyPrintSetup(worksheet: ExcelJS.Worksheet | undefined, print: SheetPrintSetup): void {
  if (!worksheet) return;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: { ...print.margins },
    horizontalCentered: print.horizontalCentered ?? false,
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` } : {}),
    ...(print.repeatColumns ? { printTitlesColumn: `${columnLetters(print.repeatColumns.from)}:${columnLetters(print.repeatColumns.to)}` } : {}),
    // exceljs puts a "$" before each corner ("A$1" → "$A$1"): the defined name is then absolute, as Excel writes it.
    ...(print.printArea ? { printArea: `A$1:${columnLetters(print.printArea.columns)}$${print.printArea.rows}` } : {}),
  };
  // exceljs writes a row's break below it (brk id = its 1-based number = the next row's zero-based id).
  for (const row of print.breaksBefore ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
}

function persistValue(value: unknown): unknown {
  return isDate(value) ? { $date: value.toISOString() } : value;
}

function collectState(emulator: Emulator, spilled: ReadonlyMap<string, string[]> = new Map()): PersistedState {
  const model = emulator.spreadsheet.model;
  const nameOf = (id: number): string => model.sheetById(id)?.name ?? '';
  const rects = (ranges: ConditionalRuleSpec['ranges']): PersistedRect[] => ranges.map(({ sheetId, ...rect }) => ({ sheet: nameOf(sheetId), ...rect }));
  const state: PersistedState = {
    spreadsheet: { locale: model.locale, timeZone: model.timeZone, name: model.name },
    documentProperties: Object.fromEntries(emulator.properties.document),
    developerMetadata: model.developerMetadata.map((m) => {
      const loc = m.location;
      const location: PersistedLocation =
        loc.type === 'SPREADSHEET' ? { type: 'SPREADSHEET' } : loc.type === 'SHEET' ? { type: 'SHEET', sheet: nameOf(loc.sheetId) } : { type: loc.type, sheet: nameOf(loc.sheetId), index: loc.index };
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    }),
    // Object.fromEntries defines each name as its own key ("__proto__" included); the reader walks the sheets, not the keys.
    sheets: Object.fromEntries(
      model.sheets.flatMap((sheet) => {
        const validations = collectValidations(sheet);
        const filled = spilled.get(sheet.name);
        if (sheet.conditionalRules.length === 0 && validations.length === 0 && !filled) return [];
        return [[sheet.name, { conditionalRules: sheet.conditionalRules.map((rule) => ({ ...rule, ranges: rects(rule.ranges), values: rule.values.map(persistValue) })), validations, ...(filled ? { spilled: filled } : {}) }] as const];
      }),
    ),
  };
  return state;
}

/**
 * How one sheet prints, written as SpreadsheetML's print settings (ECMA-376 Part 1, §18.3.1.63 `pageSetup`: its
 * `fitToWidth`/`fitToHeight` are pages wide/tall, 0 meaning "as many as needed", and take effect only when the sheet's
 * `sheetPr/pageSetUpPr` has `fitToPage="1"`, §18.3.1.65; §18.3.1.62 `pageMargins`, in inches; rows repeated on every
 * page are the sheet-scoped defined name `_xlnm.Print_Titles`, §18.2.5). Google Sheets has no such settings for a
 * script to set (its print dialog asks each time), so only the files we write carry them.
 */
export interface SheetPrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Pages wide: 1 prints every column on one page width, scaled down if need be. */
  fitToWidth: number;
  /** Pages tall: 0 lets the rows run over as many pages as they need. */
  fitToHeight: number;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows printed at the top of every page (1-based, inclusive). */
  repeatRows?: { from: number; to: number };
  /** Columns printed at the left of every page (1-based, inclusive; with the rows, the same `_xlnm.Print_Titles`). */
  repeatColumns?: { from: number; to: number };
  /** The cells that print (the sheet-scoped defined name `_xlnm.Print_Area`, §18.2.5), 1-based and inclusive; absent: the used range. */
  printArea?: { rows: number; columns: number };
  horizontalCentered?: boolean;
  /** Rows (1-based) that start a new page: manual row breaks (§18.3.1.73 `rowBreaks`, each `brk` above its zero-based row id). */
  breaksBefore?: number[];
}

/** How a workbook is written. */
export interface XlsxWriteOptions {
  /** Print settings per sheet (null: the sheet keeps what it had, if anything, from the file it was read from). */
  printSetup?: (sheet: { id: number; name: string; frozenRows: number }) => SheetPrintSetup | null;
  /**
   * Keep the add-on state (locale, time zone, name, properties, developer metadata, exact rules
   * and validations, original tab names) in a custom XML part so a later load restores it —
   * default true. It is no sheet: nothing shows in Excel, LibreOffice or Google Sheets. Shipped
   * examples leave it out.
   */
  state?: boolean;
  /** Created/modified time stored in the file (default now); a fixed one makes the document properties reproducible. */
  timestamp?: Date;
  /**
   * The result to cache in a formula cell the emulator leaves blank (a custom function: the preview computes it), by the
   * sheet's name and the cell's 0-based row and column; a Date is a wall-clock date (UTC fields).
   */
  cachedResult?: (sheet: string, row: number, column: number) => unknown;
  /**
   * The rows and columns a formula's array result fills (=SMARTSCORE(A2:A20): 19 × 1), by the same address; null for a
   * one-cell result. The formula stays in its own cell; the cells it fills get `cachedResult`'s values, plain (not an array formula: LibreOffice recalculates those on load).
   */
  arrayResult?: (sheet: string, row: number, column: number) => { rows: number; columns: number } | null;
}

/** The emulated spreadsheet as an .xlsx buffer. */
export async function toXlsxBuffer(emulator: Emulator, options: XlsxWriteOptions = {}): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'SMART Goals for Sheets';
  // The document's language (core properties' dc:language, ECMA-376 Part 2 §11.4: an RFC 3066 tag), the spreadsheet's locale's;
  // exceljs writes it (its typings omit it).
  (workbook as unknown as { language: string }).language = chartLanguage(emulator.spreadsheet.model.locale);
  if (options.timestamp) {
    workbook.created = options.timestamp;
    workbook.modified = options.timestamp;
  }
  const model = emulator.spreadsheet.model;
  // Images and defined names the file had (by index in model.xlsx.media → workbook image id).
  const media = new Map<number, number>();
  (model.xlsx.media ?? []).forEach((item, index) => {
    media.set(index, workbook.addImage({ buffer: item.buffer as unknown as ExcelJS.Buffer, extension: item.extension as 'png' | 'jpeg' | 'gif' }));
  });
  const used = new Set<string>();
  // Each tab's name in the file, by sheet id, in the workbook's order: nothing below depends on an object's key order
  // (integer-like names such as "2024" come first among Object.keys) nor on a name being a safe key ("__proto__").
  const excelNames = new Map<number, string>();
  // [name in the file, tab's name] of the tabs whose name the file could not hold as is.
  const renamed: Array<[string, string]> = [];
  const spilled = new Map<string, string[]>();
  for (const sheet of model.sheets) {
    const excelName = excelSheetName(sheet.name, used);
    excelNames.set(sheet.id, excelName);
    if (excelName !== sheet.name) renamed.push([excelName, sheet.name]);
    const filled = writeSheet(workbook, sheet, media, excelName, model.locale, options.cachedResult, options.arrayResult);
    if (filled.length > 0) spilled.set(sheet.name, filled);
    const print = options.printSetup?.({ id: sheet.id, name: sheet.name, frozenRows: sheet.frozenRows }) ?? null;
    if (print) applyPrintSetup(workbook.getWorksheet(excelName), print);
  }
  if (model.xlsx.definedNames) {
    try {
      const names = workbook.definedNames as unknown as { model: unknown };
      names.model = plain(model.xlsx.definedNames);
    } catch {
      // Best effort, like the sheet extras.
    }
  }
  // The state also remembers the locale and time zone, which xlsx has no place for.
  const state = options.state === false ? null : JSON.stringify({ ...collectState(emulator, spilled), ...(renamed.length > 0 ? { sheetNames: Object.fromEntries(renamed) } : {}) });
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  if (active >= 0) workbook.views = [{ activeTab: active, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  const sheets = model.sheets.map((sheet) => ({
    excelName: excelNames.get(sheet.id) ?? sheet.name,
    charts: sheet.charts.map((spec) => resolveChart(model, spec)).filter((chart): chart is ResolvedChart => chart !== null),
  }));
  return addPackageExtras(data, {
    sheets,
    sheetNameOf: (id) => excelNames.get(id) ?? '',
    state,
    localeTag: localeTag(model.locale),
    locale: model.locale,
    // The file's own base font, else Sheets' default, Arial 10 (see SHEETS_FONT): a cell the add-on writes without a
    // font is drawn as Sheets draws it (exceljs's Calibri 11 made LibreOffice lay the report out in Carlito).
    baseFont: model.xlsx.baseFont ?? SHEETS_BASE_FONT,
    ...(options.timestamp ? { date: options.timestamp } : {}),
  });
}

/** Writes the emulated spreadsheet to an .xlsx file. */
export async function saveXlsx(emulator: Emulator, file: string, options: XlsxWriteOptions = {}): Promise<void> {
  await writeFile(file, await toXlsxBuffer(emulator, options));
}

