/**
 * mend62l: the independent review of left62 (issue 11's goal-sentence leftovers), finding by finding. Each class row read
 * otherwise on left62's merge (1ad4c559, checked by running this file on a copy of its sources); the near misses read the
 * same on both. Sentences written for each shape, none copied from a fixture, FR and EN:
 * (1) an online shop's visitors are its website's: "visitors to our Shopify store / e-shop / Etsy shop", « notre
 *     e-boutique », « l'agence » — and one store or « boutique » alone is undecided, so keeps `website_traffic` as before
 *     left62; a physical word, several stores, « magasin » and "store visitors" stay footfall (no KPI);
 * (2) money invested, then another amount doubled ("our pipeline amount", "the deal amount", "our sales team budget",
 *     « notre enveloppe commerciale »): no baseline — only an advertising, marketing, media or campaign spend is the money
 *     itself (left62's "double our ad spend" kept);
 * (3) a date that opens the goal ("Starting in Q1 2027, …") is its start: the date after "or even" stays the deadline;
 * (4) funding words only ("fundraising", "funding", "funds", a round, a grant), and not when sales follow: "$10M in
 *     fundraising software sales", "$2M of funded projects", "$500k in first-round deals" are revenue again;
 * (5) a dateline before a company named We / Our / On or a team of a name ("We Are Social aims", "On Holding aims", "The team
 *     at Acme Corp", « L'équipe de Renault ») reports on others: no deadline;
 * (6) goods made and then closed or placed ("Make reps close 500 cars", "Make dealers place 500 cars") are sold: deals_closed;
 * (7) « 25 voire 30 % », "25 or even 30%", « deux ou trois points » one range at its lower bound; « voir le doubler »
 *     (misspelt « voire ») an alternative's date;
 * (P1) "by year-end 2028" is 2028's end, not this year's.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter: the current quarter and half end on 31 December 2026.
const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe("(1) an online shop's visitors and one store alone are website_traffic (were no KPI on left62)", () => {
  readsAs([
    ['Increase visitors to our Shopify store to 60,000 a month by June 2027.', { kpi: 'website_traffic', target: 60_000, recurrence: 'month', deadline: '2027-06-30' }],
    ["Augmenter les visiteurs de notre boutique Shopify à 60 000 par mois d'ici juin 2027.", { kpi: 'website_traffic', target: 60_000, deadline: '2027-06-30' }],
    ['Reach 100,000 monthly visitors to our e-shop by June 2027.', { kpi: 'website_traffic', target: 100_000 }],
    ['Increase visitors to our Etsy shop by 20% by June 2027.', { kpi: 'website_traffic', change: { value: 0.2, kind: 'relative' } }],
    ["Doubler les visiteurs de notre e-boutique d'ici juin 2027.", { kpi: 'website_traffic', change: { value: 1, kind: 'relative' } }],
    ["Augmenter de 15 % les visiteurs de l'agence d'ici 2027.", { kpi: 'website_traffic', change: { value: 0.15, kind: 'relative' } }],
    ['Augmenter de 15 % les visiteurs de l’agence d’ici 2027.', { kpi: 'website_traffic', change: { value: 0.15, kind: 'relative' } }],
    ['Increase visitors to our store to 60,000 a month by June 2027.', { kpi: 'website_traffic', target: 60_000 }],
    ["Augmenter les visiteurs de notre boutique à 50 000 par mois d'ici juin 2027.", { kpi: 'website_traffic', target: 50_000 }],
  ]);
});

describe('(1) near misses: a physical word, several stores, « magasin », "store visitors", a museum stay footfall (unchanged)', () => {
  readsAs([
    ['Grow visitors to our flagship store by 20% in 2027.', { kpi: null, change: { value: 0.2, kind: 'relative' } }],
    ['Increase visitors to our physical store to 5,000 a month.', { kpi: null, target: 5000 }],
    ['Increase visitors to our stores by 10% by 2027.', { kpi: null, change: { value: 0.1, kind: 'relative' } }],
    ['Grow visitors at our branches by 10% by 2027.', { kpi: null }],
    ['Increase store visitors by 20% by June 2027.', { kpi: null }],
    ["Augmenter les visiteurs de notre magasin de 10 % d'ici 2027.", { kpi: null, change: { value: 0.1, kind: 'relative' } }],
    ["Augmenter de 15 % les visiteurs de nos agences d'ici 2027.", { kpi: null }],
    ['Augmenter les visiteurs de notre boutique physique de 10 %.', { kpi: null }],
    ['Augmenter le nombre de visiteurs dans nos magasins de 20 %.', { kpi: null }],
    ['Increase the number of visitors to the museum to 50,000.', { kpi: null, target: 50_000 }],
    ['Increase visitors to our online store to 50,000.', { kpi: 'website_traffic' }],
    ['Increase visitors to 50,000.', { kpi: 'website_traffic', target: 50_000 }],
  ]);
});

describe('(2) money invested, then another amount doubled: no baseline (was the money invested)', () => {
  readsAs([
    ['We invest $40k a month in marketing and want to double our pipeline amount by 2028.', { kpi: 'pipeline_value', baseline: null, change: { value: 1, kind: 'relative' }, deadline: '2028-12-31' }],
    ['Invest $2M to double our average deal amount by 2028.', { baseline: null, change: { value: 1, kind: 'relative' } }],
    ['We invest $50k in tools to double the deal amount by 2028.', { baseline: null, change: { value: 1, kind: 'relative' } }],
    ['We invest $50k in training to double our sales team budget by 2028.', { baseline: null, change: { value: 1, kind: 'relative' } }],
    ["Investir 2 M€ pour doubler notre enveloppe commerciale d'ici 2028.", { baseline: null, change: { value: 1, kind: 'relative' } }],
  ]);
});

describe('(2) near misses: an advertising or marketing spend doubled is the money itself (unchanged)', () => {
  readsAs([
    ['We spend $40k a month on ads and aim to double our ad spend by 2028.', { kpi: 'costs', baseline: 40_000, change: { value: 1, kind: 'relative' } }],
    ['We invest $40k a month in marketing and want to double our marketing budget by 2028.', { baseline: 40_000, change: { value: 1, kind: 'relative' } }],
    ["Nous dépensons 40 k€ par mois en publicité et voulons doubler notre budget publicitaire d'ici 2028.", { baseline: 40_000 }],
    ["Nous investissons 40 k€ par mois et voulons doubler nos dépenses publicitaires d'ici 2028.", { baseline: 40_000 }],
    ["Investir 2 M€ pour doubler notre budget publicitaire d'ici 2028.", { baseline: 2_000_000 }],
    ["Investir 2 M€ pour doubler notre chiffre d'affaires d'ici 2028.", { kpi: 'revenue', baseline: null, target: null }],
  ]);
});

describe('(3) a date opening the goal is its start; the date after "or even" stays the deadline (was the start)', () => {
  readsAs([
    ['Starting in Q1 2027, grow revenue by 20%, or even double it by Q4 2027.', { kpi: 'revenue', change: { value: 0.2, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Beginning in Q1 2027, grow revenue by 20%, or even double it by Q4 2027.', { deadline: '2027-12-31' }],
  ]);
});

describe('(3) near misses: the goal\'s own date before « voire » / "or even" (unchanged)', () => {
  readsAs([
    ["À partir de janvier 2027, augmenter le CA de 20 %, voire le doubler d'ici décembre 2027.", { change: { value: 0.2, kind: 'relative' }, deadline: '2027-12-31' }],
    ["Dès le T1 2027, augmenter le CA de 20 %, voire le doubler d'ici le T4 2027.", { deadline: '2027-12-31' }],
    ['Increase revenue by 50% in 2027, or even double it by 2030.', { deadline: '2027-12-31' }],
    ["Augmenter le chiffre d'affaires de 50 % en 2027, voire le doubler d'ici 2030.", { deadline: '2027-12-31' }],
    ['In Q1 2027, reach 50 deals, or even 60 deals by March 31, 2027.', { target: 50, deadline: '2027-03-31' }],
  ]);
});

describe('(4) sales after a funding-like word are revenue (were no KPI on left62)', () => {
  readsAs([
    ['Increase the close rate to bring in $10M in fundraising software sales by 2027.', { kpi: 'revenue', target: 10_000_000 }],
    ['Increase the close rate to bring in $2M of funded projects by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Increase the close rate to bring in $500k in first-round deals by 2027.', { kpi: 'revenue', target: 500_000 }],
  ]);
});

describe('(4) near misses: funding itself names no KPI, sales money stays revenue, French alike (unchanged)', () => {
  readsAs([
    ['Increase conversion to bring in a $10M fundraising round.', { kpi: null, target: 10_000_000 }],
    ['Improve our close rate to secure $5M in funding.', { kpi: null, target: 5_000_000 }],
    ['Increase conversion to bring in $3M in funds by 2027.', { kpi: null, target: 3_000_000 }],
    ['Increase conversion to land a $5M seed round by 2027.', { kpi: null }],
    ['Améliorer le taux de conversion pour obtenir 2 M€ de levée de fonds.', { kpi: null, target: 2_000_000 }],
    ["Améliorer le taux de conversion pour réaliser 2 M€ de ventes d'ici 2027.", { kpi: 'revenue', target: 2_000_000 }],
    // French funding words were exact on left62 (no « fund\w* »): contracts after « financements » read revenue on both.
    ["Améliorer le taux de transformation pour signer 2 M€ de financements en contrats d'ici 2027.", { kpi: 'revenue', target: 2_000_000 }],
    ['Increase conversion to bring in $10M.', { kpi: 'revenue', target: 10_000_000 }],
  ]);
});

describe('(5) a dateline before a company named We / Our / On or a team of a name: news, no deadline (was the day)', () => {
  readsAs([
    ['NEW YORK, June 30 — The team at Acme Corp aims to reach 500 customers.', { target: 500, deadline: null }],
    ['NEW YORK, March 3 — The team behind Acme aims to reach 500 new customers.', { target: 500, deadline: null }],
    ["PARIS, 30 juin — L'équipe de Renault vise 500 000 ventes.", { target: 500_000, deadline: null }],
    ['PARIS, 30 juin — L’équipe d’Airbus vise 500 livraisons.', { target: 500, deadline: null }],
    ['ZURICH, March 3 — On Holding aims to double sales.', { deadline: null }],
    ['ZURICH, March 3 — On aims to double its sales.', { deadline: null }],
    ['NEW YORK, June 30 — We Are Social aims to double revenue.', { deadline: null }],
    ['LONDON, June 30 — Our Future Health plans to reach 500 new customers.', { target: 500, deadline: null }],
  ]);
});

describe("(5) near misses: the writer's own goal after a region's day keeps it (unchanged)", () => {
  readsAs([
    ['EMEA, June 30 — We aim to reach 500 new customers.', { deadline: '2027-06-30' }],
    ['EMEA, June 30 — The team aims to reach 500 new customers.', { deadline: '2027-06-30' }],
    ['EMEA, June 30 — Our team aims to reach 500 new customers.', { deadline: '2027-06-30' }],
    ['EMEA, June 30 — The team at our Lyon office aims to reach 500 new customers.', { deadline: '2027-06-30' }],
    ['EMEA, 30 juin — Notre équipe vise 500 nouveaux clients.', { deadline: '2027-06-30' }],
    ['EMEA, 30 juin — Nos équipes visent 500 nouveaux clients.', { deadline: '2027-06-30' }],
    ['PARIS, 30 juin — On vise 500 nouveaux clients.', { deadline: '2027-06-30' }],
    ['EMEA, June 30 — On track: we aim to reach 500 new customers.', { target: 500, deadline: '2027-06-30' }],
    ['PARIS, 30 juin — Nous visons 500 nouveaux clients.', { deadline: '2027-06-30' }],
    ["PARIS, 30 juin — L'équipe commerciale vise 500 nouveaux clients.", { deadline: '2027-06-30' }],
    ["PARIS, 30 juin — L'entreprise vise 500 clients.", { deadline: null }],
  ]);
});

describe('(6) goods made, then closed or placed, are sold (were no KPI on left62)', () => {
  readsAs([
    ['Make reps close 500 cars by June 2027.', { kpi: 'deals_closed', target: 500 }],
    ['Make dealers place 500 cars by June 2027.', { kpi: 'deals_closed', target: 500 }],
    ['Produce and close 500 cars by 2027.', { kpi: 'deals_closed', target: 500 }],
  ]);
});

describe('(6) near misses: "close to", a place ranked, goods made alone; French sells already (unchanged)', () => {
  readsAs([
    ['Build close to 5,000 cars a year.', { kpi: null, target: 5000 }],
    ['Manufacture 1.6 million cars to take first place in Europe by 2027.', { kpi: null, target: 1_600_000 }],
    ['Produce 5,000 units by 2027 in place of imports.', { kpi: null }],
    ['Build 5,000 cars a year.', { kpi: null, target: 5000 }],
    ['Fabriquer 5 000 voitures par an.', { kpi: null, target: 5000 }],
    ["Produire et placer 500 véhicules d'ici 2027.", { kpi: 'deals_closed', target: 500 }],
    ["Fabriquer puis écouler 500 voitures d'ici 2027.", { kpi: 'deals_closed', target: 500 }],
    ['Make 20 bookings a week.', { kpi: 'deals_closed', target: 20 }],
  ]);
});

describe('(7) « voire » / "or even" ranges, ranges in words, « voir » misspelt (were the upper bound, a count, the later date)', () => {
  readsAs([
    ["Augmenter le CA de 25 voire 30 % d'ici 2027.", { kpi: 'revenue', change: { value: 0.25, kind: 'relative' }, unit: 'percent' }],
    ["Augmenter le taux de conversion de 25 voire 30 % d'ici 2027.", { change: { value: 0.25, kind: 'relative' }, unit: 'percent' }],
    ['Grow revenue by 25 or even 30% by 2027.', { change: { value: 0.25, kind: 'relative' } }],
    ["Augmenter le taux de conversion de deux ou trois points d'ici 2027.", { change: { value: 0.02, kind: 'absolute' }, unit: 'percent' }],
    ["Augmenter le chiffre d'affaires de 50 % en 2027, voir le doubler d'ici 2030.", { deadline: '2027-12-31' }],
  ]);
});

describe('(7) near misses: ranges in digits, a noun between, two years, « voir » a verb (unchanged)', () => {
  readsAs([
    ['Raise the close rate by 1 or 2 points by 2027.', { change: { value: 0.01, kind: 'absolute' } }],
    ["Augmenter le taux de conversion de 2 ou 3 points d'ici 2027.", { change: { value: 0.02, kind: 'absolute' } }],
    ['Sell 25 deals or 30% more by 2027.', { kpi: 'deals_closed', target: 25 }],
    ['Grow revenue by 20% in 2027 or 30% in 2028.', { change: { value: 0.2, kind: 'relative' } }],
    ["Augmenter le chiffre d'affaires de 50 % en 2027 pour voir le marché doubler d'ici 2030.", { deadline: '2030-12-31' }],
  ]);
});

describe('(P1) "by year-end 2028" is that year\'s end (was the current year\'s)', () => {
  readsAs([
    ['Reach $5M in revenue by year-end 2028.', { kpi: 'revenue', target: 5_000_000, deadline: '2028-12-31' }],
    ['Reach $5M in revenue by year end 2028.', { deadline: '2028-12-31' }],
  ]);
});

describe('(P1) near misses: year-end alone, « fin d\'année 2028 », a year-end measure (unchanged)', () => {
  readsAs([
    ['Reach $5M in revenue by year-end.', { deadline: '2026-12-31' }],
    ['Reach $5M in revenue by the year-end of 2028.', { deadline: '2028-12-31' }],
    ["Atteindre 5 M€ de chiffre d'affaires d'ici la fin d'année 2028.", { deadline: '2028-12-31' }],
    ["Atteindre 5 M€ de CA d'ici fin d'année.", { deadline: '2026-12-31' }],
    ['Lower year-end inventory by 10% by 2028.', { deadline: '2028-12-31' }],
  ]);
});

describe('(P2) an ad spend doubled to grow revenue by a figure is the means: the goal is revenue (was costs +100 %)', () => {
  readsAs([
    ['Double our ad spend to grow revenue 30% by 2027.', { kpi: 'revenue', change: { value: 0.3, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Spend $40k a month on ads and double our ad spend to grow revenue 30% by 2027.', { kpi: 'revenue', change: { value: 0.3, kind: 'relative' } }],
  ]);
});

describe('(P2) near misses: French already so, a spend doubled alone or with a purpose stating no figure (unchanged)', () => {
  readsAs([
    ["Doubler notre budget publicitaire pour augmenter le chiffre d'affaires de 30 % d'ici 2027.", { kpi: 'revenue', change: { value: 0.3, kind: 'relative' } }],
    ['Double our ad spend by 2027.', { kpi: 'costs', change: { value: 1, kind: 'relative' } }],
    ['Double our ad spend to grow revenue.', { kpi: 'costs', change: { value: 1, kind: 'relative' } }],
    ['We spend $40k a month on ads and aim to double our ad spend by 2028.', { kpi: 'costs', baseline: 40_000 }],
  ]);
});
