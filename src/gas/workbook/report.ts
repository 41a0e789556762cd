/**
 * "Generate plan report": runs the analysis (read-only on the user's tabs)
 * and writes a new sheet laid out by core/plan, with one line chart per KPI
 * drawn from data written in that sheet. A later run replaces only a report
 * sheet the add-on created (marked with developer metadata); a user's sheet
 * with the same name is left alone and the report takes a free name.
 */
import { t } from '../../core/messages';
import { buildPlanReport, layoutPlanReport, reportSheetName, type ChartSpec } from '../../core/plan';
import { OWNED_SHEET_METADATA_KEY } from '../../core/workbook/output';
import { analyzeSpreadsheet } from './check';
import { withDocumentLock, workbookEnv } from './env';
import { ensureSize, writeBlock } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sheet name to use: the base name, or "base (2)"… skipping names taken
 * by sheets that are not ours. Returns the existing report sheet to replace, if any.
 */
export function reportTarget(spreadsheet: Spreadsheet, base: string, reportIds: ReadonlySet<number>): { name: string; replace: Sheet | null } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
    if (reportIds.has(existing.getSheetId())) return { name, replace: existing };
  }
}

function vAxisFormat(unit: ChartSpec['unit']): string {
  return unit === 'percent' ? '#%' : '#,##0.##';
}

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  const series: Record<number, Record<string, unknown>> = {};
  spec.colors.forEach((color, index) => {
    series[index] = spec.dashed.includes(index) ? { color, lineDashStyle: [4, 4], lineWidth: 1 } : { color, lineWidth: 2 };
  });
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange(spec.range.row, spec.range.column, spec.range.numRows, spec.range.numColumns))
    .setNumHeaders(1)
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', 480)
    .setOption('height', 300)
    .setOption('legend', { position: 'bottom' })
    .setOption('interpolateNulls', false)
    .setOption('vAxis', { format: vAxisFormat(spec.unit) })
    .setOption('series', series)
    .build();
  sheet.insertChart(chart);
}

/** Column widths, one call per run of equal widths. */
export function setWidths(sheet: Sheet, widths: ReadonlyArray<{ column: number; width: number }>): void {
  const sorted = [...widths].sort((a, b) => a.column - b.column);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].column === sorted[j].column + 1 && sorted[j + 1].width === sorted[i].width) j++;
    sheet.setColumnWidths(sorted[i].column, j - i + 1, sorted[i].width);
    i = j + 1;
  }
}

export function generatePlanReport(): { sheetName: string } {
  const env = workbookEnv();
  return withDocumentLock(env.lang, () => {
    env.spreadsheet.toast(t(env.lang, 'wb.toast.report'), t(env.lang, 'app.name'), 5);
    const run = analyzeSpreadsheet(env);
    const report = buildPlanReport({ model: run.read.model, check: run.result, settings: env.settings, today: env.today, lang: env.lang });
    const layout = layoutPlanReport(report);
    const target = reportTarget(env.spreadsheet, reportSheetName(env.lang, env.today), run.read.reportSheetIds);
    let index = env.spreadsheet.getNumSheets();
    if (target.replace) {
      index = target.replace.getIndex() - 1;
      env.spreadsheet.deleteSheet(target.replace);
    }
    const sheet = env.spreadsheet.insertSheet(target.name, index);
    sheet.addDeveloperMetadata(OWNED_SHEET_METADATA_KEY, 'report');
    ensureSize(sheet, layout.height + 1, layout.width);
    for (const block of layout.blocks) writeBlock(sheet, block);
    setWidths(sheet, layout.columnWidths);
    for (const spec of layout.charts) insertChart(sheet, spec);
    sheet.setFrozenRows(1);
    env.spreadsheet.toast(t(env.lang, 'wb.toast.reportDone', { name: target.name }), t(env.lang, 'app.name'), 10);
    return { sheetName: target.name };
  });
}
