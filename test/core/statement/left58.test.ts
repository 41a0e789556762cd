/**
 * left58: the statement leftovers of the sixteenth session's reviews (docs/MEASUREMENTS.md, d57, mend57d, mend57s), each read
 * by a general rule and checked in sentences written for each shape (none copied from a fixture), FR and EN, with the near
 * misses each rule must leave as they were:
 * (1) a head of state aiming at a growth with no business noun ("The President", capitalised; « le chef de l'État ») is the
 * economy's: no KPI, as the government's and a minister's (d57); a country by its name is left (nothing in the sentence's
 * shape tells it from a firm's name without a list of names);
 * (2) an amount aimed at in cash held ("in cash", cash reserves / position / on hand, « trésorerie ») is no sales amount (d57's
 * ruling: no KPI); cash sales are sales;
 * (3) hiring staff names no catalog KPI ("reps", people: none), but hiring sales reps or « commerciaux » is `sales_reps`, as
 * the opened sets label it (real35, real50): pinned, no rule needed (main already reads so);
 * (4) « avant lundi 20 devis signés »: a weekday's number before a counted noun is the count, the weekday alone the day;
 * a month after the number keeps the date;
 * (5) an N-year strategy, roadmap or plan adopted / launched in a year counts its span from that year; one completed or
 * ended in a year, or whose span is over, gives no deadline;
 * (6) « d'ici / avant / pour fin de semaine / mois / trimestre » without the article is the period's end; « stock de fin de
 * mois » names no deadline;
 * (7) "with regard / respect to last year", "in comparison with", « en comparaison avec » are comparisons, no means: the
 * "through …" after them is the lever.
 * The class rows read otherwise before left58 (marked "was …"); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Wednesday: the week ends on Sunday 8 November, the month on the 30th, the quarter on 31 December.
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-11-04', rows);

describe('(1) a head of state aiming at growth is the economy (was sales_growth)', () => {
  readsAs([
    ['The President aims for 7% growth by 2030.', { kpi: null, direction: 'increase', target: 0.07, deadline: '2030-12-31' }],
    ["Le chef de l'État vise une croissance de 8 % en 2027.", { kpi: null, direction: 'increase', target: 0.08, deadline: '2027-12-31' }],
  ]);
});

describe('(1) near misses: a firm\'s president, sales named, a country by its name (unchanged)', () => {
  readsAs([
    ['Our president wants 7% growth this year.', { kpi: 'sales_growth', target: 0.07 }],
    ['The president wants 7% growth this year.', { kpi: 'sales_growth', target: 0.07 }],
    ['The President wants 7% sales growth this year.', { kpi: 'sales_growth', target: 0.07 }],
    ['The President of Acme targets 10% revenue growth.', { kpi: 'sales_growth', target: 0.1 }],
    ['Le président vise une croissance de 8 % en 2027.', { kpi: 'sales_growth', target: 0.08 }],
    // Left (no list of names): a country by its name reads as a firm's name, after "the President of" as well (mend58l: a
    // President with a complement is a firm's as often, "The President of Acme").
    ['Kenya targets 6% growth next year.', { kpi: 'sales_growth', target: 0.06 }],
    ['The President of Kenya targets 6% growth next year.', { kpi: 'sales_growth', target: 0.06, deadline: '2027-12-31' }],
    // Already the economy's before left58.
    ["Le président de la République vise une croissance de 7 % d'ici 2030.", { kpi: null, target: 0.07 }],
    ['Le Premier ministre vise une croissance de 8 %.', { kpi: null, target: 0.08 }],
  ]);
});

describe('(2) cash held is no sales amount (was revenue)', () => {
  readsAs([
    ['Reach $2M in cash by 2027.', { kpi: null, target: 2_000_000, unit: 'currency', deadline: '2027-12-31' }],
    ['Reach $2M in cash reserves by 2027.', { kpi: null, target: 2_000_000, unit: 'currency' }],
    ["Atteindre 2 M€ de trésorerie d'ici 2027.", { kpi: null, target: 2_000_000, unit: 'currency', deadline: '2027-12-31' }],
    ["Atteindre 2 M€ en cash d'ici 2027.", { kpi: null, target: 2_000_000 }],
  ]);
});

describe('(2) near misses: money aimed at with no cash held is sales; cash as the complement already none (unchanged)', () => {
  readsAs([
    // Cash as the amount's own complement: no KPI before left58 too (d57, mend57d).
    ['Reach $2M of cash on hand by 2027.', { kpi: null, target: 2_000_000 }],
    ['Reach a $2M cash position by 2027.', { kpi: null, target: 2_000_000 }],
    ['Reach $2M in cash sales by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Reach $2M in sales by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Reach $2M by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ["Atteindre 2 M€ d'ici 2027.", { kpi: 'revenue', target: 2_000_000 }],
  ]);
});

describe('(3) salespeople hired, counted, are sales_reps, as the conventions label them (was none)', () => {
  readsAs([
    ['Hire 5 reps by March.', { kpi: 'sales_reps', direction: 'increase', target: 5, unit: 'count', deadline: '2027-03-31' }],
    ['Recruit five new reps.', { kpi: 'sales_reps', target: 5, unit: 'count' }],
    ['Hire 5 salespeople this year.', { kpi: 'sales_reps', target: 5 }],
    ['Recruter 5 vendeurs en 2027.', { kpi: 'sales_reps', target: 5, deadline: '2027-12-31' }],
    ["Embaucher 3 nouveaux vendeurs d'ici mars.", { kpi: 'sales_reps', target: 3 }],
  ]);
});

describe('(3) near misses: other staff, reps as a means, sales reps already read (unchanged)', () => {
  readsAs([
    ['Hire 10 people by June.', { kpi: null, target: 10, unit: 'count' }],
    ["Recruter 10 personnes d'ici juin.", { kpi: null, target: 10, unit: 'count' }],
    ['Hire 5 support reps.', { kpi: null, target: 5 }],
    ['Grow revenue 20% by hiring 5 reps.', { kpi: 'revenue', levers: ['hiring 5 reps'] }],
    ['Conclure 12 nouveaux comptes au T1 2027 en recrutant deux commerciaux.', { kpi: 'deals_closed', target: 12 }],
    ['Hire 5 sales reps by March.', { kpi: 'sales_reps', target: 5, unit: 'count' }],
    ["Recruter 5 commerciaux d'ici mars.", { kpi: 'sales_reps', target: 5, unit: 'count', deadline: '2027-03-31' }],
    // Customers recruited are deals won.
    ['Recruit 20 new customers by June.', { kpi: 'deals_closed', target: 20 }],
  ]);
});

describe('(4) a weekday\'s number before a counted noun is the count (was no target)', () => {
  readsAs([
    ['Le directeur a exigé avant lundi 20 devis signés.', { kpi: 'deals_closed', target: 20, unit: 'count', deadline: '2026-11-09' }],
    ['Obtenir avant vendredi 15 rendez-vous.', { kpi: 'meetings', target: 15, deadline: '2026-11-06' }],
    ['Book by Monday 12 new demos.', { kpi: 'meetings', target: 12, deadline: '2026-11-09' }],
  ]);
});

describe('(4) near misses: a month after the number, a comma, a pronoun (unchanged)', () => {
  readsAs([
    ['Signer 20 devis avant lundi 20 mars.', { target: 20, deadline: '2027-03-20' }],
    ['Avant lundi 9, signer 5 contrats.', { target: 5 }],
    ['Avant lundi 9 nous signerons 5 contrats.', { target: 5 }],
    ['Obtenir 15 rendez-vous avant vendredi.', { target: 15, deadline: '2026-11-06' }],
  ]);
});

describe('(5) a strategy\'s own start or end year anchors its span (was today + N)', () => {
  readsAs([
    ['Our 5-year strategy adopted in 2019 aims to double sales.', { kpi: 'revenue', baseline: null, deadline: null }],
    ['The 10-year strategy, adopted in 2024, aims to double sales.', { deadline: '2034-12-31' }],
    ['The five-year strategy launched in 2025 aims to double sales.', { deadline: '2030-12-31' }],
    ['Our 5-year plan adopted in 2024 aims to double sales.', { deadline: '2029-12-31' }],
    ['The 3-year strategy completed in 2025 doubled sales.', { deadline: null }],
    // A past year a thing was adopted in dates no goal.
    ['Notre stratégie à 5 ans adoptée en 2024 vise à doubler les ventes.', { kpi: 'revenue', deadline: null }],
  ]);
});

describe('(5) near misses: no year of its own, a goal\'s own year, a future completion (unchanged)', () => {
  readsAs([
    ['Our five-year strategy aims to double sales.', { deadline: '2031-11-04' }],
    ['Our 5-year strategy aims to double sales by 2030.', { deadline: '2030-12-31' }],
    ['The five-year strategy launched last year aims to double sales.', { deadline: null }],
    ["La stratégie lancée en 2024 vise à doubler les ventes d'ici 2028.", { deadline: '2028-12-31' }],
    ['We want the rollout completed in 2027 and sales doubled.', { deadline: '2027-12-31' }],
  ]);
});

describe('(6) « fin de semaine / mois / trimestre » without the article is its end (was no deadline)', () => {
  readsAs([
    ["Signer 20 clients d'ici fin de semaine.", { target: 20, deadline: '2026-11-08' }],
    ['Signer 20 clients avant fin de semaine.', { deadline: '2026-11-08' }],
    ["Signer 20 clients d'ici la fin de semaine.", { deadline: '2026-11-08' }],
    ['Signer 20 clients avant fin de mois.', { deadline: '2026-11-30' }],
    ["Signer 20 clients d'ici fin de trimestre.", { deadline: '2026-12-31' }],
    ['Signer 20 clients pour fin de mois.', { deadline: '2026-11-30' }],
  ]);
});

describe('(6) near misses: the article already read, a stock named by its period (unchanged)', () => {
  readsAs([
    ["Signer 20 clients d'ici la fin de la semaine.", { deadline: '2026-11-08' }],
    ["Signer 20 clients d'ici fin d'année.", { deadline: '2026-12-31' }],
    ["Signer 20 clients d'ici fin du mois.", { deadline: '2026-11-30' }],
    ['Réduire le stock de fin de mois de 10 %.', { deadline: null, direction: 'decrease' }],
  ]);
});

describe('(7) a means after a comparison is the lever (was none, or the comparison)', () => {
  readsAs([
    ['Increase sales by 10% with regard to last year through new partnerships.', { kpi: 'revenue', levers: ['new partnerships'] }],
    ['Increase sales by 10% with respect to last year through new partnerships.', { levers: ['new partnerships'] }],
    ['Increase sales by 10% in comparison with last year through new partnerships.', { levers: ['new partnerships'] }],
    ["Augmenter les ventes de 10 % en comparaison avec l'an dernier grâce à de nouveaux partenariats.", { levers: ['de nouveaux partenariats'] }],
  ]);
});

describe('(7) near misses: a means after "with", no means at all (unchanged)', () => {
  readsAs([
    ['Increase sales by 10% with new partnerships.', { levers: ['new partnerships'] }],
    ['Increase sales by 10% with regard to last year.', { levers: [] }],
    ['Increase sales by 10% compared with last year through new partnerships.', { levers: ['new partnerships'] }],
  ]);
});
