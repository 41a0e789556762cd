/**
 * tgt53: the two target classes that recurred most at first run over real36–real49 and that a structural rule reads
 * (fixtures README, "Target misses at first run, tgt53"). F: a later item joined to the goal's first figure is the second
 * goal's, never the target (the two-goal rule by structure). P: a level dated before today is no first goal, so the level a
 * forecast or an aim states after it is the target. Sentences written for these shapes, FR and EN; the class rows read
 * wrong on main (6e55f210), the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe("F: the first goal's figure, not a later item's", () => {
  readsAs([
    ['We expect 2027 sales of $4.5 million and profit between $300,000 and $350,000.', { kpi: 'revenue', target: 4_500_000, unit: 'currency' }],
    ['Management expects revenue of $1.2 billion-$1.3 billion (4%-6% growth) and adjusted EPS of $2.10-$2.30 in 2027.', { kpi: 'revenue', target: 1_200_000_000, unit: 'currency' }],
    ["L'atelier aura une capacité de 8 000 tonnes de blé par an et devrait également produire 1 500 tonnes de farine.", { target: 8000 }],
    ['The cooperative will process 9,000 tonnes of cocoa a year and should also produce 2,000 tonnes of butter.', { target: 9000 }],
    ["Le groupe vise en 2027 une croissance d'environ 5 % de son chiffre d'affaires et de 8 % à 10 % de son Ebitda.", { target: 0.05, baseline: null }],
  ]);
});

describe('F near misses: one goal, a hypothesis, a need, a subject, a year, a parenthesis, an ambition after the goal', () => {
  readsAs([
    ['Nous visons 40 000 abonnés en 2027, ainsi que 12 nouvelles agences.', { target: 40_000 }],
    ["Nos objectifs : recruter 25 conseillers, équiper 40 clients et atteindre 3 millions d'euros de chiffre d'affaires d'ici 2027.", { target: 25 }],
    ['Reach 8% by 2027, with a long-term ambition of 10%.', { target: 0.08 }],
    ['Assuming we serve more than 300 clients a year, each adviser should sign between 40 and 50 contracts.', { target: 40 }],
    ['So to get 6% overall, you will need services to be 30% or more of the business.', { target: 0.3 }],
    // Ruling N1 (2026-12-06, stmt54): one measure's levels each with its own year, the last one is the goal (it read 0.4).
    ["L'objectif des deux associés est de grimper à 40 % en 2027 et 55 % en 2029.", { target: 0.55 }],
    ['Since we ended 2025 at $3 million, we are on track to get to the $6 million mark by 2027.', { baseline: 3_000_000, target: 6_000_000 }],
    ["En 2027, on devrait dépasser le record de 2024 (8 millions), pour arriver à environ 8,5 millions de visiteurs.", { target: 8_500_000 }],
  ]);
});

describe('P: a level dated before today gives way to the level forecast or aimed at after it', () => {
  readsAs([
    ['The market produced $80 billion in 2024 and is expected to generate $95 billion by 2029.', { baseline: 80_000_000_000, target: 95_000_000_000, deadline: '2029-12-31' }],
    ['On dépasse déjà les 40 000 abonnés en 2025 et nous tablons sur 50 000 pour 2027.', { baseline: 40_000, target: 50_000, deadline: '2027-12-31' }],
  ]);
});

describe('P near misses: two goals each with its deadline ahead, a level in the perfect, a level held', () => {
  readsAs([
    // Ruling N1 (stmt54): the list's last level and its year (it read 10 M€ in 2027).
    ["Un objectif de 10 M€ en 2027 et de plus de 25 M€ à l'horizon 2029.", { target: 25_000_000, deadline: '2029-12-31' }],
    // (mend53c: the perfect is an observed level too; real33's « Nocibé a inauguré 21 points de vente en 2012 et projette 15
    // ouvertures cette année » is labelled target 15.)
    ['Le réseau a inauguré 21 agences en 2025 et projette 15 ouvertures en 2027.', { target: 15, deadline: '2027-12-31' }],
    ['We opened 12 stores in 2025 and aim for 20 in 2028.', { baseline: 12, target: 20, deadline: '2028-12-31' }],
    ["Avec un chiffre d'affaires de 300 millions d'euros en 2025, la PME pense atteindre 400 millions en 2027.", { target: 400_000_000 }],
  ]);
});

/**
 * mend53c: the reviewer's overreaches of tgt53's two rules, each narrowed. F's first figure must be the goal measure's level
 * that a goal, aim, guidance or forecast cue governs in its own clause, never a means (spent, invested, budgeted, time
 * spent); a later clause's own aim (plan, intend, hope, objective, targeting) keeps its figure; the first goal's own
 * baseline right after its figure stays. P: a level of today's year a past verb states, or before a goal word with a later
 * deadline, and a level in the perfect with a past date, are observed levels.
 */
describe('mend53c F: a means is no first goal, nor a figure a noun far before governs', () => {
  readsAs([
    ['We will spend $100,000 on marketing and reach $1 million in sales by 2027.', { target: 1_000_000 }],
    ['We will invest $50k in training, and increase sales to $800k by 2027.', { target: 800_000 }],
    ['We expect to spend $100k on ads, and to reach $1M in revenue by 2027.', { target: 1_000_000 }],
    ['Nous prévoyons un budget de 100 k€, et de porter le CA à 1 M€ en 2027.', { target: 1_000_000 }],
    ['Nous allons consacrer 50 k€ à la formation, et porter le CA à 800 k€ en 2027.', { target: 800_000 }],
    ['Project Alpha: spend $100k on ads, and reach $1M in revenue by 2027.', { target: 1_000_000 }],
    ['Using the sales playbook guide, spend 10 hours a week prospecting, and book 20 meetings a month by March 2027.', { target: 20 }],
  ]);
});

describe("mend53c F: a later clause's own aim keeps its figure", () => {
  readsAs([
    ['Revenue will be $4M, and we plan to reach $5M by 2027.', { target: 5_000_000 }],
    ['Revenue will be $4M, and we intend to reach $5M by 2027.', { target: 5_000_000 }],
    ['Revenue will be $4M, and we hope to reach $5M by 2027.', { target: 5_000_000 }],
    ['Expected revenue is $4M, and the objective is $5M by 2027.', { target: 5_000_000 }],
    ['Revenue guidance is $4M, and we are targeting $5M by 2027.', { target: 5_000_000 }],
    ['We will have 800 customers, and plan to reach 1,000 by June 2027.', { target: 1000, deadline: '2027-06-30' }],
    ["Le CA sera de 4 M€, et nous comptons atteindre 5 M€ d'ici 2027.", { target: 5_000_000 }],
  ]);
});

describe("mend53c F: the first goal's own baseline right after its figure stays", () => {
  readsAs([
    ['Reach 1,000 customers (from 800 today), and an NPS of 50 by 2027.', { baseline: 800, target: 1000 }],
    ["Atteindre 1 000 clients, contre 800 aujourd'hui, et un NPS de 50 d'ici 2027.", { baseline: 800, target: 1000 }],
  ]);
});

describe('mend53c F near misses: the cue governs the first figure, a note between, another measure aimed at, its own year', () => {
  readsAs([
    ["Pour 2027, le groupe prévoit un Ebitda (*) de 160 M€, en hausse de 20 %, et vise un volume d'affaires et un chiffre d'affaires respectivement de 4,5 milliards et 2,3 milliards.", { target: 160_000_000 }],
    ['We expect 2027 sales of $4.5 million and profit between $300,000 and $350,000.', { target: 4_500_000 }],
    ['Nous prévoyons de porter le CA à 2 M€, et une marge de 10 % en 2027.', { target: 2_000_000 }],
  ]);
});

describe("mend53c P: a level of today's year stated as reached, or before a later goal, is the current level", () => {
  readsAs([
    ['Revenue of $1M in 2026 and a goal of $2M by 2027.', { baseline: 1_000_000, target: 2_000_000, deadline: '2027-12-31' }],
    ['We reached $1M in revenue in 2026 and expect $1.5M in 2027.', { baseline: 1_000_000, target: 1_500_000, deadline: '2027-12-31' }],
    ['Le CA a atteint 2 M€ en 2026 et nous visons 3 M€ en 2027.', { baseline: 2_000_000, target: 3_000_000, deadline: '2027-12-31' }],
  ]);
});

describe('mend53c P: a level in the perfect with a past date is observed, as in the imperfect', () => {
  readsAs([
    ['Le marché a pesé 80 milliards de dollars en 2024 et devrait atteindre 95 milliards en 2029.', { baseline: 80_000_000_000, target: 95_000_000_000, deadline: '2029-12-31' }],
    ["L'entreprise a généré 2 M€ de CA en 2025 et devrait générer 3 M€ en 2027.", { baseline: 2_000_000, target: 3_000_000, deadline: '2027-12-31' }],
    ['The company has sold 200 units in 2025 and expects 300 in 2027.', { baseline: 200, target: 300, deadline: '2027-12-31' }],
  ]);
});

describe("mend53c P near misses: a goal in today's year, two goals ahead", () => {
  readsAs([
    // Ruling N1 (stmt54): a level aimed at in today's year is a milestone of the list, the last level the goal (they read
    // the first level and its year).
    ["Un objectif de 10 M€ en 2026 et de plus de 25 M€ à l'horizon 2029.", { target: 25_000_000, deadline: '2029-12-31' }],
    ['We aim for $1M in 2026 and $2M by 2027.', { target: 2_000_000, deadline: '2027-12-31' }],
  ]);
});
