import { perPeriodReading, periodChangeTarget } from '../../../src/core/achievability';
import { perPeriodChange } from '../../support/per-period-change';
import { anchoredTotals, deadlineWindows, latestPeriodTotals, periodTotals, TARGET_PERIODS } from '../../../src/core/series/period';
import { addDays, fiscalBlock } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';

function weekly(from: string, count: number, value = 10): KpiPoint[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(from, 7 * i), value }));
}

describe('periodTotals: a summed series as whole-period totals', () => {
  it('adds weeks into months, dropping the month the history starts inside of and the one it has not finished', () => {
    // Mondays from 2026-01-12 to 2026-11-23: January is entered late, November not finished (its last week ends the 29th).
    const totals = periodTotals(weekly('2026-01-12', 46), 'month', undefined, 1);
    expect(totals).not.toBeNull();
    expect(totals?.[0].date).toBe('2026-02-01');
    expect(totals?.[totals.length - 1].date).toBe('2026-10-01');
    // Each weekly row counts for the seven days from its date, pro rata in the month holding each of them: February 2026
    // (28 days) 40, March (31 days) 44.3 — not 40 and 50 for its four and five Mondays (M5).
    expect(totals?.slice(0, 2).map((p) => p.value)).toEqual([40, 310 / 7]);
  });

  it('keeps whole months of monthly figures as they are', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value: i + 1 }));
    expect(periodTotals(months, 'month', undefined, 1)).toEqual(months);
  });

  it('cannot say a week from monthly figures, nor a total from too few whole periods', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value: 5 }));
    expect(periodTotals(months, 'week', undefined, 1)).toBeNull();
    expect(periodTotals(weekly('2026-09-07', 10), 'quarter', undefined, 1)).toBeNull();
  });
});

describe('deadline windows and a change per period (per-period goals)', () => {
  const daily = (from: string, days: number, value: (i: number) => number) =>
    Array.from({ length: days }, (_, i) => ({ date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), value: value(i) }));

  it('anchoredTotals sums whole windows ending on the anchor’s day, dated at their last day', () => {
    // 1 a day from 1 January to 20 November 2026; windows ending on the 15th.
    const totals = anchoredTotals(daily('2026-01-01', 324, () => 1), 'month', '2027-06-15');
    expect(totals).not.toBeNull();
    // The first window (16 Dec – 15 Jan) started before the data: dropped; the last (16 Nov – 15 Dec) is unfinished: dropped.
    // Dated at each window's last day (review finding 2: first days drift and can share a calendar month).
    expect(totals![0]).toEqual({ date: '2026-02-15', value: 31 });
    expect(totals![totals!.length - 1]).toEqual({ date: '2026-11-15', value: 31 });
    expect(totals!.find((p) => p.date === '2026-03-15')).toEqual({ date: '2026-03-15', value: 28 });
    // Monthly figures cannot be cut at the 15th.
    expect(anchoredTotals([{ date: '2026-01-01', value: 1 }, { date: '2026-02-01', value: 1 }, { date: '2026-03-01', value: 1 }], 'month', '2027-06-15')).toBeNull();
  });

  it('deadlineWindows: the calendar month at a month’s end, the month ending on a mid-month deadline over a finer history, else the calendar month holding it', () => {
    const points = daily('2026-01-01', 324, (i) => (i % 3) + 1);
    expect(deadlineWindows(points, 'month', '2027-06-30', undefined, 1)).toMatchObject({ from: '2027-06-01', to: '2027-06-30' });
    expect(deadlineWindows(points, 'month', '2027-06-15', undefined, 1)).toMatchObject({ from: '2027-05-16', to: '2027-06-15' });
    const monthly = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'].map((date) => ({ date, value: 30 }));
    expect(deadlineWindows(monthly, 'month', '2027-06-15', undefined, 1)).toMatchObject({ from: '2027-06-01', to: '2027-06-30' });
  });

  it('deadlineWindows on the calendar’s last day under a fiscal year: the calendar’s own period, not a refusal (final read)', () => {
    // From April, the fiscal quarter holding 9999-12-31 is October–December 9999.
    const quarterly = Array.from({ length: 12 }, (_, i) => ({ date: `${2024 + Math.floor(i / 4)}-${String(1 + 3 * (i % 4)).padStart(2, '0')}-01`, value: 30 }));
    expect(deadlineWindows(quarterly, 'quarter', '9999-12-31', undefined, 4)).toMatchObject({ from: '9999-10-01', to: '9999-12-31', anchored: false });
    // The fiscal year holding it would end on 10000-03-31: its window is the calendar's year 9999 (it threw PastLastDay).
    const yearly = Array.from({ length: 4 }, (_, i) => ({ date: `${2022 + i}-04-01`, value: 120 }));
    expect(deadlineWindows(yearly, 'year', '9999-12-31', undefined, 4)).toMatchObject({ from: '9999-01-01', to: '9999-12-31' });
  });

  it('periodChangeTarget: the last full period + the change × the periods to the deadline’s window', () => {
    const monthly = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'].map((date, i) => ({ date, value: 30 + i }));
    const up = perPeriodChange(monthly, 'month', '2027-06-30', 5, 'increase');
    expect(up?.change).toEqual({ base: { date: '2026-11-01', value: 35 }, baseFrom: '2026-11-01', baseTo: '2026-11-30', periods: 7, step: 5, kind: 'absolute', target: 70, floored: false });
    const down = perPeriodChange(monthly, 'month', '2027-06-30', 10, 'decrease');
    // 35 − 10 × 7 < 0 on a KPI that never went below zero: zero.
    expect(down?.change.target).toBe(0);
    expect(down?.change.floored).toBe(true);
    expect(down?.change.step).toBe(-10);
    // A deadline inside the last full period: no change to count.
    expect(periodChangeTarget({ totals: monthly, from: '2026-11-01', to: '2026-11-30', anchored: false }, 'month', 5, 'increase')).toBeNull();
  });

  it('perPeriodReading (SMARTSCORE): the same totals, target and date as Check goals’ pieces', () => {
    // Today 1 December 2026: November is over, a full month.
    const today = '2026-12-01';
    const monthly = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'].map((date, i) => ({ date, value: 30 + i }));
    const reading = perPeriodReading(monthly, 'month', '2027-06-30', { change: { value: 5, kind: 'absolute' }, target: null, baseline: null, direction: 'increase' }, today, 1);
    expect(reading?.change).toEqual(perPeriodChange(monthly, 'month', '2027-06-30', 5, 'increase')?.change);
    expect(reading?.totals.map((p) => p.value)).toEqual([30, 31, 32, 33, 34, 35]);
    expect(reading?.deadline).toBe('2027-06-30');
    // An amount per period ("40 leads a month") or a stated target: no change to count, the totals still read.
    expect(perPeriodReading(monthly, 'month', '2027-06-30', { change: null, target: null, baseline: null, direction: 'increase' }, today, 1)?.change).toBeNull();
    expect(perPeriodReading(monthly, 'month', '2027-06-30', { change: { value: 5, kind: 'absolute' }, target: 60, baseline: null, direction: 'increase' }, today, 1)?.change).toBeNull();
    // "by 1 June" on monthly figures: May is the last month the deadline completes, forecast at its own end.
    expect(perPeriodReading(monthly, 'month', '2027-06-01', { change: null, target: null, baseline: null, direction: 'increase' }, today, 1)?.deadline).toBe('2027-05-31');
    // "+10 % per month by June 2027": each month 10 % above the one before, from November's 35 to June: 35 × 1.1^7.
    const growth = perPeriodReading(monthly, 'month', '2027-06-30', { change: { value: 0.1, kind: 'relative' }, target: null, baseline: null, direction: 'increase' }, today, 1)?.change;
    expect(growth).toMatchObject({ kind: 'relative', periods: 7, step: 0.1 });
    expect(growth?.target).toBeCloseTo(35 * 1.1 ** 7, 9);
    // Today 26 November: November, under way, is no full month even with its row; October is the base (M6).
    expect(perPeriodReading(monthly, 'month', '2027-06-30', { change: { value: 5, kind: 'absolute' }, target: null, baseline: null, direction: 'increase' }, '2026-11-26', 1)?.change).toMatchObject({ base: { date: '2026-10-01', value: 34 }, periods: 8, target: 74 });
    const decline = perPeriodReading(monthly, 'month', '2027-01-31', { change: { value: 0.1, kind: 'relative' }, target: null, baseline: null, direction: 'decrease' }, today, 1)?.change;
    expect(decline?.target).toBeCloseTo(35 * 0.9 ** 2, 9);
  });
});

describe('the wizard’s latest whole totals, fiscal quarters and years (fixes57)', () => {
  // Daily figures, 1 June 2021 → 25 November 2026.
  const daily: KpiPoint[] = [];
  for (let day = '2021-06-01', i = 0; day < '2026-11-26'; day = addDays(day, 1), i++) daily.push({ date: day, value: 100 + (i % 7) });

  it('are the last of periodTotals’ totals, period by period — one rule, the period detected once', () => {
    for (const fiscal of [1, 2, 4, 10]) {
      const latest = latestPeriodTotals(daily, '2026-11-26', fiscal);
      for (const period of TARGET_PERIODS) {
        const totals = periodTotals(daily, period, '2026-11-26', fiscal)!;
        expect(latest[period]).toEqual(totals[totals.length - 1]);
      }
    }
  });

  it('sum fiscal quarters and years from the Settings’ first month, calendar ones from January', () => {
    expect(latestPeriodTotals(daily, '2026-11-26', 1).quarter!.date).toBe('2026-07-01');
    expect(latestPeriodTotals(daily, '2026-11-26', 2).quarter!.date).toBe('2026-08-01');
    expect(latestPeriodTotals(daily, '2026-11-26', 2).year!.date).toBe('2025-02-01');
    expect(latestPeriodTotals(daily, '2026-11-26', 4).year!.date).toBe('2025-04-01');
  });

  it('say nothing finer than the series’ own period, nor for a series without one', () => {
    const monthly = daily.filter((p) => p.date.endsWith('-01'));
    expect(Object.keys(latestPeriodTotals(monthly, '2026-11-26', 1))).toEqual(['month', 'quarter', 'year']);
    expect(latestPeriodTotals(daily.slice(0, 1), '2026-11-26', 1)).toEqual({});
  });

  it('number fiscal blocks as the report does, to the last day Sheets holds', () => {
    expect(fiscalBlock('2026-08-15', 3, 4)).toEqual({ start: '2026-07-01', end: '2026-09-30', n: 2 });
    expect(fiscalBlock('2027-01-31', 3, 2)).toEqual({ start: '2026-11-01', end: '2027-01-31', n: 4 });
    expect(fiscalBlock('2026-03-10', 12, 4)).toEqual({ start: '2025-04-01', end: '2026-03-31', n: 1 });
    expect(fiscalBlock('9999-12-31', 3, 1)).toEqual({ start: '9999-10-01', end: '9999-12-31', n: 4 });
    expect(fiscalBlock('2026-05-05', 6, 13)).toEqual({ start: '2026-01-01', end: '2026-06-30', n: 1 });
  });
});
