/**
 * The final read's findings on tonight's merge (2026-12-04), in core: a level's quarterly path counted from today when
 * its Start is past (fixes63's days counted the months already gone), the roll-up's "maintain" met as the verdict meets it
 * (review28's `meetsBelow` with the level), and a KPI tab's money read from every mark of the one currency table.
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import type { CellValue } from '../../../src/core/workbook/types';

function goal(partial: Partial<AlignmentGoal> & { row: number; id: string }): AlignmentGoal {
  return {
    hasId: true, parent: null, statement: '', kpiId: 'close_rate', seriesKey: null, kpiName: 'Close rate', unit: 'percent', currency: null,
    aggregation: 'level', direction: 'increase', baseline: null, target: null, start: null, deadline: null, ...partial,
  };
}

describe('a level goal whose Start is past: its path runs from today', () => {
  // April fiscal year, started 1 April 2026, 20 % → 30 % by 31 March 2027, checked on 4 December 2026: the quarters
  // ahead are Oct–Dec (27 days left) and Jan–Mar (90 days).
  const started = goal({ row: 2, id: 'G1', baseline: 0.2, target: 0.3, start: '2026-04-01', deadline: '2027-03-31' });
  const split = (g: AlignmentGoal) => checkAlignment([g], { lang: 'en', fiscalYearStartMonth: 4, today: '2026-12-04' }).splits[0];

  it('asks by 31 December for the share of the days from today, not from April', () => {
    const [december, march] = split(started).quarters.map((q) => q.target);
    expect(december).toBeCloseTo(0.2 + 0.1 * (28 / 118), 3);
    expect(december).toBeLessThan(0.23);
    expect(march).toBe(0.3);
  });

  it('a Start still to come keeps its own days', () => {
    const nextYear = checkAlignment([{ ...started, start: '2027-04-01', deadline: '2028-03-31' }], { lang: 'en', fiscalYearStartMonth: 4, today: '2027-03-01' }).splits[0];
    expect(nextYear.quarters.map((q) => q.target)[0]).toBeCloseTo(0.2 + 0.1 * (91 / 366), 3);
  });
});

describe('the roll-up meets "maintain" as the verdict does, on a KPI it does not know', () => {
  const parent = goal({ row: 2, id: 'P', kpiId: null, kpiName: 'Response time', unit: null, direction: 'maintain', baseline: 4.2, target: 5, start: '2027-01-01', deadline: '2027-12-31' });
  const child = goal({ row: 3, id: 'P.4', parent: 'P', kpiId: null, kpiName: 'Response time', unit: null, direction: 'maintain', baseline: 4.2, target: 4.5, start: '2027-10-01', deadline: '2027-12-31' });

  it('a last child under a ceiling kept from below is no shortfall', () => {
    const result = checkAlignment([parent, child], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.issues.filter((i) => i.kind === 'level')).toEqual([]);
  });

  it('a floor kept from above still is', () => {
    const floor = { ...parent, baseline: 6 };
    const result = checkAlignment([floor, { ...child, baseline: 6 }], { lang: 'en', fiscalYearStartMonth: 1 });
    expect(result.issues.filter((i) => i.kind === 'level')).toHaveLength(1);
  });
});

describe('a KPI tab header with a currency mark of the one table is money, not a count', () => {
  const weeks: CellValue[][] = Array.from({ length: 20 }, (_, i) => [`2026-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + 7 * (i % 4)).padStart(2, '0')}`, 1000 + i * 10]);
  const read = (header: string) => detectKpiSeries({ name: 'Sales', values: [['Week', header], ...weeks] }, 'en', KPI_CATALOG);
  for (const header of ['Orders (₹)', 'Ventes (zł)', 'Deals (kr)', 'Orders (R$)']) {
    it(`"${header}" is not read as a count of deals`, () => {
      const found = read(header);
      expect(found.every((s) => s.catalogId !== 'deals_closed')).toBe(true);
    });
  }
  it('a plain "Deals" header stays a count', () => {
    const found = read('Deals');
    expect(found.some((s) => s.catalogId === 'deals_closed')).toBe(true);
  });
});
