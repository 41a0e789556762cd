/**
 * Fixes 19, F1: "Reach $550,000 annual revenue by end of 2027" names a yearly total. On a monthly revenue history both
 * surfaces (SMARTSCORE and Check goals) judged it as a MONTHLY revenue level of $550,000 (over-ambitious); it is the
 * total over 2027, read by the per-period rule "5,500 leads per year" already follows (review 7's K6), same answer on
 * both. Through the built bundle on the emulator, FR and EN.
 */
import { revenueGoalScores, TODAY } from './harness';

describe.each([
  ['en_US', ['Reach $550,000 annual revenue by end of 2027', 'Reach annual sales of $550,000 by end of 2027', 'Reach $550,000 yearly revenue by end of 2027'], 'Reach $550,000 revenue per year by end of 2027', 'Reach $550,000 revenue by end of 2027'],
  ['fr_FR', ['Atteindre 550 000 € de chiffre d’affaires annuel d’ici fin 2027', 'Atteindre un chiffre d’affaires annuel de 550 000 € d’ici fin 2027', 'Atteindre 550 000 € de ventes annuelles d’ici fin 2027'], 'Atteindre 550 000 € de chiffre d’affaires par an d’ici fin 2027', 'Atteindre 550 000 € de chiffre d’affaires d’ici fin 2027'],
] as const)('F1 an annual amount of a flow is the year’s total (%s)', (locale, annual, perYear, level) => {
  const sentences = [...annual, perYear, level];
  const { harness: h, history, scoreOf, smartscore } = revenueGoalScores(locale, sentences);

  it.each(annual.map((s, i) => [s, i]))('%s: judged as “per year”, the same score on SMARTSCORE and Check goals', (sentence, i) => {
    expect(smartscore(sentence)).toBe(smartscore(perYear));
    expect(scoreOf(i)).toBe(smartscore(sentence));
    // A year of about 46,000 a month is about 550,000: within reach (a monthly level of 550,000 is not).
    expect(smartscore(sentence)).toBe(100);
  });

  it('one column, two periods: each sentence its own question (the memo keeps them apart)', () => {
    const [year, quarter] = [annual[0], annual[0].replace(/annual|annuel/, (w) => (w === 'annual' ? 'quarterly' : 'trimestriel'))];
    expect(quarter).not.toBe(year);
    const column = h.addon.call<unknown[][]>('SMARTSCORE', [[year], [quarter]], history, TODAY);
    expect(column).toEqual([[smartscore(year)], [smartscore(quarter)]]);
    expect(smartscore(quarter)).toBeLessThan(100);
  });

  it('near miss: the same amount without "annual" stays a monthly level, over-ambitious', () => {
    expect(smartscore(level)).toBeLessThan(100);
    expect(scoreOf(sentences.length - 1)).toBe(smartscore(level));
  });
});
