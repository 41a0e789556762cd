/**
 * stmt51: the classes of real48's misses (the forty-eighth real set, opened by stmt51), read by general rules and checked in
 * sentences written for each shape (none copied from a fixture): (1) a year written over two with a hyphen ("2027-28") is
 * a fiscal year ending in the later one, not the figure 2027; (2) money a fundraising goal names, or money raised toward a
 * target, is no sales; (3) a weight or a volume (« 200 tonnes de denrées », « 1 000 hectolitres ») and the count a goal is
 * converted into (« l'équivalent de 100 000 repas ») count no deals; (4) "cross the ₹5,000 crore mark" names the threshold
 * before the noun; (5) « et une marge … supérieure à 8 % » after a first figure is a second goal; (6) a goal said to be met
 * ("the target should be achieved by …") is reached upward; (7) "up from a total of 25" is the baseline and "another 30",
 * "a further 10" a change, not after "and" / "with"; (8) "in the first two batches" counts nothing; (9) a closing « selon …
 * » / "according to …" clause holds no number of the goal; (10) « 58 % des entreprises tablent sur » is a survey share;
 * (11) an opening « Financé à hauteur de … » / "Backed by …" clause is no goal. Each class case read wrong before stmt51;
 * the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a year written over two with a hyphen is a fiscal year, not a figure', () => {
  readsAs([
    ['The budget for 2027-28 projects sales of $3.5 million.', { kpi: 'revenue', target: 3500000, unit: 'currency', deadline: '2028-12-31' }],
    ["Le budget 2027-28 prévoit un chiffre d'affaires de 4 M€.", { kpi: 'revenue', target: 4000000, unit: 'currency', deadline: '2028-12-31' }],
    ['Our plan for 2027–28 is 40 new customers.', { target: 40, deadline: '2028-12-31' }],
  ]);
});

describe('(1) near misses: an ISO date, two years apart and a four-digit range keep their readings', () => {
  readsAs([
    ['Sign 40 new customers by 2027-12-31.', { target: 40, deadline: '2027-12-31' }],
    ['Reach $2M in revenue over 2027-2028.', { target: 2000000, deadline: '2028-12-31' }],
    ['Reach $2M in revenue in 2027, then 30 more stores.', { target: 2000000, deadline: '2027-12-31' }],
  ]);
});

describe('(2) money raised for a fundraising goal or toward a target is no sales', () => {
  readsAs([
    ['Our holiday fundraising goal is $500,000.', { kpi: null, target: 500000, unit: 'currency' }],
    ['The shelter needs $80,000 to meet its fundraising goal by June 2027.', { kpi: null }],
    ['The shelter has raised just over $12,000 toward a target of $30,000.', { kpi: null, baseline: 12000, target: 30000, unit: 'currency' }],
  ]);
});

describe('(2) near misses: a sales goal and money sold toward a goal stay revenue', () => {
  readsAs([
    ['Our sales goal is $500,000.', { kpi: 'revenue', target: 500000 }],
    ['We sold $12,000 toward our goal of $30,000.', { kpi: 'revenue', target: 30000 }],
    ['We raised prices to reach $30,000 in monthly sales.', { kpi: 'revenue', target: 30000 }],
  ]);
});

describe('(3) a weight, a volume or a converted count names no deals', () => {
  readsAs([
    ["L'objectif : récolter 200 tonnes de denrées, soit 20 tonnes de plus que l'an dernier, l'équivalent de 400 000 repas.", { kpi: null, target: 200, unit: 'count' }],
    ["Objectif cette année : collecter près de 900 tonnes de denrées, l'équivalent de 2 millions de repas.", { kpi: null, target: 900 }],
    ['La coopérative pourra écouler 1000 hectolitres de vin en 2027.', { kpi: null, target: 1000 }],
  ]);
});

describe('(3) near misses: things sold and counted stay won deals; a weight alone names nothing, as before', () => {
  readsAs([
    ['Our goal: 500 tonnes of food, the equivalent of 1 million meals.', { kpi: null, target: 500 }],
    ['Notre objectif : 40 voitures vendues en 2027.', { kpi: 'deals_closed', target: 40 }],
    ['Notre objectif : vendre 5000 bouteilles en 2027.', { kpi: 'deals_closed', target: 5000 }],
  ]);
});

describe('(4) "cross the X mark": the figure before the noun is the threshold', () => {
  readsAs([
    ['Revenue should cross the ₹5,000 crore mark by FY28, growing 40 per cent.', { kpi: 'revenue', target: 50000000000, unit: 'currency' }],
    ['The company expects revenue to cross the Rs 15,000 crore-mark by FY28, growing around 60 per cent in the next three years.', { target: 150000000000, unit: 'currency' }],
  ]);
});

describe('(4) near misses: the mark named before its figure, and a figure alone', () => {
  readsAs([
    ['We want to cross the mark of 500 customers by 2027.', { target: 500 }],
    ['Sales should pass the $1 billion mark in 2027.', { target: 1000000000, unit: 'currency' }],
  ]);
});

describe('(5) « et une marge … supérieure à X » after a first figure is a second goal', () => {
  readsAs([
    ["Le groupe vise un chiffre d'affaires de 120 M€ et une marge d'Ebitda supérieure à 8 % en 2028.", { kpi: 'revenue', direction: 'increase', baseline: null, target: 120000000, unit: 'currency' }],
    ["Nous visons un chiffre d'affaires de 15 M€ et une marge nette supérieure à 6 % d'ici 2028.", { kpi: 'revenue', direction: 'increase', target: 15000000, unit: 'currency' }],
  ]);
});

describe('(5) near misses: with no figure before it, the bound is the goal', () => {
  readsAs([
    ['Atteindre une marge supérieure à 8 % en 2028.', { target: 0.08 }],
    ["Augmenter le chiffre d'affaires et une marge supérieure à 40 % d'ici 2027.", { target: 0.4 }],
  ]);
});

describe('(6) a goal said to be met is reached upward', () => {
  readsAs([
    ['The company said the new target should be achieved by the 2028-29 financial year.', { direction: 'increase', deadline: '2029-12-31' }],
    ["L'objectif sera atteint d'ici 2028.", { direction: 'increase', deadline: '2028-12-31' }],
  ]);
});

describe('(6) near miss: a goal reviewed moves nothing', () => {
  readsAs([['The target will be reviewed in 2028.', { direction: null }]]);
});

describe('(7) "up from a total of N" is the baseline; "another N", "a further N" a change', () => {
  readsAs([
    ['The accelerator aims to coach another 30 startups by 2028, up from a total of 25 so far.', { baseline: 25, target: null, change: { value: 30, kind: 'absolute' } }],
    ['Sign 50 customers in 2027, up from a total of 42.', { baseline: 42, target: 50 }],
    ['Hire a further 10 reps next year.', { target: null, change: { value: 10, kind: 'absolute' } }],
    ['Open another 20 stores by 2028.', { target: null, change: { value: 20, kind: 'absolute' } }],
  ]);
});

describe('(7) near miss: "and another N" lists a part of a level', () => {
  readsAs([['With 10,000 members and another 5,000 visitors a year, the club will total 12,000 members by the end of 2028.', { change: null }]]);
});

describe('(8) "in the first two batches" counts nothing', () => {
  readsAs([['The programme aims to groom another 40 companies by 2028, up from 30 firms in the first two batches.', { baseline: 30, target: null, change: { value: 40, kind: 'absolute' } }]]);
});

describe('(8) near miss: a first few things won are the count', () => {
  readsAs([['Win our first two enterprise customers by June 2027.', { target: 2 }]]);
});

describe('(9) a closing « selon … » / "according to …" clause holds no number of the goal (its year the current one)', () => {
  readsAsOf('2018-07-09', [
    ["Leur chiffre d'affaires devrait augmenter de 4 % d'ici un an, selon l'étude de la croissance 2018.", { target: null, change: { value: 0.04, kind: 'relative' }, unit: 'percent' }],
    ['Revenue should grow 4% within a year, according to the growth study 2018.', { target: null, change: { value: 0.04, kind: 'relative' } }],
  ]);
});

describe('(9) near misses: a source opening the sentence or set off by commas', () => {
  readsAs([
    ["Selon Statista, le nombre d'acheteurs en ligne pourrait atteindre 50 millions en 2028.", { target: 50000000 }],
    ['Procore, according to the paper, expects to generate more than $75 million in 2027.', { target: 75000000, unit: 'currency' }],
  ]);
});

describe('(10) « 58 % des entreprises tablent sur … »: the share of respondents is no number of the goal', () => {
  readsAs([
    ["Pour 2027, 58 % des entreprises tablent sur une hausse de leur chiffre d'affaires.", { kpi: 'revenue', target: null, unit: null }],
    ['40% of firms expect revenue to grow 5% next year.', { target: null, change: { value: 0.05, kind: 'relative' } }],
  ]);
});

describe('(10) near miss: a share aimed at stays the target', () => {
  readsAs([['Nous visons 58 % de clients satisfaits en 2027.', { target: 0.58 }]]);
});

describe('(11) an opening clause of funding received is no goal', () => {
  readsAs([
    ["Financé à hauteur de 10 millions d'euros par la région, le programme veut accompagner 2 000 entreprises d'ici 2028.", { target: 2000, unit: 'count' }],
    ['Backed by $5 million from investors, the startup aims to sign 200 customers by 2027.', { target: 200, unit: 'count' }],
  ]);
});

describe('(11) near miss: money raised as the goal keeps its amount', () => {
  readsAs([['Raise $5 million from investors by 2027.', { target: 5000000, unit: 'currency' }]]);
});
