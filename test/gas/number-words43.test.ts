/**
 * words43: one table of number words, through the BUILT bundle (dist/Code.js on the emulator's globals): what SMARTPARSE
 * and SMARTCHECK show in a cell for a duration, a ratio, "N times", a teen opening the sentence and « six chiffres »
 * written in words. On main's build the first six rows read a compound's last word (« dans vingt-cinq jours » 5 days,
 * "within twenty-four months" 4 months, "one in twenty-five" 1 in 5) or nothing. The rules are tested in
 * test/core/statement/number-words43.test.ts.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2026-12-05';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

/**
 * SMARTPARSE's row with its deadline as an ISO day: [kpi, direction, baseline, target, deadline, recurrence]. The Date
 * comes from the bundle's vm context, so it is told by its tag, not `instanceof`.
 */
function parsed(a: LoadedAddon, text: string): unknown[] {
  const [row] = a.call<unknown[][]>('SMARTPARSE', text, AS_OF);
  return row.map((cell) => (Object.prototype.toString.call(cell) === '[object Date]' ? (cell as Date).toISOString().slice(0, 10) : cell));
}

describe('number words through the bundle, FR and EN', () => {
  const fr = addon('fr_FR');
  const en = addon('en_US');

  it.each([
    ['Signer 40 nouveaux clients dans vingt-cinq jours', ['augmenter', '', 40, '2026-12-30']],
    ["Dix-sept nouveaux clients d'ici juin", ['augmenter', '', 17, '2027-06-30']],
    ["Convertir un prospect sur vingt-cinq d'ici 2027", ['augmenter', '', 0.04, '2027-12-31']],
    ["Atteindre un chiffre d'affaires à six chiffres d'ici 2027", ['augmenter', '', 100000, '2027-12-31']],
  ])('fr_FR SMARTPARSE « %s »', (text, expected) => expect(parsed(fr, text).slice(1, 5)).toEqual(expected));

  it.each([
    ['Sign 40 new customers within twenty-four months', ['increase', '', 40, '2028-12-05']],
    ['Convert one in twenty-five leads by 2027', ['increase', '', 0.04, '2027-12-31']],
    // Near misses, as on main: a compound that is no teen opening the sentence, an article, "a year".
    ['Twenty-five new dealers by 2027', ['increase', '', 25, '2027-12-31']],
    ['One of our goals is to sign 40 new customers in 2027', ['increase', '', 40, '2027-12-31']],
    ['Sign 40 new customers within a year', ['increase', '', 40, '2027-12-05']],
  ])('en_US SMARTPARSE "%s"', (text, expected) => expect(parsed(en, text).slice(1, 5)).toEqual(expected));

  it('SMARTCHECK restates the deadline the words give, in each language', () => {
    expect(en.call<string>('SMARTCHECK', 'Sign 40 new customers within twenty-four months', AS_OF)).toContain('by December 5, 2028');
    expect(fr.call<string>('SMARTCHECK', "Signer 40 nouveaux clients d'ici quarante-cinq jours", AS_OF)).toContain('19 janvier 2027');
    // A multiplier in words with a half, as its digits: +150 % (main: nothing).
    expect(fr.call<string>('SMARTCHECK', "Avoir deux fois et demie plus de démos d'ici 2027", AS_OF)).toContain('de 150\u202f%');
    expect(en.call<string>('SMARTCHECK', 'Have three and a half times more demos by 2027', AS_OF)).toContain('by 250%');
  });
});
