/** PropertiesService, LockService, Session, Utilities, Logger, ScriptApp, Charts. */
import { randomUUID } from 'node:crypto';
import { emulatedBase } from './facade';
import { AuthMode, AuthorizationStatus, ChartPosition, ChartType, CurveStyle, PointStyle } from './enums';
import { formatDate } from './format-date';
import type { EmulatorRuntime, LockKind } from './runtime';

type Props = GoogleAppsScript.Properties.Properties;

/**
 * Apps Script's property limits (developers.google.com/apps-script/guides/services/quotas, "Current limitations":
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store"). Google does not say how a
 * store's total is counted: keys and values in UTF-8 bytes here. Past the total, Apps Script throws
 * PROPERTY_STORE_QUOTA_ERROR (the text users report, e.g. lucasvtiradentes/gcal-sync#115: "Exception: You have
 * exceeded the property storage quota. Please remove some properties and try again.") and stores nothing.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_STORE_QUOTA_ERROR = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** A store's size as counted against PROPERTY_STORE_LIMIT. */
export function propertyStoreBytes(store: ReadonlyMap<string, string>): number {
  let bytes = 0;
  for (const [key, value] of store) bytes += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
  return bytes;
}
export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';

/**
 * The error Apps Script throws when the Spreadsheet service fails for a moment (gone on a retry), worded in the user's
 * language as Apps Script words its errors: the troubleshooting guide's English "Service Spreadsheets failed while
 * accessing document with id …" (developers.google.com/apps-script/guides/support/troubleshooting), and the Japanese
 * wording reported in ttsukagoshi/mail-merge-for-gmail#162. Google publishes no other translation: other languages get
 * the English text here (a localized failure is tested with 'ja'). Every wording names the document's id.
 */
export function serviceUnavailableError(userLocale: string, documentId: string): Error {
  const language = userLocale.split(/[_-]/)[0]?.toLowerCase();
  return new Error(
    language === 'ja'
      ? `ドキュメント（${documentId}）にアクセス中に\u3000スプレッドシート のサービスに接続できなくなりました。`
      : `Service Spreadsheets failed while accessing document with id ${documentId}.`,
  );
}

/**
 * The error Apps Script throws when the user's daily quota of a service is used up: "If you exceed a quota or
 * limitation, your script throws an exception and execution stops" with "an exception message indicating the specific
 * limit exceeded or service invoked too many times" (developers.google.com/apps-script/guides/services/quotas). The
 * wording is the one users report for Sheets ("Service invoked too many times for one day: spreadsheets.").
 */
export function quotaExceededError(service = 'spreadsheets'): Error {
  return new Error(`Service invoked too many times for one day: ${service}.`);
}

export class EmulatedProperties extends emulatedBase<Props>('Properties') implements Props {
  constructor(
    runtime: EmulatorRuntime,
    /** The stored properties (plain data: tests read/seed it directly). */
    readonly store: Map<string, string>,
  ) {
    super(runtime);
  }

  /** Stores `entries` (after `clear`), or nothing when a value is over 9 KB or the store would pass 500 KB. */
  private put(entries: ReadonlyArray<readonly [string, unknown]>, clear = false): void {
    const texts = entries.map(([key, value]) => [String(key), String(value)] as const);
    if (texts.some(([, text]) => Buffer.byteLength(text, 'utf8') > PROPERTY_VALUE_LIMIT)) throw new Error('Argument too large: value');
    const next = new Map(clear ? [] : this.store);
    for (const [key, text] of texts) next.set(key, text);
    if (propertyStoreBytes(next) > PROPERTY_STORE_LIMIT) throw new Error(PROPERTY_STORE_QUOTA_ERROR);
    if (clear) this.store.clear();
    for (const [key, text] of texts) this.store.set(key, text);
  }

  override getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  override setProperty(key: string, value: string): this {
    this.put([[key, value]]);
    return this;
  }

  override getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  override setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    this.put(Object.entries(properties), deleteAllOthers === true);
    return this;
  }

  override getKeys(): string[] {
    return [...this.store.keys()];
  }

  override deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }

  override deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export class EmulatedPropertiesService extends emulatedBase<GoogleAppsScript.Properties.PropertiesService>('PropertiesService') implements GoogleAppsScript.Properties.PropertiesService {
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly stores: PropertyStores,
  ) {
    super(runtime);
  }

  /**
   * False: no document store, as when the script is neither "published and executing as an add-on" nor "bound to a
   * Google file type" — getDocumentProperties() then "returns null" (Apps Script reference, PropertiesService).
   */
  documentPropertiesAvailable = true;

  override getDocumentProperties(): EmulatedProperties {
    this.runtime.requireAuth('PropertiesService', 'getDocumentProperties');
    return (this.documentPropertiesAvailable ? new EmulatedProperties(this.runtime, this.stores.document) : null) as EmulatedProperties;
  }

  override getUserProperties(): EmulatedProperties {
    this.runtime.requireAuth('PropertiesService', 'getUserProperties');
    return new EmulatedProperties(this.runtime, this.stores.user);
  }

  override getScriptProperties(): EmulatedProperties {
    this.runtime.requireAuth('PropertiesService', 'getScriptProperties');
    return new EmulatedProperties(this.runtime, this.stores.script);
  }
}

/**
 * A lock bound to the execution that obtained it. Emulated executions run on
 * one thread, so waiting cannot help: if another execution holds the lock,
 * tryLock returns false and waitLock throws Apps Script's timeout error — after
 * spending the timeout on the virtual clock (review 18), as Apps Script waits:
 * tryLock "Attempts to acquire the lock, timing out after the provided number of
 * milliseconds", waitLock the same "timing out with an exception"
 * (developers.google.com/apps-script/reference/lock/lock). The wait counts
 * against the waiting run's limits (6 minutes, a custom function's 30 seconds):
 * a wait past them ends the run with Apps Script's time-limit error. The
 * emulator has one clock, so the run holding the lock, paused meanwhile, sees
 * the same time pass (the unpleasant side: in Sheets it would have worked on).
 */
export class EmulatedLock extends emulatedBase<GoogleAppsScript.Lock.Lock>('Lock') implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly kind: LockKind,
    readonly executionId: number,
  ) {
    super(runtime);
  }

  override tryLock(timeoutInMillis: number): boolean {
    const holder = this.runtime.locks[this.kind];
    if (holder !== null && holder !== this.executionId) {
      this.runtime.spend(Number(timeoutInMillis));
      return false;
    }
    this.runtime.locks[this.kind] = this.executionId;
    this.acquired = true;
    return true;
  }

  override waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_ERROR);
  }

  override releaseLock(): void {
    if (this.runtime.locks[this.kind] === this.executionId) this.runtime.locks[this.kind] = null;
    this.acquired = false;
  }

  override hasLock(): boolean {
    return this.acquired && this.runtime.locks[this.kind] === this.executionId;
  }
}

export class EmulatedLockService extends emulatedBase<GoogleAppsScript.Lock.LockService>('LockService') implements GoogleAppsScript.Lock.LockService {
  constructor(private readonly runtime: EmulatorRuntime) {
    super(runtime);
  }

  private lock(kind: LockKind, method: string): EmulatedLock {
    this.runtime.requireAuth('LockService', method);
    return new EmulatedLock(this.runtime, kind, this.runtime.currentExecution);
  }

  override getDocumentLock(): EmulatedLock {
    return this.lock('document', 'getDocumentLock');
  }

  override getScriptLock(): EmulatedLock {
    return this.lock('script', 'getScriptLock');
  }

  override getUserLock(): EmulatedLock {
    return this.lock('user', 'getUserLock');
  }
}

export class EmulatedUser extends emulatedBase<GoogleAppsScript.Base.User>('User') implements GoogleAppsScript.Base.User {
  constructor(
    runtime: EmulatorRuntime,
    private readonly email: string,
  ) {
    super(runtime);
  }

  override getEmail(): string {
    return this.email;
  }
}

export interface SessionSettings {
  userLocale: string;
  scriptTimeZone: string;
  /** Empty by default: Apps Script hides the user's email from add-ons without extra scopes. */
  userEmail: string;
  temporaryUserKey: string;
}

export class EmulatedSession extends emulatedBase<GoogleAppsScript.Base.Session>('Session') implements GoogleAppsScript.Base.Session {
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly settings: SessionSettings,
  ) {
    super(runtime);
  }

  override getActiveUserLocale(): string {
    return this.settings.userLocale;
  }

  override getScriptTimeZone(): string {
    return this.settings.scriptTimeZone;
  }

  /**
   * The user's email where Apps Script gives it: "the user's email address is not available in any context that allows
   * a script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function in
   * Google Sheets…" (Session.getActiveUser and User.getEmail, developers.google.com/apps-script/reference/base/session):
   * blank in AuthMode.CUSTOM_FUNCTION and in the simple triggers' NONE and LIMITED. "However, these restrictions
   * generally do not apply if the developer runs the script themselves or belongs to the same Google Workspace domain
   * as the user": the emulator takes the unpleasant side, blank.
   */
  visibleEmail(): string {
    return this.runtime.authMode === 'FULL' ? this.settings.userEmail : '';
  }

  override getActiveUser(): EmulatedUser {
    return new EmulatedUser(this.runtime, this.visibleEmail());
  }

  /** "In most other scenarios, this returns the same account as getActiveUser()" (Session.getEffectiveUser). */
  override getEffectiveUser(): EmulatedUser {
    return new EmulatedUser(this.runtime, this.visibleEmail());
  }

  override getTemporaryActiveUserKey(): string {
    return this.settings.temporaryUserKey;
  }
}

export class EmulatedUtilities extends emulatedBase<GoogleAppsScript.Utilities.Utilities>('Utilities') implements GoogleAppsScript.Utilities.Utilities {
  constructor(private readonly runtime: EmulatorRuntime) {
    super(runtime);
  }

  override formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const zone = String(timeZone);
    return formatDate(date as unknown as Date, zone, String(format));
  }

  override sleep(milliseconds: number): void {
    // Never waits for real; a virtual clock moves forward instead.
    if (this.runtime.clock && Number.isFinite(milliseconds) && milliseconds > 0) this.runtime.clock.now += milliseconds;
  }

  override getUuid(): string {
    return randomUUID();
  }

  override formatString(template: string, ...args: unknown[]): string {
    let index = 0;
    return String(template).replace(/%(\.\d+)?([sdf%])/g, (_match, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const arg = args[index++];
      if (kind === 'd') return String(Math.trunc(Number(arg)));
      if (kind === 'f') return precision ? Number(arg).toFixed(Number(precision.slice(1))) : String(Number(arg));
      return String(arg);
    });
  }

  override base64Encode(data: unknown): string {
    return Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data as number[])).toString('base64');
  }
}

export class EmulatedLogger extends emulatedBase<GoogleAppsScript.Base.Logger>('Logger') implements GoogleAppsScript.Base.Logger {
  constructor(
    runtime: EmulatorRuntime,
    /** Logged lines, in order (also readable through getLog()). */
    readonly lines: string[],
  ) {
    super(runtime);
  }

  override log(data: unknown, ...values: unknown[]): this {
    let text = typeof data === 'string' ? data : JSON.stringify(data) ?? String(data);
    if (values.length > 0) text = text.replace(/%s/g, () => String(values.shift()));
    this.lines.push(text);
    return this;
  }

  override getLog(): string {
    return this.lines.join('\n');
  }

  override clear(): void {
    this.lines.length = 0;
  }
}

/** One line the add-on wrote with console.*: what Apps Script's execution log (and Cloud Logging) would hold. */
export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

/**
 * Apps Script's `console`: its lines go to the execution log / Cloud Logging,
 * never to the user (developers.google.com/apps-script/guides/logging). The
 * emulator records them so tests can check what a maintainer would see, instead
 * of printing them into the test or CLI output.
 */
export function emulatedConsole(entries: ConsoleEntry[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const write = (level: ConsoleEntry['level']) => (...args: unknown[]) => {
    entries.push({ level, text: args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? String(arg.stack) : (JSON.stringify(arg) ?? String(arg)))).join(' ') });
  };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
}

export class EmulatedAuthorizationInfo extends emulatedBase<GoogleAppsScript.Script.AuthorizationInfo>('AuthorizationInfo') implements GoogleAppsScript.Script.AuthorizationInfo {
  constructor(
    runtime: EmulatorRuntime,
    private readonly required: boolean,
  ) {
    super(runtime);
  }

  override getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }

  override getAuthorizationUrl(): string {
    return this.required ? 'https://script.google.com/authorize' : '';
  }
}

export class EmulatedScriptApp extends emulatedBase<GoogleAppsScript.Script.ScriptApp>('ScriptApp') implements GoogleAppsScript.Script.ScriptApp {
  override readonly AuthMode: typeof GoogleAppsScript.Script.AuthMode = AuthMode;
  override readonly AuthorizationStatus: typeof GoogleAppsScript.Script.AuthorizationStatus = AuthorizationStatus;

  constructor(private readonly runtime: EmulatorRuntime) {
    super(runtime);
  }

  override getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode): EmulatedAuthorizationInfo {
    return new EmulatedAuthorizationInfo(this.runtime, this.runtime.authMode === 'NONE');
  }

  override getScriptId(): string {
    return 'emulated-script-id';
  }
}

/** Only the enums: the add-on builds charts through Sheet.newChart(). */
export class EmulatedCharts extends emulatedBase<GoogleAppsScript.Charts.Charts>('Charts') implements GoogleAppsScript.Charts.Charts {
  override readonly ChartType: typeof GoogleAppsScript.Charts.ChartType = ChartType;
  override readonly Position: typeof GoogleAppsScript.Charts.Position = ChartPosition;
  override readonly CurveStyle: typeof GoogleAppsScript.Charts.CurveStyle = CurveStyle;
  override readonly PointStyle: typeof GoogleAppsScript.Charts.PointStyle = PointStyle;
}
