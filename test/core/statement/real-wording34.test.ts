/**
 * Classes of misses found on the thirty-fourth real statement set (test/fixtures/statements/real34-heldout.jsonl: dating
 * apps, lottery, cinemas, EV charging, nursing homes, water utilities, meal kits, roofing and plumbing contractors),
 * chosen by what each rule moves on every set at once, structure first: the number's form (more than a hundred points are
 * places counted, not percentage points), the shape of a goal's label or outlook (a year in it dates the goal), adjectives
 * between a growth and its turnover, an average of a sale's amount, a verb that holds nothing ("keep track"), a bare noun
 * run into the subject's aim, and the day a piece of news was published; then marketing spend, ranges of less or added, a
 * kept aim, one's own business volume, a goal named by its span, parts after "including", and an English opening
 * adverbial. Each rule is checked on real34's sentences and on sentences written for the class, FR and EN, with
 * near-misses that must keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('more than a hundred points are places counted, never percentage points', () => {
  readsAs('2025-03-28', [
    ['À la fin 2025, l’entreprise prévoit d’avoir atteint son objectif initial de 8000 points de charge en France, dépassant déjà les 6000 dans le monde.', { target: 8000, unit: 'count', deadline: '2025-12-31' }],
  ]);
  readsAs(AS_OF, [
    ['The company plans to expand its charger network to 15,000 points by 2029, according to the alliance.', { kpi: null, target: 15000, unit: 'count' }],
    ["Nous voulons ouvrir 1 200 points de collecte d'ici 2028.", { kpi: null, target: 1200, unit: 'count' }],
    ['Reach 2,500 loyalty points per member.', { target: 2500, unit: 'count' }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Gagner 3 points de part de marché en 2027.', { kpi: 'market_share', change: { value: 0.03, kind: 'absolute' }, unit: 'percent' }],
      ['Increase close rate by 5 points by June.', { kpi: 'close_rate', change: { value: 0.05, kind: 'absolute' }, unit: 'percent' }],
    ]);
  });
});

describe("a year in a goal's label, an outlook or an expected figure dates the goal", () => {
  readsAs('2020-01-06', [['2020 sales goal = $500k', { kpi: 'revenue', target: 500000, deadline: '2020-12-31' }]]);
  readsAs('2025-10-28', [['• EBITDAR 2025 attendu en hausse de +15% à +18% à périmètre constant4 par rapport à 2024', { kpi: 'profit', change: { value: 0.15, kind: 'relative' }, deadline: '2025-12-31' }]]);
  readsAs('2022-11-24', [['Nous confirmons nos perspectives financières 2022, soit une hausse du chiffre d’affaires de plus de 8%, pour partie attribuable à la poursuite du rattrapage de l’impact de la crise sanitaire, avec un taux de marge d’Ebitda de l’ordre de 24%.', { kpi: 'revenue', deadline: '2022-12-31' }]]);
  readsAs('2018-08-02', [['HelloFresh added it now planned to achieve such break-even on adjusted earnings before interest, taxes, depreciation and amortisation (AEBITDA) basis during the course of 2019.', { kpi: 'profit', deadline: '2019-12-31' }]]);
  readsAs(AS_OF, [
    ['2027 revenue target: $2M', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
    ['Nous confirmons nos perspectives financières 2027, soit une hausse du chiffre d’affaires de plus de 8%.', { kpi: 'revenue', change: { value: 0.08, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Increase EBITDAR by 15% in 2027.', { kpi: 'profit', change: { value: 0.15, kind: 'relative' } }],
    ['Reach break-even during the course of 2027.', { deadline: '2027-12-31' }],
  ]);
  describe("a target's year with no label sign (stmt57)", () => {
    // Was a near miss pinning baseline null (the year with no label sign left unread): stmt57 reads "its 2017 sales target"
    // as the goal's year, as labelled; the 8 % "of its sales in 2014" then reads as a level observed in 2014 (main's own
    // reading once the goal is dated after 2014, "… by 2017, which is an increase of 8%-10% of its sales in 2014"), a
    // baseline the label does not have: the line lost, reported in the fixtures README (real54 opened, stmt57).
    readsAs('2015-03-01', [['The retailer set its 2017 sales target between $8.7 and $9 billion, which is an increase of 8%-10% of its sales in 2014, but a downgrade from a $10 billion estimate of the company made in 2013.', { kpi: 'revenue', target: 8700000000, deadline: '2017-12-31' }]]);
  });
});

describe('adjectives between a growth and its turnover; an average of a sale amount', () => {
  readsAs('2025-03-01', [
    ["FDJ United , nouveau nom de la Française des Jeux, vise sur la période 2025-2028 une croissance organique annuelle moyenne de son chiffre d'affaires d'environ 5%, selon un communiqué publié mardi à l'occasion de la présentation d'un nouveau plan stratégique aux investisseurs.", { kpi: 'sales_growth', target: 0.05, deadline: '2028-12-31' }],
  ]);
  readsAs(AS_OF, [
    ["Le groupe vise une croissance organique annuelle moyenne de son chiffre d'affaires d'environ 5% sur la période 2026-2028.", { kpi: 'sales_growth', target: 0.05, deadline: '2028-12-31' }],
    ['We target average annual organic growth of revenue of 6% by 2028.', { kpi: 'sales_growth', target: 0.06 }],
    ['Increase your average service ticket by 10%.', { kpi: 'average_deal_size', change: { value: 0.1, kind: 'relative' } }],
    ['– Increase average subscription size to at least $295 per month', { kpi: 'average_deal_size', target: 295 }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Augmenter le ticket moyen de 10 %.', { kpi: 'average_deal_size' }],
      ['Raise the ticket price by 10%.', { kpi: null }],
    ]);
  });
});

describe('a verb that holds nothing, a holding participle, a frame that is no means', () => {
  readsAs(AS_OF, [
    ['Keep track of how many calls your techs run per day; you want no more than three calls per tech, per day.', { direction: 'decrease', target: 3, recurrence: 'day' }],
    ['La marge d’Ebitda retraité devrait restée stable à 19%.', { kpi: 'net_margin', direction: 'maintain', target: 0.19 }],
    ['With books I would aim for somewhere between 15 and 19% as an ideal goal (Though I have in the past been forced to go lower by reality.)', { kpi: null, target: 0.15, unit: 'percent', levers: [] }],
    ['With SEO we will aim for 20% more leads.', { kpi: 'leads', levers: [] }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Keep churn under 3%.', { kpi: 'churn', direction: 'maintain' }],
      ['With a new CRM, we will grow sales by 10%.', { kpi: 'revenue', levers: ['a new CRM'] }],
    ]);
  });
});

describe('the day news was published is not the deadline', () => {
  readsAs(AS_OF, [
    ['Le groupe vise 5 % de croissance en 2027, selon un communiqué publié mardi.', { kpi: 'sales_growth', deadline: '2027-12-31' }],
    ['The company will double sales by 2028, it said in a statement published Tuesday.', { kpi: 'revenue', deadline: '2028-12-31' }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [['Cut costs by 10% in May.', { kpi: 'costs', deadline: '2027-05-31' }]]);
  });
});

describe("an infinitive's \"to\" opens no stage-to-stage rate; sales abroad", () => {
  readsAs('2018-01-01', [['To experience economic growth we have to increase rates, cut costs, and look at innovative ways to increase revenue.', { kpi: null, direction: 'increase' }]]);
  readsAs('2017-11-09', [['Il prévoit de faire passer le chiffre d’affaires à l’international de 10 % à 30 % en 2022, en se développant en Espagne et dans quelques pays d’Amérique latine et d’Asie.', { kpi: null, baseline: 0.1, target: 0.3 }]]);
  readsAs(AS_OF, [
    ['To grow we have to increase rates and cut costs.', { kpi: null }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Raise the lead to customer conversion rate to 5%.', { kpi: 'conversion_rate', target: 0.05 }],
      ["Faire passer le chiffre d'affaires de 10 M€ à 30 M€ en 2027.", { kpi: 'revenue', baseline: 10000000, target: 30000000 }],
    ]);
  });
});

describe('money put into marketing is a spend; a range of less or added is a change', () => {
  readsAs('2009-02-01', [['Enfin, pour consolider son activité en 2009, le groupe continuera à limiter ses investissements publicitaires, comme annoncé en novembre.', { kpi: 'costs' }]]);
  readsAs('2009-09-01', [['Nous allons investir entre 10 et 15 millions d’euros de moins sur une année pleine pour le marketing puisque nous n’avons plus à faire la guerre l’un contre l’autre.', { kpi: 'costs', direction: 'decrease', target: null, change: { value: 10000000, kind: 'absolute' } }]]);
  readsAs('2025-01-06', [['“By the end of the five years, we expect to be adding 2,000 to 2,500 stalls a year,” the CEO said.', { baseline: null, target: null, change: { value: 2000, kind: 'absolute' }, recurrence: 'year' }]]);
  readsAs(AS_OF, [
    ['Réduire nos investissements marketing de 20 % en 2027.', { kpi: 'costs', direction: 'decrease' }],
    ['Cut investments in advertising by 10%.', { kpi: 'costs', direction: 'decrease' }],
    ["Dépenser entre 2 et 3 millions d'euros de moins en 2027.", { direction: 'decrease', change: { value: 2000000, kind: 'absolute' } }],
    ['Ajouter 10 à 15 magasins en 2027.', { target: null, change: { value: 10, kind: 'absolute' } }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ["Investir 3 milliards d'euros pour déployer 30 000 bornes.", { kpi: null }],
      ['Increase revenue from 30 to 35%.', { baseline: 0.3, target: 0.35 }],
    ]);
  });
});

describe("a kept aim, one's own business volume, a pace settled on", () => {
  readsAs('2016-01-01', [['Dans ces conditions, l’AMP peut légitimement maintenir son objectif de 13 millions de passagers annuels en 2030.', { kpi: null, direction: 'increase', target: 13000000 }]]);
  readsAs('2013-09-01', [['Le site de rencontres sur internet Meetic prévoit une progression «record» de son activité en France et en Europe en 2013 grâce à ses soirées et ses services mobiles, selon Jessica Delpirou, directrice de la filiale de l’américain Match.com pour la France.', { kpi: 'revenue', direction: 'increase' }]]);
  readsAs('2021-07-29', [['Le renforcement continu de notre expertise médicale en matière de soins de suite et de réadaptation et de prise en charge, notamment ambulatoire, de patients chroniques d’une part, et le développement de nos activités de Community Care, d’autre part, nous permettent désormais de nous installer durablement sur un rythme de croissance d’au moins 10%, en majorité organique.', { kpi: 'sales_growth', target: 0.1, change: null }]]);
  readsAs(AS_OF, [
    ['We maintain our target of 500 new customers in 2027.', { direction: 'increase', target: 500 }],
    ['Nous maintenons notre objectif de marge à 20 %.', { kpi: 'net_margin', direction: 'increase', target: 0.2 }],
    ["Nous voulons doubler notre activité d'ici 2030.", { kpi: 'revenue', change: { value: 1, kind: 'relative' } }],
    ['Le groupe prévoit une hausse «historique» de son activité en 2027.', { kpi: 'revenue', direction: 'increase' }],
    ['Nous voulons nous installer durablement sur un rythme de croissance d’au moins 10 %.', { direction: 'maintain', target: 0.1 }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Maintain churn at 3%.', { kpi: 'churn', direction: 'maintain' }],
    ]);
  });
});

describe('a goal named by its span; parts after "including"; an opening adverbial; a range after "to"', () => {
  readsAs('2010-04-06', [['(1)   Five-year   3% reduction   reduce water loss from 10.8% to 10.49%.', { kpi: null, baseline: 0.108, target: 0.1049, deadline: '2015-04-06' }]]);
  readsAs('2018-11-15', [['Five further new sites are expected to open before the end of the year, including two in the UK.', { target: null, change: { value: 5, kind: 'absolute' }, deadline: '2018-12-31' }]]);
  readsAs('2018-08-02', [['At the same time, the company raised its target for 2018 constant-currency revenue growth, excluding Green Chef, to 32 to 37%, from previously 30 to 35%.', { kpi: 'sales_growth', baseline: null, target: 0.32, deadline: '2018-12-31' }]]);
  readsAs('2025-02-01', [['Nous visons les 10 millions de visites par an, un chiffre d’affaires de 150 millions d’euros et près de 2 000 collaborateurs, avec cent salles, déclare François Petit.', { levers: [] }]]);
  readsAs('2025-01-06', [['Let’s just say, for the purpose of this exercise, your 12-month goal is $150,000.', { kpi: 'revenue', deadline: '2026-01-06' }]]);
  readsAs(AS_OF, [
    ['A three-year plan to grow revenue by 20%.', { kpi: 'revenue', deadline: '2029-11-26' }],
    ['Open 5 further stores in 2027.', { target: null, change: { value: 5, kind: 'absolute' } }],
    ['At the same time, the company raised its target for revenue growth to 32%.', { kpi: 'sales_growth', target: 0.32 }],
    ['raise revenue growth to 32 to 37% in 2027', { kpi: 'sales_growth', baseline: null, target: 0.32 }],
    ['Nous visons 10 millions de clients, déclare le directeur.', { target: 10000000, levers: [] }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [['We will open 12 stores in 2027, including 3 in Spain.', { target: 12 }]]);
  });
});
