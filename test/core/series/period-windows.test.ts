/**
 * Per-period windows (review findings 2, 3, 6, 7, 9): windows anchored on the 28th–31st and the 1st, 29 February,
 * monthly and quarterly, over daily, weekly and monthly histories — and a sweep of every deadline day over two years.
 */
import { addDays, addPeriods, stepPeriods } from '../../../src/core/dates';
import { periodChangeTarget, recurringDeadline } from '../../../src/core/achievability';
import { perPeriodChange } from '../../support/per-period-change';
import { dayNumber, deadlineWindows, toGrid } from '../../../src/core/series/period';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { KpiPoint, Lang, Period } from '../../../src/core/types';

/** One point every `step` days from `from` to `to` (inclusive), valued `value(i)`. */
function series(from: string, to: string, step: number, value: (i: number) => number = () => 1): KpiPoint[] {
  const points: KpiPoint[] = [];
  for (let date = from, i = 0; date <= to; date = addDays(date, step), i++) points.push({ date, value: value(i) });
  return points;
}

const DAILY = series('2025-01-01', '2026-11-25', 1);

describe('anchored windows on the 28th–31st: one grid period per window (finding 2)', () => {
  it.each(['2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31', '2028-02-29', '2028-03-29', '2027-03-30', '2027-06-01'])('monthly windows ending on %s', (deadline) => {
    const w = deadlineWindows(DAILY, 'month', deadline, undefined, 1)!;
    // A month's last day closes its calendar month; any other day anchors the windows on it.
    expect(w.anchored).toBe(!['2027-01-31', '2028-02-29'].includes(deadline));
    const grid = toGrid(w.totals, 'month', 'total');
    expect(grid.index).toHaveLength(w.totals.length);
    // 1 a day: an anchored window's total is its length, the days since the previous window's last day.
    if (w.anchored) for (let i = 1; i < w.totals.length; i++) expect(dayNumber(w.totals[i].date) - dayNumber(w.totals[i - 1].date)).toBe(w.totals[i].value);
  });

  it('the 30th: 21 whole windows, 21 grid points (was 19: two first days in March, none in February)', () => {
    const w = deadlineWindows(DAILY, 'month', '2027-01-30', undefined, 1)!;
    expect(w.totals).toHaveLength(21);
    expect(toGrid(w.totals, 'month', 'total').index).toHaveLength(21);
    // The first window (31 December – 30 January) began before the data: dropped.
    expect(w.totals.map((p) => p.date).slice(0, 3)).toEqual(['2025-02-28', '2025-03-30', '2025-04-30']);
  });

  it('weekly history, windows on the 31st and 29 February', () => {
    const weekly = series('2025-01-06', '2026-11-23', 7, () => 7);
    for (const deadline of ['2027-04-29', '2028-03-29', '2027-03-01']) {
      const w = deadlineWindows(weekly, 'month', deadline, undefined, 1)!;
      expect(w.anchored).toBe(true);
      expect(toGrid(w.totals, 'month', 'total').index).toHaveLength(w.totals.length);
    }
  });
});

describe('"+N per period" counts windows by index (finding 3)', () => {
  it('30 January 2027 over a daily history: base 1–30 October, three windows on, target 90 + 2 × 3', () => {
    const daily = series('2025-01-01', '2026-11-25', 1, () => 3);
    const r = perPeriodChange(daily, 'month', '2027-01-30', 2, 'increase')!;
    expect(r.change).toMatchObject({ base: { date: '2026-10-30', value: 90 }, baseFrom: '2026-10-01', baseTo: '2026-10-30', periods: 3, target: 96 });
    expect(perPeriodChange(daily, 'month', '2027-08-30', 2, 'increase')!.change.periods).toBe(10);
    const quarterly = perPeriodChange(daily, 'quarter', '2027-03-30', 2, 'increase')!;
    expect(quarterly.change).toMatchObject({ baseFrom: '2026-07-01', baseTo: '2026-09-30', periods: 2 });
  });

  it('the 28th, 29th, 31st and 29 February 2028', () => {
    expect(perPeriodChange(DAILY, 'month', '2027-01-28', 1, 'increase')!.change).toMatchObject({ baseFrom: '2026-09-29', baseTo: '2026-10-28', periods: 3 });
    expect(perPeriodChange(DAILY, 'month', '2027-01-29', 1, 'increase')!.change).toMatchObject({ baseFrom: '2026-09-30', baseTo: '2026-10-29', periods: 3 });
    expect(perPeriodChange(DAILY, 'month', '2027-01-31', 1, 'increase')!.change).toMatchObject({ baseFrom: '2026-10-01', baseTo: '2026-10-31', periods: 3 });
    // 29 February 2028 closes its month: calendar months, October 2026 the last whole one.
    expect(perPeriodChange(DAILY, 'month', '2028-02-29', 1, 'increase')!.change).toMatchObject({ baseFrom: '2026-10-01', baseTo: '2026-10-31', periods: 16 });
    // Windows ending on the 29th pass through 29 February 2028.
    const leap = deadlineWindows(series('2025-01-01', '2028-03-10', 1), 'month', '2028-04-29', undefined, 1)!;
    expect(leap.totals.slice(-3).map((p) => [p.date, p.value])).toEqual([['2027-12-29', 30], ['2028-01-29', 31], ['2028-02-29', 31]]);
  });

  it('a change floored at zero says so', () => {
    const r = perPeriodChange(series('2025-01-01', '2026-11-25', 1, () => 1), 'month', '2027-06-15', 10, 'decrease')!;
    expect(r.change).toMatchObject({ target: 0, floored: true });
    expect(perPeriodChange(DAILY, 'month', '2027-06-15', 1, 'decrease')!.change.floored).toBe(false);
  });
});

describe('a deadline on the 1st over a history of the goal’s own period (finding 6)', () => {
  const monthly = series('2026-01-01', '2026-11-01', 1).filter((p) => p.date.endsWith('-01')).map((p, i) => ({ date: p.date, value: 30 + i }));
  it('"by 1 June 2027" is judged on May: the last month the deadline completes', () => {
    expect(deadlineWindows(monthly, 'month', '2027-06-01', undefined, 1)).toMatchObject({ from: '2027-05-01', to: '2027-05-31', anchored: false });
    const r = perPeriodChange(monthly, 'month', '2027-06-01', 5, 'increase')!;
    expect(r.change).toMatchObject({ periods: 6, target: 40 + 5 * 6 });
    // Mid-month (most of June before the deadline) and a month's end keep June.
    expect(deadlineWindows(monthly, 'month', '2027-06-20', undefined, 1)).toMatchObject({ from: '2027-06-01', to: '2027-06-30' });
    expect(deadlineWindows(monthly, 'month', '2027-06-30', undefined, 1)).toMatchObject({ from: '2027-06-01', to: '2027-06-30' });
  });
  it('quarterly: "by 1 April 2027" is judged on the first quarter', () => {
    const quarters = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'].map((date) => ({ date, value: 10 }));
    expect(deadlineWindows(quarters, 'quarter', '2027-04-01', undefined, 1)).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
    // From the third quarter of 2026 (the last recorded): Q4 2026, Q1 2027.
    expect(perPeriodChange(quarters, 'quarter', '2027-04-01', 1, 'increase')!.change.periods).toBe(2);
  });
});

describe('every deadline day over two years (property sweep)', () => {
  // Sixteen months of daily data: enough whole quarters, few enough points for a fast sweep. Failures are collected
  // and compared once (an `expect` per day is most of the cost).
  const histories: Record<string, KpiPoint[]> = {
    daily: series('2025-07-01', '2026-11-25', 1),
    weekly: series('2025-06-30', '2026-11-23', 7, () => 7),
    monthly: ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((m) => ({ date: `${m}-01`, value: 30 })),
  };
  it.each<[Period, string]>([
    ['month', 'daily'],
    ['quarter', 'daily'],
    ['month', 'weekly'],
    ['quarter', 'weekly'],
    ['month', 'monthly'],
    ['quarter', 'monthly'],
  ])('%s windows over a %s history: distinct, consecutive, no gap; periods = windows strictly between + 1', (period, name) => {
    const history = histories[name];
    const failures: string[] = [];
    let checked = 0;
    for (let deadline = '2026-12-01'; deadline <= '2028-11-30'; deadline = addDays(deadline, 1)) {
      checked++;
      const w = deadlineWindows(history, period, deadline, undefined, 1);
      const change = w && periodChangeTarget(w, period, 1, 'increase');
      if (!w || !change) {
        failures.push(`${deadline}: no windows`);
        continue;
      }
      const grid = toGrid(w.totals, period, 'total');
      if (grid.index.length !== w.totals.length) failures.push(`${deadline}: ${grid.index.length} grid points for ${w.totals.length} windows`);
      for (let i = 1; i < grid.index.length; i++) if (grid.index[i] - grid.index[i - 1] !== 1) failures.push(`${deadline}: grid gap at ${w.totals[i].date}`);
      const base = w.totals[w.totals.length - 1];
      // Windows strictly between the base window and the deadline's (anchored: by their last days; else first days).
      const stamp = w.anchored ? w.to : w.from;
      let between = 0;
      while ((w.anchored ? stepPeriods(stamp, period, -(between + 1)) : addPeriods(stamp, period, -(between + 1))) > base.date) between++;
      if (change.periods !== between + 1) failures.push(`${deadline}: ${change.periods} periods, ${between} windows between`);
      if (w.anchored && name === 'daily') {
        // 1 a day: each window's total is the days since the previous window's last day (no gap, no overlap).
        for (let i = 1; i < w.totals.length; i++) if (dayNumber(w.totals[i].date) - dayNumber(w.totals[i - 1].date) !== w.totals[i].value) failures.push(`${deadline}: window ${w.totals[i].date}`);
        if (change.baseTo !== base.date || dayNumber(change.baseTo) - dayNumber(change.baseFrom) + 1 !== base.value) failures.push(`${deadline}: base ${change.baseFrom} – ${change.baseTo}`);
        // From a month's last day the window runs whole months (fixes59: 30 April's quarter is 1 February – 30 April).
        if (addDays(stepPeriods(w.to, period, -1), 1) !== w.from) failures.push(`${deadline}: from ${w.from}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(731);
  });
});

describe('a recurring goal without a deadline: its next calendar period (finding 7)', () => {
  it('is the same helper for Check goals and SMARTSCORE', () => {
    expect(recurringDeadline('2026-11-26', 'month')).toBe('2026-12-31');
    expect(recurringDeadline('2026-11-26', 'quarter')).toBe('2027-03-31');
    expect(recurringDeadline('2027-01-31', 'month')).toBe('2027-02-28');
  });
});

describe('Check goals notes (findings 6 and 9)', () => {
  function check(lang: Lang, goal: string, points: readonly KpiPoint[]) {
    const header = lang === 'fr' ? ['Objectif', 'Indicateur'] : ['Goal', 'KPI'];
    const leads = lang === 'fr' ? 'Prospects' : 'Leads';
    const grids = [
      { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [header, [goal, leads]] },
      { name: leads, values: [[lang === 'fr' ? 'Date' : 'Date', leads], ...points.map((p) => [p.date, p.value])] },
    ];
    const model = buildWorkbookModel(grids, { lang, catalog: KPI_CATALOG });
    return checkWorkbook(model, { today: '2026-11-26', lang, settings: DEFAULT_SETTINGS }).checks[0].notes;
  }
  const monthly = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'].map((date, i) => ({ date, value: 40 + (i % 3) }));

  it('"by 1 June 2027" on monthly figures: May, said so', () => {
    const notes = check('en', 'Get 45 leads per month by 1 June 2027', monthly);
    expect(notes.some((n) => n.startsWith('Per month: judged on 1 May 2027 – 31 May 2027 alone, the last calendar month completed by the deadline (1 June 2027)'))).toBe(true);
    const fr = check('fr', 'Obtenir 45 prospects par mois d’ici le 1er juin 2027', monthly);
    expect(fr.some((n) => n.includes('la dernière achevée à l’échéance du'))).toBe(true);
  });

  it('"+5 per month by 1 June 2027": × 7 to May from October (November, under way on 26 November, is no full month: M6)', () => {
    const notes = check('en', 'Increase leads by 5 per month by 1 June 2027', monthly);
    expect(notes.find((n) => n.startsWith('Target'))).toMatch(/in the last full month \(1 October 2026 – 31 October 2026\), \+5 a month × 7 to the deadline’s month/);
  });

  it('"+2 per month by 30 January 2027" over daily figures: the window 1–30 October, × 3 (finding 3)', () => {
    const daily = series('2025-01-01', '2026-11-25', 1, () => 3);
    expect(check('en', 'Increase leads by 2 per month by 30 January 2027', daily)).toContain(
      'Target 96: 90 in the last full month (1 October 2026 – 30 October 2026), +2 a month × 3 to the deadline’s month.',
    );
  });

  it('a change floored at zero says so (EN/FR)', () => {
    const small = monthly.map((p) => ({ date: p.date, value: 12 }));
    expect(check('en', 'Reduce leads by 5 per month by June 2027', small).some((n) => n.startsWith('Target 0 (floored at zero): 12'))).toBe(true);
    expect(check('fr', 'Réduire les prospects de 5 par mois d’ici juin 2027', small).some((n) => n.startsWith('Cible 0 (ramenée à zéro)\u202f: 12'))).toBe(true);
  });
});
