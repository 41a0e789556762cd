/**
 * "Insert example workbook": adds the article's example (a Goals tab and
 * KPI tabs with two years of history) in the user's language. Existing tabs
 * are never touched: a taken name gets a free one ("Goals (2)"), and the
 * Goals tab's KPI column follows the names actually used.
 */
import { isValidIsoDate, isoToSerial } from '../../core/dates';
import { t } from '../../core/messages';
import { buildExampleWorkbook, uniqueSheetName, type ExampleSheet } from '../../core/workbook/example';
import type { CellValue } from '../../core/workbook/types';
import { withDocumentLock, withSettingsNote, workbookEnv } from './env';
import { removeQuietly, setWidths } from './report';
import { ensureSize, safeValues, GENERAL_FORMAT } from './write';

/** The KPI column of the example's Goals tab (0-based): it names KPI tabs. */
const KPI_COLUMN = 2;

function isDateFormat(format: string): boolean {
  return /y/i.test(format) && /d/i.test(format);
}

/** Date cells are written as serial numbers with a date format: no time-zone shift, ever. */
function cellsFor(sheet: ExampleSheet, renamed: ReadonlyMap<string, string>): CellValue[][] {
  return sheet.rows.map((row, r) =>
    row.map((value, c) => {
      if (typeof value === 'string' && isDateFormat(sheet.formats[r]?.[c] ?? '') && isValidIsoDate(value)) return isoToSerial(value);
      if (sheet.kind === 'goals' && r > 0 && c === KPI_COLUMN && typeof value === 'string' && renamed.has(value)) return renamed.get(value) as string;
      return value;
    }),
  );
}

export function insertExampleWorkbook(): { sheets: string[] } {
  const env = workbookEnv();
  return withDocumentLock(env.lang, () => {
    const example = buildExampleWorkbook(env.lang, env.today, undefined, { lang: env.cellLang, currency: env.currency, locale: env.locale, fiscalStartMonth: env.settings.fiscalYearStartMonth });
    const existing = env.spreadsheet.getSheets();
    const taken = existing.map((s) => s.getName());
    const renamed = new Map<string, string>();
    for (const sheet of example.sheets) {
      const name = uniqueSheetName(sheet.name, taken);
      taken.push(name);
      renamed.set(sheet.name, name);
    }
    const created: string[] = [];
    let first: GoogleAppsScript.Spreadsheet.Sheet | null = null;
    const made: GoogleAppsScript.Spreadsheet.Sheet[] = [];
    try {
      for (const sheet of example.sheets) {
        const name = renamed.get(sheet.name) as string;
        // At the end: the tabs counted once, not asked again before each insertion.
        const target = env.spreadsheet.insertSheet(name, existing.length + created.length);
        made.push(target);
        first ??= target;
        const values = cellsFor(sheet, renamed);
        const width = Math.max(...values.map((r) => r.length));
        ensureSize(target, values.length, width);
        const range = target.getRange(1, 1, values.length, width);
        range.setNumberFormats(sheet.formats.map((r) => r.map((f) => (f === '' ? GENERAL_FORMAT : f))));
        range.setValues(safeValues(values, sheet.formats));
        target.getRange(1, 1, 1, width).setFontWeight('bold');
        for (const column of values.length > 1 ? (sheet.wrapColumns ?? []) : []) target.getRange(2, column, values.length - 1, 1).setWrap(true);
        target.setFrozenRows(1);
        setWidths(target, sheet.columnWidths.map((w, i) => ({ column: i + 1, width: w })).filter((w) => w.width > 0));
        created.push(name);
      }
    } catch (error) {
      // No half-inserted example (the spreadsheet reached Sheets' 10-million-cell limit midway): the tabs of this run go.
      for (const sheet of made) removeQuietly(env.spreadsheet, sheet);
      throw error;
    }
    if (first) env.spreadsheet.setActiveSheet(first);
    env.spreadsheet.toast(withSettingsNote(env, t(env.lang, 'wb.toast.example', { sheets: created.join(', ') })), t(env.lang, 'app.name'), 10);
    return { sheets: created };
  });
}
