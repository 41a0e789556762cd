/**
 * Sheets passes a custom function every argument typed, however many it declares: `=SMARTCHECK(A2; ""; DATE(2026;12;5))`
 * gave SMARTCHECK a third argument it never read, so the date was dropped and the line answered for today (our own tests
 * made that mistake: CI failed the night the real date moved past the one they expected). Through the built bundle: an
 * argument past the declared ones is refused in the sheet's language; blank extra arguments are harmless.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

describe('custom functions refuse arguments they do not declare', () => {
  const en = addon('en_US');
  const fr = addon('fr_FR');

  it('SMARTCHECK with a date in a third argument: refused, in each language', () => {
    expect(() => en.call('SMARTCHECK', 'Sign 40 new customers within a year', '', '2026-12-05')).toThrow(
      /^Wrong number of arguments to SMARTCHECK: it takes at most 2, but got 3\. Nothing is guessed from the extra ones\.$/,
    );
    expect(() => fr.call('SMARTCHECK', 'Signer 40 nouveaux clients d’ici un an', '', '2026-12-05')).toThrow(
      /^Nombre d’arguments incorrect pour SMARTCHECK\u202f: 2 au plus, 3 reçus\. Rien n’est déduit des arguments en trop\.$/,
    );
  });

  it('every registered function: one argument too many is refused', () => {
    expect(() => en.call('SMARTPARSE', 'Sign 40 new customers within a year', '2026-12-05', 'x')).toThrow(/^Wrong number of arguments to SMARTPARSE: it takes at most 2, but got 3\./);
    expect(() => en.call('GOALPROGRESS', 10, 20, 15, 1)).toThrow(/^Wrong number of arguments to GOALPROGRESS: it takes at most 3, but got 4\./);
    expect(() => en.call('SMARTSCORE', 'Increase revenue by 10% by March 31, 2027', '', '2026-12-05', 0)).toThrow(/to SMARTSCORE: it takes at most 3, but got 4\./);
    // Every argument typed is counted, a blank one after the offending one too.
    expect(() => en.call('SMARTCHECK', 'Sign 40 new customers within a year', '2026-12-05', 'x', '')).toThrow(/to SMARTCHECK: it takes at most 2, but got 4\./);
  });

  it('blank extra arguments, a blank range among them, change nothing', () => {
    const goal = 'Sign 40 new customers within twenty-four months';
    const expected = en.call<string>('SMARTCHECK', goal, '2026-12-05');
    expect(expected).toContain('by December 5, 2028');
    expect(en.call<string>('SMARTCHECK', goal, '2026-12-05', '')).toBe(expected);
    expect(en.call<string>('SMARTCHECK', goal, '2026-12-05', undefined, [[''], [null]])).toBe(expected);
    expect(en.call<number>('GOALPROGRESS', 10, 20, 15, '')).toBe(en.call<number>('GOALPROGRESS', 10, 20, 15));
  });
});
