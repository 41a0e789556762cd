/**
 * The bundle-grid report's cross-validation (src/local/eval/bundles.ts, `npm run eval -- bundles`): a left-out set's
 * grid point is chosen on the other sets' cases alone — its own outcomes cannot move it —, and the left-out cases are
 * paired with the current point's case by case.
 */
import { brierOf, foldChoices, leftOutCases, seriesDiffs, type GridCase } from '../../../src/local/eval/bundles';

function cases(set: string, p: number, reached: number, count: number): GridCase[] {
  return Array.from({ length: count }, (_, i) => ({ set, series: `${set}-${i % 2}`, n: 100, period: 'month', outcome: i < reached ? 1 : 0, p }));
}

// Point "a" says 0.8 everywhere, point "b" 0.2: sets s1 and s2 reach their targets 80 % of the time, s3 20 %.
const byPoint = new Map<string, GridCase[]>([
  ['a', [...cases('s1', 0.8, 8, 10), ...cases('s2', 0.8, 8, 10), ...cases('s3', 0.8, 2, 10)]],
  ['b', [...cases('s1', 0.2, 8, 10), ...cases('s2', 0.2, 8, 10), ...cases('s3', 0.2, 2, 10)]],
]);

describe('bundle grid chosen leave-one-set-out', () => {
  it('each fold picks the point best on the OTHER sets', () => {
    const chosen = foldChoices(byPoint, ['s1', 's2', 's3']);
    // Without s1: s2 favours a, s3 favours b, equally — the first in grid order on a tie.
    expect(chosen.get('s1')).toBe('a');
    expect(chosen.get('s2')).toBe('a');
    // Without s3: both others favour a, though s3 itself favours b.
    expect(chosen.get('s3')).toBe('a');
  });

  it("a set's own outcomes never move its choice", () => {
    const flipped = new Map([...byPoint].map(([point, list]) => [point, list.map((c) => (c.set === 's3' ? { ...c, outcome: (1 - c.outcome) as 0 | 1 } : c))]));
    expect(foldChoices(flipped, ['s1', 's2', 's3']).get('s3')).toBe(foldChoices(byPoint, ['s1', 's2', 's3']).get('s3'));
  });

  it('a set outside the list is neither chosen for nor read', () => {
    const chosen = foldChoices(byPoint, ['s1', 's2']);
    expect([...chosen.keys()]).toEqual(['s1', 's2']);
    expect(chosen.get('s1')).toBe('a');
  });

  it('the left-out cases are each set under its fold’s point, and their difference to the current point sums case by case', () => {
    const chosen = new Map([
      ['s1', 'a'],
      ['s3', 'b'],
    ]);
    const leftOut = leftOutCases(byPoint, chosen);
    expect(leftOut.length).toBe(20);
    expect(leftOut.filter((c) => c.set === 's3').every((c) => c.p === 0.2)).toBe(true);
    const current = (byPoint.get('a') ?? []).filter((c) => c.set !== 's2');
    const diffs = seriesDiffs(leftOut, current);
    expect(diffs.map((d) => d.series).sort()).toEqual(['s1-0', 's1-1', 's3-0', 's3-1']);
    expect(diffs.filter((d) => d.set === 's1').every((d) => d.sum === 0)).toBe(true);
    // s3 under b instead of a: its Brier score falls from 0.52 to 0.16 over its ten cases.
    const s3 = diffs.filter((d) => d.set === 's3').reduce((s, d) => s + d.sum, 0);
    expect(s3).toBeCloseTo((brierOf(cases('s3', 0.2, 2, 10)) - brierOf(cases('s3', 0.8, 2, 10))) * 10, 12);
    expect(brierOf(cases('s3', 0.8, 2, 10))).toBeCloseTo(0.52, 12);
    expect(brierOf(cases('s3', 0.2, 2, 10))).toBeCloseTo(0.16, 12);
  });

  it('lists that do not pair case by case are refused, not scored', () => {
    const current = byPoint.get('a') ?? [];
    expect(() => seriesDiffs(current.slice(1), current)).toThrow(/left-out cases/);
  });
});
