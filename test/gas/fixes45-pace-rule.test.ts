/**
 * Issue 11, "Verdicts that tell one story" (review14's open item 1): the article's churn goal (G3 of the example
 * workbook, 45 % → 20 %) needed "−5 pts per month" in the plan report and the wizard's reasons, while REQUIREDPACE over
 * the same values returned a compounded RELATIVE pace (−0.15 over its five months: "−15 %" a month, which a sales manager reads as points),
 * and the wizard wrote a level amount's pace without the relative change the report gives. One rule now
 * (core/achievability/pace-text.ts, docs/WORKBOOK.md "Required pace"): a rate's pace in points per period; a level
 * amount's or count's change per period with its compounded relative change; a total's average per period — the
 * report, the wizard's pace and reasons and REQUIREDPACE agree, through the built bundle, in English and French.
 */
import type { AssessResponse, SeriesSummary } from '../../src/core/api';
import { harness } from './workbook/harness';
import { estimateForCell } from '../../src/core/achievability';

const CASES = [
  ['en_US', 'en', /^(SMART plan) /, '-5\u00a0pts per month', '+$4,694 (+2.8%) per month', 'Needs -5\u00a0pts/month for 5 months.', 'Needs +$4,694/month (+2.8%/month) for 8 months.'],
  ['fr_FR', 'fr', /^(Plan SMART) /, '-5\u00a0points par mois', '+4\u202f694\u00a0€ (+2,8\u202f%) par mois', 'Il faut -5\u00a0points/mois pendant 5 mois.', 'Il faut +4\u202f694\u00a0€/mois (+2,8\u202f%/mois) pendant 8 mois.'],
] as const;

describe.each(CASES)('one pace rule on every surface (%s)', (locale, lang, reportName, churnPace, salesPace, churnReason, salesReason) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('menuGeneratePlanReport');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const report = book.getSheets().find((s) => reportName.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  // The goals table's Required pace column (E), on the goal's first row there.
  const reportPace = (id: string): string => shown.find((r) => r[0] === id && r[4] !== '')![4];
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const byKpi = (kpiId: string): SeriesSummary => context.series.find((s) => s.kpiId === kpiId)!;
  const wizard = (series: SeriesSummary, baseline: number, target: number, deadline: string): AssessResponse =>
    h.run<AssessResponse>('sidebarAssess', {
      seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline, direction: target < baseline ? 'decrease' : 'increase', target, deadline, aggregation: null,
    });

  it('G3, the churn rate 45 % → 20 %: points per month in the report, the wizard’s pace and reasons, and REQUIREDPACE', () => {
    expect(reportPace('G3')).toBe(churnPace);
    const churn = byKpi('churn');
    const assessed = wizard(churn, 0.45, 0.2, '2027-03-31');
    expect(assessed.paceText).toBe(churnPace);
    expect(assessed.reasons).toContain(churnReason);
    // The formula from the same start — the first day after the history's last month: its row dated 1 October stands for
    // October (fixes48: REQUIREDPACE counts from the start day through the deadline day, November–March) — to the
    // deadline: −0.05, five points a month, not −15 % a month (−0.15, compounded) that reads as points.
    expect(churn.latest?.date).toBe('2026-10-01');
    const pace = h.run<number>('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31');
    expect(pace).toBeCloseTo(-0.05, 10);
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31', 'month', lang === 'en' ? 'relative' : 'relatif')).toBe(estimateForCell((0.2 / 0.45) ** (1 / 5) - 1));
  });

  it('G5, sales as a level: the change and its compounded relative change, the same in the report, the wizard and REQUIREDPACE', () => {
    expect(reportPace('G5')).toBe(salesPace);
    const revenue = byKpi('revenue');
    const assessed = wizard(revenue, 150200, 187750, '2027-06-30');
    expect(assessed.paceText).toBe(salesPace);
    expect(assessed.reasons).toContain(salesReason);
    expect(revenue.latest?.date).toBe('2026-10-01');
    const pace = h.run<number>('REQUIREDPACE', 150200, 187750, '2026-11-01', '2027-06-30');
    expect(Math.round(pace * 1000) / 10).toBe(2.8);
  });

  it('a count summed over the period (new accounts): an average per period, no sign, no relative change', () => {
    // N's window is 2027, ahead of today (26 November 2026): its quota over 2027's weeks, REQUIREDPACE(0, 120, Start,
    // Deadline, "week") — surf62 (a): it read "2.28", the engine's quota counted from today with the weeks before the Start.
    expect(reportPace('N')).toMatch(lang === 'en' ? /^2\.3 per week$/ : /^2,3 par semaine$/);
    expect(h.run<number>('REQUIREDPACE', 0, 120, '2027-01-01', '2027-12-31', lang === 'en' ? 'week' : 'semaine', 'points')).toBeCloseTo(2.3, 1);
  });

  it('a rate that is negative (a sales growth of −5 % → +10 %) is a rate too: its points per month, not "a relative pace needs a positive baseline" (review17)', () => {
    // Blank kind: it said a relative pace — which the user never asked for — needed positive values.
    expect(h.run<number>('REQUIREDPACE', -0.05, 0.1, '2027-01-01', '2027-12-31')).toBeCloseTo(0.15 / 12, 12);
    expect(h.run<number>('REQUIREDPACE', 0.02, -0.01, '2027-01-01', '2027-12-31', 'quarter')).toBeCloseTo(-0.03 / 4, 12);
    // Near misses: amounts beyond ±1 keep the relative pace, and its error now says how to ask for the change instead.
    expect(() => h.run('REQUIREDPACE', -5000, 10000, '2027-01-01', '2027-12-31')).toThrow(
      lang === 'en' ? 'give "points" as kind' : 'indiquez «\u202fpoints\u202f» en argument kind',
    );
    expect(h.run<number>('REQUIREDPACE', -5000, 10000, '2027-01-01', '2027-12-31', 'month', lang === 'en' ? 'change' : 'variation')).toBeCloseTo(15000 / 12, 9);
    expect(() => h.run('REQUIREDPACE', -0.05, 0.1, '2027-01-01', '2027-12-31', 'month', lang === 'en' ? 'relative' : 'relatif')).toThrow(
      lang === 'en' ? /A relative pace needs a positive baseline and target/ : /Un rythme relatif suppose/,
    );
  });

  it('a kind REQUIREDPACE does not know is a localized error, not a guess', () => {
    expect(() => h.run('REQUIREDPACE', 0.45, 0.2, '2026-11-01', '2027-03-31', 'month', 'fast')).toThrow(lang === 'en' ? /Unknown kind of pace/ : /Type de rythme inconnu/);
  });
});
