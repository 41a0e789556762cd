/**
 * Surface defects left by earlier reviews (fixes22), through the BUILT add-on (dist/Code.js) on the emulator.
 */
import type { GoalDraft, SidebarContext } from '../../src/core/api';
import { addDays } from '../../src/core/dates';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';
import { generateSentence } from '../../src/sidebar/sentence';
import { choiceFromSeries, emptyDraft } from '../../src/sidebar/steps';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The example workbook in a locale, with the wizard's view of it. */
function example(locale: string) {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
  const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
  const spreadsheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet() as Spreadsheet;
  return { emulator, addon, context, spreadsheet };
}

describe('S4: Add goal looks the KPI tab up once', () => {
  it('one getSheetByName for the KPI tab, and the new goal still takes its column’s money format', () => {
    const { emulator, addon, context, spreadsheet } = example('en_US');
    const revenue = context.series.find((s) => s.kpiId === 'revenue');
    if (!revenue?.latest) throw new Error('no revenue series');
    const sales = spreadsheet.getSheetByName(revenue.sheetName);
    if (!sales) throw new Error('no revenue tab');
    sales.getRange(2, 2, sales.getLastRow() - 1, 1).setNumberFormat('$#,##0.00');
    const base: GoalDraft = { ...emptyDraft(), kpi: choiceFromSeries(revenue), baseline: revenue.latest.value, target: 180000, deadline: addDays(context.today, 120), owner: 'Alice' };
    const draft = { ...base, statement: generateSentence(base, 'en') };
    emulator.calls.reset();
    const added = emulator.runExecution(() => addon.call<{ sheetName: string; row: number }>('sidebarAddGoal', { draft, targetLevel: 180000 }));
    // Was 2: seriesByKey read the tab (values and formats) by name, then seriesColumnFormat looked it up again.
    expect(emulator.calls.of('Spreadsheet.getSheetByName')).toBe(1);
    expect(emulator.calls.of('Range.getNumberFormat')).toBe(0);
    const goals = spreadsheet.getSheetByName(added.sheetName);
    const header = goals?.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] ?? [];
    const target = header.indexOf('Target') + 1;
    expect(target).toBeGreaterThan(0);
    expect(goals?.getRange(added.row, target).getNumberFormat()).toBe('$#,##0.00');
  });
});

describe('S5: saving the Settings with no document properties', () => {
  // PropertiesService.getDocumentProperties(): "returns null" when "document properties are not available" — a script
  // neither published as an add-on nor bound to a Google file (Apps Script reference).
  it.each([
    ['fr_FR', 'Les Paramètres ne peuvent pas être enregistrés ici\u00a0: Google ne donne aucun document où les garder (ouvrez le module depuis la feuille de calcul)'],
    ['en_US', 'The Settings cannot be saved here: Google gives no document to keep them in (open the add-on from the spreadsheet)'],
  ])('%s: a clear localized message, not the generic error', (locale, message) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, documentProperties: false });
    const addon = bridged(loadAddon(emulator.globals));
    const view = emulator.runExecution(() => addon.call<Record<string, unknown>>('sidebarGetSettings'));
    expect(view.language).toBe('auto');
    expect(() => emulator.runExecution(() => addon.call('sidebarSaveSettings', { ...view, language: 'en' }))).toThrow(message);
    expect(emulator.properties.document.size).toBe(0);
  });
});
