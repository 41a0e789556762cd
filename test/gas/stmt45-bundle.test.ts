/**
 * stmt45 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: what SMARTPARSE shows for real44's classes of
 * sentence shapes. It gave a yearly cadence to a quarter's year-on-year change, no deadline for "this fiscal", a fortnight
 * for « dans une quinzaine de pays », the past year of a level achieved as the deadline, no scale for "bln", 12 % as the
 * starting level of "rise 12% to $3.4 billion", and the year 2009 as the target of « En 2008 ou 2009, … ». mend47a: the
 * shapes stmt45's rules had taken too (a quarter of another clause, a price range, a vision system, a goal's own past year,
 * a month given beside "this fiscal", « 1950 ou 2000 ») read as before stmt45 again.
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
  ['en_US', 'Revenue', 'increase', 'year'],
  ['fr_FR', 'Chiffre d’affaires', 'augmenter', 'année'],
])('SMARTPARSE (%s)', (locale, revenue, up, yearly) => {
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
    expect(rise.slice(0, 5)).toEqual([revenue, up, '', 3_400_000_000, date('2027-12-31')]);
  });

  it('« En 2008 ou 2009 » names years, not a target', () => {
    expect(parse('En 2008 ou 2009, nous visons les 80 millions d’euros de ventes', '2007-01-08')[3]).toBe(80_000_000);
  });

  // mend47a: stmt45's rules narrowed (each of these read otherwise on main at 3d34afc7).
  it('a quarter of another clause, or a fraction, leaves the yearly cadence; a quarter named after the change removes it', () => {
    expect(parse('After a weak Q2, we aim to grow revenue 15% year over year.')[5]).toBe(yearly);
    expect(parse('A quarter of our sales come from online; grow online revenue 20% year over year.')[5]).toBe(yearly);
    expect(parse('Après un premier trimestre difficile, nous visons une hausse de 10 % du chiffre d’affaires en glissement annuel.')[5]).toBe(yearly);
    expect(parse('Grow revenue 10% YoY in Q3 2027.')[5]).toBe('');
  });

  it('a price range after "with" is no target', () => {
    expect(parse('Grow revenue 10% with a price range of $20 to $40 by June 2027.').slice(0, 5)).toEqual([revenue, up, '', '', date('2027-06-30')]);
  });

  it('a goal’s own past year after "was" / « était » stays its deadline', () => {
    expect(parse('The plan was to double revenue in 2025.')[4]).toEqual(date('2025-12-31'));
    expect(parse('L’objectif de l’équipe était de doubler les ventes en 2025.')[4]).toEqual(date('2025-12-31'));
  });

  it('"this fiscal" yields to the month the sentence gives; "first half of next fiscal" ends at that half', () => {
    expect(parse('We aim for Rs 1,000 crore turnover by the end of this fiscal (March 2027).').slice(3, 5)).toEqual([10_000_000_000, date('2027-03-31')]);
    expect(parse('Our fiscal year ends in March; grow revenue 10% this fiscal.')[4]).toEqual(date('2027-03-31'));
    expect(parse('Grow revenue 15% in the first half of next fiscal.')[4]).toEqual(date('2027-06-30'));
  });

  it('a year-sized level before "or" / « ou » leaves the next number the target', () => {
    expect(parse('Sell 1950 or 2000 by June 2027.')[3]).toBe(2000);
    expect(parse('Porter nos ventes hebdomadaires à 1950 ou 2000 d’ici juin 2027.')[3]).toBe(2000);
  });
});

describe('smartAnalyze (mend47a): a means after "with" stays a lever', () => {
  const a = addon('en_US');
  const levers = (text: string): string[] => a.call<{ levers: string[] }>('smartAnalyze', text, AS_OF).levers;

  it('a range of products, a vision system, a programme named Vision, a clear vision, « une part de 30 % de produits bio »', () => {
    expect(levers('Grow revenue 20% with a new range of 12 organic products.')).toEqual(['a new range of 12 organic products']);
    expect(levers('Reduce returns by 20% with a machine vision system.')).toEqual(['a machine vision system']);
    expect(levers('Grow non-oil revenue 20% by 2030 with the Vision 2030 programme.')).toEqual(['the Vision 2030 programme']);
    expect(levers('Increase sales 15% with a clear vision and a new sales team.')).toEqual(['a clear vision', 'a new sales team']);
    expect(levers('Augmenter les ventes de 10 % avec une part de 30 % de produits bio')).toEqual(['une part de 30 % de produits bio']);
  });

  it('the goal’s own figure after "with" is still no lever', () => {
    expect(levers('The company reaffirmed 2027 guidance with an EBITDA range of $40M to $45M.')).toEqual([]);
    expect(levers('The firm plans to invest $2 million a year with an aim to double revenue to $50 million.')).toEqual([]);
  });
});
