/**
 * mend51b, through the BUILT bundle (dist/Code.js on the emulator): left51's rules narrowed to their clause, as SMARTPARSE
 * shows them (test/core/statement/mend51b.test.ts). The row [direction, baseline, target] in en_US and fr_FR, read as of the
 * helper's as_of (2026-12-05). Each class read otherwise on main's bundle (51d19cf6). (The expectation's and the unit's
 * classes are pinned in the core suite only: SMARTPARSE's row shows neither a change nor a unit.)
 */
import { smartParser } from './smartparse';

describe.each([
  ['en_US', 'increase', 'decrease'],
  ['fr_FR', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, up, down) => {
  const parse = smartParser(locale);
  /** Direction, baseline and target cells. */
  const cells = (sentence: string): unknown[] => parse(sentence).slice(1, 4);

  it('capacity added beside a base counted or before a level reached keeps that base or level', () => {
    expect(cells('We have 250 beds and want to add 50 beds by 2027')).toEqual([up, 250, 300]);
    expect(cells("Ajouter 50 lits pour atteindre 300 lits d'ici 2027")).toEqual([up, '', 300]);
  });

  it('a spend in another clause leaves the target its direction', () => {
    expect(cells('Revenue of $2M by 2027, and we will spend $200K on marketing')).toEqual([up, '', 2_000_000]);
    expect(cells("5 M€ de chiffre d'affaires en 2027 ; nous consacrerons 300 000 € au marketing")).toEqual([up, '', 5_000_000]);
  });

  it('a growth or a CAGR of context leaves the goal its own', () => {
    expect(cells('After 25% growth in the number of churned customers last year, reduce churn to 4% by 2027')).toEqual([down, '', 0.04]);
    expect(cells("Après un TCAM de 8 % du chiffre d'affaires depuis 2020, réduire le churn à 4 % d'ici 2027")).toEqual([down, '', 0.04]);
  });

  it('an average growth observed in the past is the baseline', () => {
    expect(cells('Notre CA a progressé à une croissance annuelle moyenne de 6 % ces cinq dernières années ; viser 10 % en 2027')).toEqual([up, 0.06, 0.1]);
  });
});
