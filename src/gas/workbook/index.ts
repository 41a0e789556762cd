/**
 * The workbook side of the add-on (imported by src/gas/index.ts and by the
 * sidebar's server code): settings, reading the workbook, appending a goal,
 * Check goals, the plan report and the example workbook.
 */
import type { WorkbookModel } from '../../core/workbook/types';
import { workbookEnv } from './env';
import { readSpreadsheet } from './read';

export { readSettings, writeSettings, SETTINGS_PROPERTY } from './settings';
export { appendGoal, appendGoals, type BatchGoal, type BatchResult, type GoalBatch } from './append';
export { checkGoals } from './check';
export { generatePlanReport } from './report';
export { insertExampleWorkbook } from './example';
export { menuGeneratePlanReport, menuInsertExampleWorkbook, failureMessage, guarded, alertCheckSummary } from './menu';
export { todayIso, UserError } from './env';
export { protectedFailure } from './protect';

/** Goals and KPI series as the sidebar sees them (one batched read per tab). */
export function readWorkbook(): WorkbookModel {
  return readSpreadsheet(workbookEnv()).model;
}
