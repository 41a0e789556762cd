/**
 * stmt46, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of real45's number classes in SMARTPARSE's
 * row (KPI, direction, baseline, target — the target computed from the baseline when a change is stated), en_US and fr_FR.
 * A guidance's range of amounts aims at its lower bound (it read a move, lower bound → upper bound); « progresser de 3 à 5 % »
 * is a change with no level (it read 3 % → 5 %); a target raised from a figure has no baseline (it read the old target as
 * one); "Raise the $120 fee by 8%" starts at 120 and aims at 129.60 (it aimed at 120). Near misses keep their rows.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

const AS_OF = '2026-12-05';

function addon(locale: string): LoadedAddon {
  return loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals);
}

/** SMARTPARSE's baseline and target cells ('' for a blank). */
type Levels = [baseline: number | '', target: number | ''];

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const a = addon(locale);
  const levels = (sentence: string): Levels => a.call<Array<Array<string | number>>>('SMARTPARSE', sentence, AS_OF)[0].slice(2, 4) as Levels;

  it('a guidance’s range of amounts aims at its lower bound; "from" still moves', () => {
    expect(levels('Reaffirm full-year guidance for revenue of $2.1 billion to $2.3 billion')).toEqual(['', 2100000000]);
    expect(levels('Increase revenue from $1M to $2M in 2027')).toEqual([1000000, 2000000]);
  });

  it('« progresser de 3 à 5 % » is a change with no level; « passer de 4 à 6 % » moves', () => {
    expect(levels('Les ventes doivent progresser de 3 à 5 % en 2027')).toEqual(['', '']);
    expect(levels('Faire passer le taux de conversion de 4 à 6 % en 2027')).toEqual([0.04, 0.06]);
  });

  it('a target raised from a figure has no baseline; a level "up from" keeps its own', () => {
    expect(levels('We raised our bookings target from $10 million to $12 million')).toEqual(['', 12000000]);
    expect(levels('Reach a 30% win rate by 2027, up from 25% in 2026')).toEqual([0.25, 0.3]);
  });

  it('"Raise the $120 fee by 8%" starts at 120 and aims at 129.60; "to $2M by 20%" keeps its target', () => {
    const [baseline, target] = levels('Raise the $120 service fee by 8% in January');
    expect(baseline).toBe(120);
    expect(target).toBeCloseTo(129.6, 6);
    expect(levels('Increase our revenue to $2M by 20%')[1]).toBe(2000000);
  });
});
