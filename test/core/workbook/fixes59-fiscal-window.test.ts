/**
 * fixes59: Check goals judged a per-quarter goal due on a fiscal quarter's last day on a window one day off that
 * quarter when the quarter ends on the 30th (30 April 2027 under a February fiscal year: 31 January – 30 April, the
 * deadline stepped back three months by EDATE to 30 January). A month's last day now steps to month ends, and the
 * windows follow the fiscal quarters (core `fiscalBlock`): every start month, every fiscal quarter end of 2027–2028.
 */
import { addDays, fiscalBlock } from '../../../src/core/dates';
import { deadlineWindows, periodEndingAt } from '../../../src/core/achievability';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { KpiPoint, Lang } from '../../../src/core/types';

function daily(from: string, to: string): KpiPoint[] {
  const points: KpiPoint[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) points.push({ date, value: 3 });
  return points;
}

const HISTORY = daily('2024-11-01', '2026-11-25');

function check(lang: Lang, goal: string, fiscalYearStartMonth: number) {
  const header = lang === 'fr' ? ['Objectif', 'Indicateur'] : ['Goal', 'KPI'];
  const leads = lang === 'fr' ? 'Prospects' : 'Leads';
  const grids = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [header, [goal, leads]] },
    { name: leads, values: [['Date', leads], ...HISTORY.map((p) => [p.date, p.value])] },
  ];
  const model = buildWorkbookModel(grids, { lang, catalog: KPI_CATALOG });
  return checkWorkbook(model, { today: '2026-11-26', lang, settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth } }).checks[0];
}

describe('a per-quarter goal due on a fiscal quarter end is judged on that fiscal quarter (fixes59)', () => {
  it('30 April 2027 under a February fiscal year: 1 February – 30 April (was 31 January – 30 April), EN and FR', () => {
    const en = check('en', 'Get 300 leads per quarter by 30 April 2027', 2);
    expect(en.start).toBe('2027-02-01');
    expect(en.deadline).toBe('2027-04-30');
    expect(en.notes.some((n) => n.includes('1 February 2027 – 30 April 2027'))).toBe(true);
    const fr = check('fr', 'Obtenir 300 prospects par trimestre d’ici le 30 avril 2027', 2);
    expect(fr.start).toBe('2027-02-01');
    expect(fr.notes.some((n) => n.includes('du 1er février 2027 au 30 avril 2027'))).toBe(true);
  });

  it('every start month, every fiscal quarter end of 2027–2028: the window is the fiscal quarter', () => {
    const wrong: string[] = [];
    for (let month = 1; month <= 12; month++) {
      for (let day = '2027-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
        const quarter = fiscalBlock(day, 3, month);
        if (quarter.end !== day) continue;
        const windows = deadlineWindows(HISTORY, 'quarter', day, '2026-11-26', month);
        const start = periodEndingAt(day, 'quarter', month);
        if (!windows || windows.from !== quarter.start || windows.to !== day || start !== quarter.start) wrong.push(`${month}: ${day} ${windows?.from}–${windows?.to} ${start}`);
        // The past windows are whole fiscal quarters too (each total is 3 × the quarter's days).
        if (windows) for (const total of windows.totals.slice(-4)) expect(total.value % 3).toBe(0);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a year due on a fiscal year end (31 January 2028 from February) is judged on 1 February 2027 – 31 January 2028', () => {
    expect(periodEndingAt('2028-01-31', 'year', 2)).toBe('2027-02-01');
    // Calendar years keep theirs; a year ending on another month's last day runs whole months (29 February 2028: from 1 March 2027).
    expect(periodEndingAt('2027-12-31', 'year', 1)).toBe('2027-01-01');
    expect(periodEndingAt('2028-02-29', 'year', 1)).toBe('2027-03-01');
  });

  it('one rule for a per-period start and the anchored windows (cleanup61): every day of 2027, every start month', () => {
    const wrong: string[] = [];
    for (let month = 1; month <= 12; month += 3) {
      for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
        const windows = deadlineWindows(HISTORY, 'month', day, '2026-11-26', month);
        if (windows?.anchored && windows.from !== periodEndingAt(day, 'month', month)) wrong.push(`${month}: ${day}`);
      }
    }
    expect(wrong).toEqual([]);
    // A fiscal year running past 31 December 9999 is the calendar's year there, as in deadlineWindows (it threw).
    expect(periodEndingAt('9999-12-31', 'year', 4)).toBe('9999-01-01');
    expect(periodEndingAt('9999-06-30', 'year', 4)).toBe('9998-07-01');
  });
});
