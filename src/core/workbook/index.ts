/**
 * The goal table, KPI tabs and Check goals, pure (conventions: docs/WORKBOOK.md).
 * The gas adapters (src/gas/workbook) translate sheets to these types and back.
 */
export * from './types';
export { buildWorkbookModel, findGoalsSheet, GOALS_SHEET_NAMES, ownedHeaderColumns, type ModelOptions } from './model';
export { findGoalColumns, recognizeHeaders, HEADER_SYNONYMS } from './headers';
export { readGoalRows } from './goals';
export { detectKpiSeries, periodFromGaps } from './kpis';
export { linkSeries, matchCatalog } from './link';
export { checkWorkbook, mergeGoal, summarizeCheck, rowRanges, kpiDisplayName, type CheckOptions, type CheckResult, type MergedGoal } from './check';
export { OUTPUT_COLUMNS, outputHeader, outputValues, outputNumberFormat, ownedColumnsByHeader, type OutputColumn } from './output';
export { buildExampleWorkbook, uniqueSheetName, planYear, seededRandom, type ExampleSheet, type ExampleWorkbook } from './example';
export { cellDate, cellNumber, cellText, cellDirection, cellAggregation } from './cells';
export { fold, literalText } from './text';
export { formatGoalValue } from './values';
