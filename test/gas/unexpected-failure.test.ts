/**
 * A date computed past 31 December 9999 (core's `PastLastDay`) is said as such on every surface that reports an
 * unforeseen failure — the formulas' cells, the menus and the wizard's calls (which go through `unexpectedFailure`,
 * where the wizard used to show "Something went wrong: PastLastDay"); any other failure keeps the generic line.
 */
import { PastLastDay } from '../../src/core/dates';
import { t } from '../../src/core/messages';
import { messageOf, unexpectedFailure } from '../../src/gas/functions/cells';

describe.each(['en', 'fr'] as const)('unexpectedFailure (%s)', (lang) => {
  it('says a date past 9999 in words, on the wizard’s path and the formulas’', () => {
    expect(unexpectedFailure(new PastLastDay(), lang)).toBe(t(lang, 'statement.error.pastLastDate'));
    expect(messageOf(new PastLastDay(), lang)).toBe(t(lang, 'statement.error.pastLastDate'));
  });

  it('near miss: another RangeError keeps the generic line naming only its kind', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(unexpectedFailure(new RangeError('Invalid time value'), lang)).toBe(t(lang, 'error.generic', { detail: 'RangeError' }));
    spy.mockRestore();
  });
});
