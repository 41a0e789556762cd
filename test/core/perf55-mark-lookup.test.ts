/**
 * perf55: `sentenceCurrency` finds its mark in a map built once (each mark's lower case, the first in the table's
 * longest-first order kept) instead of `MARKS.find((m) => m.toLowerCase() === lower)`, which lower-cased the ninety-odd
 * marks on every call. The reading must be the same for every mark of the table, in any case, under any sheet currency:
 * the former lookup is rebuilt here from the exported table, as the module builds MARKS.
 */
import { currencyCode, NARROW_SIGNS, sentenceCurrency } from '../../src/core/currency-marks';
import { useCurrency } from '../../src/core/format';

const MARKS = [...new Set(Object.entries(NARROW_SIGNS).flatMap(([code, signs]) => [code, ...signs]))].sort((a, b) => b.length - a.length);

/** The reading before perf55, word for word. */
function formerSentenceCurrency(mark: string): string | null | undefined {
  const lower = mark.toLowerCase();
  const sign = MARKS.find((m) => m.toLowerCase() === lower);
  return sign === undefined ? undefined : (currencyCode(sign) ?? (sign === '$' ? 'USD' : /^[¥￥]$/.test(sign) ? 'JPY' : null));
}

const ASKED = [
  ...MARKS.flatMap((mark) => [mark, mark.toLowerCase(), mark.toUpperCase()]),
  // No marks: words, an empty string, names every object inherits, a mark with a space around it.
  '', 'x', 'euro', 'dollars', 'constructor', 'toString', '__proto__', ' $', 'usd ', 'k€',
];

describe('sentenceCurrency reads every mark as the former lookup did (perf55)', () => {
  afterEach(() => useCurrency(null));

  it('meets marks differing only by case ("DH" and "Dh", "Fr." and "fr."), where the first in the table order must win', () => {
    const byLower = new Map<string, string[]>();
    for (const mark of MARKS) byLower.set(mark.toLowerCase(), [...(byLower.get(mark.toLowerCase()) ?? []), mark]);
    const shared = [...byLower.values()].filter((marks) => marks.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const marks of shared) for (const mark of marks) expect(ASKED).toContain(mark);
  });

  it.each([null, 'USD', 'CAD', 'EUR', 'JPY', 'SEK', 'XOF', 'INR', 'BRL'])('under the sheet currency %s', (sheet) => {
    useCurrency(sheet);
    for (const mark of ASKED) expect([mark, sentenceCurrency(mark)]).toEqual([mark, formerSentenceCurrency(mark)]);
  });
});
