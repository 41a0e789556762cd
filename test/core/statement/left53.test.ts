/**
 * left53: the statement readings the eleventh session left, read as the lead's rulings of 2026-12-06 say (fixtures README,
 * "Rulings of 2026-12-06 (left53)"), FR and EN. M1 an English growth OF revenue is sales growth's level (with an amount after
 * "to": revenue's change and level). M2 things added each period to a summed KPI are the per-period target. M3 an appositive
 * between the subject and its verb is read as if absent. M4 « un million de touristes » is a count, never money. M5 British
 * and American spellings read alike. M6 a launch date before today is no deadline, whatever the tense. M7 L4's outside
 * expectation after forecast / predict / « s'attendre à », and with a pronoun for the measure. M8 a transport mode's share
 * without « part » is market share. Class rows read otherwise on main (6e55f210); the near misses read the same before and after.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { KpiDefinition } from '../../../src/core/kpi/catalog';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);
const relative = (value: number) => ({ value, kind: 'relative' as const });
const absolute = (value: number) => ({ value, kind: 'absolute' as const });

describe('M1: an English growth OF revenue or sales is sales growth at N %', () => {
  readsAs([
    ['5% growth in revenue', { kpi: 'sales_growth', direction: 'increase', target: 0.05, change: null }],
    ['a 5% growth in sales', { kpi: 'sales_growth', direction: 'increase', target: 0.05, change: null }],
    ['Achieve 12% growth in sales by 2027', { kpi: 'sales_growth', target: 0.12, change: null, deadline: '2027-12-31' }],
    ['We want 8% growth in our revenue in 2027', { kpi: 'sales_growth', target: 0.08, change: null, deadline: '2027-12-31' }],
    // L6(c): an amount after "to" makes the percentage revenue's change, the amount its level (no bound needed).
    ['We target 21% growth in revenue to $5M', { kpi: 'revenue', target: 5_000_000, change: relative(0.21) }],
    ['We aim for 21% growth in revenue to $5M by 2027', { kpi: 'revenue', target: 5_000_000, change: relative(0.21), deadline: '2027-12-31' }],
  ]);
});

describe('M1 near misses: a verb of growth, a bound, a growth of other things, French as left52 made it', () => {
  readsAs([
    ['Revenue should grow 5%', { kpi: 'revenue', target: null, change: relative(0.05) }],
    ['growth in revenue of 5%', { kpi: 'sales_growth', target: 0.05, change: null }],
    ['5% revenue growth', { kpi: 'sales_growth', target: 0.05, change: null }],
    ['at least 10% growth in revenue to $5M', { kpi: 'revenue', target: 5_000_000, change: relative(0.1) }],
    // The $2M is the base of what grows, never its target (mend53e: main read a target of 2,000,000).
    ['10% growth in $2M revenue', { kpi: 'revenue', baseline: 2_000_000, target: null, change: relative(0.1) }],
    ['5% growth in new accounts', { target: null, change: relative(0.05) }],
    ['Le CA devrait croître de 10 %', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['10 % de croissance du CA', { kpi: 'sales_growth', target: 0.1, change: null }],
  ]);
});

describe('mend53e: M1 is growth of revenue or sales only; other money KPIs keep their measure with a change', () => {
  readsAs([
    ['Achieve 10% growth in profit by 2027', { kpi: 'profit', target: null, change: relative(0.1), deadline: '2027-12-31' }],
    ['Deliver 15% growth in EBITDA in 2027', { kpi: 'profit', target: null, change: relative(0.15) }],
    ['Deliver 15% growth in net income in 2027', { kpi: 'profit', target: null, change: relative(0.15) }],
    ['Deliver growth of 12% in profit in 2027', { kpi: 'profit', target: null, change: relative(0.12) }],
    ['Deliver 15% growth in average deal size in 2027', { kpi: 'average_deal_size', target: null, change: relative(0.15) }],
    ['Achieve 20% growth in pipeline value by June 2027', { kpi: 'pipeline_value', target: null, change: relative(0.2), deadline: '2027-06-30' }],
    ['Deliver 15% growth in MRR in 2027', { kpi: 'revenue', target: null, change: relative(0.15) }],
    ['Deliver 15% growth in bookings in 2027', { kpi: 'revenue', target: null, change: relative(0.15) }],
    // Revenue's own words stay M1's sales growth; an amount after "to reach" / "reaching" is revenue's level (L6(c)).
    ['Achieve 10% growth in top line by 2027', { kpi: 'sales_growth', target: 0.1, change: null }],
    ['Achieve 10% growth in revenue to reach $5M by 2027', { kpi: 'revenue', target: 5_000_000, change: relative(0.1) }],
    ['Achieve 10% growth in revenue, reaching $5M by 2027', { kpi: 'revenue', target: 5_000_000, change: relative(0.1) }],
  ]);
});

describe('M2: things added each period to a summed KPI are the per-period target', () => {
  readsAs([
    ['To achieve their desired growth metrics, this credit union would need to add 750 members a month.', { kpi: 'deals_closed', target: 750, change: null, recurrence: 'month' }],
    ['Add at least 10 new names to my mailing list each week', { kpi: 'signups', target: 10, change: null, recurrence: 'week' }],
    ['Add 20 new customers per month', { kpi: 'deals_closed', target: 20, change: null, recurrence: 'month' }],
    ['Add 30 leads each week', { kpi: 'leads', target: 30, change: null, recurrence: 'week' }],
    ['Ajouter 20 nouveaux clients par mois', { kpi: 'deals_closed', target: 20, change: null, recurrence: 'month' }],
  ]);
});

describe('M2 near misses: a level KPI, a base, no cadence, "more"', () => {
  readsAs([
    ['add 2 points to the close rate each month', { kpi: 'close_rate', target: null, change: absolute(0.02), recurrence: 'month' }],
    ['add 100 customers to our base every month', { target: null, change: absolute(100), recurrence: 'month' }],
    ['add 750 members by 2027', { target: null, change: absolute(750), deadline: '2027-12-31' }],
    ['add at least 5 more full timers', { target: null, change: absolute(5) }],
    ['Add 5 more customers each month', { target: null, change: absolute(5), recurrence: 'month' }],
    ['Win 20 new customers per month', { kpi: 'deals_closed', target: 20, change: null }],
  ]);
});

describe('mend53e: M2 added to a level held now stays the change, with that baseline', () => {
  readsAs([
    ['Add 100 subscribers each month to our current 2,000', { kpi: 'signups', direction: 'increase', baseline: 2000, target: null, change: absolute(100), recurrence: 'month' }],
    ['Add 100 subscribers each month, from 2,000 today', { kpi: 'signups', direction: 'increase', baseline: 2000, target: null, change: absolute(100) }],
    ['Add 100 leads each week to our current 400', { kpi: 'leads', direction: 'increase', baseline: 400, target: null, change: absolute(100), recurrence: 'week' }],
  ]);
});

describe('M3: an appositive between the subject and its verb gives nothing of the goal', () => {
  readsAs([
    ['Nigeria, the first African nation to launch a digital currency, is targeting 8 million users', { kpi: 'customers', target: 8_000_000, unit: 'count' }],
    ['Nigeria, the first African nation to adopt it in 2021, is targeting 8 million users by 2027', { kpi: 'customers', target: 8_000_000, deadline: '2027-12-31' }],
    ['Acme, which sells to 40 countries, aims to grow revenue 10%', { kpi: 'revenue', target: null, change: relative(0.1) }],
    ['Acme, a company with 200 employees, wants to reach 500 customers by 2027', { kpi: 'customers', baseline: null, target: 500 }],
  ]);
});

describe('M3 near misses: a subject naming the measure, a level held now, a figure pointed back to, no appositive', () => {
  readsAs([
    ['Nigeria is targeting 8 million users', { kpi: 'customers', target: 8_000_000 }],
    ['La société, fondée en 1990 à Lyon, vise un chiffre d’affaires de 5 M€ d’ici 2027', { kpi: 'revenue', target: 5_000_000, deadline: '2027-12-31' }],
    ['Sales, which were $2M last year, must reach $3M by 2027', { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000 }],
    ['The company, which currently operates 29 stores, plans to double its network by 2028', { baseline: 29, change: relative(1) }],
    ['L’entreprise, qui écoule 15 % de ses exportations en Afrique, prévoit de doubler ce chiffre', { baseline: 0.15 }],
    ['In 2025, the year we opened, we want to reach 500 customers by 2027', { target: 500, deadline: '2027-12-31' }],
  ]);
});

describe('mend53e: M3 an appositive holding an amount or a percentage is a level held now, the baseline', () => {
  readsAs([
    ['Acme, a $5M business, aims to reach $8M in revenue by 2027', { kpi: 'revenue', baseline: 5_000_000, target: 8_000_000 }],
    ['Our shop, a €500k business, aims to reach €800k in revenue by 2027', { kpi: 'revenue', baseline: 500_000, target: 800_000 }],
    ["Notre PME, une entreprise de 2 M€, vise 3 M€ de chiffre d'affaires en 2027", { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000, deadline: '2027-12-31' }],
    ['Acme, the leader with a 30% share, aims for 35% market share by 2027', { kpi: 'market_share', baseline: 0.3, target: 0.35 }],
  ]);
});

describe('M4: « un million de touristes » is a count, never money', () => {
  readsAs([
    ["L’objectif d’un million de touristes fixé par les autorités est prévu pour cette année 2027.", { kpi: null, target: 1_000_000, unit: 'count' }],
    ["L'objectif d'un million de touristes en 2027", { kpi: null, target: 1_000_000, unit: 'count' }],
    ['Un objectif d’un million de passagers en 2027', { kpi: null, target: 1_000_000, unit: 'count' }],
  ]);
});

describe('M4 near misses: a currency word or sign keeps money', () => {
  readsAs([
    ["L'objectif d'un million d'euros en 2027", { kpi: 'revenue', target: 1_000_000, unit: 'currency' }],
    ['Reach $1 million in revenue by 2027', { kpi: 'revenue', target: 1_000_000, unit: 'currency' }],
    ['The goal of a million tourists by 2027', { kpi: null, target: 1_000_000, unit: 'count' }],
    // Revenue's own words after the scale word keep the reading before left53 (mend53e: main read won deals).
    ['Our goal is 4 million annual sales by 2027', { kpi: 'revenue', target: 4_000_000, unit: 'currency' }],
    ['Hit 1.5 million sales in 2027', { kpi: 'revenue', target: 1_500_000, unit: 'currency' }],
    ['Atteindre 2 millions de ventes en 2027', { kpi: 'revenue', target: 2_000_000, unit: 'currency' }],
  ]);
});

describe('M5: British and American spellings read alike', () => {
  readsAs([
    ['Total university enrolments are expected to grow from 1.07-million in 2023 to 1.18-million by 2030', { kpi: 'customers', baseline: 1_070_000, target: 1_180_000 }],
    ['Total university enrollments are expected to grow from 1.07-million in 2023 to 1.18-million by 2030', { kpi: 'customers', baseline: 1_070_000, target: 1_180_000 }],
    ['Grow university enrolment by 10%', { kpi: 'customers', change: relative(0.1) }],
    ['Grow university enrollment by 10%', { kpi: 'customers', change: relative(0.1) }],
  ]);
  // One fold of the lexicon: a phrase written in one spelling matches the other (a tracked KPI named in British English).
  const catalog: KpiDefinition[] = [{ id: 'labour_cost', label: { en: 'Labour cost', fr: 'Coût du travail' }, synonyms: { en: ['labour cost', 'centre utilisation'], fr: [] }, unit: 'currency', lowerIsBetter: true, aggregation: 'total' }];
  it.each([
    ['Reduce labor cost by 5%', 'labour_cost'],
    ['Reduce labour cost by 5%', 'labour_cost'],
    ['Raise center utilization to 85%', 'labour_cost'],
    ['Reduce labourer count by 5%', null],
  ])('%s → %s (a catalog in one spelling)', (text, kpi) => {
    expect(analyzeStatement(text, { asOf: '2026-12-06', catalog }).kpi).toBe(kpi);
  });
});

describe('M5 near misses: a programme’s enrolment stays sign-ups in either spelling', () => {
  readsAs([
    ['Increase enrolment in our free trial by 10%', { kpi: 'signups' }],
    ['Increase enrollment in our free trial by 10%', { kpi: 'signups' }],
  ]);
});

describe('M6: a launch date before today is no deadline, whatever the tense', () => {
  readsAs([
    ['The service is launched in 2019', { deadline: null, target: null }],
    ['The plant is opened in 2019', { deadline: null, target: null }],
    ['La ligne est mise en service en 2019', { deadline: null, target: null }],
    ['Le site est inauguré en 2019', { deadline: null, target: null }],
    ['The service was launched in 2019', { deadline: null, target: null }],
  ]);
});

describe('M6 near misses: a launch after today keeps its deadline', () => {
  readsAs([
    ['The service is launched in 2027', { deadline: '2027-12-31' }],
    ['The service will be launched in March 2027', { deadline: '2027-03-31' }],
    ['La ligne sera mise en service en 2028', { deadline: '2028-12-31' }],
    ['Sign 200 customers once the product is launched in Q2 2027', { target: 200, deadline: '2027-06-30' }],
    ['The plant was commissioned in 2019 and must reach 500 tonnes a day by 2028', { target: 500, deadline: '2028-12-31' }],
  ]);
});

describe('M7: an outside forecast before its consequence, with the measure named again or by a pronoun', () => {
  readsAs([
    ['We forecast costs to rise 5% next year, so we must cut them to $1M', { kpi: 'costs', direction: 'decrease', target: 1_000_000, change: null, unit: 'currency', deadline: null }],
    ['We predict costs will rise 5% next year, so we must cut them to $1M', { kpi: 'costs', direction: 'decrease', target: 1_000_000, change: null, deadline: null }],
    ['Nous nous attendons à une hausse de 5 % des coûts en 2027, il faut donc ramener les coûts à 1 M€', { kpi: 'costs', direction: 'decrease', target: 1_000_000, change: null, deadline: null }],
    ['Nous prévoyons une hausse de 5 % des coûts en 2027, il faut donc les ramener à 1 M€', { kpi: 'costs', direction: 'decrease', target: 1_000_000, change: null, deadline: null }],
    ["Nous anticipons une hausse de 5 % des coûts ; il faut donc les ramener à 1 M€ d'ici 2028", { kpi: 'costs', direction: 'decrease', target: 1_000_000, deadline: '2028-12-31' }],
  ]);
});

describe('mend53e: M7 the firm’s own « s’attendre à atteindre », an article is no pronoun, a level kept', () => {
  readsAs([
    ['Nous nous attendons à atteindre 5 M€ de CA en 2027, donc il faut recruter 3 commerciaux', { kpi: 'revenue', target: 5_000_000, deadline: '2027-12-31' }],
    ["Nous anticipons une baisse du trafic, il faut donc doubler les leads d'ici juin 2027", { kpi: 'leads', direction: 'increase', change: relative(1), deadline: '2027-06-30' }],
    ['Nous anticipons une baisse du trafic, il faut donc la compenser par 200 nouveaux clients', { kpi: 'deals_closed', target: 200, unit: 'count' }],
    ["We predict revenue will hit $5M in 2027, so let's keep it there through 2028", { kpi: 'revenue', direction: 'maintain', target: 5_000_000, deadline: '2028-12-31' }],
  ]);
});

describe('M7 near misses: a firm’s own guidance and forecasts', () => {
  readsAs([
    ['Le groupe table sur une croissance de 5 %', { kpi: 'sales_growth', target: 0.05 }],
    ['We expect to grow revenue 20% in 2027 so we need to hire 3 sales reps', { kpi: 'revenue', change: relative(0.2), deadline: '2027-12-31' }],
    ['We forecast revenue of $5M in 2027', { kpi: 'revenue', target: 5_000_000, deadline: '2027-12-31' }],
  ]);
});

describe('M8: a transport mode’s share without « part » is market share', () => {
  readsAs([
    ['Atteindre 12 % des déplacements à vélo en 2030', { kpi: 'market_share', target: 0.12, deadline: '2030-12-31' }],
    ["Porter à 20 % la place du train dans le fret d'ici 2030", { kpi: 'market_share', target: 0.2 }],
    ["Porter à 12 % la part des déplacements à vélo d'ici 2030", { kpi: 'market_share', target: 0.12 }],
    ["Raise cycling's share of trips to 10% by 2030", { kpi: 'market_share', target: 0.1 }],
    ['Reach a 25% mode share for public transport by 2030', { kpi: 'market_share', target: 0.25 }],
    ['Greater Manchester has a regional goal of increasing the percentage of total trips made by bike to 10%', { kpi: 'market_share', target: 0.1 }],
    // « part modale » is a modal share (mend53e).
    ["Porter la part modale du vélo à 12 % d'ici 2030", { kpi: 'market_share', target: 0.12 }],
    ['Atteindre une part modale de 15 % pour le vélo', { kpi: 'market_share', target: 0.15 }],
  ]);
});

describe('M8 near misses: a share of the firm’s own sales, staff or budget names none', () => {
  readsAs([
    ['Raise the share of our sales from online to 30%', { kpi: null, target: 0.3 }],
    ['Porter à 30 % la part du budget consacrée au digital', { kpi: null, target: 0.3 }],
    ["Porter à 40 % la part des femmes dans l'effectif", { kpi: null, target: 0.4 }],
    // Staff trips: a share among the firm's own staff names none (mend53e: main read market share).
    ['Increase the percentage of trips made by bike by our staff to 20% by 2027', { kpi: null, target: 0.2 }],
    ['Increase the share of trips by bike among our employees to 25% by 2027', { kpi: null, target: 0.25 }],
    ['Reach a 25% mode share for cycling among our employees by 2027', { kpi: null, target: 0.25 }],
    ['Atteindre une part modale de 15 % pour le vélo parmi nos salariés', { kpi: null, target: 0.15 }],
  ]);
});
