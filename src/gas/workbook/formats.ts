/**
 * Number formats for the amounts the add-on writes into the user's tabs: the
 * user's own format where a KPI column has one (a revenue column formatted
 * "#,##0 €" gives its € to the suggested target), else a format for the KPI's
 * unit in the spreadsheet's currency. Patterns are locale-independent in
 * Sheets: the locale still picks the separators
 * (https://developers.google.com/sheets/api/guides/formats).
 */
import { isAmountFormat, numberFormatFor } from '../../core/workbook/values';
import type { KpiSeries, SheetGrid } from '../../core/workbook/types';
import type { Lang, Unit } from '../../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The number format of a KPI tab's value column (its last row), when it is a number or money format of the user's. */
export function seriesColumnFormat(sheet: Sheet | null, series: Pick<KpiSeries, 'column'>): string | null {
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 1) return null;
  const format = sheet.getRange(last, series.column + 1).getNumberFormat();
  return isAmountFormat(format) ? format : null;
}

/**
 * The same, from a tab already read with its number formats (read.ts reads them with the values):
 * the format of the column's last number, at no service-call cost.
 */
export function gridColumnFormat(grid: Pick<SheetGrid, 'values' | 'formats'> | undefined, column: number): string | null {
  if (!grid?.formats) return null;
  for (let r = grid.values.length - 1; r >= 0; r--) {
    if (typeof grid.values[r][column] !== 'number') continue;
    const format = grid.formats[r]?.[column] ?? '';
    return isAmountFormat(format) ? format : null;
  }
  return null;
}

/**
 * The format for an amount of a KPI: percentages keep a percent format, money and counts take the
 * column's own format when it has one, else the unit's format (money in the spreadsheet's currency).
 */
export function amountFormat(value: number | null, unit: Unit | null, options: { columnFormat: string | null; currency: string | null; localeCurrency: string | null; lang: Lang }): string {
  if (unit === 'percent') return numberFormatFor(value, unit);
  if (options.columnFormat) return options.columnFormat;
  return numberFormatFor(value, unit, unit === 'currency' ? (options.currency ?? options.localeCurrency) : null, options.lang);
}
