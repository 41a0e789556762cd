/** What every emulated spreadsheet object shares: runtime, data model, UI recorder, facade factories. */
import type { GridRect } from './a1';
import type { SheetModel, SpreadsheetModel } from './model';
import type { EmulatorRuntime } from './runtime';
import type { EmulatedRange } from './range';
import type { EmulatedSheet } from './sheet';
import type { EmulatedSpreadsheet } from './spreadsheet';

export type MenuItemRecord = { caption: string; functionName: string } | 'separator' | { caption: string; submenu: MenuItemRecord[] };

export interface MenuRecord {
  title: string;
  /** True for createAddonMenu() (title = the add-on's name). */
  addon: boolean;
  items: MenuItemRecord[];
}

/** Everything the emulated Ui showed, in order. */
export interface UiRecord {
  toasts: Array<{ message: string; title: string; timeoutSeconds?: number | null }>;
  alerts: string[];
  /** Full alert calls (title, prompt, button set) in the same order as `alerts`. */
  alertDetails: Array<{ title: string; prompt: string; buttons: string }>;
  sidebars: Array<{ title: string; html: string; width?: number }>;
  dialogs: Array<{ title: string; html: string; modal: boolean; width?: number; height?: number }>;
  menus: MenuRecord[];
  /** Every Range.activate / setActiveRange / setActiveSheet, as "Sheet!A1" (sheet name quoted when needed). */
  activations: string[];
  /**
   * Answers the next alert()/prompt() calls return, consumed first-in first-out
   * ("OK", "CANCEL", "YES", "NO", "CLOSE"); when empty, OK (or YES for YES_NO sets).
   */
  nextButtons: string[];
  /** Texts the next prompt() calls return. */
  nextPromptTexts: string[];
}

export function emptyUiRecord(): UiRecord {
  return { toasts: [], alerts: [], alertDetails: [], sidebars: [], dialogs: [], menus: [], activations: [], nextButtons: [], nextPromptTexts: [] };
}

export interface SpreadsheetContext {
  readonly runtime: EmulatorRuntime;
  readonly model: SpreadsheetModel;
  readonly ui: UiRecord;
  /** Facade of a sheet model (one per sheet, cached). */
  sheet(model: SheetModel): EmulatedSheet;
  range(sheet: SheetModel, rect: GridRect): EmulatedRange;
  spreadsheet(): EmulatedSpreadsheet;
}
