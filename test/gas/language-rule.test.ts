/**
 * One language rule for every surface (review finding F7): the language saved in Settings when it is not `auto`, else
 * the SPREADSHEET's locale — never the locale of the user who runs a check. Through the BUILT bundle on the emulator:
 * formulas (run in AuthMode.CUSTOM_FUNCTION), Check goals' notes, the example workbook, the sidebar's calls.
 */
import type { SettingsView, SidebarContext } from '../../src/core/api';
import { en, fr } from '../../src/core/messages/sidebar';
import { bridged } from '../../src/local/script-run';
import { harness, TODAY, type Harness } from './workbook/harness';

const HISTORY = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
];

function saveLanguage(h: Harness, language: SettingsView['language']): void {
  const sidebar = bridged(h.addon);
  const current = h.emulator.runExecution(() => sidebar.call<SettingsView>('sidebarGetSettings'));
  h.emulator.runExecution(() => sidebar.call('sidebarSaveSettings', { ...current, language }));
}

function asFormula<T>(h: Harness, name: string, ...args: unknown[]): T {
  h.emulator.setAuthMode('CUSTOM_FUNCTION');
  try {
    return h.run<T>(name, ...args);
  } finally {
    h.emulator.setAuthMode('FULL');
  }
}

describe('an en_US spreadsheet whose Settings say « Français »', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en_US' });
  saveLanguage(h, 'fr');

  it('formulas answer in French', () => {
    expect(asFormula<string>(h, 'GOALVERDICT', HISTORY, 0.5, '2026-11-23', '2026-11-20', 'hausse')).toBe('irréaliste');
    expect(asFormula<string>(h, 'SMARTCHECK', 'Augmenter le CA de 10 %', TODAY)).toMatch(/[ÉéèàùçÀ]|\u00a0/);
    expect(asFormula<string>(h, 'SMARTCHECK', 'Increase revenue by 10%', TODAY)).toMatch(/[ÉéèàùçÀ]|\u00a0/);
  });

  it('typed numbers are still read in the spreadsheet’s locale (en_US: "30%", "0.3")', () => {
    const rate = asFormula<number>(h, 'ACHIEVABILITY', HISTORY, '30%', '2026-11-23', '2026-11-20');
    expect(asFormula<number>(h, 'ACHIEVABILITY', HISTORY, '0.3', '2026-11-23', '2026-11-20')).toBe(rate);
    expect(asFormula<number>(h, 'ACHIEVABILITY', HISTORY, 0.3, '2026-11-23', '2026-11-20')).toBe(rate);
  });

  it('the sidebar speaks French too', () => {
    const context = h.emulator.runExecution(() => bridged(h.addon).call<SidebarContext>('sidebarGetContext'));
    expect(context.lang).toBe('fr');
  });
});

describe('a fr_FR spreadsheet opened by a user whose locale is English', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR', userLocale: 'en' });
  h.run('insertExampleWorkbook');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

  it('inserts the example workbook in French', () => {
    expect(ss.getSheetByName('Objectifs')).not.toBeNull();
    expect(ss.getSheetByName('Goals')).toBeNull();
  });

  it('Check goals writes French notes, like the formulas in the same sheet', () => {
    h.run('checkGoals');
    const values = (ss.getSheetByName('Objectifs') as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getValues();
    expect(values[0]).toContain('Remarques SMART');
    expect(values[0]).not.toContain('SMART notes');
    expect(asFormula<string>(h, 'GOALVERDICT', HISTORY, 0.5, '2026-11-23', '2026-11-20', 'hausse')).toBe('irréaliste');
  });

  it('an English language saved in Settings wins over the locale, on every surface', () => {
    saveLanguage(h, 'en');
    expect(asFormula<string>(h, 'GOALVERDICT', HISTORY, 0.5, '2026-11-23', '2026-11-20', 'increase')).toBe('unrealistic');
    const context = h.emulator.runExecution(() => bridged(h.addon).call<SidebarContext>('sidebarGetContext'));
    expect(context.lang).toBe('en');
    // Typed numbers stay French: "30 %" and "0,3" are the same target.
    expect(asFormula<number>(h, 'ACHIEVABILITY', HISTORY, '0,3', '2026-11-23', '2026-11-20')).toBe(asFormula<number>(h, 'ACHIEVABILITY', HISTORY, '30 %', '2026-11-23', '2026-11-20'));
  });
});

describe('the Settings pane names the rule it follows (review 21)', () => {
  // "Automatic (your Google language)" said the user's language: a fr_FR spreadsheet opened by an English-speaking
  // user is French on every surface above, so « auto » follows the spreadsheet's locale (File > Settings), as said now.
  it.each([
    ['en', 'Automatic (the spreadsheet’s locale)'],
    ['fr', 'Automatique (paramètres régionaux du classeur)'],
  ] as const)('%s', (lang, label) => {
    const shown = { en, fr }[lang]['sidebar.settings.languageAuto'];
    expect(shown).toBe(label);
    expect(shown).not.toMatch(/Google/);
  });
});
