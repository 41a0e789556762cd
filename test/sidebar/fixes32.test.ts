/** Review 10 (fixes32, K6): Google's transient service failure reaches the sidebar in the user's language. */
import { isServiceUnavailable } from '../../src/core/lock';
import { errorKind } from '../../src/sidebar/rpc';
import { describeError, translator } from '../../src/sidebar/ui';

const RAW = 'Exception: Service Spreadsheets failed while accessing document with id 1abc.';

describe('K6 (F14): a transient Sheets service failure', () => {
  it('is recognised by its documented wordings, not by any "service" word', () => {
    expect(errorKind('Service Spreadsheets failed while accessing document with id 1abc.')).toBe('unavailable');
    expect(isServiceUnavailable('Service error: Spreadsheets')).toBe(true);
    expect(isServiceUnavailable('Server not available.')).toBe(true);
    expect(isServiceUnavailable('Customer service costs')).toBe(false);
    expect(errorKind('No Goals tab was found.')).toBe('other');
  });

  it.each([
    ['fr', 'Google Sheets n’a pas répondu. Réessayez dans un instant.'],
    ['en', 'Google Sheets did not answer. Try again in a moment.'],
  ] as const)('%s: one translated “try again” line, no English from Google', (lang, text) => {
    expect(describeError(new Error(RAW), translator(lang))).toBe(text);
  });
});
