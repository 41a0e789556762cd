/**
 * Menu handlers that open the sidebar on a given pane. The pane and the
 * language are written into the served HTML (replacing the boot marker of
 * `src/sidebar/index.html`), so the sidebar renders the right pane in the
 * right language before its first server call returns.
 */
import { SIDEBAR_BOOT_MARKER, sidebarBootAttributes, type SidebarPane } from '../../core/api';
import { t, type MessageKey } from '../../core/messages';
import { beginCall, userLang } from './execution';

const TITLES: Readonly<Record<SidebarPane, MessageKey>> = {
  wizard: 'sidebar.title.wizard',
  check: 'sidebar.title.check',
  settings: 'sidebar.title.settings',
  help: 'sidebar.title.help',
};

/** Opens the sidebar (dist/sidebar.html) on `pane`. Also usable by other menu handlers (e.g. after Check goals). */
export function openSidebar(pane: SidebarPane): void {
  beginCall();
  const lang = userLang();
  const output = HtmlService.createHtmlOutputFromFile('sidebar');
  const content = output.getContent();
  if (content.includes(SIDEBAR_BOOT_MARKER)) output.setContent(content.replace(SIDEBAR_BOOT_MARKER, sidebarBootAttributes(pane, lang)));
  output.setTitle(`${t(lang, 'app.name')} — ${t(lang, TITLES[pane])}`);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showGoalWizard(): void {
  openSidebar('wizard');
}

export function showCheckPane(): void {
  openSidebar('check');
}

export function showSettings(): void {
  openSidebar('settings');
}

export function showHelp(): void {
  openSidebar('help');
}
