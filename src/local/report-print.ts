/**
 * How the plan report prints from the .xlsx files we write (the CLI's `report`, the preview's "Download .xlsx").
 * The report is laid out seven columns wide (core/plan/layout.ts) for a portrait page at 100 % with default
 * margins, in Google Sheets' fonts; another program's fonts or a narrower paper would push its last columns onto
 * separate pages (LibreOffice without Calibri printed five of seven). So its tab prints landscape, scaled to one
 * page width and as many pages tall as it needs, with narrow margins and its frozen title row on every page.
 * Only report tabs (the add-on's sheet-level developer metadata) get it; other tabs keep what their file had.
 */
import { OWNED_SHEET_METADATA_KEY } from '../core/workbook/output';
import type { Emulator, SheetPrintSetup } from './emulator';

export const REPORT_PRINT_SETUP: Omit<SheetPrintSetup, 'repeatRows'> = {
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  // Inches: Excel's "Narrow" margins.
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
};

/** The print settings of each report tab of the workbook (for XlsxWriteOptions.printSetup). */
export function reportPrintSetup(emulator: Emulator): (sheet: { id: number; frozenRows: number }) => SheetPrintSetup | null {
  const reports = new Set(
    emulator.spreadsheet.model.developerMetadata
      .filter((m) => m.key === OWNED_SHEET_METADATA_KEY && m.value === 'report' && m.location.type === 'SHEET')
      .map((m) => (m.location.type === 'SHEET' ? m.location.sheetId : -1)),
  );
  return (sheet) => (reports.has(sheet.id) ? { ...REPORT_PRINT_SETUP, margins: { ...REPORT_PRINT_SETUP.margins }, ...(sheet.frozenRows > 0 ? { repeatRows: { from: 1, to: sheet.frozenRows } } : {}) } : null);
}
