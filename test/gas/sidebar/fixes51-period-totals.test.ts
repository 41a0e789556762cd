/**
 * fixes51: a target that is one period's total ("per month") on a tab of WEEKLY figures. The context says each period's
 * latest whole total (the wizard shows "Latest month: October 2026 — …" and pre-fills it as the baseline, where the report
 * starts such a goal), and a DECREASE per month ("Reduce costs to 40,000 per month by 30 June 2027") is offered, written
 * as a sentence the analyzer reads back, and judged by the wizard's live check with the chance Check goals then writes.
 * Through the BUILT add-on and google.script.run's rules, EN and FR.
 */
import type { AddGoalResponse, AssessResponse, GoalDraft, SidebarContext } from '../../../src/core/api';
import { draftPeriod } from '../../../src/core/api';
import { chanceForCell } from '../../../src/core/achievability';
import { analyzeStatement } from '../../../src/core/statement';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { choiceFromSeries, driverPlanRequest, emptyDraft, targetPeriods } from '../../../src/sidebar/steps';
import { addSheet, seeded, TODAY, weeklyDates } from '../workbook/harness';

/** 60 Monday-dated weeks to 16 Nov 2026: costs ≈ 12,000 a week. */
function weeklyCosts(): Array<[string, number]> {
  const random = seeded(23);
  return weeklyDates().map((date): [string, number] => [date, Math.round(12_000 + (random() - 0.5) * 2_000)]);
}

/** A week's total spread over its days, the days in [from, to] kept (how core sums weekly rows into months). */
function spreadTotal(rows: ReadonlyArray<[string, number]>, from: string, to: string): number {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  let sum = 0;
  for (const [date, value] of rows) {
    const start = day(date);
    const inside = Math.max(0, Math.min(start + 6, day(to)) - Math.max(start, day(from)) + 1);
    sum += (value * inside) / 7;
  }
  return sum;
}

describe.each(['en', 'fr'] as const)('a target per month on weekly costs: latest totals and a decrease (%s)', (lang) => {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const rows = weeklyCosts();
  addSheet(emulator, lang === 'fr' ? 'Coûts' : 'Costs', [[lang === 'fr' ? 'Semaine' : 'Week', lang === 'fr' ? 'Coûts' : 'Costs'], ...rows]);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const context = call<SidebarContext>('sidebarGetContext');
  const costs = context.series.find((s) => /^(costs|coûts)$/i.test(s.name))!;

  it('sends each period’s latest WHOLE total (today 26 Nov: October, the third quarter, the week of 16 Nov; no whole year)', () => {
    expect(TODAY).toBe('2026-11-26');
    expect(costs.period).toBe('week');
    const totals = costs.latestTotals!;
    expect(totals.month!.date).toBe('2026-10-01');
    // Whole weekly amounts: the spread month is shown whole too, as the tab shows its figures (mend51a's ruling 7).
    expect(totals.month!.value).toBe(Math.round(spreadTotal(rows, '2026-10-01', '2026-10-31')));
    expect(totals.quarter!.date).toBe('2026-07-01');
    expect(totals.quarter!.value).toBe(Math.round(spreadTotal(rows, '2026-07-01', '2026-09-30')));
    expect(totals.week!.date).toBe('2026-11-16');
    expect(totals.week!.value).toBe(rows[rows.length - 1][1]);
    // From 29 Sep 2025: 2025 is not whole, 2026 not over.
    expect(totals.year).toBeUndefined();
    // A rate has none (no amount per period).
    expect(context.series.filter((s) => s.unit === 'percent').every((s) => s.latestTotals === undefined)).toBe(true);
  });

  const kpi = choiceFromSeries(costs);
  const draft: GoalDraft = { ...emptyDraft(), kpi, direction: 'decrease', target: 40_000, targetPeriod: 'month', deadline: '2027-06-30' };
  draft.statement = generateSentence(draft, lang);

  it('offers "per month" for a decrease, not for a level to hold, and writes a sentence read back as the same goal', () => {
    expect(targetPeriods(kpi, costs.period)).toContain('month');
    expect(draftPeriod(draft)).toBe('month');
    expect(draftPeriod({ ...draft, direction: 'maintain' })).toBeNull();
    expect(draft.statement).toMatch(lang === 'fr' ? /^Réduire les coûts à 40\u202f000 par mois d’ici le 30 juin 2027\.$/ : /^Reduce costs to 40,000 per month by (June 30, 2027|30 June 2027)\.$/);
    const analysis = analyzeStatement(draft.statement, { asOf: TODAY, lang });
    expect([analysis.target, analysis.direction, analysis.recurrence, analysis.deadline]).toEqual([40_000, 'decrease', 'month', '2027-06-30']);
  });

  it('judges June’s total at most 40,000 with the chance Check goals writes for the row', () => {
    const request = driverPlanRequest(draft)!;
    expect(request.period).toBe('month');
    const assessed = call<AssessResponse>('sidebarAssess', { ...request, baseline: null });
    expect(assessed.period).toBe('month');
    // Months of ≈ 52,000: 40,000 is a cut of about a quarter.
    expect(assessed.probability).not.toBeNull();
    expect(assessed.probability!).toBeLessThan(0.5);
    const added = call<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 40_000 });
    call('checkGoals');
    const values = emulator.spreadsheet.getSheetByName(added.sheetName)!.getDataRange().getValues();
    const heads = values[0].map(String);
    const cell = (...names: string[]) => values[added.row - 1][heads.findIndex((h) => names.includes(h))];
    expect(cell('Direction')).toBe(lang === 'fr' ? 'réduire' : 'decrease');
    // Written to a tenth of a percent (fixes59, core `chanceForCell`).
    expect(Number(cell('Probability', 'Probabilité'))).toBe(chanceForCell(assessed.probability!));
    expect(assessed.verdict).toBe('unrealistic');
    expect(cell('Verdict')).toBe(lang === 'fr' ? 'irréaliste' : 'unrealistic');
  });
});
