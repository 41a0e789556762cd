/**
 * kpi61: a firm or an industry sized by a scale word is sized by its sales (`revenue`), whatever the currency or its
 * spelling — "a R100-billion company", "a RM10 bil company", "our own N10m business", "a multi-billion dollar industry",
 * « une entreprise de 50 millions d'euros » — as the written rule already read "a $10 billion company" (real12, real22,
 * real29's conventions). Found by classifying the blind KPI misses of the opened sets (docs/MEASUREMENTS.md, kpi61): the
 * currency-less sizes were a recurrent "label a KPI, read none" kind the word lists never reached, since every set brings a
 * new currency. Sentences written for each shape (none copied from a fixture), FR and EN; the near misses (a count of
 * firms, a firm sized by heads or customers) read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('a firm sized by a scale word is its sales (was no KPI)', () => {
  readsAs([
    ['Our aim is to be a R50-billion company by 2030.', { kpi: 'revenue', direction: 'increase', target: 50_000_000_000, deadline: '2030-12-31' }],
    ['We want to become a RM5 bil company within five years.', { kpi: 'revenue', target: 5_000_000_000 }],
    ['Our path to our own N20m business starts in 2027.', { kpi: 'revenue', target: 20_000_000 }],
    ['Coaching will become a multi-billion dollar industry by 2029.', { kpi: 'revenue' }],
    ["Nous voulons devenir une entreprise de 50 millions d'euros d'ici 2030.", { kpi: 'revenue', direction: 'increase', target: 50_000_000, deadline: '2030-12-31' }],
    ["L'objectif : bâtir une société de 3 millions d'euros en 2028.", { kpi: 'revenue', target: 3_000_000 }],
  ]);
});

describe('near misses: firms counted, a firm sized by heads or customers, another KPI named (unchanged)', () => {
  readsAs([
    ["Nous voulons équiper 2 millions d'entreprises d'ici 2030.", { kpi: null, target: 2_000_000 }],
    ['We want to serve 10 million businesses by 2030.', { kpi: null, target: 10_000_000 }],
    ['We aim to be a 500-employee company by 2030.', { kpi: null, target: 500 }],
    ['Nous voulons devenir une entreprise de 500 salariés d’ici 2030.', { kpi: null, target: 500 }],
    ['Nous voulons devenir une entreprise de 2 millions de clients.', { kpi: 'customers', target: 2_000_000 }],
    ['Win 200 new customers for our R10-billion company by 2028.', { kpi: 'deals_closed', target: 200 }],
    ["Signer 40 nouveaux clients pour notre entreprise de 5 millions d'euros en 2027.", { kpi: 'deals_closed', target: 40 }],
    ['Cut churn to 3% at our RM2 bil company by 2028.', { kpi: 'churn', target: 0.03 }],
  ]);
});
