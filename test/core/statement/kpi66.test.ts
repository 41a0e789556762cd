/**
 * kpi66: Ruling K1 coded (kpi65's ruling, by G1 (b)): a growth IN or OF customers, counted or not ("Sustain our growth in
 * customers", « maintenir notre croissance du nombre de clients », « la croissance de nos clients ») is the customers'
 * change — `customers` — not `sales_growth`; written here in other words (FR and EN, none copied from a fixture), with near
 * misses that keep today's reading: a growth of revenue or sales, a bare growth, customers joined by "with" / « avec » (docs/
 * MEASUREMENTS.md, kpi66; the fixtures README's "kpi66" section).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-08', rows);

describe('K1. a growth in or of customers is the customers’ change (was sales growth)', () => {
  readsAs([
    ['Sustain our growth in customers through 2027.', { kpi: 'customers', direction: 'maintain' }],
    ['Keep up the growth in the number of customers in H2 2027.', { kpi: 'customers' }],
    ['Increase our growth in customers by 10% in 2027.', { kpi: 'customers', direction: 'increase' }],
    ['Maintenir notre croissance du nombre de clients au second semestre 2027.', { kpi: 'customers', direction: 'maintain' }],
    ['Maintenir la croissance de nos clients en 2027.', { kpi: 'customers' }],
  ]);
});

describe('K1. near misses: a growth of revenue or sales, a bare growth, customers only beside it keep today’s reading', () => {
  readsAs([
    ['Sustain our growth in revenue through 2027.', { kpi: 'sales_growth' }],
    ['Sustain our growth through 2027.', { kpi: 'sales_growth' }],
    ['Sustain our growth with new customers in 2027.', { kpi: 'sales_growth' }],
    ['Maintenir notre croissance du chiffre d’affaires en 2027.', { kpi: 'sales_growth' }],
    ['Soutenir notre croissance avec nos clients en 2027.', { kpi: 'sales_growth' }],
    ['Grow sales to our customers by 10% in 2027.', { kpi: 'revenue' }],
  ]);
});
