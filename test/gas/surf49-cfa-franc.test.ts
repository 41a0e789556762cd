/**
 * Issue 11, "one currency, the one the sheet shows" (surf49, c), through the built bundle on the emulator, EN and FR. A KPI
 * column formatted in CFA francs the way sheets write them ('#,##0" FCFA"': quoted text, Google Docs Editors Help, "Custom
 * number formats") showed FCFA in its cells and in the cells Check goals and the report copy its format to, but the
 * sentences around them took the locale's currency: the wizard's pace and reasons said euros in a fr_FR sheet, the report
 * « +2 128 XOF (+1,3 %) par mois » in fr_SN, "$" in en_US. The number format's sign is now read first on every surface (core
 * `formatShows`), then the locale's; and the CFA franc, which has no minor unit (ISO 4217), never shows decimals (a pace
 * under one franc a month is said by its relative change alone, as the yen's: surf48).
 */
import type { SeriesSummary } from '../../src/core/api';
import { addSheet, harness, monthlyRows } from './workbook/harness';

/** Monthly revenue from 120,000 up (a pace of about 2,128 a month). */
const REVENUE = Array.from({ length: 24 }, (_, i) => 120_000 + i * 1_370 + (i % 3) * 410);
/** Monthly average basket from about 900 to 945 (a pace under one franc a month to 950). */
const BASKET = Array.from({ length: 24 }, (_, i) => Math.round(900 + i * 1.7 + (i % 3) * 3.1));

const CASES = [
  { locale: 'fr_FR', lang: 'fr' as const, format: '#,##0" FCFA"', tabs: ['Chiffre d’affaires', 'Panier moyen'], goals: ['Augmenter le chiffre d’affaires à 180 000 d’ici le 31 décembre 2027', 'Augmenter le panier moyen à 950 d’ici le 31 décembre 2027'], others: /€|XOF|XAF/ },
  { locale: 'fr_SN', lang: 'fr' as const, format: '#,##0" FCFA"', tabs: ['Chiffre d’affaires', 'Panier moyen'], goals: ['Augmenter le chiffre d’affaires à 180 000 d’ici le 31 décembre 2027', 'Augmenter le panier moyen à 950 d’ici le 31 décembre 2027'], others: /€|XOF|XAF/ },
  // Shown as a bracketed sign, FCFA was already every surface's sign, but a pace under one franc a month said "+0,36 FCFA".
  { locale: 'fr_CI', lang: 'fr' as const, format: '#,##0 [$FCFA]', tabs: ['Chiffre d’affaires', 'Panier moyen'], goals: ['Augmenter le chiffre d’affaires à 180 000 d’ici le 31 décembre 2027', 'Augmenter le panier moyen à 950 d’ici le 31 décembre 2027'], others: /€|XOF|XAF/ },
  { locale: 'en_US', lang: 'en' as const, format: '"FCFA "#,##0', tabs: ['Revenue', 'Average order value'], goals: ['Increase revenue to 180,000 by December 31, 2027', 'Increase average order value to 950 by December 31, 2027'], others: /\$|XOF|XAF|USD/ },
];

/** Decimals of the amounts written with FCFA in a text ("+2 128 FCFA" 0, "+0,36 FCFA" 2). */
function francDecimals(text: string, lang: 'en' | 'fr'): number[] {
  return (text.match(/FCFA\s?[-\d.,\u202f\u00a0]*\d|[-\d.,\u202f\u00a0]*\d\s?FCFA/g) ?? []).map((amount) => (lang === 'en' ? /\.(\d+)/ : /,(\d+)/).exec(amount)?.[1]?.length ?? 0);
}

describe.each(CASES)('a KPI shown in FCFA is written in FCFA on every surface ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tabs[0], monthlyRows(c.tabs[0], REVENUE)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  addSheet(h.emulator, c.tabs[1], monthlyRows(c.tabs[1], BASKET)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const goals = addSheet(h.emulator, c.lang === 'fr' ? 'Objectifs' : 'Goals', [c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', c.goals[0], c.tabs[0]], ['G2', c.goals[1], c.tabs[1]]]);
  h.run('checkGoals');
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!;
  const reportCells = report.getDataRange().getDisplayValues().flat();
  const paces = reportCells.filter((cell) => /(per month|par mois)$/.test(cell));
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const wizard = (tab: string, target: number) => {
    const series = context.series.find((s) => s.sheetName === tab)!;
    return h.run<{ paceText: string | null; reasons: string[] }>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: series.defaultBaseline, direction: 'increase', target, deadline: '2027-12-31', aggregation: null });
  };

  it('Check goals’ notes write the amounts in FCFA, as its Suggested target cell shows them', () => {
    const rows = goals.getDataRange().getDisplayValues();
    const notes = rows[1][rows[0].findIndex((name) => /^(SMART notes|Remarques SMART)$/.test(name))];
    expect(notes).toMatch(/FCFA/);
    expect(notes).not.toMatch(c.others);
  });

  it('the report’s Required pace and recommendations write FCFA, never another currency', () => {
    expect(paces.length).toBeGreaterThanOrEqual(2);
    expect(paces.some((pace) => /FCFA/.test(pace))).toBe(true);
    expect(reportCells.filter((cell) => c.others.test(cell))).toEqual([]);
  });

  it('the wizard’s pace and reasons for the same goal write FCFA, and its pace is the report’s', () => {
    const judged = wizard(c.tabs[0], 180_000);
    expect(judged.paceText).toMatch(/FCFA/);
    expect([judged.paceText, ...judged.reasons].filter((text) => c.others.test(text ?? ''))).toEqual([]);
    expect(paces).toContain(judged.paceText);
  });

  it('the CFA franc has no minor unit: no amount in FCFA shows decimals, a pace under one franc a month none either', () => {
    const texts = [...reportCells, ...wizard(c.tabs[1], 950).reasons, wizard(c.tabs[1], 950).paceText ?? ''];
    const decimals = texts.flatMap((text) => francDecimals(text, c.lang));
    expect(decimals.length).toBeGreaterThan(0);
    expect(decimals.filter((d) => d > 0)).toEqual([]);
  });
});
