/**
 * Surface defects left by earlier reviews (fixes22), through the BUILT add-on (dist/Code.js) on the emulator.
 */
import type { AssessResponse, GoalDraft, SidebarContext } from '../../src/core/api';
import { addDays } from '../../src/core/dates';
import { useCurrency } from '../../src/core/format';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';
import { generateSentence } from '../../src/sidebar/sentence';
import { choiceFromSeries, emptyDraft } from '../../src/sidebar/steps';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The example workbook in a locale, with the wizard's view of it. */
function example(locale: string) {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' }));
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
    ['fr_FR', 'Les Paramètres ne peuvent pas être enregistrés ici\u202f: Google ne donne aucun document où les garder (ouvrez le module depuis la feuille de calcul)'],
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

describe('S1: an amount whose goal writes no currency is in the spreadsheet locale’s currency', () => {
  // The locale's currency, as Sheets' own currency formats follow the locale (CLDR: fr_CA "12,50 $", de_CH CHF).
  it.each([
    ['en_US', 'Increase revenue from 40000 to 50000', 'from $40,000 to $50,000'],
    ['en_GB', 'Increase revenue from 40000 to 50000', 'from £40,000 to £50,000'],
    ['fr_FR', 'Augmenter le chiffre d’affaires de 40 000 à 50 000', `de 40${NNBSP}000${NBSP}€ à 50${NNBSP}000${NBSP}€`],
    ['fr_CA', 'Augmenter le chiffre d’affaires de 40 000 à 50 000', `de 40${NBSP}000${NBSP}$ à 50${NBSP}000${NBSP}$`],
    ['de_CH', 'Increase revenue from 40000 to 50000', 'from CHF\u00a040,000 to CHF\u00a050,000'],
    // The written currency first: dollars in a French sheet.
    ['fr_FR', 'Augmenter le chiffre d’affaires de 40 000 $ à 50 000 $', `de 40${NNBSP}000${NBSP}$ à 50${NNBSP}000${NBSP}$`],
    // A locale that names no country: no sign, never a made-up one.
    ['en', 'Increase revenue from 40000 to 50000', 'from 40,000 to 50,000'],
  ])('SMARTCHECK in %s: “%s” → %s', (locale, text, amounts) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = loadAddon(emulator.globals);
    emulator.setAuthMode('CUSTOM_FUNCTION');
    const answer = emulator.runExecution(() => addon.call<string>('SMARTCHECK', text, '2026-11-26'));
    expect(answer).toContain(amounts);
    if (!text.includes('$')) expect(answer).not.toMatch(locale.startsWith('fr_FR') ? /\$/ : /€/);
  });

  it('en_GB, a revenue column with no currency sign: Check goals notes, the wizard and the report write pounds', () => {
    const { emulator, addon, spreadsheet } = example('en_GB');
    const sales = spreadsheet.getSheetByName('Sales');
    if (!sales) throw new Error('no Sales tab');
    sales.getRange(2, 2, sales.getLastRow() - 1, sales.getLastColumn() - 1).setNumberFormat('#,##0');
    emulator.runExecution(() => addon.call('menuCheckGoals'));
    const notes = (spreadsheet.getSheetByName('Goals')?.getDataRange().getValues() ?? []).flat().filter((c): c is string => typeof c === 'string' && c.includes('Bottom-up:'));
    expect(notes.length).toBeGreaterThan(0);
    // Were "(99,040 to 172,364)" and "+50,500": the locale's pound now, as the suggested target's cell format already had.
    expect(notes[0]).toMatch(/Bottom-up: \d+% chance \(£[\d,.]+ to £[\d,.]+\)/);
    expect(notes.join(' ')).not.toMatch(/€|\$/);
    const context = emulator.runExecution(() => addon.call<SidebarContext>('sidebarGetContext'));
    const revenue = context.series.find((s) => s.kpiId === 'revenue');
    if (!revenue?.latest) throw new Error('no revenue series');
    expect(revenue.currency).toBeNull();
    // The wizard's own texts (src/sidebar/app.ts sets the context's currency as the page's default).
    const outer = useCurrency(context.currency ?? null);
    try {
      const draft: GoalDraft = { ...emptyDraft(), kpi: choiceFromSeries(revenue), baseline: 158500, target: 180000, deadline: '2027-03-31' };
      expect(generateSentence(draft, 'en')).toBe('Increase revenue from £158,500 to £180,000 by 31 March 2027.');
    } finally {
      useCurrency(outer);
    }
    const assessed = emulator.runExecution(() =>
      addon.call<AssessResponse>('sidebarAssess', { seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, baseline: revenue.latest?.value, direction: 'increase', target: 900000, deadline: addDays(context.today, 120) }),
    );
    expect(assessed.suggestedTargetText).toMatch(/^£[\d,]+$/);
    emulator.runExecution(() => addon.call('menuGeneratePlanReport'));
    const report = spreadsheet.getSheets().find((s) => s.getName().startsWith('SMART plan'));
    const shown = (report?.getDataRange().getDisplayValues() ?? []).flat();
    expect(shown).toContain('+£4,694 (+2.8%) per month');
    expect(shown.join(' ')).not.toMatch(/€|\$/);
  });
});

describe('S2: the plan report writes its dates in the spreadsheet locale’s date format', () => {
  // A date cell shows through its number format (Sheets: "Date and number formats", developers.google.com/sheets/api/guides/formats);
  // the report's date cells get the locale's short form, not ISO: 11/26/2026 for an en_US manager, 26/11/2026 in en_GB.
  it.each([
    ['en_US', 'en', 'm/d/yyyy', /^\d{1,2}\/\d{1,2}\/\d{4}$/, '3/31/2027'],
    ['en_GB', 'en', 'dd/mm/yyyy', /^\d\d\/\d\d\/\d{4}$/, '31/03/2027'],
    ['fr_FR', 'fr', 'dd/mm/yyyy', /^\d\d\/\d\d\/\d{4}$/, '31/03/2027'],
    // A French report in a US sheet: the dates follow the locale, the texts the language.
    ['en_US', 'fr', 'm/d/yyyy', /^\d{1,2}\/\d{1,2}\/\d{4}$/, '3/31/2027'],
  ])('%s, report in %s: %s', (locale, language, format, shape, deadline) => {
    const { emulator, addon, spreadsheet } = example(locale);
    if (language !== (locale.startsWith('fr') ? 'fr' : 'en')) {
      const view = emulator.runExecution(() => addon.call<Record<string, unknown>>('sidebarGetSettings'));
      emulator.runExecution(() => addon.call('sidebarSaveSettings', { ...view, language }));
    }
    emulator.runExecution(() => addon.call('menuGeneratePlanReport'));
    const report = spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()));
    if (!report) throw new Error('no report');
    const range = report.getDataRange();
    const formats = range.getNumberFormats().flat();
    const dateFormats = new Set(formats.filter((f) => /y/.test(f)));
    expect([...dateFormats]).toEqual([format]);
    const shown = range.getDisplayValues().flat();
    const dates = shown.filter((text, i) => /y/.test(formats[i]) && text !== '');
    expect(dates.length).toBeGreaterThan(5);
    for (const text of dates) expect(text).toMatch(shape);
    expect(dates).toContain(deadline);
    // No ISO date left in any cell (the tab's name keeps it: a name, sortable).
    expect(shown.filter((text) => /\b\d{4}-\d\d-\d\d\b/.test(text))).toEqual([]);
    // Dates inside text are the locale's long form, as in the messages.
    expect(String(report.getRange(1, 1).getValue())).toMatch(language === 'fr' ? /— 26 novembre 2026$/ : locale === 'en_US' ? /— November 26, 2026$/ : /— 26 November 2026$/);
  });
});
