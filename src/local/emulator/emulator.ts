/** createEmulator: one emulated spreadsheet with every service the add-on uses, ready for loadAddon(globals). */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { emptyUiRecord, type SpreadsheetContext, type UiRecord } from './context';
import { AuthMode } from './enums';
import { enumName } from './facade';
import { SpreadsheetModel } from './model';
import { EmulatorRuntime, type AuthModeName, type ServiceCallCounter, type ServiceCallHook } from './runtime';
import {
  EmulatedCharts,
  EmulatedLockService,
  EmulatedLogger,
  EmulatedPropertiesService,
  EmulatedScriptApp,
  EmulatedSession,
  EmulatedUtilities,
  type PropertyStores,
  type SessionSettings,
} from './services';
import { createSpreadsheetContext, EmulatedSpreadsheetApp, type EmulatedSpreadsheet } from './spreadsheet';
import { EmulatedHtmlService, EmulatedUi } from './ui';

export interface EmulatorOptions {
  /** Spreadsheet locale, e.g. 'fr_FR' | 'en_US' (default 'en_US'). */
  spreadsheetLocale?: string;
  /** Session.getActiveUserLocale(), e.g. 'fr' | 'en' (default: the language of spreadsheetLocale). */
  userLocale?: string;
  /** Spreadsheet and script time zone (default 'Europe/Paris' for fr locales, else 'America/New_York'). */
  timeZone?: string;
  /** Spreadsheet name (default 'Untitled spreadsheet'). */
  name?: string;
  /** Spreadsheet id (default: random). */
  id?: string;
  /** Title of the add-on menu created by createAddonMenu() (default 'SMART Goals'). */
  addonName?: string;
  /** Folder HtmlService.createHtmlOutputFromFile reads from (default: the repository's dist/). */
  htmlDir?: string;
  /** Authorization mode the executions run under (default 'FULL'). */
  authMode?: AuthModeName;
  /** Name of the first sheet of a new spreadsheet (default 'Sheet1'); null for none (xlsx loading). */
  firstSheetName?: string | null;
  /** Session.getActiveUser().getEmail() (default ''). */
  userEmail?: string;
}

export interface Emulator {
  /** SpreadsheetApp, Session, PropertiesService, LockService, HtmlService, Utilities, Logger, ScriptApp, Charts, console → loadAddon(emulator.globals). */
  globals: Record<string, unknown>;
  spreadsheet: EmulatedSpreadsheet;
  calls: ServiceCallCounter;
  ui: UiRecord;
  /** Property stores (plain maps: seed or inspect them without counting calls). */
  properties: PropertyStores;
  /** Lines written with Logger.log. */
  logs: string[];
  /** Mutable session settings (user locale, time zone, email). */
  session: SessionSettings;
  /** Shared state: counter, hooks, locks, auth mode. */
  runtime: EmulatorRuntime;
  context: SpreadsheetContext;
  options: Required<Pick<EmulatorOptions, 'addonName' | 'htmlDir'>>;
  /** Runs `body` as one Apps Script execution (locks it holds are released at the end). */
  runExecution<T>(body: (executionId: number) => T): T;
  /** Registers a hook called before every counted service call; returns an unsubscribe function. */
  onServiceCall(hook: ServiceCallHook): () => void;
  setAuthMode(mode: AuthModeName): void;
  /** An onOpen/onInstall event object for the current auth mode. */
  openEvent(): { authMode: GoogleAppsScript.Script.AuthMode; source: EmulatedSpreadsheet; user: { getEmail(): string } };
}

export const DEFAULT_HTML_DIR = path.resolve(__dirname, '../../../dist');

function languageOf(locale: string): string {
  return locale.split(/[_-]/)[0]?.toLowerCase() || 'en';
}

/** Creates an emulated spreadsheet with one empty sheet (unless firstSheetName is null). */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const locale = options.spreadsheetLocale ?? 'en_US';
  const timeZone = options.timeZone ?? (languageOf(locale) === 'fr' ? 'Europe/Paris' : 'America/New_York');
  const runtime = new EmulatorRuntime();
  runtime.authMode = options.authMode ?? 'FULL';
  const model = new SpreadsheetModel(options.id ?? randomUUID().replace(/-/g, ''), options.name ?? 'Untitled spreadsheet', locale, timeZone);
  const firstSheet = options.firstSheetName === undefined ? 'Sheet1' : options.firstSheetName;
  if (firstSheet !== null) model.addSheet(firstSheet);
  const ui = emptyUiRecord();
  const context = createSpreadsheetContext(runtime, model, ui);
  const addonName = options.addonName ?? 'SMART Goals';
  const htmlDir = options.htmlDir ?? DEFAULT_HTML_DIR;
  const emulatedUi = new EmulatedUi(runtime, ui, addonName);
  const properties: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const logs: string[] = [];
  const session: SessionSettings = {
    userLocale: options.userLocale ?? languageOf(locale),
    scriptTimeZone: timeZone,
    userEmail: options.userEmail ?? '',
    temporaryUserKey: `temp-${randomUUID()}`,
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: new EmulatedSpreadsheetApp(context, emulatedUi),
    Session: new EmulatedSession(runtime, session),
    PropertiesService: new EmulatedPropertiesService(runtime, properties),
    LockService: new EmulatedLockService(runtime),
    HtmlService: new EmulatedHtmlService(runtime, htmlDir),
    Utilities: new EmulatedUtilities(runtime),
    Logger: new EmulatedLogger(runtime, logs),
    ScriptApp: new EmulatedScriptApp(runtime),
    Charts: new EmulatedCharts(runtime),
    console,
  };
  const spreadsheet = context.spreadsheet();
  return {
    globals,
    spreadsheet,
    calls: runtime.calls,
    ui,
    properties,
    logs,
    session,
    runtime,
    context,
    options: { addonName, htmlDir },
    runExecution: (body) => runtime.runExecution(body),
    onServiceCall: (hook) => runtime.onServiceCall(hook),
    setAuthMode(mode) {
      runtime.authMode = mode;
    },
    openEvent() {
      const mode = AuthMode[runtime.authMode];
      return { authMode: mode, source: spreadsheet, user: { getEmail: () => session.userEmail } };
    },
  };
}

/** Name of an Apps Script enum value ("LINE", "COLUMN"…), from any realm. */
export { enumName };
