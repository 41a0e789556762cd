/**
 * mend47b, through the BUILT bundle (dist/Code.js on the emulator): left47's rules narrowed, as a user sees them in
 * SMARTPARSE's row (KPI, direction, baseline, target — the target computed from the baseline when a change is stated), in
 * en_US and fr_FR. A rate's range compared with a period is a change again (no target: left47 showed 2 %); « Nous avons
 * 120 clients et prévoyons d'en signer 30 nouveaux » goes from 120 to 150 (left47: a decrease to 30); new places of another
 * noun and counts the subject runs before another count keep their target; a firm growing by 10 % to 2 M€ is revenue at
 * 2 M€ (left47: sales growth); « de 10 % à 12 points » moves 10 % to 12 %; sales of named goods moved by 10 % to a count
 * are won deals at that count (left47: no target). Near misses beside each keep left47's rows.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';

const AS_OF = '2026-12-05';

function addon(locale: string): LoadedAddon {
  return loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals);
}

/** SMARTPARSE's KPI, direction, baseline and target cells ('' for a blank). */
type Row = [kpi: string, direction: string, baseline: number | '', target: number | ''];

describe.each([
  ['en_US', 'Revenue', 'Deals closed', 'Sales growth', 'increase'],
  ['fr_FR', 'Chiffre d’affaires', 'Comptes conclus', 'Croissance des ventes', 'augmenter'],
])('SMARTPARSE (%s)', (locale, revenue, dealsClosed, salesGrowth, up) => {
  const a = addon(locale);
  const row = (sentence: string): Row => a.call<Array<Array<string | number>>>('SMARTPARSE', sentence, AS_OF)[0].slice(0, 4) as Row;

  it('a rate "between" compared with a period, or "by" a few words before, is a change (no target); right before, the level', () => {
    expect(row('Increase our conversion rate between 2% and 3% compared to 2026 by June 2027').slice(1)).toEqual([up, '', '']);
    expect(row('Increase the renewal rate by an amount between 5% and 10%').slice(1)).toEqual([up, '', '']);
    expect(row('Increase the hourly rate between 5% and 10%').slice(1)).toEqual([up, '', '']);
    expect(row('Increase the satisfaction rate between 80% and 90% by June 2027').slice(1)).toEqual([up, '', 0.8]);
  });

  it('a held count then new ones of it is an addition; another noun planned keeps its target', () => {
    expect(row("Nous avons 120 clients et prévoyons d'en signer 30 nouveaux en 2027").slice(1)).toEqual([up, 120, 150]);
    expect(row('Nous avons 25 magasins et prévoyons de recruter 10 commerciaux').slice(1)).toEqual([up, '', 10]);
    expect(row('Nous avons 25 commerciaux et voulons ouvrir 10 nouveaux magasins').slice(1)).toEqual([up, '', 10]);
    expect(row('Nous exploitons 4 usines et voulons vendre 10 000 vélos en 2027').slice(1)).toEqual([up, '', 10000]);
    expect(row('We closed 5 stores last year and plan to open 10 new stores').slice(3)).toEqual([10]);
    expect(row('We have 25 stores and plan to open 10 new ones').slice(1)).toEqual([up, 25, 35]);
    expect(row('Nous avons 25 magasins et voulons ouvrir 10 nouveaux magasins').slice(1)).toEqual([up, 25, 35]);
  });

  it('a firm growing by a percentage to a stated level is that level; alone, sales growth', () => {
    expect(row('Nous voulons aussi croître de 10 % à 2 M€ en 2027')).toEqual([revenue, up, '', 2000000]);
    expect(row('We intend to grow by 10% to $2M')).toEqual([revenue, up, '', 2000000]);
    expect(row('La société entend croître de 10 %')).toEqual([salesGrowth, up, '', 0.1]);
  });

  it('« de 10 % à 12 points » is a move; sales of named goods moved to a count are won deals at that count', () => {
    expect(row("Augmenter la marge de 10 % à 12 points d'ici 2027").slice(2)).toEqual([0.1, 0.12]);
    expect(row('Augmenter les ventes de vélos de 10 % à 4 000 unités')).toEqual([dealsClosed, up, '', 4000]);
    expect(row('Increase sales by 10% to reach 4,000 bikes')).toEqual([dealsClosed, up, '', 4000]);
  });
});
