/**
 * left43 through the BUILT bundle (dist/Code.js) on the emulator, FR and EN: SMARTPARSE gives the last-named metric's
 * levels to an aim after two metrics' levels (it read CAC 1,200 → 1,500, « CAC » 60 → 70, revenue's target 0.2), and a four-digit count before a
 * dated deadline is the target (it read none: "bring in 1850 by 2027" scored below "bring in 1500 by 2027").
 */
import { addonIn, AS_OF } from './smartparse';

describe.each([
  ['en_US', 'increase', 'Average deal size', 'Deals closed', 'Net margin'],
  ['fr_FR', 'augmenter', 'Panier moyen', 'Comptes conclus', 'Marge nette'],
])('SMARTPARSE and SMARTSCORE (%s)', (locale, increase, averageDeal, dealsClosed, netMargin) => {
  const a = addonIn(locale);
  const parse = (text: string): unknown[] => a.call<unknown[][]>('SMARTPARSE', text, AS_OF)[0];

  it('LTV named last: no catalog KPI, LTV’s 1,200 → 1,500 (never CAC’s)', () => {
    expect(parse('Our CAC is $400 and our LTV is $1,200; we want $1,500').slice(0, 4)).toEqual(['', increase, 1200, 1500]);
  });

  it('« panier moyen » named last: its 60 € → 70 €', () => {
    expect(parse('Notre CAC est de 400 € et notre panier moyen de 60 € ; on vise 70 €').slice(0, 4)).toEqual([averageDeal, increase, 60, 70]);
  });

  it('a percentage aimed at after a rate and an amount: the margin’s 20 % → 25 %', () => {
    expect(parse('Margin is 20% and revenue is $2M; we want 25%').slice(0, 4)).toEqual([netMargin, increase, 0.2, 0.25]);
  });

  it('NPS named last: 40 → 50', () => {
    expect(parse('Churn is 8% and NPS is 40; we want 50').slice(0, 4)).toEqual(['NPS', increase, 40, 50]);
  });

  it('« 1900 abonnements en 2028 »: 1,900 subscriptions won by the end of 2028', () => {
    const row = parse('Vendre 1900 abonnements en 2028');
    expect(row.slice(0, 4)).toEqual([dealsClosed, increase, '', 1900]);
    expect(row[4]).toEqual(new Date('2028-12-31T00:00:00.000Z'));
  });

  it('"bring in 1850 by 2027" has its target, and scores as "bring in 1500 by 2027" does', () => {
    expect(parse('bring in 1850 by 2027')[3]).toBe(1850);
    const score = (text: string): number => a.call<number>('SMARTSCORE', text, undefined, AS_OF);
    expect(score('bring in 1850 by 2027')).toBe(score('bring in 1500 by 2027'));
  });
});
