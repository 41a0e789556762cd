/**
 * left47, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of the five classes the fifth session
 * left. SMARTPARSE's row (KPI, direction, baseline, target — the target computed from the baseline when a change is
 * stated) in en_US and fr_FR: "Increase the satisfaction rate between 80% and 90% by June 2027" aims at 80 % (it showed
 * no target: a +80 % change), "We also want to grow by 10%" and « La société ambitionne de croître de 10 % » are sales
 * growth at 10 % (no KPI), "We have 25 stores and plan to open 10 new stores" goes from 25 to 35 (a target of 10, fewer
 * than held), "Increase sales by 10% to 4,000 bikes" counts won deals (revenue). The restated range of (b) changes no
 * SMARTPARSE cell (its target was right), so it is read through `smartAnalyze`, the server function the CLI and the
 * statement eval call. Near misses beside each keep their rows.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

const AS_OF = '2026-12-05';

function addon(locale: string): LoadedAddon {
  return loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals);
}

/** SMARTPARSE's KPI, direction, baseline and target cells ('' for a blank). */
type Row = [kpi: string, direction: string, baseline: number | '', target: number | ''];

describe.each([
  ['en_US', 'Sales growth', 'Deals closed', 'Revenue', 'increase'],
  ['fr_FR', 'Croissance des ventes', 'Comptes conclus', 'Chiffre d’affaires', 'augmenter'],
])('SMARTPARSE (%s)', (locale, salesGrowth, dealsClosed, revenue, up) => {
  const a = addon(locale);
  const row = (sentence: string): Row => a.call<Array<Array<string | number>>>('SMARTPARSE', sentence, AS_OF)[0].slice(0, 4) as Row;

  it('a rate moved between two levels aims at the lower one; "by between" stays a change', () => {
    expect(row('Increase the satisfaction rate between 80% and 90% by June 2027').slice(1)).toEqual([up, '', 0.8]);
    expect(row('Augmenter le taux de satisfaction entre 80 et 90 % d’ici juin 2027').slice(1)).toEqual([up, '', 0.8]);
    expect(row('Increase revenue by between 5% and 10% by June 2027').slice(2)).toEqual(['', '']);
  });

  it('a firm growing by a percentage behind "also" or « ambitionne de » is sales growth at that level; with no percentage, none', () => {
    expect(row('We also want to grow by 10%')).toEqual([salesGrowth, up, '', 0.1]);
    expect(row('La société ambitionne de croître de 10 %')).toEqual([salesGrowth, up, '', 0.1]);
    expect(row('La société entend croître de 10 %')).toEqual([salesGrowth, up, '', 0.1]);
    expect(row('We also want to grow')[0]).toBe('');
  });

  it('new stores opened after the held ones add to them; stores opened with no "new" stay the target', () => {
    expect(row('We have 25 stores and plan to open 10 new stores').slice(1)).toEqual([up, 25, 35]);
    expect(row("Nous avons 25 magasins et prévoyons d'ouvrir 10 magasins supplémentaires").slice(1)).toEqual([up, 25, 35]);
    expect(row('Nous avons 25 magasins et voulons ouvrir 10 nouveaux magasins').slice(1)).toEqual([up, 25, 35]);
    expect(row('We have 25 stores and plan to open 10 stores in 2026').slice(1)).toEqual([up, '', 10]);
    expect(row('We have 3 reps and plan to open 10 new stores').slice(1)).toEqual([up, '', 10]);
  });

  it('sales moved by a percentage to a count of goods are won deals, target that count; to money, revenue', () => {
    expect(row('Increase sales by 10% to 4,000 bikes')).toEqual([dealsClosed, up, '', 4000]);
    expect(row('Augmenter les ventes de 10 % à 4 000 vélos')).toEqual([dealsClosed, up, '', 4000]);
    expect(row('Increase sales by 10% to $4,000')).toEqual([revenue, up, '', 4000]);
  });
});

describe('smartAnalyze: a change restated as a range after a level of another kind', () => {
  const analyze = bundleAnalyze();

  it('« soit une hausse de 20 à 30 % » after 10 to 12 stores is +20 %, target 10', () => {
    const read = analyze("Atteindre 10 à 12 magasins d'ici 2028, soit une hausse de 20 à 30 %", AS_OF);
    expect([read.target, read.change]).toEqual([10, { value: 0.2, kind: 'relative' }]);
  });

  it('near misses: compared with a past year, or ", up 20 to 30%" (real16’s restatement), no change', () => {
    expect(analyze('Atteindre 10 à 12 magasins, soit une hausse de 20 à 30 % par rapport à 2026', AS_OF).change).toBeNull();
    expect(analyze('Reach 10 to 12 stores by 2027, up 20 to 30%', AS_OF).change).toBeNull();
  });
});
