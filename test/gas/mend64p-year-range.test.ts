/**
 * mend64p (perf64's review, finding 1), through the BUILT bundle (dist/Code.js) on the emulator, en_US and fr_FR: a year
 * range written with a no-break hyphen (U+2011), ‐ (U+2010) or a minus (U+2212) is read as with '-' — SMARTPARSE,
 * SMARTSCORE and SMARTCHECK answer the same; it read "target 26, no deadline" (SMARTCHECK "Increase revenue to $26 by
 * March 31, 2027", SMARTSCORE 68).
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

const AS_OF = '2026-11-26';

function addon(locale: string): LoadedAddon {
  return loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals);
}

describe.each([
  ['en_US', 'Grow revenue 10% in 2025{h}26'],
  ['en_US', 'Grow revenue 10% in the 2026{h}27 plan’s first year'],
  ['fr_FR', 'Augmenter le CA de 10\u00a0% sur l’exercice 2026{h}27'],
  ['fr_FR', 'Croître le chiffre d’affaires de 10 % en 2025{h}26'],
])('%s: %s', (locale, written) => {
  const a = addon(locale);
  const answers = (text: string): unknown[] => [a.call('SMARTPARSE', text, AS_OF), a.call('SMARTSCORE', text, '', AS_OF), a.call('SMARTCHECK', text, AS_OF)];
  const plain = answers(written.replace('{h}', '-'));

  it.each([['2011', '\u2011'], ['2010', '\u2010'], ['2212', '\u2212']])('with U+%s the answers of a plain hyphen', (_code, h) => {
    expect(answers(written.replace('{h}', h))).toEqual(plain);
  });

  it('a plain hyphen reads a deadline at the range’s end and no target', () => {
    expect(JSON.stringify(plain[0])).toMatch(/2026-12-31|2027-12-31|46387|46752/);
    expect(plain[1]).toBeGreaterThan(68);
  });
});
