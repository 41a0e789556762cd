/**
 * mend59s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's row (KPI, baseline,
 * target, deadline) for the narrowed stmt59 rules (test/core/statement/mend59s.test.ts, which records what main read
 * before): an investment changed by a verb, or whose purpose states only a date, keeps its amount as the target; « tendre
 * vers » with no figure leaves the goal to the clause after it; a rate named after "to raise" is the KPI (it read churn).
 * An investment before a purpose with its own figure stays the means'.
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue'],
  ['fr_FR', 'Chiffre d’affaires'],
])('SMARTPARSE (%s)', (locale, revenue) => {
  const parse = smartParser(locale);
  /** KPI, baseline, target and deadline: the cells each rule moves. */
  const cells = smartCells(parse);

  it('an investment changed by a verb, or before a purpose stating only a date, keeps its amount as the target', () => {
    expect(cells('We aim to increase our investment to $5 million in 2027 in order to double output.').slice(1)).toEqual(['', 5_000_000, '2027-12-31']);
    expect(cells("Augmenter nos investissements à 4 millions d'euros d'ici 2028 de manière à doubler la production.").slice(1)).toEqual(['', 4_000_000, '2028-12-31']);
    expect(cells('We will invest $2M in order to modernise the plant by 2028.').slice(1)).toEqual(['', 2_000_000, '2028-12-31']);
    expect(cells("Nous allons investir 1,5 million d'euros de manière à ouvrir notre boutique en ligne en 2027.").slice(1)).toEqual(['', 1_500_000, '2027-12-31']);
  });

  it("an investment before a purpose with its own figure stays the means'", () => {
    expect(cells("Nous investissons 1,5 million d'euros afin d'atteindre un chiffre d'affaires de 3 M€ en 2028.")).toEqual([revenue, '', 3_000_000, '2028-12-31']);
  });

  it('« tendre vers » with no figure leaves the goal to the clause after it', () => {
    expect(cells("Tendre vers l'excellence opérationnelle en 2027 et atteindre 3 M€ de CA.").slice(0, 3)).toEqual([revenue, '', 3_000_000]);
    expect(cells('Nous devons tendre vers l’équilibre en 2026 puis atteindre 3 M€ de CA en 2028.')).toEqual([revenue, '', 3_000_000, '2028-12-31']);
  });

  it('a rate named after "to raise" is the KPI', () => {
    // (The KPI cell shows a rate by the words the sentence names it with, in either locale.)
    expect(cells('Lower churn to raise retention rates to 95% by 2028.')).toEqual(['Retention rates', '', 0.95, '2028-12-31']);
  });
});
