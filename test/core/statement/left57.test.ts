/**
 * left57: the lead's rulings of 2026-12-06 C2 (recurrence) and G2 (levers), read by general rules and checked in sentences
 * written for each shape (none copied from a fixture):
 * (C2) "par an", "per year", "a year", "per annum", "annually", "each / every year", « chaque année », « tous les ans »
 * after the GOAL's own amount, count or change is its cadence (`year`), as "per month" is `month`; a period written on a
 * figure the goal starts from or is compared with (the baseline of a from-to, "up from", « contre », « au lieu de », "the
 * present"), on a lever's own count ("with the opening of 12 stores per year") or inside a premise ("Assuming …", an
 * opening if-clause stating a fact) is none; "annual" naming the metric stays none (C1);
 * (G2) a goal list whose first item is a figure-less action (open, launch, acquire, « ouvrir », « lancer » …) and whose later
 * item states a figure: the later item is the goal, the first its lever.
 * The class rows marked "was year" / "was none" read so before left57; the other rows (the cadence kept, the near misses)
 * read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(C2) a yearly rate after the goal\'s own figure is its cadence (read so before left57, pinned)', () => {
  readsAs([
    ['Ouvrir 100 magasins par an.', { target: 100, recurrence: 'year' }],
    ['Grow sales 8% a year.', { kpi: 'revenue', change: { value: 0.08, kind: 'relative' }, recurrence: 'year' }],
    ['Grow sales 8% per annum.', { change: { value: 0.08, kind: 'relative' }, recurrence: 'year' }],
    ['Atteindre 10 millions de visites par an.', { target: 10_000_000, recurrence: 'year' }],
    ['We aim for a sales target of 30,000 used cars a year.', { recurrence: 'year' }],
    ['Sell 30,000 used cars a year by 2027.', { target: 30_000, recurrence: 'year', deadline: '2027-12-31' }],
    ['Nous voulons accroître nos ventes de 5 % chaque année.', { change: { value: 0.05, kind: 'relative' }, recurrence: 'year' }],
    ['Augmenter le CA de 6 % tous les ans.', { change: { value: 0.06, kind: 'relative' }, recurrence: 'year' }],
    ['Sell 500 units every year.', { target: 500, recurrence: 'year' }],
    ['Grow revenue 12% annually.', { recurrence: 'year' }],
    // A later period on the target stands beside the baseline's.
    ['Increase billable hours from 1,900 per year to 2,000 per year.', { baseline: 1900, target: 2000, recurrence: 'year' }],
    ['Porter les ventes de 200 à 300 par semaine.', { baseline: 200, target: 300, recurrence: 'week' }],
  ]);
});

describe('(C2) a period on a past, current or compared figure is none (was year)', () => {
  readsAs([
    ['Raise capacity to 120,000 litres, up from 60,000 litres a year.', { baseline: 60_000, target: 120_000, recurrence: null }],
    ['Grow tourists from four million per year to eleven million by 2035.', { baseline: 4_000_000, target: 11_000_000, recurrence: null }],
    ['Porter la production de 60 000 litres par an à 120 000 litres en 2027.', { baseline: 60_000, target: 120_000, recurrence: null }],
    ['Increase exports from $3.5 billion annually to $10 billion by 2030.', { target: 10_000_000_000, recurrence: null }],
    ['Viser une croissance du CA de 3 % contre 1,5 % par an depuis une décennie.', { target: 0.03, recurrence: null }],
    ['Grow visitors to 2 million, four times the present 500,000 per year, by 2030.', { target: 2_000_000, recurrence: null }],
  ]);
});

describe('(C2) a period inside a premise or on a lever\'s own count is none (was year)', () => {
  readsAs([
    ['Assuming we serve 200 families per year, reach $2M in revenue by 2027.', { kpi: 'revenue', target: 2_000_000, recurrence: null }],
    ['Si une PME soumet 20 offres par an, elle peut viser 7 contrats.', { target: 7, recurrence: null }],
    ["Doubler le CA d'ici 2030 avec l'ouverture de 12 magasins par an.", { kpi: 'revenue', change: { value: 1, kind: 'relative' }, recurrence: null }],
  ]);
});

describe('(C2) near misses: an aim in a condition, "annual" naming the metric, one list of paces keep their readings', () => {
  readsAs([
    // A condition that states the aim is the goal's own cadence.
    ['If you want to sell 20 cars a month, call 50 leads a week.', { target: 20, recurrence: 'month' }],
    ['Si vous voulez gagner 1500 euros par mois, appelez 20 prospects.', { target: 1500, recurrence: 'month' }],
    // C1: the adjective names the metric or the amount's period.
    ['Reach $1M in annual revenue by 2027.', { kpi: 'revenue', target: 1_000_000, recurrence: null }],
    ['Grow annual sales by 10%.', { kpi: 'revenue', recurrence: null }],
    ["Atteindre un chiffre d'affaires annuel de 5 M€ en 2027.", { target: 5_000_000, recurrence: null }],
    // « de deux … par an et de trois »: one list of paces, no from-to: the first pace's period stays.
    ['Notre rythme est de deux boutiques par an et de trois franchises.', { recurrence: 'year' }],
    // "from 10 per month … to a single placement a year": two periods, no from-to of one measure.
    ['Grow placements from 10 per month for juniors to a single placement a year for executives.', { recurrence: 'month' }],
    // The means' own frequency was already none (the lever is set aside).
    ['Grow revenue by 10% through reviews twice a year.', { change: { value: 0.1, kind: 'relative' }, recurrence: null, levers: ['reviews twice a year'] }],
  ]);
});

describe('(G2) a figure-less action before a measured item: the later item is the goal, the action its lever (was no KPI, no target)', () => {
  readsAs([
    ['We plan to open a factory in Morocco and double our turnover to €20 million by 2028.', { kpi: 'revenue', target: 20_000_000, deadline: '2028-12-31', levers: ['open a factory in Morocco'] }],
    ["Nous voulons ouvrir une usine au Maroc et porter notre chiffre d'affaires à 20 millions d'euros d'ici 2028.", { kpi: 'revenue', target: 20_000_000, levers: ['ouvrir une usine au Maroc'] }],
    ['Our goal is to launch a new product line and grow revenue to $5 million by 2027.', { kpi: 'revenue', target: 5_000_000, levers: ['launch a new product line'] }],
    ["L'objectif est de lancer une nouvelle gamme et d'atteindre un chiffre d'affaires de 5 M€ en 2027.", { kpi: 'revenue', target: 5_000_000, levers: ['lancer une nouvelle gamme'] }],
    ['The group plans to acquire a rival and reach 2 million customers by 2028.', { kpi: 'customers', target: 2_000_000, levers: ['acquire a rival'] }],
  ]);
});

describe('(G2) near misses: two items with figures, a first item naming a measure or no action verb keep the list rule', () => {
  readsAs([
    ['We plan to open 20 stores and grow revenue to $5 million by 2027.', { kpi: null, target: 20, levers: [] }],
    ['We plan to grow revenue and cut costs by 10% by 2027.', { kpi: 'revenue', levers: [] }],
    ["Son ambition : devenir le leader du marché et atteindre un chiffre d'affaires de 4,5 milliards d'euros en 2025.", { kpi: null, target: null, levers: [] }],
    ['We plan to open a new office in Madrid and expand into Italy.', { kpi: null, target: null, levers: [] }],
  ]);
});
