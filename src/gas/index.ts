/**
 * The only public surface of the add-on. Every export here becomes a
 * top-level function of `dist/Code.js` (custom functions, triggers, menu
 * handlers, sidebar server calls); nothing else is callable from Sheets.
 * Each one runs as one execution through `entry` (./scope.ts; custom functions
 * through `formula`, which also refuses arguments past their declared ones): its own
 * Settings/locale/time-zone reads, English dates in the locale's order,
 * and the state it found put back when it returns.
 */
import * as menu from './menu';
import * as goals from './functions/achievability';
import * as drivers from './functions/drivers';
import * as statements from './functions/statement';
import * as workbook from './workbook';
import * as sidebar from './sidebar';
import { entry } from './scope';
import { formula } from './functions/cells';

export const onOpen = entry(menu.onOpen);
export const onInstall = entry(menu.onInstall);
export const ACHIEVABILITY = formula('ACHIEVABILITY', goals.ACHIEVABILITY);
export const GOALVERDICT = formula('GOALVERDICT', goals.GOALVERDICT);
export const REALISTICTARGET = formula('REALISTICTARGET', goals.REALISTICTARGET);
export const REQUIREDPACE = formula('REQUIREDPACE', goals.REQUIREDPACE);
export const GOALPROGRESS = formula('GOALPROGRESS', goals.GOALPROGRESS);
export const smartAssess = entry(goals.smartAssess);
export const BOTTOMUP = formula('BOTTOMUP', drivers.BOTTOMUP);
export const SMARTSCORE = formula('SMARTSCORE', statements.SMARTSCORE);
export const SMARTCHECK = formula('SMARTCHECK', statements.SMARTCHECK);
export const SMARTPARSE = formula('SMARTPARSE', statements.SMARTPARSE);
export const smartAnalyze = entry(statements.smartAnalyze);
export const menuGeneratePlanReport = entry(workbook.menuGeneratePlanReport);
export const menuInsertExampleWorkbook = entry(workbook.menuInsertExampleWorkbook);
export const checkGoals = entry(workbook.checkGoals);
export const generatePlanReport = entry(workbook.generatePlanReport);
export const insertExampleWorkbook = entry(workbook.insertExampleWorkbook);
export const menuCheckGoals = entry(sidebar.menuCheckGoals);
export const showGoalWizard = entry(sidebar.showGoalWizard);
export const showCheckPane = entry(sidebar.showCheckPane);
export const showSettings = entry(sidebar.showSettings);
export const showHelp = entry(sidebar.showHelp);
export const sidebarGetContext = entry(sidebar.sidebarGetContext);
export const sidebarAssess = entry(sidebar.sidebarAssess);
export const sidebarCheckAlignment = entry(sidebar.sidebarCheckAlignment);
export const sidebarEvaluate = entry(sidebar.sidebarEvaluate);
export const sidebarAddGoal = entry(sidebar.sidebarAddGoal);
export const sidebarFindGoals = entry(sidebar.sidebarFindGoals);
export const sidebarPlanDrivers = entry(sidebar.sidebarPlanDrivers);
export const sidebarAddDriverGoals = entry(sidebar.sidebarAddDriverGoals);
export const sidebarCheckGoals = entry(sidebar.sidebarCheckGoals);
export const sidebarSelectRow = entry(sidebar.sidebarSelectRow);
export const sidebarCheckPage = entry(sidebar.sidebarCheckPage);
export const sidebarGetSettings = entry(sidebar.sidebarGetSettings);
export const sidebarSaveSettings = entry(sidebar.sidebarSaveSettings);
