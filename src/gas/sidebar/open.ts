/**
 * Menu handlers that open the sidebar on a given pane. The pane and the
 * language are written into the served HTML (replacing the boot marker of
 * `src/sidebar/index.html`), so the sidebar renders the right pane in the
 * right language before its first server call returns.
 */
import { SIDEBAR_BOOT_MARKER, sidebarBootAttributes, type CheckResponse, type SidebarPane } from '../../core/api';
import { t } from '../../core/messages';
import { alertCheckSummary, checkGoals, guarded } from '../workbook';
import { checkResponse } from './calls';
import { beginCall, userLang } from './execution';

/** Opens the sidebar (dist/sidebar.html) on `pane`, optionally showing a check that already ran. */
export function openSidebar(pane: SidebarPane, check?: CheckResponse): void {
  beginCall();
  const lang = userLang();
  const output = HtmlService.createHtmlOutputFromFile('sidebar');
  const content = output.getContent();
  // A function replacer: `$&` or `$1` in the JSON of a goal statement must stay literal.
  if (content.includes(SIDEBAR_BOOT_MARKER)) output.setContent(content.replace(SIDEBAR_BOOT_MARKER, () => sidebarBootAttributes(pane, lang, check)));
  output.setTitle(`${t(lang, 'app.name')} — ${t(lang, `sidebar.title.${pane}`)}`);
  SpreadsheetApp.getUi().showSidebar(output);
}

// Menu handlers: a failure to open (e.g. no UI in this context) is one localized alert, not a raw Apps Script error.
export function showGoalWizard(): void {
  guarded(() => openSidebar('wizard'));
}

/**
 * Menu "Check goals": checks every goal row (writing the add-on's columns),
 * then opens the Check pane on the result — flagged goals with their reason
 * and fix, a click selects the row — without running the check twice.
 */
export function menuCheckGoals(): void {
  guarded((lang) => {
    const summary = checkGoals();
    try {
      openSidebar('check', checkResponse(summary, lang));
    } catch {
      // No sidebar possible (e.g. run from the script editor): say it in an alert instead.
      alertCheckSummary(summary, lang);
    }
  });
}

export function showCheckPane(): void {
  guarded(() => openSidebar('check'));
}

export function showSettings(): void {
  guarded(() => openSidebar('settings'));
}

export function showHelp(): void {
  guarded(() => openSidebar('help'));
}
