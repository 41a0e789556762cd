/**
 * fixes48, months counted one way: REQUIREDPACE counted its periods as days ÷ 30.44 rounded (1 January → 15 March was
 * 2 months, the pace 22 % too steep), while the plan report counts calendar months from the KPI row's month. One rule in
 * core, `periodsBetween`: the whole periods Sheets' EDATE steps (31 January + 1 month = 28 February), plus the days left
 * as a fraction of the next step; two month-ends are whole months apart (28 February → 31 March is one month). Its whole
 * part is the report's horizon (`periodsUntil`).
 */
import { periodsBetween, addDays, addPeriods } from '../../src/core/dates';
import { periodsUntil } from '../../src/core/series/period';
import { requiredPace } from '../../src/core/achievability';
import type { Period } from '../../src/core/types';

describe('periodsBetween', () => {
  it.each([
    ['2027-01-31', '2027-02-28', 'month', 1],
    ['2028-01-31', '2028-02-29', 'month', 1],
    ['2028-01-31', '2028-02-28', 'month', 28 / 29],
    ['2028-02-29', '2028-03-31', 'month', 1],
    ['2027-02-28', '2027-03-31', 'month', 1],
    ['2027-04-30', '2027-05-31', 'month', 1],
    ['2027-11-30', '2027-12-30', 'month', 1],
    ['2026-10-31', '2027-03-31', 'month', 5],
    ['2026-01-01', '2026-03-15', 'month', 2 + 14 / 31],
    ['2026-01-01', '2026-12-31', 'month', 11 + 30 / 31],
    ['2025-12-31', '2026-12-31', 'month', 12],
    ['2028-02-29', '2029-02-28', 'year', 1],
    ['2027-03-31', '2027-05-31', 'quarter', 2 / 3],
    ['2027-01-01', '2027-03-31', 'quarter', 89 / 90],
    ['2026-11-16', '2026-12-09', 'week', 23 / 7],
    ['2026-11-16', '2026-12-09', 'day', 23],
    ['9999-11-15', '9999-12-31', 'month', 1 + 16 / 31],
    ['2027-03-31', '2027-03-31', 'month', 0],
    ['2027-03-31', '2027-01-31', 'month', 0],
  ] as const)('%s → %s in %ss: %d', (start, end, period, expected) => {
    expect(periodsBetween(start, end, period)).toBeCloseTo(expected, 12);
  });

  // EDATE's whole periods, stepped one by one: the reference the arithmetic must match.
  const stepped = (start: string, end: string, period: Period): number => {
    let k = 0;
    while (addPeriods(start, period, k + 1) <= end) k++;
    return k;
  };

  it('its whole part is EDATE’s whole periods and the report’s horizon (periodsUntil), for pairs of days over four years, month-ends and 29 February included', () => {
    const periods: Period[] = ['week', 'month', 'quarter', 'year'];
    for (let s = 0; s < 1461; s += 13) {
      const start = addDays('2027-01-01', s);
      for (let e = 1; e < 1461; e += 29) {
        const end = addDays(start, e);
        for (const period of periods) {
          const whole = stepped(start, end, period);
          expect(Math.floor(periodsBetween(start, end, period))).toBe(whole);
          expect(periodsUntil(start, end, period)).toBe(whole);
        }
      }
    }
  });
});

describe('requiredPace counts by it, from the start day through the deadline day', () => {
  it('a Goals row’s quarter and year: 1 January → 31 March is 3 months, 1 January → 31 December 12', () => {
    expect(requiredPace(0.3, 0.36, '2027-01-01', '2027-03-31', 'month').absolute).toBeCloseTo(0.02, 12);
    expect(requiredPace(100_000, 120_000, '2026-01-01', '2026-12-31', 'month').relative).toBeCloseTo(1.2 ** (1 / 12) - 1, 12);
    expect(requiredPace(100, 121, '2026-01-01', '2027-12-31', 'year').relative).toBeCloseTo(0.1, 12);
    expect(requiredPace(0.3, 0.34, '2027-01-01', '2027-12-31', 'quarter').absolute).toBeCloseTo(0.01, 12);
  });
  it('1 January → 15 March: 2 months and 15 days of March’s 31, not 2', () => {
    expect(requiredPace(0.3, 0.35, '2026-01-01', '2026-03-15', 'month').absolute).toBeCloseTo(0.05 / (2 + 15 / 31), 12);
  });
  it('end-of-month dates: 31 January → 28 February is one month; in a leap year → 29 February is, → 28 February 29/30 of one', () => {
    expect(requiredPace(0.3, 0.35, '2027-01-31', '2027-02-28', 'month').absolute).toBeCloseTo(0.05, 12);
    expect(requiredPace(0.3, 0.35, '2028-01-31', '2028-02-29', 'month').absolute).toBeCloseTo(0.05, 12);
    // 29/30 of a month (`periodsBetween`): a deadline within one period asks that period for the whole change (fixes52).
    expect(periodsBetween('2028-01-30', '2028-02-28', 'month')).toBeCloseTo(29 / 30, 12);
    expect(requiredPace(0.3, 0.35, '2028-01-31', '2028-02-28', 'month').absolute).toBeCloseTo(0.05, 12);
    expect(requiredPace(0.3, 0.35, '2028-02-01', '2028-02-29', 'month').absolute).toBeCloseTo(0.05, 12);
  });
  it('weeks and days are exact: Monday → Sunday three weeks later is 3 weeks', () => {
    expect(requiredPace(10, 13, '2026-11-16', '2026-12-06', 'week').absolute).toBeCloseTo(1, 12);
    expect(requiredPace(10, 13, '2026-11-16', '2026-11-18', 'day').absolute).toBeCloseTo(1, 12);
  });
});
