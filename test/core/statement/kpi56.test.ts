/**
 * kpi56: classes of KPI misses that recurred at the first run of set after set (real38 … real52) and that the rules had not
 * generalised, each read by a rule of the language and checked in sentences written for its shape (none copied from a
 * fixture; the class rows read wrong before kpi56, the near misses read the same before and after):
 * (E) an economy's growth — qualified by it ("economic growth", "GDP growth", « croissance économique », « du PIB ») or aimed
 * at by a state as the clause's actor (the government, the country, « le pays », « l'État », « le président de la
 * République ») — names no KPI; its verb still gives the direction;
 * (B) a goal given customers counted in millions or six digits ("a target of 2 million customers") is the base, as the
 * same count after a verb is; new customers counted stay won deals;
 * (L) kpi56's "a generic sales word given its own figure, then a comma, names the goal" was reverted by mend56k (it handed
 * the KPI to past sales levels): its rows live in mend56k.test.ts.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe("(E) an economy's growth names no KPI", () => {
  readsAs([
    ['Le gouvernement table sur un taux de croissance économique de 4,5 % en 2027.', { kpi: null, direction: 'increase', target: 0.045 }],
    ['The government targets GDP growth of 6% a year until 2030.', { kpi: null, direction: 'increase' }],
    ['The country aims for an average growth rate of 5% over the next five years.', { kpi: null, direction: 'increase', target: 0.05 }],
    ["Le pays ambitionne une croissance d'au moins 8 % à moyen terme.", { kpi: null, direction: 'increase', target: 0.08 }],
    ['The central bank expects economic growth to slow to 2% next year.', { kpi: null }],
    ["Le président de la République vise un taux de croissance d'au moins 7 % d'ici 2030.", { kpi: null, target: 0.07 }],
  ]);
});

describe("(E) near misses: a firm's growth, or growth in countries, stays sales growth", () => {
  readsAs([
    ["Notre objectif : un taux de croissance de 20 % du chiffre d'affaires en 2027.", { kpi: 'sales_growth' }],
    ['The company targets a growth rate of 15% in 2027.', { kpi: 'sales_growth', target: 0.15 }],
    ['Nous visons une croissance de 10 % cette année.', { kpi: 'sales_growth', target: 0.1 }],
    ['We aim for 12% growth across 30 countries next year.', { kpi: 'sales_growth' }],
  ]);
});

describe('(B) a goal given customers counted in millions is the base', () => {
  readsAs([
    ['The company has set a target of 2 million customers by 2027.', { kpi: 'customers', target: 2000000 }],
    ['The bank has a goal of 1,500,000 clients by the end of 2027.', { kpi: 'customers', target: 1500000 }],
    ["La banque s'est fixé un objectif de 2 millions de clients en 2028.", { kpi: 'customers', target: 2000000 }],
  ]);
});

describe('(B) near misses: new customers or a small count stay won deals', () => {
  readsAs([
    ['Our target is 50 new customers this quarter.', { kpi: 'deals_closed', target: 50 }],
    ['We have a goal of 40 customers signed by June.', { kpi: 'deals_closed', target: 40 }],
    ['The company set a target of 2 million new customers by 2027.', { kpi: 'deals_closed' }],
  ]);
});
