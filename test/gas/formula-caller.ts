/**
 * One built add-on on the emulator in a spreadsheet locale, and a way to call its custom functions as Sheets does (one
 * execution each) that returns a thrown cell error as an `Error` value, so a test can compare answers and messages.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

export interface FormulaCaller {
  call(name: string, ...args: unknown[]): unknown;
  /** The cell error's text, or a text saying the answer was no error (so a wrong answer fails the comparison readably). */
  message(value: unknown): string;
}

export function formulaCaller(spreadsheetLocale: string, today: string): FormulaCaller {
  const emulator = createEmulator({ spreadsheetLocale });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: today });
  return {
    call: (name, ...args) => {
      try {
        return emulator.runExecution(() => addon.call(name, ...args));
      } catch (error) {
        return new Error((error as Error).message);
      }
    },
    message: (value) => (value instanceof Error ? value.message : `not an error: ${String(value)}`),
  };
}
