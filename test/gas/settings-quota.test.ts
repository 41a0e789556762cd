/**
 * review7: a properties quota error ("Service invoked too many times for one day: properties.", Apps Script's
 * daily quota, developers.google.com/apps-script/guides/services/quotas) was swallowed and the add-on answered
 * with the default Settings — another language, another policy — in silence. A custom function now says so in the
 * spreadsheet's language; AuthMode.NONE's refusal still gives the defaults (the menu must open).
 */
import { t } from '../../src/core/messages';
import { createEmulator, PROPERTY_STORE_LIMIT, PROPERTY_STORE_QUOTA_ERROR, PROPERTY_VALUE_LIMIT, propertyStoreBytes } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

const QUOTA = 'Service invoked too many times for one day: properties.';
const GOAL = 'Increase revenue by 10% by 31 December 2027';

function saveEnglishIn(locale: string) {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, timeZone: 'Europe/Paris' });
  const addon = loadAddon(emulator.globals);
  const view = emulator.runExecution(() => addon.call<{ settings: Record<string, unknown> }>('sidebarGetSettings'));
  emulator.runExecution(() => addon.call('sidebarSaveSettings', { ...view.settings, language: 'en' }));
  emulator.setAuthMode('CUSTOM_FUNCTION');
  return emulator;
}

function withProperties(emulator: ReturnType<typeof createEmulator>, failure: string) {
  const fail = (): never => {
    throw new Error(failure);
  };
  return loadAddon({ ...emulator.globals, PropertiesService: { getDocumentProperties: fail, getUserProperties: fail, getScriptProperties: fail } } as typeof emulator.globals);
}

function outcome(run: () => unknown): string {
  try {
    return `answer: ${JSON.stringify(run())}`;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('Settings that cannot be read in a custom function', () => {
  it('answers in the saved language when the properties can be read', () => {
    const emulator = saveEnglishIn('fr_FR');
    const addon = loadAddon(emulator.globals);
    expect(outcome(() => emulator.runExecution(() => addon.call('SMARTCHECK', GOAL, '2026-12-02')))).toMatch(/^answer: "SMART: Increase revenue/);
  });

  it('says the Settings could not be read (in the sheet’s language) instead of switching language in silence', () => {
    const emulator = saveEnglishIn('fr_FR');
    const addon = withProperties(emulator, QUOTA);
    const text = outcome(() => emulator.runExecution(() => addon.call('SMARTCHECK', GOAL, '2026-12-02')));
    expect(text).toBe(`error: Les Paramètres enregistrés du module n’ont pas pu être lus (${QUOTA})\u202f; réessayez plus tard`);
    const verdict = outcome(() => emulator.runExecution(() => addon.call('GOALVERDICT', [['2026-10-05', 0.24], ['2026-10-12', 0.25], ['2026-10-19', 0.25]], 0.3, '2027-06-30', '2026-11-26')));
    expect(verdict).toMatch(/^error: Les Paramètres enregistrés du module n’ont pas pu être lus/);
  });

  it('speaks English in an English sheet', () => {
    const emulator = saveEnglishIn('en_US');
    const addon = withProperties(emulator, QUOTA);
    expect(outcome(() => emulator.runExecution(() => addon.call('SMARTPARSE', GOAL, '2026-12-02')))).toBe(
      `error: The add-on’s saved Settings could not be read (${QUOTA}); try again later`,
    );
  });

  it('keeps the defaults when Apps Script refuses the service in the user’s language, or has no document properties', () => {
    for (const refusal of [
      "Vous n'êtes pas autorisé à appeler PropertiesService.getDocumentProperties. Autorisations requises : https://www.googleapis.com/auth/script.storage",
      'Sie sind nicht berechtigt, PropertiesService.getDocumentProperties aufzurufen.',
    ]) {
      const emulator = saveEnglishIn('fr_FR');
      const addon = withProperties(emulator, refusal);
      expect(outcome(() => emulator.runExecution(() => addon.call('SMARTCHECK', GOAL, '2026-12-02')))).toMatch(/^answer: "SMART\u202f: Augmenter le chiffre d’affaires/);
    }
    // getDocumentProperties() "returns null if … not available" (review8: the user saw a TypeError's text).
    const emulator = saveEnglishIn('fr_FR');
    const addon = loadAddon({ ...emulator.globals, PropertiesService: { getDocumentProperties: () => null } } as typeof emulator.globals);
    expect(outcome(() => emulator.runExecution(() => addon.call('SMARTCHECK', GOAL, '2026-12-02')))).toMatch(/^answer: "SMART\u202f: Augmenter le chiffre d’affaires/);
  });

  it('keeps the defaults when Apps Script refuses the service for the authorization mode', () => {
    const emulator = saveEnglishIn('fr_FR');
    const addon = withProperties(emulator, 'You do not have permission to call PropertiesService.getDocumentProperties');
    expect(outcome(() => emulator.runExecution(() => addon.call('SMARTCHECK', GOAL, '2026-12-02')))).toMatch(/^answer: "SMART\u202f: Augmenter le chiffre d’affaires/);
  });
});

/**
 * misc13: the add-on keeps ONE document property, `smartGoals.settings`. Google's limits (quotas page, "Current
 * limitations": "Properties value size 9 KB / val; Properties total storage 500 KB / property store") meet it two
 * ways: its own value — bounded by normalizeSettings far below 9 KB — and the store it shares with whatever else the
 * script keeps there (a bound script's own code, README "Deploy": step 3 binds to the user's spreadsheet). A save the
 * service refuses now says so in the user's language, with Google's words, stores nothing and touches no other key.
 */
describe('Settings against the properties quotas', () => {
  const PROPERTY = 'smartGoals.settings';

  it('the largest Settings the pane can save stay far under 9 KB', () => {
    const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
    const addon = loadAddon(emulator.globals);
    emulator.spreadsheet.insertSheet('🚀'.repeat(100));
    const view = emulator.runExecution(() => addon.call<Record<string, unknown>>('sidebarGetSettings'));
    const hires = Array.from({ length: 100 }, (_, i) => ({ date: `2027-${String((i % 12) + 1).padStart(2, '0')}-28`, count: -1000 + i }));
    const ramp = Array.from({ length: 24 }, (_, i) => Math.round(((i + 1) / 24) * 1e6) / 1e6 - 1e-7);
    emulator.runExecution(() =>
      addon.call('sidebarSaveSettings', { ...view, language: 'fr', goalsSheetName: '🚀'.repeat(100), policy: { stretchAllowance: 0.123456789, useHistoricalBest: false }, fiscalYearStartMonth: 11, plan: { ramp, hires, coverageThreshold: 9.87654321, capacityThreshold: 2.3456789, salesCycleDays: 730 } }),
    );
    const stored = emulator.properties.document.get(PROPERTY) as string;
    expect(JSON.parse(stored).plan.hires).toHaveLength(100);
    const bytes = Buffer.byteLength(stored, 'utf8');
    console.log(`misc13: largest Settings value ${bytes} bytes (limit ${PROPERTY_VALUE_LIMIT})`);
    expect(bytes).toBeLessThan(PROPERTY_VALUE_LIMIT / 2);
  });

  it.each([
    ['en_US', 'en'],
    ['fr_FR', 'fr'],
  ] as const)('a document store already full: the save is refused in one localized line, nothing changes (%s)', (locale, lang) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon(emulator.globals));
    const view = emulator.runExecution(() => addon.call<Record<string, unknown>>('sidebarGetSettings'));
    emulator.runExecution(() => addon.call('sidebarSaveSettings', { ...view, fiscalYearStartMonth: 4 }));
    // Another script's keys fill the store up to a few hundred bytes under 500 KB.
    const chunk = 'x'.repeat(PROPERTY_VALUE_LIMIT - 16);
    for (let n = 0; propertyStoreBytes(emulator.properties.document) + chunk.length + 12 <= PROPERTY_STORE_LIMIT - 300; n++) emulator.properties.document.set(`other.${n}`, chunk);
    emulator.properties.document.set('other.last', 'x'.repeat(PROPERTY_STORE_LIMIT - 300 - propertyStoreBytes(emulator.properties.document) - 'other.last'.length));
    expect(PROPERTY_STORE_LIMIT - propertyStoreBytes(emulator.properties.document)).toBe(300);
    const before = new Map(emulator.properties.document);
    let message = '';
    try {
      emulator.runExecution(() => addon.call('sidebarSaveSettings', { ...view, fiscalYearStartMonth: 7, plan: { ...(view.plan as object), hires: Array.from({ length: 30 }, () => ({ date: '2027-06-01', count: 2 })) } }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(t(lang, 'error.settingsNotSaved', { detail: PROPERTY_STORE_QUOTA_ERROR }));
    expect(emulator.properties.document).toEqual(before);
    expect(JSON.parse(emulator.properties.document.get(PROPERTY) as string).fiscalYearStartMonth).toBe(4);
  });
});
