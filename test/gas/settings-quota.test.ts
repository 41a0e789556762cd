/**
 * review7: a properties quota error ("Service invoked too many times for one day: properties.", Apps Script's
 * daily quota, developers.google.com/apps-script/guides/services/quotas) was swallowed and the add-on answered
 * with the default Settings — another language, another policy — in silence. A custom function now says so in the
 * spreadsheet's language; AuthMode.NONE's refusal still gives the defaults (the menu must open).
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

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
