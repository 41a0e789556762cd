/**
 * `errorField` (trim38): the one reading of a thrown value's message, name or stack that the menus, the wizard's calls
 * and the formulas' failure lines share — the same text the five inline copies it replaced gave, whatever realm threw.
 */
import vm from 'node:vm';
import { t } from '../../src/core/messages';
import { errorField, unexpectedFailure } from '../../src/gas/functions/cells';

describe('errorField', () => {
  it('reads an Error of another realm (the emulator throws Node’s Errors into the bundle’s vm)', () => {
    const foreign = vm.runInNewContext('new TypeError("Service Spreadsheets timed out")') as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(errorField(foreign, 'message')).toBe('Service Spreadsheets timed out');
    expect(errorField(foreign, 'name')).toBe('TypeError');
    expect(errorField(foreign, 'stack')).toContain('TypeError: Service Spreadsheets timed out');
  });

  it('reads a plain object’s field as text, as String() writes it', () => {
    expect(errorField({ message: 42 }, 'message')).toBe('42');
    expect(errorField({ message: undefined }, 'message')).toBe('undefined');
  });

  it('near misses: a thrown string, null or an object without the field give undefined, never a crash', () => {
    expect(errorField('Lock timeout', 'message')).toBeUndefined();
    expect(errorField(null, 'message')).toBeUndefined();
    expect(errorField(undefined, 'name')).toBeUndefined();
    expect(errorField({ code: 7 }, 'message')).toBeUndefined();
  });
});

describe.each(['en', 'fr'] as const)('unexpectedFailure through errorField (%s)', (lang) => {
  it('names a thrown value without a name "unknown", and an Error by its kind', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(unexpectedFailure('boom', lang)).toBe(t(lang, 'error.generic', { detail: 'unknown' }));
    expect(unexpectedFailure(new SyntaxError('x'), lang)).toBe(t(lang, 'error.generic', { detail: 'SyntaxError' }));
    expect(spy).toHaveBeenCalledWith('SMART Goals: unexpected error: boom');
    spy.mockRestore();
  });
});
