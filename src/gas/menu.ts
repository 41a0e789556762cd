/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (before the user has
 * authorized the add-on), where Properties and cell reads are forbidden, so
 * it only builds the menu, in the user's language when Session allows it.
 */
import { langFromLocale, t } from '../core/messages';
import type { Lang } from '../core/types';

/** Menu items in display order: label key → name of the exported handler. */
export const MENU_ITEMS = [
  { key: 'menu.wizard', handler: 'showGoalWizard' },
  { key: 'menu.check', handler: 'menuCheckGoals' },
  { key: 'menu.report', handler: 'menuGeneratePlanReport' },
  { key: 'menu.example', handler: 'menuInsertExampleWorkbook' },
  { key: 'menu.settings', handler: 'showSettings' },
  { key: 'menu.help', handler: 'showHelp' },
] as const;

function menuLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** Builds the add-on menu. Safe in every AuthMode. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = menuLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach((item, index) => {
    // A separator before Settings keeps the actions apart from configuration.
    if (index === 4) menu.addSeparator();
    menu.addItem(t(lang, item.key), item.handler);
  });
  menu.addToUi();
}

/** Runs when the add-on is installed from the Marketplace or a test deployment. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
