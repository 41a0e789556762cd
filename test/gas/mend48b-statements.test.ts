/**
 * mend48b, through the BUILT bundle (dist/Code.js on the emulator): SMARTPARSE's row (KPI label, direction, baseline, target)
 * for stmt46's rules narrowed, en_US and fr_FR. A verb of bringing moves an amount's range (stmt46 read its lower bound as
 * the target); a forecast inside the measure keeps its "from" baseline (stmt46 dropped it); a satisfaction's « de 85 à
 * 90 % » and a falling churn range after a change noun move (stmt46 read a +85 % or +5 % change); "our $2M pipeline" keeps
 * its KPI (stmt46 read the funnel's throughput). Near misses keep their rows.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

const AS_OF = '2026-12-05';

function addon(locale: string): LoadedAddon {
  return loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals);
}

/** SMARTPARSE's KPI label, direction, baseline and target cells ('' for a blank). */
type Row = [kpi: string, direction: string, baseline: number | '', target: number | ''];

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const a = addon(locale);
  const row = (sentence: string): Row => a.call<Array<Array<string | number>>>('SMARTPARSE', sentence, AS_OF)[0].slice(0, 4) as Row;
  const levels = (sentence: string): [number | '', number | ''] => row(sentence).slice(2, 4) as [number | '', number | ''];

  it('a verb of bringing moves an amount’s range; a guidance’s range still aims at its lower bound', () => {
    expect(levels('Move our average deal size of $8,000 to $10,000 by Q4 2027')).toEqual([8000, 10000]);
    expect(levels('We reaffirm guidance for sales of $2.1 billion to $2.3 billion')).toEqual(['', 2100000000]);
  });

  it('a forecast inside the measure keeps its baseline; a revised outlook does not', () => {
    expect(levels('Improve the accuracy of our sales forecast from 70% to 85% by Q4 2027')).toEqual([0.7, 0.85]);
    expect(levels('The company raised its outlook for revenue from $940 million to $960 million')).toEqual(['', 960000000]);
  });

  it('a percentage level moves under a French verb or a change noun; an amount’s « de 4 à 6 % » stays a change', () => {
    expect(levels("La satisfaction client doit progresser de 85 à 90 % d'ici fin 2027")).toEqual([0.85, 0.9]);
    expect(levels('We target a decrease in monthly churn of 5% to 3% by December 2027')).toEqual([0.05, 0.03]);
    expect(levels('Le chiffre d’affaires doit progresser de 4 à 6 % en 2027')).toEqual(['', '']);
  });

  it('"our $2M pipeline" keeps the pipeline value; a product’s price is no baseline of its sales', () => {
    const [kpi, , baseline, target] = row('Grow our $2M pipeline by 20% by Q2 2027');
    expect(kpi).toMatch(/^(?:Pipeline value|Valeur du pipeline)$/);
    expect(baseline).toBe(2000000);
    expect(target).toBeCloseTo(2400000, 6);
    expect(row('Increase sales of our $30 subscription box by 25%')[2]).toBe('');
  });
});
