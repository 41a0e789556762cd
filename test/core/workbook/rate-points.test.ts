/** review9 W3/W4: one rule for a rate history typed in points, shared by Check goals' tab reader, the formulas and BOTTOMUP. */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { rateInPoints, rateTarget } from '../../../src/core/workbook/kpis';
import { bareRate, rateHistoryScale } from '../../../src/core/kpi/bare-rate';

const points = Array.from({ length: 40 }, (_, i) => 24 + (i % 4));

describe('rateInPoints / rateTarget', () => {
  it('a rate header over points: read divided by 100', () => {
    expect(rateInPoints('Close rate (%)', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Close rate', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Taux de conclusion', points, KPI_CATALOG)).toBe(true);
    expect(rateTarget(0.26, rateInPoints('Close rate (%)', points, KPI_CATALOG), points, () => true)).toBe(0.26);
  });

  it('already rates, counts or no header: left alone; a target in points over points is the rate too (review12 M2)', () => {
    expect(rateInPoints('Close rate', points.map((v) => v / 100), KPI_CATALOG)).toBe(false);
    expect(rateInPoints('Meetings', points, KPI_CATALOG)).toBe(false);
    expect(rateInPoints(null, points, KPI_CATALOG)).toBe(false);
    expect(rateTarget(30, true, points, () => true)).toBe(0.3);
    // Review 13, finding 23: over rates stored as fractions under a rate's header, 30 is 30 % too; under no rate, 30.
    expect(rateTarget(30, false, points.map((v) => v / 100), () => true)).toBe(0.3);
    expect(rateTarget(30, false, points, () => false)).toBe(30);
    // 0.5 incidents a week over counts: no rate.
    expect(rateInPoints('Incidents', [3, 5, 8, 10], KPI_CATALOG)).toBe(false);
    expect(rateTarget(0.5, rateInPoints('Incidents', [3, 5, 8, 10], KPI_CATALOG), [3, 5, 8, 10], () => false)).toBe(0.5);
  });
});

describe('bareRate: one rule for a number typed without % on a rate (review 13, finding 23)', () => {
  it('above 1.5: points (30 → 0.3); at or below: already the rate (0.3, 1.2 = 120 %)', () => {
    expect(bareRate(30, 'fractions')).toBe(0.3);
    expect(bareRate(0.3, 'fractions')).toBe(0.3);
    expect(bareRate(1.5, 'fractions')).toBe(1.5);
    expect(bareRate(1.2, 'fractions')).toBe(1.2);
  });

  it('over a history kept in points, a number is in those points; a field showing % makes every number points', () => {
    expect(rateHistoryScale([24, 26, 25], false)).toBe('points');
    expect(rateHistoryScale([24, 26, 25], true)).toBe('fractions');
    expect(rateHistoryScale([0.24, 0.26], false)).toBe('fractions');
    expect(rateHistoryScale([], false)).toBe('fractions');
    expect(bareRate(30, 'points')).toBe(30);
    expect(bareRate(0.5, 'fractions', true)).toBe(0.005);
    expect(bareRate(30, 'fractions', true)).toBe(0.3);
  });
});
