/**
 * surf62 (issue 11, the last stop's "Surfaces" leftovers), item (a): a TOTAL whose window lies ahead and spans more than
 * one of the tab's periods ("Close 300 deals between March 1 and June 30, 2027", checked on 15 January 2027 on a monthly
 * Deals tab) is judged by the engine as a total from today, and its Required pace was the engine's: what is left of the
 * target over the months from today (January – June), the window's own months ignored. A total's pace is its quota over
 * the window (pace61): 300 over March – June, 75 a month — the same in the wizard, the plan report's *Required pace*
 * column and REQUIREDPACE(0, 300, Start, Deadline). Through the BUILT add-on and google.script.run's rules, EN and FR.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB } from '../workbook/harness';

type Locale = 'en_US' | 'fr_FR';
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Monthly deals January 2025 – December 2026, about 100 a month (97 to 101). */
const DEALS = Array.from({ length: 24 }, (_, i) => [`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, 97 + ((i * 3) % 5)]);

interface Goal { statement: string; target: number; start: string; deadline: string }

/** The report's Required pace of the goal, the wizard's live pace for the same draft, and REQUIREDPACE over its window. */
function paces(locale: Locale, kpi: string, goal: Goal): { report: string; wizard: string; formula: unknown } {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' }));
  addSheet(emulator, kpi, [[locale === 'fr_FR' ? 'Mois' : 'Month', kpi], ...DEALS]);
  const tab = GOALS_TAB[locale];
  addSheet(emulator, tab.goals, [tab.cols, ['G1', goal.statement, kpi, '', '', goal.target, goal.start, goal.deadline]]);
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  call('checkGoals');
  call('generatePlanReport');
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const shown = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
  const row = shown.find((r) => r[0] === 'G1' && r[1].startsWith(goal.statement));
  expect(row).toBeDefined();
  const series = call<SidebarContext>('sidebarGetContext').series.find((s) => s.sheetName === kpi)!;
  const live = call<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: goal.target, deadline: goal.deadline, aggregation: 'total', period: null, start: goal.start });
  const formula = call('REQUIREDPACE', 0, goal.target, goal.start, goal.deadline, locale === 'fr_FR' ? 'mois' : 'month', 'points');
  return { report: spaced(row![4]), wizard: spaced(live.paceText), formula };
}

describe('surf62 (a): a total’s window ahead, longer than one period, asks its quota over its own months (today 15 January 2027)', () => {
  it.each([
    ['en_US', 'Deals', 'Close 300 deals between March 1 and June 30, 2027', '75 per month'],
    ['fr_FR', 'Affaires', 'Signer 300 affaires entre le 1er mars et le 30 juin 2027', '75 par mois'],
  ] as const)('%s: %s — %s on every surface', (locale, kpi, statement, pace) => {
    expect(paces(locale, kpi, { statement, target: 300, start: '2027-03-01', deadline: '2027-06-30' })).toEqual({ report: pace, wizard: pace, formula: 75 });
  });

  it.each([
    ['en_US', 'Deals', 'Close 250 deals between February 1 and June 30, 2027', '50 per month'],
    ['fr_FR', 'Affaires', 'Signer 250 affaires entre le 1er février et le 30 juin 2027', '50 par mois'],
  ] as const)('%s: a window starting next month (%s) counts its five months: %s', (locale, kpi, statement, pace) => {
    expect(paces(locale, kpi, { statement, target: 250, start: '2027-02-01', deadline: '2027-06-30' })).toEqual({ report: pace, wizard: pace, formula: 50 });
  });

  it.each([
    ['en_US', 'Deals', 'Close 600 deals by June 30, 2027', '100 per month'],
    ['fr_FR', 'Affaires', 'Signer 600 affaires d’ici le 30 juin 2027', '100 par mois'],
  ] as const)('%s: a window begun (%s) keeps its quota from today: %s', (locale, kpi, statement, pace) => {
    // From 1 January, nothing done yet (no January row): 600 over January – June.
    expect(paces(locale, kpi, { statement, target: 600, start: '2027-01-01', deadline: '2027-06-30' })).toEqual({ report: pace, wizard: pace, formula: 100 });
  });
});
