/**
 * How the plan report prints from the .xlsx files we write (the CLI's `report`, the preview's "Download .xlsx").
 * The report is laid out seven columns wide (core/plan/layout.ts) for a portrait page at 100 % with default
 * margins, in Google Sheets' fonts; another program's fonts or a narrower paper would push its last columns onto
 * separate pages (LibreOffice without Calibri printed five of seven). So its tab prints landscape, scaled to one
 * page width and as many pages tall as it needs, with narrow margins and its frozen title row on every page.
 * Only report tabs (the add-on's sheet-level developer metadata) and the Goals tab get it; other tabs keep what their
 * file had.
 */
import { HEADER_BACKGROUND, TITLE_BACKGROUND } from '../core/plan/layout';
import { OWNED_COLUMN_METADATA_KEY, OWNED_SHEET_METADATA_KEY } from '../core/workbook/output';
import type { Emulator, SheetModel, SheetPrintSetup } from './emulator';
import { resolveChart } from './emulator/chart-data';
import { ROW_PX, wrappedRowHeights } from './emulator/xlsx';
import { DEFAULT_COLUMN_WIDTH } from './emulator/sheet';

export const REPORT_PRINT_SETUP: Omit<SheetPrintSetup, 'repeatRows'> = {
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  // Inches: Excel's "Narrow" margins.
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
};

/** Paper sizes in points, portrait (ISO 216 A4: 210 × 297 mm; US Letter: 8.5 × 11 in): the two defaults of office suites. */
export const PAPERS: ReadonlyArray<{ name: string; width: number; height: number }> = [
  { name: 'A4', width: 595.28, height: 841.89 },
  { name: 'Letter', width: 612, height: 792 },
];
/**
 * Points printable on the narrower of A4 and Letter inside `print`'s margins, across a page of its orientation or down
 * it: one reckoning for the report's page breaks (down) and the Goals tab's page strips (across).
 */
function printablePt(print: Pick<SheetPrintSetup, 'orientation' | 'margins'>, along: 'across' | 'down'): number {
  // Across a landscape page, or down a portrait one, runs the paper's long side.
  const longSide = (along === 'across') === (print.orientation === 'landscape');
  const margins = along === 'across' ? print.margins.left + print.margins.right : print.margins.top + print.margins.bottom;
  return Math.min(...PAPERS.map((p) => (longSide ? p.height : p.width))) - margins * 72;
}

/**
 * Points a row without a height of its own takes at most: the file's `sheetFormatPr defaultRowHeight`, Sheets' 21 px
 * (15.75 pt; Excel's own default is 15 pt, LibreOffice's optimal height for Carlito 11 14.7 pt). An upper bound keeps a
 * page's content from a manual break on no taller than computed.
 */
const DEFAULT_ROW_PT = (ROW_PX * 3) / 4;
/**
 * Text rows above a chart that go to its page with it: a section title and its note, up to a note of ten lines (the
 * charts area's list of KPIs not charted runs to seven on a 300-goal report: at 8, its title was left alone at the foot
 * of the page before). A caption that does not fit with the chart stays where it is.
 */
const CAPTION_ROWS = 12;

/** Each row's printed height in points (its own, else its wrapped text's estimate, else the default) and the repeated title rows' total. */
export interface RowPoints {
  rowPt: (row: number) => number;
  titles: number;
}

/** `RowPoints` of `sheet` under `print`: the wrapped rows are measured once, for both kinds of page breaks. */
export function rowPoints(sheet: SheetModel, print: Omit<SheetPrintSetup, 'breaksBefore'>): RowPoints {
  const wrapped = wrappedRowHeights(sheet);
  const rowPt = (row: number): number => {
    const px = sheet.rowHeights.get(row) ?? wrapped.get(row);
    return px === undefined ? DEFAULT_ROW_PT : (px * 3) / 4;
  };
  const titles = print.repeatRows ? Array.from({ length: print.repeatRows.to - print.repeatRows.from + 1 }, (_, i) => rowPt(print.repeatRows!.from + i)).reduce((a, b) => a + b, 0) : 0;
  return { rowPt, titles };
}

/**
 * Manual page breaks (rows that start a page) so that no chart of `sheet` is cut by a page break when it prints
 * with `print` on A4 or Letter, at 100 % or smaller (fit to width only shrinks). Pagination is only known exactly
 * from a break on: rows with text may wrap to heights the file's estimates miss. So a page starts at the first
 * chart of each run of charts, with the text rows just above it (its caption: a section title, a note), and after
 * it each chart whose slot would not fit on the rest of the page — on the shorter of the two papers, with each
 * row's height bounded from above. A chart taller than a page starts one and is cut only by its own height.
 */
export function chartPageBreaks(sheet: SheetModel, charts: ReadonlyArray<{ row: number; offsetY: number; height: number }>, print: Omit<SheetPrintSetup, 'breaksBefore'>, heights: RowPoints = rowPoints(sheet, print)): number[] {
  const { rowPt, titles } = heights;
  const usable = printablePt(print, 'down') - titles;
  const blank = (row: number): boolean => !(sheet.rows[row - 1] ?? []).some((cell) => cell !== undefined && cell.value !== '' && cell.value !== null);
  const firstRow = (print.repeatRows?.to ?? 0) + 1;
  const breaks: number[] = [];
  let pageStart = 0;
  let previous: { row: number } | null = null;
  for (const chart of [...charts].sort((a, b) => a.row - b.row)) {
    const chartPt = ((chart.offsetY + chart.height) * 3) / 4;
    let continuing = previous !== null;
    for (let row = previous?.row ?? 0; continuing && row < chart.row; row++) if (row > previous!.row && !blank(row)) continuing = false;
    const fitsFrom = (start: number): boolean => {
      let used = 0;
      for (let row = start; row < chart.row; row++) used += rowPt(row);
      return used + chartPt <= usable;
    };
    if (!continuing) {
      // Its caption: the text rows just above it, over at most one blank row.
      let start = chart.row;
      if (start - 1 >= firstRow && blank(start - 1)) start--;
      while (start - 1 >= firstRow && !blank(start - 1) && chart.row - start < CAPTION_ROWS) start--;
      if (start < chart.row && blank(start)) start = chart.row;
      pageStart = fitsFrom(start) ? start : chart.row;
    } else if (!fitsFrom(pageStart)) pageStart = chart.row;
    else {
      previous = chart;
      continue;
    }
    if (pageStart > firstRow && breaks[breaks.length - 1] !== pageStart) breaks.push(pageStart);
    previous = chart;
  }
  return breaks;
}

/** Data rows a table keeps on the page of its header row (and a section title on the page of what follows it). */
const KEPT_ROWS = 2;
/** Title lines right above a table (a section title, a caption such as "Achievability") that go to its page with it. */
const TABLE_CAPTION_ROWS = 4;

/**
 * Manual page breaks (rows that start a page) so that no table's header row prints alone at the foot of a page, its rows
 * on the next (review: the French « Arbre d’alignement » title and header at the foot of a page, the tree on the next):
 * a table's header row — bold on the report's header grey, the timeline's two — with the title lines right above it and
 * its first KEPT_ROWS rows, and a section title with the rows after it, go to the next page together when the rest of a
 * page cannot hold them. LibreOffice paginates the rows as the file gives their heights (each wrapped row's own, the
 * others the sheet's default 15.75 pt), so the pages are computed here as it lays them out, from the top and from each
 * break in `forced` (the charts'), on A4 and on Letter alike (a break either paper needs is kept: on the other it costs
 * a few blank rows), at the scale fitting the print area to the page width. A group taller than a page is left alone.
 * Excel's row properties have no "keep with next" (ECMA-376 §18.3.1.73 `row`), hence manual `rowBreaks` (§18.3.1.74).
 */
export function tablePageBreaks(sheet: SheetModel, print: Omit<SheetPrintSetup, 'breaksBefore'>, forced: readonly number[] = [], heights: RowPoints = rowPoints(sheet, print)): number[] {
  const { rowPt, titles } = heights;
  const cells = (row: number): Array<{ column: number; cell: NonNullable<SheetModel['rows'][number]>[number] }> =>
    (sheet.rows[row - 1] ?? []).flatMap((cell, c) => (cell ? [{ column: c + 1, cell }] : []));
  const filled = (row: number): number[] => cells(row).flatMap(({ column, cell }) => (cell && cell.value !== '' && cell.value !== null && cell.value !== undefined ? [column] : []));
  const header = (row: number): boolean => cells(row).some(({ cell }) => cell?.background === HEADER_BACKGROUND && cell.style?.fontWeight === 'bold');
  const band = (row: number): boolean => cells(row).some(({ cell }) => cell?.background === TITLE_BACKGROUND);
  // A title line: one bold text in A (a section title on its band, "Achievability", a chart's title), not a note.
  const caption = (row: number): boolean => {
    const columns = filled(row);
    return columns.length === 1 && columns[0] === 1 && !header(row) && sheet.rows[row - 1]?.[0]?.style?.fontWeight === 'bold';
  };
  const firstRow = (print.repeatRows?.to ?? 0) + 1;
  const lastRow = sheet.rows.length;
  // The groups to keep on one page: from their first row to their last.
  const groups = new Map<number, number>();
  for (let row = firstRow; row <= lastRow; row++) {
    const starts = (header(row) && !header(row - 1)) || (band(row) && !header(row + 1));
    if (!starts || (filled(row).length === 0 && !header(row))) continue;
    let start = row;
    while (start - 1 >= firstRow && row - start < TABLE_CAPTION_ROWS && caption(start - 1)) start--;
    let end = row;
    while (end + 1 <= lastRow && header(end + 1)) end++;
    for (let kept = 0; kept < KEPT_ROWS && end + 1 <= lastRow && filled(end + 1).length > 0; kept++) end++;
    if (end > row || start < row) groups.set(start, Math.max(end, groups.get(start) ?? 0));
  }
  // Per paper: the points a page holds under the repeated title rows, and the scale fitting the print area's width.
  let areaPx = 0;
  const columns = print.printArea?.columns ?? Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));
  for (let column = 1; column <= columns; column++) areaPx += sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  const pages = PAPERS.map((paper) => {
    const landscape = print.orientation === 'landscape';
    const across = (landscape ? paper.height : paper.width) - (print.margins.left + print.margins.right) * 72;
    const down = (landscape ? paper.width : paper.height) - (print.margins.top + print.margins.bottom) * 72;
    const scale = areaPx > 0 ? Math.min(1, across / ((areaPx * 3) / 4)) : 1;
    return { usable: down / scale - titles, used: 0 };
  });
  const breaks: number[] = [];
  const forcedSet = new Set(forced);
  for (let row = firstRow; row <= lastRow; row++) {
    if (forcedSet.has(row)) for (const page of pages) page.used = 0;
    const end = groups.get(row);
    if (end !== undefined) {
      let need = 0;
      for (let r = row; r <= end; r++) need += rowPt(r);
      if (pages.some((page) => page.used > 0 && page.used + need > page.usable && need <= page.usable)) {
        if (!forcedSet.has(row)) breaks.push(row);
        for (const page of pages) page.used = 0;
      }
    }
    const height = rowPt(row);
    for (const page of pages) page.used = page.used + height > page.usable ? height : page.used + height;
  }
  return breaks;
}

/**
 * Pixels a line of Arial 10 takes, per character: 6.5 on average (the layout's LINE_CHARS), 7.5 bold — an upper estimate
 * for where an unwrapped text ends.
 */
const CHAR_PX = 6.5;
const BOLD_CHAR_PX = 7.5;

/**
 * The report's print area: from A1 to the last row and column written — a value, a background, the empty cells an
 * unwrapped text runs over (Sheets and LibreOffice draw a text wider than its cell across the empty cells on its right,
 * and a print area ending before them cuts it), or a chart (each chart's anchor row plus the rows its height spans at
 * 20-px rows, and the columns its width spans). Without one, each program decides what the used range is.
 */
export function printArea(sheet: SheetModel, model: Emulator['spreadsheet']['model']): { rows: number; columns: number } | null {
  let rows = 0;
  let columns = 0;
  const width = (column: number): number => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  /** The last column a span of `px` pixels from the left of `column` (1-based) reaches. */
  const reach = (column: number, px: number): number => {
    let last = column;
    for (let left = width(column); left < px && last < column + 100; left += width(++last));
    return last;
  };
  const blank = (r: number, c: number): boolean => {
    const v = sheet.rows[r]?.[c]?.value;
    return v === '' || v === null || v === undefined;
  };
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell || ((cell.value === '' || cell.value === null || cell.value === undefined) && !cell.background)) return;
      rows = Math.max(rows, r + 1);
      let last = c + 1;
      if (typeof cell.value === 'string' && !cell.style?.wrap) {
        // A text runs over the empty cells on its right only; each line of it as wide as its characters.
        const px = Math.max(...cell.value.split('\n').map((line) => line.length)) * (cell.style?.fontWeight === 'bold' ? BOLD_CHAR_PX : CHAR_PX);
        const spill = reach(c + 1, px);
        while (last < spill && blank(r, last)) last++;
      }
      columns = Math.max(columns, last);
    }),
  );
  for (const spec of sheet.charts) {
    const chart = resolveChart(model, spec);
    if (!chart) continue;
    rows = Math.max(rows, spec.position.row + Math.ceil((spec.position.offsetY + chart.height) / 20));
    columns = Math.max(columns, reach(spec.position.column, spec.position.offsetX + chart.width));
  }
  return rows > 0 && columns > 0 ? { rows, columns } : null;
}

/**
 * The row of the Goals tab's headers: the first row holding a value in one of the columns Check goals writes (marked
 * with the add-on's column metadata: it writes nothing above its headers), or null.
 */
function goalsHeaderRow(sheet: SheetModel, columns: readonly number[]): number | null {
  let header: number | null = null;
  for (const column of columns) {
    for (let r = 0; r < sheet.rows.length && (header === null || r + 1 < header); r++) {
      const value = sheet.rows[r]?.[column - 1]?.value;
      if (value !== '' && value !== null && value !== undefined) {
        header = r + 1;
        break;
      }
    }
  }
  return header;
}

/**
 * The Goals tab on paper: its header row on every page and, since its 24 columns (about 3,000 px with the notes) cannot
 * be read on one page width — 36 % on a landscape page, 3.6-pt text —, as many landscape pages wide as it needs at 100 %
 * on the narrower of A4 and Letter, scaled down only to keep each page's columns whole, its first column (the IDs) at
 * the left of every page so each strip says which goal a row is.
 */
function goalsTabPages(sheet: SheetModel, columns: readonly number[], lastColumn: number): Pick<SheetPrintSetup, 'fitToWidth' | 'repeatRows' | 'repeatColumns'> {
  const header = goalsHeaderRow(sheet, columns);
  let width = 0;
  for (let column = 1; column <= lastColumn; column++) width += sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  const pageWidth = (printablePt(REPORT_PRINT_SETUP, 'across') * 4) / 3;
  const first = sheet.columnWidths.get(1) ?? DEFAULT_COLUMN_WIDTH;
  const repeatFirst = width > pageWidth && first <= pageWidth / 4;
  const pages = Math.max(1, Math.ceil((width - (repeatFirst ? first : 0)) / (pageWidth - (repeatFirst ? first : 0))));
  return {
    fitToWidth: pages,
    ...(header !== null ? { repeatRows: { from: header, to: header } } : {}),
    ...(repeatFirst ? { repeatColumns: { from: 1, to: 1 } } : {}),
  };
}

/**
 * The print settings of the add-on's tabs (for XlsxWriteOptions.printSetup): each report tab, with page breaks that cut
 * no chart and its title row on every page, and the Goals tab once Check goals has written its columns (about 2,400 px
 * wide with its notes: portrait pages printed it in ten column strips), with its header row on every page. Other tabs
 * keep what their file had.
 */
export function reportPrintSetup(emulator: Emulator): (sheet: { id: number; frozenRows: number }) => SheetPrintSetup | null {
  const model = emulator.spreadsheet.model;
  const reports = new Set(
    model.developerMetadata
      .filter((m) => m.key === OWNED_SHEET_METADATA_KEY && m.value === 'report' && m.location.type === 'SHEET')
      .map((m) => (m.location.type === 'SHEET' ? m.location.sheetId : -1)),
  );
  const goalColumns = new Map<number, number[]>();
  for (const m of model.developerMetadata) {
    if (m.key !== OWNED_COLUMN_METADATA_KEY || m.location.type !== 'COLUMN') continue;
    goalColumns.set(m.location.sheetId, [...(goalColumns.get(m.location.sheetId) ?? []), m.location.index]);
  }
  return (sheet) => {
    const own = model.sheetById(sheet.id);
    const columns = goalColumns.get(sheet.id);
    const report = reports.has(sheet.id);
    if (!report && !(own && columns)) return null;
    const area = own ? printArea(own, model) : null;
    const setup: SheetPrintSetup = {
      ...REPORT_PRINT_SETUP,
      margins: { ...REPORT_PRINT_SETUP.margins },
      ...(area ? { printArea: area } : {}),
    };
    if (!report) return own && columns ? { ...setup, ...goalsTabPages(own, columns, area?.columns ?? 0) } : null;
    if (sheet.frozenRows > 0) setup.repeatRows = { from: 1, to: sheet.frozenRows };
    if (!own) return setup;
    const charts = own.charts.map((spec) => ({ row: spec.position.row, offsetY: spec.position.offsetY, height: resolveChart(model, spec)?.height ?? 0 }));
    const heights = rowPoints(own, setup);
    const chartBreaks = chartPageBreaks(own, charts, setup, heights);
    const breaks = [...chartBreaks, ...tablePageBreaks(own, setup, chartBreaks, heights)].sort((a, b) => a - b);
    return breaks.length > 0 ? { ...setup, breaksBefore: breaks } : setup;
  };
}
