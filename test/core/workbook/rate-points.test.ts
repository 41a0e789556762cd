/** review9 W3/W4: one rule for a rate history typed in points, shared by Check goals' tab reader, the formulas and BOTTOMUP. */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { rateInPoints, rateTarget } from '../../../src/core/workbook/kpis';

const points = Array.from({ length: 40 }, (_, i) => 24 + (i % 4));

describe('rateInPoints / rateTarget', () => {
  it('a rate header over points: read divided by 100', () => {
    expect(rateInPoints('Close rate (%)', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Close rate', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Taux de conclusion', points, KPI_CATALOG)).toBe(true);
    expect(rateTarget(0.26, rateInPoints('Close rate (%)', points, KPI_CATALOG))).toBe(0.26);
  });

  it('already rates, counts or no header: left alone; a target in points over points is the rate too (review12 M2)', () => {
    expect(rateInPoints('Close rate', points.map((v) => v / 100), KPI_CATALOG)).toBe(false);
    expect(rateInPoints('Meetings', points, KPI_CATALOG)).toBe(false);
    expect(rateInPoints(null, points, KPI_CATALOG)).toBe(false);
    expect(rateTarget(30, true)).toBe(0.3);
    expect(rateTarget(30, false)).toBe(30);
    // 0.5 incidents a week over counts: no rate.
    expect(rateInPoints('Incidents', [3, 5, 8, 10], KPI_CATALOG)).toBe(false);
    expect(rateTarget(0.5, rateInPoints('Incidents', [3, 5, 8, 10], KPI_CATALOG))).toBe(0.5);
  });
});
