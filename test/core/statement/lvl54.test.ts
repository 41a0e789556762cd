/**
 * lvl54: level or change, the largest first-run target class (L in the fixtures README's "Target misses at first run,
 * tgt53"), decided by the figure's structure (src/core/statement/level-change.ts; README "Level vs change (lvl54)").
 * N: a change noun governing a percentage through its complement is the relative change, whatever the verb, on a KPI that is
 * no percentage, and a noun of decrease says which way. T: a mark (« la barre des », « le seuil des », "the … mark") names a
 * level, never a move. A: the count an action noun produces (« l'embauche de », "the hiring of") is the target, as its verb's.
 * Sentences written for these shapes, FR and EN (not fixture lines); the class rows read wrong on main (de8d4395), the near
 * misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe('N: a change noun governs the percentage after its complement', () => {
  readsAs([
    ["La Poste table sur une régression des volumes de colis de 4 % en 2027.", { direction: 'decrease', target: null, change: { value: 0.04, kind: 'relative' } }],
    ["Les dirigeants anticipent un bond d'au moins 12 % de leur activité d'ici un an.", { direction: 'increase', target: null, change: { value: 0.12, kind: 'relative' } }],
    ["Les négociants craignent une perte d'au moins 15 % de leur chiffre d'affaires en 2027.", { direction: 'decrease', target: null, change: { value: 0.15, kind: 'relative' } }],
    ["Nous anticipons une chute de 8 % des volumes en 2027.", { direction: 'decrease', target: null, change: { value: 0.08, kind: 'relative' } }],
    ["La baisse des ventes de carburant est évaluée à 6 % par an.", { direction: 'decrease', target: null, change: { value: 0.06, kind: 'relative' } }],
    ["La fédération s'attend à une décrue qu'elle évalue entre 10 et 14 % cette année.", { direction: 'decrease', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['We expect a decline of 5% in parcel volumes in 2027.', { direction: 'decrease', target: null, change: { value: 0.05, kind: 'relative' } }],
  ]);
});

describe('N near misses: a level after "to" / « à » / « vers », a change already read, the sales-growth rate, a rate named', () => {
  readsAs([
    ['Une hausse du taux de conversion à 5 % d’ici juin 2027.', { target: 0.05, change: null }],
    ['A decrease in the cost-to-income ratio to below 45% by 2027.', { target: 0.45, change: null }],
    ['Kering vise une marge en progression régulière vers 30 % à moyen terme.', { target: 0.3, change: null }],
    ['The EBITA margin should gradually rise to at least 10%.', { target: 0.1, change: null }],
    ['Nous visons une baisse de 5 % du churn en 2027.', { target: null, change: { value: 0.05, kind: 'relative' } }],
    ['Management expects a drop of 7% in shipments next year.', { direction: 'decrease', target: null, change: { value: 0.07, kind: 'relative' } }],
    ['We expect a 5% decline in volumes in 2027.', { direction: 'decrease', target: null, change: { value: 0.05, kind: 'relative' } }],
    ['Le groupe table sur une croissance de 5 % en 2027.', { kpi: 'sales_growth', target: 0.05, change: null }],
    ["Si cette progression se maintient nous allons vers un taux de 50 % des clients couverts en 2040.", { target: 0.5, change: null }],
  ]);
});

describe('T: a mark is a level, never a move', () => {
  readsAs([
    ["L'objectif étant de ramener le churn en dessous du seuil des 3 %.", { direction: 'decrease', target: 0.03, change: null }],
    ["L'objectif étant de les ramener en dessous du seuil des 2 % d'ici 2027.", { target: 0.02, change: null }],
    ["Plus de 3 000 flacons ont été exportés en 2025 ; le défi en 2027 est de franchir la barre de 2 000 tonnes de miel.", { target: 2000, change: null }],
    ["Elle permettra à l'acquéreur de dépasser dès l'année 2027, la barre de quatre cent millions de DH de revenus.", { target: 400_000_000, change: null }],
  ]);
});

describe('T near misses: a mark of things added counts the additions', () => {
  readsAs([
    ["L'objectif affiché est d'atteindre la barre des 500 abonnements supplémentaires.", { target: null, change: { value: 500, kind: 'absolute' } }],
    ['Franchir la barre des 1 000 ventes en plus en 2027.', { target: null, change: { value: 1000, kind: 'absolute' } }],
    ['Reach the 300 additional customers milestone by 2027.', { target: null, change: { value: 300, kind: 'absolute' } }],
  ]);
});

/**
 * mend54b: near misses of the review of lvl54 (findings L1–L6), each read as main read it before lvl54. L1: an action's count
 * followed by a purpose with its own figure is a means, the later figure the goal. L2: a loss rate's or threshold's
 * percentage is its level. L3: the span from a change noun stops at a coordination, a goal verb or a bound. L4: things added
 * (« en sus », « en renfort », "on top of") are a change. L5: English "cap of" is a limit, not a mark. L6: a bound between
 * the change noun and the figure leaves the figure the level, as its peer « à moins de ».
 */
describe('mend54b near misses: a means, a level noun, another clause, things added, a cap, a bound', () => {
  readsAs([
    ['We plan the hiring of 30 reps to reach $5M in revenue by 2027.', { target: 5_000_000 }],
    ['The hiring of 15 reps should bring us to 2,000 customers by 2027.', { target: 2000 }],
    ["Le recrutement de 15 vendeurs doit permettre d'atteindre 2 000 clients en 2027.", { target: 2000 }],
    ['The recruitment of 20 reps should lift revenue by $1M in 2027.', { target: null }],
    ["Nous prévoyons l'embauche de 30 personnes en 2027 pour atteindre 5 M€ de chiffre d'affaires.", { target: 5_000_000 }],
    ['Nous visons un taux de perte de 2 % sur les colis en 2027.', { target: 0.02, change: null }],
    ['Le seuil de perte de 3 % ne doit pas être dépassé en 2027.', { target: 0.03, change: null }],
    ['Objectif 2027 : un taux de casse et de perte de 2 % maximum.', { target: 0.02, change: null }],
    ['We target a level of loss of 1% on stock in 2027.', { target: 0.01, change: null }],
    ['Nous visons une hausse des ventes et plus de 40 % de clients fidélisés en 2027.', { target: 0.4, change: null }],
    ["L'hôtel vise malgré la chute de la fréquentation plus de 80 % de taux d'occupation en 2027.", { target: 0.8, change: null }],
    ["Après la baisse des ventes de l'an dernier nous visons plus de 30 % de clients fidèles en 2027.", { target: 0.3, change: null }],
    ['Despite the drop in visits we aim for more than 80% occupancy in 2027.', { target: 0.8, change: null }],
    ["Nous prévoyons l'embauche de 30 personnes en plus d'ici 2027.", { target: null, change: { value: 30, kind: 'absolute' } }],
    ["Nous prévoyons l'embauche de 30 nouvelles recrues en sus des effectifs actuels d'ici 2027.", { target: null, change: { value: 30, kind: 'absolute' } }],
    ["Nous prévoyons l'embauche de 30 commerciaux en renfort d'ici 2027.", { target: null, change: { value: 30, kind: 'absolute' } }],
    ['We plan the hiring of 30 reps on top of our current team by 2027.', { target: null, change: { value: 30, kind: 'absolute' } }],
    ['Increase the discount cap of 10% by 5 points in 2027.', { target: null }],
    ['Contenir la baisse des ventes en dessous de 5 % en 2027.', { target: 0.05, change: null }],
    ['Nous ciblons une perte de moins de 3 % de nos clients en 2027.', { target: 0.03, change: null }],
    ['We aim for a loss of less than 3% of our customers in 2027.', { target: 0.03, change: null }],
  ]);
});

describe('mend54b: the rules still read their class', () => {
  readsAs([
    ["Le groupe annonce l'embauche de 2 000 enseignants et l'ouverture de 15 agences en 2027.", { target: 2000, change: null }],
    ['Nous visons une hausse de plus de 10 % du chiffre d’affaires en 2027.', { target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Cross the 1,000 mark or higher in customers by 2027.', { target: 1000, change: null }],
    ['Franchir le cap des 10 000 clients en 2027.', { target: 10_000, change: null }],
  ]);
});

describe("A: the count an action noun produces is the target, as its verb's", () => {
  readsAs([
    ["L'embauche d'une trentaine de personnes est prévue dès 2027.", { target: 30, change: null }],
    ["La banque vise l'acquisition de 50 000 nouveaux clients par an.", { kpi: 'deals_closed', target: 50_000, change: null }],
    ["Le groupe annonce l'embauche de 2 000 enseignants et l'ouverture de 15 agences en 2027.", { target: 2000, change: null }],
    ['We plan the hiring of 30 reps in 2027.', { target: 30, change: null }],
  ]);
});

describe('A near misses: places added, a verb, an opening already read as the target', () => {
  readsAs([
    ["L'ouverture de 6 places supplémentaires permettra d'accueillir plus de patients.", { target: null, change: { value: 6, kind: 'absolute' } }],
    ['Embaucher 30 personnes en 2027.', { target: 30, change: null }],
    ['The chain announced the opening of 12 stores in 2027.', { target: 12, change: null }],
    ['Add 300 customers to our base by 2027.', { target: null, change: { value: 300, kind: 'absolute' } }],
  ]);
});
