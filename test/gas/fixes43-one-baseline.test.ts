/**
 * Issue 11, "Verdicts that tell one story": a goal that states no baseline ("Achieve 25 % more sales by the end of
 * Q2 2027", G5 of the example workbook) started from the latest month in Check goals and the formulas ($150,200 →
 * $187,750, stretch, 6 %) but from the recent average in the wizard ($131,333 → $164,166, realistic, 22 %); the
 * pipeline's "where does the KPI stand today?" was pre-filled with the average too. One core rule now decides
 * (core/achievability/baseline.ts `defaultBaseline`: a level's latest value), and the wizard's pre-fill comes from it:
 * the wizard's evaluation (sidebarAssess), Check goals and the formulas give the same baseline, target and verdict,
 * through the built bundle, in French and English.
 */
import type { SeriesSummary } from '../../src/core/api';
import { harness } from './workbook/harness';
import { chanceForCell } from '../../src/core/achievability';

const CASES = [
  ['en_US', 'en', 'Goals', 'Verdict', 'Probability', 'stretch', 'Sales', 'SMART score', ['realistic', 'stretch'], 'unrealistic'],
  ['fr_FR', 'fr', 'Objectifs', 'Verdict', 'Probabilité', 'ambitieux', 'Ventes', 'Score SMART', ['réaliste', 'ambitieux'], 'irréaliste'],
] as const;

describe.each(CASES)('one baseline when the goal states none (%s)', (locale, lang, goalsTab, verdictHeader, probabilityHeader, stretch, salesTab, scoreHeader, sensible, overAmbitious) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const goals = book.getSheetByName(goalsTab)!.getDataRange().getValues();
  const cell = (id: string, header: string): unknown => goals.find((r) => r[0] === id)?.[(goals[0] as string[]).indexOf(header)];
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const byKpi = (kpiId: string): SeriesSummary => context.series.find((s) => s.kpiId === kpiId)!;
  const DEADLINE = '2027-06-30';

  it('G5 "25 % more sales by the end of Q2 2027": the wizard pre-fills the latest month, as Check goals starts', () => {
    const revenue = byKpi('revenue');
    expect(revenue.sheetName).toBe(salesTab);
    expect(revenue.latest?.value).toBe(150200);
    expect(revenue.defaultBaseline).toBe(150200);
    expect(revenue.recentAverage).not.toBeCloseTo(150200, 0);
    const target = (revenue.defaultBaseline as number) * 1.25; // the wizard's "+25 % of the baseline"
    expect(target).toBe(187750);
    const wizard = h.run<{ verdict: string; probability: number; latest: number }>('sidebarAssess', {
      seriesId: revenue.id, sheetName: revenue.sheetName, catalogId: revenue.kpiId, baseline: revenue.defaultBaseline, direction: 'increase', target, deadline: DEADLINE, aggregation: null,
    });
    // Check goals' row G5 (no Baseline, no Target: the sentence's +25 % from its own start).
    expect(wizard.verdict).toBe('stretch');
    expect(cell('G5', verdictHeader)).toBe(stretch);
    // Check goals writes the same chance to a tenth of a percent (fixes59, core `chanceForCell`).
    expect(chanceForCell(wizard.probability as number)).toBe(cell('G5', probabilityHeader));
    // The formulas over the same column, with the same target: the same chance and the same verdict.
    const column = book.getSheetByName(salesTab)!.getDataRange().getValues().map((r) => [r[0], r[1]]);
    expect(h.run('ACHIEVABILITY', column, target, DEADLINE, '2026-11-26')).toBe(chanceForCell(wizard.probability as number));
    expect(h.run('GOALVERDICT', column, target, DEADLINE, '2026-11-26')).toBe(stretch);
    // And SMARTSCORE's own reading of the sentence over that history scores it as Check goals does.
    const sentence = goals.find((r) => r[0] === 'G5')?.[1];
    expect(h.run('SMARTSCORE', sentence, column.slice(1), '2026-11-26')).toBe(cell('G5', scoreHeader));
  });

  it('the pipeline (a level): "where does it stand today?" is its latest value, not the recent average', () => {
    const pipeline = byKpi('pipeline_value');
    expect(pipeline.latest?.value).toBe(571200);
    expect(pipeline.defaultBaseline).toBe(571200);
    expect(pipeline.recentAverage).toBeCloseTo(561966.67, 1);
  });

  it('a total (new accounts, leads) has no starting level to pre-fill', () => {
    expect(byKpi('deals_closed').defaultBaseline).toBeNull();
    expect(byKpi('leads').defaultBaseline).toBeNull();
  });

  it('the seed example still holds: ~25 % over three weeks, 30 % next week sensible, 50 % over-ambitious', () => {
    expect(sensible).toContain(cell('G1', verdictHeader));
    expect(cell('G2', verdictHeader)).toBe(overAmbitious);
    const close = byKpi('close_rate');
    expect(close.defaultBaseline).toBe(close.latest?.value);
  });
});

describe.each(CASES)('REALISTICTARGET without a direction on the churn tab agrees with Check goals (%s)', (locale, lang, goalsTab) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const goals = book.getSheetByName(goalsTab)!.getDataRange().getValues();
  const g3 = goals.find((r) => r[0] === 'G3')!;
  const churnTab = String(g3[2]);

  it('the example’s churn column names its KPI, so the formula reads "lower is better" as Check goals does (was 48.3 % vs 40.4 %)', () => {
    const history = book.getSheetByName(churnTab)!.getDataRange().getValues();
    const deadline = g3[7] as Date;
    const suggested = (goals[0] as string[]).findIndex((header) => header === (lang === 'en' ? 'Suggested target' : 'Cible suggérée'));
    const bare = h.run('REALISTICTARGET', history, deadline, '2026-11-26');
    expect(bare).toBe(h.run('REALISTICTARGET', history, deadline, '2026-11-26', 'decrease'));
    expect(bare).toBe(g3[suggested]);
    expect(bare).toBeLessThan(0.45);
  });
});
