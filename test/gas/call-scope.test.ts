/**
 * What one custom-function call costs in service calls (Google: "Minimize calls to other services",
 * developers.google.com/apps-script/guides/support/best-practices; a whole column is ONE call,
 * developers.google.com/apps-script/guides/sheets/functions): every function of the registry, called once over a
 * 500-row column on the emulator, reads the document properties (the Settings) at most once and the spreadsheet
 * locale at most once — language, policy, fiscal year and date order share the one read of the call's scope.
 * The scope never outlives its call: a setting saved between two calls applies to the next one, in the same
 * loaded bundle (the emulator keeps one JS context across calls; Apps Script starts each execution afresh).
 */
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';
import { bridged } from '../../src/local/script-run';
import type { SettingsView } from '../../src/core/api';
import { columnCalls } from '../../src/local/bench/entry-points';
import { harness, TODAY, type Harness } from './workbook/harness';

const ROWS = 500;
const COLUMN_CALLS = columnCalls(ROWS, TODAY);
const HISTORY = COLUMN_CALLS.GOALVERDICT[0];

function asFormula<T>(h: Harness, name: string, ...args: unknown[]): T {
  h.emulator.setAuthMode('CUSTOM_FUNCTION');
  try {
    return h.run<T>(name, ...args);
  } finally {
    h.emulator.setAuthMode('FULL');
  }
}

describe('one custom-function call over a 500-row column', () => {
  it('has a column call for every function of the registry', () => {
    expect(Object.keys(COLUMN_CALLS).sort()).toEqual(CUSTOM_FUNCTIONS.map((s) => s.name).sort());
  });

  it.each(CUSTOM_FUNCTIONS.map((s) => [s.name] as const))('%s reads the Settings at most once and the locale at most once', (name) => {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en_US', timeZone: 'Europe/Paris' });
    // A warm-up call first: the second call must not live on what the first one read either.
    asFormula(h, name, ...COLUMN_CALLS[name]);
    h.emulator.calls.reset();
    const result = asFormula<unknown>(h, name, ...COLUMN_CALLS[name]);
    const calls = h.emulator.calls;
    expect(Array.isArray(result) && (result as unknown[]).length).toBe(ROWS);
    expect(calls.of('Properties.getProperty')).toBeLessThanOrEqual(1);
    expect(calls.of('PropertiesService.getDocumentProperties')).toBeLessThanOrEqual(1);
    expect(calls.of('Spreadsheet.getSpreadsheetLocale') + calls.of('Session.getActiveUserLocale')).toBeLessThanOrEqual(1);
    expect(calls.of('Spreadsheet.getSpreadsheetTimeZone')).toBeLessThanOrEqual(1);
  });
});

describe('the call scope never outlives its call', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en_US' });
  const sidebar = bridged(h.addon);
  const save = (change: Partial<SettingsView>): void => {
    const current = h.emulator.runExecution(() => sidebar.call<SettingsView>('sidebarGetSettings'));
    h.emulator.runExecution(() => sidebar.call('sidebarSaveSettings', { ...current, ...change }));
  };

  it('a policy and a language saved between two calls apply to the next call, in the same loaded bundle', () => {
    const args = [HISTORY, 0.35, '2026-11-23', '2026-11-20', 'increase'];
    save({ policy: { stretchAllowance: 0, useHistoricalBest: false } });
    expect(asFormula<string>(h, 'GOALVERDICT', ...args)).toBe('unrealistic');
    save({ policy: { stretchAllowance: 0.5, useHistoricalBest: true } });
    expect(asFormula<string>(h, 'GOALVERDICT', ...args)).toBe('stretch');
    save({ language: 'fr' });
    expect(asFormula<string>(h, 'GOALVERDICT', HISTORY, 0.5, '2026-11-23', '2026-11-20', 'hausse')).toBe('irréaliste');
    save({ language: 'en' });
    expect(asFormula<string>(h, 'GOALVERDICT', HISTORY, 0.5, '2026-11-23', '2026-11-20', 'increase')).toBe('unrealistic');
  });
});
