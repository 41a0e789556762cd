/**
 * stmt54: the lead's ruling N1 (2026-12-06) and the classes of real51's misses (the fifty-first real set, opened by stmt54),
 * read by general rules and checked in sentences written for each shape (none copied from a fixture):
 * (N1) a sentence listing levels of ONE measure, each with its own year or date (« 100 000 visiteurs en 2027, 150 000 en
 * 2028 et 200 000 en 2030 », "$5M in 2027 and $8M by 2028"): the goal is the list's LAST level, its date the deadline, the
 * earlier levels milestones; two goals on different measures keep the first goal's figure (mend53c's F);
 * (1) a level at the end of a period already over (« fin 2003 », "at the end of 2024") is an observation when a date
 * ahead is named, not the deadline; (2) « Les objectifs sont de … » states a goal, not a level held; (3) "compared with …"
 * and « comparé à … » are comparisons: no means, and their date no deadline; (4) "with" / « avec » after an interview or
 * talks names whom one spoke with, no means; (5) a profitability or a growth rate after "with" / « avec » is a state or a
 * second aim, no means; (6) the South African rand before a scale word ("R1bn", "R100-billion", "R2-trillion") is money;
 * (7) "meeting" before its object or a second verb ("meeting and exceeding the target") is the verb, no meetings held;
 * (8) "a year earlier / later than …" is a shift in time, no cadence. Each class case read wrong before stmt54; the near
 * misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(N1) levels of one measure each with its own date: the last level is the goal, its date the deadline', () => {
  readsAs([
    ['Nous visons 100 000 visiteurs en 2027, 150 000 en 2028 et 200 000 en 2030.', { target: 200000, deadline: '2030-12-31' }],
    ['We target $5M in revenue in 2027 and $8M by 2028.', { kpi: 'revenue', target: 8000000, deadline: '2028-12-31' }],
    ["L'objectif est de grimper à 40 % de part de marché en 2027 et 55 % en 2029.", { kpi: 'market_share', target: 0.55, change: null, deadline: '2029-12-31' }],
    ['Reach a 3.2% margin in 2028 and 3.5% in 2030.', { target: 0.035, deadline: '2030-12-31' }],
    ["Le groupe veut un chiffre d'affaires de 2 millions d'euros en 2027, 5 millions en 2028 et 9 en 2029.", { kpi: 'revenue', target: 9000000, deadline: '2029-12-31' }],
    ["Les objectifs sont de 200 millions de voyageurs en 2030 et de 240 millions en 2035.", { target: 240000000, baseline: null, deadline: '2035-12-31' }],
    ['Sales should grow 10% by 2028 and 25% by 2030.', { change: { value: 0.25, kind: 'relative' }, deadline: '2030-12-31' }],
  ]);
});

describe('(N1) near misses: two measures, a past level, a conditional stretch, a change restated, one date keep their readings', () => {
  readsAs([
    ['Reach $5M in revenue by 2027 and 500 customers by 2028.', { target: 5000000, deadline: '2027-12-31' }],
    ["Atteindre 10 M€ de chiffre d'affaires en 2027 et une marge de 12 % en 2028.", { target: 10000000, deadline: '2027-12-31' }],
    ['Grow revenue to $5M by 2028, up from $3M in 2025.', { baseline: 3000000, target: 5000000, deadline: '2028-12-31' }],
    ['Close 10 deals in January, and if we can, reach 40 by March.', { target: 10 }],
    ['Increase direct bookings by 20% in Q1, improving ADR by 5% by year-end.', { change: { value: 0.2, kind: 'relative' } }],
    ['Reach a turnover of £12 million in 2027, an increase of £6 million in one year.', { target: 12000000, deadline: '2027-12-31' }],
    ["Croître de 10 % d'ici 2028, puis de 15 % supplémentaires en 2030.", { target: 0.1, deadline: '2028-12-31' }],
    ['Grow sales to $2M and $3M by 2028.', { target: 2000000, baseline: null, deadline: '2028-12-31' }],
  ]);
});

describe('(1) a level at the end of a period already over is an observation, not the deadline', () => {
  readsAs([
    ['La marge est passée de 1,2 % fin 2024 à 1,35 % un an plus tard, avec un objectif à 1,5 % dans trois ans.', { target: 0.015, deadline: '2029-12-05' }],
    ['At the end of 2024, revenue was $2M, and it is expected to grow in 2027 and 2028.', { baseline: 2000000, target: null, deadline: '2028-12-31' }],
  ]);
});

describe('(1) near misses: a period end ahead stays the deadline', () => {
  readsAs([
    ['Reach $3M in revenue by the end of 2027.', { target: 3000000, deadline: '2027-12-31' }],
    ["Atteindre 3 M€ de chiffre d'affaires fin 2027.", { target: 3000000, deadline: '2027-12-31' }],
  ]);
});

describe('(2) « Les objectifs sont de … »: a goal stated, not a level held', () => {
  readsAs([
    ['Les objectifs sont de 240 millions de voyageurs en 2035.', { baseline: null, target: 240000000, direction: 'increase' }],
    ['Les cibles sont de 500 clients en 2028.', { baseline: null, target: 500 }],
  ]);
});

describe('(2) near misses: a level held keeps its reading', () => {
  readsAs([["Nos ventes sont de 2 M€ et nous visons 3 M€ d'ici 2028.", { baseline: 2000000, target: 3000000 }]]);
});

describe('(3) "compared with" / « comparé à »: a comparison, no means, its date no deadline', () => {
  readsAs([
    ["The company expects revenue of $870 million for the fourth quarter, compared with analysts' estimates of $905 million.", { levers: [] }],
    ['Grow the volume of cargo by 60 per cent in 2027 compared with 2025 to 435,000 TEU.', { levers: [], target: 435000 }],
    ["Atteindre 4 milliards d'euros de chiffre d'affaires en 2030 et de 5 milliards en 2032, comparé à un chiffre d'affaires anticipé de 2,2 milliards d'euros en 2025.", { target: 5000000000, deadline: '2032-12-31' }],
  ]);
});

describe('(3) near misses: "with" and « avec » still open a means elsewhere', () => {
  readsAs([
    ["Atteindre 4 milliards d'euros de chiffre d'affaires en 2030, comparé à un chiffre d'affaires de 2,2 milliards d'euros en 2025.", { target: 4000000000, deadline: '2030-12-31' }],
    ['Grow revenue 10% in 2027 with a new partner programme.', { levers: ['a new partner programme'] }],
    ['Augmenter le CA de 10 % en 2027 avec une nouvelle équipe commerciale.', { levers: ['une nouvelle équipe commerciale'] }],
  ]);
});

describe('(4) "with" / « avec » after an interview or talks names whom one spoke with', () => {
  readsAs([
    ['We aim to grow sales by 20% a year, the CEO said in an interview with Reuters, after the launch of the new plant.', { levers: [] }],
    ['« Nous voulons augmenter nos ventes de 20 % par an », affirme la ministre dans un entretien avec Les Affaires, en marge de la conférence.', { levers: [] }],
  ]);
});

describe('(4) near misses: an attribution alone already named no means', () => {
  readsAs([
    ['We want to grow sales by 20% a year, the minister said in an interview with Reuters.', { levers: [] }],
    ["Nous voulons augmenter les ventes de 20 % par an, a-t-il dit lors d'un entretien avec l'AFP.", { levers: [] }],
  ]);
});

describe('(5) a profitability or a growth rate after "with" / « avec » is no means', () => {
  readsAs([
    ["Viser un chiffre d'affaires de 5 M€ en 2027 avec une rentabilité stable.", { kpi: 'revenue', target: 5000000, levers: [] }],
    ['Increase annual recurring revenue in 2027, with an expected growth rate between 21% and 23%.', { levers: [] }],
    ['Set quarterly ARR targets with growth rate, not just absolute numbers.', { levers: [] }],
  ]);
});

describe('(5) near misses: a means after "with" / « avec » stays one', () => {
  readsAs([
    ["Atteindre 5 M€ de chiffre d'affaires avec une nouvelle offre de services.", { levers: ['une nouvelle offre de services'] }],
    ['Grow revenue by 10% with a growth marketing agency.', { levers: ['a growth marketing agency'] }],
  ]);
});

describe('(6) the South African rand before a scale word is money', () => {
  readsAs([
    ['The group has set a target of becoming a R100-billion company by March 2030.', { kpi: 'revenue', target: 100000000000, unit: 'currency' }],
    ['Set a target of mobilising R2-trillion of investment by 2028.', { target: 2000000000000, unit: 'currency' }],
    ['Reach R1bn by 2028.', { target: 1000000000, unit: 'currency' }],
    ['Generate pretax profit of R1bn by 2028.', { kpi: 'profit', target: 1000000000, unit: 'currency' }],
  ]);
});

describe('(6) near misses: an R label with no scale is no rand', () => {
  readsAs([
    ['Resolve 40 R2 tickets a week.', { target: 40, unit: 'count' }],
    ['Reach R50,000 in monthly sales by 2027.', { target: 50000, unit: 'currency' }],
  ]);
});

describe('(7) "meeting" before its object or a second verb is the verb', () => {
  readsAs([
    ['We are confident of meeting and even surpassing the revenue target for 2027.', { kpi: 'revenue' }],
    ['Our focus is meeting our sales target of $2M in 2027.', { kpi: 'revenue' }],
  ]);
});

describe('(7) near misses: meetings counted or held keep their KPI', () => {
  readsAs([
    ['Book 30 meetings a month in 2027.', { kpi: 'meetings', target: 30 }],
    ['Hold a meeting the day after each demo and book 20 meetings a month.', { kpi: 'meetings' }],
  ]);
});

describe('(8) "a year earlier / later than …" is a shift in time, no cadence', () => {
  readsAs([
    ['We expect to hit the $1M sales target in 2027, a year earlier than planned.', { recurrence: null, target: 1000000 }],
    ['Reach 500 customers in 2028, a year later than forecast.', { recurrence: null, target: 500 }],
  ]);
});

describe('(8) near misses: a cadence stays one', () => {
  readsAs([
    ['Raise revenue by $20,000 per month after one year.', { recurrence: 'month' }],
    ['Sign 10 new customers a year.', { recurrence: 'year' }],
  ]);
});

/*
 * mend54c: the review of stmt54 (R1–R7) and the lead's narrowing of N1 — a trajectory of LEVELS reached at successive dates;
 * counts in disjoint periods within a year, additions, items each with its own place or product, and changes per period are
 * two goals, the first kept (F).
 */
describe('(R1) a bare figure of another measure takes no money scale: the first goal', () => {
  readsAs([
    ['Atteindre 2 M€ de CA en 2027 et un effectif de 40 en 2028.', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
    ['Grow revenue to $2M in 2027 and 300 in 2028.', { kpi: 'revenue', target: 2000000, deadline: '2027-12-31' }],
  ]);
});

describe('(R1) near misses: a bare level of the list\'s size right before its year takes its scale', () => {
  readsAs([
    ['Atteindre 50 millions de CA en 2027 et 190 en 2029.', { target: 190000000, deadline: '2029-12-31' }],
    ['Grow revenue to $2M in 2027 and 3 in 2028.', { target: 3000000, deadline: '2028-12-31' }],
  ]);
});

describe('(R2) an addition is another goal: the first', () => {
  readsAs([
    ['Open 20 stores in 2027 and 30 more in 2028.', { target: 20, deadline: '2027-12-31' }],
    ['Hire 10 reps in 2027 and another 15 in 2028.', { target: 10, deadline: '2027-12-31' }],
    ['Grow revenue 10% by 2027 and a further 15% by 2029.', { change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Ouvrir 20 magasins en 2027 et 30 de plus en 2028.', { target: 20, deadline: '2027-12-31' }],
    ['Ouvrir 20 magasins en 2027 et 30 autres en 2028.', { target: 20, deadline: '2027-12-31' }],
    ["Augmenter le CA de 10 % d'ici 2027 et encore de 15 % d'ici 2029.", { change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' }],
  ]);
});

describe('(R2) near misses: levels with no addition stay one list (N1)', () => {
  readsAs([
    ['Grow sales to $2M in 2027 and $3M in 2028.', { target: 3000000, deadline: '2028-12-31' }],
    ["Un objectif de 10 M€ en 2027 et de plus de 25 M€ à l'horizon 2029.", { target: 25000000, deadline: '2029-12-31' }],
  ]);
});

describe('(R3) items each with its own place or product are two goals: the first', () => {
  readsAs([
    ['We will open 10 stores in Paris in 2027 and 5 in Lyon in 2028.', { target: 10, deadline: '2027-12-31' }],
    ['Sell 1,000 units of product A in 2027 and 500 units of product B in 2028.', { target: 1000, deadline: '2027-12-31' }],
    ['Ouvrir 10 magasins à Paris en 2027 et 5 à Lyon en 2028.', { target: 10, deadline: '2027-12-31' }],
    ['Vendre 1 000 unités du produit A en 2027 et 500 unités du produit B en 2028.', { target: 1000, deadline: '2027-12-31' }],
  ]);
});

describe('(R3) near misses: a place both items share, or a month named, keeps the list', () => {
  readsAs([
    ['Ouvrir 10 magasins à Paris en 2027 et 15 à Paris en 2028.', { target: 15, deadline: '2028-12-31' }],
    ['Reach 50 deals by June 2027 and 80 by December 2027.', { target: 80, deadline: '2027-12-31' }],
  ]);
});

describe('(R4) "meeting" after a verb of growing or "each"/"every" is the noun', () => {
  readsAs([
    ['Double meeting and call volume by June 2027.', { kpi: 'meetings', change: { value: 1, kind: 'relative' } }],
    ['Increase meeting and call volume by 25% by Q2 2027.', { kpi: 'meetings', change: { value: 0.25, kind: 'relative' } }],
    ['Every meeting the team books should convert at 25% by 2027.', { kpi: 'meetings' }],
    ['Each meeting the SDR books should convert at 25% by 2027.', { kpi: 'meetings' }],
    ['Double meeting and event attendance by 2027.', { kpi: 'meetings' }],
  ]);
});

describe('(R4) near misses: the verb after a preposition stays no meeting', () => {
  readsAs([
    ['We are optimistic of meeting and even surpassing the revenue target of $5M in 2027.', { kpi: 'revenue', target: 5000000 }],
    ["Augmenter le volume de réunions et d'appels de 25 % d'ici 2027.", { kpi: 'meetings', change: { value: 0.25, kind: 'relative' } }],
  ]);
});

describe('(R5) "profitability" / "growth rate" as a modifier leaves the means', () => {
  readsAs([
    ['Reach $10M in revenue by 2028 with improved profitability tools for our reps.', { levers: ['improved profitability tools for our reps'] }],
    ['Reach $10M in revenue by 2028 with profitability coaching for every rep.', { levers: ['profitability coaching for every rep'] }],
    ['Reach $10M in revenue by 2028 with growth rate tracking dashboards for managers.', { levers: ['growth rate tracking dashboards for managers'] }],
    ['Atteindre 10 M€ de CA en 2028 avec des outils de rentabilité pour nos commerciaux.', { levers: ['des outils de rentabilité pour nos commerciaux'] }],
  ]);
});

describe('(R5) near misses: the word ending its phrase is still a state, no means', () => {
  readsAs([
    ['Atteindre 10 M€ de CA en 2028 avec une rentabilité en hausse.', { levers: [] }],
    ['Reach $10M in revenue by 2028 with an expected growth rate between 21% and 23%.', { levers: [] }],
  ]);
});

describe('(R6) disjoint periods within a year, a list of changes and a flow after a level are two goals: the first', () => {
  readsAs([
    ['Win 12 new logos in H1 2027 and 15 in H2 2027.', { target: 12, deadline: '2027-06-30' }],
    ['Sign 20 deals in Q1 2027 and 30 deals in Q2 2027.', { target: 20, deadline: '2027-03-31' }],
    ['Get 5,000 signups in January 2027 and 8,000 in February 2027.', { target: 5000, deadline: '2027-01-31' }],
    ['Add 500 customers in 2027 and 800 new customers in 2028.', { change: { value: 500, kind: 'absolute' }, deadline: '2027-12-31' }],
    ['Ouvrir 5 agences au 1er trimestre 2027 et 8 au 2e trimestre 2027.', { target: 5, deadline: '2027-03-31' }],
    ['Ajouter 500 clients en 2027 et 800 nouveaux clients en 2028.', { change: { value: 500, kind: 'absolute' }, deadline: '2027-12-31' }],
  ]);
});

describe('(R6) near misses: levels by successive dates and one growth\'s course stay N1', () => {
  readsAs([
    ["Le groupe vise une hausse des ventes de 10 % à horizon 2028 et de 25 % en 2031.", { change: { value: 0.25, kind: 'relative' }, deadline: '2031-12-31' }],
    ['Sales should grow 10% by 2028 and 25% by 2030.', { change: { value: 0.25, kind: 'relative' }, deadline: '2030-12-31' }],
  ]);
});
