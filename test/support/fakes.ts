/**
 * Minimal recording fakes of the Apps Script globals, for tests that run the
 * built bundle without the full emulator (menu in AuthMode.NONE, the
 * registry harness). Every call is recorded as "Class.method".
 */
import { formatDate } from '../../src/local/emulator/format-date';

export interface FakeAppsScript {
  globals: Record<string, unknown>;
  calls: string[];
  menus: Array<{ items: Array<{ caption: string; functionName: string } | 'separator'>; added: boolean }>;
}

export interface FakeOptions {
  spreadsheetLocale?: string;
  userLocale?: string;
  /** Emulate AuthMode.NONE: Properties and Range access throw like Apps Script. */
  authModeNone?: boolean;
  /** The spreadsheet's time zone (default: the process's, so Dates built with `new Date(y, m, d)` are its midnights). */
  timeZone?: string;
}

const PERMISSION_ERROR = 'You do not have permission to call this method in AuthMode.NONE.';

export function createFakeAppsScript(options: FakeOptions = {}): FakeAppsScript {
  const timeZone = options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const calls: string[] = [];
  const menus: FakeAppsScript['menus'] = [];
  const forbidden = (name: string) => () => {
    calls.push(name);
    throw new Error(PERMISSION_ERROR);
  };

  const makeMenu = () => {
    const record: FakeAppsScript['menus'][number] = { items: [], added: false };
    menus.push(record);
    const menu = {
      addItem(caption: string, functionName: string) {
        calls.push('Menu.addItem');
        record.items.push({ caption, functionName });
        return menu;
      },
      addSeparator() {
        calls.push('Menu.addSeparator');
        record.items.push('separator');
        return menu;
      },
      addToUi() {
        calls.push('Menu.addToUi');
        record.added = true;
      },
    };
    return menu;
  };

  const range = new Proxy(
    {},
    {
      get: (_t, prop) => (options.authModeNone ? forbidden(`Range.${String(prop)}`) : () => calls.push(`Range.${String(prop)}`)),
    },
  );

  const spreadsheet = {
    getSpreadsheetLocale() {
      calls.push('Spreadsheet.getSpreadsheetLocale');
      if (options.authModeNone) throw new Error(PERMISSION_ERROR);
      return options.spreadsheetLocale ?? 'en_US';
    },
    getSpreadsheetTimeZone() {
      calls.push('Spreadsheet.getSpreadsheetTimeZone');
      return timeZone;
    },
    getActiveSheet() {
      calls.push('Spreadsheet.getActiveSheet');
      return { getRange: () => range, getDataRange: () => range };
    },
    getRange() {
      calls.push('Spreadsheet.getRange');
      return range;
    },
  };

  const properties = {
    getProperty: options.authModeNone ? forbidden('Properties.getProperty') : (key: string) => (calls.push('Properties.getProperty'), key ? null : null),
    setProperty: options.authModeNone ? forbidden('Properties.setProperty') : () => calls.push('Properties.setProperty'),
    getProperties: options.authModeNone ? forbidden('Properties.getProperties') : () => (calls.push('Properties.getProperties'), {}),
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (calls.push('SpreadsheetApp.getActiveSpreadsheet'), spreadsheet),
      getActive: () => (calls.push('SpreadsheetApp.getActive'), spreadsheet),
      getUi: () => {
        calls.push('SpreadsheetApp.getUi');
        return {
          createAddonMenu: () => (calls.push('Ui.createAddonMenu'), makeMenu()),
          createMenu: () => (calls.push('Ui.createMenu'), makeMenu()),
        };
      },
    },
    Session: {
      getActiveUserLocale: () => (calls.push('Session.getActiveUserLocale'), options.userLocale ?? options.spreadsheetLocale ?? 'en_US'),
      getScriptTimeZone: () => 'Europe/Paris',
    },
    PropertiesService: {
      getDocumentProperties: options.authModeNone ? forbidden('PropertiesService.getDocumentProperties') : () => properties,
      getUserProperties: options.authModeNone ? forbidden('PropertiesService.getUserProperties') : () => properties,
      getScriptProperties: options.authModeNone ? forbidden('PropertiesService.getScriptProperties') : () => properties,
    },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    Utilities: { formatDate: (date: Date, zone: string, pattern: string) => (calls.push('Utilities.formatDate'), formatDate(date, zone, pattern)) },
    Logger: { log: () => undefined },
  };
  return { globals, calls, menus };
}

/**
 * Globals a Google Apps Script file must never touch. Each is a getter that
 * records the access, so a test can prove the bundle stayed away from them.
 */
export function trapForbiddenGlobals(globals: Record<string, unknown>): string[] {
  const touched: string[] = [];
  for (const name of ['require', 'module', 'exports', 'process', 'window', 'document', 'globalThis.fetch', 'UrlFetchApp']) {
    Object.defineProperty(globals, name.replace('globalThis.', ''), {
      enumerable: true,
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
  return touched;
}
