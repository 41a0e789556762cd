/**
 * left47: the statement readings the fifth session left (its closing notes: the fixtures README's tgt46/mend46a paragraph,
 * stmt44's ruling, left46's places opened), each as a general rule, FR and EN. (a) A rate's range after a verb of change
 * with no "by" / "of" ("Increase the satisfaction rate between 80% and 90%") read a +80 % change: it is the level aimed
 * at, its lower bound. (b) « Atteindre 10 à 12 magasins, soit une hausse de 20 à 30 % » read no change: a change noun's
 * restated range after a level of another kind is that level's change, its lower bound. (c) A firm growing by a
 * percentage behind an adverb or another aim verb ("We also want to grow by 10%", « La société ambitionne de croître de
 * 10 % ») named no KPI: `sales_growth`, the percentage its level (stmt44's ruling). (d) Held places, then new ones of the
 * same noun opened ("We have 25 stores and plan to open 10 new stores", « 10 magasins supplémentaires ») read a target of
 * 10 (or of 25): a change of the held ones, baseline 25, +10. (e) Sales moved by a percentage to a count of goods ("Increase
 * sales by 10% to 4,000 bikes", « … de 10 % à 4 000 vélos ») read revenue (the French a move from 10 % to 4,000 €): won
 * deals, +10 %, target 4,000. (f) real27's « Exploitant à ce jour 179 salles …, il entend en ouvrir 121 de plus » read a
 * target of 179: the baseline, as the README labels it. Every class case read wrong on main (7dbc862b); the near misses
 * read the same on both.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (the shared wording table's checks: numbers to six decimals). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(a) a rate moved "between X and Y", no "by": the level aimed at, its lower bound', () => {
  readsAs([
    ['Increase the satisfaction rate between 80% and 90%', { kpi: 'csat', target: 0.8, change: null, direction: 'increase' }],
    ['Increase the satisfaction rate between 80% and 90% by 2027', { target: 0.8, change: null, deadline: '2027-12-31' }],
    ['Increase our market share between 10% and 12%', { kpi: 'market_share', target: 0.1, change: null }],
    ['Decrease churn rate between 5% and 8%', { kpi: 'churn', target: 0.05, change: null, direction: 'decrease' }],
  ]);
});

describe('(a) near misses: "by between", "of between", an amount’s growth, French and « entre » keep their readings', () => {
  readsAs([
    ['Increase revenue by between 5% and 10%', { kpi: 'revenue', target: null, change: { value: 0.05, kind: 'relative' } }],
    ['Increase revenue between 5% and 10%', { target: null, change: { value: 0.05, kind: 'relative' } }],
    ['Increase the conversion rate by between 2% and 3%', { target: null, change: { value: 0.02, kind: 'relative' } }],
    ['An increase in the close rate of between 2% and 3%', { target: null, change: { value: 0.02, kind: 'relative' } }],
    ['Raise our close rate between 25% and 30%', { kpi: 'close_rate', target: 0.25, change: null }],
    ['Porter le taux de satisfaction entre 80 et 90 %', { kpi: 'csat', target: 0.8, change: null }],
    ['Augmenter le taux de satisfaction entre 80 et 90 %', { target: 0.8, change: null }],
    ['accroître nos ventes entre 5 et 7 % par an', { target: null, change: { value: 0.05, kind: 'relative' } }],
  ]);
});

describe('(b) a change restated as a range after a level of another kind: that level’s change, its lower bound', () => {
  readsAs([
    ["Atteindre 10 à 12 magasins d'ici 2028, soit une hausse de 20 à 30 %", { target: 10, change: { value: 0.2, kind: 'relative' }, deadline: '2028-12-31' }],
    ['Atteindre 10 à 12 magasins en 2027, soit une hausse de 20 à 30 %', { target: 10, change: { value: 0.2, kind: 'relative' } }],
    ['Atteindre 10 à 12 magasins, soit une progression de 20 à 30 %', { target: 10, change: { value: 0.2, kind: 'relative' } }],
  ]);
});

describe('(b) near misses: a single figure, both ends signed, English, a growth, a past comparison, "up" keep their readings', () => {
  readsAs([
    ['Atteindre 1 500 clients, soit une hausse de 20 %', { target: 1500, change: { value: 0.2, kind: 'relative' } }],
    ['Atteindre 1 500 clients, soit une hausse de 20 à 30 %', { target: 1500, change: { value: 0.2, kind: 'relative' } }],
    ['Atteindre 10 à 12 magasins, soit une hausse de 20 % à 30 %', { target: 10, change: { value: 0.2, kind: 'relative' } }],
    ['Reach 10 to 12 stores by 2027, i.e. an increase of 20–30%', { target: 10, change: { value: 0.2, kind: 'relative' } }],
    ['Reach 10 to 12 stores by 2027, a 20% to 30% increase', { target: 10, change: { value: 0.2, kind: 'relative' } }],
    // (README, real16: "$4.5 to $4.6 billion, up 20 to 22 percent from the 2016 results" is the target only.)
    ['Reach 10 to 12 stores by 2027, up 20 to 30%', { target: 10, change: null }],
    ['Atteindre 10 à 12 magasins, soit une hausse de 20 à 30 % par rapport à 2026', { target: 10, change: null }],
  ]);
});

describe('(c) a firm growing by a percentage behind an adverb or an aim verb: sales growth at that level', () => {
  readsAs([
    ['We also want to grow by 10%', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['La société ambitionne de croître de 10 %', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['La société entend croître de 10 %', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['The company intends to grow by 10% in 2027', { kpi: 'sales_growth', target: 0.1 }],
    ['Nous voulons aussi croître de 10 %', { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(c) near misses: no percentage, a measure named, a team, a debt, a multiple keep their readings', () => {
  readsAs([
    ['We also want to grow', { kpi: null, target: null, change: null }],
    ['La société ambitionne de croître', { kpi: null, target: null }],
    ['La société entend croître', { kpi: null }],
    ['We also want to grow revenue by 10%', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ['Our team also wants to grow by 20%', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
    ["The company's debt will also grow by 4%", { kpi: null }],
    ['La dette du groupe entend croître de 3 %', { kpi: null }],
    ['We want to grow by 10%', { kpi: 'sales_growth', target: 0.1 }],
    ['Le groupe compte croître de 10 % en 2027', { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(d) held places, then new ones of the same noun opened: a change of the held ones', () => {
  const plus10 = { baseline: 25, target: null, change: { value: 10, kind: 'absolute' as const }, direction: 'increase' as const };
  readsAs([
    ['We have 25 stores and plan to open 10 new stores', plus10],
    ['We have 25 stores and want to open 10 new stores by 2027', { ...plus10, deadline: '2027-12-31' }],
    ["Nous avons 25 magasins et prévoyons d'ouvrir 10 nouveaux magasins", plus10],
    ["Nous avons 25 magasins et prévoyons d'ouvrir 10 magasins supplémentaires", plus10],
    ['Nous avons 25 magasins et voulons ouvrir 10 nouveaux magasins', plus10],
    ["Nous avons 25 magasins et voulons en ouvrir 10 nouveaux d'ici 2028", plus10],
    ['Il a 25 magasins et entend en ouvrir 10 nouveaux', plus10],
    ['Exploitant à ce jour 179 salles de sport en Belgique, il entend en ouvrir 121 de plus dans les cinq ans.', { baseline: 179, target: null, change: { value: 121, kind: 'absolute' } }],
    ['Nous exploitons 40 magasins et voulons en ouvrir 10 de plus', { baseline: 40, target: null, change: { value: 10, kind: 'absolute' } }],
  ]);
});

describe('(d) near misses: places opened with no "new", another noun held, no stock held, a level aimed at keep their readings', () => {
  readsAs([
    ['We have 25 stores and plan to open 10 stores in 2026', { baseline: null, target: 10 }],
    ["Nous avons 25 magasins et prévoyons d'ouvrir 10 magasins en 2027", { baseline: null, target: 10 }],
    ['We have 3 reps and plan to open 10 new stores', { baseline: null, target: 10 }],
    ['Open 10 new stores in 2027', { baseline: null, target: 10 }],
    ['Ouvrir 10 nouveaux magasins en 2027', { baseline: null, target: 10 }],
    ['We have 25 stores and plan to open 10 additional stores', { baseline: 25, change: { value: 10, kind: 'absolute' } }],
    ['We have 25 stores and plan to have 35 stores', { baseline: 25, target: 35 }],
    ['We have 25 stores and plan to reach 35 stores by opening 10 new ones', { baseline: 25, target: 35 }],
    ['Exploitant 179 salles, il vise 300 salles en 2030', { baseline: 179, target: 300 }],
    ['Exploiter 40 magasins d’ici 2028', { baseline: null, target: 40 }],
  ]);
});

describe('(e) sales moved by a percentage to a count of goods: won deals, the change then the target', () => {
  const bikes = { kpi: 'deals_closed', baseline: null, target: 4000, change: { value: 0.1, kind: 'relative' as const }, unit: 'percent' as const };
  readsAs([
    ['Increase sales by 10% to 4,000 bikes', bikes],
    ['Grow sales by 10% to 4,000 bikes by 2027', bikes],
    ['Increase sales by 10% to 4,000 units', bikes],
    ['Augmenter les ventes de 10 % à 4 000 vélos', bikes],
    ['Augmenter les ventes de 10 % à 4 000 unités', bikes],
    ['Augmenter le chiffre d’affaires de 10 % à 2 M€', { kpi: 'revenue', baseline: null, target: 2000000, change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(e) near misses: money, a fleet beside the sales, a move between percentages, counts with no percentage keep their readings', () => {
  readsAs([
    ['Increase sales by 10% to $4,000', { kpi: 'revenue', target: 4000, change: { value: 0.1, kind: 'relative' } }],
    ['Increase sales by 10% with a fleet of 50 vehicles', { kpi: 'revenue', target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Augmenter le taux de conversion de 10 % à 12 %', { baseline: 0.1, target: 0.12, change: null }],
    ['Réduire le churn de 45 % à 20 %', { kpi: 'churn', baseline: 0.45, target: 0.2 }],
    ['Sell 4,000 bikes in 2027', { kpi: 'deals_closed', target: 4000, change: null }],
    ['Increase sales to 4,000 bikes by 2027', { kpi: 'deals_closed', target: 4000, change: null }],
  ]);
});
