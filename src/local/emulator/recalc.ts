/**
 * Optional formula evaluation (EmulatorOptions.evaluateFormulas, or emulator.recalculate()):
 * every formula cell gets its result as cached value, computed by HyperFormula (GPL-3.0,
 * a devDependency: local tooling only, never bundled). Built-in spreadsheet functions only:
 * custom functions and Sheets-only functions (QUERY, IMPORTXML…) give "#NAME?" — what a
 * formula's value would be before Sheets computes it is unknowable here, not guessed.
 */
import { createRequire } from 'node:module';
import type { HyperFormula as HyperFormulaClass } from 'hyperformula';
import type { SpreadsheetModel } from './model';
import { isDate, isDateFormat, serialToDate, SHEETS_ERROR_CODES, type CellValue } from './values';

type RawCell = string | number | boolean | Date | null;

/**
 * A wall-clock Date (the emulator's UTC fields) as the engine reads a date: HyperFormula takes a Date's LOCAL fields
 * (getFullYear, getHours…) and types it as a date. `setFullYear` keeps years 0–99 (the Date constructor reads them as
 * 1900–1999).
 */
function engineDate(wall: Date): Date {
  const local = new Date(2000, 0, 1, wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds());
  local.setFullYear(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  return local;
}

// Loaded on first use: most emulator users never evaluate formulas (it costs ~0.1 s to load).
const load = createRequire(__filename);
let engineClass: typeof HyperFormulaClass | null = null;
function hyperFormula(): typeof HyperFormulaClass {
  engineClass ??= (load('hyperformula') as { HyperFormula: typeof HyperFormulaClass }).HyperFormula;
  return engineClass;
}

export { SHEETS_ERROR_CODES };

/**
 * A text cell as HyperFormula must be given it: with a leading apostrophe, which it strips and keeps as text. Given
 * bare, HyperFormula re-reads text by its own input rules — "007" becomes 7, "TRUE" true, "30/06/2026" a date, "25%"
 * 0.25 — where Sheets keeps the text the cell holds (the emulator's typed-input model already decided what became a
 * number). An error code is given as a formula of that error literal, so it is an error value as a typed "#N/A" is in Sheets.
 */
export function engineText(text: string): string {
  const code = text.trim().toUpperCase();
  // Given as the error literal of a formula: HyperFormula keeps a bare "#NULL!" or "#ERROR!" as text (ISERROR false).
  return SHEETS_ERROR_CODES.has(code) ? `=${code}` : `'${text}`;
}

function hasFormulas(model: SpreadsheetModel): boolean {
  return model.sheets.some((sheet) => sheet.rows.some((cells) => cells?.some((cell) => !!cell?.formula)));
}

/**
 * The engine's date-typed numbers (`getCellValueDetailedType`): a date cell, DATE(…), TODAY(), EDATE(…), a date plus
 * days. Sheets gives such a result a date: TODAY "Returns the current date as a date value", NOW "the current date and
 * time as a date value", DATE "Converts a year, month, and day into a date" (Docs Editors Help, support.google.com/docs/
 * answer/3092984 and its See also); `=TODAY()+90` shows a date and `getValue` hands out a Date, as for any cell that
 * shows one. Which operations keep the date type (a date plus days does, a date minus a date does not) is the engine's
 * inference: Google documents no table of its automatic formats.
 */
export const DATE_RESULT_TYPES: ReadonlySet<string> = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function resultOf(value: unknown, type: string): CellValue {
  if (value === null || value === undefined) return '';
  // A date result is stored as the emulator stores every date: the wall clock of its serial number.
  if (typeof value === 'number' && DATE_RESULT_TYPES.has(type)) return serialToDate(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // DetailedCellError and friends: Sheets shows the error code ("#DIV/0!").
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

/** Recomputes every formula cell of the spreadsheet; returns how many were computed. */
export function recalculate(model: SpreadsheetModel): number {
  if (!hasFormulas(model)) return 0;
  const input: Record<string, RawCell[][]> = {};
  for (const sheet of model.sheets) {
    input[sheet.name] = sheet.rows.map((cells) =>
      (cells ?? []).map((cell): RawCell => {
        if (!cell) return null;
        if (cell.formula) return cell.formula;
        // A date cell — a Date, or a number shown through a date format — is a date to the engine too, so a formula
        // built on it (=A2+7 down a weekly log) is a date as in Sheets, not a serial number.
        if (isDate(cell.value)) return engineDate(cell.value);
        if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) return engineDate(serialToDate(cell.value));
        // An error code kept as text (`Cell.literal`: typed after an apostrophe) is text to formulas too.
        if (typeof cell.value === 'string') return cell.value === '' ? null : cell.literal ? `'${cell.value}` : engineText(cell.value);
        return cell.value;
      }),
    );
  }
  const engine = hyperFormula().buildFromSheets(input as never, { licenseKey: 'gpl-v3' });
  let computed = 0;
  try {
    for (const sheet of model.sheets) {
      const id = engine.getSheetId(sheet.name);
      if (id === undefined) continue;
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (!cell?.formula) return;
          const address = { sheet: id, row: r, col: c };
          const result = resultOf(engine.getCellValue(address), engine.getCellValueDetailedType(address));
          // A function HyperFormula lacks: keep the value Sheets/Excel cached, if the file had one.
          if (result === '#NAME?' && cell.value !== '') return;
          cell.value = result;
          computed += 1;
        }),
      );
    }
  } finally {
    engine.destroy();
  }
  return computed;
}
