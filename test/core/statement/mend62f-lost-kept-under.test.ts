/**
 * mend62f (surf62's review, finding 3): lost customers are churn only when kept or held UNDER a figure with no count before
 * them. surf62 read any "lost"/« perdus » after a keeping verb as churn: "Retain 20 lost customers by June 30, 2027" became
 * churn to reduce ("Aim for 36", "-3.5 per month"), « Fidéliser les clients perdus » churn, "Keep 20 lost customers" churn
 * kept at 20. Customers retained or won back are not churn (the regain rule: deals_closed or retention). Rows marked
 * "was …" read otherwise on surf62's head; surf62's own class rows (surf62-lost-kept.test.ts) read the same.
 */
import { unitNoun } from '../../../src/core/alignment';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2027-01-15', rows);

describe('lost customers counted, or kept with no bound, are customers retained (was churn)', () => {
  readsAs([
    // was churn, decrease
    ['Retain 20 lost customers by June 30, 2027', { kpi: 'retention', direction: 'increase', target: 20, deadline: '2027-06-30' }],
    ['Fidéliser les clients perdus', { kpi: 'retention', direction: 'increase' }],
    ['Fidéliser 20 clients perdus d’ici le 30 juin 2027', { kpi: 'retention', direction: 'increase', target: 20 }],
    // was churn, maintain
    ['Keep 20 lost customers by June 30, 2027', { kpi: 'retention', target: 20 }],
    ['Garder 20 clients perdus d’ici juin 2027', { kpi: 'retention', target: 20 }],
  ]);
});

describe('near misses: kept under a bound they stay churn (surf62)', () => {
  readsAs([
    ['Keep churned customers under 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Keep lost customers below 60 through June 30, 2027', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Garder les clients perdus sous 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Garder les clients perdus à moins de 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Maintenir les clients partis sous 25 par mois', { kpi: 'churn', direction: 'maintain', target: 25 }],
  ]);
});

describe('mend62f (finding 6): a start’s words end the noun a message names', () => {
  it.each([
    ['Close 300 deals starting March 1 through June 30, 2027', 'en', 'deals'],
    ['Close 300 deals beginning March 1, 2027', 'en', 'deals'],
    ['Close 300 deals once March begins', 'en', 'deals'],
    ['Close 300 deals effective March 1', 'en', 'deals'],
    ['Signer 300 affaires dès le 1er mars jusqu’au 30 juin 2027', 'fr', 'affaires'],
    // near misses: the noun's own words stay
    ['Close 300 new deals by June 30, 2027', 'en', 'new deals'],
    ['Signer 300 nouvelles affaires d’ici juin 2027', 'fr', 'nouvelles affaires'],
  ] as const)('%s → %s', (statement, lang, noun) => {
    expect(unitNoun(statement, 300, lang)).toBe(noun);
  });
});
