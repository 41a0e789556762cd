/**
 * kpi62: the KPI kept off where the sentence's figure or goal is no catalog KPI's — kind A of kpi61's blind KPI misses (a
 * KPI read where the label has none), the kind still missed most (docs/MEASUREMENTS.md, kpi62). Five structural classes,
 * each found on still-missed lines of several opened sets and written here in other words (FR and EN, none copied from a
 * fixture), each with near misses that keep their KPI:
 * 1. a growth of people ("job growth", "passenger growth", « croissance démographique ») is no sales growth;
 * 2. a growth with no figure of its own that a past or context clause states, or a purpose keeps going, is what the goal
 *    follows or serves, not its measure (when no percentage comes after it);
 * 3. a count a verb of making takes, an aside between, is output, not things sold;
 * 4. a fiscal year's second half ("2030/31") and people counted (« personnes », "people") are no things sold;
 * 5. a share given as a range ("between 30 and 40 per cent of total earnings", « entre 20 et 30 % du chiffre d'affaires »)
 *    is a share as a single figure is: the sales or profit it is taken of are the whole, not the goal's measure.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. a growth of people names no sales growth (was sales_growth)', () => {
  readsAs([
    ['The region aims for stronger job growth, with 20,000 new jobs by 2028.', { kpi: null }],
    ['Drive faster employment growth than neighbouring regions to add about 50,000 jobs.', { kpi: null }],
    ['The airport expects passenger growth of 8% in 2027.', { kpi: null, target: 0.08 }],
    ['Population growth should reach 2% a year by 2030.', { kpi: null }],
    ['La croissance démographique devrait atteindre 2 % par an.', { kpi: null }],
  ]);
});

describe('2. a past or context growth, or one a purpose keeps going, is not the goal (was sales_growth)', () => {
  readsAs([
    ['Following years of steady growth, the chain is getting ready to reach 40 bookshops.', { kpi: null, target: 40 }],
    ['After a year marked by strong growth, the network announces its ambition: open 120 more workshops in 2027, that is ten a month.', { kpi: null }],
    ['In a climate characterised by weak growth, the chamber wants 300 firms to export by 2028.', { kpi: null, target: 300 }],
    ['Nous avons connu une forte croissance ces dernières années, et nous nous préparons à continuer pour atteindre les 40 librairies.', { kpi: null, target: 40 }],
    ['À l’issue d’un exercice marqué par une croissance soutenue, le réseau annonce son ambition : ouvrir 120 ateliers supplémentaires en 2027, soit dix par mois.', { kpi: null }],
    ['Dans un environnement caractérisé par une faible croissance, il est plus nécessaire que jamais de réformer.', { kpi: null }],
    ['Pour pouvoir maintenir sa croissance, l’agence doit recruter, avec un objectif de 60 personnes.', { kpi: null, target: 60 }],
  ]);
});

describe('3. a count a verb of making takes, an aside between, is output (was deals_closed)', () => {
  readsAs([
    ['L’objectif : la région doit pouvoir produire sur son sol, à l’horizon 2030, près 2 millions de véhicules électriques.', { kpi: null, target: 2_000_000 }],
    ['The goal: the region must be able to build on its own soil, by 2030, nearly 2 million electric vehicles.', { kpi: null, target: 2_000_000 }],
  ]);
});

describe('4. a fiscal year’s second half and people counted are no things sold (was deals_closed)', () => {
  readsAs([
    ['The port authority is targeting a cargo throughput of 40 million tonnes by the 2030/31 financial year, an ambitious goal that would double its volumes.', { kpi: null, target: 40_000_000 }],
    ['To sustain its growth, the agency must recruit, with a target of 60 people.', { kpi: null, target: 60 }],
    ['Promote running, with the goal of increasing the number of runners by 2 million people by 2028.', { kpi: null }],
    ['Promouvoir la course à pied, dans l’objectif d’augmenter le nombre de coureurs de 2 millions de personnes d’ici 2028.', { kpi: null }],
  ]);
});

describe('5. a share given as a range is a share: the whole is not the measure (was revenue / net_margin)', () => {
  readsAs([
    ['Exports should account for between 20 and 30 per cent of total revenue by 2028.', { kpi: null, target: 0.2 }],
    ['The mill aims to lift exports to between 30 and 40 per cent of total earnings.', { kpi: null, target: 0.3 }],
    ['La boutique en ligne réussit quand le revenu qu’elle génère représente entre 10 et 15 % du chiffre d’affaires.', { kpi: null }],
  ]);
});

describe('near misses: a firm’s own growth, a growth given its figure, things sold, a share of the measure itself (unchanged)', () => {
  readsAs([
    ['After a record 2025, we aim for 15% growth in 2026.', { kpi: 'sales_growth', target: 0.15 }],
    ['After strong growth in 2025, we target 15% in 2026.', { kpi: 'sales_growth', target: 0.15 }],
    ['Sales growth must reach 20% in 2027.', { kpi: 'sales_growth', target: 0.2 }],
    ['We want to continue our growth in 2027.', { kpi: 'sales_growth' }],
    ['Nous voulons poursuivre notre croissance en 2027.', { kpi: 'sales_growth' }],
    ['We aim for 10% revenue growth in 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['Following years of strong growth, we plan to double our revenue to $10M by 2028.', { kpi: 'revenue', target: 10_000_000 }],
    ['Notre objectif : produire et vendre 500 vélos en 2027.', { kpi: 'deals_closed', target: 500 }],
    ['We will build a team to sell 500 cars a year.', { kpi: 'deals_closed', target: 500 }],
    ['Our goal is 40 cars a week.', { kpi: 'deals_closed', target: 40 }],
    ['Nous visons une croissance industrielle de 3 %.', { kpi: 'sales_growth', target: 0.03 }],
    ['Raise net profit to between 10 and 12 per cent of total revenue by 2027.', { kpi: 'net_margin', target: 0.1 }],
    ['Increase revenue by 20 to 30% by 2027.', { kpi: 'revenue' }],
  ]);
});
