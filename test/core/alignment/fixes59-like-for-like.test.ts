/**
 * fixes59: alignment inference placed a MONTHLY goal of 12 (a count per month) under a parent "10 per quarter": a goal
 * stated per period holds every such period, so 12 a month is 36 a quarter, more than the parent's whole. A child is
 * inferred under a parent only when its total scaled to the parent's period fits in the parent's (FR/EN, Check goals).
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { Lang } from '../../../src/core/types';

function check(lang: Lang, rows: string[][]) {
  const header = lang === 'fr' ? ['ID', 'Objectif', 'Responsable'] : ['ID', 'Goal', 'Owner'];
  const model = buildWorkbookModel([{ name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [header, ...rows] }], { lang, catalog: KPI_CATALOG });
  return checkWorkbook(model, { today: '2026-11-26', lang, settings: DEFAULT_SETTINGS });
}

describe('a per-period goal is inferred under a parent only like for like (fixes59)', () => {
  it('EN: 12 deals a month is no part of 10 deals a quarter; 3 a month (9 a quarter) is', () => {
    const result = check('en', [
      ['Q', 'Close 10 deals per quarter by March 31, 2027', 'Emma'],
      ['M', 'Close 12 deals per month by March 31, 2027', 'Emma'],
      ['M2', 'Close 3 deals per month by March 31, 2027', 'Emma'],
    ]);
    expect(result.checks.map((c) => c.periodWindow)).toEqual(['quarter', 'month', 'month']);
    expect(result.alignment.parentOf.has(3)).toBe(false);
    expect(result.alignment.parentOf.get(4)).toBe(2);
    expect(result.checks[1].notes.some((n) => n.includes('sub-goal'))).toBe(false);
  });

  it('FR: 12 affaires par mois ne font pas partie de 10 par trimestre', () => {
    const result = check('fr', [
      ['T', 'Conclure 10 affaires par trimestre d’ici le 31 mars 2027', 'Emma'],
      ['M', 'Conclure 12 affaires par mois d’ici le 31 mars 2027', 'Emma'],
    ]);
    expect(result.checks.map((c) => c.periodWindow)).toEqual(['quarter', 'month']);
    expect(result.alignment.parentOf.has(3)).toBe(false);
    expect(result.checks[1].notes.some((n) => n.includes('sous-objectif'))).toBe(false);
  });

  it('a per-month goal that fits a year is inferred under the year instead (12 a month is 144 of 400)', () => {
    const base = { hasId: true, parent: null, statement: '', kpiId: 'deals', seriesKey: 'Deals!Deals', kpiName: 'Deals', unit: 'count', currency: null, aggregation: 'total', direction: 'increase', baseline: null, group: 'emma' } as const;
    const goals: AlignmentGoal[] = [
      { ...base, row: 2, id: 'Y', target: 400, start: '2027-01-01', deadline: '2027-12-31' },
      { ...base, row: 3, id: 'Q', target: 10, start: '2027-01-01', deadline: '2027-03-31', periodWindow: 'quarter' },
      { ...base, row: 4, id: 'M', target: 12, start: '2027-03-01', deadline: '2027-03-31', periodWindow: 'month' },
      // A one-off window's total is compared as it is: 12 in March is no part of 10 in Q1 either.
      { ...base, row: 5, id: 'Mar', target: 12, start: '2027-03-01', deadline: '2027-03-31' },
      { ...base, row: 6, id: 'Feb', target: 4, start: '2027-02-01', deadline: '2027-02-28' },
    ];
    const result = checkAlignment(goals, { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.parentOf.get(4)).toBe(2);
    expect(result.parentOf.get(5)).toBe(2);
    expect(result.parentOf.get(6)).toBe(3);
  });
});
