/**
 * Classes of misses found on the thirty-third real statement set (test/fixtures/statements/real33-heldout.jsonl: toys, theme
 * parks and zoos, airlines, lawn care, perfumeries, watchmakers, automakers, soft drinks), chosen by what each rule moves on
 * every set at once, structure first: the verb telling who the people counted are (visitors a place takes in or draws back,
 * passengers carried, staff employed: no catalog KPI), the number's form (sales of things given only a count are things
 * sold; a pipeline given money is its value), and the sentence's shape (a demonstrative subject pointing to another
 * sentence's measure, an aim set against the goal by "instead of", a bound before the goal's verb, a possessive over one's
 * own accounts, a second item opened by an adjective and a change noun, « être rentable » in any tense, the market itself
 * conquered). Each rule is checked on real33's sentences and on sentences written for the class, FR and EN, with
 * near-misses that must keep their reading.
 */
import { readsAs } from './wording-table';

const AS_OF = '2026-11-26';

describe('visitors a place takes in or draws back are footfall, no website traffic', () => {
  readsAs(AS_OF, [
    ['Pour rentrer dans ses frais, il doit maintenant attirer 280 000 visiteurs.', { kpi: null, target: 280000 }],
    ['Le zoo veut accueillir 2 millions de visiteurs en 2028.', { kpi: null, target: 2000000, deadline: '2028-12-31' }],
    ['The park aims to welcome 3 million visitors a year.', { kpi: null, target: 3000000 }],
    // The goal word taken up by « ce » is a denied aim too; the aim set against it (« mais ») keeps its direction.
    ['"Le vrai objectif, ce n\'est pas de conquérir en one shot les visiteurs, mais de les faire revenir à nous", explique-t-il.', { kpi: null, direction: 'increase' }],
    ["L'objectif, ce n'est pas de vendre plus de produits.", { kpi: null, direction: null }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Attract 20,000 visitors to our website by June.', { kpi: 'website_traffic', target: 20000 }],
      ['Increase the number of visitors to 10,000 a month.', { kpi: 'website_traffic', target: 10000 }],
      ['je souhaite augmenter le nombre de visiteurs', { kpi: 'website_traffic' }],
    ]);
  });
});

describe('people a business carries, hosts or employs, counted, are no things won', () => {
  readsAs(AS_OF, [
    ['In a bold and ambitious move, Etihad Airways has charted an ambitious course for the future, setting a goal to accommodate a staggering 18 million passengers by 2025.', { kpi: null, target: 18000000 }],
    ['Setting a goal to accommodate 18 million passengers by 2030.', { kpi: null, target: 18000000, deadline: '2030-12-31' }],
    ['Our goal is to welcome 1 million guests a year.', { kpi: null, target: 1000000 }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [['My goal is 40 cars a month.', { kpi: 'deals_closed', target: 40 }]]);
  });
});

describe("a demonstrative figure points to another sentence's measure", () => {
  readsAs(AS_OF, [
    ['And by 2027, this figure could reach $55 billion, according to the 2017-2018 Cruise Industry News Annual Report.', { kpi: null, target: 55000000000 }],
    ["D'ici 2030, ce chiffre devrait atteindre 2 milliards d'euros.", { kpi: null, target: 2000000000 }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      // The measure named after the amount, or no demonstrative: sales.
      ['By 2030, this figure could reach $55 billion in sales.', { kpi: 'revenue' }],
      ['Reach $2 million in 2028.', { kpi: 'revenue', target: 2000000 }],
    ]);
  });
});

describe('sales of things given only a count, and things a relative clause says are sold, are things sold', () => {
  readsAs(AS_OF, [
    ["Toyota Motor Corp's annual global sales of electrified vehicles could reach 5.5 million in 2025, five years earlier than initially planned, a senior company executive said at an industry conference on Tuesday.", { kpi: 'deals_closed', unit: 'count' }],
    ['Les ventes de voitures électriques devraient atteindre 2 millions en 2028.', { kpi: 'deals_closed', target: 2000000, unit: 'count' }],
    ['Coke also said it hopes to more than double the number of soft drink servings it sells to more than 3 billion per day by the end of 2020.', { kpi: 'deals_closed', target: 3000000000 }],
    ["Nous voulons doubler le nombre de paires que nous vendons d'ici 2028.", { kpi: 'deals_closed', change: { value: 1, kind: 'relative' } }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Sales should reach 5 million euros in 2028.', { kpi: 'revenue', unit: 'currency' }],
      ['Sales of the company should reach 5 million in 2028.', { kpi: 'revenue' }],
      ['Sales of our products should grow 10% next year.', { kpi: 'sales_growth' }],
      ['Increase the number of products we sell per customer.', { kpi: null }],
    ]);
  });
});

describe('a pipeline given money is its value; a count of opportunities its throughput', () => {
  readsAs(AS_OF, [
    ['Increase our pipeline to €2M by Q3 2027.', { kpi: 'pipeline_value', target: 2000000, unit: 'currency' }],
    ["Porter le pipeline à 2 M€ d'ici fin juin 2027.", { kpi: 'pipeline_value', target: 2000000 }],
    ['Doubler le pipeline de 1 M€ à 2 M€ en 2027.', { kpi: 'pipeline_value', baseline: 1000000, target: 2000000 }],
    ['Grow pipeline by $400k by the end of this quarter.', { kpi: 'pipeline_value', change: { value: 400000, kind: 'absolute' } }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Grow the pipeline to 120 opportunities by Q3 2027.', { kpi: 'funnel_throughput', target: 120, unit: 'count' }],
      ["Doubler le pipeline d'ici juin 2027.", { kpi: 'funnel_throughput' }],
      ['Then if you have a financial target of $40k per SDR per month, the target would be 20 opps per month.', { kpi: 'funnel_throughput' }],
    ]);
  });
});

describe('a base of one\'s own, accounts or a placeholder count, is the customers', () => {
  readsAs(AS_OF, [
    ['Remington, Ind.: “Double my weekly mowing accounts.”', { kpi: 'customers', change: { value: 1, kind: 'relative' } }],
    ['Grow our accounts by 20% next year.', { kpi: 'customers' }],
    ['I would like to have X customers in a year.', { kpi: 'customers', target: null }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Open 50 new accounts.', { kpi: 'deals_closed', target: 50 }],
      // No possessive: the customers counted are a means of the sales named after them (real21).
      ["By focusing on increasing daily customers, check size and visit frequency by 10% in each category, you'll juice yearly sales.", { kpi: 'revenue' }],
    ]);
  });
});

describe('an aim set against the goal by "instead of" is no goal', () => {
  readsAs(AS_OF, [
    ["For instance, instead of setting a concrete goal of 50 customers 365 days from now, you could say I would like to have X customers in a year, that sure would be nice, but if it doesn't happen then X customers is still my goal.", { kpi: 'customers', target: null, unit: null }],
    ['Instead of aiming for 50 customers, aim for 80 customers by June.', { target: 80 }],
    ["Au lieu de viser 50 clients, visez 80 clients d'ici juin.", { target: 80 }],
  ]);
  describe('near-misses', () => {
    // « au lieu de » before a number compares with a current level: the baseline (real12).
    readsAs(AS_OF, [['5 millions de clients d’ici 2030 au lieu de 1,5 million aujourd’hui.', { baseline: 1500000, target: 5000000 }]]);
    // The aim set aside ends at its clause: a goal joined after it by « et », "and", "but" or a colon keeps its verb and
    // numbers, and a level hedged by "about" or « près de » is still the baseline compared with (final read, 2026-12-04).
    readsAs(AS_OF, [
      ['Sell to existing accounts instead of new ones and grow upsell revenue to $1M by December.', { direction: 'increase', target: 1000000 }],
      ['Focus on retention instead of acquisition: cut CAC to $150 by June.', { kpi: 'cac', direction: 'decrease', target: 150 }],
      ['Reach 60 customers instead of about 40 today.', { baseline: 40, target: 60 }],
      ['5 millions de clients d’ici 2030 au lieu de près de 1,5 million aujourd’hui.', { baseline: 1500000, target: 5000000 }],
    ]);
  });
});

describe('other KPI shapes: a second item after an adjective, « être rentable » in any tense, the market conquered', () => {
  readsAs(AS_OF, [
    ['En raison de la stratégie commerciale qu’il a mise en oeuvre, Casino envisage une accélération de la croissance organique et une nouvelle hausse de son résultat opérationnel en 2008.', { kpi: 'sales_growth' }],
    ['Ainsi, la société, présente dans 18 pays sur trois continents, a annoncé qu’elle serait rentable pour la première fois en Europe à l’issue de l’année 2027.', { kpi: 'profit', target: null, deadline: '2027-12-31' }],
    ["L'entreprise sera rentable en 2028.", { kpi: 'profit', direction: 'increase' }],
    ['Back Market veut aussi conquérir les marchés à l’international.', { kpi: 'market_share', direction: 'increase' }],
    ['Dans leurs plans de développement, ces derniers veulent conquérir le marché dans un futur proche.', { kpi: 'market_share' }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      // Markets entered, not the market conquered (real21).
      ['Conquérir des marchés en Asie.', { kpi: null }],
      ['Atteindre 5 M€ au terme de 2027.', { kpi: 'revenue', deadline: '2027-12-31' }],
    ]);
  });
});

describe('a level in a parenthesis dated now or in the past, or after a compared year, is the baseline', () => {
  readsAs(AS_OF, [
    ["L'entreprise prévoit désormais d'atteindre 1.500 collaborateurs en 2023 (1.200 l'année dernière), dont 50% de CDI.", { baseline: 1200, target: 1500 }],
    ['Reach 500 customers by 2028 (400 last year).', { baseline: 400, target: 500 }],
    ['D’ici à la fin 2010, nous ambitionnons de voir progresser de 20 % notre chiffre d’affaires réseau (570 millions d’euros fin 2007).', { baseline: 570000000, target: null, change: { value: 0.2, kind: 'relative' } }],
    ["L'enseigne va mettre les bouchées doubles, pour atteindre 4 milliards d'euros de ventes en 2013, soit 30 % de plus qu'en 2010 (3,09 milliards d'euros, en progression de 5,6 %).", { baseline: 3090000000, target: 4000000000, change: null }],
    // The breakdown after « dont » ends with its parenthesis, and a round count in words is one too.
    ['Le parc de magasins (423 unités dont 94 franchises actuellement) devrait se doter d’une centaine d’unités supplémentaires dont une trentaine de franchises.', { baseline: 423, target: null, change: { value: 100, kind: 'absolute' }, direction: 'increase' }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      // The page's example value of the goal, and an amount restated in another currency, are no baseline.
      ['Reach 500 customers by 2028 (sample: 60%).', { baseline: null, target: 0.6 }],
      ['The company had set itself a billion dollar revenue (about Sh103 billion under prevailing exchange rate) target over the next five years.', { baseline: null, target: 1000000000 }],
    ]);
  });
});

describe('a comparison after a dash, or from a past period named by a noun, gives the baseline', () => {
  readsAs(AS_OF, [
    ['Toys for adults with a passion for collectables have become one of the main growth pillars for the retailer, which aims to earn 15 % of its total sales from them next year – up from 12 % today.', { baseline: 0.12, target: 0.15 }],
    ["Swatch Group (UHR.VX) will have to work hard to achieve its goal of increasing sales this year to 8 billion Swiss francs ($8.50 billion) from last year's record high of 7 billion, its chief executive told Reuters on Thursday.", { baseline: 7000000000, target: 8000000000, change: null, deadline: '2026-12-31' }],
  ]);
  describe('near-misses', () => {
    // A side remark after a dash stays set aside.
    readsAs(AS_OF, [['Grow revenue to $2M next year — our main goal for the team.', { target: 2000000, baseline: null }]]);
  });
});

describe('a percentage set beside the level and compared with a past period restates it', () => {
  readsAs(AS_OF, [
    ['Passenger numbers are anticipated to hit 5.2 billion in 2025, a 6.7% increase from 2024.', { target: 5200000000, change: null }],
    ['Revenues will hit $2 million in 2028, a 6.7% increase from 2027.', { target: 2000000, change: null }],
    ['Elle prévoit d’atteindre pour l’année en cours un chiffre d’affaires consolidé de 420 millions d’euros, en progression de 5% par rapport à 2021.', { target: 420000000, change: null, direction: 'increase' }],
  ]);
  describe('near-misses', () => {
    // « consolider » is still a verb of holding; only the participle after a noun is not.
    readsAs(AS_OF, [["Consolider notre chiffre d'affaires en 2027.", { kpi: 'revenue', direction: 'maintain' }]]);
  });
});

describe('a condition or a consequence clause after the goal gives no direction', () => {
  readsAs(AS_OF, [
    ['“Swatch should achieve 10 billion francs in sales in 2015, but if foreign exchange rates remain as miserable as they are now, it could happen later,” Chief Executive Nick Hayek was quoted as telling Neue Zuercher Zeitung am Sonntag.', { direction: 'increase', target: 10000000000 }],
    ['« L’OL atteindra son objectif de 400ME de chiffre d’affaires en 2024, ce qui lui garantira une stabilité plus uniquement liée aux résultats sportifs », explique le quotidien régional.', { direction: 'increase' }],
    ["L'entreprise atteindra son objectif de 5 M€ de chiffre d'affaires en 2028, ce qui lui garantira une stabilité.", { kpi: 'revenue', direction: 'increase' }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [["Stabiliser le chiffre d'affaires à 5 M€ en 2028.", { direction: 'maintain', target: 5000000 }]]);
  });
});

describe('ranges and periods by their shape', () => {
  readsAs(AS_OF, [
    // An English range with no "from" before a growth noun, or before "more"; a range of durations ends with its later bound.
    ['The group is now going for 5 to 10 % growth over a two- to three-year period.', { baseline: null, target: 0.05, deadline: '2029-11-26' }],
    ['Grand Haven, Mich.: “My business goals this year are to add five to 10 more accounts and buy at least one new mower and a new trailer.', { baseline: null, change: { value: 5, kind: 'absolute' } }],
    ["À l'étranger, « dans une perspective de cinq à sept ans, nous pouvons imaginer la présence d'une centaine de magasins en Italie, une cinquantaine en Belgique et une centaine en Scandinavie », complète le patron.", { target: 100, deadline: '2033-11-26' }],
    // The year before its fiscal noun; a list's number glued to its word; a need after a leading purpose.
    ['The luxury watch-seller has set a target for annual revenues to hit £3billion by the end of the 2028 financial year.', { deadline: '2028-12-31' }],
    ['3)At least double my clientele', { baseline: null, change: { value: 1, kind: 'relative' } }],
    ['Pour faire vivre nos 5.700 animaux, nous avons besoin de recevoir un million de visiteurs.', { target: 1000000 }],
  ]);
  describe('near-misses', () => {
    readsAs(AS_OF, [
      ['Increase revenue from 5 to 10 million dollars.', { baseline: 5000000, target: 10000000 }],
      ['Grow sales over a three-year period.', { deadline: '2029-11-26' }],
      ['Reach £3 billion by the end of financial year 2028.', { deadline: '2028-12-31' }],
    ]);
  });
});
