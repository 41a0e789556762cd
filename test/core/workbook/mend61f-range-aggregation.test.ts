/**
 * mend61f: the formulas' default aggregation in core — `periodSizedTarget` (a target of about one period's value is no total
 * to the deadline) and `rangeAggregation` over a whole column (trailing blank rows) and Date cells from another realm
 * (the bundle runs in node:vm: `instanceof Date` failed there and the reader saw no dates).
 */
import vm from 'node:vm';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { periodSizedTarget, rangeAggregation } from '../../../src/core/workbook/kpis';

const month = (i: number): string => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const points = (values: number[]) => values.map((value, i) => ({ date: month(i), value }));
const DEALS = [['Month', 'Deals'], ...Array.from({ length: 34 }, (_, i) => [month(i), 95 + ((i * 7) % 13)])];
const read = (range: unknown[][]) => rangeAggregation(range, 'en', () => 0, 'mdy', 1, KPI_CATALOG);

describe('periodSizedTarget: at most 1.5 times the top of the latest three periods', () => {
  it('a decrease, a level kept and a per-period target are one period’s size; two periods’ worth is not', () => {
    const customers = points([38, 42, 39, 41, 40]);
    expect(periodSizedTarget(customers, 20)).toBe(true);
    expect(periodSizedTarget(customers, 40)).toBe(true);
    expect(periodSizedTarget(customers, 55)).toBe(true);
    // The top of 39, 41, 40 is 41: 61.5 at most.
    expect(periodSizedTarget(customers, 61.5)).toBe(true);
    expect(periodSizedTarget(customers, 62)).toBe(false);
    expect(periodSizedTarget(customers, 800)).toBe(false);
  });

  it('one low latest period does not decide (the top of three), and an older peak does not count', () => {
    expect(periodSizedTarget(points([100, 100, 40]), 140)).toBe(true);
    expect(periodSizedTarget(points([400, 40, 40, 40]), 140)).toBe(false);
  });

  it('no positive value to compare with: nothing said', () => {
    expect(periodSizedTarget(points([0, 0, 0]), 0)).toBe(false);
    expect(periodSizedTarget(points([-5, -3]), -10)).toBe(false);
    expect(periodSizedTarget([], 10)).toBe(false);
  });
});

describe('rangeAggregation over what a custom function receives', () => {
  it('a monthly "Deals" column is a total, with or without 5,000 blank rows below (A:B)', () => {
    expect(read(DEALS)).toBe('total');
    expect(read([...DEALS, ...Array.from({ length: 5_000 }, () => ['', ''])])).toBe('total');
  });

  it('Date cells from this realm and from another (node:vm) are read as dates alike', () => {
    const ForeignDate = vm.runInNewContext('Date') as DateConstructor;
    const here = DEALS.map((row, i) => (i === 0 ? row : [new Date(`${row[0] as string}T00:00:00Z`), row[1]]));
    const foreign = DEALS.map((row, i) => (i === 0 ? row : [new ForeignDate(`${row[0] as string}T00:00:00Z`), row[1]]));
    expect(foreign[1][0] instanceof Date).toBe(false);
    expect(read(here)).toBe('total');
    expect(read(foreign)).toBe('total');
  });
});
