/**
 * Fixes 60, items 1 and 2: a sales manager in India writes goals the way Indian sheets count — lakh digit groups
 * ("₹52,00,000"), "lakh crore", and the short "L" and "Cr". Cells read them since review 24 (core/numbers.ts); the goal
 * sentence read "₹52,00,000" as 52 and "₹12,34,567" as 12.34, "Rs 1 lakh crore" as one lakh, and "₹45L" as no target.
 * "L" and "Cr" are lakh and crore beside the rupee (₹, Rs, INR) or in an Indian locale (`numberLang` 'in') only: "45 L"
 * of milk elsewhere stays 45, and « 120 000 l'an prochain » is never money.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { NumberLang } from '../../../src/core/numbers';

const AS_OF = '2026-12-03';
const read = (text: string, numberLang?: NumberLang) => analyzeStatement(text, { asOf: AS_OF, ...(numberLang ? { numberLang } : {}) });
/** The target read with no locale and in an English (non-Indian) one. */
const outsideIndia = (text: string): unknown[] => [read(text).target, read(text, 'en').target];

describe('lakh digit groups in a sentence', () => {
  it.each([
    ['Reach ₹52,00,000 in sales by March 2027', 5_200_000],
    ['Grow revenue to ₹12,34,567 by March 2027', 1_234_567],
    ['Reach Rs 1,50,00,000 in revenue by March 2027', 15_000_000],
    ['Atteindre un CA de ₹52,00,000 d’ici mars 2027', 5_200_000],
  ])('%s → %d', (text, target) => {
    expect(read(text)).toMatchObject({ target, unit: 'currency' });
  });

  it('a lakh-grouped baseline followed by a comma is read whole too', () => {
    expect(read('Reach ₹52,00,000 in sales, up from ₹40,00,000, by March 2027')).toMatchObject({ baseline: 4_000_000, target: 5_200_000 });
  });

  it.each([
    ['Sell 1,234,567 units by 2027', 1_234_567],
    ['Atteindre 1 234 567 € de CA d’ici 2027', 1_234_567],
    ['Increase revenue to $1,500 by 2027', 1500],
  ])('near miss, Western and French groups unchanged: %s → %d', (text, target) => {
    expect(read(text).target).toBe(target);
  });

  it('near miss: « 3,5 % » stays a decimal comma', () => {
    expect(read('Passer le taux de conversion à 3,5 % d’ici 2027').target).toBeCloseTo(0.035, 10);
  });
});

describe('lakh crore, L and Cr in a sentence', () => {
  it.each([
    ['Reach Rs 1 lakh crore in revenue by 2030', 1e12],
    ['Reach ₹45L in sales by March 2027', 4_500_000],
    ['Reach INR 45L in sales by March 2027', 4_500_000],
    ['Reach ₹45 L in sales by March 2027', 4_500_000],
    ['Reach ₹2.5 Cr in sales by March 2027', 25_000_000],
    ['Reach Rs 2.5 Cr in sales by March 2027', 25_000_000],
    ['Reach 2,5 crores in sales by March 2027', 25_000_000],
    ['Réaliser 2,5 crores de CA d’ici mars 2027', 25_000_000],
  ])('%s → %d in any locale', (text, target) => {
    expect(outsideIndia(text)).toEqual([target, target]);
  });

  it('a bare "45 L" or "2 Cr" is lakhs and crores in an Indian locale', () => {
    expect(read('Reach 45 L in sales by March 2027', 'in').target).toBe(4_500_000);
    expect(read('Reach 2 Cr in sales by March 2027', 'in').target).toBe(20_000_000);
  });

  it.each([
    ['Reach 45 L in sales by March 2027', 45],
    ['Sell 45 L of milk per day by March 2027', 45],
    ['Reach 30 cr in sales by 2027', 30],
  ])('near miss, outside an Indian locale with no rupee: %s → %d (litres, credits)', (text, target) => {
    expect(outsideIndia(text)).toEqual([target, target]);
  });

  it('near miss: « l’an » after a number is never a lakh, even in an Indian locale', () => {
    const sentence = 'Doubler la production, passant de 60 000 litres par an à 120 000 l’an prochain';
    expect(read(sentence, 'in')).toMatchObject({ baseline: 60_000, target: 120_000 });
    expect(read('Reach 120 000 l\'an prochain', 'in').target).toBe(120_000);
  });
});
