/**
 * The wizard's live panels write dates in one style with the sidebar: short months in the spreadsheet locale's order
 * (en_US "Mar 31, 2027", en_GB "31 Mar 2027", « 31 mars 2027 »), as its chart axis and deadline menu; the next call
 * (and every other surface) keeps full month names. And the context carries, for the KPI search box, the synonyms of
 * the KPIs its cards are — not the whole catalog's. Through the BUILT add-on on the emulator.
 */
import type { AssessResponse, EvaluateResponse, SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { choiceFromSeries, emptyDraft } from '../../../src/sidebar/steps';

function example(locale: string) {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale, clock: { start: '2026-12-02T12:00:00Z' } });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const context = addon.call<SidebarContext>('sidebarGetContext');
  const closeRate = context.series.find((s) => s.kpiId === 'close_rate');
  if (!closeRate) throw new Error('no close rate series');
  return { addon, context, closeRate };
}

describe('live panels: short dates in the locale order', () => {
  it.each([
    ['en_US', 'by Mar 31, 2027', 'March 31, 2027'],
    ['en_GB', 'by 31 Mar 2027', '31 March 2027'],
    ['fr_FR', 'au 31 mars 2027', '31 mars 2027'],
  ])('%s', (locale, live, long) => {
    const { addon, closeRate } = example(locale);
    const assessed = addon.call<AssessResponse>('sidebarAssess', { seriesId: closeRate.id, sheetName: closeRate.sheetName, catalogId: 'close_rate', baseline: 0.25, direction: 'increase', target: 0.3, deadline: '2027-03-31', aggregation: 'level' });
    expect(assessed.reasons.join(' ')).toContain(live);
    // The Review step's SMART check (the next execution) keeps full month names: the style does not leak out of a call.
    const text = locale === 'fr_FR' ? 'Augmenter le taux de conclusion à 30 % d’ici le 31 mars 2027' : 'Increase the close rate to 30% by 2027-03-31';
    const draft = { ...emptyDraft(), kpi: choiceFromSeries(closeRate), baseline: 0.25, target: 0.3, deadline: '2027-03-31', statement: text };
    const evaluated = addon.call<EvaluateResponse>('sidebarEvaluate', { text, draft, targetLevel: 0.3, parent: null });
    expect(evaluated.criteria.find((c) => c.id === 'timeBound')?.message).toContain(long);
  });
});

describe('context: synonyms for the KPI cards only', () => {
  it('sends the synonyms of the KPIs the workbook has, in its language', () => {
    const { context } = example('fr_FR');
    const withSynonyms = context.catalog.filter((k) => k.synonyms);
    const onCards = new Set(context.series.map((s) => s.kpiId).filter(Boolean));
    expect(withSynonyms.length).toBeGreaterThan(0);
    expect(withSynonyms.every((k) => onCards.has(k.id))).toBe(true);
    expect(context.catalog.find((k) => k.id === 'close_rate')?.synonyms).toEqual(expect.arrayContaining(['taux de closing']));
  });
});
