/**
 * The tail-rule report's cross-validation (src/local/eval/tails.ts, `npm run eval -- tails`): each rule is a monotone
 * map of a probability that keeps it in [0, 1] and changes nothing at a = 0, and a left-out set's parameter is chosen
 * on the other sets' cases alone — its own outcomes cannot move it.
 */
import { GRID, TAIL_RULES, brier, chooseParameter, leaveOneSetOut, tailTemper, temper, type TailCase, type TailRule } from '../../../src/local/eval/tails';

const PROBABILITIES = [0, 1e-9, 0.001, 0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.97, 0.999, 1 - 1e-9, 1];

function cases(set: string, p: number, reached: number, count: number, h = 1, perYear = 12): TailCase[] {
  return Array.from({ length: count }, (_, i) => ({ set, series: `${set}-${i % 3}`, perYear, h, outcome: i < reached ? 1 : 0, p }));
}

describe('tail rules', () => {
  it.each(Object.entries(TAIL_RULES))('%s: in [0, 1], monotone in the probability, unchanged at a = 0, 0 and 1 kept', (_name, rule) => {
    for (const h of [1, 3, 12]) {
      const c: TailCase = { set: 's', series: 'x', perYear: 12, h, outcome: 1, p: 0.5 };
      for (const a of [0, 0.5, 3]) {
        const mapped = PROBABILITIES.map((p) => rule(c, a)(p));
        for (const q of mapped) expect(q >= 0 && q <= 1).toBe(true);
        for (let i = 1; i < mapped.length; i++) expect(mapped[i]).toBeGreaterThanOrEqual(mapped[i - 1]);
        expect(mapped[0]).toBe(0);
        expect(mapped[mapped.length - 1]).toBe(1);
      }
      for (const p of PROBABILITIES) expect(rule(c, 0)(p)).toBeCloseTo(p, 12);
    }
  });

  it('a tempered probability moves toward ½ and keeps its side; the tail map keeps the middle as it was', () => {
    expect(temper(0.97, 2)).toBeLessThan(0.97);
    expect(temper(0.97, 2)).toBeGreaterThan(0.5);
    expect(temper(0.02, 2)).toBeGreaterThan(0.02);
    expect(temper(0.5, 3)).toBe(0.5);
    expect(tailTemper(0.75, 0.9, 3)).toBeCloseTo(0.75, 12);
    expect(tailTemper(0.97, 0.9, 3)).toBeLessThan(0.97);
    expect(tailTemper(0.97, 0.9, 3)).toBeGreaterThan(0.9);
    expect(tailTemper(0.03, 0.9, 3)).toBeCloseTo(1 - tailTemper(0.97, 0.9, 3), 12);
  });

  it('a horizon rule widens more far ahead: the same probability moves further toward ½ twelve months out than one', () => {
    const rule = TAIL_RULES['log-odds / (1 + a·√years ahead)'];
    const at = (h: number) => rule({ set: 's', series: 'x', perYear: 12, h, outcome: 1, p: 0.95 }, 0.5)(0.95);
    expect(at(12)).toBeLessThan(at(3));
    expect(at(3)).toBeLessThan(at(1));
  });
});

describe('leave-one-set-out choice', () => {
  // Sets a and b: probabilities of 0.97 reached 80 % of the time (over-confident: a widening helps); set c: 0.97
  // reached every time (a widening hurts). Whatever c's outcomes, c's own parameter comes from a and b only.
  const overConfident = [...cases('a', 0.97, 80, 100), ...cases('b', 0.97, 80, 100)];
  const rule: TailRule = TAIL_RULES['every case, log-odds / (1 + a)'];

  it('a set that needs no widening still gets the one the other sets chose, and its own outcomes cannot move it', () => {
    const all = [...overConfident, ...cases('c', 0.97, 100, 100)];
    const chosen = leaveOneSetOut(all, ['a', 'b', 'c'], rule);
    expect(chosen.get('c')).toBe(chooseParameter(overConfident, rule));
    expect(chosen.get('c')).toBeGreaterThan(0);
    const flipped = leaveOneSetOut([...overConfident, ...cases('c', 0.97, 0, 100)], ['a', 'b', 'c'], rule);
    expect(flipped.get('c')).toBe(chosen.get('c'));
  });

  it('the chosen parameter is the grid point with the lowest Brier score, no widening on a tie', () => {
    const a = chooseParameter(overConfident, rule);
    const score = (x: number) => brier(overConfident, (c) => rule(c, x)(c.p));
    for (const x of GRID) expect(score(a)).toBeLessThanOrEqual(score(x) + 1e-12);
    // Calibrated already (0.5 reached half the time): the map cannot improve on it, and a = 0 is kept.
    expect(chooseParameter(cases('d', 0.5, 50, 100), rule)).toBe(0);
  });

  it('a set outside the list is neither chosen on nor scored', () => {
    const chosen = leaveOneSetOut([...overConfident, ...cases('tuning', 0.97, 100, 1000)], ['a', 'b'], rule);
    expect([...chosen.keys()]).toEqual(['a', 'b']);
    expect(chosen.get('a')).toBe(chooseParameter(cases('b', 0.97, 80, 100), rule));
  });
});
