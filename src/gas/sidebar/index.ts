/** The sidebar's server side: menu handlers that open it and the calls it makes. */
export { showGoalWizard, showCheckPane, showSettings, showHelp, openSidebar, menuCheckGoals } from './open';
export {
  sidebarGetContext,
  sidebarAssess,
  sidebarCheckAlignment,
  sidebarEvaluate,
  sidebarAddGoal,
  sidebarFindGoals,
  sidebarPlanDrivers,
  sidebarAddDriverGoals,
  sidebarCheckGoals,
  sidebarSelectRow,
  sidebarCheckPage,
  sidebarGetSettings,
  sidebarSaveSettings,
} from './calls';
