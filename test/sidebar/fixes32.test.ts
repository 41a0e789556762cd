/** Review 10 (fixes32, K6): Google's transient service failure reaches the sidebar in the user's language. */
import { isServiceUnavailable } from '../../src/core/lock';
import { errorKind } from '../../src/sidebar/rpc';
import { describeError, translator } from '../../src/sidebar/ui';
import { parseUnitInput } from '../../src/sidebar/values';

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

describe('K6 (F16): amounts typed with their currency in the wizard', () => {
  it.each([
    ['150 000 €', 'fr', 'EUR', 150000],
    ['150\u202f000\u00a0€', 'fr', 'EUR', 150000],
    ['150000 EUR', 'fr', 'EUR', 150000],
    ['$150,000', 'en', 'USD', 150000],
    ['$150,000', 'en', '$', 150000],
    ['150,000', 'en', 'USD', 150000],
  ] as const)('“%s” (%s, %s) → %p', (text, lang, currency, value) => {
    expect(parseUnitInput(text, 'currency', lang, currency)).toBe(value);
  });
  it('another currency’s sign, or a sign on a count, is still no number', () => {
    expect(parseUnitInput('$150,000', 'currency', 'fr', 'EUR')).toBeNull();
    expect(parseUnitInput('150 €', 'count', 'fr', 'EUR')).toBeNull();
    expect(parseUnitInput('30 %', 'percent', 'fr', 'EUR')).toBeCloseTo(0.3);
  });
});
