/**
 * surf62 (b): customers qualified as lost — "churned customers", « clients perdus » — kept or held under a figure are churn,
 * a level kept ("maintain"), in both languages. « Garder les clients perdus sous 60 » read the verb alone: customers kept,
 * `retention`, "increase" (and Check goals suggested « Augmenter les clients perdus à 60 »), where "Keep churned customers
 * under 60" read churn, maintain. « Maintenir les clients perdus sous 60 » read the base held (`customers`).
 * The class rows read otherwise before surf62 (marked "was …"); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const AS_OF = '2027-01-15';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe('lost customers kept or held under a figure are churn, maintained (FR was retention / customers)', () => {
  readsAs([
    // was retention, increase
    ['Garder les clients perdus sous 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Garder les clients perdus en dessous de 60 par mois', { kpi: 'churn', direction: 'maintain', target: 60, recurrence: 'month' }],
    ['Conserver les clients résiliés sous 40 jusqu’au 30 juin 2027', { kpi: 'churn', direction: 'maintain', target: 40, deadline: '2027-06-30' }],
    // was customers
    ['Maintenir les clients perdus sous 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Maintenir les clients partis sous 25 par mois', { kpi: 'churn', direction: 'maintain', target: 25 }],
    ['Keep churned customers under 60', { kpi: 'churn', direction: 'maintain', target: 60 }],
    ['Keep lost customers below 60 through June 30, 2027', { kpi: 'churn', direction: 'maintain', target: 60, deadline: '2027-06-30' }],
  ]);
});

describe('near misses: customers kept, the base held, lost customers won back or lost (unchanged)', () => {
  readsAs([
    ['Garder nos clients actifs au-dessus de 500', { kpi: 'retention' }],
    ['Fidéliser nos clients', { kpi: 'retention' }],
    ['Maintenir nos clients à 500', { kpi: 'customers', direction: 'maintain', target: 500 }],
    ['Keep our customers', { kpi: 'retention' }],
    ['Récupérer 20 clients perdus d’ici juin 2027', { kpi: 'deals_closed', target: 20 }],
    ['Bring back 20 lost customers by June 2027', { kpi: 'deals_closed', target: 20 }],
    ['Perdre moins de 30 clients par mois', { kpi: 'churn' }],
  ]);
});
