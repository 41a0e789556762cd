/**
 * Classes of misses found on the thirty-seventh real statement set (test/fixtures/statements/real37-heldout.jsonl: alarm
 * installers, textile exporters, fundraising, IT services, hotels, delivery start-ups, photovoltaics, printers, publishers,
 * sports clubs, mutual insurers), chosen by what each rule moves on every set at once, structure first: the period's form
 * (« pour 2025/26 », "in quarters 3 & 4"), the number's form (a quoted name, « 100 % santé »), where a means ends (a closing
 * attribution, a "so that" purpose, a closing quote, an adverb before the gerund), the unit a count gives to sales ("from
 * 200 to 230 installations"), the predicate (« être à l'équilibre »), then words: things a trade sells, counted (loads,
 * bookings), « profitabilité », « est visée ». Each rule is checked on real37's sentences and on sentences written for the
 * class, FR and EN, with near-misses that must keep theirs.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('a year written over two is a fiscal year, not a number', () => {
  readsAs('2022-01-03', [['La profitabilité est visée pour 2025/26.', { kpi: 'profit', direction: 'increase', target: null, unit: null, deadline: '2026-12-31' }]]);
  readsAs(AS_OF, [
    ['Reach 500 customers by 2027/28.', { target: 500, deadline: '2028-12-31' }],
    ['Atteindre 2 M€ de chiffre d’affaires pour 2026/27.', { target: 2000000, deadline: '2027-12-31' }],
  ]);
  describe('near-misses: two years that do not follow each other, a fiscal word, a ratio', () => {
    readsAs(AS_OF, [
      ['Reach 500 customers by FY2027/28.', { target: 500, deadline: '2028-12-31' }],
      ['Augmenter le CA de 10 % entre 2026/30.', { deadline: null }],
    ]);
  });
});

describe('quarters listed by number end with the last one', () => {
  readsAs('2014-05-05', [
    ['We will grow ADR by $7 in quarters 3 & 4 over last year by aggressively targeting industries scheduled to participate at conferences booked in the new convention centre.', { target: null, change: { value: 7, kind: 'absolute' }, unit: 'currency', deadline: '2014-12-31', levers: ['aggressively targeting industries scheduled to participate at conferences booked in the new convention centre'] }],
  ]);
  readsAs(AS_OF, [
    ['Grow revenue by 5% in quarters 1 and 2.', { target: null, unit: 'percent', deadline: '2027-06-30' }],
    ['Augmenter le chiffre d’affaires de 10 % sur les trimestres 3 et 4.', { target: null, deadline: '2026-12-31' }],
  ]);
  describe('near-misses: one quarter, a count of quarters', () => {
    readsAs(AS_OF, [
      ['Grow revenue by 5% in Q3 2027.', { deadline: '2027-09-30' }],
      ['Sign 3 new clients in each of the next 4 quarters.', { target: 3 }],
    ]);
  });
});

describe('where a means ends: an attribution, a purpose, its closing quote; an adverb before its gerund', () => {
  readsAs('2025-01-06', [
    ["Sunday, une startup de paiement lancée il y a quatre ans par les fondateurs des restaurants Big Mamma, souhaite doubler ses revenus et sa clientèle d'ici à l'été 2026 grâce à une nouvelle levée de fonds de 21 millions de dollars (18 millions d’euros), a-t-elle annoncé jeudi.", { levers: ['une nouvelle levée de fonds de 21 millions de dollars (18 millions d’euros)'] }],
  ]);
  readsAs('2017-01-02', [
    ['Townsend, who joined Chelsea in February, hopes to close that gap through association with “premium brands”, so that they rank alongside Manchester City and Bayern Munich in the top five.', { levers: ['association with “premium brands”'] }],
  ]);
  readsAs(AS_OF, [
    ['Augmenter le CA de 10 % en 2027 grâce à deux nouveaux commerciaux, a-t-il précisé.', { levers: ['deux nouveaux commerciaux'] }],
    ['Grow revenue by 10% in 2027 through referrals, so that we can hire two reps.', { levers: ['referrals'] }],
    ['Grow revenue by 10% in 2027 by quickly hiring two reps.', { levers: ['quickly hiring two reps'] }],
  ]);
  describe('near-misses: a season is no means, a quote opened inside the means', () => {
    readsAs(AS_OF, [
      ['Grow revenue by 10% by early spring.', { levers: [] }],
      ['Grow revenue by 10% in 2027 through our “Partner First” program.', { levers: ['our “Partner First” program'] }],
    ]);
  });
});

describe('things a trade sells, counted, are won deals; sales given a count are counted', () => {
  readsAs('2023-11-13', [['Generate 100 more bookings', { kpi: 'deals_closed', change: { value: 100, kind: 'absolute' }, unit: 'count' }]]);
  readsAs('2014-09-01', [
    ['So if your average load yields $2,000 in revenue, you would need 250 additional loads per year, which is a little over 20 more per month or just 5 more per week.', { kpi: 'deals_closed', change: { value: 250, kind: 'absolute' } }],
  ]);
  readsAs('2018-02-01', [
    ['A measurable SMART goal would be to increase your solar tracker sales by 15 percent, from 200 to 230 installations, over the next year.', { kpi: 'deals_closed', baseline: 200, target: 230, unit: 'count' }],
  ]);
  readsAs(AS_OF, [
    ['We need 40 more loads per month by June 2027.', { kpi: 'deals_closed', change: { value: 40, kind: 'absolute' } }],
    ['Augmenter nos ventes de panneaux de 15 %, de 200 à 230 installations, d’ici 2027.', { kpi: 'deals_closed', baseline: 200, target: 230, unit: 'count' }],
  ]);
  describe('near-misses: bookings uncounted, sales in money', () => {
    readsAs(AS_OF, [
      ['Increase group bookings by 10% in 2027.', { kpi: 'revenue' }],
      ['Grow sales from 200 to 230 millions in 2027.', { kpi: 'revenue', unit: 'currency' }],
      ['Grow sales from $200,000 to $230,000 in 2027.', { kpi: 'revenue', unit: 'currency' }],
    ]);
  });
});

describe('a breakeven to be at is the profit; a number opening a one-word quote is a name', () => {
  readsAs('2025-03-01', [
    ['Le léger déficit, dû principalement à l’instauration du « 100 % santé » par l’Etat, se redresse, et nous espérons être à l’équilibre en 2025.', { kpi: 'profit', direction: 'increase', target: null, unit: null }],
  ]);
  readsAs(AS_OF, [
    ['Nous visons à être à l’équilibre en 2027.', { kpi: 'profit', direction: 'increase' }],
    ['We expect to be at breakeven by the end of 2027.', { kpi: 'profit' }],
    ['Objectif : le retour à l’équilibre en 2027.', { kpi: 'profit' }],
    ['Atteindre l’équilibre en 2027 malgré le « 100 % santé ».', { kpi: 'profit', target: null, unit: null }],
  ]);
  describe('near-misses: a quote holding the goal, a minimum, a balance between two things', () => {
    readsAs('2011-01-03', [['De quoi tabler sur «une progression de 20 % pour le prochain exercice», conclut le dirigeant.', { change: { value: 0.2, kind: 'relative' } }]]);
    readsAs(AS_OF, [
      ['Notre objectif : « 20 % minimum » de marge en 2027.', { target: 0.2 }],
      ['Trouver un point d’équilibre entre franchisés et succursales en 2027.', { kpi: null }],
    ]);
  });
});
