/**
 * The forecast's move by persistent one-step errors (MAX_RESIDUAL_PERSISTENCE in src/core/forecast/index.ts):
 * the closed forms of an AR(1) error under a smoothed level, the ETS member's residual autocorrelation, and
 * the forecaster's shared centre moved by it on simulated cycles a smoothed level follows late.
 */
import { Forecaster, quantile } from '../../../src/core/forecast';
import { Ets } from '../../../src/core/forecast/ets';
import { persistenceMove } from '../../../src/core/forecast/persistence';

describe('persistenceMove (AR(1) errors under a smoothed level)', () => {
  it('one step ahead is φ·u, whatever the level does', () => {
    expect(persistenceMove({ phi: 0.4, last: 10, alpha: 0.3 }, 1, false, false)).toBeCloseTo(4, 12);
    expect(persistenceMove({ phi: 0.4, last: 10, alpha: 1 }, 1, false, false)).toBeCloseTo(4, 12);
  });

  it('a level that ignores errors (α = 0) sees them die out: φʰ·u', () => {
    expect(persistenceMove({ phi: 0.5, last: 8, alpha: 0 }, 3, false, false)).toBeCloseTo(1, 12);
  });

  it('a level that takes every error (α = 1, a random walk) adds them up: ARIMA(1,1,0)’s Σ φᵏ·u', () => {
    const p = { phi: 0.5, last: 8, alpha: 1 };
    expect(persistenceMove(p, 3, false, false)).toBeCloseTo(8 * (0.5 + 0.25 + 0.125), 12);
  });

  it('moves a total by the sum of its periods’ moves, a relative total by their mean', () => {
    const p = { phi: 0.6, last: 2, alpha: 0.4 };
    const moves = [1, 2, 3, 4].map((k) => persistenceMove(p, k, false, false));
    const sum = moves.reduce((s, m) => s + m, 0);
    expect(persistenceMove(p, 4, true, false)).toBeCloseTo(sum, 12);
    expect(persistenceMove(p, 4, true, true)).toBeCloseTo(sum / 4, 12);
    // A one-period total is its level.
    expect(persistenceMove(p, 1, true, false)).toBe(persistenceMove(p, 1, false, false));
  });

  it('sums a long total in closed form, as the periods’ moves added one by one', () => {
    for (const p of [{ phi: 0.85, last: -3, alpha: 0.2 }, { phi: -0.6, last: 1.5, alpha: 0.9 }, { phi: 0.3, last: 7, alpha: 0 }]) {
      let sum = 0;
      for (let k = 1; k <= 120; k++) sum += persistenceMove(p, k, false, false);
      expect(persistenceMove(p, 120, true, false)).toBeCloseTo(sum, 10);
      expect(persistenceMove(p, 120, true, true)).toBeCloseTo(sum / 120, 12);
    }
  });

  it('does not move a forecast whose errors do not persist', () => {
    expect(persistenceMove({ phi: 0, last: 5, alpha: 0.7 }, 6, false, false)).toBe(0);
  });
});

/** n points of a seeded AR(2) around 0, x_t = a1·x_{t−1} + a2·x_{t−2} + ε (a cycle a smoothed level follows late), and each point's true conditional mean. */
function ar2(a1: number, a2: number, n: number, seed: number): { values: number[]; next: number } {
  let state = seed;
  const u = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  const gaussian = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const values: number[] = [];
  let x1 = 0;
  let x2 = 0;
  for (let i = 0; i < n; i++) {
    const x = a1 * x1 + a2 * x2 + gaussian();
    x2 = x1;
    x1 = x;
    values.push(x);
  }
  return { values, next: a1 * x1 + a2 * x2 };
}

describe('ETS residual persistence', () => {
  function fitted(values: readonly number[]): Ets {
    const ets = new Ets(false);
    values.forEach((v, i) => ets.update(i, v));
    ets.aicc();
    return ets;
  }

  it('is small for independent errors', () => {
    let state = 99;
    const u = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const white = fitted(Array.from({ length: 240 }, () => 100 + Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())));
    expect(Math.abs(white.residualPersistence()!.phi)).toBeLessThan(0.2);
  });

  it('is positive where the level follows a cycle late (an AR(2) read as a local level)', () => {
    const { values } = ar2(1.2, -0.5, 240, 99);
    const p = fitted(values).residualPersistence();
    expect(p).not.toBeNull();
    expect(p!.phi).toBeGreaterThan(0.2);
    expect(Number.isFinite(p!.last)).toBe(true);
  });
});

describe('the combination’s centre moved by the ETS member’s residual persistence', () => {
  it('brings the one-step median nearer the true next value of a cycle (40 simulated series)', () => {
    let moved = 0;
    let unmoved = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { values, next } = ar2(1.2, -0.5, 120, seed * 7919);
      const history = { period: 'month' as const, index: values.map((_, i) => i), value: values, lastDate: '2020-01-31', businessDays: false };
      const forecaster = new Forecaster(history, 'level');
      const dist = forecaster.distribution(1);
      expect(dist.components[dist.components.length - 1].name).toMatch(/^ets/);
      const median = quantile({ ...dist, tilt: 0 }, 0.5);
      // Values around 0: level space, additive errors, so the move is a translation.
      moved += Math.abs(median - next);
      unmoved += Math.abs(median - forecaster.persistenceShift(1) - next);
    }
    expect(moved).toBeLessThan(0.9 * unmoved);
  });

  it('moves a one-period total as its level', () => {
    const { values } = ar2(1.2, -0.5, 120, 5);
    const history = { period: 'month' as const, index: values.map((_, i) => i), value: values, lastDate: '2020-01-31', businessDays: false };
    const level = new Forecaster(history, 'level');
    const total = new Forecaster(history, 'total');
    expect(level.persistenceShift(1)).not.toBe(0);
    expect(total.persistenceShift(1)).toBe(level.persistenceShift(1));
    expect(quantile(total.distribution(1), 0.5)).toBeCloseTo(quantile(level.distribution(1), 0.5), 8);
  });
});
