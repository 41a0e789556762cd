/**
 * fix62: a multiplier stated per period ("double … every month", « tripler … chaque mois ») is compounded each period,
 * except when that asks more than 1,000× the base: it is then read once over the window (`changeOver` in
 * core/achievability/per-period.ts, shared by Check goals and SMARTSCORE). On main (c8152c35) "double every month" to
 * December 2028 asked × 2²⁵ (a 14-digit pipeline). Near misses keep compounding: a non-multiplier rate ("+5 % per month"),
 * a multiplier whose compounding stays under 1,000× ("double every quarter" for a year: × 2⁴).
 */
import { levelChangeTarget, periodChangeTarget, deadlineWindows } from '../../../src/core/achievability';
import type { KpiPoint } from '../../../src/core/types';

/** Monthly points, December 2024 – November 2026, the latest 2,000,000. */
const MONTHLY: KpiPoint[] = Array.from({ length: 24 }, (_, i) => ({ date: `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, value: i === 23 ? 2_000_000 : 1_800_000 + i * 5_000 }));

describe('a level KPI (pipeline value): levelChangeTarget', () => {
  it('"double every month" to December 2028 is read once: 2 × the latest, not × 2²⁵ (was 67,108,864,000,000)', () => {
    const c = levelChangeTarget(MONTHLY, 'month', '2028-12-31', { value: 1, kind: 'relative' }, 'increase');
    expect(c).toMatchObject({ target: 4_000_000, periods: 1, step: 1 });
  });

  it('"triple every month" to June 2027 (× 3⁷ = 2,187) is read once: 3 × the latest', () => {
    expect(levelChangeTarget(MONTHLY, 'month', '2027-06-30', { value: 2, kind: 'relative' }, 'increase')?.target).toBe(6_000_000);
  });

  it('near miss: "+5 % per month" to December 2028 still compounds (× 1.05²⁵)', () => {
    const c = levelChangeTarget(MONTHLY, 'month', '2028-12-31', { value: 0.05, kind: 'relative' }, 'increase');
    expect(c?.periods).toBe(25);
    expect(c?.target).toBeCloseTo(2_000_000 * 1.05 ** 25, 3);
  });

  it('near miss: "double every month" for six months (× 2⁶ = 64, under 1,000×) still compounds', () => {
    const c = levelChangeTarget(MONTHLY, 'month', '2027-05-31', { value: 1, kind: 'relative' }, 'increase');
    expect(c).toMatchObject({ periods: 6, target: 2_000_000 * 64 });
  });

  it('near miss: "double every quarter" to December 2027 (× 2⁴) still compounds', () => {
    const c = levelChangeTarget(MONTHLY, 'quarter', '2027-12-31', { value: 1, kind: 'relative' }, 'increase');
    expect(c).toMatchObject({ periods: 4, target: 2_000_000 * 16 });
  });
});

describe('a summed KPI (leads per month): periodChangeTarget', () => {
  const today = '2026-12-07';
  it('"double leads every month" to December 2028 is read once: 2 × the last full month', () => {
    const windows = deadlineWindows(MONTHLY, 'month', '2028-12-31', today, 1);
    expect(windows).not.toBeNull();
    const c = periodChangeTarget(windows!, 'month', 1, 'increase', 'relative');
    expect(c).toMatchObject({ periods: 1, target: 2 * c!.base.value });
  });

  it('near miss: "+10 % leads every month" to December 2028 still compounds', () => {
    const c = periodChangeTarget(deadlineWindows(MONTHLY, 'month', '2028-12-31', today, 1)!, 'month', 0.1, 'increase', 'relative');
    expect(c!.periods).toBeGreaterThan(20);
    expect(c!.target).toBeCloseTo(c!.base.value * 1.1 ** c!.periods, 3);
  });
});
