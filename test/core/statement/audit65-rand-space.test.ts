/**
 * audit65: the rand written as the add-on writes it, "R 4,970" — CLDR's en_ZA currency pattern puts a space between the
 * sign and the digits ("R 4 970,00"), and so do SMARTCHECK, Check goals' notes and the wizard ("Reduce CAC to R 4,500") —
 * was read only glued ("R4,970"): "Reduce CAC from R 4,970 to R 4,500" lost its baseline, and « Réduire le CAC de R 4 970
 * à R 4 500 » read the baseline 4 970 as the target. After a preposition a spaced rand is now the rand, in both languages;
 * a label before it keeps "R" a letter ("Grade R 1,200 learners": a count).
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-12-07';
const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return { baseline: a.baseline, target: a.target, currency: a.currency ?? null };
};

describe('audit65: a rand with a space after its sign', () => {
  it.each([
    ['Reduce CAC from R 4,970 to R 4,500 by 28 February 2027', 4970, 4500],
    ['Increase ARR from R 3,843,840 to R 4,500,000 by 29 February 2028', 3843840, 4500000],
    ['Increase ARR from R 3 843 840 to R 4 500 000 by 29 February 2028', 3843840, 4500000],
    ["Réduire le CAC de R 4 970 à R 4 500 d'ici le 28 février 2027", 4970, 4500],
    ["Porter l'ARR de R 3 843 840 à R 4 500 000 d'ici 2028", 3843840, 4500000],
  ])('%s: from %d to %d, in rand', (text, baseline, target) => {
    expect(read(text)).toEqual({ baseline, target, currency: 'ZAR' });
  });

  it.each([
    // Glued, as before.
    ['Reduce CAC from R4,970 to R4,500 by 28 February 2027', { baseline: 4970, target: 4500, currency: 'ZAR' }],
    ['Grow ARR to R45m by 2028', { baseline: null, target: 45000000, currency: 'ZAR' }],
    // A label before the letter: a count, no currency.
    ['Enrol Grade R 1,200 learners by 2027', { baseline: null, target: 1200, currency: null }],
    ['Sell 1,200 units of product R by 2027', { baseline: null, target: 1200, currency: null }],
  ])('near miss %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
