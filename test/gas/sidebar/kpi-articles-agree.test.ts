/**
 * The wizard's sentence and the server's rewrites put the same article before a KPI (« les inscriptions », « la part
 * de marché », « les commerciaux », "revenue", "the close rate"): both read the grammar stored with the catalog label
 * (core/kpi/phrase.ts), which the BUILT bundle sends with each catalog KPI and series in `sidebarGetContext`; a name of
 * the user's own (a KPI tab « Devis signés », "Demo calls") gets the one guess both surfaces make.
 */
import type { GoalDraft, KpiChoice, SidebarContext } from '../../../src/core/api';
import { KPI_CATALOG, kpiById, type KpiDefinition } from '../../../src/core/kpi/catalog';
import { analyzeStatement, exampleRewrite, kpiPhrase } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { choiceFromCatalog, choiceFromSeries, emptyDraft } from '../../../src/sidebar/steps';

const VERB: Record<Lang, string> = { en: 'Maintain ', fr: 'Maintenir ' };

/** The wizard's sentence for a KPI choice, kept at a level: "Maintain <the KPI> at …" / « Maintenir <le KPI> à … ». */
function wizardPhrase(kpi: KpiChoice, lang: Lang): string {
  const draft: GoalDraft = { ...emptyDraft(), kpi: { ...kpi, aggregation: 'level' }, direction: 'maintain', baseline: 10, target: 12, deadline: '2027-06-30' };
  const sentence = generateSentence(draft, lang);
  expect(sentence.startsWith(VERB[lang])).toBe(true);
  return sentence.slice(VERB[lang].length);
}

/** A workbook's own KPI as Check goals defines it (core/workbook/check.ts): its name in both languages, no grammar. */
function ownKpi(name: string): KpiDefinition {
  return { id: name, label: { en: name, fr: name }, synonyms: { en: [], fr: [] }, unit: 'count', lowerIsBetter: false, aggregation: 'level' };
}

function workbook(locale: string): { context: SidebarContext } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  // Two KPI tabs of the user's own, weekly counts.
  for (const name of ['Devis signés', 'Demo calls']) {
    const rows: Array<[Date | string, number | string]> = [[locale.startsWith('fr') ? 'Semaine' : 'Week', name]];
    for (let i = 0; i < 20; i++) rows.push([new Date(Date.UTC(2026, 6, 6 + 7 * i)), 10 + (i % 4)]);
    ss.insertSheet(name).getRange(1, 1, rows.length, 2).setValues(rows);
  }
  return { context: addon.call<SidebarContext>('sidebarGetContext') };
}

describe('the wizard and the server agree on the article before a KPI', () => {
  for (const [locale, lang] of [['en_US', 'en'], ['fr_FR', 'fr']] as const) {
    describe(locale, () => {
      const { context } = workbook(locale);

      it('every catalog KPI, as the wizard offers it, reads as the server writes it', () => {
        expect(context.lang).toBe(lang);
        expect(context.catalog.map((k) => k.id).sort()).toEqual(KPI_CATALOG.map((k) => k.id).sort());
        const asOf = '2026-11-26';
        for (const view of context.catalog) {
          const kpi = kpiById(view.id)!;
          const server = kpiPhrase(kpi, lang);
          const wizard = wizardPhrase(choiceFromCatalog(view, null), lang);
          expect([view.id, wizard.startsWith(`${server} `)]).toEqual([view.id, true]);
          // The server's own rewrite (SMARTCHECK, Check goals' notes) carries that phrase.
          expect(exampleRewrite({ ...analyzeStatement('x', { asOf, lang }), direction: 'increase' }, kpi, lang, asOf)).toContain(server);
        }
      });

      it('the workbook’s series, catalog KPIs and the user’s own tabs, read as the server writes them', () => {
        const own = context.series.filter((s) => s.sheetName === 'Devis signés' || s.sheetName === 'Demo calls');
        expect(own.map((s) => s.sheetName).sort()).toEqual(['Demo calls', 'Devis signés']);
        for (const series of context.series) {
          const kpi = series.kpiId ? kpiById(series.kpiId) : undefined;
          // The server names a catalog KPI by its label; a series shown under that label gets the label's grammar.
          const server = kpi && kpi.label[lang] === series.name ? kpiPhrase(kpi, lang) : kpiPhrase(ownKpi(series.name), lang);
          expect([series.name, wizardPhrase(choiceFromSeries(series), lang).startsWith(`${server} `)]).toEqual([series.name, true]);
        }
        const phrase = (tab: string): string => wizardPhrase(choiceFromSeries(context.series.find((s) => s.sheetName === tab)!), lang);
        // « Devis signés » is a French name for deals closed: an English wizard shows the catalog's "deals closed".
        expect(phrase('Devis signés')).toMatch(lang === 'fr' ? /^les devis signés / : /^deals closed /);
        if (lang === 'en') expect(phrase('Demo calls')).toMatch(/^demo calls /);
      });
    });
  }
});
