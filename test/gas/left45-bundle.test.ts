/**
 * left45 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: SMARTPARSE reads "a customer base of 1900" as
 * the level reached (it read none: 1900 a year), « une base de 2500 clients » after « pour atteindre » (none), « avant
 * 2028 » as 2027-12-31 (2028-12-31), a past level's month as no deadline (the next March), « l'exercice en cours, qui
 * commence en juillet » as the fiscal year's start, so it ends 2027-06-30 (2027-07-31), and a growth "in the Americas" as
 * sales growth at 8 % (a +8 % change with no KPI).
 */
import { smartParser } from './smartparse';

// The English sentence names its KPI in its own words ("Customer base") on either locale; the others take the locale's label.
describe.each([
  ['en_US', 'increase', 'Active customers', 'Sales growth'],
  ['fr_FR', 'augmenter', 'Clients actifs', 'Croissance des ventes'],
])('SMARTPARSE (%s)', (locale, increase, clients, growth) => {
  const customers = 'Customer base';
  const parse = smartParser(locale);

  it('a customer base of 1900 by 2027, « une base de 2500 clients »: the level reached', () => {
    const row = parse('Reach a customer base of 1900 by 2027');
    expect(row.slice(0, 4)).toEqual([customers, increase, '', 1900]);
    expect(row[4]).toEqual(new Date('2027-12-31T00:00:00.000Z'));
    expect(parse('Augmenter notre base clients pour atteindre une base de 2500 clients').slice(0, 4)).toEqual([clients, increase, '', 2500]);
  });

  it('« avant 2028 » ends 2027; a past level’s month is no deadline', () => {
    expect(parse('Doubler le CA avant 2028')[4]).toEqual(new Date('2027-12-31T00:00:00.000Z'));
    expect(parse('Sales were 40 in March and are 50 now')[4]).toBe('');
  });

  it('« l’exercice en cours, qui commence en juillet » ends on 30 June 2027', () => {
    expect(parse("Augmenter le CA de 10 % sur l'exercice en cours, qui commence en juillet")[4]).toEqual(new Date('2027-06-30T00:00:00.000Z'));
  });

  it('growth of 8 % in the Americas: sales growth at 8 %', () => {
    expect(parse('Deliver growth of 8% in the Americas').slice(0, 4)).toEqual([growth, increase, '', 0.08]);
  });
});
