/**
 * In-memory Apps Script emulator: runs the built add-on (dist/Code.js, via
 * `loadAddon(emulator.globals)` from src/local/runtime.ts) against a
 * spreadsheet held in memory, loaded from / saved to .xlsx.
 *
 * Emulated (typed against @types/google-apps-script; any other member of an
 * emulated class throws `Error('not emulated: Class.method')`):
 * - SpreadsheetApp (getActiveSpreadsheet/getActive/getActiveSheet/getActiveRange/getUi,
 *   newConditionalFormatRule, newDataValidation, flush, enums incl. DeveloperMetadata*,
 *   BooleanCriteria, DataValidationCriteria, ChartType alias)
 * - Spreadsheet, Sheet, Range (values, formulas, number formats, backgrounds, notes, font
 *   weight/colour, alignment, wrap, merges, data validation, developer metadata on the
 *   spreadsheet, sheets, whole rows and whole columns, conditional format rules, charts as
 *   recorded specs, selection; setFormula on several cells moves relative references)
 * - Ui (menus, alert, prompt, sidebar, dialogs — all recorded in `emulator.ui`), HtmlService
 *   (createHtmlOutput, createHtmlOutputFromFile from `htmlDir`, default dist/, templates with
 *   printing scriptlets `<?= var ?>` / `<?!= var.path ?>` only)
 * - PropertiesService, LockService, Session, Utilities (formatDate, sleep, getUuid,
 *   formatString), Logger, ScriptApp (AuthMode, getAuthorizationInfo), Charts (ChartType).
 *
 * Conventions
 * - Values follow Sheets: numbers stay numbers, dates are Date objects, and the number format
 *   decides which (a number formatted as a date reads as a Date). Written strings are parsed like
 *   typed input: "=…" → formula, "'…" → literal text, "12" / "1e5" / "1 234,5" (fr) / "25 %" /
 *   "$5" / "12:30" / "TRUE" / "2026-06-30" / "1/2" / "Nov 2026" → number / percentage / currency /
 *   time / boolean / date (per the spreadsheet locale; "@" cells keep text; see values.ts).
 *   A formula cell's value is its cached result (from xlsx) or ''; with `evaluateFormulas: true`
 *   (or `emulator.recalculate()`) HyperFormula computes built-in functions (custom → #NAME?).
 * - Time zones: the spreadsheet has its own zone (`timeZone` option, getSpreadsheetTimeZone); the
 *   script runs in the Node process's zone (TZ), which Session.getScriptTimeZone reports. A date
 *   cell is a day of the spreadsheet's calendar (stored as a wall clock): getValue(s) hand it out
 *   as midnight of that day in the SPREADSHEET's zone, a Date written is stored as the wall clock
 *   it shows there, and Utilities.formatDate formats in the zone it is given (as Sheets does).
 * - getValues & co. return fresh copies; Sheet.getRange beyond getMaxRows/getMaxColumns throws
 *   "Those rows are out of bounds." like Apps Script (insertRowsAfter/insertColumnsAfter grow it).
 * - Call counting: every method call on a service object made from outside the emulator counts
 *   once as "Class.method" (`emulator.calls.total()`, `.byMethod()`, `.of(name)`, `.reset()`);
 *   data properties (`spreadsheet.model`, enums) are free.
 * - Executions and locks: `emulator.runExecution(fn)` runs fn as one execution; locks still held
 *   at its end are released. To interleave two runs, register `emulator.onServiceCall((method,
 *   total) => …)` and start a second `runExecution` from the hook (e.g. when method is
 *   'Range.setValues'): while the first holds the document lock, the second's `waitLock` throws
 *   "Lock timeout: another process was holding the lock for too long." and `tryLock` returns false.
 * - Transient failures: `emulator.serviceUnavailable()` is the error Apps Script throws when the Spreadsheet service
 *   fails for a moment, in the session's user locale (English, or Japanese for 'ja': services.ts), naming the document's
 *   id (Drive-shaped: "1" and 43 characters); throw it from an `onServiceCall` hook. `emulator.quotaExceeded()` is
 *   the exception of a used-up daily quota ("Service invoked too many times for one day: spreadsheets.").
 * - Auth: `emulator.setAuthMode('NONE')` makes PropertiesService, LockService,
 *   SpreadsheetApp.getActive* and range reads/writes throw "You do not have permission to call …";
 *   'CUSTOM_FUNCTION' allows reads but refuses writes and Ui; `emulator.openEvent()` gives the
 *   onOpen event for the current mode.
 * - Limits: 50,000 characters per cell, 9 KB per property value and 500 KB per property store, 10 million cells and 18,278
 *   columns per spreadsheet, with Apps Script's error texts.
 * - Cost model: every counted call also carries an estimated Sheets latency (./latency.ts, a
 *   documented table per kind of call: read, write, format, metadata, chart, UI…);
 *   `emulator.calls.estimatedMs()` sums it, `estimatedSheetsMs(nodeMs, sum)` adds the run time
 *   × APPS_SCRIPT_SLOWDOWN.
 * - Time: `createEmulator({ clock: { start, msPerCall } })` gives the add-on a virtual `Date`
 *   that advances per counted call (by `msPerCall` ms, or by the call's estimated latency with
 *   `msPerCall: 'sheets'`) and on Utilities.sleep; a `runExecution` whose virtual time
 *   passes 6 minutes is killed at its next call with "Exceeded maximum execution time".
 * - Formula injection: text starting with "=", "+" or "-" lands as a formula (as Sheets does; see
 *   runtime.ts); `formulaPrefixes: ['=', '+', '-', '@']` adds Excel's "@", so tests prove the add-on escapes them all.
 * - Snapshots: `snapshotCells(emulator.spreadsheet)` + `diffSnapshots(before, after,
 *   { ignoreAdded })` + `describeDifferences` for "nothing lost" checks (no calls counted).
 * - xlsx (`loadXlsx`, `saveXlsx`, `toXlsxBuffer`): see ./xlsx.ts for what survives a round trip.
 *   Charts become native DrawingML chart parts (./xlsx-charts.ts); the add-on state a custom XML part.
 */
export { createEmulator, DEFAULT_HTML_DIR, enumName, type Emulator, type EmulatorOptions } from './emulator';
export { CUSTOM_FUNCTION_TIME_ERROR, EXECUTION_TIME_ERROR, ServiceCallCounter, EmulatorRuntime, type AuthModeName, type ServiceCallHook, type VirtualClock } from './runtime';
export type { UiRecord, MenuRecord, MenuItemRecord, SpreadsheetContext } from './context';
export { EmulatedSpreadsheet, EmulatedSpreadsheetApp } from './spreadsheet';
export { EmulatedSheet, SHEET_ERRORS } from './sheet';
export { EmulatedRange, RANGE_ERRORS } from './range';
export { SheetModel, SpreadsheetModel, type ChartSpec, type ConditionalRuleSpec, type DeveloperMetadataRecord, type MetadataLocation } from './model';
export { LOCK_TIMEOUT_ERROR, PROPERTY_STORE_LIMIT, PROPERTY_STORE_QUOTA_ERROR, PROPERTY_VALUE_LIMIT, propertyStoreBytes, serviceUnavailableError } from './services';
export { notEmulated } from './facade';
export { EmulatedProtection, PROTECTED_EDIT_ERROR, type ProtectionModel } from './protection';
export { formatDate } from './format-date';
export { columnToLetters, lettersToColumn, parseA1, rectToA1, type GridRect } from './a1';
export {
  CELL_TEXT_LIMIT,
  DEFAULT_BACKGROUND,
  DEFAULT_NUMBER_FORMAT,
  dateToSerial,
  displayValue,
  effectiveValue,
  isDateFormat,
  parseInput,
  serialToDate,
  type Cell,
  type CellValue,
} from './values';
export { APPS_SCRIPT_SLOWDOWN, CALL_LATENCY_MS, DEFAULT_CALL_MS, PROPERTY_WRITE_MS, callKind, callLatencyMs, estimatedSheetsMs, type CallKind } from './latency';
export { shiftFormula } from './formula-shift';
export { EmulatedDataValidation, EmulatedDataValidationBuilder } from './validation';
export { EmulatedChart, EmulatedChartBuilder, EmulatedConditionalFormatRule, EmulatedConditionalFormatRuleBuilder, EmulatedTypedChartBuilder } from './formats';
export { EmulatedDeveloperMetadata, DeveloperMetadataFinderImpl } from './metadata';
export { EmulatedHtmlOutput, EmulatedHtmlService, EmulatedMenu, EmulatedUi } from './ui';
export { loadXlsx, saveXlsx, toXlsxBuffer, xlsxReadWarnings, XlsxError, STATE_SHEET_NAME, type SheetPrintSetup, type SkippedMerge, type XlsxWriteOptions } from './xlsx';
export { snapshotCells, diffSnapshots, describeDifferences, type CellSnapshot, type CellRecord, type SheetSnapshot, type SnapshotDifference, type DiffOptions } from './snapshot';
