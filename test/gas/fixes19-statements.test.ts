/**
 * Goal sentences misread this morning (fixes19, F2–F4), through the BUILT bundle (dist/Code.js on the emulator's
 * globals): what SMARTPARSE and SMARTCHECK show in a cell. The rules: test/core/statement/fixes19.test.ts.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';
const addons = new Map<string, LoadedAddon>();
function addon(locale: string): LoadedAddon {
  let a = addons.get(locale);
  if (!a) addons.set(locale, (a = loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals)));
  return a;
}
const parse = (locale: string, text: string): unknown[] => addon(locale).call<unknown[][]>('SMARTPARSE', text, AS_OF)[0];

describe('F2 a negated floor is a ceiling (SMARTPARSE’s direction and target)', () => {
  it('EN: "No single customer should account for more than 20% of revenue" is a decrease to 20 %, as the French', () => {
    expect(parse('en_US', 'No single customer should account for more than 20% of revenue').slice(1, 4)).toEqual(['decrease', '', 0.2]);
    expect(parse('en_US', 'Our top client shouldn’t make up more than 25% of revenue').slice(1, 4)).toEqual(['decrease', '', 0.25]);
    expect(parse('fr_FR', 'Aucun client ne doit générer plus de 50 % du chiffre d’affaires').slice(1, 4)).toEqual(['réduire', '', 0.5]);
  });

  it('near miss: "Grow revenue to more than $1M by 2027" stays an increase', () => {
    expect(parse('en_US', 'Grow revenue to more than $1M by 2027').slice(1, 4)).toEqual(['increase', '', 1_000_000]);
  });
});

describe('F3 a typographic space does not make an English sentence French', () => {
  it('"Churn must not exceed 2 % by 04/05/2027" in en_US: English, so the US date order (April 5), not French day first', () => {
    expect(parse('en_US', 'Churn must not exceed 2 % by 04/05/2027').slice(0, 5)).toEqual(['Churn', 'decrease', '', 0.02, new Date('2027-04-05T00:00:00.000Z')]);
    expect(parse('en_US', 'Keep CAC under 150 € by 04/05/2027')[4]).toEqual(new Date('2027-04-05T00:00:00.000Z'));
  });

  it('near miss: a French sentence keeps day first in en_US', () => {
    expect(parse('en_US', 'Le churn ne doit pas dépasser 2 % d’ici le 04/05/2027')[4]).toEqual(new Date('2027-05-04T00:00:00.000Z'));
  });
});

describe('F4 a from→to of customers is the customer base', () => {
  it('EN and FR: the base (Active customers), from 300 to 500', () => {
    expect(parse('en_US', 'from 300 customers last year to 500 by 2027').slice(0, 4)).toEqual(['Active customers', 'increase', 300, 500]);
    expect(parse('fr_FR', 'Passer de 300 clients l’an dernier à 500 d’ici 2027').slice(0, 4)).toEqual(['Clients actifs', 'augmenter', 300, 500]);
  });

  it('near miss: customers won per month stay won deals', () => {
    expect(parse('en_US', 'Grow from 30 customers a month to 50 by June 2027')[0]).not.toBe('Active customers');
  });
});
