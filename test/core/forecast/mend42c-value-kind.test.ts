/**
 * mend42c: fc25's regressions in core.
 * - A column flat at 0 % or 100 % told "rate" is forecast at its bound: logit space's edge margin put a column of zeros at
 *   0.5 % (80 % range 0.45 … 0.56 %) and one of 100 % at 78 … 100 %. Rates that move, 0s and 1s among them, stay rates.
 * - A formula history's header saying percent or a share ("Leads converted (%)", "% of revenue", "Revenue share",
 *   « Affaires gagnées % ») reads a rate before the count or money KPI it names, as a tab's header does (`headerKpi`):
 *   it read an amount, 105 % converted. Near misses: the same KPI without the mark, a share over money, counts under "%".
 */
import { assess } from '../../../src/core/achievability';
import { classifySeries } from '../../../src/core/forecast';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { historyUnit, historyValueKind } from '../../../src/core/workbook/kpis';

const CONVERTED = [0.56, 0.61, 0.66, 0.71, 0.76, 0.8, 0.85, 0.9];

describe('a rate flat at 0 % or 100 % stays at its bound', () => {
  it('classifySeries: the rate hint leaves a flat bound to the values’ rule, not a rate that moves', () => {
    expect(classifySeries(Array(12).fill(0), 'rate')).toBe('count');
    expect(classifySeries(Array(12).fill(1), 'rate')).toBe('count');
    expect(classifySeries([0, 1, 1, 0, 1], 'rate')).toBe('rate');
    expect(classifySeries([0, 0, 0, 0.01], 'rate')).toBe('rate');
  });

  it('twelve months of 0 % are forecast at 0 %, twelve of 100 % at 100 %, their 80 % range holding the bound', () => {
    const months = (value: number) => Array.from({ length: 12 }, (_, i) => ({ date: `${i === 0 ? 2025 : 2026}-${String(i === 0 ? 12 : i).padStart(2, '0')}-01`, value }));
    const base = { deadline: '2026-12-31', today: '2026-11-26', valueKind: 'rate' as const };
    const zeros = assess({ ...base, history: months(0), target: 0.004, direction: 'decrease' }, 'en');
    expect(zeros.forecast).toEqual(expect.objectContaining({ median: 0, low: 0, high: 0 }));
    expect(zeros.probability!).toBeGreaterThan(0.5);
    const ones = assess({ ...base, history: months(1), target: 1, direction: 'increase' }, 'fr');
    expect(ones.forecast).toEqual(expect.objectContaining({ median: 1, low: 1, high: 1 }));
  });
});

describe('a percent mark or a share word in a formula history’s header says rate first', () => {
  it.each([
    'Leads converted (%)',
    'Customers retained (%)',
    'Deals won %',
    '% of revenue',
    'Revenue share',
    'Cost %',
    'Leads convertis (%)',
    'Clients fidélisés (%)',
    'Affaires gagnées %',
    'Coût %',
    'Part du chiffre d’affaires',
  ])('%p over 56 … 90 %: a rate, a percentage', (header) => {
    expect(historyValueKind(header, CONVERTED, KPI_CATALOG)).toBe('rate');
    expect(historyUnit(undefined, header, CONVERTED, KPI_CATALOG)).toBe('percent');
  });

  it.each([
    ['Leads converted', CONVERTED, 'amount'],
    ['Affaires gagnées', CONVERTED, 'amount'],
    ['Revenue share', [12000, 13500], 'amount'],
    ['Deals won %', [120, 135], 'amount'],
    ['Market share', CONVERTED, 'rate'],
  ] as const)('near miss: %p over %p stays %p', (header, values, kind) => {
    expect(historyValueKind(header, values, KPI_CATALOG)).toBe(kind);
  });
});
