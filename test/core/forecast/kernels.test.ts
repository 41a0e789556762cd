/**
 * The fast numerical kernels give the answers of the general ones they replace on their domain (speed
 * only: `npm run bench -- horizon`). Tolerances: the closed-form Student-t CDF agrees with the incomplete
 * beta to ~1e-13 (the incomplete beta's own error: it is flat at exactly ½ for |t| below ~2e-8·√ν, where
 * ν/(ν + t²) rounds to 1, and off by up to ~2e-13 near 0; the closed form matches the exact df 1 and 2 CDFs
 * to rounding).
 */
import { studentTCdf, studentTCdfByBeta } from '../../../src/core/forecast/stats';

function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to; i++) out.push(from + i * step);
  return out;
}

describe('closed-form Student-t CDF for whole degrees of freedom', () => {
  const ts = grid(-60, 60, 0.0537);

  it('matches the exact CDFs of 1 (Cauchy) and 2 degrees of freedom to rounding', () => {
    let worst = 0;
    for (const t of ts) {
      worst = Math.max(worst, Math.abs(studentTCdf(t, 1) - (0.5 + Math.atan(t) / Math.PI)));
      worst = Math.max(worst, Math.abs(studentTCdf(t, 2) - (0.5 + t / (2 * Math.sqrt(2 + t * t)))));
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('agrees with the incomplete beta for 1 to 100 degrees of freedom, tails to relative precision', () => {
    let worstAbsolute = 0;
    let worstTail = 0;
    for (let df = 1; df <= 100; df++) {
      for (const t of ts) {
        const fast = studentTCdf(t, df);
        const general = studentTCdfByBeta(t, df);
        worstAbsolute = Math.max(worstAbsolute, Math.abs(fast - general));
        const tail = Math.min(general, 1 - general);
        if (tail > 0) worstTail = Math.max(worstTail, Math.abs(Math.min(fast, 1 - fast) - tail) / tail);
      }
    }
    expect(worstAbsolute).toBeLessThan(5e-13);
    expect(worstTail).toBeLessThan(1e-11);
  });

  it('is symmetric, monotone and exact at 0 and ±∞', () => {
    for (const df of [1, 2, 3, 5, 6, 7, 30, 99]) {
      expect(studentTCdf(0, df)).toBe(0.5);
      expect(studentTCdf(Infinity, df)).toBe(1);
      expect(studentTCdf(-Infinity, df)).toBe(0);
      let previous = 0;
      let decreases = 0;
      let asymmetry = 0;
      for (const t of ts) {
        const p = studentTCdf(t, df);
        if (p < previous) decreases++;
        asymmetry = Math.max(asymmetry, Math.abs(p + studentTCdf(-t, df) - 1));
        previous = p;
      }
      expect(decreases).toBe(0);
      expect(asymmetry).toBeLessThan(1e-15);
    }
  });

  it('keeps fractional degrees of freedom on the incomplete beta', () => {
    for (const df of [0.5, 2.5, 3.5, 6.25]) expect(ts.map((t) => studentTCdf(t, df))).toEqual(ts.map((t) => studentTCdfByBeta(t, df)));
  });
});
