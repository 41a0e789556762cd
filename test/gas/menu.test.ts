import { MENU_ITEMS } from '../../src/gas/menu';
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
});
