/**
 * kpi56: classes of KPI misses that recurred at the first run of set after set (real38 … real52) and that the rules had not
 * generalised, each read by a rule of the language and checked in sentences written for its shape (none copied from a
 * fixture; the class rows read wrong before kpi56, the near misses read the same before and after):
 * (E) an economy's growth — qualified by it ("economic growth", "GDP growth", « croissance économique », « du PIB ») or aimed
 * at by a state as the clause's actor (the government, the country, « le pays », « l'État », « le président de la
 * République ») — names no KPI; its verb still gives the direction;
 * (B) a goal given customers counted in millions or six digits ("a target of 2 million customers") is the base, as the
 * same count after a verb is; new customers counted stay won deals;
 * (L) a generic sales word given its own figure, then a comma opening the next item ("sales to rise 3 to 5 percent, with
 * operating profit …") is the goal's measure, not the next item's specific one.
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

describe("(L) a generic sales word with its own figure before the next item's comma names the goal", () => {
  readsAs([
    ['The group expects 2027 sales to rise 3 to 5 percent, with operating profit increasing 8 to 10 percent.', { kpi: 'revenue' }],
    ['The sales target for 2027 is $2 billion, operating income $300 million.', { kpi: 'revenue', target: 2000000000 }],
    ["L'objectif de ventes pour 2027 est de 500 millions d'euros, et un résultat net de 40 millions.", { kpi: 'revenue', target: 500000000 }],
  ]);
});

describe('(L) near misses: a specific measure the sales only serve, or a second item with its own verb', () => {
  readsAs([
    ['Le groupe vise une hausse de son Ebitda de 10 % grâce aux ventes.', { kpi: 'profit' }],
    ['We expect sales to grow 6%, while net profit should rise 12%.', { kpi: 'revenue' }],
    ['Le groupe prévoit des ventes en hausse de 4 à 6 %, avec un Ebitda en progression de 10 %.', { kpi: 'revenue' }],
  ]);
});
