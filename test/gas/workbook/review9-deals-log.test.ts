/**
 * review9 S1, through the BUILT bundle: a KPI tab that is a deals log (one row per deal, several a day) with no aggregation
 * given. Check goals and the wizard read it as weekly totals; the formulas averaged the rows as a level (ACHIEVABILITY
 * 1.5e-13 where Check goals said 0.9995, REALISTICTARGET the size of one deal). One rule now (core `isTransactionLog`,
 * `logPoints`, `historyAggregation`), and an explicit aggregation argument still wins.
 */
import vm from 'node:vm';
import { addSheet, harness, TODAY } from './harness';
import { chanceForCell } from '../../../src/core/achievability';

/** About 400 deals from January 2026 to mid-November 2026: up to three a working day, amounts 500–2,500. */
const deals = (D: DateConstructor): unknown[][] => {
  const rows: unknown[][] = [];
  for (let day = 0; day < 320; day++) {
    const date = new D(2026, 0, 5 + day);
    if (date.getDay() === 0 || date.getDay() === 6) continue;
    for (let k = 0; k < (day * 7) % 3 + 1; k++) rows.push([new D(2026, 0, 5 + day, 9 + 2 * k), 500 + ((day * 37 + k * 101) % 2000)]);
  }
  return rows;
};

describe('a deals log with no aggregation given', () => {
  const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'America/New_York' });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['D1', 'Close $250,000 of deals by March 31, 2027', 'Amount']]);
  addSheet(h.emulator, 'Deals log', [['Closed at', 'Amount'], ...deals(Date)]);
  h.run('checkGoals');
  const v = goals.getDataRange().getValues();
  const checked = Number(v[1][(v[0] as string[]).indexOf('Probability')]);
  const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
  const history = deals(D);
  const withHeader = [['Closed at', 'Amount'], ...history];

  it('ACHIEVABILITY and GOALVERDICT tell the story Check goals tells (weekly totals)', () => {
    expect(checked).toBeGreaterThan(0.05);
    expect(checked).toBeLessThan(0.95);
    for (const h2 of [history, withHeader]) {
      expect(h.run<number>('ACHIEVABILITY', h2, 250000, '2027-03-31', TODAY)).toBe(chanceForCell(checked));
      expect(h.run('GOALVERDICT', h2, 250000, '2027-03-31', TODAY)).toBe(String(v[1][(v[0] as string[]).indexOf('Verdict')]));
    }
  });

  it('REALISTICTARGET suggests a total over the horizon, not the size of one deal', () => {
    const suggested = h.run<number>('REALISTICTARGET', history, '2027-03-31', TODAY);
    expect(suggested).toBeGreaterThan(100000);
  });

  it('an explicit aggregation argument wins: "level" reads the weekly average deal, far from a $250,000 total', () => {
    expect(h.run<number>('ACHIEVABILITY', history, 250000, '2027-03-31', TODAY, 'increase', 'total')).toBe(chanceForCell(checked));
    expect(h.run<number>('ACHIEVABILITY', history, 250000, '2027-03-31', TODAY, 'increase', 'level')).toBeLessThan(0.01);
    expect(h.run<number>('ACHIEVABILITY', history, 1500, '2027-03-31', TODAY, 'increase', 'level')).toBeGreaterThan(0.05);
  });

  it('a weekly series (one row a week) with no header is still read as a level', () => {
    const weekly = Array.from({ length: 30 }, (_, i) => [new D(2026, 3, 6 + 7 * i), 100 + (i % 5)]);
    expect(h.run<number>('ACHIEVABILITY', weekly, 103, '2027-03-31', TODAY)).toBeCloseTo(h.run<number>('ACHIEVABILITY', weekly, 103, '2027-03-31', TODAY, 'increase', 'level'), 9);
  });
});
