/**
 * The statement tests' one way into the BUILT bundle (left43 … mend48e): a fresh add-on on the emulator in a sheet locale,
 * and SMARTPARSE's first row for a sentence read on 2026-12-05, as a user's cell would show it.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

export const AS_OF = '2026-12-05';

export function addonIn(locale: string): LoadedAddon {
  return bridged(loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals));
}

/** SMARTPARSE's row for one sentence, in an add-on loaded once for the locale. */
export function smartParser(locale: string): (text: string) => unknown[] {
  const addon = addonIn(locale);
  return (text) => addon.call<unknown[][]>('SMARTPARSE', text, AS_OF)[0];
}

/** A deadline cell as YYYY-MM-DD (the bundle writes a Date of its own realm, so no `instanceof Date`), else its text. */
export function isoDay(cell: unknown): string {
  const date = cell as { toISOString?: () => string };
  return typeof date.toISOString === 'function' ? date.toISOString().slice(0, 10) : String(cell);
}

/** SMARTPARSE's KPI, baseline, target and deadline cells for one sentence (stmt47, mend49c). */
export function smartCells(parse: (text: string) => unknown[]): (text: string) => unknown[] {
  return (text) => {
    const row = parse(text);
    return [row[0], row[2], row[3], isoDay(row[4])];
  };
}
