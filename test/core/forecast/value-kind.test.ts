/**
 * fc25 (issue 11): the forecaster is told what the sheet says a KPI's values are ('rate' | 'amount') before its values'
 * rule picks the space. The hint beats the rule both ways — an index at 0.62 … 1.00 told "amount" may pass 1 (logit
 * space gave it no chance at all), 0 % / 100 % readings told "rate" stay a rate (the values alone read a count) — and
 * with no hint nothing changes. Then the sheet's side: which units and headers say which (core `valueKindOf`,
 * `historyValueKind`), in English and French, with near misses.
 */
import { assess } from '../../../src/core/achievability';
import { classifySeries, Forecaster, probabilityAtLeast, quantile, type ValueKind } from '../../../src/core/forecast';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { historyValueKind, valueKindOf } from '../../../src/core/workbook/kpis';

const INDEX = [0.616, 0.66, 0.7, 0.73, 0.77, 0.8, 0.84, 0.87, 0.91, 0.95, 0.98, 1.0];
const RETENTION = [0.9, 0.93, 0.95, 0.97, 0.98];

function yearly(value: number[], valueKind?: ValueKind | null): Forecaster {
  return new Forecaster({ period: 'year', index: value.map((_, i) => i), value, lastDate: '2025-12-31', businessDays: false }, 'level', valueKind);
}

describe('classifySeries: the hint first, the values when it is absent', () => {
  it('an amount hint never reads fractions as a rate; a rate hint reads 0s and 1s as one', () => {
    expect(classifySeries(INDEX, 'amount')).toBe('positive');
    expect(classifySeries([0, 0.2, 0.5], 'amount')).toBe('real');
    expect(classifySeries([0, 1, 1, 0, 1], 'rate')).toBe('rate');
  });

  it('no hint: as before (fractions a rate, 0s and 1s a count)', () => {
    expect(classifySeries(INDEX)).toBe('rate');
    expect(classifySeries(INDEX, null)).toBe('rate');
    expect(classifySeries([0, 1, 1, 0, 1])).toBe('count');
  });

  it('near misses: a rate hint over values past 1 (points, 24 … 27) and an amount hint over whole counts change nothing', () => {
    expect(classifySeries([24, 26.5, 25, 27], 'rate')).toBe(classifySeries([24, 26.5, 25, 27]));
    expect(classifySeries([3, 0, 7], 'amount')).toBe('count');
    expect(classifySeries(RETENTION, 'rate')).toBe('rate');
  });
});

describe('the forecaster’s space follows the hint', () => {
  it('a yearly index at 0.62 … 1.00 told "amount" gets a chance of passing 1; with no hint it gets none', () => {
    const amount = yearly(INDEX, 'amount').distribution(2);
    expect(probabilityAtLeast(amount, 1.05)).toBeGreaterThan(0.3);
    expect(quantile(amount, 0.5)).toBeGreaterThan(1);
    expect(probabilityAtLeast(yearly(INDEX).distribution(2), 1.05)).toBeCloseTo(0, 12);
  });

  it('a yearly retention of 90 … 98 % told "rate" stays under 100 %', () => {
    const f = yearly(RETENTION, 'rate');
    expect(f.kind).toBe('rate');
    expect(quantile(f.distribution(2), 0.95)).toBeLessThan(1);
  });

  it('assess: the same history array judged with and without the hint gets each its own fit (the fit cache is keyed by it)', () => {
    const history = INDEX.map((value, i) => ({ date: `${2014 + i}-12-31`, value }));
    const input = { history, target: 1.05, deadline: '2027-12-31', today: '2026-11-26', direction: 'increase' as const };
    const asRate = assess(input, 'en');
    const asAmount = assess({ ...input, valueKind: 'amount' }, 'en');
    expect(asAmount.kind).toBe('positive');
    expect(asAmount.probability!).toBeGreaterThan(0.3);
    expect(asRate.probability ?? 0).toBeCloseTo(0, 6);
    expect(assess(input, 'en').probability).toBe(asRate.probability);
  });
});

describe('what the sheet says: valueKindOf (tabs) and historyValueKind (formula headers)', () => {
  it.each([
    ['percent', 'Retention', 'rate'],
    ['percent', 'Output index', 'rate'],
    ['currency', 'Revenue', 'amount'],
    ['count', 'Deals', 'amount'],
    ['days', 'Sales cycle', 'amount'],
    [null, 'Output index', 'amount'],
    [null, 'Indice de production', 'amount'],
    [null, 'Price indices', 'amount'],
    [null, 'Output', null],
    [null, 'Indexation', null],
    [null, 'Indicateur', null],
    ['score', 'NPS', null],
    [null, null, null],
  ] as const)('unit %p, header %p over an index reaching 1: %p', (unit, header, kind) => {
    expect(valueKindOf(unit, header, INDEX)).toBe(kind);
  });

  // mend42c: an index header makes an amount only once the history has reached 1 (its base); one that never has may be
  // bounded (Gini, risk), and the values' rule keeps it within 1. A unit the sheet shows still decides.
  it.each([
    [null, 'Output index', [0.62, 0.9], null],
    [null, 'Gini index', [0.62, 0.98], null],
    [null, 'Indice de Gini', [0.62, 0.98], null],
    [null, 'Output index', [0.62, 1.0], 'amount'],
    [null, 'Indice de production', [0.98, 1.02], 'amount'],
    ['percent', 'Output index', [0.62, 1.0], 'rate'],
    ['currency', 'Price index', [0.62, 0.9], 'amount'],
  ] as const)('unit %p, header %p over %p: %p', (unit, header, values, kind) => {
    expect(valueKindOf(unit, header, values)).toBe(kind);
  });

  it.each([
    ['Close rate', [0.24, 0.26], 'rate'],
    ['Taux de conversion', [0.024, 0.026], 'rate'],
    ['Churn (%)', [4.2, 4.5], 'rate'],
    ['Amount', [0.62, 0.9], 'amount'],
    ['Montant', [0.62, 0.9], 'amount'],
    ['Délai (jours)', [0.5, 0.8], 'amount'],
    ['Output index', [0.62, 1.0], 'amount'],
    ['Output index', [0.62, 0.9], null],
    [null, [520, 610], 'amount'],
    ['Value', [0.62, 0.9], null],
    ['Valeur', [0.62, 0.9], null],
    [null, [0.62, 0.9], null],
  ] as const)('header %p over %p: %p', (header, values, kind) => {
    expect(historyValueKind(header, values, KPI_CATALOG)).toBe(kind);
  });
});
