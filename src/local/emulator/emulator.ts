/** createEmulator: one emulated spreadsheet with every service the add-on uses, ready for loadAddon(globals). */
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { emptyUiRecord, type SpreadsheetContext, type UiRecord } from './context';
import { AuthMode } from './enums';
import { enumName } from './facade';
import { defaultSheetName, SpreadsheetModel } from './model';
import { parseA1, type GridRect } from './a1';
import type { ProtectionModel } from './protection';
import { recalculate } from './recalc';
import { EmulatorRuntime, tickClock, type AuthModeName, type ServiceCallCounter, type ServiceCallHook, type VirtualClock } from './runtime';
import {
  EmulatedCharts,
  EmulatedLockService,
  EmulatedLogger,
  EmulatedPropertiesService,
  EmulatedScriptApp,
  EmulatedSession,
  EmulatedUtilities,
  emulatedConsole,
  quotaExceededError,
  serviceUnavailableError,
  type ConsoleEntry,
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
  /**
   * The SPREADSHEET's time zone (Spreadsheet.getSpreadsheetTimeZone; default: the Node process's
   * zone). It is distinct from the script's zone: the add-on runs in the Node process's zone
   * (set TZ), which Session.getScriptTimeZone() reports, as Apps Script runs a script in the
   * manifest's zone. As in Sheets, a date cell is a day of the spreadsheet's calendar; scripts
   * get it as midnight of that day in this zone, and a Date they write is stored as the wall
   * clock it shows in this zone.
   */
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
  /** Name of the first sheet of a new spreadsheet (default as Sheets names it: 'Sheet1', 'Feuille 1' in French); null for none (xlsx loading). */
  firstSheetName?: string | null;
  /** Session.getActiveUser().getEmail() (default ''). */
  userEmail?: string;
  /**
   * A virtual clock for the add-on: `globals.Date` then reads it (new Date(), Date.now()),
   * each counted service call advances it by `msPerCall` and Utilities.sleep by its argument,
   * so "stop before Apps Script's 6-minute limit" can be tested deterministically. Without it
   * the bundle uses its own realm's real Date. (With it, Dates the add-on creates come from
   * this Node realm, like the emulator's cell values.)
   */
  clock?: { start?: Date | number | string; /** ms per counted call, or 'sheets' for each call's estimated Sheets latency (./latency.ts). */ msPerCall?: number | 'sheets'; /** Hard stop per runExecution (default 360 000 = Apps Script's 6 minutes; null for none). */ executionLimitMs?: number | null; /** Also advance by real compute time × this factor (bench only; see VirtualClock.runtimeFactor). */ runtimeFactor?: number; /** Each reading of the clock by the add-on advances it by this many ms (deterministic compute time; see VirtualClock.msPerReading). */ msPerReading?: number };
  /** Leading characters that turn written text into a formula (default ['=', '+', '-']; see EmulatorRuntime.formulaPrefixes). */
  formulaPrefixes?: string[];
  /**
   * Compute formula results (HyperFormula, built-in functions only) before reads that follow a
   * write, instead of leaving '' / the xlsx's cached value. Off by default.
   */
  evaluateFormulas?: boolean;
  /** False: PropertiesService.getDocumentProperties() returns null (no document to keep properties in; see EmulatedPropertiesService). */
  documentProperties?: boolean;
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
  /** Lines written with console.* (the execution log / Cloud Logging; never shown to the user). */
  consoleLog: ConsoleEntry[];
  /** Mutable session settings (user locale, time zone, email). */
  session: SessionSettings;
  /** Shared state: counter, hooks, locks, auth mode. */
  runtime: EmulatorRuntime;
  /** The virtual clock (null unless EmulatorOptions.clock). */
  clock: { now(): number; advance(ms: number): void } | null;
  context: SpreadsheetContext;
  options: Required<Pick<EmulatorOptions, 'addonName' | 'htmlDir'>>;
  /** Runs `body` as one Apps Script execution (locks it holds are released at the end). */
  runExecution<T>(body: (executionId: number) => T): T;
  /** Computes every formula cell now (see EmulatorOptions.evaluateFormulas); returns how many. */
  recalculate(): number;
  /** Registers a hook called before every counted service call; returns an unsubscribe function. */
  onServiceCall(hook: ServiceCallHook): () => void;
  setAuthMode(mode: AuthModeName): void;
  /**
   * Protects a sheet (a1 null) or a range of it as another user would have (not counted as a service call): by
   * default one the script's user may NOT edit (`canEdit: false`: protected by the owner), or warning-only.
   * `unprotected`: A1 ranges of a protected sheet left editable (./protection.ts).
   */
  protect(sheetName: string, a1: string | null, options?: { canEdit?: boolean; warningOnly?: boolean; description?: string; unprotected?: string[] }): ProtectionModel;
  /** The error Apps Script throws on a transient Spreadsheet service failure, in the session's user locale (`serviceUnavailableError`): throw it from an `onServiceCall` hook. */
  serviceUnavailable(): Error;
  /** The error Apps Script throws once the user's daily quota of a service is used up (`quotaExceededError`): throw it from an `onServiceCall` hook. */
  quotaExceeded(service?: string): Error;
  /** An onOpen/onInstall event object for the current auth mode. */
  openEvent(): { authMode: GoogleAppsScript.Script.AuthMode; source: EmulatedSpreadsheet; user: { getEmail(): string } };
}

export const DEFAULT_HTML_DIR = path.resolve(__dirname, '../../../dist');

function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A new file's id as Google Drive writes them: "1" and 43 letters, digits, "-" and "_" (44 in all, as "1K1319vu2-OlQCMgfD4XOpYiHpX7YdyoL9GSteSe_Mfs"). */
function driveFileId(): string {
  return `1${randomBytes(33).toString('base64url').slice(0, 43)}`;
}

function languageOf(locale: string): string {
  return locale.split(/[_-]/)[0]?.toLowerCase() || 'en';
}

/**
 * Date whose "now" is the virtual clock: new Date() and Date.now() read it, Date() prints it,
 * everything else is the real Date (instanceof Date still works through the Proxy).
 */
function virtualDate(clock: VirtualClock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(tickClock(clock)) : new target(...(args as [string | number | Date]));
    },
    apply(target) {
      return new target(tickClock(clock)).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => tickClock(clock);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** Creates an emulated spreadsheet with one empty sheet (unless firstSheetName is null). */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const locale = options.spreadsheetLocale ?? 'en_US';
  const timeZone = options.timeZone ?? processTimeZone();
  const runtime = new EmulatorRuntime();
  runtime.authMode = options.authMode ?? 'FULL';
  if (options.formulaPrefixes) runtime.formulaPrefixes = [...options.formulaPrefixes];
  if (options.clock) {
    const start = options.clock.start === undefined ? Date.now() : new Date(options.clock.start).getTime();
    if (Number.isNaN(start)) throw new Error(`Invalid clock start: ${String(options.clock.start)}`);
    runtime.clock = { now: start, msPerCall: options.clock.msPerCall ?? 0, executionLimitMs: options.clock.executionLimitMs === undefined ? 360_000 : options.clock.executionLimitMs };
    if (options.clock.runtimeFactor) runtime.clock.runtimeFactor = options.clock.runtimeFactor;
    if (options.clock.msPerReading) runtime.clock.msPerReading = options.clock.msPerReading;
  }
  const model = new SpreadsheetModel(options.id ?? driveFileId(), options.name ?? 'Untitled spreadsheet', locale, timeZone);
  const firstSheet = options.firstSheetName === undefined ? defaultSheetName(locale, 1) : options.firstSheetName;
  if (firstSheet !== null) model.addSheet(firstSheet);
  if (options.evaluateFormulas) {
    runtime.recalculate = () => recalculate(model);
    runtime.dirty = true;
  }
  const ui = emptyUiRecord();
  const context = createSpreadsheetContext(runtime, model, ui);
  const addonName = options.addonName ?? 'SMART Goals';
  const htmlDir = options.htmlDir ?? DEFAULT_HTML_DIR;
  const emulatedUi = new EmulatedUi(runtime, ui, addonName);
  const properties: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const logs: string[] = [];
  const consoleLog: ConsoleEntry[] = [];
  const session: SessionSettings = {
    userLocale: options.userLocale ?? languageOf(locale),
    // The bundle's Date works in the process's zone: that is the script's zone here.
    scriptTimeZone: processTimeZone(),
    userEmail: options.userEmail ?? '',
    temporaryUserKey: `temp-${randomUUID()}`,
  };
  const sessionService = new EmulatedSession(runtime, session);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: new EmulatedSpreadsheetApp(context, emulatedUi),
    Session: sessionService,
    PropertiesService: Object.assign(new EmulatedPropertiesService(runtime, properties), { documentPropertiesAvailable: options.documentProperties ?? true }),
    LockService: new EmulatedLockService(runtime),
    HtmlService: new EmulatedHtmlService(runtime, htmlDir),
    Utilities: new EmulatedUtilities(runtime),
    Logger: new EmulatedLogger(runtime, logs),
    ScriptApp: new EmulatedScriptApp(runtime),
    Charts: new EmulatedCharts(runtime),
    console: emulatedConsole(consoleLog),
  };
  if (runtime.clock) {
    const clock = runtime.clock;
    globals.Date = virtualDate(clock);
    // The add-on's own time-budget hook (src/gas/workbook/env.ts) reads the same clock.
    globals.__SMART_GOALS_NOW__ = () => {
      const now = tickClock(clock);
      runtime.enforceTimeLimit();
      return now;
    };
  }
  const spreadsheet = context.spreadsheet();
  return {
    globals,
    spreadsheet,
    calls: runtime.calls,
    ui,
    properties,
    logs,
    consoleLog,
    session,
    runtime,
    context,
    clock: runtime.clock
      ? {
          now: () => (runtime.clock ? tickClock(runtime.clock, false) : Date.now()),
          advance(ms: number) {
            if (runtime.clock) runtime.clock.now += ms;
          },
        }
      : null,
    options: { addonName, htmlDir },
    runExecution: (body) => runtime.runExecution(body),
    recalculate: () => recalculate(model),
    onServiceCall: (hook) => runtime.onServiceCall(hook),
    serviceUnavailable: () => serviceUnavailableError(session.userLocale, model.id),
    quotaExceeded: (service) => quotaExceededError(service),
    setAuthMode(mode) {
      runtime.authMode = mode;
    },
    protect(sheetName, a1, protectOptions = {}) {
      const sheet = model.sheetByName(sheetName);
      if (!sheet) throw new Error(`No sheet "${sheetName}"`);
      const rectOf = (text: string): GridRect => {
        const rect = parseA1(text, sheet.maxRows, sheet.maxColumns);
        if (!rect) throw new Error(`Bad range "${text}"`);
        return rect;
      };
      const protection: ProtectionModel = {
        id: model.nextProtectionId++,
        type: a1 === null ? 'SHEET' : 'RANGE',
        sheetId: sheet.id,
        rect: a1 === null ? null : rectOf(a1),
        unprotected: (protectOptions.unprotected ?? []).map(rectOf),
        description: protectOptions.description ?? '',
        warningOnly: protectOptions.warningOnly ?? false,
        userCanEdit: protectOptions.canEdit ?? false,
        editors: [],
      };
      model.protections.push(protection);
      return protection;
    },
    openEvent() {
      const mode = AuthMode[runtime.authMode];
      // The event's user is Session's active user: no email in a simple trigger (NONE, LIMITED; see EmulatedSession).
      return { authMode: mode, source: spreadsheet, user: { getEmail: () => sessionService.visibleEmail() } };
    },
  };
}

/** Name of an Apps Script enum value ("LINE", "COLUMN"…), from any realm. */
export { enumName };
