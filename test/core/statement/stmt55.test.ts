/**
 * stmt55: the classes of real52's misses (the fifty-second real set, opened by stmt55), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture):
 * (1) an ISO code glued to its digits ("EUR50 million", "USD50 million", Reuters' and the Romanian press' style) is money,
 * as "EUR 50 million" is; (2) an ISO code after « de » and a scale word (« 3 000 milliards de VND », « de CHF ») is the
 * currency, as « de dollars » is; (3) the count of a ranked group the goal is to join ("one of the three biggest", « l'un
 * des 10 plus importants ») is no level of it; (4) a past year closing a noun phrase (« des résultats 2025 », "the results
 * 2025,") names what the noun is, no goal's number; (5) « vers 2030 » and « aux horizons 2030 » end that year; (6) a count
 * spelled out then restated in digits (« cinq (5) ans », "three (3) years") is one count; (7) a weekday after "held on" (a
 * meeting's day) is no deadline; (8) "year on year" right after a change noun's figure ("an increase of 12% year on year")
 * qualifies that change, no yearly cadence; (9) "by over N%" after a verb of change bounds the change; (10) exporting
 * money (the verb: "export $300 million", « exporter 2 millions d'euros ») is revenue, as exports in money are (the ruling
 * (b)); (11) a relative clause after a means (", which …", « , qui … ») describes it, no second means; (12) money raised
 * toward a goal in any person (« Nous avons levé 7 millions d'euros sur un objectif de 20 millions ») is the baseline,
 * and a bare figure on that money's scale is in that money; (13) « dès la / sa première année » is the first year from
 * now. Each class case read wrong before stmt55; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead; 2025 a past year). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) an ISO code glued to its digits is money', () => {
  readsAs([
    ['Reach USD50 million in revenue by 2027.', { kpi: 'revenue', target: 50000000, unit: 'currency' }],
    ['We aim for EUR12 million turnover in 2027, up from EUR8 million in 2026.', { baseline: 8000000, target: 12000000, deadline: '2027-12-31' }],
    ["Atteindre EUR20 millions de chiffre d'affaires en 2027.", { kpi: 'revenue', target: 20000000, unit: 'currency' }],
  ]);
});

describe('(1) near misses: a code of letters and digits is no amount', () => {
  readsAs([['Get ISO9001 certified and sign 40 deals by 2027.', { kpi: 'deals_closed', target: 40, unit: 'count' }]]);
});

describe('(2) an ISO code after « de » and a scale word is the currency', () => {
  readsAs([
    ["Atteindre un chiffre d'affaires de plus de 3 000 milliards de VND en 2027.", { kpi: 'revenue', target: 3000000000000, unit: 'currency' }],
    ["Atteindre un chiffre d'affaires de près de 500 millions de CHF d'ici 2028.", { target: 500000000, unit: 'currency', deadline: '2028-12-31' }],
  ]);
});

describe('(2) near misses: things counted after « millions de » stay a count', () => {
  readsAs([["Atteindre 20 millions de clients en 2028.", { kpi: 'customers', target: 20000000, unit: 'count' }]]);
});

describe('(3) the count of a ranked group the goal joins is no level', () => {
  readsAs([
    ['Become one of the three biggest insurers in Estonia by 2028.', { target: null, unit: null, direction: null }],
    ["Faire de la coopérative l'un des 10 plus importants acteurs du secteur.", { target: null, unit: null }],
  ]);
});

describe('(3) near misses: a figure of the goal after the ranked group stays', () => {
  readsAs([['Be one of the 3 reps who close 50 deals by June 2027.', { kpi: 'deals_closed', target: 50, deadline: '2027-06-30' }]]);
});

describe('(4) a past year closing a noun phrase names the noun, no goal number', () => {
  readsAs([
    ['Lors de la présentation des résultats 2025, le président a dit vouloir devenir un leader.', { target: null, unit: null }],
    ['At the presentation of the results 2025, the chairman said the group wants to become a leader.', { target: null, unit: null }],
  ]);
});

describe('(4) near misses: a year the goal aims at, or a later plan, keeps its reading', () => {
  readsAs([
    ["Atteindre 2020 abonnés d'ici 2028.", { target: 2020, deadline: '2028-12-31' }],
    ['Grow our member base to 2020.', { kpi: 'customers', target: 2020 }],
    ['Présenter le plan stratégique 2028 et atteindre 5 M€ de CA.', { kpi: 'revenue', target: 5000000 }],
  ]);
});

describe('(5) « vers 2030 » and « aux horizons 2030 » end that year', () => {
  readsAs([
    ['Attirer 7 millions de touristes vers 2030.', { target: 7000000, deadline: '2030-12-31' }],
    ['Produire près de 2 millions de véhicules aux horizons 2030.', { target: 2000000, deadline: '2030-12-31' }],
  ]);
});

describe('(5) near misses: « vers » before a noun is a direction, the deadline its own', () => {
  readsAs([["Orienter 30 % du budget vers le digital d'ici 2028.", { target: 0.3, deadline: '2028-12-31' }]]);
});

describe('(6) a count spelled out then restated in digits is one count', () => {
  readsAs([
    ["Exporter 100 000 tonnes d'ici cinq (5) ans.", { target: 100000, deadline: '2031-12-05' }],
    ['Open 12 stores within three (3) years.', { target: 12, deadline: '2029-12-05' }],
  ]);
});

describe('(6) near misses: a parenthesis that restates nothing keeps its figures', () => {
  readsAs([['Close 20 deals (5 enterprise) by June 2027.', { kpi: 'deals_closed', target: 20, deadline: '2027-06-30' }]]);
});

describe('(7) a meeting "held on Wednesday" dates the report, not the goal', () => {
  readsAs([["The group aims for revenue of $2M, the firm's annual meeting held on Wednesday heard.", { deadline: null }]]);
});

describe('(7) near misses: a weekday aimed at stays the deadline', () => {
  readsAs([['Close the deal by Wednesday.', { deadline: '2026-12-09' }]]);
});

describe('(8) "year on year" after a change noun\'s figure qualifies the change: no cadence', () => {
  readsAs([['Revenue should reach $2M in 2027, an increase of 12% year on year.', { target: 2000000, change: { value: 0.12, kind: 'relative' }, recurrence: null }]]);
});

describe('(8) near misses: a growth every year stays yearly', () => {
  readsAs([['Grow revenue 30% year-over-year.', { change: { value: 0.3, kind: 'relative' }, recurrence: 'year' }]]);
});

describe('(9) "by over N%" after a verb of change bounds the change', () => {
  readsAs([['Grow the number of partners by over 40% by 2028.', { target: null, change: { value: 0.4, kind: 'relative' } }]]);
});

describe('(9) near misses: "over N%" as a level stays the target', () => {
  readsAs([['Reach over 40% market share by 2028.', { kpi: 'market_share', target: 0.4, change: null }]]);
});

describe('(10) exporting money is revenue', () => {
  readsAs([
    ['We aim to export $300 million by 2030.', { kpi: 'revenue', target: 300000000 }],
    ["Nous voulons exporter 2 millions d'euros en 2027.", { kpi: 'revenue', target: 2000000 }],
  ]);
});

describe('(10) near misses: exporting tonnes names no KPI', () => {
  readsAs([["Exporter 100 000 tonnes de bauxite d'ici 2030.", { kpi: null, target: 100000, unit: 'count' }]]);
});

describe('(11) a relative clause after a means describes it: no second means', () => {
  readsAs([
    ['Reach 1 billion passengers by 2030 via its airline unit, which will include a new joint venture.', { levers: ['its airline unit'] }],
    ["Atteindre 2 M€ de CA grâce au réseau de partenaires, qui compte 40 agences.", { target: 2000000, levers: ['réseau de partenaires'] }],
  ]);
});

describe('(12) money raised toward a goal, in any person, is the baseline; the bare goal figure is in that money', () => {
  readsAs([["Nous avons levé 7 millions d'euros sur un objectif de 20 millions.", { baseline: 7000000, target: 20000000, unit: 'currency' }]]);
});

describe('(12) near misses: money to raise is the target', () => {
  readsAs([["Nous voulons lever 20 millions d'euros.", { baseline: null, target: 20000000, unit: 'currency' }]]);
});

describe('(13) « dès la / sa première année » is the first year from now', () => {
  readsAs([
    ['Viser 2 M€ de CA dès la première année.', { target: 2000000, deadline: '2027-12-05' }],
    ['Viser 2 M€ de CA dès sa première année.', { target: 2000000, deadline: '2027-12-05' }],
  ]);
});
