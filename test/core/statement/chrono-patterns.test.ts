import { casual as chronoFr, parse as chronoParseFr } from 'chrono-node/fr';
import { findDates, pickDeadline } from '../../../src/core/statement/dates';
import { prepare } from '../../../src/core/statement/text';
import type { Lang } from '../../../src/core/types';

// perf39: the date reader gives chrono's French parsers their first RegExp back (they built a new one on every call,
// so chrono's own pattern cache never hit), on its first French chrono parse — not at script load, which every
// custom-function call pays. Same patterns, same results — only the rebuilding goes.

interface WithPattern {
  pattern(context: unknown): RegExp;
  innerPattern?: unknown;
}

const parsers = chronoFr.parsers as unknown as WithPattern[];
const withWordBoundary = parsers.filter((p) => typeof p.innerPattern === 'function');

describe('chrono French patterns built once (perf39)', () => {
  // The first French sentence the date reader hands to chrono (a weekday only chrono reads).
  beforeAll(() => {
    findDates(prepare('Signer 5 contrats avant lundi prochain'), { asOf: '2026-11-26', lang: 'fr', fiscalYearStartMonth: 1 });
  });

  it('reuses every word-boundary parser’s pattern from one call to the next', () => {
    expect(withWordBoundary.length).toBeGreaterThan(5);
    const context = { option: { forwardDate: true } };
    const rebuilt = withWordBoundary.filter((p) => p.pattern(context) !== p.pattern(context)).map((p) => p.constructor.name);
    expect(rebuilt).toEqual([]);
  });

  it('reads the parsers concerned as before: « il y a », « dans », « les … prochains », « demain », « ce soir »', () => {
    const ref = new Date(2026, 10, 26, 12);
    const day = (text: string): string[] =>
      chronoParseFr(text, ref, { forwardDate: true }).map((r) => `${r.text}→${r.start.get('year')}-${r.start.get('month')}-${r.start.get('day')}`);
    for (let pass = 0; pass < 2; pass++) {
      expect(day('il y a 3 jours')).toEqual(['il y a 3 jours→2026-11-23']);
      expect(day('dans 3 jours')).toEqual(['dans 3 jours→2026-11-29']);
      expect(day('les 2 prochaines semaines')).toEqual(['les 2 prochaines semaines→2026-12-10']);
      expect(day('demain')).toEqual(['demain→2026-11-27']);
      expect(day('ce soir')).toEqual(['ce soir→2026-11-26']);
      // Near misses: no time unit after the number, nothing read.
      expect(day('dans 3 magasins')).toEqual([]);
      expect(day('les 3 prochains clients')).toEqual([]);
    }
  });

  it.each<[string, Lang, string | null]>([
    ["Atteindre 30 % de conversion d'ici le 30 juin 2027", 'fr', '2027-06-30'],
    ['Réduire le churn à 5 % avant le 31 décembre 2027, dans 3 magasins', 'fr', '2027-12-31'],
    ['Ouvrir 3 magasins le lundi', 'fr', '2026-11-30'],
    ['Increase revenue by 10% by June 30, 2027', 'en', '2027-06-30'],
  ])('keeps the deadline of %s', (text, lang, expected) => {
    const first = pickDeadline(findDates(prepare(text), { asOf: '2026-11-26', lang, fiscalYearStartMonth: 1 }))?.date ?? null;
    const again = pickDeadline(findDates(prepare(text), { asOf: '2026-11-26', lang, fiscalYearStartMonth: 1 }))?.date ?? null;
    expect([first, again]).toEqual([expected, expected]);
  });
});
