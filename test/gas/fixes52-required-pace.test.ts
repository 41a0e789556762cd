/**
 * fixes52, items 2 and 4 — REQUIREDPACE through the built bundle.
 * 2. A deadline within one period: a 10-day goal asked per month gave the gap divided by 0.33 months (an 8-point gap as
 *    -24 points a month). The deadline's period must make the whole change: one period is counted (core `requiredPace`).
 * 4. The blank kind's guess: a rate above 100 % typed as such ("95 %" → "110 %") got a relative pace, an amount typed at
 *    most 1 ("0,5 M€") the points of a rate. A value typed as text says its unit first (core `paceKindOfValues`).
 */
import { harness } from './workbook/harness';
import { estimateForCell } from '../../src/core/achievability';

describe.each([
  ['en_US', ['95%', '110%'], ['$0.5M', '$0.9M'], 'month', 'week'],
  ['fr_FR', ['95 %', '110 %'], ['0,5 M€', '0,9 M€'], 'mois', 'semaine'],
] as const)('REQUIREDPACE (%s)', (locale, rates, amounts, month, week) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });

  it('a deadline within one period asks the whole change of that period, not a month’s speed', () => {
    // 10 days, 45 % → 37 %: -8 points before the month is out (was -8 / (10/30) ≈ -24 points).
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.37, '2026-11-01', '2026-11-10', month)).toBeCloseTo(-0.08, 12);
    // Relative: +10 % in 10 days is +10 % this month (was 1.1^(3) − 1 ≈ +33 %).
    expect(h.run<number>('REQUIREDPACE', 100, 110, '2026-11-01', '2026-11-10', month)).toBeCloseTo(0.1, 12);
    // Near miss: asked per week, the same 10 days are 10/7 weeks — a pace per week, as before.
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.37, '2026-11-01', '2026-11-10', week)).toBeCloseTo(-0.08 / (10 / 7), 12);
    // A deadline exactly one month out is one month either way.
    expect(h.run<number>('REQUIREDPACE', 0.45, 0.37, '2026-11-01', '2026-11-30', month)).toBeCloseTo(-0.08, 12);
  });

  it('a rate typed with its per-cent sign is a rate above 100 % too: points per period', () => {
    expect(h.run<number>('REQUIREDPACE', rates[0], rates[1], '2027-01-01', '2027-03-31', month)).toBeCloseTo(0.05, 12);
    // Near miss: the same values as plain numbers keep the documented guess (one above 1: relative).
    expect(h.run<number>('REQUIREDPACE', 0.95, 1.1, '2027-01-01', '2027-03-31', month)).toBe(estimateForCell((1.1 / 0.95) ** (1 / 3) - 1));
  });

  it('an amount typed with its currency or multiplier is an amount at most 1 too: relative', () => {
    expect(h.run<number>('REQUIREDPACE', amounts[0], amounts[1], '2027-01-01', '2027-03-31', month)).toBe(estimateForCell((0.9 / 0.5) ** (1 / 3) - 1));
    expect(h.run<number>('REQUIREDPACE', 0.5, 0.9, '2027-01-01', '2027-03-31', month)).toBe(estimateForCell(0.4 / 3));
  });
});
