/**
 * fixes56, item 3 — formula results with absurd precision. Sheets shows a custom function's number in the cell's own
 * format, and "Automatic" shows up to about ten significant digits: a pace of 2290.2374670 or a chance of 0.9999192079
 * claimed a precision no forecast or pace has. An estimate now keeps three significant digits (REALISTICTARGET's
 * suggestion already did: 0.339, 167000) and a chance a tenth of a percent, never shown as certain before its deadline
 * (Check goals writes ">99%"): core `estimateForCell`, `chanceForCell`.
 */
import { addPeriods } from '../../src/core/dates';
import { harness } from './workbook/harness';

const AS_OF = '2026-11-26';

/** Digits after the first significant one, as "Automatic" would show them (0.00327 → 3). */
function significantDigits(value: number): number {
  return String(Number(value.toPrecision(12))).replace(/^-?0\.0*|\.|e.*$/g, '').replace(/^0+/, '').length;
}

/** Monthly values rising from `level`, with a header. */
function history(header: string, level: number): unknown[][] {
  return [['Month', header], ...Array.from({ length: 24 }, (_, i) => [addPeriods('2024-11-01', 'month', i), level * (1 + 0.01 * i) + ((i % 3) - 1) * level * 0.013])];
}

function funnel(): unknown[][] {
  return [['Week', 'Meetings', 'Close rate', 'Average deal size'], ...Array.from({ length: 26 }, (_, w) => [addPeriods('2026-06-01', 'week', w), 20 + (w % 5), 0.25 + ((w % 3) - 1) * 0.01, 5000 + ((w % 4) - 1.5) * 100])];
}

describe.each(['en_US', 'fr_FR'])('numbers a formula returns keep the precision they have (%s)', (locale) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });

  it('REQUIREDPACE: three significant digits, an amount’s, a relative pace’s and a rate’s points', () => {
    expect(h.run('REQUIREDPACE', 100000, 131000, '2026-01-01', '2027-02-15', 'month', 'change')).toBe(2290);
    expect(h.run('REQUIREDPACE', 100000, 131000, '2026-01-01', '2027-02-15', 'month')).toBe(0.0201);
    expect(h.run('REQUIREDPACE', 0.25, 0.3, '2026-11-01', '2027-02-15', 'week')).toBe(0.00327);
    // Near miss: an exact pace stays exact.
    expect(h.run('REQUIREDPACE', 100, 160, '2026-01-01', '2026-06-30', 'month', 'change')).toBe(10);
  });

  it('GOALPROGRESS: an exact quotient of the user’s numbers, as a division shows in Sheets, without float noise', () => {
    expect(h.run('GOALPROGRESS', 0.25, 0.3, 0.2712)).toBe(0.424);
    expect(h.run('GOALPROGRESS', 100, 170, 123)).toBe(0.328571428571);
    expect(h.run('GOALPROGRESS', 100, 150, 125)).toBe(0.5);
  });

  it('ACHIEVABILITY and BOTTOMUP: a chance to a tenth of a percent, never certain before its deadline', () => {
    const sure = h.run<number>('ACHIEVABILITY', history('Close rate', 0.25), 0.3, '2027-06-30', AS_OF);
    expect(sure).toBe(0.999);
    const chance = h.run<number>('ACHIEVABILITY', history('Close rate', 0.25), 0.4, '2027-06-30', AS_OF);
    expect(chance).toBeGreaterThan(0);
    expect(Math.round(chance * 1000)).toBeCloseTo(chance * 1000, 9);
    const odds = h.run<number>('BOTTOMUP', 130_000, '2026-12-31', funnel(), '2026-11-27');
    expect(Math.round(odds * 1000)).toBeCloseTo(odds * 1000, 9);
    // Near miss: a passed deadline's outcome is still 1 or 0.
    expect([0, 1]).toContain(h.run('ACHIEVABILITY', history('Close rate', 0.25), 0.3, '2026-06-30', AS_OF));
  });

  it('REALISTICTARGET over a rate typed in points has no float noise (33.9, not 33.900000000000006)', () => {
    const points = history('Close rate', 25).map((row, i) => (i === 0 ? row : [row[0], Math.round((row[1] as number) * 10) / 10]));
    const suggested = h.run<number>('REALISTICTARGET', points, '2027-06-30', AS_OF);
    expect(significantDigits(suggested)).toBeLessThanOrEqual(3);
  });
});
