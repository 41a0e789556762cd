/** Developer metadata: key/value tags on the spreadsheet, a sheet, a whole row or a whole column. */
import type { SpreadsheetContext } from './context';
import { emulatedBase, enumName } from './facade';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import type { DeveloperMetadataRecord, MetadataLocation, SpreadsheetModel } from './model';

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

function visibilityName(value: unknown): 'DOCUMENT' | 'PROJECT' {
  return enumName(value) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
}

function isVisibility(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (enumName(value) === 'DOCUMENT' || enumName(value) === 'PROJECT');
}

/** Adds a record; handles the (key), (key, visibility), (key, value), (key, value, visibility) overloads. */
export function addMetadata(model: SpreadsheetModel, location: MetadataLocation, key: string, valueOrVisibility?: unknown, visibility?: unknown): DeveloperMetadataRecord {
  let value: string | null = null;
  let vis: unknown = visibility;
  if (isVisibility(valueOrVisibility)) vis = valueOrVisibility;
  else if (valueOrVisibility !== undefined && valueOrVisibility !== null) value = String(valueOrVisibility);
  const record: DeveloperMetadataRecord = { id: model.newMetadataId(), key: String(key), value, visibility: visibilityName(vis), location };
  model.developerMetadata.push(record);
  return record;
}

export class EmulatedDeveloperMetadata
  extends emulatedBase<GoogleAppsScript.Spreadsheet.DeveloperMetadata>('DeveloperMetadata')
  implements GoogleAppsScript.Spreadsheet.DeveloperMetadata
{
  constructor(
    readonly context: SpreadsheetContext,
    readonly record: DeveloperMetadataRecord,
  ) {
    super(context.runtime);
  }

  override getId(): number {
    return this.record.id;
  }

  override getKey(): string {
    return this.record.key;
  }

  override getValue(): string | null {
    return this.record.value;
  }

  override getVisibility(): Visibility {
    return DeveloperMetadataVisibility[this.record.visibility];
  }

  override setKey(key: string): this {
    this.record.key = String(key);
    return this;
  }

  override setValue(value: string): this {
    this.record.value = value === null || value === undefined ? null : String(value);
    return this;
  }

  override setVisibility(visibility: Visibility): this {
    this.record.visibility = visibilityName(visibility);
    return this;
  }

  override remove(): void {
    const model = this.context.model;
    model.developerMetadata = model.developerMetadata.filter((m) => m !== this.record);
  }

  override getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return new EmulatedMetadataLocation(this.context, this.record.location);
  }

  override moveToSpreadsheet(): this {
    this.record.location = { type: 'SPREADSHEET' };
    return this;
  }

  override moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): this {
    this.record.location = { type: 'SHEET', sheetId: sheet.getSheetId() };
    return this;
  }

  override moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): this {
    this.record.location = { type: 'COLUMN', sheetId: column.getSheet().getSheetId(), index: column.getColumn() };
    return this;
  }

  override moveToRow(row: GoogleAppsScript.Spreadsheet.Range): this {
    this.record.location = { type: 'ROW', sheetId: row.getSheet().getSheetId(), index: row.getRow() };
    return this;
  }
}

export class EmulatedMetadataLocation
  extends emulatedBase<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>('DeveloperMetadataLocation')
  implements GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation
{
  constructor(
    readonly context: SpreadsheetContext,
    readonly location: MetadataLocation,
  ) {
    super(context.runtime);
  }

  override getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType[this.location.type];
  }

  override getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.context.spreadsheet() : null;
  }

  override getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (this.location.type === 'SPREADSHEET') return null;
    const sheet = this.context.model.sheetById(this.location.sheetId);
    return sheet ? this.context.sheet(sheet) : null;
  }

  override getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const loc = this.location;
    if (loc.type !== 'COLUMN') return null;
    const sheet = this.context.model.sheetById(loc.sheetId);
    return sheet ? this.context.range(sheet, { row: 1, column: loc.index, numRows: sheet.maxRows, numColumns: 1, wholeColumns: true }) : null;
  }

  override getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const loc = this.location;
    if (loc.type !== 'ROW') return null;
    const sheet = this.context.model.sheetById(loc.sheetId);
    return sheet ? this.context.range(sheet, { row: loc.index, column: 1, numRows: 1, numColumns: sheet.maxColumns, wholeRows: true }) : null;
  }
}

/** Decides whether a location is in a finder's scope; `intersecting` after onIntersectingLocations(). */
export type MetadataScope = (location: MetadataLocation, intersecting: boolean) => boolean;

export class DeveloperMetadataFinderImpl
  extends emulatedBase<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>('DeveloperMetadataFinder')
  implements GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder
{
  private filters: Array<(record: DeveloperMetadataRecord) => boolean> = [];
  private intersecting = false;

  constructor(
    readonly context: SpreadsheetContext,
    private readonly scope: MetadataScope,
  ) {
    super(context.runtime);
  }

  override withKey(key: string): this {
    this.filters.push((m) => m.key === key);
    return this;
  }

  override withValue(value: string): this {
    this.filters.push((m) => m.value === value);
    return this;
  }

  override withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }

  override withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): this {
    const name = enumName(locationType);
    this.filters.push((m) => m.location.type === name);
    return this;
  }

  override withVisibility(visibility: Visibility): this {
    const name = visibilityName(visibility);
    this.filters.push((m) => m.visibility === name);
    return this;
  }

  override onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }

  override find(): EmulatedDeveloperMetadata[] {
    return this.context.model.developerMetadata
      .filter((m) => this.scope(m.location, this.intersecting) && this.filters.every((f) => f(m)))
      .map((m) => new EmulatedDeveloperMetadata(this.context, m));
  }
}
