/**
 * surf63 (a): one reading of a count kept under a figure. mend62f made Check goals read "Keep churned customers under 400
 * this year" / « Garder les clients perdus sous 400 cette année » as the year's total (about 41 a month: unrealistic) and
 * "… under 60 through June 30, 2027" as a level each month (on track), by a predicate of its own; ACHIEVABILITY and
 * GOALVERDICT given the sentence and no aggregation read both as a level (on track, 0.999). The predicate is now one
 * core function (`asksTotal`, core/workbook/goals.ts) both read. Through the BUILT add-on on 15 January 2027, a monthly
 * "Churned customers" / « Clients perdus » tab falling 52 → 41 (mend62f's data), EN and FR.
 */
import { t, type MessageKey } from '../../../src/core/messages';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { addSheet, GOALS_TAB } from './harness';

type Locale = 'en_US' | 'fr_FR';
const spaced = (text: unknown): string => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const month = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const CHURN = Array.from({ length: 24 }, (_, i) => [month(i), 52 - Math.floor(i / 2)]);

interface Story { check: [string, string]; pace: string; formulas: [unknown, unknown] }

function story(locale: Locale, kpi: string, statement: string, target: number, deadline: string): Story {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2027-01-15' }));
  const call = <R>(name: string, ...args: unknown[]): R => emulator.runExecution(() => addon.call<R>(name, ...args));
  addSheet(emulator, kpi, [['Date', kpi], ...CHURN]);
  const tab = GOALS_TAB[locale];
  const goals = addSheet(emulator, tab.goals, [tab.cols, ['G1', statement, kpi, '', '', target, '', '']]);
  call('checkGoals');
  call('generatePlanReport');
  const [head, row] = goals.getDataRange().getDisplayValues();
  const col = (key: MessageKey): string => spaced(row[head.indexOf(t(lang, key))]);
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const plan = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
  const history = [['Date', kpi], ...CHURN];
  return {
    check: [col('col.verdict'), col('col.probability')],
    pace: spaced(plan.find((r) => r[0] === 'G1')![4]),
    // The sentence as the direction, no aggregation, no Start: the formulas' default.
    formulas: [call('GOALVERDICT', history, target, deadline, '2027-01-15', statement), call('ACHIEVABILITY', history, target, deadline, '2027-01-15', statement)],
  };
}

describe('surf63 (a): Check goals and the formulas read a kept-under count alike', () => {
  it.each([
    // the formulas said on track / 0.999 (a level each month) where Check goals said unrealistic
    ['en_US', 'Churned customers', 'Keep churned customers under 400 this year', 400, '2027-12-31', ['unrealistic', '<1%'], '33.33 per month'],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 400 cette année', 400, '2027-12-31', ['irréaliste', '<1 %'], '33,33 par mois'],
  ] as const)('%s: %s — the year’s total on every surface', (locale, kpi, statement, target, deadline, check, pace) => {
    const s = story(locale, kpi, statement, target, deadline);
    expect(s.check).toEqual(check);
    expect(s.pace).toBe(pace);
    expect(s.formulas).toEqual([check[0], 0.001]);
  });

  it.each([
    ['en_US', 'Churned customers', 'Keep churned customers under 60 through June 30, 2027', 60, '2027-06-30', ['on track', '>99%']],
    ['fr_FR', 'Clients perdus', 'Garder les clients perdus sous 60 jusqu’au 30 juin 2027', 60, '2027-06-30', ['en bonne voie', '>99 %']],
  ] as const)('near miss %s: %s — no period named: a level each month on every surface', (locale, kpi, statement, target, deadline, check) => {
    const s = story(locale, kpi, statement, target, deadline);
    expect(s.check).toEqual(check);
    expect(s.pace).toBe('');
    expect(s.formulas).toEqual([check[0], 0.999]);
  });
});
