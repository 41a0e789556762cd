/**
 * ONE currency per spreadsheet locale on every surface (review finding: Check goals' cell formats fell back to
 * USD while messages wrote no sign). Through the BUILT add-on on the emulator: the example workbook's money cells
 * (the cell formats Check goals writes take the same env currency) and the wizard's context (messages) agree, from
 * CLDR's territory table (src/core/format.ts `OWN_CURRENCIES`); an unknown locale gets no sign on both.
 */
import type { SidebarContext } from '../../src/core/api';
import { currencyOfLocale } from '../../src/core/format';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

const CASES: ReadonlyArray<[locale: string, currency: string | null]> = [
  ['en_US', 'USD'], ['fr_FR', 'EUR'], ['fr_CA', 'CAD'], ['de_CH', 'CHF'], ['en_IN', 'INR'], ['ja_JP', 'JPY'], ['pt_BR', 'BRL'],
  ['es_419', null], ['xx_QQ', null], ['fr', null],
];

describe('currencyOfLocale: CLDR territory currencies, no sign for an unknown territory', () => {
  it.each(CASES)('%s → %s', (locale, currency) => {
    expect(currencyOfLocale(locale)).toBe(currency);
  });

  it('shared currencies and near-misses', () => {
    expect(currencyOfLocale('nl_BE')).toBe('EUR');
    expect(currencyOfLocale('bg_BG')).toBe('EUR');
    expect(currencyOfLocale('es_EC')).toBe('USD');
    expect(currencyOfLocale('fr_SN')).toBe('XOF');
    expect(currencyOfLocale('de_LI')).toBe('CHF');
    expect(currencyOfLocale('zh_Hant_TW')).toBe('TWD');
    expect(currencyOfLocale('en-GB')).toBe('GBP');
    // "SD" is Sudan's SDG, not the euro group's "…SI SK…" read across a pair boundary ("IS", "KS").
    expect(currencyOfLocale('ar_SD')).toBe('SDG');
    expect(currencyOfLocale('is_IS')).toBe('ISK');
    expect(currencyOfLocale('en_KS')).toBeNull();
    expect(currencyOfLocale('')).toBeNull();
    expect(currencyOfLocale(null)).toBeNull();
  });
});

describe('the built add-on: the example workbook\'s money cells and the wizard agree on the locale\'s currency', () => {
  it.each(CASES.filter(([locale]) => locale.includes('_')))('%s', (locale, currency) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale.startsWith('fr') ? 'fr' : 'en' });
    const addon = bridged(loadAddon(emulator.globals));
    addon.call('menuInsertExampleWorkbook');
    const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sales = ss.getSheetByName('Sales') ?? ss.getSheetByName('Ventes');
    if (!sales) throw new Error('no sales tab');
    const formats = sales.getRange(2, 2, sales.getLastRow() - 1, sales.getLastColumn() - 1).getNumberFormats().flat();
    const context = addon.call<SidebarContext>('sidebarGetContext');
    expect(context.currency).toBe(currency);
    const money = formats.filter((f) => /[$€£₹¥]|[A-Z]{3}/.test(f));
    if (currency === null) {
      expect(money).toEqual([]);
    } else {
      expect(money.length).toBeGreaterThan(0);
      // The sheet's own mark from core's one table (fixes64: the yen and the real were written "JPY", "BRL").
      const sign = { USD: '$', EUR: '€', CAD: '$', CHF: 'CHF', INR: '₹', JPY: '¥', BRL: 'R$' }[currency];
      for (const format of money) expect(format).toContain(sign);
      if (currency !== 'USD' && currency !== 'CAD') for (const format of money) expect(format).not.toMatch(/(?<!R)\$/);
    }
  });
});

describe('French messages write amounts in the locale’s conventions when it is French-speaking, France’s otherwise', () => {
  // The example workbook's bottom-up notes quote amounts ("+48 800 CHF en 7 mois"): Check goals through the built add-on.
  function notes(locale: string): string {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: 'fr' });
    const addon = bridged(loadAddon(emulator.globals));
    addon.call('sidebarSaveSettings', { language: 'fr' });
    addon.call('menuInsertExampleWorkbook');
    addon.call('menuCheckGoals');
    const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const goals = ss.getSheetByName('Objectifs');
    if (!goals) throw new Error('no goals tab');
    return goals.getDataRange().getDisplayValues().flat().join('\n');
  }

  it.each([
    // de_CH with French messages (Settings): France's grouping and sign after, never "CHF 48'800".
    ['de_CH', /\d\u202f\d{3}\u00a0CHF/, /CHF\s?\d|\d['’]\d{3}/],
    ['fr_CH', /\d\u202f\d{3}\u00a0CHF/, /CHF\s?\d|\d['’]\d{3}/],
    // fr_CA groups with a no-break space (CLDR), France with a narrow one.
    ['fr_CA', /\d\u00a0\d{3}\u00a0\$/, /\d\u202f\d{3}\u00a0\$/],
    ['fr_FR', /\d\u202f\d{3}\u00a0€/, /\d\u00a0\d{3}\u00a0€/],
  ])('%s', (locale, present, absent) => {
    const text = notes(locale);
    expect(text).toMatch(present);
    expect(text).not.toMatch(absent);
  });
});
