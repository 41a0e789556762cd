/**
 * Issue 11, "every number a user reads formatted once" (surf48, d and e), through the built bundle on the emulator, EN and FR:
 * d. a currency with no minor unit (yen) never gains decimals in a pace — the report's Required pace and the wizard's said
 *    "-¥0.48 (-1.2%) per month" beside whole-yen targets and milestones (mend47d's rule: core `moneyDecimals`);
 * e. a forecast sentence has one precision — "At the current pace: 9.52 (80% range 8.71 to 10.3)" mixed two; the FINEST its
 *    figures need (mend48c: the coarsest, "$10 ($9 to $10)", read the median as a $9.50 target and hid a low end below it).
 */
import type { SeriesSummary } from '../../src/core/api';
import { addSheet, harness, monthlyRows } from './workbook/harness';

/** Monthly revenue from 120,000 up, whole yen. */
const REVENUE = Array.from({ length: 24 }, (_, i) => 120_000 + i * 1_370 + (i % 3) * 410);
/** Monthly average order value from about 900 up to 945, with cents. */
const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((900 + i * 1.7 + (i % 3) * 3.1) * 100) / 100);
/** Monthly figures flat about 9.9, from 9.5 to 10.3 (a forecast either side of 10), with cents. */
const NEAR_TEN = Array.from({ length: 24 }, (_, i) => Math.round((9.9 + (((i * 7) % 5) - 2) * 0.2) * 100) / 100);

/** Decimals a figure is written with in its language ("¥2,128" 0, "9,52 €" 2, "$10.3" 1): English groups with a comma. */
function decimals(figure: string, lang: 'en' | 'fr'): number {
  return (lang === 'en' ? /\.(\d+)/ : /,(\d+)/).exec(figure)?.[1]?.length ?? 0;
}

const YEN = [
  { locale: 'ja_JP', lang: 'en' as const, format: '"¥"#,##0', tabs: ['Average order value', 'Revenue'], goals: ['Increase average order value to ¥950 by December 31, 2027', 'Increase revenue to ¥180,000 by December 31, 2027'], report: /^SMART plan/ },
  { locale: 'fr_FR', lang: 'fr' as const, format: '#,##0" ¥"', tabs: ['Panier moyen', 'Chiffre d’affaires'], goals: ['Augmenter le panier moyen à 950 ¥ d’ici le 31 décembre 2027', 'Augmenter le chiffre d’affaires à 180 000 ¥ d’ici le 31 décembre 2027'], report: /^Plan SMART/ },
];

describe.each(YEN)('d. a yen pace never gains decimals ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tabs[0], monthlyRows(c.tabs[0], ORDER_VALUE)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  addSheet(h.emulator, c.tabs[1], monthlyRows(c.tabs[1], REVENUE)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goals[0], c.tabs[0]], ['G2', c.goals[1], c.tabs[1]]]);
  h.run('checkGoals');
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => c.report.test(s.getName()))!;
  const paces = report.getDataRange().getDisplayValues().flat().filter((cell) => /(per month|par mois)$/.test(cell));

  it('the report’s Required pace cells show whole yen (G1 said "+¥0.36 (+0.038%) per month")', () => {
    expect(paces.length).toBeGreaterThanOrEqual(2);
    for (const pace of paces) for (const amount of pace.match(/¥\s?[-\d.,\u202f\u00a0]+|[-\d.,\u202f\u00a0]+\s?¥/g) ?? []) expect(decimals(amount, c.lang)).toBe(0);
  });

  it('a pace under one yen a month is said by its relative change alone, never "¥0" nor a fraction of a yen', () => {
    expect(paces.some((pace) => /¥\s?-?0\b|\b-?0\s?¥/.test(pace))).toBe(false);
    // mend48c: the pace is its relative change alone, no yen amount ("+0,36 ¥ (+0,038 %) par mois" passed the line above).
    expect(paces.filter((pace) => /^[-+]?[\d.,]+\s?%/.test(pace) && !/¥/.test(pace))).toHaveLength(1);
  });

  it('the wizard’s pace for the same goal is the report’s', () => {
    const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === c.tabs[0])!;
    const wizard = h.run<{ paceText: string | null }>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: 950, deadline: '2027-12-31', aggregation: null });
    expect(wizard.paceText).not.toBeNull();
    expect(decimals(wizard.paceText!.replace(/[-+]?\d+[.,]?\d*\s?%/g, ''), c.lang)).toBe(0);
  });
});

const NEAR = [
  { locale: 'en_US', lang: 'en' as const, tab: 'Average deal size', format: '"$"#,##0.00', finest: 2, sentence: /At the current pace: (.*) by .* \(80% range (.*) to (.*)\)\./ },
  { locale: 'fr_FR', lang: 'fr' as const, tab: 'Panier moyen', format: '#,##0.00" €"', finest: 2, sentence: /Au rythme actuel[^:]*: (.*) au .* \(fourchette à 80[^:]*: (.*) à (.*)\)\./ },
  { locale: 'en_US', lang: 'en' as const, tab: 'Quality index', format: '0.00', finest: 2, sentence: /At the current pace: (.*) by .* \(80% range (.*) to (.*)\)\./ },
];

describe.each(NEAR)('e. one precision per forecast sentence ($locale, $tab)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, NEAR_TEN)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const series = context.series.find((s) => s.sheetName === c.tab)!;
  const wizard = h.run<{ reasons: string[] }>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: 11, deadline: '2027-06-30', aggregation: null });
  const line = wizard.reasons.map((reason) => c.sentence.exec(reason)).find((found) => found !== null);

  it('the wizard says the forecast with its range', () => {
    expect(line).toBeDefined();
  });

  it('its median and range share one precision, the finest a figure needs: none rounded coarser than alone (mend48c)', () => {
    const figures = line!.slice(1, 4);
    const size = (figure: string): number => Math.abs(parseFloat(figure.replace(/[^\d.,]/g, '').replace(',', '.')));
    // The history straddles 10, so the sentence has figures either side (it wrote "9.52 … 10.3", then "$10 … ($9 to $10)").
    expect(figures.some((figure) => size(figure) < 10)).toBe(true);
    expect(figures.some((figure) => size(figure) >= 10)).toBe(true);
    expect(figures.map((figure) => decimals(figure, c.lang))).toEqual([c.finest, c.finest, c.finest]);
  });

  it('with a target of 9.50 the low end reads below it (the coarse sentence said 9 to 10 around a median of 10)', () => {
    const low = h.run<{ reasons: string[] }>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target: 9.5, deadline: '2027-06-30', aggregation: null });
    const found = low.reasons.map((reason) => c.sentence.exec(reason)).find((match) => match !== null);
    const value = (figure: string): number => parseFloat(figure.replace(/[^\d.,]/g, '').replace(',', '.'));
    expect(value(found![1])).toBeGreaterThan(9.5);
    expect(value(found![1])).toBeLessThan(10);
    expect(value(found![2])).toBeLessThan(9.5);
  });
});
