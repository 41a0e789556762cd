/**
 * The state of ONE execution: what it reads once and shares — the Settings (language, policy, fiscal year, team
 * plan), the spreadsheet's locale and time zone, the user's locale — and the date order of English messages.
 * Every call to a Google service is a round trip ("Minimize calls to other services",
 * developers.google.com/apps-script/guides/support/best-practices), and a custom function over a whole column is
 * ONE call (developers.google.com/apps-script/guides/sheets/functions): so one read each per call, never one per
 * cell nor one per helper that needs it.
 *
 * Apps Script runs every execution in a fresh global (the script is loaded afresh, module state lives as long as
 * one execution). The local emulator does NOT: it keeps one loaded bundle — one node:vm context,
 * src/local/runtime.ts — across calls, and may start an execution inside another (`runExecution` hooks). So every
 * public entry point runs inside `entry` (src/gas/index.ts): it opens a fresh scope and, in a `finally`, puts back
 * the scope and date order it found. Nothing here is cached ACROSS calls: a setting saved between two calls
 * applies to the next one.
 */
import { localeDateOrder } from '../core/dates';
import { useCurrency, useDateOrder, useDateStyle, useNumberLocale } from '../core/format';
import { currencyOfLocale } from '../core/format';
import { langFromLocale } from '../core/messages';
import type { Settings } from '../core/settings';
import { settingsNote } from '../core/settings-note';
import type { Lang } from '../core/types';
import { readSettingsWithFailure } from './workbook/settings';

type Scope = Record<string, unknown>;

/** null outside an entry point (code called from source, in tests): nothing is kept, every read is made. */
let scope: Scope | null = null;

/** `read()` once per execution under `key` (its first answer is kept, whatever it is). */
export function perCall<T>(key: string, read: () => T): T {
  if (!scope) return read();
  if (!(key in scope)) scope[key] = read();
  return scope[key] as T;
}

/** True inside an entry point's execution. */
export function inCall(): boolean {
  return scope !== null;
}

/** Runs `fn` as one execution: a fresh scope, English dates in the spreadsheet locale's order, both restored after. */
export function entry<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const outer = scope;
    scope = {};
    // Lazy: the locale is read only if an English date is written (the menu's onOpen in AuthMode.NONE writes none).
    const order = useDateOrder(() => localeDateOrder(callLocale(), langFromLocale(callLocale())));
    // Amounts whose goal writes no currency: the locale's, read only when one is written.
    const currency = useCurrency(() => currencyOfLocale(callLocale()));
    // Numbers in the locale's own conventions (French: fr_CH "1 234.50 CHF"; English: en_IN lakhs), read only when one is written.
    const numbers = useNumberLocale(() => callLocale());
    // Full month names unless the entry point asks for the wizard's short style (src/gas/sidebar/calls.ts).
    const style = useDateStyle('long');
    try {
      return fn(...args);
    } finally {
      scope = outer;
      useDateOrder(order);
      useCurrency(currency);
      useNumberLocale(numbers);
      useDateStyle(style);
    }
  };
}

/** The saved Settings, read once per execution (the defaults where the properties cannot be read: AuthMode.NONE). */
export function callSettings(): Settings {
  return perCall('settings', readSettingsWithFailure).settings;
}

/** Why this execution's Settings could not be read (a quota, an outage), null when they were read or refused by AuthMode.NONE. */
export function callSettingsFailure(): string | null {
  return perCall('settings', readSettingsWithFailure).failure;
}

/**
 * The line saying that this execution's Settings were not used as saved (fields replaced by their defaults, or a
 * failed read), null when they were: the Settings pane shows it, menu runs add it to their closing toast.
 */
export function callSettingsNote(lang: Lang): string | null {
  const read = perCall('settings', readSettingsWithFailure);
  return settingsNote(lang, read);
}

/** The active spreadsheet, asked once per execution (a failure — no spreadsheet in AuthMode.NONE — is not kept). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return perCall('spreadsheet', () => SpreadsheetApp.getActiveSpreadsheet());
}

/** The spreadsheet's locale ("en_GB"), null when it cannot be read — once per execution. */
export function spreadsheetLocale(): string | null {
  return perCall('locale', () => {
    try {
      return activeSpreadsheet().getSpreadsheetLocale();
    } catch {
      return null;
    }
  });
}

/** The user's locale ('' when it cannot be read) — once per execution. */
export function userLocale(): string {
  return perCall('userLocale', () => {
    try {
      return Session.getActiveUserLocale();
    } catch {
      return '';
    }
  });
}

/** The spreadsheet's locale, else the user's, else '' (the custom functions' and the date order's rule). */
export function callLocale(): string {
  return spreadsheetLocale() ?? userLocale();
}
