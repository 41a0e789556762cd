/**
 * fixes47 (review16, a and c): the report's long texts span the table's width. LibreOffice printed the recommendations
 * and the Bottom-up check's explanations squeezed into column B (20 characters a line, some thirty lines) beside five
 * empty columns, and the summary's labels wrapped in the narrow column A (« Problèmes d’alignement » on two lines).
 * Now each row of two rectangles is merged across (Range.mergeAcross, one call each): the recommendations over B–G, and
 * the Bottom-up readings on rows of their own under its table, over B–G; the summary's labels are unwrapped over the empty
 * column B (as the settings lines are), their numbers in C.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport, layoutPlanReport, reportGrid, REPORT_COLUMNS, textWidthPx } from '../../../src/core/plan';
import { t } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';

const TODAY = '2026-11-26';

describe.each(['en', 'fr'] as const)('%s', (lang) => {
  const example = buildExampleWorkbook(lang, TODAY);
  const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  const report = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
  const layout = layoutPlanReport(report);
  const grid = reportGrid(layout);
  const width = (from: number, count: number): number => layout.columnWidths.slice(from - 1, from - 1 + count).reduce((sum, w) => sum + w.width, 0);
  const rowOf = (key: string): number => layout.sections.find((s) => s.key === key)!.row;

  it('merges two rectangles, whatever the number of goals: the recommendations and the Bottom-up readings, over B–G', () => {
    expect(layout.merges.map((m) => [m.column, m.numColumns])).toEqual([
      [2, REPORT_COLUMNS - 1],
      [2, REPORT_COLUMNS - 1],
    ]);
    // Merged cells hold nothing but their first one's text (Sheets keeps the top-left value of a merge).
    for (const m of layout.merges) {
      for (let r = m.row; r < m.row + m.numRows; r++) for (let c = m.column + 1; c < m.column + m.numColumns; c++) expect([r, c, grid.values[r - 1][c - 1]]).toEqual([r, c, '']);
    }
  });

  it('writes each summary label unwrapped over the empty B, on one line, and its number in C', () => {
    const first = rowOf('summary') + 1;
    const labels = ['plan.summary.goals', 'plan.summary.flagged', 'plan.summary.alignment', 'plan.summary.averageScore'] as const;
    labels.forEach((key, i) => {
      const row = grid.values[first - 1 + i];
      expect(row.slice(0, 3)).toEqual([t(lang, key), '', expect.any(Number)]);
      expect(grid.wraps[first - 1 + i][0]).toBe(false);
      // One line over A–B (less the cell's padding); wrapped in A alone it took two or three.
      expect(textWidthPx(t(lang, key))).toBeLessThan(width(1, 2) - 6);
    });
    expect(labels.some((key) => textWidthPx(t(lang, key)) > width(1, 1) - 6)).toBe(true);
    // The verdicts' table the same way, its counts in C under a right-aligned header.
    const verdicts = grid.values.findIndex((row) => row[0] === t(lang, 'plan.summary.byVerdict'));
    expect(grid.values[verdicts].slice(0, 3)).toEqual([t(lang, 'plan.summary.byVerdict'), '', t(lang, 'plan.summary.goals')]);
    expect(grid.alignments[verdicts][2]).toBe('right');
    for (let i = 0; i <= report.summary.byVerdict.length; i++) expect(grid.wraps[verdicts + i].slice(0, 3)).toEqual([false, false, false]);
    expect(grid.values[verdicts + 1].slice(0, 3)).toEqual([report.summary.byVerdict[0].label, '', report.summary.byVerdict[0].count]);
  });

  it('spreads the recommendations over B–G, from the section’s first row to its last', () => {
    const recommendations = layout.merges[0];
    expect(recommendations.row).toBe(rowOf('recommendations') + 1);
    const rows = grid.values.slice(recommendations.row - 1, recommendations.row - 1 + recommendations.numRows);
    expect(rows.filter((row) => row[0] === t(lang, 'plan.rec.problem'))).toHaveLength(report.recommendations.length);
    expect(rows.every((row) => row[1] !== '')).toBe(true);
    expect(grid.values[recommendations.row - 1 + recommendations.numRows][0]).toBe('');
    // Wrapped in 524 px (English) or 560 px (French) instead of B's 144 or 116.
    expect(width(2, REPORT_COLUMNS - 1)).toBeGreaterThan(3 * width(2, 1));
  });

  it('writes the Bottom-up table’s statements alone and each reading in words on a row under it, over B–G', () => {
    const readings = layout.merges[1];
    const planned = report.goals.filter((g) => g.bottomUp);
    expect(readings.numRows).toBe(planned.length);
    planned.forEach((goal, i) => {
      const tableRow = grid.values.findIndex((row, r) => r > rowOf('bottomUp') && row[0] === goal.id);
      expect(grid.values[tableRow][1]).toBe(goal.statement);
      const row = grid.values[readings.row - 1 + i];
      expect(row[0]).toBe(goal.id);
      expect(String(row[1]).split('\n')[0]).toBe(goal.bottomUp!.tree);
      expect(grid.wraps[readings.row - 1 + i][1]).toBe(true);
    });
  });
});
