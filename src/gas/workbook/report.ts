/**
 * "Generate plan report": runs the analysis (read-only on the user's tabs)
 * and writes a new sheet laid out by core/plan — the whole report as ONE
 * grid (one call per cell property), then one line chart per KPI (at most
 * MAX_CHARTS) drawn from data written in that sheet. A later run replaces
 * only a report sheet the add-on created (marked with developer metadata);
 * a user's sheet with the same name is left alone and the report takes a
 * free name.
 *
 * Service calls (see docs/ARCHITECTURE.md, "Plan report"): the analysis's
 * reads, one getNumberFormats per KPI tab the goals use, about twenty for
 * the sheet and its grid, and nine per chart (at most MAX_CHARTS): none
 * grows with the goals.
 * The run budget (env.startRunBudget) covers the whole run: charts not built
 * or not inserted in time are listed in the sheet instead of drawn.
 */
import { columnToLetters } from '../../core/a1';
import { t } from '../../core/messages';
import { buildPlanReport, columnNumberFormat, layoutPlanReport, reportGrid, reportSheetName, type ChartSpec } from '../../core/plan';
import { OWNED_SHEET_METADATA_KEY } from '../../core/workbook/output';
import { analyzeSpreadsheet, type CheckRun } from './check';
import { startRunBudget, withDocumentLock, withSettingsNote, workbookEnv } from './env';
import { fitNewSheet, safeCell, writeGrid } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sheet name to use: the base name, or "base (2)"… skipping every name taken. An earlier report is never
 * replaced: the user may have typed on it (a note, a highlight), and a deleted sheet cannot be got back by the
 * add-on (review 9, D3); the toast names the new sheet and says the earlier ones are kept.
 */
export function reportTarget(spreadsheet: Spreadsheet, base: string, knownNames?: readonly string[]): { name: string; replace: Sheet | null } {
  // The analysis read every tab's name: a name none of them has (compared without case, as Sheets names clash) needs no call.
  const taken = knownNames ? new Set(knownNames.map((n) => n.toLowerCase())) : null;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (taken && !taken.has(name.toLowerCase())) return { name, replace: null };
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
  }
}

/**
 * One chart: a line chart in nine service calls, the range bars in eleven (the data range, the builder calls
 * — each a call on an Apps Script object, counted as such — and insertChart).
 * No setNumHeaders: "If not set, Google Sheets will guess how many rows are
 * headers based on the data" (Sheets API, BasicChartSpec.headerCount) — a
 * text row above numbers is one header row. No width/height/axis options:
 * Sheets' default size fits the report's printed width and the vertical
 * axis takes the data cells' number format.
 */
function insertChart(sheet: Sheet, spec: ChartSpec, data: Range): void {
  const series: Record<number, Record<string, unknown>> = {};
  if (spec.kind === 'rangeBar') {
    // The Bottom-up check's range bars in ten calls: a horizontal bar chart (Charts.ChartType.BAR) stacked
    // (`isStacked: true`, the option EmbeddedBarChartBuilder.setStacked sets: "Uses stacked lines, meaning
    // that line and bar values are stacked (accumulated)"), whose first series is the invisible base: white
    // like the chart's background and out of the legend (Google Charts bar chart options `series.color`,
    // `series.visibleInLegend`, developers.google.com/chart/interactive/docs/gallery/barchart). White, not
    // transparent: every renderer (Sheets, Excel, LibreOffice) draws it the same.
    spec.colors.forEach((color, index) => {
      series[index] = index === 0 ? { color, visibleInLegend: false } : { color };
    });
  } else {
    spec.colors.forEach((color, index) => {
      series[index] = spec.dashed.includes(index) ? { color, lineDashStyle: [4, 4], lineWidth: 1 } : { color, lineWidth: 2 };
    });
  }
  let builder = sheet
    .newChart()
    .setChartType(spec.kind === 'rangeBar' ? Charts.ChartType.BAR : Charts.ChartType.LINE)
    .addRange(data)
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
    .setOption('title', spec.title);
  // The value axis's title (Google Charts `vAxis.title` / `hAxis.title`, "the title of the vertical / horizontal axis",
  // developers.google.com/chart/interactive/docs/gallery/linechart and …/barchart: a bar chart's values run along its
  // horizontal axis): the KPI and its unit, or the range bars' "Share of the target". The date axis needs no option: its
  // title is the data's domain header (Sheets API BasicChartAxis.title: "If set, this overrides any title inferred from
  // headers of the data"), which the layout writes as the period of the KPI's rows ("Week" / « Semaine »).
  if (spec.kind === 'rangeBar') builder = builder.setOption('isStacked', true);
  if (spec.valueAxisTitle) builder = builder.setOption(spec.kind === 'rangeBar' ? 'hAxis.title' : 'vAxis.title', spec.valueAxisTitle);
  sheet.insertChart(builder.setOption('series', series).build());
}

/** A1 notation of a rectangle ("A1:G120"). */
function a1(rect: { row: number; column: number; numRows: number; numColumns: number }): string {
  return `${columnToLetters(rect.column)}${rect.row}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

/** Runs of adjacent columns with equal widths: one `setColumnWidths` call each. */
function widthRuns(sorted: ReadonlyArray<{ column: number; width: number }>): Array<{ column: number; count: number; width: number }> {
  const runs: Array<{ column: number; count: number; width: number }> = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].column === sorted[j].column + 1 && sorted[j + 1].width === sorted[i].width) j++;
    runs.push({ column: sorted[i].column, count: j - i + 1, width: sorted[i].width });
    i = j + 1;
  }
  return runs;
}

/**
 * Column widths in the fewest calls: one per run of equal widths, or — when the columns are adjacent and that is
 * fewer — one width over all of them in one call, then the runs that differ from it. The base is whichever width
 * leaves the fewest runs (the report: A–G's shared width over every column, then B, then the timeline's period
 * columns from H in one call: three calls, not four).
 */
export function setWidths(sheet: Sheet, widths: ReadonlyArray<{ column: number; width: number }>): void {
  const sorted = [...widths].sort((a, b) => a.column - b.column);
  const runs = widthRuns(sorted);
  const adjacent = sorted.every((w, i) => i === 0 || w.column === sorted[i - 1].column + 1);
  let best: { base: number; others: ReturnType<typeof widthRuns> } | null = null;
  if (adjacent) {
    for (const base of new Set(sorted.map((w) => w.width))) {
      const others = widthRuns(sorted.filter((w) => w.width !== base));
      if (!best || others.length < best.others.length) best = { base, others };
    }
  }
  if (best && 1 + best.others.length < runs.length) {
    sheet.setColumnWidths(sorted[0].column, sorted.length, best.base);
    for (const run of best.others) sheet.setColumnWidths(run.column, run.count, run.width);
    return;
  }
  for (const run of runs) sheet.setColumnWidths(run.column, run.count, run.width);
}

/** The KPI columns' own number formats, from the formats the analysis read with each tab's values. */
function seriesFormats(run: CheckRun): Map<string, string> {
  const used = new Set(run.result.checks.map((c) => c.seriesKey).filter((k): k is string => k !== null));
  const bySheet = new Map<string, Array<{ key: string; column: number }>>();
  for (const series of run.read.model.series) {
    if (!used.has(series.key)) continue;
    const list = bySheet.get(series.sheetName) ?? [];
    list.push({ key: series.key, column: series.column });
    bySheet.set(series.sheetName, list);
  }
  const out = new Map<string, string>();
  for (const [name, list] of bySheet) {
    const range = run.read.dataRanges.get(name);
    const grid = run.read.grids.find((g) => g.name === name);
    if (!range || !grid) continue;
    // The analysis read every tab's formats with its values (read.ts): no second read.
    let formats: string[][];
    try {
      formats = grid.formats ?? range.getNumberFormats();
    } catch {
      continue; // The tab changed under us: the unit's format will do.
    }
    for (const { key, column } of list) {
      const format = columnNumberFormat(grid.values, formats, column);
      if (format) out.set(key, format);
    }
  }
  return out;
}

/** Deletes a tab this run created, when a failure would leave it half-made; a second failure keeps the first one's message. */
export function removeQuietly(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  try {
    spreadsheet.deleteSheet(sheet);
  } catch {
    // Nothing more to undo: the user reads the first failure.
  }
}

export function generatePlanReport(): { sheetName: string } {
  // One run budget from the entry point on: the analysis, the report build and the chart insertion share it.
  const budget = startRunBudget();
  const inBudget = (): boolean => !budget.shouldStop();
  const env = workbookEnv();
  return withDocumentLock(env.lang, () => {
    env.spreadsheet.toast(t(env.lang, 'wb.toast.report'), t(env.lang, 'app.name'), 5);
    const run = analyzeSpreadsheet(env, budget, undefined, false);
    const report = buildPlanReport({ model: run.read.model, check: run.result, settings: env.settings, today: env.today, lang: env.lang, shouldContinue: inBudget });
    // The locale read by workbookEnv ('' when unreadable: amounts keep their KPI column's format, or none).
    const layout = layoutPlanReport(report, { currency: env.currency, seriesFormats: seriesFormats(run), dateOrder: env.dateOrder, locale: env.locale });
    const base = reportSheetName(env.lang, env.today);
    const target = reportTarget(env.spreadsheet, base, run.read.grids.map((g) => g.name));
    // Last of the tabs the analysis listed (getSheets): no getNumSheets call.
    const sheet = env.spreadsheet.insertSheet(target.name, run.read.grids.length);
    let ranges: GoogleAppsScript.Spreadsheet.Range[];
    try {
      sheet.addDeveloperMetadata(OWNED_SHEET_METADATA_KEY, 'report');
      fitNewSheet(sheet, layout.height + 1, layout.width);
      // The grid's range and every chart's data range from one range list (Sheet.getRangeList + RangeList.getRanges: two
      // calls, not one getRange each; "Returns the RangeList collection representing the ranges in the same sheet").
      ranges = sheet.getRangeList([{ row: 1, column: 1, numRows: layout.height, numColumns: layout.width }, ...layout.charts.map((spec) => spec.range), ...layout.merges].map(a1)).getRanges();
      writeGrid(ranges[0], reportGrid(layout));
      // Long texts over the table's width (recommendations, Bottom-up readings): each row of a rectangle merged across
      // ("Merge the cells in the range across the columns of the range", Range.mergeAcross), one call per rectangle.
      ranges.slice(1 + layout.charts.length).forEach((range) => range.mergeAcross());
    } catch (error) {
      // A tab of ours left empty or half-written (the sheet at Sheets' 10-million-cell limit while it grows): removed.
      removeQuietly(env.spreadsheet, sheet);
      throw error;
    }
    setWidths(sheet, layout.columnWidths);
    sheet.setFrozenRows(layout.frozenRows);
    // Charts last: when the budget runs out, the ones left are named where they would have been.
    const left: string[] = [];
    layout.charts.forEach((spec, index) => {
      if (left.length === 0 && inBudget()) insertChart(sheet, spec, ranges[index + 1]);
      else left.push(spec.title);
    });
    if (left.length > 0 && layout.chartNoteRow !== null) {
      sheet.getRange(layout.chartNoteRow, 1).setValue(safeCell(t(env.lang, 'plan.charts.budget', { count: left.length, names: left.join(', ') })));
    }
    env.spreadsheet.toast(withSettingsNote(env, t(env.lang, target.name === base ? 'wb.toast.reportDone' : 'wb.toast.reportKept', { name: target.name })), t(env.lang, 'app.name'), 10);
    return { sheetName: target.name };
  });
}
