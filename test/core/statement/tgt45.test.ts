/**
 * tgt45: the target field's misses on the opened sets, by the sentence's structure (docs/MEASUREMENTS.md, *tgt45*). Four
 * rules on the choice of the target among the sentence's figures (goal.ts): (1) a former target's figure — after "previous
 * target of", "the prior target of", "the previous range of", or followed by « communiqué auparavant » / « comme
 * précédemment » after a contrast (vs., contre, et non plus) — is no number of the goal; (2) a verb of planning ("plans to",
 * "projects to", « prévoit ») introduces the aimed-at level after a level stated first, which becomes the baseline; (3) a
 * figure restating another ("or at about", « soit un peu plus de », « soit une croissance de », an amount in another
 * currency in parentheses) is no number of the goal; (4) what an added amount comes to (« le chiffre d'affaires
 * supplémentaire pourrait atteindre », "additions … would amount to") is the change, not a level. Each class case read
 * wrong on main's code (172db414); the near misses read the same on main and here.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2025-01-15 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2025-01-15', rows);

describe("a former target's figure is no number of the goal", () => {
  readsAs([
    ['We aim to reach 500 customers by 2027, up from our previous target of 400.', { target: 500, baseline: null }],
    ['We now aim for 25 million homes by 2026, up from the prior target of 20 million.', { target: 25000000, baseline: null }],
    ['The company now expects 81,300 homes, compared to the previous range of 83,000 homes to 84,500 homes.', { target: 81300 }],
    ['La croissance est attendue à environ 8 %, contre un objectif de 6 % communiqué auparavant.', { target: 0.08, unit: 'percent' }],
    ["Le fabricant, qui développe des cœurs artificiels, attend un chiffre d'affaires de 8 millions d'euros, et non plus aux alentours de 14 millions comme précédemment.", { target: 8000000, change: null }],
  ]);
});

describe('near misses: an initial target still aimed at, a target confirmed or announced, a compared level', () => {
  readsAs([
    ["L'entreprise prévoit d'avoir atteint son objectif initial de 8000 points de charge fin 2026.", { target: 8000 }],
    ["Nous confirmons l'objectif de 6 % communiqué auparavant pour 2026.", { target: 0.06 }],
    ['Atteindre 40 clients comme précédemment annoncé.', { target: 40 }],
    ['Nous visons 40 clients, comme précédemment.', { target: 40 }],
    ['Reach 500 customers by 2027, up from 400 today.', { baseline: 400, target: 500 }],
  ]);
});

describe('a verb of planning introduces the aimed-at level after a level stated first', () => {
  readsAs([
    ['We opened 35 stores last year with plans to add 55 new stores this year.', { baseline: 35, target: 55, change: null }],
    ['The chain welcomed more than 1,000 new team members in March and projects to hire more than 9,000 employees in 2026.', { baseline: 1000, target: 9000 }],
    ["L'enseigne compte 25 boutiques et prévoit 40 boutiques fin 2026.", { baseline: 25, target: 40 }],
    ['O’Sushi (25 boutiques, dont 19 en franchise) prévoit 5 ouvertures en 2026.', { target: 5 }],
  ]);
});

describe('near misses: an intent before the first level, a single level planned, a level ten times over', () => {
  readsAs([
    ['We will open 35 stores and plan to add 55 more later.', { target: 35, change: { value: 55, kind: 'absolute' } }],
    ['Nous prévoyons 40 boutiques fin 2026.', { target: 40, baseline: null }],
    ['We have 25 stores and plan to reach 300 stores by 2030.', { baseline: 25, target: 300 }],
  ]);
});

describe('a figure restating another is no number of the goal', () => {
  readsAs([
    ['Target extra sales of A$4bn (US$3.3bn) over the next five years.', { change: { value: 4000000000, kind: 'absolute' }, target: null }],
    ['Increase unit sales by 4% in 2026, or at about 129,000 units.', { change: { value: 0.04, kind: 'relative' }, target: null }],
    ['Gagner 3 millions de clients supplémentaires (soit un peu plus de 4 millions au total) en 2026.', { change: { value: 3000000, kind: 'absolute' }, target: null }],
    ["Les ventes devraient atteindre 45 millions d'euros, soit une croissance de 5 %.", { target: 45000000, unit: 'currency' }],
  ]);
});

describe('near misses: a split, an alternative goal, a bound, an amount per period in the same currency', () => {
  readsAs([
    ['Sell $40,000 this month or $10,000 a week.', { target: 40000 }],
    ["Réaliser 2 millions d'euros de ventes, soit 500 000 euros par trimestre.", { target: 2000000 }],
    ['Increase sales by $5,000 a month, or reach $50,000 by June.', { change: { value: 5000, kind: 'absolute' }, target: null }],
    ['Reach $2M in revenue ($500K per quarter).', { target: 2000000 }],
  ]);
});

describe('what an added amount comes to is the change, not a level', () => {
  readsAs([
    ["Grâce à cela, le chiffre d'affaires supplémentaire pourrait atteindre 35,7 millions d'euros.", { change: { value: 35700000, kind: 'absolute' }, target: null }],
    ['Netflix estimated its new customer additions for July through September would amount to 1 million.', { change: { value: 1000000, kind: 'absolute' }, target: null }],
    ['Incremental revenue should reach $2 million by 2027.', { change: { value: 2000000, kind: 'absolute' }, target: null, direction: 'increase' }],
  ]);
});

describe('near misses: a level reached, things added as a means before a purpose or a comma', () => {
  readsAs([
    ['Revenue should reach $2 million by 2027.', { target: 2000000, change: null }],
    ["Le chiffre d'affaires pourrait atteindre 35,7 millions d'euros en 2027.", { target: 35700000, change: null }],
    ['Hire 3 additional reps to reach $2 million in revenue by 2027.', { target: 2000000 }],
    ["Avec 5 commerciaux supplémentaires, le chiffre d'affaires devrait atteindre 3 millions d'euros.", { target: 3000000 }],
  ]);
});
