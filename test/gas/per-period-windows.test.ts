/**
 * SMARTSCORE through the BUILT bundle on per-period goals (review finding 7): a recurring goal without a deadline is
 * judged on the next calendar period, as Check goals (core/achievability/per-period.ts `recurringDeadline`).
 */
import vm from 'node:vm';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';

function sheetDate(a: LoadedAddon, iso: string): Date {
  const DateInRealm = vm.runInContext('Date', a.context) as DateConstructor;
  const [y, m, d] = iso.split('-').map(Number);
  return new DateInRealm(y, m - 1, d);
}

/** Leads a day from 1 January 2025 to 25 November 2026: 12–16, a weekly pattern. */
function dailyLeads(a: LoadedAddon): unknown[][] {
  const rows: unknown[][] = [];
  for (let t = Date.UTC(2025, 0, 1), i = 0; t <= Date.UTC(2026, 10, 25); t += 86_400_000, i++) {
    rows.push([sheetDate(a, new Date(t).toISOString().slice(0, 10)), 12 + (i % 5)]);
  }
  return rows;
}

describe('SMARTSCORE on per-period goals over a daily history', () => {
  const a = loadAddon(createFakeAppsScript({ spreadsheetLocale: 'en_US' }).globals);
  const history = dailyLeads(a);
  const score = (goal: string): unknown => a.call('SMARTSCORE', goal, history, sheetDate(a, AS_OF));

  it('a recurring goal without a deadline is judged on the next calendar month (Check goals’ window)', () => {
    // 475 a month sits where the two windows differ: calendar December scores 93, 27 November – 26 December 85
    // (450 did before the forecasts' recalibration tilt raised the chances a little: 100 and 93).
    expect(score('Get 475 leads per month by 31 December 2026')).not.toBe(score('Get 475 leads per month by 26 December 2026'));
    expect(score('Get 475 leads per month')).toBe(score('Get 475 leads per month by 31 December 2026'));
  });
});
