/**
 * lex44: the sector lexicon (src/core/statement/sector-nouns.ts), a table of the nouns each sector uses for what it sells,
 * whom it serves and what it counts that is no sale, read as the goal's object when no catalog word names it. Every
 * "fixed" sentence below was written for a sector of the taxonomy walk (not taken from a statement set) and reads wrong on
 * main's code before lex44 (280e0402); the near misses read the same on both and pin what the lexicon must not touch: a
 * catalog synonym beside a sector noun keeps its KPI, an untracked noun stays none, a fleet is no sale, a share of the
 * people served is no base. The last block reads SMARTPARSE's KPI through the BUILT bundle (dist/Code.js), en_US and fr_FR.
 */
import { sectorNoun } from '../../../src/core/statement/sector-nouns';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe('the table: folded nouns, singular or plural, with their label', () => {
  it.each([
    ['passagers', 'untracked'],
    ['passenger', 'untracked'],
    ['baux', 'sold'],
    ['nuits', 'sold'],
    ['locataires', 'served'],
    ['policyholders', 'served'],
    ['bornes', 'untracked'],
  ])('%s → %s', (word, label) => {
    expect(sectorNoun(word)).toBe(label);
  });

  it.each(['customers', 'patients', 'orders', 'once', 'well', 'site', 'visitors'])('%s is left to the catalog and the object table (or is no noun)', (word) => {
    expect(sectorNoun(word)).toBeUndefined();
  });
});

describe('people a sector serves: the base, or won deals when won or new', () => {
  readsAs([
    // Real estate (NAF 68): tenants.
    ['Reach 400 tenants in our buildings by 2027.', { kpi: 'customers', target: 400 }],
    ["Atteindre 400 locataires dans nos résidences d'ici 2027.", { kpi: 'customers', target: 400 }],
    ['Increase the number of tenants to 400 by 2027.', { kpi: 'customers', target: 400 }],
    ['Win 50 new tenants by the end of 2027.', { kpi: 'deals_closed' }],
    // Insurance and banking (NAF 64–65): policyholders, borrowers.
    ['Reach 2,000 policyholders by the end of 2027.', { kpi: 'customers', target: 2000 }],
    ["Atteindre 2 000 assurés d'ici fin 2027.", { kpi: 'customers', target: 2000 }],
    ['Win 300 new borrowers by the end of 2027.', { kpi: 'deals_closed' }],
    ["Gagner 300 nouveaux emprunteurs d'ici fin 2027.", { kpi: 'deals_closed' }],
    // Education (NAF 85): learners counted through "the number of".
    ['Double the number of learners to 600 by 2027.', { kpi: 'customers' }],
    ["Doubler le nombre d'apprenants à 600 d'ici 2027.", { kpi: 'customers' }],
    // Residential care (NAF 87): residents.
    ['Reach 600 residents in our care homes by 2027.', { kpi: 'customers', target: 600 }],
    ["Atteindre 600 résidents dans nos maisons de retraite d'ici 2027.", { kpi: 'customers', target: 600 }],
    // Advertising (NAF 73): advertisers won.
    ['Attract 80 new advertisers in 2027.', { kpi: 'deals_closed' }],
    ['Attirer 80 nouveaux annonceurs en 2027.', { kpi: 'deals_closed' }],
  ]);
});

describe('things a sector sells, counted: won deals', () => {
  readsAs([
    // Accommodation (NAF 55): room nights, stays.
    ['Reach 1,200 room nights a month by 2027.', { kpi: 'deals_closed' }],
    ["Atteindre 1 200 nuits par mois d'ici 2027.", { kpi: 'deals_closed' }],
    ['Reach 800 stays in 2027.', { kpi: 'deals_closed', target: 800 }],
    ['Atteindre 800 séjours en 2027.', { kpi: 'deals_closed', target: 800 }],
    // Consulting and health practices (NAF 70, 86): missions, consultations.
    ['Reach 40 missions per quarter by 2027.', { kpi: 'deals_closed' }],
    ["Atteindre 40 missions par trimestre d'ici 2027.", { kpi: 'deals_closed' }],
    ['Reach 500 consultations a month by 2027.', { kpi: 'deals_closed' }],
    ["Réaliser 500 consultations par mois d'ici 2027.", { kpi: 'deals_closed' }],
    // Shipbuilding (NAF 30): ships delivered, read where no goal verb names an object.
    ['Deliver 12 ships in 2027.', { kpi: 'deals_closed', target: 12 }],
    ['Livrer 12 navires en 2027.', { kpi: 'deals_closed', target: 12 }],
  ]);
});

describe('things a sector counts that are no sale: no catalog KPI', () => {
  readsAs([
    // Energy (NAF 35), publishing and apps (NAF 58), post (NAF 53), spectator sports (NAF 93).
    ['Our goal is 50 MW of solar capacity by 2027.', { kpi: null }],
    ['Our target is 12,000 downloads by 2027.', { kpi: null }],
    ['Our goal is 3,000 parcels a day by 2027.', { kpi: null }],
    ['Our goal is 40,000 spectators in 2027.', { kpi: null }],
  ]);
});

describe('near misses: read the same before and after the lexicon', () => {
  readsAs([
    // A catalog synonym beside a sector noun keeps the catalog's KPI.
    ['Increase revenue by 10% with 400 tenants by 2027.', { kpi: 'revenue' }],
    ["Augmenter le chiffre d'affaires de 10 % avec 400 locataires.", { kpi: 'revenue' }],
    ['Win 30 new customers among our tenants by 2027.', { kpi: 'deals_closed' }],
    ["Gagner 30 nouveaux clients parmi nos locataires d'ici 2027.", { kpi: 'deals_closed' }],
    ['Reach 5,000 website visitors a month by 2027.', { kpi: 'website_traffic' }],
    ['Sell 300 mattresses a month by June 2027.', { kpi: 'deals_closed' }],
    ["Vendre 300 matelas par mois d'ici juin 2027.", { kpi: 'deals_closed' }],
    // Untracked nouns stay none; a fleet is no sale; a share of the people served is no base; money lent is no count.
    ['Reach 18 million passengers by 2030.', { kpi: null }],
    ["Atteindre 18 millions de passagers d'ici 2030.", { kpi: null }],
    ['Hire 50 employees by 2027.', { kpi: null }],
    ["Recruter 50 collaborateurs d'ici 2027.", { kpi: null }],
    ["Augmenter le nombre de spectateurs à 40 000 d'ici 2027.", { kpi: null }],
    ['Grow our fleet to 300 vehicles by 2027.', { kpi: null }],
    ["Porter notre flotte à 300 véhicules d'ici 2027.", { kpi: null }],
    ['Keep 12% of our tenants on long leases.', { kpi: null }],
    ['Lend €2 billion in loans by 2027.', { kpi: null }],
  ]);
});

function addon(locale: string): LoadedAddon {
  return bridged(loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals));
}

describe.each([
  ['en_US', 'Active customers', 'Deals closed', 'Revenue'],
  ['fr_FR', 'Clients actifs', 'Comptes conclus', 'Chiffre d’affaires'],
])('SMARTPARSE’s KPI through the built bundle (%s)', (locale, customers, dealsClosed, revenue) => {
  const a = addon(locale);
  const kpiOf = (text: string): unknown => a.call<unknown[][]>('SMARTPARSE', text, AS_OF)[0][0];

  it('tenants reached are the base', () => {
    expect(kpiOf('Reach 400 tenants in our buildings by 2027.')).toBe(customers);
    expect(kpiOf("Atteindre 400 locataires dans nos résidences d'ici 2027.")).toBe(customers);
  });

  it('room nights and ships delivered, counted, are won deals', () => {
    expect(kpiOf('Reach 1,200 room nights a month by 2027.')).toBe(dealsClosed);
    expect(kpiOf('Livrer 12 navires en 2027.')).toBe(dealsClosed);
  });

  it('megawatts and downloads name no KPI (an empty cell)', () => {
    expect(kpiOf('Our goal is 50 MW of solar capacity by 2027.')).toBe('');
    expect(kpiOf('Our target is 12,000 downloads by 2027.')).toBe('');
  });

  it('a catalog synonym beside a sector noun keeps its KPI; passengers stay none', () => {
    expect(kpiOf('Increase revenue by 10% with 400 tenants by 2027.')).toBe(revenue);
    expect(kpiOf('Reach 18 million passengers by 2030.')).toBe('');
  });
});
