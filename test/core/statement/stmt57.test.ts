/**
 * stmt57: the classes of real54's misses (the fifty-fourth real set, opened by stmt57), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture):
 * (1) an approximation before a move's far end (« de 17 000 tonnes à près de 40 000 », « à environ », « à quelque », « à
 * presque ») keeps the move, as "to nearly" already did; (2) a weekday told with its report ("on Thursday said", "said in a
 * joint statement on Friday", "told Bloomberg on Sunday") dates the report, no deadline; (3) a goal's or a guidance's
 * year before its measure ("its 2028 sales target", "their 2027 net sales guidance", "targeting 2027 revenue growth") is
 * the goal's year; (4) an N-year strategy or roadmap ("a five-year strategy") is due N years from now, as an N-year plan
 * was; (5) « a annoncé … avec pour objectif … » announces the goal itself: no closing attribution; (6) "with respect /
 * regard / reference to" is a compound preposition, never a means; (7) openings told in the past before an aim (« a
 * inauguré 7 boutiques l'an passé et envisage 12 … ») are the level the goal starts from; (8) Nigeria's naira glued to its
 * digits before a spelled scale ("N1 trillion") is money; (9) "year-on-year" after a level's "up X per cent" compares
 * with last year, no yearly cadence. Each class case read otherwise before stmt57 (checked on a copy of main's sources at
 * 6a62b836); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (a Saturday; every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) « à près de / environ / quelque / presque » at a move\'s far end keeps the move', () => {
  readsAs([
    ["Porter la production de 17 000 tonnes à près de 40 000 tonnes d'ici 2029.", { direction: 'increase', baseline: 17000, target: 40000, deadline: '2029-12-31' }],
    ["Faire passer le CA de 2 M€ à environ 3 M€ d'ici 2028.", { kpi: 'revenue', baseline: 2000000, target: 3000000, unit: 'currency' }],
    ['Passer de 200 clients à quelque 300 clients en 2027.', { baseline: 200, target: 300, deadline: '2027-12-31' }],
    ["Faire passer le taux de conversion de 2 % à presque 3 % d'ici juin 2027.", { kpi: 'conversion_rate', baseline: 0.02, target: 0.03 }],
  ]);
});

describe('(1) near miss: English already read "to nearly"', () => {
  readsAs([['Grow revenue from $17 million to nearly $40 million by 2028.', { kpi: 'revenue', baseline: 17000000, target: 40000000, deadline: '2028-12-31' }]]);
});

describe('(2) a weekday told with its report is no deadline', () => {
  readsAs([
    ['The CEO on Thursday said the company aims to open 50 stores.', { target: 50, deadline: null }],
    ['The chairman said in a joint statement on Friday that the group targets 100 new stores.', { target: 100, deadline: null }],
    ['The CEO told Bloomberg on Sunday that the firm will add 30,000 bikes.', { change: { value: 30000, kind: 'absolute' }, deadline: null }],
  ]);
});

describe('(2) near misses: the goal\'s own weekday stays', () => {
  readsAs([
    ['We will open 10 stores on Friday, the CEO said.', { target: 10, deadline: '2026-12-11' }],
    ['The CEO said sales must reach 500 units by Friday.', { target: 500, deadline: '2026-12-11' }],
  ]);
});

describe("(3) a goal's or a guidance's year before its measure is the goal's year", () => {
  readsAs([
    ['The retailer set its 2028 sales target at $9 billion.', { kpi: 'revenue', target: 9000000000, deadline: '2028-12-31' }],
    ['They raised their 2027 net sales guidance to $975 million.', { kpi: 'revenue', target: 975000000, deadline: '2027-12-31' }],
    ['The group is targeting 2027 revenue growth of 5 to 10 percent.', { kpi: 'sales_growth', target: 0.05, deadline: '2027-12-31' }],
  ]);
});

describe('(4) an N-year strategy or roadmap is due N years from now', () => {
  readsAs([
    ['Under an ambitious five-year strategy, the brand will open 25 clubs.', { target: 25, deadline: '2031-12-05' }],
    ['The group adopted a 3-year roadmap to double its exports.', { kpi: 'revenue', change: { value: 1, kind: 'relative' }, deadline: '2029-12-05' }],
  ]);
});

describe('(4) near misses: a plan already was; a 3-year template is a means', () => {
  readsAs([
    ['Our 3-year plan is to double revenue.', { change: { value: 1, kind: 'relative' }, deadline: '2029-12-05' }],
    ['Reach 40 deals with a 3-year contract template.', { target: 40, deadline: null, levers: ['a 3-year contract template'] }],
  ]);
});

describe('(5) « a annoncé … avec pour objectif … » is the goal, no closing attribution', () => {
  readsAs([
    [
      "L'aéroport, racheté par un fonds, a annoncé mercredi des projets de développement avec pour objectif 12 millions de passagers d'ici 2030.",
      { direction: 'increase', target: 12000000, deadline: '2030-12-31' },
    ],
  ]);
});

describe('(5) near misses: an attribution after the goal stays set aside', () => {
  readsAs([
    ["« Nous visons 12 millions de passagers d'ici 2030 », a annoncé mercredi le directeur.", { target: 12000000, deadline: '2030-12-31' }],
    ['La société vise 5 M€ de CA en 2028, a annoncé son directeur, qui avait fixé un objectif plus bas.', { kpi: 'revenue', target: 5000000, deadline: '2028-12-31' }],
  ]);
});

describe('(6) "with respect / regard to" is no means', () => {
  readsAs([['The firm expects to double its billing with respect to the volume of 2025 by June 2027.', { change: { value: 1, kind: 'relative' }, levers: [] }]]);
});

describe('(6) near misses: a real with-means stays', () => {
  readsAs([
    ['Grow revenue 10% with regard to last year with a new CRM by 2027.', { levers: ['a new CRM'] }],
    ['Grow revenue 10% with a new CRM by 2027.', { levers: ['a new CRM'] }],
  ]);
});

describe('(7) openings told in the past before an aim are the baseline', () => {
  readsAs([
    ["La griffe a inauguré 7 boutiques l'an passé et envisage 12 nouvelles adresses en 2027.", { baseline: 7, target: 12, deadline: '2027-12-31' }],
    ["La chaîne a inauguré 9 restaurants l'an dernier et envisage 14 nouveaux restaurants en 2027.", { baseline: 9, target: 14 }],
  ]);
});

describe('(7) near misses: a past level already read, a future opening stays the goal', () => {
  readsAs([
    ['The chain opened 40 stores in 2025 and plans to open 60 stores next year.', { baseline: 40, target: 60 }],
    ["L'enseigne a ouvert 40 magasins en 2025 et prévoit d'en ouvrir 60 en 2027.", { baseline: 40, target: 60 }],
    ['We will open 60 stores in 2027.', { baseline: null, target: 60 }],
  ]);
});

describe('(8) the naira before a spelled scale is money', () => {
  readsAs([
    ['The state will likely hit N1 trillion in revenue by 2028.', { kpi: 'revenue', target: 1000000000000, unit: 'currency' }],
    ['We aim to hit N5 billion in revenue.', { target: 5000000000, unit: 'currency' }],
  ]);
});

describe('(8) near miss: the glued scale already read', () => {
  readsAs([['We pick a route to building our own N10m business.', { target: 10000000, unit: 'currency' }]]);
});

describe('(9) "up X per cent year-on-year" after a level sets no cadence', () => {
  readsAs([['The group targets a net revenue of over $4.6 billion in 2027, up 5.7 per cent year-on-year.', { target: 4600000000, recurrence: null }]]);
});

describe('(9) near misses: a yearly growth keeps its cadence', () => {
  readsAs([
    ['Grow sales by 30% year over year.', { change: { value: 0.3, kind: 'relative' }, recurrence: 'year' }],
    ['Target an increase of 10 per cent year on year in revenue.', { change: { value: 0.1, kind: 'relative' }, recurrence: null }],
  ]);
});
