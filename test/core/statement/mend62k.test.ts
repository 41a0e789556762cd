/**
 * mend62k: the review of kpi62 (a figureless growth in a past or context clause, or kept going by a purpose, names no KPI).
 * Each finding's rows failed on main at 1ad4c559 (kpi62's rule read them with no KPI, or lost the goal's target) and read
 * here as before kpi62 (a89120f9); kpi62's own rows (test/core/statement/kpi62.test.ts) keep their readings.
 * 1. a sentence's first word is no purpose: an imperative that keeps the growth going is the goal (« Maintenir notre
 *    croissance en 2027. », "Continue our growth in 2027.") — a purpose opens with « pour », « afin de », "in order to",
 *    or "to" opening the sentence or set off by a comma, not "to" after a goal verb ("We want to continue our growth…");
 * 2. nor is the first word of the 60-character look-back window;
 * 3. the past or purpose clause must be closed by a comma (or a dash) after the growth: with none, the growth is the goal
 *    clause's ("After the merger we must deliver double-digit growth in 2027.");
 * 4. a KPI named after the past growth keeps the growth mention as before kpi62, so the goal's target is read as it was
 *    ("After strong growth in 2026, grow revenue to $1.2M by June 2027.");
 * 6. « soutenir » is a purpose verb as "sustain" is.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. an imperative that keeps the growth going is the goal (was no KPI since kpi62)', () => {
  readsAs([
    ['Maintenir notre croissance en 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-12-31' }],
    ['Poursuivre notre croissance en 2027.', { kpi: 'sales_growth', direction: 'increase' }],
    ['Continuer la croissance en 2027.', { kpi: 'sales_growth', direction: 'increase' }],
    ['Continue our growth in 2027.', { kpi: 'sales_growth', direction: 'increase' }],
    ['Maintain our growth rate in 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Maintenir notre croissance jusqu’au 31 décembre 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-12-31' }],
  ]);
});

describe('2. the look-back window’s first word is no purpose either (was no KPI since kpi62)', () => {
  readsAs([
    ['In 2027 the sales team will continue our long-running winning streak of healthy organic growth.', { kpi: 'sales_growth', direction: 'increase' }],
    ['En 2027, l’équipe devra poursuivre notre longue série de belles années de très vive croissance.', { kpi: 'sales_growth' }],
  ]);
});

describe('3. a past clause with no comma after the growth: the growth is the goal clause’s (was no KPI since kpi62)', () => {
  readsAs([
    ['After the merger we must deliver double-digit growth in 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['Après la fusion nous visons une croissance à deux chiffres en 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['After two years of decline we want to return to growth in 2027.', { kpi: 'sales_growth', direction: 'increase' }],
    ['Après deux années de recul nous voulons renouer avec la croissance en 2027.', { kpi: 'sales_growth' }],
    ['Following the launch of our new range we target strong growth in 2027.', { kpi: 'sales_growth' }],
    ['Having posted record growth in 2026 we aim for continued growth in 2027.', { kpi: 'sales_growth' }],
  ]);
});

describe('4. a KPI named after the past growth keeps its target (was no target since kpi62)', () => {
  readsAs([
    ['After strong growth in 2026, grow revenue to $1.2M by June 2027.', { kpi: 'revenue', target: 1_200_000, unit: 'currency', deadline: '2027-06-30' }],
    ['After strong growth in 2026, reach $1.2M in revenue by June 2027.', { kpi: 'revenue', target: 1_200_000, unit: 'currency' }],
    ['Following strong growth in 2026, grow sales to 1,200 cars by June 2027.', { kpi: 'deals_closed', target: 1200, unit: 'count' }],
    ['After strong growth in 2026, grow sales to 1,200 units by June 2027.', { kpi: 'deals_closed', target: 1200, unit: 'count' }],
  ]);
});

describe('6. « soutenir » is a purpose verb as "sustain" is (was sales_growth in French only)', () => {
  readsAs([
    ['Afin de soutenir notre belle croissance, le réseau ouvrira 12 ateliers en 2027.', { kpi: null, target: 12 }],
    ['In order to sustain our healthy growth, the network will open 12 workshops in 2027.', { kpi: null, target: 12 }],
  ]);
});

describe('kpi62’s readings kept: a purpose set off, a past clause closed by a comma, no KPI after it', () => {
  readsAs([
    ['Pour pouvoir maintenir sa croissance, l’agence doit recruter, avec un objectif de 60 personnes.', { kpi: null, target: 60 }],
    ['Following years of steady growth, the chain is getting ready to reach 40 bookshops.', { kpi: null, target: 40 }],
    ['Nous avons connu une forte croissance ces dernières années, et nous nous préparons à continuer pour atteindre les 40 librairies.', { kpi: null, target: 40 }],
    ['Dans un environnement caractérisé par une faible croissance – qui ne suffit plus à financer nos projets – il faut réformer.', { kpi: null }],
    ['Après une forte croissance en 2026, vendre 1 200 voitures d’ici juin 2027.', { kpi: 'deals_closed', target: 1200 }],
    ['Next year, to sustain our growth, the firm will open 12 workshops.', { kpi: null, target: 12 }],
  ]);
});

describe('near misses: a goal verb takes the growth, a colon opens the goal (sales_growth, as before kpi62)', () => {
  readsAs([
    ['We want to continue our growth in 2027, with ten new stores.', { kpi: 'sales_growth' }],
    ['Nous voulons poursuivre notre croissance en 2027, avec dix nouveaux magasins.', { kpi: 'sales_growth' }],
    ['Objective: to maintain our growth, with ten new stores by 2027.', { kpi: 'sales_growth' }],
  ]);
});
