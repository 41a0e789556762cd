/**
 * stmt45 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: what SMARTPARSE shows for real44's classes of
 * sentence shapes. It gave a yearly cadence to a quarter's year-on-year change, no deadline for "this fiscal", a fortnight
 * for « dans une quinzaine de pays », the past year of a level achieved as the deadline, no scale for "bln", 12 % as the
 * starting level of "rise 12% to $3.4 billion", and the year 2009 as the target of « En 2008 ou 2009, … ».
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

const AS_OF = '2026-12-05';
const date = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function addon(locale: string): LoadedAddon {
  return bridged(loadAddon(createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) }).globals));
}

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const a = addon(locale);
  const parse = (text: string, asOf = AS_OF): unknown[] => a.call<unknown[][]>('SMARTPARSE', text, asOf)[0];

  it('a quarter’s year-on-year change has no cadence; a yearly growth keeps "year"', () => {
    const quarter = parse('We expect third quarter sales to grow 12% YoY to $40 million.');
    expect([quarter[0], quarter[3], quarter[5]]).toEqual([revenue, 40_000_000, '']);
    expect(parse('Grow sales by 30% year over year.')[5]).not.toBe('');
  });

  it('"this fiscal" ends the fiscal year; « une quinzaine de pays » sets no deadline', () => {
    expect(parse('We are eyeing Rs 500 crore in revenue this fiscal.').slice(3, 5)).toEqual([5_000_000_000, date('2026-12-31')]);
    expect(parse('Signer 40 nouveaux clients dans une quinzaine de villes françaises.').slice(3, 5)).toEqual([40, '']);
  });

  it('the past year of a level achieved is no deadline', () => {
    expect(parse('Atteindre 60 millions d’euros de chiffre d’affaires, soit le double du chiffre réalisé en 2020.').slice(3, 5)).toEqual([60_000_000, '']);
  });

  it('"bln" scales an amount; "rise 12% to $3.4 billion" starts from no 12 %', () => {
    expect(parse('The company expects 2027 revenue of $2.4 bln.')[3]).toBe(2_400_000_000);
    const rise = parse('Sales should rise 12% to $3.4 billion in 2027.');
    expect(rise.slice(0, 5)).toEqual([revenue, rise[1], '', 3_400_000_000, date('2027-12-31')]);
  });

  it('« En 2008 ou 2009 » names years, not a target', () => {
    expect(parse('En 2008 ou 2009, nous visons les 80 millions d’euros de ventes', '2007-01-08')[3]).toBe(80_000_000);
  });
});
