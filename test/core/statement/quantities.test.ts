import { findQuantities, parseNumberToken } from '../../../src/core/statement/quantities';
import { fold } from '../../../src/core/statement/text';
import type { Lang } from '../../../src/core/types';

function quantities(text: string, lang: Lang) {
  return findQuantities(fold(text), lang).map((q) => ({ value: q.value, kind: q.kind, currency: q.currency }));
}

describe('numbers in both locales', () => {
  it.each([
    ['1 200 000 €', 'fr', 1_200_000, 'money', 'EUR'],
    ['1\u202f200\u202f000\u00a0€', 'fr', 1_200_000, 'money', 'EUR'],
    ['2,5 M€', 'fr', 2_500_000, 'money', 'EUR'],
    ['300 k€', 'fr', 300_000, 'money', 'EUR'],
    ['$12k', 'en', 12_000, 'money', 'USD'],
    ['$2.5M', 'en', 2_500_000, 'money', 'USD'],
    ['$1.2 million', 'en', 1_200_000, 'money', 'USD'],
    ['£40,000', 'en', 40_000, 'money', 'GBP'],
    ['50 000 euros', 'fr', 50_000, 'money', 'EUR'],
    ['1,500', 'en', 1500, 'number', null],
    ['1 500', 'fr', 1500, 'number', null],
    ['1,5', 'fr', 1.5, 'number', null],
    ['10 000 CHF', 'fr', 10_000, 'money', 'CHF'],
  ] as const)('%s (%s) → %d', (text, lang, value, kind, currency) => {
    expect(quantities(text, lang)).toEqual([{ value, kind, currency }]);
  });

  it('reads an upper-case ISO currency code before the digits, as English writes it (CLDR "¤#,##0.00")', () => {
    const read = (text: string) => findQuantities(fold(text), 'en', text).map((q) => ({ value: q.value, kind: q.kind, currency: q.currency }));
    expect(read('JPY 40,000')).toEqual([{ value: 40_000, kind: 'money', currency: 'JPY' }]);
    expect(read('BRL\u00a01.2M')).toEqual([{ value: 1_200_000, kind: 'money', currency: 'BRL' }]);
    expect(read('from SEK 500 to SEK 800')).toEqual([
      { value: 500, kind: 'money', currency: 'SEK' },
      { value: 800, kind: 'money', currency: 'SEK' },
    ]);
    // Near-misses: three letters that are a word, or no current code, or lower case, leave the number a plain number.
    expect(read('try 20 calls')).toEqual([{ value: 20, kind: 'number', currency: null }]);
    expect(read('the top 10 accounts')).toEqual([{ value: 10, kind: 'number', currency: null }]);
    expect(read('ABC 40')).toEqual([{ value: 40, kind: 'number', currency: null }]);
    expect(read('jpy40 and all 12 reps')).toEqual([{ value: 12, kind: 'number', currency: null }]);
  });

  it('reads percentages as fractions', () => {
    expect(quantities('45 %', 'fr')[0].value).toBeCloseTo(0.45, 12);
    expect(quantities('3,5 %', 'fr')[0].value).toBeCloseTo(0.035, 12);
    expect(quantities('1.8%', 'en')[0].value).toBeCloseTo(0.018, 12);
    expect(quantities('12 pour cent', 'fr')[0]).toMatchObject({ kind: 'percent' });
  });

  it('reads percentage points as absolute fractions', () => {
    for (const text of ['5 points', '5 percentage points', '5 pts', '5 points de pourcentage']) {
      const [q] = quantities(text, 'en');
      expect(q.kind).toBe('points');
      expect(q.value).toBeCloseTo(0.05, 12);
    }
  });

  it('reads spelled-out percentages and points', () => {
    expect(quantities('ten percent', 'en')[0]).toMatchObject({ kind: 'percent' });
    expect(quantities('ten percent', 'en')[0].value).toBeCloseTo(0.1, 12);
    expect(quantities('dix pour cent', 'fr')[0].value).toBeCloseTo(0.1, 12);
    expect(quantities('deux points', 'fr')[0]).toMatchObject({ kind: 'points' });
  });

  it('keeps days apart and reads multipliers', () => {
    expect(quantities('45 days', 'en')).toEqual([{ value: 45, kind: 'days', currency: null }]);
    expect(quantities('x2', 'en')).toEqual([{ value: 2, kind: 'multiplier', currency: null }]);
  });

  it('does not read numbers glued to letters (Q2, T4, FY27)', () => {
    expect(quantities('Q2 T4 FY27 H1', 'en')).toEqual([]);
  });

  it('parses number tokens by locale', () => {
    expect(parseNumberToken('1,500', 'en')).toBe(1500);
    expect(parseNumberToken('1,500', 'fr')).toBe(1.5);
    expect(parseNumberToken('1.500.000', 'fr')).toBe(1_500_000);
    expect(parseNumberToken('2.5', 'fr')).toBe(2.5);
    expect(parseNumberToken('1,234,567.5', 'en')).toBe(1_234_567.5);
  });
});
