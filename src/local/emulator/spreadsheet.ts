/** Spreadsheet and SpreadsheetApp, plus the context that ties facades to the data model. */
import { parseA1, splitSheetName, type GridRect } from './a1';
import type { SpreadsheetContext, UiRecord } from './context';
import { emulatedBase } from './facade';
import {
  BooleanCriteria,
  BorderStyle,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  Direction,
  InterpolationType,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './enums';
import { EmulatedConditionalFormatRuleBuilder } from './formats';
import { addMetadata, DeveloperMetadataFinderImpl } from './metadata';
import { defaultSheetName, type SheetModel, type SpreadsheetModel } from './model';
import { checkDeleteSheet, protectionsOf } from './protection';
import { EmulatedRange } from './range';
import type { EmulatorRuntime } from './runtime';
import { EmulatedSheet, SHEET_ERRORS } from './sheet';
import { EmulatedDataValidationBuilder } from './validation';


/** Builds the context (facade caches) for a spreadsheet model. */
export function createSpreadsheetContext(runtime: EmulatorRuntime, model: SpreadsheetModel, ui: UiRecord): SpreadsheetContext {
  const sheets = new WeakMap<SheetModel, EmulatedSheet>();
  let spreadsheet: EmulatedSpreadsheet | null = null;
  const context: SpreadsheetContext = {
    runtime,
    model,
    ui,
    sheet(sheetModel) {
      let facade = sheets.get(sheetModel);
      if (!facade) {
        facade = new EmulatedSheet(context, sheetModel);
        sheets.set(sheetModel, facade);
      }
      return facade;
    },
    range: (sheetModel: SheetModel, rect: GridRect) => new EmulatedRange(context, sheetModel, rect),
    spreadsheet() {
      spreadsheet ??= new EmulatedSpreadsheet(context);
      return spreadsheet;
    },
  };
  return context;
}

export class EmulatedSpreadsheet extends emulatedBase<GoogleAppsScript.Spreadsheet.Spreadsheet>('Spreadsheet') implements GoogleAppsScript.Spreadsheet.Spreadsheet {
  constructor(readonly context: SpreadsheetContext) {
    super(context.runtime);
  }

  /** The data model (plain data; reading it is not an Apps Script call). */
  get model(): SpreadsheetModel {
    return this.context.model;
  }

  private guard(method: string): void {
    this.context.runtime.requireAuth('Spreadsheet', method);
  }

  private facade(sheet: SheetModel): EmulatedSheet {
    return this.context.sheet(sheet);
  }

  override getId(): string {
    return this.context.model.id;
  }

  override getName(): string {
    return this.context.model.name;
  }

  override rename(newName: string): void {
    this.context.model.name = String(newName);
  }

  override getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.context.model.id}/edit`;
  }

  override getSpreadsheetLocale(): string {
    return this.context.model.locale;
  }

  override setSpreadsheetLocale(locale: string): void {
    this.context.model.locale = String(locale);
  }

  override getSpreadsheetTimeZone(): string {
    return this.context.model.timeZone;
  }

  override setSpreadsheetTimeZone(timezone: string): void {
    this.context.model.timeZone = String(timezone);
  }

  override getSheets(): EmulatedSheet[] {
    this.guard('getSheets');
    return this.context.model.sheets.map((s) => this.facade(s));
  }

  override getNumSheets(): number {
    return this.context.model.sheets.length;
  }

  override getSheetByName(name: string): EmulatedSheet | null {
    this.guard('getSheetByName');
    const sheet = this.context.model.sheetByName(String(name));
    return sheet ? this.facade(sheet) : null;
  }

  override getSheetById(id: number): EmulatedSheet | null {
    this.guard('getSheetById');
    const sheet = this.context.model.sheetById(id);
    return sheet ? this.facade(sheet) : null;
  }

  override insertSheet(first?: unknown, second?: unknown): EmulatedSheet {
    this.context.runtime.requireWrite('Spreadsheet', 'insertSheet');
    const model = this.context.model;
    let name: string | null = null;
    let index: number = model.sheets.length;
    if (typeof first === 'string') name = first;
    if (typeof first === 'number') index = first;
    if (typeof second === 'number') index = second;
    if (first !== undefined && typeof first === 'object' && first !== null) throw new Error('not emulated: Spreadsheet.insertSheet(options)');
    if (second !== undefined && typeof second === 'object' && second !== null) throw new Error('not emulated: Spreadsheet.insertSheet(options)');
    if (name === null) {
      let n = model.sheets.length + 1;
      while (model.sheetByName(defaultSheetName(model.locale, n))) n++;
      name = defaultSheetName(model.locale, n);
    }
    if (name.trim() === '') throw new Error('Invalid sheet name.');
    const lower = name.toLowerCase();
    if (model.sheets.some((s) => s.name.toLowerCase() === lower)) throw new Error(SHEET_ERRORS.nameTaken(name));
    if (!Number.isInteger(index) || index < 0 || index > model.sheets.length) throw new Error('The sheet index is out of range.');
    model.checkLimits(1000 * 26);
    const sheet = model.addSheet(name, index);
    // Sheets activates a newly inserted sheet.
    model.activeSheetId = sheet.id;
    model.activeRange = { sheetId: sheet.id, row: 1, column: 1, numRows: 1, numColumns: 1 };
    return this.facade(sheet);
  }

  override deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.context.runtime.requireWrite('Spreadsheet', 'deleteSheet');
    const model = this.context.model;
    const target = (sheet as unknown as EmulatedSheet).model;
    if (!target || !model.sheets.includes(target)) throw new Error(SHEET_ERRORS.deleted);
    if (model.sheets.length === 1) throw new Error('You can\'t remove all the sheets in a document.');
    checkDeleteSheet(model.protections, target.id);
    model.sheets = model.sheets.filter((s) => s !== target);
    model.protections = model.protections.filter((p) => p.sheetId !== target.id);
    model.developerMetadata = model.developerMetadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== target.id);
    if (model.activeSheetId === target.id) {
      model.activeSheetId = model.sheets[0].id;
      model.activeRange = null;
    }
  }

  /** Moves the active sheet to the 1-based position `pos`. */
  override moveActiveSheet(pos: number): void {
    this.context.runtime.requireWrite('Spreadsheet', 'moveActiveSheet');
    const model = this.context.model;
    if (!Number.isInteger(pos) || pos < 1 || pos > model.sheets.length) throw new Error('The sheet index is out of range.');
    const active = model.activeSheet();
    model.sheets = model.sheets.filter((s) => s !== active);
    model.sheets.splice(pos - 1, 0, active);
  }

  override getActiveSheet(): EmulatedSheet {
    this.guard('getActiveSheet');
    return this.facade(this.context.model.activeSheet());
  }

  override setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    (sheet as unknown as EmulatedSheet).activate();
    return sheet;
  }

  override getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    this.guard('getActiveRange');
    const active = this.context.model.activeRange;
    if (!active) return null;
    const sheet = this.context.model.sheetById(active.sheetId);
    if (!sheet) return null;
    const { sheetId: _sheetId, ...rect } = active;
    return this.context.range(sheet, rect);
  }

  override getActiveCell(): GoogleAppsScript.Spreadsheet.Range {
    this.guard('getActiveCell');
    const active = this.context.model.activeRange;
    const sheet = (active && this.context.model.sheetById(active.sheetId)) || this.context.model.activeSheet();
    return this.context.range(sheet, { row: active?.row ?? 1, column: active?.column ?? 1, numRows: 1, numColumns: 1 });
  }

  override setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    (range as unknown as EmulatedRange).activate();
    return range;
  }

  override setActiveSelection(rangeOrA1: GoogleAppsScript.Spreadsheet.Range | string): GoogleAppsScript.Spreadsheet.Range {
    const range = typeof rangeOrA1 === 'string' ? this.rangeFromA1(rangeOrA1) : rangeOrA1;
    (range as unknown as EmulatedRange).activate();
    return range;
  }

  /** "Tab!A1:B2", or "A1:B2" on the active sheet. */
  rangeFromA1(a1: string): EmulatedRange {
    const { sheetName, cells } = splitSheetName(String(a1));
    const sheet = sheetName === null ? this.context.model.activeSheet() : this.context.model.sheetByName(sheetName);
    if (!sheet) throw new Error(SHEET_ERRORS.invalidA1);
    const rect = parseA1(cells, sheet.maxRows, sheet.maxColumns);
    if (!rect) throw new Error(SHEET_ERRORS.invalidA1);
    return this.facade(sheet).getRange(cells);
  }

  override getRange(a1Notation: string): EmulatedRange {
    this.guard('getRange');
    return this.rangeFromA1(a1Notation);
  }

  override toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.context.runtime.requireUi('toast');
    this.context.ui.toasts.push({ message: String(msg), title: title === undefined || title === null ? '' : String(title), timeoutSeconds });
  }

  override addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    this.context.runtime.requireWrite('Spreadsheet', 'addDeveloperMetadata');
    addMetadata(this.context.model, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }

  /** Spreadsheet.getProtections(type): every sheet's protections of that type (./protection.ts). */
  override getProtections(...args: [GoogleAppsScript.Spreadsheet.ProtectionType]): GoogleAppsScript.Spreadsheet.Protection[] {
    this.guard('getProtections');
    return protectionsOf(this.context, args, null);
  }

  override getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.guard('getDeveloperMetadata');
    return new DeveloperMetadataFinderImpl(this.context, (loc) => loc.type === 'SPREADSHEET').find();
  }

  override createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.guard('createDeveloperMetadataFinder');
    return new DeveloperMetadataFinderImpl(this.context, () => true);
  }

  override getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [];
  }

  override getRangeByName(_name: string): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }
}

export class EmulatedSpreadsheetApp extends emulatedBase<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('SpreadsheetApp') implements GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  override readonly BooleanCriteria = BooleanCriteria;
  override readonly BorderStyle = BorderStyle;
  override readonly InterpolationType = InterpolationType;
  override readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  override readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  override readonly Dimension = Dimension;
  override readonly Direction = Direction;
  override readonly WrapStrategy = WrapStrategy;
  override readonly SheetType = SheetType;
  override readonly ProtectionType = ProtectionType;
  override readonly DataValidationCriteria = DataValidationCriteria;
  /** Not in Apps Script's SpreadsheetApp (it is Charts.ChartType); kept as an alias for convenience. */
  readonly ChartType = ChartType;

  constructor(
    readonly context: SpreadsheetContext,
    private readonly ui: GoogleAppsScript.Base.Ui,
  ) {
    super(context.runtime);
  }

  private guard(method: string): void {
    this.context.runtime.requireAuth('SpreadsheetApp', method);
  }

  override getActiveSpreadsheet(): EmulatedSpreadsheet {
    this.guard('getActiveSpreadsheet');
    return this.context.spreadsheet();
  }

  override getActive(): EmulatedSpreadsheet {
    this.guard('getActive');
    return this.context.spreadsheet();
  }

  override getActiveSheet(): EmulatedSheet {
    this.guard('getActiveSheet');
    return this.context.sheet(this.context.model.activeSheet());
  }

  override getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    this.guard('getActiveRange');
    const spreadsheet = this.context.spreadsheet();
    return spreadsheet.getActiveRange() ?? spreadsheet.getActiveCell();
  }

  override getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    this.guard('getCurrentCell');
    return this.context.spreadsheet().getActiveCell();
  }

  override setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    (sheet as unknown as EmulatedSheet).activate();
    return sheet;
  }

  override setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    (range as unknown as EmulatedRange).activate();
    return range;
  }

  override getUi(): GoogleAppsScript.Base.Ui {
    this.context.runtime.requireUi('getUi');
    return this.ui;
  }

  override newConditionalFormatRule(): EmulatedConditionalFormatRuleBuilder {
    return new EmulatedConditionalFormatRuleBuilder(this.context);
  }

  override newDataValidation(): EmulatedDataValidationBuilder {
    return new EmulatedDataValidationBuilder(this.context);
  }

  override flush(): void {
    // Writes are applied immediately in memory: nothing to flush.
  }
}
