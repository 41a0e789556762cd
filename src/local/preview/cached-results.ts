/**
 * The workbook's formulas evaluated as the preview shows them, and those values as an .xlsx's cached results: one path
 * for the preview's "Download .xlsx" and the CLI's `report` (fixes59: the CLI wrote custom functions' cells with no
 * cached value, so LibreOffice, which has no SMARTSCORE and does not recalculate an .xlsx on load, showed #NAME?).
 */
import type { Emulator, XlsxWriteOptions } from '../emulator';
import { instantToWall, wallToInstant } from '../emulator/format-date';
import { dateToSerial as wallToSerial, isDate, serialToDate } from '../emulator/values';
import type { LoadedAddon } from '../runtime';
import { closeOpenRanges, evaluateSheets, type FormulaCell, type FormulaSheet } from './formulas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One tab as read through the Spreadsheet service: values, formulas and what the grid draws. */
export interface ReadSheet {
  name: string;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  weights: string[][];
  sizes: number[][];
}

/** Sheets serial number of a date cell: the wall clock the Date shows in the spreadsheet's zone (time as the fraction). */
function zonedDateToSerial(date: Date, timeZone: string): number {
  return Math.round(wallToSerial(instantToWall(date, timeZone)) * 86_400) / 86_400;
}

/** Every tab's used range, read as the add-on reads it. */
export function readSheets(spreadsheet: Spreadsheet): ReadSheet[] {
  return spreadsheet.getSheets().map((sheet) => {
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
      weights: optional<string>(() => range.getFontWeights(), 'normal'),
      sizes: optional(() => range.getFontSizes(), 10),
    };
  });
}

/** The tabs as the formula engine reads them: formulas with their open ranges closed, dates as serial days. */
export function formulaSheets(sheets: readonly ReadSheet[], timeZone: string): FormulaSheet[] {
  // An open-ended range ("A2:B") runs to the last row of the tallest tab: the rows past a tab's data are blank there.
  const lastRow = sheets.reduce((most, sheet) => Math.max(most, sheet.values.length), 1);
  return sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.values.map((row, r) =>
      row.map((value, c): FormulaCell => {
        const formula = sheet.formulas[r]?.[c];
        if (formula) return closeOpenRanges(formula, lastRow);
        if (isDate(value)) return { serial: zonedDateToSerial(value, timeZone) };
        return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : value === null || value === undefined ? '' : String(value);
      }),
    ),
  }));
}

/** How dates cross into and out of a custom function in `timeZone`: a Date at that wall clock in, the day it shows out. */
export function dateCrossing(timeZone: string): { dateArgument: (serial: number) => Date; dateResult: (date: Date) => number } {
  return { dateArgument: (serial) => wallToInstant(serialToDate(serial), timeZone), dateResult: (date) => zonedDateToSerial(date, timeZone) };
}

/**
 * Each formula cell's value as the preview shows it, as `toXlsxBuffer`'s cached results: a custom function's Date as a
 * date (the serial days it was returned as), an array result's other cells as plain values listed in the file
 * (fixes56: LibreOffice showed the first cell only).
 */
export function cachedResults(emulator: Emulator, addon: LoadedAddon): Pick<XlsxWriteOptions, 'cachedResult' | 'arrayResult'> {
  const timeZone = emulator.context.model.timeZone;
  const sheets = readSheets(emulator.spreadsheet as unknown as Spreadsheet);
  const { values, dates, spills } = evaluateSheets(formulaSheets(sheets, timeZone), (name, args) => addon.call(name, ...args), {}, dateCrossing(timeZone));
  const bySheet = new Map(sheets.map((sheet, s) => [sheet.name, s]));
  const cachedResult = (sheet: string, row: number, column: number): unknown => {
    const s = bySheet.get(sheet);
    if (s === undefined) return undefined;
    const value = values[s]?.[row]?.[column];
    return typeof value === 'number' && dates[s].has(`${row}:${column}`) ? serialToDate(value) : value;
  };
  const arrayResult = (sheet: string, row: number, column: number): { rows: number; columns: number } | null => spills[bySheet.get(sheet) ?? -1]?.get(`${row}:${column}`) ?? null;
  return { cachedResult, arrayResult };
}
