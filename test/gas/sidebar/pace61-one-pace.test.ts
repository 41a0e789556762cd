/**
 * pace61 (issue 11, "Verdicts that tell one story"): the Required pace of a goal is one figure on every surface — the
 * wizard's live check, the plan report's *Required pace* column and REQUIREDPACE.
 *
 * 1. A TOTAL whose window has not begun ("Reach 95 deals by 31 Dec" written on 1 December, the window December) is
 *    judged as that month's total, on the history's monthly totals as a level (mend60f). Its pace was that level's change
 *    from November: the wizard wrote "-5 (-5%) per month", the report "-5 per month". A total's pace is its quota: what
 *    each of the tab's periods must bring over the window — "95 per month", REQUIREDPACE(0, 95, Start, Deadline).
 * 2. audit61: « Atteindre 1,2 M€ de CA au T2 2027 » on a monthly « CA mensuel (k€) » tab read « +290,33 k€ (+53,9 %) par
 *    trimestre » (the quarter's total's change): Q2's quota is 1 200 k€ over its three months, 400 k€ a month.
 * A level's pace (its change per period) and a total begun keep their figures, now the same in the wizard and the report.
 * Through the BUILT add-on and google.script.run's rules, EN and FR.
 */
import type { AddGoalResponse, AssessResponse, GoalDraft, SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { generateSentence } from '../../../src/sidebar/sentence';
import { emptyDraft } from '../../../src/sidebar/steps';
import { addSheet, GOALS_TAB } from '../workbook/harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
/** Monthly deals December 2024 – November 2026, November's 100 (mend60f's tab). */
const MONTHLY = [['Month', 'Deals'], ...Array.from({ length: 24 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, i === 23 ? 100 : 97 + ((i * 3) % 5)])];
type Locale = 'en_US' | 'fr_FR';

/** The wizard's live pace for a draft, then the report's Required pace for the row Add goal writes from it. */
function wizardAndReport(locale: Locale, target: number, deadline: string, aggregation: 'total' | 'level'): { wizard: string; report: string } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-01' }));
  addSheet(emulator, 'Monthly', MONTHLY);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  const series = call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === 'Monthly')!;
  const draft: GoalDraft = {
    ...emptyDraft(),
    kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation, lowerIsBetter: false, currency: null },
    direction: 'increase',
    target,
    deadline,
  };
  const statement = generateSentence(draft, locale === 'fr_FR' ? 'fr' : 'en');
  const live = call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target, deadline, aggregation, period: null, start: null });
  call<AddGoalResponse>('sidebarAddGoal', { draft: { ...draft, statement }, targetLevel: target });
  call('checkGoals');
  call('generatePlanReport');
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const shown = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
  return { wizard: spaced(live.paceText), report: spaced(shown.find((r) => r[0] === 'G1' && r[4] !== '')![4]) };
}

describe('pace61: one Required pace in the wizard and the report (today 1 December 2026, monthly deals)', () => {
  it.each([
    ['en_US', '95 per month'],
    ['fr_FR', '95 par mois'],
  ] as const)('%s: a total whose window (December) has not begun: its quota, never the level’s change', (locale, quota) => {
    const { wizard, report } = wizardAndReport(locale, 95, '2026-12-31', 'total');
    expect(wizard).toBe(quota);
    expect(report).toBe(quota);
  });

  it.each(['en_US', 'fr_FR'] as const)('%s: a total over seven months: its quota, the same on both surfaces', (locale) => {
    const { wizard, report } = wizardAndReport(locale, 600, '2027-06-30', 'total');
    expect(wizard).toMatch(/^85[.,]71 (per month|par mois)$/);
    expect(report).toBe(wizard);
  });

  it.each([
    ['en_US', '2026-12-31', '+10 (+10%) per month'],
    ['fr_FR', '2026-12-31', '+10 (+10 %) par mois'],
    ['en_US', '2027-06-30', '+1.43 (+1.4%) per month'],
    ['fr_FR', '2027-06-30', '+1,43 (+1,4 %) par mois'],
  ] as const)('%s: a level to 110 by %s keeps its change per month on both surfaces', (locale, deadline, pace) => {
    const { wizard, report } = wizardAndReport(locale, 110, deadline, 'level');
    expect(wizard).toBe(pace);
    expect(report).toBe(pace);
  });
});

describe('pace61: a named quarter’s total on a monthly tab (audit61, fr_FR, today 7 December 2026)', () => {
  const emulator = createEmulator({ spreadsheetLocale: 'fr_FR', userLocale: 'fr' });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-12-07' });
  // 23 months of « CA mensuel (k€) », 81,5 in December 2024 up to 122,4 in October 2026.
  const months = Array.from({ length: 23 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, Math.round((81.5 + (i * 40.9) / 22) * 10) / 10]);
  addSheet(emulator, 'CA', [['Mois', 'CA mensuel (k€)'], ...months]);
  const tab = GOALS_TAB.fr_FR;
  addSheet(emulator, tab.goals, [tab.cols, ['G1', 'Atteindre 1,2 M€ de CA au T2 2027', 'CA mensuel (k€)', '', '', '', '', '']]);
  const run = (name: string, ...args: unknown[]): unknown => emulator.runExecution(() => addon.call(name, ...args));
  run('checkGoals');
  run('generatePlanReport');
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const shown = book.getSheets().find((s) => s.getName().startsWith('Plan SMART'))!.getDataRange().getDisplayValues();
  const pace = spaced(shown.find((r) => r[0] === 'G1' && r[4] !== '')![4]);

  it('the report asks 400 k€ a month over April – June, no quarter’s change in percent', () => {
    expect(pace).not.toMatch(/%|trimestre|^\+/);
    // The decimals are the tab's (polish61's precision), the figure Q2's quota: 1 200 k€ over three months.
    expect(pace).toMatch(/^400(,0+)? k€ par mois$/);
  });

  it('REQUIREDPACE from nothing to the target over the window says the same quota', () => {
    expect(run('REQUIREDPACE', 0, 1200, '2027-04-01', '2027-06-30', 'mois', 'points')).toBe(400);
  });
});
