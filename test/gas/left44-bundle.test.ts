/**
 * left44 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: SMARTPARSE reads a spaced amount's aim as the
 * last-named metric's (it read CAC 400 → 1,500), a past level's year as no deadline (it read 2025-12-31), a fiscal year
 * the sentence starts and « à la rentrée » (it read 2027-07-01 and none), and a half with its scale (it read 2,000,000 and 1,000).
 */
import { smartParser } from './smartparse';

describe.each([
  ['en_US', 'increase', 'decrease', 'Operating costs'],
  ['fr_FR', 'augmenter', 'réduire', 'Coûts d’exploitation'],
])('SMARTPARSE (%s)', (locale, increase, decrease, costs) => {
  const parse = smartParser(locale);

  it('« frais de marketing » named last, figures grouped by no-break spaces: 1 200 € → 1 500 €', () => {
    expect(parse('Notre CAC est de 400 € et nos frais de marketing sont de 1\u00a0200 € ; on vise 1\u00a0500 €').slice(0, 4)).toEqual([costs, increase, 1200, 1500]);
  });

  it('a past level’s year is no deadline: $1.5M → $1M, no date', () => {
    expect(parse('Costs were $2M in 2025 and they are $1.5M now; we want $1M').slice(0, 5)).toEqual([costs, decrease, 1_500_000, 1_000_000, '']);
  });

  it('a fiscal year the sentence starts in July ends on 30 June; « à la rentrée » on 30 September', () => {
    expect(parse('We want to reach $5M in sales in our next fiscal year, which begins July 1.')[4]).toEqual(new Date('2028-06-30T00:00:00.000Z'));
    expect(parse('Nous visons 500 élèves à la rentrée.')[4]).toEqual(new Date('2027-09-30T00:00:00.000Z'));
  });

  it('« 2 millions et demi d’euros » and "three and a half thousand"', () => {
    expect(parse("Atteindre 2 millions et demi d'euros de CA")[3]).toBe(2_500_000);
    expect(parse('Reach three and a half thousand customers by 2027')[3]).toBe(3500);
  });
});
