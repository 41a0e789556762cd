/**
 * surf53 f: whether a target is the user's or computed is carried to its wording (`AssessInput.targetStated`), not guessed
 * from its having at most two decimals. On a whole-dollar tab (`withAmountDecimals(0)`), a computed $1,465.50 (a change
 * applied to a level) reads "$1,466" as every computed amount of the tab; a stated "$1,465.50" keeps its cents (ruling b).
 */
import { assess } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import { withAmountDecimals } from '../../../src/core/format';

const HISTORY = Array.from({ length: 24 }, (_, i) => ({ date: addPeriods('2024-12-01', 'month', i), value: 1400 + i * 2.5 + (i % 3) * 4 }));
const chanceLine = (lang: 'en' | 'fr', targetStated: boolean): string =>
  withAmountDecimals(0, () => assess({ history: HISTORY, target: 1465.5, deadline: '2027-06-30', today: '2026-11-26', currency: 'USD', targetStated }, lang)).reasons.find((r) => /^(Chance)/.test(r))!.replace(/[\u00a0\u202f]/g, ' ');

describe('a target’s cents follow where it came from (surf53 f)', () => {
  it.each([
    ['en' as const, '$1,466', '$1,465.50'],
    ['fr' as const, '1 466 $', '1 465,50 $'],
  ])('%s: computed %s, stated %s', (lang, computed, stated) => {
    expect(chanceLine(lang, false)).toContain(computed);
    expect(chanceLine(lang, true)).toContain(stated);
  });
});
