/**
 * mend61s: the review of stmt61's seven rules (real58 opened), each regression as written by the review, then the near
 * misses stmt61 gained that must stay read:
 * (1) a news dateline's day is no date at all — no deadline and no start; a stated period keeps its own start;
 * (2) a capitalised label or region before a date ("SALES, June 30 — Reach $5M", « FRANCE, 30 juin — Atteindre … ») is
 * no dateline: a dateline needs a third person's report after the day (a name, then its verb), never an imperative;
 * (3) a with-phrase of possibility is no means and its figures stay set aside; a means before it is cut there and kept;
 * (4) money invested or spent in the present, then "double it / that / ce montant", is the level doubled;
 * (5) an ordinal right after a verb's particle ("Expand into a second location") is the count, not a place;
 * (6) a number in parentheses after a capitalised verb ("Generate (1500) Qualified Leads") is the goal's figure;
 * (7) "up from last year's 8% growth" beside a relative change is the change compared, no baseline; (8) « une hausse de
 * 7 % par rapport à cette année » already compares a period (pinned, no change).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) a news dateline is no date: no deadline, no start', () => {
  readsAs([
    ['SANTIAGO, June 2 Chilean chemicals firm Acme said it will increase its production capacity 50 percent.', { deadline: null, start: null }],
    ['MELAKA, April 11 — The group aims to hit the RM1 billion revenue mark.', { deadline: null, start: null, target: 1000000000 }],
    ["LYON, 30 juin — L'entreprise vise 10 M€ de chiffre d'affaires en 2027.", { deadline: '2027-12-31', start: '2027-01-01', target: 10000000 }],
    ['LONDON, 14 March — Acme aims to reach 2,500 leads in 2027.', { deadline: '2027-12-31', start: '2027-01-01', target: 2500 }],
    ['New Delhi, Apr 4 (KNN) India is looking to boost its seafood exports to USD 12 billion.', { deadline: null, start: null }],
  ]);
});

describe('(2) a label or a region before a date is no dateline: the goal keeps its deadline', () => {
  readsAs([
    ['SALES, June 30 — Reach $5M in revenue.', { deadline: '2027-06-30', target: 5000000 }],
    ['EMEA, June 30 — Reach 500 new customers.', { deadline: '2027-06-30', target: 500 }],
    ['APAC, Sept 30 — Sign 40 new accounts.', { deadline: '2027-09-30', target: 40 }],
    ['NORTH AMERICA, Dec 31 - Close 40 deals.', { deadline: '2026-12-31', target: 40 }],
    ['CHURN, March 31 — Reduce churn to 3%.', { deadline: '2027-03-31', target: 0.03 }],
    ['PIPELINE, Sept 30 — Build a $2M pipeline.', { deadline: '2027-09-30', target: 2000000 }],
    ['REVENUE TARGET, December 31 — Reach $5M.', { deadline: '2026-12-31' }],
    ['GOAL, June 30 — Sign 20 new clients.', { deadline: '2027-06-30' }],
    ['DEADLINE, June 30 — Reach 500 customers.', { deadline: '2027-06-30', target: 500 }],
    ['TEAM SALES, June 30 Reach 500 customers.', { deadline: '2027-06-30', target: 500 }],
    ["CHIFFRE D'AFFAIRES, 31 décembre — Atteindre 5 M€.", { deadline: '2026-12-31', target: 5000000 }],
    ['FRANCE, 30 juin — Atteindre 500 clients.', { deadline: '2027-06-30', target: 500 }],
    ['ÎLE-DE-FRANCE, 30 juin — Atteindre 500 clients.', { deadline: '2027-06-30', target: 500 }],
    ['Revenue, June 30 (stretch) Reach $5M.', { deadline: '2027-06-30', target: 5000000 }],
    ['Customers, Dec 31 (EMEA) Grow to 5,000.', { deadline: '2026-12-31', target: 5000 }],
  ]);
});

describe('(2) near misses: the news shape stays a dateline', () => {
  readsAs([
    ["PARIS, 12 mai (Reuters) - Le groupe vise 5 M€ de chiffre d'affaires.", { deadline: null, start: null, target: 5000000 }],
    ['LIMA, June 4 (AFP) - Backus aims to sell 5 million hectolitres.', { deadline: null, target: 5000000 }],
    ['SANTIAGO, June 2 Chilean retailer Falabella aims to open 20 stores.', { deadline: null, target: 20 }],
    ["ÎLE-DE-FRANCE, 3 mars — L'entreprise vise 500 clients.", { deadline: null, start: null, target: 500 }],
  ]);
});

describe('(3) a possibility is no means and its figures stay set aside; a means before it is kept', () => {
  readsAs([
    ['Reach 500 customers by 2027 with the potential for 200 more in 2028.', { target: 500, change: null, levers: [], deadline: '2027-12-31' }],
    ['Open 10 stores by 2028 with the potential for 5 more through franchising.', { target: 10, change: null, levers: [] }],
    ['Grow revenue to $5M by 2028 by signing 20 enterprise clients with the potential for upsell.', { target: 5000000, levers: ['signing 20 enterprise clients'] }],
    ['Grow revenue to $5M by 2028 by signing 20 enterprise clients with the potential to add SEO later.', { target: 5000000, levers: ['signing 20 enterprise clients'] }],
    ["Atteindre 500 clients d'ici 2027 avec la possibilité d'ouvrir une agence.", { target: 500, levers: [] }],
  ]);
});

describe('(4) money invested or spent in the present, then doubled itself, is the baseline', () => {
  readsAs([
    ['We invest $3M in marketing each year and want to double it by 2028.', { baseline: 3000000 }],
    ['We are investing $5M in R&D this year and plan to double that by 2028.', { baseline: 5000000 }],
    ['We spend $40k a month on ads and aim to double it by June 2027.', { baseline: 40000 }],
    ["Nous investissons 3 M€ par an en marketing et voulons doubler ce montant d'ici 2028.", { baseline: 3000000 }],
    ["Nous dépensons 40 k€ par mois en publicité et voulons doubler ce budget d'ici 2028.", { baseline: 40000 }],
  ]);
});

describe('(4) near misses: money paying for another object stays no level', () => {
  readsAs([
    ['The group will invest £2.75 billion to double its product range by 2028.', { baseline: null, target: null }],
    ['We will invest $2M to double our revenue by 2028.', { baseline: null, target: null }],
    ['We invested $2M last year and want to double it by 2028.', { baseline: 2000000 }],
    ["Nous dépensons 40 k€ par mois pour doubler nos ventes d'ici 2028.", { baseline: null, target: null }],
    ["Nous avons dépensé 40 k€ l'an dernier et voulons doubler ce montant d'ici 2028.", { baseline: 40000 }],
  ]);
});

describe('(5) an ordinal right after a verb particle is the count', () => {
  readsAs([
    ['Expand into a second location by 2028.', { target: 2, direction: 'increase' }],
    ['Expand into a third store in Texas by June 2027.', { target: 3 }],
    ['Grow into a fifth outlet by 2028.', { target: 5 }],
    ['Invest in a second shop by 2028.', { target: 2 }],
    ['Bring in our 1000th subscriber by March 2027.', { target: 1000 }],
    ["Investir dans un deuxième restaurant d'ici 2027.", { target: 2, direction: 'increase' }],
    ["Se développer dans une troisième agence d'ici 2028.", { target: 3 }],
  ]);
});

describe('(5) near misses: a place complement after a noun or a number', () => {
  readsAs([
    ['Increase output by 20,000 tons by the end of 2028, which may be at a new facility in a second location.', { target: null }],
    ['Create 200 jobs in a second location by 2028.', { target: 200 }],
  ]);
});

describe('(6) a number in parentheses after a capitalised verb is the figure', () => {
  readsAs([
    ['Goal: Generate (1500) Qualified Leads Per Month By June 2027', { target: 1500 }],
    ['Objective: Onboard (2500) New Customers By Q4 2027', { target: 2500 }],
    ['Sell (5000) Units In Q3 2027', { target: 5000 }],
    ['Hire (1200) New Members By June 2027', { target: 1200 }],
    ["Atteindre (1500) Nouveaux Clients d'ici 2027", { target: 1500 }],
  ]);
});

describe('(6) near misses: a stock code between a name\'s words', () => {
  readsAs([
    ['Chow Tai Fook (1929) Managing Director Kent Wong said the group aims to open 300 stores by 2028.', { baseline: null, target: 300 }],
  ]);
});

describe('(7) "up from last year\'s N%" beside a relative change is the change compared', () => {
  readsAs([
    ["Revenue will grow 10% in 2027, up from last year's 8% growth.", { baseline: null, change: { value: 0.1, kind: 'relative' } }],
    ["We expect 15% growth in leads in 2027, up from last year's 12%.", { baseline: null }],
    ['Revenue will grow 10% in 2027, up from 8% last year.', { baseline: 0.08, change: { value: 0.1, kind: 'relative' } }],
    ["We want 500 clients in 2028, up from last quarter's 400.", { baseline: 400, target: 500 }],
  ]);
});

describe('(8) a change against this year compares a period: the French form already reads so', () => {
  readsAs([
    ['Nous visons une hausse de 7 % par rapport à cette année.', { deadline: null, change: { value: 0.07, kind: 'relative' } }],
    ['We target a 7% increase against this year.', { deadline: null, change: { value: 0.07, kind: 'relative' } }],
  ]);
});
