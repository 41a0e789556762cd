/**
 * mend57l: the review findings on left57 (rulings C2 and G2 of 2026-12-06), each a class of phrasing with near misses:
 * (1) "the current / present" figure is another figure only after a comparison cue (from, than, over, versus, times …);
 * (3) an aim noun after "with" / « avec » (ambition, expectation, target, objectif …) is never a means, while a means noun takes
 * any article and an -ing or « -age » / « -che » form (« avec l'embauche de 5 commerciaux par an »); « contre » only right before its figure;
 * (4) a premise holds no goal word and ends at its comma; (5) a deadline's digits are no figure of G2's later item; (6) "a dozen" is
 * a figure of the first item; (7) the action verbs' other senses (a particle, a period as object, "open our books") are no lever.
 * Rows marked "was" read otherwise on main before this change.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-06', rows);

describe('(1) the current / present figure is the goal\'s own unless compared (was none)', () => {
  readsAs([
    ['Grow current revenue 10% a year through 2028.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, recurrence: 'year' }],
    ['Increase present sales 8% a year through 2028.', { recurrence: 'year', deadline: '2028-12-31' }],
    ['Grow current ARR 20% a year until 2029.', { recurrence: 'year' }],
    ['Increase current MRR 5% a month through 2027.', { recurrence: 'month' }],
    ['Maintain the current 20 demos a week through 2027.', { recurrence: 'week' }],
    ['Keep churn at the current 2% a month through 2027.', { kpi: 'churn', recurrence: 'month' }],
    ['Hold the current $2M a month in bookings through 2027.', { recurrence: 'month' }],
    ['We want to keep the present 1,000 visitors a day through the summer.', { target: 1000, recurrence: 'day' }],
  ]);
});

describe('(1) near misses: after a comparison cue the current figure is another (none, as before)', () => {
  readsAs([
    ['Reach four times the present one million visitors per year by 2030.', { recurrence: null }],
    ['Grow revenue to $5M, up from the current $2M a year.', { target: 5_000_000, recurrence: null }],
    ['Grow bookings to $3M, three times the current $1M a year.', { target: 3_000_000, recurrence: null }],
  ]);
});

describe('(3) an aim noun after "with" / « avec » is no means (was none)', () => {
  readsAs([
    ['We are expanding in Spain with the ambition of 10,000 new customers a year by 2028.', { recurrence: 'year' }],
    ["Nous nous lançons en Espagne avec l'ambition de 10 000 nouveaux clients par an d'ici 2028.", { target: 10_000, recurrence: 'year' }],
    ["Doubler le nombre de clients, avec l'ambition de 500 clients par an en 2028.", { recurrence: 'year' }],
    ['Grow the Lyon office with the expectation of 300 new clients a year.', { recurrence: 'year' }],
  ]);
});

describe('(3, finding 9) a means noun with any article is a lever\'s amount (was month / year)', () => {
  readsAs([
    ['Atteindre 2 M€ de CA avec la signature de 5 contrats par mois.', { target: 2_000_000, recurrence: null }],
    ["Atteindre 2 M€ de CA avec l'embauche de 5 commerciaux par an.", { target: 2_000_000, recurrence: null }],
    ['Atteindre 2 M€ de CA avec la création de 20 agences par an.', { recurrence: null }],
    // Near misses, none before and after.
    ['Reach $5M in revenue by 2028 with the opening of 20 stores a year.', { recurrence: null, levers: ['the opening of 20 stores a year'] }],
    ['Reach $5M in revenue by 2028 with the hiring of 10 reps a year.', { recurrence: null }],
  ]);
});

describe('(finding 8, minor) « contre » only right before its figure', () => {
  readsAs([
    // was none: « ventes contre devis » is a kind of sale.
    ['Augmenter les ventes contre devis de 20 % par an d\'ici 2028.', { change: { value: 0.2, kind: 'relative' }, recurrence: 'year' }],
    // Near miss: the compared figure's period is no cadence; the goal's own stands.
    ["Augmenter les ventes de 20 % par an d'ici 2028, contre 5 % par an aujourd'hui.", { recurrence: 'year' }],
  ]);
});

describe('(4) a premise holds no goal word and ends at its comma (was none)', () => {
  readsAs([
    ['If the goal is 30 deals a month by June, hire 3 reps.', { recurrence: 'month' }],
    ['If possible reach 200 deals a month by June 2027.', { target: 200, recurrence: 'month' }],
    ['Assuming stable prices grow revenue 10% a year through 2028.', { recurrence: 'year' }],
    // Near misses: a comma before the goal (year, as before); a premise stating a fact up to its comma (none, as before).
    ['Assuming stable prices, grow revenue 10% a year through 2028.', { recurrence: 'year' }],
    ['Assuming the firm serves 200 families per year, reach $2M in revenue by 2027.', { target: 2_000_000, recurrence: null }],
    ['Si une PME soumettait 20 offres par an, elle gagnerait 5 contrats.', { recurrence: null }],
  ]);
});

describe('(5) a deadline\'s digits are no figure of the later item: no lever, no KPI (shape44)', () => {
  readsAs([
    ['We aim to launch a loyalty program and cut churn in 2027.', { kpi: null, levers: [], deadline: '2027-12-31' }],
    ["Nous voulons lancer un programme de fidélité et réduire l'attrition en 2027.", { kpi: null, levers: [] }],
    ['We plan to launch a new product line and grow revenue by 2028.', { kpi: null, levers: [] }],
    ['We plan to launch the new website and grow leads in Q3.', { kpi: null, levers: [] }],
    // Near miss: a figure of its own keeps G2.
    ['We plan to open a factory in Morocco and double our turnover to €20 million by 2028.', { kpi: 'revenue', target: 20_000_000, levers: ['open a factory in Morocco'] }],
  ]);
});

describe('(6) a spelled quantity is a figure of the first item: the list reading, as "open 12 stores"', () => {
  readsAs([
    ['We want to open a dozen stores and grow revenue by 20% by 2028.', { kpi: null, levers: [] }],
    ['We want to open 12 stores and grow revenue by 20% by 2028.', { kpi: null, target: 12, levers: [] }],
  ]);
});

describe('(7) the action verbs\' other senses are no lever', () => {
  readsAs([
    ["We aim to build on last year's momentum and grow revenue 20% in 2027.", { levers: [] }],
    ['We aim to sign off on the budget and cut costs by 10% by 2027.', { levers: [] }],
    ['We want to open our books to investors and grow revenue 10%.', { levers: [] }],
    ['We aim to launch Q1 strong and reach $2M in sales by June.', { levers: [] }],
    // Near miss: the action itself stays G2's lever.
    ['Our goal is to launch a new product line and grow revenue to $5 million by 2027.', { kpi: 'revenue', levers: ['launch a new product line'] }],
  ]);
});
