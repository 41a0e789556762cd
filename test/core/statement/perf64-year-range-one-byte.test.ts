/**
 * perf64: the year-range reader ("the 2025-26 plan", « l'exercice 2026-27 ») reads chrono's one-byte copy of the original
 * (`chronoText`), so a statement holding a ’, a no-break space or a € no longer compiles its pattern a second time for
 * two-byte text. The pattern tells a character above U+00FF only by `\s` and `\b`, which the copy keeps (white space
 * → U+00A0, any other → U+009F), and a text holding « – », which it names, is read as written: a statement reads the same
 * dates with its wide characters or with plain ones in their place. (Every readable fixture text: output-digest.ts.)
 */
import { analyzeStatement } from '../../../src/core/statement';
import { chronoText } from '../../../src/core/statement/dates';

const PLAIN: Record<string, string> = { '’': "'", '\u202f': ' ', '\u00a0': ' ', '“': '"', '”': '"', '€': '$', '—': ',', '…': '.' };
const plain = (text: string): string => text.replace(/[’\u202f\u00a0“”€—…]/g, (ch) => PLAIN[ch]);

const ROWS: ReadonlyArray<readonly [string, boolean]> = [
  // [statement, its year range read as a fiscal year's end]
  ['Grow revenue 10% in the 2026-27 plan’s first year.', true],
  ['Atteindre 2 M€ de chiffre d’affaires pour 2026-27.', true],
  ['Le budget 2026–27 : +5 % de ventes d’ici là.', true],
  ['Reach “$2M” in sales in 2026-27 — our board’s goal.', true],
  ['Ouvrir 3 agences en 2027-28\u202f; nous l’avons promis…', true],
  ['Model 2027-28’s launch: sell 500 units by 2028.', false],
  ['n°\u202f2027-28 : ouvrir 3 agences d’ici 2029.', false],
  ['Call 555-2027-28 now’s the time: grow leads 10% by 2027.', false],
  ['Q1 2027-28’s target: 40 new accounts.', false],
];

describe('perf64: the year-range reader on a one-byte copy', () => {
  it.each(ROWS)('%s reads the dates it reads with plain characters', (text, fiscal) => {
    for (const asOf of ['2026-11-26', '2025-02-14']) {
      const wide = analyzeStatement(text, { asOf });
      const ascii = analyzeStatement(plain(text), { asOf });
      expect(plain(text)).not.toBe(text);
      expect({ deadline: wide.deadline, start: wide.start, ambiguous: wide.ambiguousFiscalYear }).toEqual({ deadline: ascii.deadline, start: ascii.start, ambiguous: ascii.ambiguousFiscalYear });
      if (fiscal) expect(wide.deadline).toMatch(/^202[78]-/);
    }
  });

  it('hands the reader a one-byte copy of the same length, or the text as written when it holds « – »', () => {
    const text = 'Atteindre 2 M€ de chiffre d’affaires pour 2026-27.';
    const copy = chronoText(text);
    expect(copy).toHaveLength(text.length);
    expect([...copy].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
    expect(copy.replace(/[\x9f\xa0]/g, '')).toBe(text.replace(/[€’]/g, ''));
    expect(chronoText('Le budget 2026–27 : +5 % d’ici là.')).toBe('Le budget 2026–27 : +5 % d’ici là.');
  });
});
