/**
 * Google's transient Spreadsheet failure, worded in the user's language as Apps Script words its errors, through the
 * BUILT bundle on the emulator (`emulator.serviceUnavailable()`): a sidebar call passes it on in its documented English
 * wording — never as "unexpected error", never with Google's Japanese — which the sidebar reads as "try again" in its own language.
 */
import { isServiceUnavailable, SERVICE_UNAVAILABLE_TEXT } from '../../src/core/lock';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

function failingOnce(userLocale: string) {
  const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' }));
  emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
  let armed = true;
  emulator.onServiceCall((method) => {
    if (armed && method === 'Range.getValues') {
      armed = false;
      throw emulator.serviceUnavailable();
    }
  });
  return { emulator, call: () => emulator.runExecution(() => addon.call('sidebarGetContext')) };
}

describe('a transient Spreadsheet failure during a sidebar call', () => {
  it('the emulator words it in the user’s language, naming the document’s Drive-shaped id', () => {
    const ja = createEmulator({ userLocale: 'ja' });
    const id = ja.spreadsheet.getId();
    expect(id).toMatch(/^1[\w-]{43}$/);
    expect(ja.serviceUnavailable().message).toBe(`ドキュメント（${id}）にアクセス中に\u3000スプレッドシート のサービスに接続できなくなりました。`);
    expect(createEmulator({ userLocale: 'en' }).serviceUnavailable().message).toMatch(/^Service Spreadsheets failed while accessing document with id 1[\w-]{43}\.$/);
  });

  it.each(['ja', 'en'])('worded in %s: passed on as Google’s documented English text, and a “try again” line in the sidebar', (userLocale) => {
    const { call } = failingOnce(userLocale);
    let caught: unknown = null;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    // An Error of the bundle's realm.
    expect((caught as { message?: unknown } | null)?.message).toBe(SERVICE_UNAVAILABLE_TEXT);
    // Which the sidebar reads as "unavailable" and words in its language (test/sidebar/fixes32.test.ts).
    expect(isServiceUnavailable(SERVICE_UNAVAILABLE_TEXT)).toBe(true);
  });
});
