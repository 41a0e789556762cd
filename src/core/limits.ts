/**
 * Google Sheets' size limits, as a script meets them. A spreadsheet holds "up to 10 million cells or 18,278 columns"
 * (Google Drive Help, "Files you can store in Google Drive", support.google.com/drive/answer/37603); a script that would
 * grow it past them — insert a tab, rows or columns — is refused with "This action would increase the number of cells
 * in the workbook above the limit of 10000000 cells." (the emulator's wording, src/local/emulator/model.ts). Apps Script
 * words its errors in the user's language and Google publishes no translation, so the refusal is recognised by the
 * limit it names, in any grouping of its digits.
 */
const CELL_LIMIT_RE = /\b10[\s.,'’\u00a0\u202f]?000[\s.,'’\u00a0\u202f]?000\b/;
const COLUMN_LIMIT_RE = /\b18[\s.,'’\u00a0\u202f]?278\b/;

/** True when a service's error says the spreadsheet would pass Sheets' cell or column limit. */
export function isSheetLimitFailure(message: string): boolean {
  return CELL_LIMIT_RE.test(message) || COLUMN_LIMIT_RE.test(message);
}
