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

/**
 * mend45e: a reviewer's regressions of the four rules above, each read right before tgt45 (984e47c5) and wrong after it;
 * the rules narrowed (goal.ts): (1) a former target is set aside only against the goal's own figure (a contrast before
 * it, or another figure of its kind); (2) the contrast needs the figure or a target's noun right after it, and not «
 * lutter contre »; (3) a later figure added to the first ("30 more") is no aimed-at level; (4) « soit à » restates nothing,
 * and a change noun's percentage after a count is that count's change; (5) the added word must qualify the measure, and a
 * percentage reached is a share. Read as of 2026-12-05.
 */
describe('mend45e', () => {
  const readsAsNow = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

  describe('a former target alone is what the goal beats, keeps or returns to', () => {
    readsAsNow([
      ['Exceed the previous target of 400 customers by 2027.', { target: 400, unit: 'count' }],
      ['Beat our prior target of $2M in revenue by Q4 2027.', { target: 2000000, unit: 'currency' }],
      ["Dépasser l'objectif précédent de 500 clients d'ici fin 2026.", { target: 500, unit: 'count' }],
      ['Maintain the previous target of 95% on-time delivery in 2027.', { target: 0.95, direction: 'maintain' }],
      ['Keep the margin above the previous target of 8% in 2027.', { target: 0.08 }],
      ['Return to the previous range of 5% to 7% operating margin by 2027.', { target: 0.05, direction: 'increase' }],
      ["Revenir dans la fourchette précédente de 5 % à 7 % de marge d'ici 2027.", { baseline: 0.05, target: 0.07, direction: 'increase' }],
    ]);
  });

  describe('near misses: a former target set against the goal’s own figure is still set aside', () => {
    readsAsNow([
      ['We aim to reach 500 customers by 2027, up from our previous target of 400.', { target: 500, baseline: null }],
      ['Nous visons 600 clients en 2027, contre un objectif précédent de 500.', { target: 600, baseline: null }],
      ['The company now expects 81,300 homes, compared to the previous range of 83,000 homes to 84,500 homes.', { target: 81300, baseline: null }],
    ]);
  });

  describe('« contre » or « non plus » with no figure nor target after it sets nothing against the goal', () => {
    readsAsNow([
      ['Contre vents et marées, maintenir une marge de 12 % comme auparavant.', { target: 0.12 }],
      ['Lutter contre le turnover : revenir à un taux de 10 % comme précédemment.', { target: 0.1 }],
      ["Lutter contre l'absentéisme et revenir à un taux de 3 % comme auparavant d'ici 2027.", { target: 0.03 }],
      ['Face à la concurrence, et non plus seuls, viser 40 clients comme auparavant.', { target: 40 }],
    ]);
  });

  describe('near misses: a former figure right after the contrast is still set aside; English as before', () => {
    readsAsNow([
      ['La croissance est attendue à environ 8 %, contre un objectif de 6 % communiqué auparavant.', { target: 0.08 }],
      ["Le fabricant attend un chiffre d'affaires de 8 millions d'euros, et non plus aux alentours de 14 millions comme précédemment.", { target: 8000000, change: null }],
      ['Against all odds, keep a 12% margin as before.', { target: 0.12 }],
    ]);
  });

  describe('a later figure added to the first is its change, not an aimed-at level', () => {
    readsAsNow([
      ['The company has 120 staff and a plan to hire 30 more people in 2026.', { target: 120, change: { value: 30, kind: 'absolute' }, direction: 'increase' }],
      ['Our 25 stores plan to open 10 more stores in 2026.', { target: 25, change: { value: 10, kind: 'absolute' }, direction: 'increase' }],
      ['We have 25 stores and the project to open 10 stores more.', { target: 25, change: { value: 10, kind: 'absolute' }, direction: 'increase' }],
      ["Nos 25 boutiques prévoient d'ouvrir 10 boutiques supplémentaires en 2026.", { target: 25, change: { value: 10, kind: 'absolute' }, direction: 'increase' }],
      ['Nous avons 200 clients et prévoyons 300 clients fin 2026.', { baseline: 200, target: 300 }],
    ]);
  });

  describe('near misses: a planned level, new things planned after a past level', () => {
    readsAsNow([
      ['We opened 35 stores last year with plans to add 55 new stores this year.', { baseline: 35, target: 55, change: null }],
      ["L'enseigne compte 25 boutiques et prévoit 40 boutiques fin 2026.", { baseline: 25, target: 40 }],
      ['Nous prévoyons 40 boutiques fin 2026.', { target: 40, baseline: null }],
    ]);
  });

  describe('« soit à » states the level; a change noun after a count is its change', () => {
    readsAsNow([
      ['Pour nos 3 boutiques, faire en sorte que le panier moyen soit à 45 € fin 2026.', { target: 45, unit: 'currency' }],
      ["Atteindre 1 500 clients, soit une hausse de 20 %, d'ici 2027.", { target: 1500, change: { value: 0.2, kind: 'relative' } }],
      ['Reach 1,500 customers, i.e. a 20% increase, by 2027.', { target: 1500, change: { value: 0.2, kind: 'relative' } }],
    ]);
  });

  describe('near misses: a growth restating a forecast, a total restating an addition', () => {
    readsAsNow([
      ["Les ventes devraient atteindre 45 millions d'euros, soit une croissance attendue de 5 %.", { target: 45000000, change: null }],
      ['Gagner 3 millions de clients supplémentaires (soit un peu plus de 4 millions au total) en 2026.', { change: { value: 3000000, kind: 'absolute' }, target: null }],
      ['Increase unit sales by 4% in 2026, or at about 129,000 units.', { change: { value: 0.04, kind: 'relative' }, target: null }],
    ]);
  });

  describe('an added word that does not qualify the measure, or a share reached, leaves the level', () => {
    readsAsNow([
      ['With additional marketing spend we will reach $5M in revenue by 2027.', { target: 5000000, change: null }],
      ['In addition revenue should reach $2 million by 2027.', { target: 2000000, change: null }],
      ['Incremental revenue should reach 15% of total sales by 2027.', { target: 0.15, change: null }],
      ['Notre équipe supplémentaire devrait atteindre 300 clients en 2027.', { target: 300, change: null }],
    ]);
  });

  describe('near misses: an added measure reached is still the change', () => {
    readsAsNow([
      ['Additional sales should reach $500,000 by 2027.', { change: { value: 500000, kind: 'absolute' }, target: null }],
      ["Le chiffre d'affaires supplémentaire devrait atteindre 2 millions d'euros en 2027.", { change: { value: 2000000, kind: 'absolute' }, target: null }],
      ["Le chiffre d'affaires additionnel devrait atteindre 2 millions d'euros en 2027.", { change: { value: 2000000, kind: 'absolute' }, target: null }],
    ]);
  });
});
