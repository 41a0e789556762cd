/**
 * mend61p (issue 11, pace61's review): a total's quota — what is left of the target over the tab's periods to the
 * deadline (`requiredPaceOf`) — is one rule on the plan report's Required pace column and in the wizard, EN and FR.
 * Today 7 December 2026, a monthly Deals tab December 2024 – November 2026 (about 100 a month, November 101).
 *
 * 1. A PASSED goal has no pace: "Close 95 deals in November 2026" read "-6 per month", « Signer 150 affaires en novembre
 *    2026 » « 49 par mois » (December's row counted into November's goal).
 * 2. No negative quota: a target already reached in the window ("Close 95 deals in December 2026", December at 120) read
 *    "-25 per month"; it is met, blank as a level already met. A ceiling already spent ("Cut returns to 20 in December
 *    2026", December at 25) read "-5 per month": nothing more may come, "at most 0 per month".
 * 3. A row stands for its whole period: December's 60 dated 2026-12-01 gave "35 per month", dated 2026-12-31 "95".
 * 4. A decrease's quota is a ceiling: "Cut returns to 20 in Q1 2027" read "6.67 per month", an amount to bring in.
 * Through the BUILT add-on and google.script.run's rules.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB } from '../workbook/harness';

type Locale = 'en_US' | 'fr_FR';
type Row = [string, number];
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** `count` months from December 2024, dated on the first day of each month, or on its last (`monthEnd`). */
function months(count: number, value: (i: number) => number, monthEnd = false): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2024 + Math.floor((i + 11) / 12);
    const month = ((i + 11) % 12) + 1;
    const day = monthEnd ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
    return [`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, value(i)];
  });
}
/** About 100 deals a month, November 2026's 101; `december`: a 25th row for December 2026. */
const deals = (december?: number, monthEnd = false): Row[] => months(december === undefined ? 24 : 25, (i) => (i === 24 ? (december as number) : 97 + ((i * 3) % 5)), monthEnd);
/** 30 to 38 returns a month; `december`: December 2026's row. */
const returns = (december?: number): Row[] => months(december === undefined ? 24 : 25, (i) => (i === 24 ? (december as number) : 30 + ((i * 7) % 9)));

interface Goal { statement: string; target: number; start: string; deadline: string; direction?: 'increase' | 'decrease' }

/** The report's Required pace of the goal, and the wizard's live pace for the same draft. */
function paces(locale: Locale, kpi: string, rows: Row[], goal: Goal): { report: string; wizard: string } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-07' }));
  addSheet(emulator, kpi, [[locale === 'fr_FR' ? 'Mois' : 'Month', kpi], ...rows]);
  const tab = GOALS_TAB[locale];
  addSheet(emulator, tab.goals, [tab.cols, ['G1', goal.statement, kpi, '', '', goal.target, goal.start, goal.deadline]]);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  call('checkGoals');
  call('generatePlanReport');
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const shown = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
  // The Goals table's row: its statement beside its id (other tables list the id without it).
  const row = shown.find((r) => r[0] === 'G1' && r[1].startsWith(goal.statement));
  expect(row).toBeDefined();
  const series = call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === kpi)!;
  const live = call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: goal.direction ?? 'increase', target: goal.target, deadline: goal.deadline, aggregation: 'total', period: null, start: goal.start });
  return { report: spaced(row![4]), wizard: spaced(live.paceText) };
}

describe('mend61p: a total’s quota in the report and the wizard (today 7 December 2026)', () => {
  it.each([
    ['en_US', 'Deals', 'Close 95 deals in November 2026', 95, deals()],
    ['fr_FR', 'Affaires', 'Signer 150 affaires en novembre 2026', 150, deals()],
    ['en_US', 'Deals', 'Close 95 deals in November 2026', 95, deals(120)],
    ['fr_FR', 'Affaires', 'Signer 150 affaires en novembre 2026', 150, deals(120)],
  ] as const)('%s: a passed goal (%s, %s) has no pace', (locale, kpi, statement, target, rows) => {
    expect(paces(locale, kpi, [...rows], { statement, target, start: '2026-11-01', deadline: '2026-11-30' })).toEqual({ report: '', wizard: '' });
  });

  it.each([
    ['en_US', 'Deals', 'Close 95 deals in December 2026'],
    ['fr_FR', 'Affaires', 'Signer 95 affaires en décembre 2026'],
  ] as const)('%s: a target already reached inside its window is met: no pace, never a negative quota', (locale, kpi, statement) => {
    expect(paces(locale, kpi, deals(120), { statement, target: 95, start: '2026-12-01', deadline: '2026-12-31' })).toEqual({ report: '', wizard: '' });
  });

  it.each([
    ['en_US', 'Returns', 'Cut returns to 20 in December 2026', 'at most 0 per month'],
    ['fr_FR', 'Retours', 'Réduire les retours à 20 en décembre 2026', 'au plus 0 par mois'],
  ] as const)('%s: a ceiling already spent leaves nothing more: %s', (locale, kpi, statement, pace) => {
    expect(paces(locale, kpi, returns(25), { statement, target: 20, start: '2026-12-01', deadline: '2026-12-31', direction: 'decrease' })).toEqual({ report: pace, wizard: pace });
  });

  it.each([
    ['en_US', 'Deals', 'Close 95 deals in December 2026', '35 per month'],
    ['fr_FR', 'Affaires', 'Signer 95 affaires en décembre 2026', '35 par mois'],
  ] as const)('%s: December’s row counts whichever day of December it is dated', (locale, kpi, statement, pace) => {
    for (const monthEnd of [false, true]) {
      expect(paces(locale, kpi, deals(60, monthEnd), { statement, target: 95, start: '2026-12-01', deadline: '2026-12-31' })).toEqual({ report: pace, wizard: pace });
    }
  });

  it.each([
    ['en_US', 'Returns', 'Cut returns to 20 in Q1 2027', 'at most 6.67 per month'],
    ['fr_FR', 'Retours', 'Réduire les retours à 20 au T1 2027', 'au plus 6,67 par mois'],
  ] as const)('%s: a decrease’s quota is a ceiling: %s', (locale, kpi, statement, pace) => {
    expect(paces(locale, kpi, returns(), { statement, target: 20, start: '2027-01-01', deadline: '2027-03-31', direction: 'decrease' })).toEqual({ report: pace, wizard: pace });
  });
});
