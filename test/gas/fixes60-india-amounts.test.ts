/**
 * Fixes 60, items 1–2, through the BUILT bundle: an Indian sales team's goal SENTENCE reads amounts as its cells do
 * (review 24): "₹52,00,000" (was 52), "₹12,34,567" (was 12.34), "Rs 1 lakh crore" (was one lakh), "₹45L" (no target);
 * a bare "45 L" is lakhs in an en_IN sheet only (the formulas pass the locale's `numberLang` to the analyser).
 */
import { harness } from './workbook/harness';

const AS_OF = '2026-12-03';
const target = (h: ReturnType<typeof harness>, sentence: string): unknown => h.addon.call<unknown[][]>('SMARTPARSE', sentence, AS_OF)[0][3];

describe('Indian amounts in a goal sentence (SMARTPARSE)', () => {
  const india = harness({ spreadsheetLocale: 'en_IN' });
  const us = harness({ spreadsheetLocale: 'en_US' });

  it.each([
    ['Reach ₹52,00,000 in sales by March 2027', 5_200_000],
    ['Grow revenue to ₹12,34,567 by March 2027', 1_234_567],
    ['Reach Rs 1 lakh crore in revenue by 2030', 1e12],
    ['Reach ₹45L in sales by March 2027', 4_500_000],
    ['Reach ₹2.5 Cr in sales by March 2027', 25_000_000],
    ['Reach 2,5 crores in sales by March 2027', 25_000_000],
  ])('%s → %d, in en_IN and en_US alike', (sentence, value) => {
    expect(target(india, sentence)).toBe(value);
    expect(target(us, sentence)).toBe(value);
  });

  it('a bare "45 L" is 45 lakh in en_IN, and stays 45 in en_US (litres?)', () => {
    expect(target(india, 'Reach 45 L in sales by March 2027')).toBe(4_500_000);
    expect(target(us, 'Reach 45 L in sales by March 2027')).toBe(45);
  });

  it('near miss: English and French groups are read as before', () => {
    expect(target(us, 'Sell 1,234,567 units by 2027')).toBe(1_234_567);
    expect(target(harness({ spreadsheetLocale: 'fr_FR' }), 'Vendre 1 234 567 unités d’ici 2027')).toBe(1_234_567);
  });
});
