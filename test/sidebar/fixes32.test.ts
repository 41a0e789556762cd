/** Review 10 (fixes32, K6): Google's transient service failure reaches the sidebar in the user's language. */
import { isServiceUnavailable, SERVICE_UNAVAILABLE_TEXT } from '../../src/core/lock';
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

  it('is recognised in the user’s language too, by the document id every wording names', () => {
    const id = '1K1319vu2-OlQCMgfD4XOpYiHpX7YdyoL9GSteSe_Mfs';
    const japanese = `ドキュメント（${id}）にアクセス中に\u3000スプレッドシート のサービスに接続できなくなりました。`;
    expect(isServiceUnavailable(japanese)).toBe(true);
    expect(errorKind(`Exception: ${japanese}`)).toBe('unavailable');
    // Any wording, as long as it names the spreadsheet the server knows, or a Drive-shaped id.
    expect(isServiceUnavailable('Der Dienst ist beim Zugriff auf das Dokument fehlgeschlagen: abc123def456ghi789jkl', 'abc123def456ghi789jkl')).toBe(true);
    expect(isServiceUnavailable(`Le service a échoué (document ${id}).`)).toBe(true);
    // Near misses: no id, a short token, a UUID's 32 hex digits, a long word with no digit, a tab name with spaces.
    expect(isServiceUnavailable('Le service a échoué.')).toBe(false);
    expect(isServiceUnavailable('Document 1abc introuvable.', 'abc')).toBe(false);
    expect(isServiceUnavailable('Request 0f8fad5bd9cb469fa16570867728950e failed')).toBe(false);
    expect(isServiceUnavailable('Tab “Quarterly pipeline export for the north-east region 2026” has no dates.')).toBe(false);
    expect(isServiceUnavailable('Pneumonoultramicroscopicsilicovolcanoconiosis-and-more')).toBe(false);
  });

  it.each([
    ['fr', 'Google Sheets n’a pas répondu. Réessayez dans un instant.'],
    ['en', 'Google Sheets did not answer. Try again in a moment.'],
  ] as const)('%s: one translated “try again” line, no English from Google', (lang, text) => {
    expect(describeError(new Error(RAW), translator(lang))).toBe(text);
    // What the server passes a localized failure on as (src/gas/sidebar/calls.ts).
    expect(describeError(new Error(SERVICE_UNAVAILABLE_TEXT), translator(lang))).toBe(text);
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
