/**
 * mend60f, item 2: a total whose window has not begun is never "already met". Today 1 December 2026, monthly Deals
 * through November (100 in November), "Reach 95 deals by 31 Dec" with no Start: Add goal writes Start = today, so the
 * window is December, judged as that one month's total — of which nothing is recorded yet. November's 100 says nothing of
 * December: the wizard said "Already met — the KPI is at 100, the target 95." with no Required pace, while Check goals'
 * notes on the written row gave only the "Per month" line. Now the wizard's verdict line comes first after the window's
 * note, as on every other surface, with a Required pace; the same for a per-period draft ("95 deals per month by 31 Dec"). Through the
 * BUILT add-on and google.script.run's rules, EN.
 */
import type { AddGoalResponse, AssessResponse, GoalDraft, SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { emptyDraft } from '../../../src/sidebar/steps';
import { addSheet } from '../workbook/harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
/** Monthly deals December 2024 – November 2026, November's 100. */
const MONTHLY = [['Month', 'Deals'], ...Array.from({ length: 24 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, i === 23 ? 100 : 97 + ((i * 3) % 5)])];

describe('mend60f: a window that has not begun is not already met (the wizard, today 1 December 2026)', () => {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-01' }));
  addSheet(emulator, 'Monthly', MONTHLY);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const context = call<SidebarContext>('sidebarGetContext');
  const series = context.series.find((s) => s.sheetName === 'Monthly')!;
  const draftOf = (targetPeriod: 'month' | null): GoalDraft => {
    const draft: GoalDraft = {
      ...emptyDraft(),
      kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: false, currency: series.currency ?? null },
      direction: 'increase',
      target: 95,
      deadline: '2026-12-31',
      targetPeriod,
    };
    return { ...draft, statement: generateSentence(draft, 'en') };
  };
  const live = (draft: GoalDraft): AssessResponse =>
    call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 95, deadline: '2026-12-31', aggregation: series.aggregation, period: draft.targetPeriod ?? null, start: null });

  it.each([['a total by 31 Dec', null], ['95 per month by 31 Dec', 'month']] as const)('%s: the verdict line first, a Required pace, never "Already met"', (_id, period) => {
    const answer = live(draftOf(period));
    expect(answer.reasons.map(spaced).join(' ')).not.toMatch(/Already met/);
    expect(answer.verdict).not.toBe('insufficient-data');
    // The window's note, as every per-period reading in the wizard (per-period-draft.test.ts), then the verdict's line.
    expect(spaced(answer.reasons[0])).toBe('Per month: judged on Dec 1, 2026 – Dec 31, 2026 alone, not on the total from today.');
    expect(spaced(answer.reasons[1])).toMatch(/^(On track|Realistic|Stretch|Unrealistic) — \d+% chance/);
    // A pace again, Check goals' `requiredPaceOf` on both: the quota December must bring — for the total too, whose pace was
    // the judged level's change from November, "-5 (-5%) per month", until pace61.
    expect(answer.required.perPeriod).not.toBeNull();
    expect(answer.paceText).toBe('95 per month');
  });

  it('Check goals on the row the wizard writes gives the same verdict as the wizard', () => {
    const draft = draftOf(null);
    const answer = live(draft);
    const added = call<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 95 });
    call('checkGoals');
    const sheet = emulator.spreadsheet.getSheetByName(added.sheetName)!;
    const [head, ...rows] = sheet.getDataRange().getValues();
    const verdict = rows[added.row - 2][head.findIndex((h) => h === 'Verdict')];
    expect(String(verdict).replace(/ /g, '-')).toBe(answer.verdict);
  });
});
