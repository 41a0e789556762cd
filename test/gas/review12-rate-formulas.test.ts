/**
 * review12 M2, through the BUILT bundle: the formulas read a rate history typed in points and its target as Check goals
 * reads them — both as fractions before the forecast (core `rateInPoints`, `rateTarget`), the answer in the history's
 * unit: ACHIEVABILITY(h, 30) is ACHIEVABILITY(h, 30 %) (0.298 against 0.207 before), REALISTICTARGET answers 39.7 where
 * Check goals suggests 39.7 % (it answered 43). And REALISTICTARGET without a direction over a "Churn" / "CAC" history
 * suggests a LOWER value (the catalog KPI's lower is better, as Check goals), not the higher one.
 */
import { harness, TODAY } from './workbook/harness';

const WEEKS = ['2026-11-02', '2026-11-09', '2026-11-16'];
const MONTHS = Array.from({ length: 23 }, (_, i) => `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`);
const wave = (i: number): number => [0, 0.6, -0.4, 0.9, -0.7, 0.2][i % 6];

describe.each([['en_US', 'Close rate'], ['fr_FR', 'Taux de conclusion']])('a close rate typed in points (%s)', (locale, header) => {
  const h = harness({ spreadsheetLocale: locale });
  const points = [['Week', header], ...WEEKS.map((d, i) => [d, [24, 26, 25][i]])];
  const rates = [['Week', header], ...WEEKS.map((d, i) => [d, [0.24, 0.26, 0.25][i]])];
  const run = (f: string, ...args: unknown[]): number => h.run<number>(f, ...args);

  it('ACHIEVABILITY and GOALVERDICT read a target in points as the rate (30 is 30 %), as over the history typed as rates', () => {
    for (const f of ['ACHIEVABILITY', 'GOALVERDICT']) {
      for (const [inPoints, asRate] of [[30, 0.3], [50, 0.5]]) {
        expect(run(f, points, inPoints, '2026-12-06', TODAY)).toEqual(run(f, rates, asRate, '2026-12-06', TODAY));
        expect(run(f, points, asRate, '2026-12-06', TODAY)).toEqual(run(f, rates, asRate, '2026-12-06', TODAY));
      }
    }
  });

  it('REALISTICTARGET answers in the history’s unit: 100 × the answer over rates', () => {
    expect(run('REALISTICTARGET', points, '2026-12-06', TODAY)).toBeCloseTo(100 * run('REALISTICTARGET', rates, '2026-12-06', TODAY), 9);
    expect(run('REALISTICTARGET', points, '2026-12-06', TODAY)).toBeGreaterThan(30);
  });
});

describe.each([
  ['en_US', 'Churn', (i: number) => +(0.45 + wave(i) * 0.01).toFixed(3)],
  ['fr_FR', 'Attrition', (i: number) => +(0.45 + wave(i) * 0.01).toFixed(3)],
  ['en_US', 'CAC', (i: number) => Math.round(310 - i * 1.5 + wave(i) * 8)],
  ['fr_FR', 'Coût d’acquisition client', (i: number) => Math.round(310 - i * 1.5 + wave(i) * 8)],
] as const)('REALISTICTARGET without a direction (%s, %s)', (locale, header, value) => {
  const h = harness({ spreadsheetLocale: locale });
  const history = [['Month', header], ...MONTHS.map((m, i) => [m, value(i)])];
  const latest = value(MONTHS.length - 1);

  it('suggests a lower value: the catalog KPI’s lower is better, as Check goals', () => {
    const suggested = h.run<number>('REALISTICTARGET', history, '2027-03-31', TODAY);
    expect(suggested).toBeLessThan(latest);
    expect(suggested).toBe(h.run('REALISTICTARGET', history, '2027-03-31', TODAY, 'decrease'));
  });
});
