/**
 * surf53 b, the lead's ruling: a level's quarterly milestones run monotone from the current level to the target, never
 * behind the one nor past the other, nor past a scale's top (a CSAT raised from 9.82 to 10 wrote Q1 9.48 under a seasonal
 * dip). A property over seeded random levels, targets, horizons and seasonal indexes, both directions.
 */
import { levelMilestones } from '../../../src/core/alignment/quarters';

/** mulberry32: a seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('levelMilestones (surf53 b)', () => {
  it('the reviewer’s case: 9.82 → 10 on a 0–10 scale under a seasonal dip starts at or above 9.82', () => {
    const path = levelMilestones(9.82, 10, [0.93, 1.02, 1.03, 1.02], [0.3, 0.25, 0.25, 0.2], 10);
    expect(Math.min(...path)).toBeGreaterThanOrEqual(9.82);
    expect(path.at(-1)).toBe(10);
  });

  it('mend53d: a churn cut from 5 to 3 peaking in Q4 keeps its seasonal shape (more of the cut where the season helps), never the whole cut in Q1', () => {
    const path = levelMilestones(5, 3, [0.8, 0.8, 0.9, 1.2], [0.25, 0.25, 0.25, 0.25]);
    expect(path.slice(0, 3).every((v) => v > 3 && v < 5)).toBe(true);
    expect(path.at(-1)).toBe(3);
    // The low-churn quarters carry more of the cut than the Q4 peak: Q1's step is larger than Q4's.
    expect(5 - path[0]).toBeGreaterThan(path[2] - path[3]);
  });

  it('for 2,000 random goals: monotone, within [current level, target], capped at the scale’s top, ending at the target, not at it before the last quarter', () => {
    const next = random(53);
    const bad: unknown[] = [];
    for (let n = 0; n < 2000; n++) {
      const quarters = 2 + Math.floor(next() * 3);
      const baseline = next() * 10;
      const target = next() * 12;
      const top = next() < 0.5 ? 10 : null;
      const index = Array.from({ length: quarters }, () => 0.6 + next() * 0.8);
      const raw = Array.from({ length: quarters }, () => 0.1 + next());
      const time = raw.map((x) => x / raw.reduce((a, b) => a + b, 0));
      const path = levelMilestones(baseline, target, index, time, top);
      const end = Math.min(target, top ?? Infinity);
      const [low, high] = baseline <= end ? [baseline, end] : [end, baseline];
      const monotone = path.every((v, q) => q === 0 || (baseline <= end ? v >= path[q - 1] : v <= path[q - 1]));
      const within = path.every((v) => v >= low - 1e-9 && v <= high + 1e-9);
      const early = end !== baseline && path.slice(0, -1).every((v) => v === end);
      if (path.length !== quarters || path.at(-1) !== end || !monotone || !within || early) bad.push({ baseline, target, top, index, time, path });
    }
    expect(bad.slice(0, 3)).toEqual([]);
  });
});
