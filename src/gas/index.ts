/**
 * The only public surface of the add-on. Every export here becomes a
 * top-level function of `dist/Code.js` (custom functions, triggers, menu
 * handlers, sidebar server calls); nothing else is callable from Sheets.
 */
export { onOpen, onInstall } from './menu';
export { ACHIEVABILITY, GOALVERDICT, REALISTICTARGET, REQUIREDPACE, GOALPROGRESS, smartAssess } from './functions/achievability';
export { BOTTOMUP } from './functions/drivers';
export { SMARTSCORE, SMARTCHECK, SMARTPARSE, smartAnalyze } from './functions/statement';
export { menuGeneratePlanReport, menuInsertExampleWorkbook, checkGoals, generatePlanReport, insertExampleWorkbook } from './workbook';
export { menuCheckGoals, showGoalWizard, showCheckPane, showSettings, showHelp, sidebarGetContext, sidebarAssess, sidebarCheckAlignment, sidebarEvaluate, sidebarAddGoal, sidebarFindGoals, sidebarPlanDrivers, sidebarAddDriverGoals, sidebarCheckGoals, sidebarSelectRow, sidebarCheckPage, sidebarGetSettings, sidebarSaveSettings } from './sidebar';
