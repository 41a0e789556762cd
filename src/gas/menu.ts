/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (before the user has
 * authorized the add-on), where Properties and cell reads are forbidden, so
 * it only builds the menu, in the user's language when Session allows it.
 */
import { langFromLocale, t } from '../core/messages';
import { resolveLanguage } from '../core/settings';
import type { Lang } from '../core/types';
import { documentLang } from './workbook/env';
import { callSettings, userLocale } from './scope';

/** Menu items in display order: label key → name of the exported handler. */
export const MENU_ITEMS = [
  { key: 'menu.wizard', handler: 'showGoalWizard' },
  { key: 'menu.check', handler: 'menuCheckGoals' },
  { key: 'menu.report', handler: 'menuGeneratePlanReport' },
  { key: 'menu.example', handler: 'menuInsertExampleWorkbook' },
  { key: 'menu.settings', handler: 'showSettings' },
  { key: 'menu.help', handler: 'showHelp' },
] as const;

/**
 * The menu's language: the rule of every surface (Settings' language, else the spreadsheet's locale) once the add-on
 * may read the document; in AuthMode.NONE it may read neither the properties nor the spreadsheet ("Authorization
 * modes", developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle): the user's locale, from Session.
 */
function menuLang(e?: GoogleAppsScript.Events.SheetsOnOpen): Lang {
  if (e && String(e.authMode) !== 'NONE') return resolveLanguage(callSettings(), documentLang());
  return langFromLocale(userLocale());
}

/** Builds the add-on menu. Safe in every AuthMode. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = menuLang(e);
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
