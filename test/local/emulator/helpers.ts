/** Typed access to an emulator's globals, as the add-on sees them. */
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../src/local/emulator';

export interface Services {
  emulator: Emulator;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  props: GoogleAppsScript.Properties.PropertiesService;
  locks: GoogleAppsScript.Lock.LockService;
  session: GoogleAppsScript.Base.Session;
  html: GoogleAppsScript.HTML.HtmlService;
  utilities: GoogleAppsScript.Utilities.Utilities;
  scriptApp: GoogleAppsScript.Script.ScriptApp;
}

export function services(emulator: Emulator): Omit<Services, 'ss' | 'sheet'> {
  const g = emulator.globals;
  return {
    emulator,
    app: g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    props: g.PropertiesService as GoogleAppsScript.Properties.PropertiesService,
    locks: g.LockService as GoogleAppsScript.Lock.LockService,
    session: g.Session as GoogleAppsScript.Base.Session,
    html: g.HtmlService as GoogleAppsScript.HTML.HtmlService,
    utilities: g.Utilities as GoogleAppsScript.Utilities.Utilities,
    scriptApp: g.ScriptApp as GoogleAppsScript.Script.ScriptApp,
  };
}

export function setup(options?: EmulatorOptions): Services {
  const emulator = createEmulator(options);
  const s = services(emulator);
  const ss = s.app.getActiveSpreadsheet();
  return { ...s, ss, sheet: ss.getSheets()[0] };
}
