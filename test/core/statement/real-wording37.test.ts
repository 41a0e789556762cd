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
    // (A firm's « progression de 20 % » is its sales growth's level since the ruling of 2026-12-05, stmt44.)
    readsAs('2011-01-03', [['De quoi tabler sur «une progression de 20 % pour le prochain exercice», conclut le dirigeant.', { kpi: 'sales_growth', target: 0.2, change: null }]]);
    readsAs(AS_OF, [
      ['Notre objectif : « 20 % minimum » de marge en 2027.', { target: 0.2 }],
      ['Trouver un point d’équilibre entre franchisés et succursales en 2027.', { kpi: null }],
    ]);
  });
});

describe('what was announced or held before the aim is not the goal', () => {
  readsAs('2022-01-03', [['Pour pouvoir maintenir sa croissance, l’ESN doit donc recruter massivement, avec un objectif de 130 personnes.', { direction: 'increase' }]]);
  readsAs('2025-01-06', [
    ['L’imprimerie de Waimes annonce un chiffre d’affaires de 500.000 euros, en baisse, mais compte bien étendre son activité vers l’Allemagne et le Grand-duché.', { kpi: null, direction: 'increase', target: null, unit: null }],
  ]);
  readsAs('2010-09-20', [
    ['D’abord à créer de nouvelles agences en propre : nous en avons 4, pour l’heure, et souhaiterions en ouvrir 4 de plus chaque année, là où le marché ne justifie pas la présence d’un franchisé.', { baseline: 4, target: null, change: { value: 4, kind: 'absolute' } }],
  ]);
  readsAs('2023-01-02', [['On estime qu’en 2028, on sera proche des 50 %.', { target: 0.5, deadline: '2028-12-31' }]]);
  readsAs(AS_OF, [
    ['Acme annonce un chiffre d’affaires de 2 M€, en baisse, mais compte ouvrir 3 agences en 2027.', { kpi: null, target: 3, unit: 'count' }],
    ['Nous en avons 12 aujourd’hui et voulons en ouvrir 5 de plus en 2027.', { baseline: 12, target: null, change: { value: 5, kind: 'absolute' } }],
    ['On pense qu’en 2028, nous aurons 500 clients.', { target: 500, deadline: '2028-12-31' }],
  ]);
  describe('near-misses: the same unit gives the baseline, a level to come, a year compared with', () => {
    readsAs(AS_OF, [
      ['Pour maintenir sa croissance, l’ESN doit recruter 130 personnes.', { kpi: null, target: 130 }],
      ['Acme annonce un chiffre d’affaires de 2 M€ et vise 3 M€ en 2027.', { kpi: 'revenue', baseline: 2000000, target: 3000000 }],
      ['Nous en vendrons 40 en 2027.', { baseline: null, target: 40 }],
      ['Nous vendrons 10 % de plus qu’en 2024.', { deadline: null }],
    ]);
  });
});

describe('an English range with its unit written at both ends and no verb of change is an estimate: its lower bound', () => {
  readsAs('2014-02-22', [
    ['The regular smaller Alarm-Security Businesses need a Person who can produce that $400,000 to $600,000 of sales per year.', { kpi: 'revenue', baseline: null, target: 400000 }],
  ]);
  readsAs('2025-01-06', [['But research shows that any business should plan to lose 15 percent to 20 percent of their customers every year.', { baseline: null, target: 0.15 }]]);
  readsAs(AS_OF, [
    ['Each rep should produce $1M to $1.5M of sales per year.', { baseline: null, target: 1000000 }],
    ['Expect to lose 5 percent to 8 percent of your leads each month.', { baseline: null, target: 0.05 }],
  ]);
  describe('near-misses: a verb of change, a "from", one unit written', () => {
    readsAs('2019-05-17', [['It expects to ramp up annual turnover from the current £7.5 million to £20m within the next three years.', { baseline: 7500000, target: 20000000 }]]);
    readsAs(AS_OF, [
      ['Increase conversion rate 2% to 3% by June 2027.', { baseline: 0.02, target: 0.03 }],
      ['Grow revenue $5M to $7M by 2028.', { baseline: 5000000, target: 7000000 }],
      ['We are going 0 to $10K in monthly revenue in 2027.', { baseline: 0, target: 10000 }],
    ]);
  });
});
