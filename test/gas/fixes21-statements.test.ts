/**
 * Goal sentences a review saw misread (fixes21), through the BUILT bundle (dist/Code.js on the emulator's globals):
 * what SMARTCHECK and SMARTPARSE show in a cell. The rules themselves are tested in test/core/statement/fixes21.test.ts.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

describe('G1: "don’t let X exceed N" is a decrease to the bound, in SMARTCHECK and SMARTPARSE', () => {
  it('EN and FR', () => {
    expect(addon('en_US').call('SMARTCHECK', 'Do not let churn exceed 5% in 2027', AS_OF)).toBe('SMART: Reduce churn to 5% by December 31, 2027');
    expect(addon('fr_FR').call('SMARTCHECK', 'Ne pas laisser le churn dépasser 5 % d’ici fin 2027', AS_OF)).toBe(
      'SMART\u202f: Réduire le churn à 5\u202f% d’ici le 31 décembre 2027',
    );
    // SMARTPARSE names the KPI in the user's words, as SMARTCHECK does (review 23: "our win rate" was "Close rate").
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Don’t let CAC go above 100 € by June 2027', AS_OF)[0].slice(0, 4)).toEqual(['CAC', 'decrease', '', 100]);
  });
});

describe('G2: "1M", "1.2M", "500k" after a bare number are millions and thousands in SMARTCHECK and SMARTPARSE', () => {
  it('EN and FR', () => {
    const text = 'Raise revenue from 1M to 1.2M in 2027 while cutting costs by 5%';
    // An amount of sales "in 2027" is the year's total (fixes58): restated "per year", as "annual revenue" is.
    expect(addon('en_US').call('SMARTCHECK', text, AS_OF)).toBe('SMART: Increase revenue from $1,000,000 to $1,200,000 per year by December 31, 2027');
    expect(addon('en_GB').call<unknown[][]>('SMARTPARSE', text, AS_OF)[0].slice(0, 4)).toEqual(['Revenue', 'increase', 1_000_000, 1_200_000]);
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Grow ARR to 500k by Q4 2027', AS_OF)[0].slice(0, 4)).toEqual(['ARR', 'increase', '', 500_000]);
    const fr = addon('fr_FR').call<string>('SMARTCHECK', 'Porter le CA de 1M à 1,2M en 2027', AS_OF).replace(/[\u00a0\u202f]/g, ' ');
    expect(fr).toBe('SMART : Augmenter le CA de 1 000 000 € à 1 200 000 € par année d’ici le 31 décembre 2027');
  });
});
