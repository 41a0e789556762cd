/**
 * Protected ranges and sheets. A script runs as the user: a write to cells they may not edit throws "You are
 * trying to edit a protected cell or object…" midway through a run. So a surface asks the sheet it is about to
 * write for its protections first (`Sheet.getProtections(SHEET)` and `(RANGE)`: two calls, plus a few per
 * protection found) and writes NOTHING when one covers its cells: a protection the user cannot edit
 * (`Protection.canEdit()`), or a warning-only one (`isWarningOnly()`: Sheets asks a person to confirm such an
 * edit; a script is not asked, so the add-on does not write there either). A protected sheet stops any write to
 * it (the add-on also changes the sheet itself: columns, rows, its conditional rule). docs/ARCHITECTURE.md,
 * "Protected ranges and sheets".
 */
import { t } from '../../core/messages';
import type { Lang } from '../../core/types';
import { UserError } from './env';
import { perCall } from '../scope';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Cells about to be written: first row, first column, rows, columns (1-based). */
export type Area = readonly [number, number, number, number];

function stopping(sheet: Sheet, type: 'SHEET' | 'RANGE'): Protection[] {
  return sheet.getProtections(SpreadsheetApp.ProtectionType[type]).filter((p) => p.isWarningOnly() || !p.canEdit());
}

/** The sheet or range named as the user sees it when a protection covers `areas` of `sheet` (named `name`); null when none does. */
function covering(sheet: Sheet, name: string, areas: readonly Area[]): string | null {
  if (stopping(sheet, 'SHEET').length > 0) return name;
  for (const p of stopping(sheet, 'RANGE')) {
    const range = p.getRange();
    const [row, column, rows, columns] = [range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()];
    if (areas.some(([r, c, n, m]) => r < row + rows && row < r + n && c < column + columns && column < c + m)) return `${name}!${range.getA1Notation()}`;
  }
  return null;
}

/** What this execution checked before writing (asked again when a write throws). */
const checked = () => perCall('protect.checked', () => [] as Array<Parameters<typeof covering>>);

/** Throws the localized UserError naming the protected sheet or range when a protection covers `areas` of `sheet` (named `name`). */
export function assertWritable(lang: Lang, sheet: Sheet, name: string, areas: readonly Area[]): void {
  checked().push([sheet, name, areas]);
  const where = covering(sheet, name, areas);
  if (where !== null) throw UserError.of(lang, 'wb.error.protected', { where });
}

/**
 * A write that threw: the protected-cell message only when a protection now covers cells this execution checked
 * before writing (a protection added during the run), asked of the documented API again (`getProtections`,
 * `canEdit`, `isWarningOnly`) — never read from the error's text, which Apps Script words in the user's language
 * and which another error may share ("protect"). Null otherwise.
 */
export function protectedFailure(lang: Lang): string | null {
  try {
    return checked().some((target) => covering(...target) !== null) ? t(lang, 'wb.error.protectedCell') : null;
  } catch {
    return null;
  }
}
