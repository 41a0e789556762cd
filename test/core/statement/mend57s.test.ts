/**
 * mend57s: the review of stmt57 (real54's nine rules), each finding with its decision, in written sentences (none copied
 * from a fixture), FR and EN, read as of Sunday 2026-12-06. Each first block was read otherwise on main after stmt57 (a
 * regression) unless said; the near misses keep stmt57's readings.
 * (1) a future "have done" goal "in 2027" is the target, not a baseline; (2) a goal's weekday before ", said …" stays its
 * deadline when a figure comes first; (3) a deadline word after a reporting verb is no listener; (4) a PAST year's target
 * or guidance is no deadline; (5) "up X% year-on-year" is a level's comparison only after a comma; (6) a strategy already
 * launched, ended or renewed gives no today + N; (7) « en présentant ses objectifs » after « a annoncé » is no lever.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe('(1) a future "have done" goal in a year is the target', () => {
  readsAs([
    ['We aim to have signed 50 new contracts in 2027.', { baseline: null, target: 50, deadline: '2027-12-31' }],
    ['Our goal is to have sold 1,000 units in 2028.', { baseline: null, target: 1000, deadline: '2028-12-31' }],
    ['The team hopes to have booked 300 demos in 2027.', { baseline: null, target: 300 }],
    ['By December we will have closed 40 deals in 2027.', { baseline: null, target: 40 }],
    ['Nous voulons avoir signé 40 contrats en 2027.', { baseline: null, target: 40, deadline: '2027-12-31' }],
    ['Nous voulons avoir fait 500 ventes en 2027.', { baseline: null, target: 500 }],
    ["L'objectif est d'avoir vendu 10 000 unités en 2028.", { baseline: null, target: 10000, deadline: '2028-12-31' }],
    ["Objectif : avoir réalisé 2 M€ de chiffre d'affaires en 2027.", { baseline: null, target: 2000000 }],
    ["Objectif : avoir généré 1 M€ de chiffre d'affaires en 2028.", { baseline: null, target: 1000000 }],
  ]);
});

describe('(1) near misses: last period after the verb stays a baseline', () => {
  readsAs([
    ['We sold 800 units last year and want 1,000 in 2027.', { baseline: 800, target: 1000 }],
    ["Nous avons vendu 800 unités l'an dernier et visons 1 000 en 2027.", { baseline: 800, target: 1000 }],
  ]);
});

describe('(2) a goal before ", said …" keeps its weekday when a figure comes first', () => {
  readsAs([
    ['Close 20 new deals by Friday, said the sales director.', { target: 20, deadline: '2026-12-11' }],
    ['We must ship 500 orders by Monday, added the operations manager.', { target: 500, deadline: '2026-12-07' }],
    ['Deliver 200 parcels by Friday, announced the logistics head.', { target: 200, deadline: '2026-12-11' }],
    ['Ship 300 orders before Friday, stated the plan.', { target: 300, deadline: '2026-12-11' }],
    ['Complete 20 demos by Monday, reported the team lead.', { target: 20, deadline: '2026-12-07' }],
    ['Sell 100 tickets by Saturday, declared the club president.', { target: 100, deadline: '2026-12-12' }],
    ['Book 30 meetings by Thursday, told the manager to his team.', { target: 30, deadline: '2026-12-10' }],
    ['We will open 10 stores on Friday, said the CEO.', { target: 10, deadline: '2026-12-11' }],
    ['The team will sign 25 contracts on Monday, added the director.', { target: 25, deadline: '2026-12-07' }],
  ]);
});

describe('(2) near miss: the weekday before its verb with no figure first dates the report', () => {
  readsAs([
    ['The chain on Thursday said it wants 40 new stores in 2027.', { target: 40, deadline: '2027-12-31' }],
    ['The CEO on Monday announced a goal of 40 new stores in 2027.', { target: 40, deadline: '2027-12-31' }],
  ]);
});

describe('(3) a deadline word after a reporting verb is the goal’s deadline', () => {
  readsAs([
    ['The manager said by Friday we must close 20 deals.', { target: 20, deadline: '2026-12-11' }],
    ['The manager said before Friday we need 20 signups.', { target: 20, deadline: '2026-12-11' }],
    ['Our VP stated until Friday we accept 50 more orders.', { deadline: '2026-12-11' }],
    ['Le directeur a fixé avant vendredi un objectif de 20 rendez-vous.', { target: 20, deadline: '2026-12-11' }],
    ['La directrice a demandé pour lundi 30 rendez-vous clients.', { target: 30, deadline: '2026-12-07' }],
    ['Le directeur a annoncé pour vendredi la signature de 10 contrats.', { target: 10, deadline: '2026-12-11' }],
    // « lundi 20 » also reads as a day of the month, so its 20 is no target (a shape older than stmt57, left: see the README).
    ['Le directeur a exigé avant lundi 20 devis signés.', { deadline: '2026-12-07' }],
  ]);
});

describe('(3) near misses: one listener or a statement between the verb and the weekday still dates the report', () => {
  readsAs([
    ['The company wants 500 new customers in 2027, the CEO told Reuters on Friday.', { target: 500, deadline: '2027-12-31' }],
    ['The firm aims for 30 stores in 2027, it said in a statement on Monday.', { target: 30, deadline: '2027-12-31' }],
  ]);
});

describe('(4) a past year’s target or guidance is no deadline', () => {
  readsAs([
    ['We beat our 2025 sales target; next we want 500 new customers.', { target: 500, deadline: null }],
    ['After missing its 2024 revenue target, the chain aims to open 30 stores.', { target: 30, deadline: null }],
    ['Having exceeded its 2023 sales target, the firm now wants to double revenue.', { deadline: null }],
    ['The company cut its 2025 revenue guidance and plans to hire 50 engineers.', { deadline: null }],
    ['The bank wants 1 million customers, well above its 2024 growth target.', { target: 1000000, deadline: null }],
    ['In 2025 the target was 100 demos a month; we now want 200.', { deadline: null }],
  ]);
});

describe('(4) near misses: this or a later year’s target is the deadline', () => {
  readsAs([
    ['We raised our 2027 sales target to $5M.', { deadline: '2027-12-31' }],
    ['The company is targeting 2028 revenue of $2 billion.', { deadline: '2028-12-31' }],
  ]);
});

describe('(5) "up X% year-on-year" with no comma is the goal’s yearly cadence', () => {
  readsAs([
    ['Drive sales up 10% year-on-year through 2028.', { recurrence: 'year', deadline: '2028-12-31' }],
    ['We aim to push revenue up 8 per cent year-on-year for the next three years.', { recurrence: 'year' }],
    ['We want sales up 12% year over year.', { recurrence: 'year' }],
    ['Push revenue up 10% YoY.', { recurrence: 'year' }],
    ['Drive sales up 10 percent year on year.', { recurrence: 'year' }],
    ['Keep costs down 3% year-on-year through 2027.', { recurrence: 'year' }],
  ]);
});

describe('(5) near miss: a level’s comparison after a comma is no cadence', () => {
  readsAs([['Sales reached $4.6 million in 2025, up 5.7 per cent year-on-year; we want $5 million in 2027.', { recurrence: null }]]);
});

describe('(6) a strategy launched, ended or renewed gives no deadline from today', () => {
  readsAs([
    // left58: a strategy's own launch year anchors its span (2022 + 5 years: 2027-12-31), not today; one whose span is over
    // gives none.
    ["The company's five-year strategy, launched in 2022, targets 200 stores.", { target: 200, deadline: '2027-12-31' }],
    ["The company's five-year strategy, launched in 2020, targets 200 stores.", { target: 200, deadline: null }],
    ['Our 5-year strategy ended last year with 300 stores; we now aim for 400.', { target: 400, deadline: null }],
    ['We renewed our three-year strategy partnership and aim for 50 new clients.', { target: 50, deadline: null }],
  ]);
});

describe('(6) near misses: a strategy not yet run counts from today', () => {
  readsAs([
    ['Our five-year strategy aims for 200 stores.', { target: 200, deadline: '2031-12-06' }],
    ['We launched a three-year roadmap to reach 50 new clients.', { target: 50, deadline: '2029-12-06' }],
  ]);
});

describe('(7) « en présentant ses objectifs » after the attribution is no lever', () => {
  readsAs([
    ["« Nous voulons atteindre 10 M€ de chiffre d'affaires d'ici 2028 », a annoncé le PDG en présentant ses objectifs.", { target: 10000000, levers: [] }],
    ['Le groupe vise 500 magasins en 2028, a annoncé son président en présentant ses objectifs.', { target: 500, levers: [] }],
  ]);
});
