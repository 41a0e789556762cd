import { RandomWalk } from '../../../src/core/forecast/models';

/**
 * fc57: a random walk whose drift is its whole history's (decay 1, a long monthly history) still reads its
 * slowing off the RECENT drift (`turnDecay`), and damps the whole drift ahead while it slows.
 */
describe('whole-history drift damped while the recent drift slows (turnDecay)', () => {
  const feed = (rw: RandomWalk, values: number[]) => values.forEach((z, t) => rw.update(t, z));

  it('slowing: changes 2, 2, 2, 1 — the whole drift 7/4 damped, the first period whole', () => {
    const phi = 0.5;
    const rw = new RandomWalk(true, 1, phi, 0.5);
    feed(rw, [0, 2, 4, 6, 7]);
    // Recent drift, changes weighted 1/8, 1/4, 1/2, 1: (0.25 + 0.5 + 1 + 1) / 1.875 = 1.4667 < 7/4: slowing.
    const drift = 7 / 4;
    // One period ahead the drift is whole (no model weight moves).
    expect(rw.predict(5)!.mean).toBeCloseTo(7 + drift, 12);
    // Three ahead: steps 1 + 0.5 + 0.25 = 1.75 instead of 3.
    const p3 = rw.predict(7)!;
    expect(p3.mean).toBeCloseTo(7 + 1.75 * drift, 12);
    // Noise: Σd²/k − (Σd)²/Σk = 13 − 49/4 = 0.75 over 3 degrees of freedom; the drift's variance steps² / Σk (Σk = 4).
    expect(p3.variance).toBeCloseTo(0.25 * (3 + (1.75 * 1.75) / 4), 12);
    // A one-period total is its level; two periods sum steps 1 and 1.5.
    expect(rw.predictTotal(1)!.mean).toBeCloseTo(rw.predict(5)!.mean, 12);
    expect(rw.predictTotal(2)!.mean).toBeCloseTo(2 * 7 + (1 + 1.5) * drift, 12);
  });

  it('speeding up (changes 1, 1, 1, 3) keeps the whole drift; so does no damping (φ = 1)', () => {
    const speeding = new RandomWalk(true, 1, 0.5, 0.5);
    feed(speeding, [0, 1, 2, 3, 6]);
    // Recent (0.125 + 0.25 + 0.5 + 3) / 1.875 = 2.07 above the whole 6/4: not slowing.
    expect(speeding.predict(7)!.mean).toBeCloseTo(6 + 3 * 1.5, 12);
    const undamped = new RandomWalk(true, 1, 1, 0.5);
    feed(undamped, [0, 2, 4, 6, 7]);
    expect(undamped.predict(7)!.mean).toBeCloseTo(7 + 3 * (7 / 4), 12);
  });

  it('a turned drift (recent changes against the whole one) is damped too', () => {
    const rw = new RandomWalk(true, 1, 0.5, 0.5);
    feed(rw, [0, 3, 6, 9, 8, 7]);
    // Whole drift 7/5 > 0; recent (3/32 + 3/16 + 3/8 − 1/2 − 1) / (31/16) < 0: turned.
    expect(rw.predict(8)!.mean).toBeCloseTo(7 + 1.75 * (7 / 5), 12);
  });
});
