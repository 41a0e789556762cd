/**
 * fixes59: the report's timeline drew CALENDAR quarters while the goals, the splits and the wizard count FISCAL quarters
 * under Settings' fiscal year start. Quarter (and year) columns are now the fiscal ones, named by the year the fiscal
 * year ends in: « T3 2027 » / "Q3 2027" for August–October 2026 under a February start; calendar from January.
 */
import { buildPlanReport, buildTimeline, groupLabels, layoutPlanReport, periodLabel, periodTick, reportGrid } from '../../../src/core/plan';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { GoalCheck } from '../../../src/core/workbook/types';

const TODAY = '2026-08-20';

function goal(row: number, id: string, start: string | null, deadline: string | null): GoalCheck {
  return { row, id, statement: `Goal ${id}`, owner: 'Alice', start, deadline, flagged: false, verdict: 'realistic' } as unknown as GoalCheck;
}

describe('fiscal quarter columns (fixes59)', () => {
  it('a six-year plan under a February fiscal year: columns are February–April, May–July, August–October, November–January', () => {
    const checks = [goal(2, 'A', TODAY, '2032-10-31')];
    const timeline = buildTimeline(checks, [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 2);
    expect(timeline.period).toBe('quarter');
    expect(timeline.fiscalStartMonth).toBe(2);
    expect(timeline.columns.slice(0, 3)).toEqual([
      { start: '2026-08-01', end: '2026-10-31' },
      { start: '2026-11-01', end: '2027-01-31' },
      { start: '2027-02-01', end: '2027-04-30' },
    ]);
    // The last column is the fiscal quarter holding the deadline, and the bar ends in it, whole.
    expect(timeline.columns[timeline.columns.length - 1]).toEqual({ start: '2032-08-01', end: '2032-10-31' });
    expect(timeline.rows[0].bar).toEqual({ from: 0, to: timeline.columns.length - 1 });
    expect(timeline.rows[0].partial).toEqual({ first: true, last: false });
    expect(timeline.todayColumn).toBe(0);
    // Ticks and year groups: Q3, Q4 of fiscal 2027, then Q1 of fiscal 2028 (February 2027).
    expect(timeline.columns.slice(0, 3).map((c) => periodTick(c.start, 'quarter', 'en', 2))).toEqual(['Q3', 'Q4', 'Q1']);
    expect(timeline.columns.slice(0, 3).map((c) => periodTick(c.start, 'quarter', 'fr', 2))).toEqual(['T3', 'T4', 'T1']);
    const groups = groupLabels(timeline, 'en');
    expect(groups.slice(0, 2)).toEqual([
      { column: 0, text: '2027' },
      { column: 2, text: '2028' },
    ]);
  });

  it('names a fiscal quarter by the year its fiscal year ends in, EN and FR; calendar from January', () => {
    expect(periodLabel('2026-08-01', 'quarter', 'en', 2)).toBe('Q3 2027');
    expect(periodLabel('2026-08-01', 'quarter', 'fr', 2)).toBe('T3 2027');
    expect(periodLabel('2026-07-01', 'quarter', 'en', 1)).toBe('Q3 2026');
    expect(periodLabel('2026-07-01', 'quarter', 'fr', 1)).toBe('T3 2026');
    expect(periodLabel('2026-02-01', 'year', 'en', 2)).toBe('2027');
  });

  it('the calendar year keeps calendar columns', () => {
    const timeline = buildTimeline([goal(2, 'A', TODAY, '2032-10-31')], [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 1);
    expect(timeline.fiscalStartMonth).toBe(1);
    expect(timeline.columns[0]).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(groupLabels(timeline, 'fr')[0]).toEqual({ column: 0, text: '2026' });
  });

  it('the report under Settings’ February start lays out fiscal ticks and year groups (FR)', () => {
    const settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2 };
    const grids = [{ name: 'Objectifs', values: [['Objectif', 'Échéance'], ['Atteindre 500 000 € de CA', '2032-10-31']] }];
    const model = buildWorkbookModel(grids, { lang: 'fr', catalog: KPI_CATALOG });
    const check = checkWorkbook(model, { today: TODAY, lang: 'fr', settings });
    const report = buildPlanReport({ model, check, settings, today: TODAY, lang: 'fr' });
    expect(report.timeline.period).toBe('quarter');
    expect(report.timeline.columns[0]).toEqual({ start: '2026-08-01', end: '2026-10-31' });
    const cells = reportGrid(layoutPlanReport(report)).values.flat();
    expect(cells).toContain('T3');
    expect(cells).toContain('2028');
  });
});
