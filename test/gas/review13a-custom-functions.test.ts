/**
 * Review 13a: every registered custom function called through the BUILT bundle with the values Google documents a custom
 * function may receive — "If you call your function with a reference to a range of cells as an argument … the argument
 * is a two-dimensional array of the cells' values"; "Percentage values in Sheets become decimal numbers"
 * (developers.google.com/apps-script/guides/sheets/functions, Arguments and Data types) — and any number a cell may hold
 * (every double: −1.8e308 … 5e-324). Each finding has its near miss next to it.
 */
import { harness } from './workbook/harness';

/** Sixteen weekly points of a small rate (a click or unsubscribe rate: 0.04–0.06 %), dated as Sheets passes dates. */
function smallRateHistory(header: string, base: number): unknown[][] {
  return [['Week', header], ...Array.from({ length: 16 }, (_, i) => [new Date(Date.UTC(2026, 7, 3 + 7 * i, 12)), base * (1 + 0.1 * Math.sin(i)) + base * 0.01 * i])];
}

describe('REALISTICTARGET on a rate below 1 %', () => {
  it('suggests above the latest value to raise it and below to lower it (rounded to tenths of a point it said 0 % and 0.1 %)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = smallRateHistory('Click rate', 0.0004);
    const latest = history[history.length - 1][1] as number;
    const up = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26', 'increase');
    const down = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26', 'decrease');
    expect(up).toBeGreaterThan(latest);
    expect(down).toBeLessThan(latest);
    expect(down).toBeGreaterThan(0);
    // Three significant digits, as other small values are rounded.
    expect(Number(up.toPrecision(3))).toBe(up);
  });

  it('its messages write such a rate with three significant digits, in both languages', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = smallRateHistory('Click rate', 0.0004).slice(1).map(([date, value]) => [(date as Date).toISOString().slice(0, 10), value]);
    for (const lang of ['en', 'fr'] as const) {
      const result = h.addon.call<{ suggestedTarget: number; achievable: { suggestion: string } }>('smartAssess', { history, target: 0.002, deadline: '2027-01-31', today: '2026-11-26', lang });
      const shown = (result.suggestedTarget * 100).toString();
      expect(result.achievable.suggestion).toContain(lang === 'fr' ? shown.replace('.', ',') : shown);
    }
  });

  it('near miss: a 25 % close rate keeps tenths of a point (0.282, as before)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'UTC' });
    const history = [['Week', 'Close rate'], ...Array.from({ length: 10 }, (_, i) => [new Date(Date.UTC(2026, 8, 1 + 7 * i, 12)), 0.24 + 0.005 * (i % 3)])];
    const up = h.addon.call<number>('REALISTICTARGET', history, '2027-01-31', '2026-11-26');
    expect(Math.round(up * 1000)).toBeCloseTo(up * 1000, 9);
    expect(up).toBeGreaterThan(0.25);
  });
});

describe('GOALPROGRESS and REQUIREDPACE on numbers near the ends of a double', () => {
  it('GOALPROGRESS: −1e308 → 1e308 at 0 is half-way (was 0), and no ±Infinity reaches the cell', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(h.addon.call('GOALPROGRESS', -1e308, 1e308, 0)).toBeCloseTo(0.5, 12);
    expect(h.addon.call('GOALPROGRESS', 1e308, -1e308, 0)).toBeCloseTo(0.5, 12);
    expect(h.addon.call('GOALPROGRESS', 1e308, 1.7e308, -1.7e308)).toBeCloseTo(-2.7 / 0.7, 9);
    // Near miss: ordinary amounts keep their exact quotient.
    expect(h.addon.call('GOALPROGRESS', 100, 150, 120)).toBe(0.4);
  });

  it('REQUIREDPACE: a ratio that overflows is read through logarithms; beyond a double per period it says so', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    // 1e-300 → 1e300 over 365 days: (1e600)^(1/365) − 1 = 10^(600/365) − 1.
    expect(h.addon.call('REQUIREDPACE', 1e-300, 1e300, '2026-01-01', '2027-01-01', 'day')).toBeCloseTo(10 ** (600 / 365) - 1, 9);
    expect(() => h.addon.call('REQUIREDPACE', 1e-300, 1e300, '2026-01-01', '2026-01-02', 'day')).toThrow('beyond any number (over 10³⁰⁸): check the units');
    const fr = harness({ spreadsheetLocale: 'fr_FR' });
    expect(() => fr.addon.call('REQUIREDPACE', 1e-300, 1e300, '2026-01-01', '2026-01-02', 'day')).toThrow('dépasse tout nombre (plus de 10³⁰⁸)\u00a0: vérifiez les unités');
    // Near miss: a zero baseline is still a missing positive amount, and an ordinary pace is unchanged.
    expect(() => h.addon.call('REQUIREDPACE', 0, 120, '2026-01-01', '2026-12-31')).toThrow('A relative pace needs a positive baseline and target.');
    expect(h.addon.call('REQUIREDPACE', 100000, 120000, '2026-01-01', '2026-12-31', 'month')).toBe(0.015309470499731193);
  });
});
