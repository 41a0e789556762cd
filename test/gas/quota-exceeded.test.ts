/**
 * A used-up daily quota during a sidebar call (review 25), through the BUILT bundle on the emulator
 * (`emulator.quotaExceeded()`): the server passes Google's exception on as it is — not "Something went wrong:
 * Exception" — which the sidebar recognises (`isQuotaExceeded`, its `errorKind` 'quota') and says in its own language:
 * Google's limit was reached, try again later (test/sidebar/rpc.test.ts).
 */
import { isQuotaExceeded } from '../../src/core/lock';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

function callWithQuotaUsedUp(name: string, args: unknown[] = []): unknown {
  const emulator = createEmulator({ spreadsheetLocale: 'fr_CA', userLocale: 'fr_CA' });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-02' }));
  emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
  emulator.onServiceCall((method) => {
    if (method === 'Range.getValues' || method === 'Sheet.getSheetValues') throw emulator.quotaExceeded();
  });
  try {
    emulator.runExecution(() => addon.call(name, ...args));
  } catch (error) {
    return error;
  }
  return null;
}

describe('a daily quota used up during a sidebar call', () => {
  it('reaches the page as Google’s own exception, not as the generic line', () => {
    const caught = callWithQuotaUsedUp('sidebarGetContext');
    const message = (caught as { message?: unknown } | null)?.message;
    expect(message).toBe('Service invoked too many times for one day: spreadsheets.');
    expect(isQuotaExceeded(String(message))).toBe(true);
  });
});

describe('a daily quota used up during a menu command (final read)', () => {
  // The menu's alert said the generic "unexpected" line; it now says what the sidebar says, in the workbook's language.
  it('is said in the user’s language in the menu’s one alert, not as the generic line', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'fr_CA', userLocale: 'fr_CA' });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-02' }));
    emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
    emulator.onServiceCall((method) => {
      if (method === 'Range.getValues' || method === 'Sheet.getSheetValues') throw emulator.quotaExceeded();
    });
    const shown = emulator.ui.alerts.length;
    emulator.runExecution(() => addon.call('menuGeneratePlanReport'));
    const said = [...emulator.ui.alerts.slice(shown), ...emulator.ui.toasts.map((t) => t.message)];
    expect(said.some((text) => text.startsWith('La limite d’utilisation fixée par Google a été atteinte'))).toBe(true);
    expect(said.join(' ')).not.toMatch(/too many times|Exception/);
  });
});
