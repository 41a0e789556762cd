/**
 * Protected ranges and sheets — Apps Script's `Protection` (developers.google.com/apps-script/reference/spreadsheet/protection):
 * "A protected range can protect either a static range of cells or a named range. A protected sheet may
 * include unprotected regions." Found with `Sheet.getProtections(type)` / `Spreadsheet.getProtections(type)`,
 * `type` a `SpreadsheetApp.ProtectionType` ("RANGE: Protection for a range. SHEET: Protection for a sheet",
 * developers.google.com/apps-script/reference/spreadsheet/protection-type); made with `Range.protect()` /
 * `Sheet.protect()`.
 *
 * What the model holds and does:
 * - `userCanEdit`: whether the user the script runs as may edit it — `Protection.canEdit()` ("Determines whether
 *   the user has permission to edit the protected range or sheet"; the spreadsheet's owner always may). A
 *   protection the script creates is editable by its creator; a test states who else's it is
 *   (`Emulator.protect`).
 * - Warning-only (`isWarningOnly` / `setWarningOnly`): "Warning-based protection means that every user can edit
 *   data in the protected range, except editing will prompt a warning asking the user to confirm the edit. When
 *   writing: if this field is true, then editors are ignored" (Sheets API v4 `ProtectedRange.warningOnly`,
 *   developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange). A script has no one to
 *   prompt: its writes go through, as every user's edits do (no documented script-side warning).
 * - A refused write throws Sheets' message for an edit of a protected cell, "You are trying to edit a protected
 *   cell or object. Please contact the spreadsheet owner to remove protection if you need to edit." (the Sheets
 *   API's 400 answer, quoted in theoephraim/node-google-spreadsheet pull request #20; Apps Script throws it as an
 *   `Exception` with that text — the reference documents no wording, and Apps Script translates its messages
 *   into the user's language). Refused: a cell write (values, formulas, formats, notes, clears, merges,
 *   validations) touching a protected range, or a protected sheet outside its unprotected ranges; a change to
 *   the sheet itself that the emulator guards (rename, insert/delete/move rows or columns, frozen rows, conditional
 *   rules, charts, hiding it, its developer metadata) on a protected sheet — column widths and row heights are not checked; deleting rows/columns crossing a protected range; deleting a sheet
 *   holding any protection the user cannot edit. Inserting a sheet is never refused (a new sheet has no protection).
 * - Protected ranges (and a protected sheet's unprotected ranges) follow inserted and deleted rows and columns
 *   (SpreadsheetModel.shiftProtections); they keep their rectangle when columns are moved (not modelled).
 */
import { rectContains, rectsIntersect, type GridRect } from './a1';
import type { SpreadsheetContext } from './context';
import { emulatedBase, enumName } from './facade';
import { ProtectionType } from './enums';
import type { EmulatedRange } from './range';
import { EmulatedUser } from './services';

export const PROTECTED_EDIT_ERROR = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** The protected cells (RANGE); null for a whole sheet. */
  rect: GridRect | null;
  /** A protected sheet's unprotected regions. */
  unprotected: GridRect[];
  description: string;
  warningOnly: boolean;
  /** Protection.canEdit() for the user the script runs as. */
  userCanEdit: boolean;
  editors: string[];
}


/** Whether the protection stops the script's user (warning-only protections let every user edit). */
function refuses(p: ProtectionModel): boolean {
  return !p.userCanEdit && !p.warningOnly;
}

/**
 * Throws Sheets' error when a protection the user cannot edit covers the edit: `rect` for cells written, null
 * for a change to the sheet itself; `crossing` for row/column deletions (any protected range they cross).
 */
export function checkEdit(protections: readonly ProtectionModel[], sheetId: number, rect: GridRect | null, crossing = false): void {
  for (const p of protections) {
    if (p.sheetId !== sheetId || !refuses(p)) continue;
    if (p.type === 'SHEET') {
      if (rect && !crossing && p.unprotected.some((u) => rectContains(u, rect))) continue;
      throw new Error(PROTECTED_EDIT_ERROR);
    }
    if (rect && p.rect && rectsIntersect(rect, p.rect)) throw new Error(PROTECTED_EDIT_ERROR);
  }
}

/** Deleting a sheet: refused while it holds a protection its user cannot edit. */
export function checkDeleteSheet(protections: readonly ProtectionModel[], sheetId: number): void {
  if (protections.some((p) => p.sheetId === sheetId && refuses(p))) throw new Error(PROTECTED_EDIT_ERROR);
}

export class EmulatedProtection extends emulatedBase<GoogleAppsScript.Spreadsheet.Protection>('Protection') implements GoogleAppsScript.Spreadsheet.Protection {
  constructor(
    readonly context: SpreadsheetContext,
    readonly model: ProtectionModel,
  ) {
    super(context.runtime);
  }

  /** Changing a protection takes edit rights on it (the owner's, or an editor's). */
  private requireEditor(method: string): void {
    this.context.runtime.requireWrite('Protection', method);
    if (!this.model.userCanEdit) throw new Error(PROTECTED_EDIT_ERROR);
    if (!this.context.model.protections.includes(this.model)) throw new Error('This protection was removed.');
  }

  private sheetModel() {
    const sheet = this.context.model.sheetById(this.model.sheetId);
    if (!sheet) throw new Error('Sheet not found (it was deleted).');
    return sheet;
  }

  override canEdit(): boolean {
    // Warning-only: "every user can edit data in the protected range".
    return this.model.userCanEdit || this.model.warningOnly;
  }

  override canDomainEdit(): boolean {
    return false;
  }

  override isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  override setWarningOnly(warningOnly: boolean): this {
    this.requireEditor('setWarningOnly');
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }

  override getDescription(): string {
    return this.model.description;
  }

  override setDescription(description: string): this {
    this.requireEditor('setDescription');
    this.model.description = String(description);
    return this;
  }

  override getEditors(): GoogleAppsScript.Base.User[] {
    // "Editors are not supported with warning_only protection" (Sheets API ProtectedRange.editors).
    return this.model.warningOnly ? [] : this.model.editors.map((email) => new EmulatedUser(this.context.runtime, email));
  }

  override getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.model.type === 'SHEET' ? ProtectionType.SHEET : ProtectionType.RANGE;
  }

  override getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.sheetModel();
    return this.context.range(sheet, this.model.rect ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns });
  }

  override getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheet = this.sheetModel();
    return this.model.unprotected.map((rect) => this.context.range(sheet, rect));
  }

  override setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.requireEditor('setUnprotectedRanges');
    // "Unprotects the given array of ranges within a protected sheet" (ignored on a protected range).
    if (this.model.type === 'SHEET') this.model.unprotected = ranges.map((r) => ({ ...(r as unknown as EmulatedRange).rect }));
    return this;
  }

  override remove(): void {
    this.requireEditor('remove');
    this.context.model.protections = this.context.model.protections.filter((p) => p !== this.model);
  }
}

/**
 * getProtections(type) of a sheet (sheetId) or of the whole spreadsheet (null), in creation order. A call without a
 * ProtectionType is refused with Apps Script's wrong-signature message naming the class and method and the types
 * passed, as the emulator words it elsewhere ("The parameters (number) don't match the method signature for
 * SpreadsheetApp.Sheet.getRange.").
 */
export function protectionsOf(context: SpreadsheetContext, args: readonly unknown[], sheetId: number | null): EmulatedProtection[] {
  const name = enumName(args[0]);
  if (name !== 'RANGE' && name !== 'SHEET') {
    const types = args.map((a) => (a === null ? 'null' : typeof a === 'string' ? 'String' : typeof a === 'object' ? 'Object' : typeof a)).join(',');
    throw new Error(`The parameters (${types}) don't match the method signature for SpreadsheetApp.${sheetId === null ? 'Spreadsheet' : 'Sheet'}.getProtections.`);
  }
  return context.model.protections.filter((p) => p.type === name && (sheetId === null || p.sheetId === sheetId)).map((p) => new EmulatedProtection(context, p));
}
