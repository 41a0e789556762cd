/**
 * fix62: a cadence attached to an amount of money spent or invested ("We invest $40k a month in marketing and want to
 * double our pipeline amount by 2028", « Nous dépensons 40 k€ par mois … ») is the means' cadence, not the goal's: the
 * doubling was read as recurring each month, and Check goals compounded it to "× 2²⁵". The class rows read `month` on main
 * (c8152c35); the near misses — a goal stated per period, or the spend's amount being the goal's own figure — read the
 * same on both. Sentences written for the shape, none copied from a fixture, FR and EN.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const AS_OF = '2026-12-07';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe('an amount spent or invested per period sets no cadence of the goal (read `month` on main)', () => {
  readsAs([
    ['We invest $40k a month in marketing and want to double our pipeline amount by 2028', { kpi: 'pipeline_value', change: { value: 1, kind: 'relative' }, recurrence: null, deadline: '2028-12-31' }],
    ['We spend $40k a month on ads and want to double our ad spend', { kpi: 'costs', baseline: 40_000, change: { value: 1, kind: 'relative' }, recurrence: null }],
    ['We spend about $40k a month on ads and aim to triple sign-ups by June 2027.', { kpi: 'signups', change: { value: 2, kind: 'relative' }, recurrence: null, deadline: '2027-06-30' }],
    ["Nous investissons 40 k€ par mois en marketing et voulons doubler notre pipeline d'ici 2028", { change: { value: 1, kind: 'relative' }, recurrence: null, deadline: '2028-12-31' }],
    ["Nous dépensons 40 k€ par mois en publicité et voulons doubler nos ventes d'ici 2028", { kpi: 'revenue', change: { value: 1, kind: 'relative' }, recurrence: null, deadline: '2028-12-31' }],
  ]);
});

describe('near misses keep their cadence (the same on main)', () => {
  readsAs([
    ['Increase revenue 5% per month', { kpi: 'revenue', change: { value: 0.05, kind: 'relative' }, recurrence: 'month' }],
    ['Augmenter le CA de 5 % par mois', { kpi: 'revenue', change: { value: 0.05, kind: 'relative' }, recurrence: 'month' }],
    ['Double sign-ups every quarter', { kpi: 'signups', change: { value: 1, kind: 'relative' }, recurrence: 'quarter' }],
    // The goal's own rate after the means' amount keeps its period.
    ['We invest $40k a month and want to grow revenue 5% a month', { kpi: 'revenue', change: { value: 0.05, kind: 'relative' }, recurrence: 'month' }],
    // The spend's amount is the goal's own target or change.
    ['Spend $40k a month on ads', { kpi: 'costs', target: 40_000, recurrence: 'month' }],
    ['Cut spending by $5k a month', { kpi: 'costs', direction: 'decrease', change: { value: 5000, kind: 'absolute' }, recurrence: 'month' }],
    ['Increase ad spend to $40k a month', { kpi: 'costs', target: 40_000, recurrence: 'month' }],
    ['Reduce spending to $30k a month', { kpi: 'costs', target: 30_000, recurrence: 'month' }],
  ]);
});
