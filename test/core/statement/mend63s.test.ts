/**
 * mend63s: the review of stmt63 (its five rules, real60's classes), each finding a table of sentences written for it (none
 * copied from a fixture) that stmt63's code (main at f958cc94) read wrong, and the near misses that keep stmt63's reading.
 * (1) a rise stated after "with" / « avec » no longer drops the means listed after it; (2) nor lends its period to the goal
 * as a cadence; (3) a level an aim governs ("The goal is to generate $2M in 2027 …", « L'objectif est de 2 M€ en 2027 … »,
 * "Generate $2M …", a future year after it) is a milestone, not the baseline of "double that amount"; (4) a place and a
 * weekday's full date dates a report only on or before the as-of date and with the report's verb before any figure; (5)
 * « soit 6 % de plus que » / "i.e. 6% more than" is the goal's change only against a past or today's level, and « de moins »
 * sets the direction as "fewer" does; (6) "on Monday, March 3, 2025", « le lundi 3 mars 2025 », « Au siège, » are read by
 * the rule the comment names; (7) « Nous réalisons / générons », "double it", « le doubler » point back to the level too.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) the means after a rise stated with its figure stay means', () => {
  readsAs([
    ['Grow revenue to $5M by 2027 with an increase of 20%, 10 new reps and a new CRM.', { levers: ['10 new reps', 'a new CRM'], target: 5000000 }],
    ['Grow revenue to $5M by 2027 with an increase of 20% and 10 new reps.', { levers: ['10 new reps'] }],
    [
      "Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une hausse de 20 %, 10 nouveaux commerciaux et un nouveau CRM.",
      { levers: ['10 nouveaux commerciaux', 'un nouveau CRM'], target: 5000000 },
    ],
    ["Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une hausse de 20 % et 10 nouveaux commerciaux.", { levers: ['10 nouveaux commerciaux'] }],
    // What rises named after its figure: a means, as before stmt63.
    ['Grow revenue to $5M by 2027 with an increase of 20% to the marketing budget.', { levers: ['an increase of 20% to the marketing budget'] }],
    ['Grow revenue to $5M by 2027 with an increase of 20% marketing spend.', { levers: ['an increase of 20% marketing spend'] }],
    ["Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une hausse de 20 % à l'export.", { levers: ["une hausse de 20 % à l'export"] }],
    ["Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une hausse de 20 % en Europe.", { levers: ['une hausse de 20 % en Europe'] }],
  ]);
});

describe('(1) near misses: a rise alone, or before the goal it leads to, is still no means (stmt63)', () => {
  readsAs([
    ['Grow revenue to $5M by 2027 with an expected rise of 20%.', { levers: [], target: 5000000 }],
    ['Reach 120,000 visas in 2028, with an increase of 20% this year.', { levers: [], target: 120000 }],
    ['Les projections sont ambitieuses, avec une augmentation prévue de près de 20 % cette année pour atteindre 120 000 visas en 2028.', { levers: [], target: 120000 }],
  ]);
});

describe("(2) the rise's own period is no cadence of the goal", () => {
  readsAs([
    ['Grow revenue to $5M by 2027 with an annual increase of 20% per year.', { recurrence: null, levers: [], target: 5000000, deadline: '2027-12-31' }],
    ['Reach 500 customers by 2027 with an increase of 5% per quarter.', { recurrence: null, levers: [], target: 500 }],
    ["Porter le chiffre d'affaires à 5 M€ d'ici 2027 avec une augmentation de 5 % par mois.", { recurrence: null, levers: [], target: 5000000 }],
    ["Atteindre 500 clients d'ici 2027 avec une hausse de 5 % par trimestre.", { recurrence: null, levers: [], target: 500 }],
  ]);
});

describe('(3) a level an aim governs is a milestone, not the baseline of "double that amount"', () => {
  readsAs([
    ['The goal is to generate $2M in revenue in 2027 and double that amount by 2030.', { baseline: null, target: 2000000 }],
    ['Our target is $2M in revenue in 2027 and we want to double that amount by 2030.', { baseline: null, target: 2000000 }],
    ['We aim to make $2M in revenue next year and double that amount by 2030.', { baseline: null, target: 2000000 }],
    ['Generate $2M in revenue in 2027 and double that amount by 2030.', { baseline: null, target: 2000000 }],
    ['Hit $2M in revenue in 2027 and double that amount by 2030.', { baseline: null, target: 2000000 }],
    ["L'objectif est de 2 M€ de chiffre d'affaires en 2027, puis de doubler ce montant d'ici 2030.", { baseline: null, target: 2000000 }],
    ["L'objectif est de réaliser 2 M€ de chiffre d'affaires en 2027, puis de doubler ce montant d'ici 2030.", { baseline: null, target: 2000000 }],
  ]);
});

describe('(3) near misses: a level stated now keeps its baseline reading (stmt63)', () => {
  readsAs([
    [
      'Outsourcing firms generate revenues of EUR 1.4 billion per year and their goal is to double that amount by 2028.',
      { baseline: 1400000000, target: null, change: { value: 1, kind: 'relative' } },
    ],
    ["Le groupe, qui réalise 2 M€ de chiffre d'affaires, prévoit de doubler ce chiffre d'ici 2028.", { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
    ['The company generates $2M in revenue and aims to double that amount by 2028, to $4M.', { baseline: 2000000, target: 4000000 }],
  ]);
});

describe('(4) a future day before a report, or a report verb after the goal, keeps the deadline', () => {
  readsAs([
    ['À Paris, ce lundi 1er mars 2027, nous aurons ouvert 20 magasins, a dit le directeur.', { deadline: '2027-03-01', target: 20 }],
    ['In Paris, on Monday 1 March 2027, we will have opened 20 stores, the director said.', { deadline: '2027-03-01', target: 20 }],
    ["À Paris, ce lundi 1er mars 2027, ouvrir 20 magasins comme l'a annoncé le directeur.", { deadline: '2027-03-01', target: 20 }],
    ['In Paris, on Monday 3 March 2027, the director said we must open 20 stores.', { deadline: '2027-03-03' }],
  ]);
});

describe("(4) near misses: a past day before the report's verb is still no deadline (stmt63)", () => {
  readsAs([
    ['In Paris, on Monday 3 March 2025, the director announced plans to open 20 stores.', { deadline: null, target: 20 }],
    ['À Paris, ce lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.', { deadline: null, target: 20 }],
    ['À Paris, ce lundi 3 mars 2025, ouvrir 20 magasins.', { deadline: '2025-03-03', target: 20 }],
  ]);
});

describe('(5) "more than" another level than a past or today\'s is no change of the goal; « de moins » sets the direction', () => {
  readsAs([
    ['Win 500 customers in 2027, i.e. 6% more than our competitors.', { change: null, target: 500 }],
    ['Win 500 customers in 2027, i.e. 6% more than planned.', { change: null, target: 500 }],
    ['Atteindre 500 clients en 2027, soit 6 % de plus que le marché.', { change: null, target: 500 }],
    ["L'objectif est d'attirer 50 millions de visiteurs, soit 6 % de plus que prévu.", { change: null, target: 50000000 }],
    ['Objectif 2027 : 500 retours produits, soit 10 % de moins que l’an dernier.', { change: { value: 0.1, kind: 'relative' }, direction: 'decrease' }],
    ['Target for 2027: 500 product returns, i.e. 10% fewer than last year.', { change: { value: 0.1, kind: 'relative' }, direction: 'decrease' }],
  ]);
});

describe("(5) near misses: against last year's or today's level it is still the change (stmt63)", () => {
  readsAs([
    ["L'objectif est d'attirer 50 millions de visiteurs, soit 6 % de plus que l'an dernier.", { change: { value: 0.06, kind: 'relative' }, target: 50000000 }],
    ['Our goal is to attract 50 million visitors, i.e. 6% more than last year.', { change: { value: 0.06, kind: 'relative' } }],
    ["Nous avons 400 clients ; atteindre 500 clients en 2027, soit 25 % de plus qu'aujourd'hui.", { change: { value: 0.25, kind: 'relative' } }],
    ['Win 500 customers in 2027, i.e. 6% of the market.', { change: null }],
  ]);
});

describe("(6) the weekday before a US-format date, « le lundi », « Au siège »: a report's day, no deadline", () => {
  readsAs([
    ['In Paris, on Monday, March 3, 2025, the director announced plans to open 20 stores.', { deadline: null, target: 20 }],
    ['À Paris, le lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.', { deadline: null, target: 20 }],
    ['Au siège, ce lundi 3 mars 2025, le directeur a annoncé vouloir ouvrir 20 magasins.', { deadline: null, target: 20 }],
    // With no place before it, the day stays (the rule needs the place).
    ['On Monday, March 3, 2025, the director announced plans to open 20 stores.', { deadline: '2025-03-03' }],
  ]);
});

describe('(7) first-person and pronoun forms point back to the level stated now', () => {
  readsAs([
    ["Nous réalisons 2 M€ de chiffre d'affaires et voulons doubler ce montant d'ici 2030.", { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
    ["Nous générons 2 M€ de chiffre d'affaires et voulons doubler ce montant d'ici 2030.", { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
    ['We generate $2M in revenue and want to double it by 2030.', { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
    ['We generate $2M in revenue and want to double that by 2030.', { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
    ["L'entreprise réalise 2 M€ de chiffre d'affaires et veut le doubler d'ici 2030.", { baseline: 2000000, target: null, change: { value: 1, kind: 'relative' } }],
  ]);
});

describe('(7) near misses: "double that of", « le doublement » point to no level', () => {
  readsAs([
    ['We generate $2M in revenue and want to double that of our rivals by 2030.', { baseline: null }],
    ['We generate $2M in revenue and want to double that market by 2030.', { baseline: null }],
    ["Nous réalisons 2 M€ de chiffre d'affaires et visons le doublement de nos marges d'ici 2030.", { baseline: null }],
  ]);
});
