/**
 * Apps Script's own wording where the emulator throws it (review 11, C1/C2): a custom function past 30 seconds gets
 * the note Google's guide gives ("Exceeded maximum execution time (line 0)."), a menu run past 6 minutes the bare
 * "Exceeded maximum execution time"; getProtections without a ProtectionType names its class and method and the
 * types passed, as the emulator's other wrong-signature errors do.
 */
import { createEmulator, CUSTOM_FUNCTION_TIME_ERROR, EXECUTION_TIME_ERROR } from '../../../src/local/emulator';
import { setup } from './helpers';

function overrun(authMode: 'CUSTOM_FUNCTION' | 'FULL' | 'LIMITED' | 'NONE', seconds: number): string {
  const emulator = createEmulator({ authMode, clock: { start: '2026-11-26T09:00:00', msPerCall: 0, msPerReading: 1000 } });
  const now = emulator.globals.__SMART_GOALS_NOW__ as () => number;
  try {
    emulator.runExecution(() => {
      for (let i = 0; i < seconds; i++) now();
    });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('Apps Script messages', () => {
  it('a custom function past 30 s: "Exceeded maximum execution time (line 0).", exactly', () => {
    expect(CUSTOM_FUNCTION_TIME_ERROR).toBe('Exceeded maximum execution time (line 0).');
    expect(overrun('CUSTOM_FUNCTION', 40)).toBe('Exceeded maximum execution time (line 0).');
    expect(overrun('CUSTOM_FUNCTION', 20)).toBe('no error');
  });

  it('a simple trigger (AuthMode.NONE or LIMITED: onOpen) past 30 s is stopped too, with the bare message', () => {
    // "They cannot run for longer than 30 seconds." (developers.google.com/apps-script/guides/triggers, Restrictions)
    expect(overrun('LIMITED', 40)).toBe(EXECUTION_TIME_ERROR);
    expect(overrun('NONE', 40)).toBe(EXECUTION_TIME_ERROR);
    expect(overrun('LIMITED', 20)).toBe('no error');
  });

  it('a menu run past 6 minutes keeps the bare message', () => {
    expect(overrun('FULL', 400)).toBe(EXECUTION_TIME_ERROR);
  });

  it('getProtections without a ProtectionType: the class, the method and the types passed', () => {
    const { ss, app } = setup();
    const sheet = ss.insertSheet('Goals');
    const call = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const untyped = sheet.getProtections as unknown as (...a: unknown[]) => unknown;
    const untypedSs = ss.getProtections as unknown as (...a: unknown[]) => unknown;
    expect(call(() => untyped.call(sheet))).toBe("The parameters () don't match the method signature for SpreadsheetApp.Sheet.getProtections.");
    expect(call(() => untyped.call(sheet, null))).toBe("The parameters (null) don't match the method signature for SpreadsheetApp.Sheet.getProtections.");
    expect(call(() => untypedSs.call(ss, 'RANGES'))).toBe("The parameters (String) don't match the method signature for SpreadsheetApp.Spreadsheet.getProtections.");
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});
