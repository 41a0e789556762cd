/**
 * mend56l: left56's rules D1 and N1d and N1's restated noun narrowed after an independent review (each finding reproduced
 * through dist/Code.js). D1's measure tail needs its space ("fraud detection rate" is no fraud), a condition reaches over an
 * article ("without any accident"), and "returns" are returned goods only when named so (the lead's decision 3); N1d holds
 * only when the held noun is the list's own object under no verb of flow (the lead's decision 5); a restated noun excuses
 * only a KPI that ends where it ends. Sentences written for each class, FR and EN, none copied from a fixture.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(D1) a head noun glued to another word or followed by another noun is no loss: increase', () => {
  readsAs([
    ['Achieve a 99% fraud detection rate by 2027.', { direction: 'increase', target: 0.99 }],
    ['Reach 98% fraud detection.', { direction: 'increase', target: 0.98 }],
    ['Reach 90% error deflection.', { direction: 'increase', target: 0.9 }],
    ['Atteindre 95 % de pertes déclarées.', { direction: 'increase', target: 0.95 }],
    ["Atteindre 200 retours d'expérience.", { direction: 'increase', target: 200 }],
  ]);
});

describe('(D1) a condition reaches over an article or a quantifier: increase', () => {
  readsAs([
    ['Reach 365 days without a lost-time accident.', { direction: 'increase', target: 365 }],
    ['Reach 200 days without any accident.', { direction: 'increase', target: 200 }],
    ['Atteindre 300 jours sans aucun accident.', { direction: 'increase', target: 300 }],
    ['Atteindre 300 jours sans le moindre accident.', { direction: 'increase', target: 300 }],
    ['Atteindre 99 % de livraisons sans aucun retard.', { direction: 'increase', target: 0.99 }],
    ['Ouvrir 50 magasins malgré les retards.', { direction: 'increase', target: 50 }],
  ]);
});

describe('(D1, decision 3) financial returns are higher-is-better; returned goods named so are a decrease', () => {
  readsAs([
    ['Achieve annual returns of 12% for our investors.', { direction: 'increase', target: 0.12 }],
    ['Reach 12% annual returns.', { direction: 'increase', target: 0.12 }],
    ['Deliver 8% total shareholder returns.', { direction: 'increase', target: 0.08 }],
    ['Improve shareholder returns.', { direction: 'increase' }],
    ['Reach a return rate of 3%.', { direction: 'decrease', target: 0.03 }],
    ['Reach 3% customer returns.', { direction: 'decrease', target: 0.03 }],
    ['Atteindre un taux de retour de 2 %.', { direction: 'decrease', target: 0.02 }],
    ['Atteindre 2 % de retours produits.', { direction: 'decrease', target: 0.02 }],
  ]);
});

describe('(N1d, decision 5) a held word that is no held object of the list, or under a flow verb: the first goal (F)', () => {
  readsAs([
    ['Generate $2M of free cash flow in Q1 2027 and $3M in Q2 2027.', { target: 2000000, deadline: '2027-03-31' }],
    ['Générer 2 M€ de flux de trésorerie au T1 2027 et 3 M€ au T2 2027.', { target: 2000000, deadline: '2027-03-31' }],
    ['Collect $500K in cash in January 2027 and $700K in February 2027.', { target: 500000, deadline: '2027-01-31' }],
    ['Sell 2,000 units from stock in Q1 2027 and 3,000 in Q2 2027.', { target: 2000, deadline: '2027-03-31' }],
    ['Écouler 2 000 unités de stock au T1 2027 et 3 000 au T2 2027.', { target: 2000, deadline: '2027-03-31' }],
    ['Post $2M in stock sales in Q1 2027 and $3M in Q2 2027.', { target: 2000000, deadline: '2027-03-31' }],
    ['Sell $2M of assets in Q1 2027 and $3M in Q2 2027.', { target: 2000000, deadline: '2027-03-31' }],
    ['Close $2M of pipeline this quarter and $3M next quarter.', { target: 2000000, deadline: '2026-12-31' }],
    ['Acquire 500 active customers in Q1 2027 and 800 in Q2 2027.', { target: 500, deadline: '2027-03-31' }],
    ['Vendre 200 articles en solde au T1 2027 et 300 au T2 2027.', { target: 200, deadline: '2027-03-31' }],
    ['Nos dépôts doivent livrer 2 000 colis au T1 2027 et 3 000 au T2 2027.', { target: 2000, deadline: '2027-03-31' }],
    ['Le commercial le plus actif doit signer 20 contrats au T1 2027 et 30 au T2 2027.', { target: 20, deadline: '2027-03-31' }],
    ['Produce 20 marketing assets in Q1 2027 and 30 in Q2 2027.', { target: 20, deadline: '2027-03-31' }],
    ['Our cash position is tight. Sign 20 deals in Q1 2027 and 30 in Q2 2027.', { target: 20, deadline: '2027-03-31' }],
  ]);
});

describe('(N1d) near misses: the held noun as the list object under a verb of holding or reaching keeps the last level', () => {
  readsAs([
    ['Hold $2M in cash this quarter and $3M next quarter.', { target: 3000000, deadline: '2027-03-31' }],
    ['Disposer de 2 M€ de trésorerie au T1 2027 et 3 M€ au T2 2027.', { target: 3000000, deadline: '2027-06-30' }],
    ['Maintain inventory of 2,000 units in Q1 2027 and 1,500 in Q2 2027.', { target: 1500, deadline: '2027-06-30' }],
    ['Atteindre 500 clients actifs au T1 2027 et 800 au T2 2027.', { target: 800, deadline: '2027-06-30' }],
  ]);
});

describe('(N1) a restated noun excuses only a KPI that ends where it ends', () => {
  readsAs([
    ['Close 50 sales by 2027 and 80 sales reps by 2028.', { target: 50, deadline: '2027-12-31' }],
    ['Reach 200 customers by 2027 and 300 customers by 2028.', { target: 300, deadline: '2028-12-31' }],
  ]);
});
