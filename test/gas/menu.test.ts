import { MENU_ITEMS } from '../../src/gas/menu';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

describe('onOpen / onInstall', () => {
  it.each(['onOpen', 'onInstall'])('%s builds the add-on menu in AuthMode.NONE without Properties or cell access', (entry) => {
    const fakes = createFakeAppsScript({ authModeNone: true, userLocale: 'en_US' });
    const addon = loadAddon(fakes.globals);
    addon.call(entry, { authMode: 'NONE' });
    expect(fakes.menus).toHaveLength(1);
    expect(fakes.menus[0].added).toBe(true);
    const items = fakes.menus[0].items.filter((i) => i !== 'separator');
    expect(items.map((i) => (i as { functionName: string }).functionName)).toEqual(MENU_ITEMS.map((m) => m.handler));
    expect(items[0]).toEqual({ caption: 'Open goal wizard', functionName: 'showGoalWizard' });
    expect(fakes.calls.filter((c) => /^(Properties|Range|Spreadsheet\.)/.test(c))).toEqual([]);
    expect(fakes.calls).toContain('Ui.createAddonMenu');
  });

  it('speaks French to a French user', () => {
    const fakes = createFakeAppsScript({ authModeNone: true, userLocale: 'fr_FR' });
    loadAddon(fakes.globals).call('onOpen', { authMode: 'NONE' });
    const captions = fakes.menus[0].items.filter((i) => i !== 'separator').map((i) => (i as { caption: string }).caption);
    expect(captions).toContain('Vérifier les objectifs');
  });

  it('every menu item calls an exported top-level function', () => {
    const addon = loadAddon(createFakeAppsScript().globals);
    for (const item of MENU_ITEMS) expect(addon.functionNames).toContain(item.handler);
  });

  it.each(['NONE', 'LIMITED'] as const)('onOpen as a simple trigger (AuthMode.%s) stays far inside its 30 seconds on the Sheets-latency clock', (mode) => {
    // "They cannot run for longer than 30 seconds." (developers.google.com/apps-script/guides/triggers): the emulator
    // stops a NONE/LIMITED run past 30 s, and onOpen reads no cell — LIMITED reads the Settings and the locale only.
    const emulator = createEmulator({ authMode: mode, spreadsheetLocale: 'fr_FR', userLocale: 'en_US', clock: { start: '2026-11-26T09:00:00', msPerCall: 'sheets' } });
    const addon = loadAddon(emulator.globals);
    emulator.runExecution(() => addon.call('onOpen', emulator.openEvent()));
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.calls.estimatedMs()).toBeLessThan(5_000);
    expect(emulator.calls.byMethod()).not.toHaveProperty(['Range.getValues']);
    // The menu's language: the spreadsheet's (French) once the file may be read, the user's (English) in NONE.
    const first = emulator.ui.menus[0].items[0] as { caption: string };
    expect(first.caption).toBe(mode === 'NONE' ? 'Open goal wizard' : 'Ouvrir l’assistant d’objectif');
  });
});
