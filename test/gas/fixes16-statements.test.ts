/**
 * Goal sentences reviewers saw misread (fixes16), through the BUILT bundle (dist/Code.js on the emulator's globals):
 * what SMARTCHECK and SMARTPARSE show in a cell. The rules themselves are tested in test/core/statement/fixes16.test.ts.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-11-26';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

describe('S2: a dashed numeric date is the deadline, in the spreadsheet locale’s order', () => {
  it('en_GB reads "12-03-2027" day first, en_US month first, fr_FR « 30-06-2027 » day first', () => {
    expect(addon('en_GB').call('SMARTCHECK', 'Raise the close rate to 30% by 12-03-2027', AS_OF)).toBe('SMART: Increase the close rate to 30% by 12 March 2027');
    expect(addon('en_US').call('SMARTCHECK', 'Raise the close rate to 30% by 12-03-2027', AS_OF)).toBe('SMART: Increase the close rate to 30% by December 3, 2027');
    expect(addon('fr_FR').call<string>('SMARTCHECK', 'Porter le taux de transformation à 30 % avant le 30-06-2027', AS_OF)).toContain('30 juin 2027');
  });

  it('flags a dashed date the calendar does not have, as a slash one', () => {
    expect(addon('en_GB').call<string>('SMARTCHECK', 'Raise the close rate to 30% by 31-02-2027', AS_OF)).toContain('No such date: “31-02-2027”');
    expect(addon('en_GB').call<string>('SMARTCHECK', 'Raise the close rate to 30% by 31/02/2027', AS_OF)).toContain('No such date: “31/02/2027”');
  });
});

describe('SMARTPARSE shows the KPI, direction and levels of S1, S3 and S4', () => {
  it('a floor not to fall below is kept (maintain), its bound the target — EN and FR', () => {
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Never fall below 30% close rate this year', AS_OF)[0].slice(0, 4)).toEqual(['Close rate', 'maintain', '', 0.3]);
    expect(addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Ne pas descendre sous 20 % de marge nette en 2027', AS_OF)[0].slice(1, 4)).toEqual(['maintenir', '', 0.2]);
  });

  it('a percentage of the sales goal is quota attainment; a share of opportunities closed is won deals or the close rate', () => {
    expect(addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Atteindre 110 % de l’objectif de vente en 2027', AS_OF)[0].slice(0, 4)).toEqual(['Atteinte des quotas', 'augmenter', '', 1.1]);
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Close 40% of the 50 open opportunities by Q2', AS_OF)[0].slice(0, 4)).toEqual(['Deals closed', 'increase', '', 20]);
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Close 40% of opportunities by Q2', AS_OF)[0].slice(0, 4)).toEqual(['Close rate', 'increase', '', 0.4]);
  });
});

describe('review9: a bare amount right before the deadline is the target, through the built bundle', () => {
  it('SMARTPARSE shows the target and SMARTCHECK no longer asks for one, EN and FR', () => {
    expect(addon('en_US').call<unknown[][]>('SMARTPARSE', 'Grow revenue to 160,000 by June 30, 2027', AS_OF)[0].slice(0, 4)).toEqual(['Revenue', 'increase', '', 160_000]);
    expect(addon('en_US').call<string>('SMARTCHECK', 'Grow revenue to 160,000 by June 30, 2027', AS_OF)).toMatch(/^SMART: Increase revenue to .*160,000 by June 30, 2027$/);
    expect(addon('fr_FR').call<unknown[][]>('SMARTPARSE', 'Augmenter le CA à 160000 d\u2019ici le 30 juin 2027', AS_OF)[0].slice(2, 4)).toEqual(['', 160_000]);
  });
});
