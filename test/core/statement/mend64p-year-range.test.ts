/**
 * mend64p (perf64's review, findings 1 and 2): the year-range reader ("the 2025-26 plan", « l'exercice 2026-27 ») reads
 * chrono's one-byte copy (`chronoText`), where every character above U+00FF but CHRONO_NAMED_WIDE's reads as U+009F (or
 * U+00A0 for white space): a wide character its pattern named would never match there. So the pattern names none but
 * those (first test), and the hyphens it reads — ‐ U+2010, the no-break hyphen ‑ U+2011 and the minus − U+2212, besides
 * - and – — are in CHRONO_NAMED_WIDE (not the em dash, common in statements: it keeps perf63's one-byte copy): « 2025‑26 » is the year range « 2025-26 » is, a deadline at its
 * end and no target 26 (it read "target 26, no deadline"). Its near misses stay what they are with a plain hyphen.
 */
import { analyzeStatement } from '../../../src/core/statement';
import { CHRONO_NAMED_WIDE, YEAR_RANGE_RE } from '../../../src/core/statement/dates';

const HYPHENS = ['\u2010', '\u2011', '\u2212'];

describe('mend64p: the year-range reader on chrono’s one-byte copy', () => {
  it('names no character above U+00FF but CHRONO_NAMED_WIDE’s, written or escaped', () => {
    const source = YEAR_RANGE_RE.source;
    const escaped = [...source.matchAll(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi)].map((m) => String.fromCharCode(parseInt(m[1] ?? m[2], 16)));
    const wide = [...source, ...escaped].filter((ch) => ch.charCodeAt(0) > 0xff);
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.filter((ch) => !CHRONO_NAMED_WIDE.includes(ch))).toEqual([]);
    expect(HYPHENS.filter((ch) => !wide.includes(ch))).toEqual([]);
  });

  describe.each(HYPHENS.map((h) => [`U+${h.charCodeAt(0).toString(16).toUpperCase()}`, h]))('%s', (_name, h) => {
    it.each([
      // [statement, its deadline as of 2026-11-26]
      ['Grow revenue 10% in 2025{h}26', '2026-12-31'],
      ['Grow revenue 10% in the 2026{h}27 plan’s first year.', '2027-12-31'],
      ['Augmenter le CA de 10\u00a0% sur l’exercice 2026{h}27', '2027-12-31'],
      ['Ouvrir 3 agences en 2027{h}28\u202f; nous l’avons promis.', '2028-12-31'],
    ])('%s: a year range, as with a plain hyphen', (written, deadline) => {
      const text = written.replace('{h}', h);
      const read = analyzeStatement(text, { asOf: '2026-11-26' });
      const plain = analyzeStatement(written.replace('{h}', '-'), { asOf: '2026-11-26' });
      expect([read.deadline, read.target, read.change]).toEqual([deadline, plain.target, plain.change]);
      expect(read.target).not.toBe(Number(text.match(/\d\d(?=\D*$)/)?.[0]));
    });

    it.each([
      'Model 2027{h}28’s launch: sell 500 units by June 2029.',
      'n°\u202f2027{h}28 : ouvrir 3 agences d’ici 2029.',
      'Q1 2027{h}28’s target: 40 new accounts.',
      'Atteindre 40 comptes au T1 2027{h}28.',
    ])('%s: a near miss, read as with a plain hyphen', (written) => {
      const read = analyzeStatement(written.replace('{h}', h), { asOf: '2026-11-26' });
      const plain = analyzeStatement(written.replace('{h}', '-'), { asOf: '2026-11-26' });
      expect(read.deadline).toBe(plain.deadline);
      expect(read.deadline).not.toBe('2028-12-31');
    });
  });

});
