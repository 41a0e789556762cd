/**
 * kpi63: kinds B and C of kpi61's blind KPI misses (a KPI the label has and none or another read), by structure — one class
 * found on still-missed lines of several opened sets (real49, real52, real54, real58) and written here in other words (FR
 * and EN, none copied from a fixture), with near misses that keep today's reading (docs/MEASUREMENTS.md, kpi63):
 * 1. subscribers counted in tens of thousands (« plus de 40 000 abonnés », "25,000 subscribers") are a paid service's base,
 *    `customers`, as those counted in millions already were — unless the text names an audience's channel (a newsletter's,
 *    a blog's: sign-ups), and new ones counted keep their reading (won, not a base);
 * 2. the feminine « abonnées » is subscribers, as « abonnés » and « abonné·es » are;
 * 3. subscribers named again after such a count are the same base ("which reached two million subscribers …, plans to
 *    double its subscribers"), not a newsletter's sign-ups;
 * 4. two KPIs in one sentence where the goal's is the second: a figure reported in the past ("posted $40 million in
 *    revenue", « a réalisé 12 M€ de chiffre d'affaires ») and then a verb of aiming that takes a percentage of growth
 *    ("targets 12% growth", « vise 10 % de croissance »): the growth is the goal's measure (was revenue).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. subscribers counted in tens of thousands are the base (was signups)', () => {
  readsAs([
    ['Le quotidien régional veut franchir la barre des 45 000 abonnés d’ici 2028.', { kpi: 'customers', direction: 'increase', target: 45_000 }],
    ['D’ici trois ans, plus de 30 000 abonnés devraient être raccordés au réseau.', { kpi: 'customers', target: 30_000 }],
    ['The streaming start-up hopes to reach 35,000 subscribers by the end of 2027.', { kpi: 'customers', direction: 'increase', target: 35_000 }],
    ['The magazine wants 80.000 subscribers by 2028.', { kpi: 'customers', target: 80_000 }],
  ]);
});

describe('1. near misses: an audience’s channel, a small count, new ones counted keep their reading', () => {
  readsAs([
    ['Grow our newsletter to 25,000 subscribers by June 2027.', { kpi: 'signups', target: 25_000 }],
    ['Notre podcast vise 12 000 abonnés d’ici 2027.', { kpi: 'signups', target: 12_000 }],
    ['Faire passer notre newsletter à 20 000 abonnés d’ici juin 2027.', { kpi: 'signups', target: 20_000 }],
    ['Atteindre les 2 000 abonnés d’ici la fin de l’année.', { kpi: 'signups', target: 2_000 }],
    ['We have 4,000 subscribers and want 8,000 by 2027.', { kpi: 'signups', target: 8_000 }],
    ['Nous avons 4 000 abonnés et en voulons 8 000 d’ici 2027.', { kpi: 'signups' }],
    ['Il reste six mois au distributeur pour raccorder 120 000 nouveaux abonnés.', { kpi: 'signups', target: 120_000 }],
    ['The operator expects 3 million subscribers by 2028.', { kpi: 'customers', target: 3_000_000 }],
  ]);
});

describe('2. the feminine « abonnées » is subscribers (was no KPI)', () => {
  readsAs([
    ['Le club vise les 30.000 abonnées la saison prochaine, contre 24.000 aujourd’hui.', { kpi: 'customers', target: 30_000 }],
    ['Atteindre 3 000 abonnées à la newsletter d’ici juin 2027.', { kpi: 'signups', target: 3_000 }],
  ]);
});

describe('3. subscribers named again after the base’s count are the base (was signups)', () => {
  readsAs([
    ['The broadcaster, which passed two million subscribers last spring, plans to double its subscribers by 2029.', { kpi: 'customers', direction: 'increase' }],
    ['L’opérateur, qui compte 1,5 million d’abonnés, veut doubler ses abonnés d’ici 2029.', { kpi: 'customers', direction: 'increase' }],
  ]);
});

describe('3. near misses: a small base or none named before keeps sign-ups', () => {
  readsAs([
    ['We have 1,200 subscribers and want to double our subscribers this year.', { kpi: 'signups', direction: 'increase' }],
    ['Triple our subscribers by 2027.', { kpi: 'signups', direction: 'increase' }],
    ['Doubler nos abonnés d’ici 2027.', { kpi: 'signups', direction: 'increase' }],
  ]);
});

describe('4. a figure reported, then the growth a goal verb takes: the growth is the goal’s (was revenue)', () => {
  readsAs([
    ['The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.12 }],
    ['Revenue rose 25% in 2025, and we want 30% growth in 2026.', { kpi: 'sales_growth', direction: 'increase' }],
    ['Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance en 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.1 }],
    ['Le chiffre d’affaires a progressé de 25 % en 2025. Et nous voulons 30 % de croissance pour 2026.', { kpi: 'sales_growth', direction: 'increase' }],
  ]);
});

describe('4. near misses: a goal on the first KPI, or no growth aimed at, keeps it', () => {
  readsAs([
    ['Grow revenue to $50 million and target 15% growth in 2027.', { kpi: 'revenue', target: 50_000_000 }],
    ['Revenue grew 10% in 2025; we target revenue of $60 million in 2026.', { kpi: 'revenue', target: 60_000_000 }],
    ['Après avoir réalisé 5 M€ de CA en 2025, la PME vise 8 M€ en 2026.', { kpi: 'revenue', target: 8_000_000 }],
    ['Le cabinet vise 15 M€ de chiffre d’affaires en 2026, soit 10 % de croissance.', { kpi: 'revenue', target: 15_000_000 }],
    ['We target $15 million in revenue in 2026, a 10% growth.', { kpi: 'revenue', target: 15_000_000 }],
  ]);
});
