/**
 * Classes of misses found on the fortieth real statement set (test/fixtures/statements/real40-heldout.jsonl: pawn shops,
 * remodelers, garden centres and growers, bike-sharing, student housing, podcast advertising, security-awareness
 * training, boatbuilders), chosen by what each rule moves on every set at once, structure first: who the word names (a
 * job title's "sales", a market's "global spending"), what a growth word qualifies (a price's growth, a growth potential),
 * the number's form ("six per cent" spelled, an amount in USD), then words (« peser » an amount: a market's size). Each rule
 * is checked on real40's sentences and on sentences written for the class, FR and EN, with near-misses that must keep
 * theirs.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-12-05';

describe("a job title's « sales » / « ventes » names a person, not the goal's measure", () => {
  readsAs('2012-01-02', [
    ['Farplants sales and marketing director Nick Richards said after 12 per cent growth in 2011 he hopes for eight-tonine per cent in 2012.', { kpi: 'sales_growth' }],
  ]);
  readsAs(AS_OF, [
    ['Our sales director expects 8% growth in 2027.', { kpi: 'sales_growth' }],
    ['The sales and marketing director hopes for 6% growth in 2027.', { kpi: 'sales_growth' }],
    ['Notre directrice ventes et marketing prévoit une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
  ]);
  describe('near-misses: sales named as the goal keep revenue', () => {
    readsAs(AS_OF, [
      ['Grow sales and profits by 10% in 2027.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
      ['Sales directors must grow revenue 10% in 2027.', { kpi: 'revenue' }],
      ['Grow direct sales by 10% in 2027.', { kpi: 'revenue' }],
      ['Augmenter les ventes directes de 10 % en 2027.', { kpi: 'revenue' }],
      ['Le chef des ventes vise une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
    ]);
  });
});

describe('a growth rate spelled before "per cent" is a figure, as before "percent"', () => {
  readsAs('2012-01-02', [['Meanwhile, Bransford Webbs is budgeting for growth of six per cent.', { kpi: 'sales_growth', target: 0.06, unit: 'percent' }]]);
  readsAs(AS_OF, [['We expect growth of eight per cent in 2027.', { kpi: 'sales_growth', target: 0.08 }]]);
  describe('near-misses: things counted after "growth of" are what grows', () => {
    readsAs(AS_OF, [
      ['We expect growth of six stores in 2027.', { kpi: null, change: { value: 6, kind: 'absolute' } }],
      ['Atteindre une croissance de 10 % d’ici 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ]);
  });
});

describe("a price's growth (rent, prices) and a growth potential or champion are no sales growth", () => {
  readsAs('2024-06-01', [
    ['Despite generally high financing and development costs today, there has been consistent demand for on-campus housing, and nearly 10% rent growth is predicted for the 2024-2025 academic year.', { kpi: null, target: 0.1, unit: 'percent' }],
  ]);
  readsAs('2014-01-06', [
    ["Son objectif : constituer un club de 300 entreprises, déjà considérées comme des championnes de la croissance, à qui le gouvernement du Québec réservera un traitement VIP pour leur permettre d'atteindre au plus vite leur plein potentiel de croissance.", { target: 300, unit: 'count' }],
  ]);
  readsAs(AS_OF, [
    ['We expect 5% price growth in 2027.', { kpi: null }],
    ['Nearly 10% rent growth is predicted for 2027.', { kpi: null, target: 0.1 }],
    ['Help 50 firms reach their full growth potential by 2027.', { kpi: null, target: 50 }],
    ["Aider 50 entreprises à atteindre leur plein potentiel de croissance d'ici 2027.", { kpi: null, target: 50, unit: 'count' }],
    ["Constituer un club de 300 entreprises, championnes de la croissance, d'ici 2027.", { kpi: null, target: 300, unit: 'count' }],
    ['Build a network of 300 growth champions by 2027.', { kpi: null, target: 300 }],
  ]);
  describe('near-misses: sales growth named, or growth alone, stays sales growth', () => {
    readsAs(AS_OF, [
      ['We expect 5% sales growth in 2027.', { kpi: 'sales_growth' }],
      ['Reach 10% growth by 2027.', { kpi: 'sales_growth', target: 0.1 }],
      ['Keep sales growth under 3% in 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ]);
  });
});

describe("a market's global spending forecast is no cost of the business", () => {
  readsAs('2017-02-06', [['Global spending on security awareness training for employees predicted to reach $10 billion by 2027', { direction: 'increase', target: 10000000000, unit: 'currency' }]]);
  readsAs(AS_OF, [['Worldwide spending on cloud services will reach $1 trillion by 2030.', { direction: 'increase', target: 1000000000000 }]]);
  describe("near-misses: the business's own spending stays its costs", () => {
    readsAs(AS_OF, [
      ['Cut our global spending on ads by 10% in 2027.', { kpi: 'costs', direction: 'decrease' }],
      ['Reduce spending on ads by 10% in 2027.', { kpi: 'costs', direction: 'decrease' }],
    ]);
  });
});

describe('« peser » an amount of money (a market forecast given only as an amount) is revenue; USD is money', () => {
  readsAs('2022-01-03', [
    ['Et les chiffres vont continuer de s’affoler puisque le cabinet Xerfi estime que le secteur pèsera 10 milliards d’euros en 2025.', { kpi: 'revenue', target: 10000000000, unit: 'currency' }],
  ]);
  readsAs('2025-01-06', [['Les services par drone sont destinés à peser plus de 80 Mds USD en 2025 au niveau mondial.', { kpi: 'revenue', target: 80000000000 }]]);
  readsAs(AS_OF, [
    ['Le marché de la seconde main pèsera 10 milliards d’euros en 2028.', { kpi: 'revenue', target: 10000000000 }],
    ["Le cabinet estime que le secteur pèsera 10 milliards d’euros en 2028, contre 7 milliards aujourd'hui.", { kpi: 'revenue', baseline: 7000000000, target: 10000000000 }],
    ['Reach 5 million USD in 2028.', { kpi: 'revenue', target: 5000000, unit: 'currency' }],
  ]);
  describe('near-misses: a share weighed, a cost weighed, a weight with no amount', () => {
    readsAs(AS_OF, [
      ['La livraison pourrait peser près de 20% des ventes en 2028.', { kpi: null, target: 0.2 }],
      ["Nos coûts pèseront 2 millions d'euros en 2028.", { kpi: 'costs' }],
      ['Le secteur devrait peser lourd en 2028.', { kpi: null, target: null }],
      ['Réduire nos coûts de 2 millions USD en 2028.', { kpi: 'costs', change: { value: 2000000, kind: 'absolute' } }],
    ]);
  });
});

describe('members held are the member base (customers), members gained are won; members merely counted name nothing', () => {
  readsAs('2009-03-23', [['Marshall expects to have one million members by the end of the year.', { kpi: 'customers', target: 1000000, unit: 'count', deadline: '2009-12-31' }]]);
  readsAs(AS_OF, [
    ['We want 5,000 members by 2027.', { kpi: 'customers', target: 5000 }],
    ['Have 300 members by June 2027.', { kpi: 'customers', target: 300 }],
    ['Le club veut compter 5 000 membres en 2027.', { kpi: 'customers', target: 5000, unit: 'count' }],
  ]);
  describe('near-misses: members won, staff, a board, a count in a with-phrase', () => {
    readsAs(AS_OF, [
      ['Gain 50 new members by June 2027.', { kpi: 'deals_closed', target: 50 }],
      ["Recruter 50 nouveaux membres d'ici juin 2027.", { kpi: 'deals_closed', target: 50 }],
      ['Hire 5 new team members by 2027.', { kpi: null, target: 5 }],
      ['Add two new team members by March 2027.', { kpi: null }],
      ["Recruter 3 nouveaux membres de l'équipe d'ici mars 2027.", { kpi: null }],
      ['Add 3 new members of staff by March 2027.', { kpi: null }],
      ["Former 300 membres du personnel d'ici 2027.", { kpi: null, target: 300 }],
      ['Les membres du conseil veulent augmenter le CA de 10 % en 2027.', { kpi: 'revenue' }],
      ['With 300 members, the club wants to double its revenue by 2027.', { kpi: 'revenue', change: { value: 1, kind: 'relative' } }],
    ]);
  });
});

describe('business won before an aim (« a remporté », "won … and expects") is what happened, not the goal', () => {
  readsAs('2012-01-02', [
    ['Suttons Seeds marketing director David Arnold said overall his market would be flat, as it was in 2011, but the company had won new business this week and he expected seven-to-eight per cent net volume growth.', { kpi: 'sales_growth', target: 0.07 }],
  ]);
  readsAs(AS_OF, [
    ['Our market will be flat, but we have won new business this quarter and expect 8% growth in 2027.', { kpi: 'sales_growth' }],
    ['Le marché sera stable, mais le groupe a remporté de nouveaux contrats et vise une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
  ]);
  describe("near-misses: the same measure won before and aimed at is the baseline; a negation is no past", () => {
    readsAs(AS_OF, [
      ['We won 10 deals last year and plan to win 15 in 2027.', { kpi: 'deals_closed', baseline: 10, target: 15 }],
      ['Nous avons gagné 10 clients et voulons en gagner 15 en 2027.', { kpi: 'deals_closed', baseline: 10, target: 15 }],
      ["We won't cut prices, and we plan to grow sales 10% in 2027.", { kpi: 'revenue', change: { value: 0.1, kind: 'relative' } }],
    ]);
  });
});

describe("a number inside a name (« Pawn 1 », \"Fortune 500\", \"Area 1\") or after \"No.\" is no figure of the goal", () => {
  readsAs('2025-01-06', [
    ['Pawn 1 is projecting its revenues this year will top $30 million, up from $5 million in 2000, he says.', { direction: 'increase', baseline: 5000000, target: 30000000 }],
    ['The initial cash infusion alone should give Pawn 1 enough capital to open 10 more stores over the next two years, as outlined in the companys business plan, he says.', { target: null, change: { value: 10, kind: 'absolute' } }],
  ]);
  readsAs(AS_OF, [
    ["L'enseigne Maison 21 vise 50 magasins en 2027.", { baseline: null, target: 50 }],
    ['We serve Fortune 500 companies and want 40 new clients in 2027.', { target: 40 }],
    ['Grow sales in Region 2 by 10% in 2027.', { target: null, change: { value: 0.1, kind: 'relative' }, unit: 'percent' }],
    // The 8 after "No." is still no figure; the 400 departments added are the target, as the fortieth set's written rule says
    // ("adding as many as 400 rental departments"; left51 read it so: an absolute change before).
    ['Home Depot Rentals (No. 8) is adding 400 rental departments in 2027.', { target: 400, change: null }],
  ]);
  describe("near-misses: an imperative's count, a label, a month, a quarter, a title's capitals, a year", () => {
    readsAs(AS_OF, [
      ['Sign 3 clients by June 2027.', { kpi: 'deals_closed', target: 3, deadline: '2027-06-30' }],
      ['Our plan to Reach 40 deals by June 30, 2027', { target: 40 }],
      ['Goal 2 – Book 40 meetings by June 2027.', { kpi: 'meetings', target: 40 }],
      ['Objective 1: grow revenue 10% by 2027.', { change: { value: 0.1, kind: 'relative' } }],
      ['Reach 250,000 Paying Fans by 2027', { kpi: 'customers', target: 250000 }],
      ['Le groupe vise le Top 5 européen et 500 magasins en 2027.', { target: 500 }],
      ['Hire 5 reps by Q3 2027.', { target: 5, deadline: '2027-09-30' }],
      ['Le CA atteindra 2 millions en 2027, contre 1,5 million en 2026.', { baseline: 1500000, target: 2000000 }],
    ]);
  });
});

describe("a past participle's aside (« rachetée … en septembre 2014 », \"acquired … in March 2026\") and « assure vendredi » date no goal", () => {
  readsAs('2015-09-01', [['La PME rochefortaise Nautitech, rachetée par le groupe allemand Bavaria en septembre 2014, va doubler sa production.', { deadline: null, change: { value: 1, kind: 'relative' } }]]);
  readsAs('2010-01-04', [
    ['"Il s\'agit d\'une période d\'adaptation. Le nombre de stations, de vélos et d\'abonnés est en train de doubler", assure vendredi Jérôme Blanchevoye, en charge du projet.', { deadline: null }],
  ]);
  readsAs(AS_OF, [
    ['Acme, acquired by Bigco in March 2026, will double its revenue.', { kpi: 'revenue', deadline: null }],
    ["Le nombre d'abonnés est en train de doubler, assure vendredi le directeur.", { deadline: null }],
  ]);
  describe("near-misses: the goal's own date after the aside, a date after « assure que », an aside with no participle", () => {
    readsAs(AS_OF, [
      ['Acme, founded in 2010, wants to double its revenue by June 2027.', { deadline: '2027-06-30' }],
      ["La société, créée en 2019, vise 5 millions d'euros de chiffre d'affaires en 2028.", { target: 5000000, deadline: '2028-12-31' }],
      ["Le directeur assure que le chiffre d'affaires doublera d'ici juin 2027.", { deadline: '2027-06-30' }],
      ["Nous voulons, d'ici juin 2027, doubler le chiffre d'affaires.", { deadline: '2027-06-30' }],
    ]);
  });
});

describe('students qualifying housing (« logements étudiants ») are whom it serves, not the customers counted', () => {
  readsAs('2025-01-06', [['8000 nouveaux logements étudiants par an, soit 40 mille à construire pendant le quinquennat, tel est l’objectif du gouvernement.', { kpi: null, target: 8000, recurrence: 'year' }]]);
  readsAs(AS_OF, [["Construire 500 logements étudiants d'ici 2028.", { kpi: null, target: 500 }]]);
  describe('near-misses: students themselves counted stay customers', () => {
    readsAs(AS_OF, [
      ["Accueillir 500 étudiants de plus d'ici 2028.", { kpi: 'customers', change: { value: 500, kind: 'absolute' } }],
      ["L'école vise 800 étudiants en 2028.", { kpi: 'customers', target: 800 }],
    ]);
  });
});
