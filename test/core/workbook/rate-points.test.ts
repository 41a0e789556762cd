/** review9 W3/W4: one rule for a rate history typed in points, shared by Check goals' tab reader, the formulas and BOTTOMUP. */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { historyInPoints, rateInPoints } from '../../../src/core/workbook/kpis';

const points = Array.from({ length: 40 }, (_, i) => 24 + (i % 4));

describe('rateInPoints / historyInPoints', () => {
  it('a rate header over points: read divided by 100', () => {
    expect(rateInPoints('Close rate (%)', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Close rate', points, KPI_CATALOG)).toBe(true);
    expect(rateInPoints('Taux de conclusion', points, KPI_CATALOG)).toBe(true);
    expect(historyInPoints('Close rate (%)', points, 0.26, KPI_CATALOG)).toBe(true);
  });

  it('already rates, counts, no header, or a target in points: left alone', () => {
    expect(rateInPoints('Close rate', points.map((v) => v / 100), KPI_CATALOG)).toBe(false);
    expect(rateInPoints('Meetings', points, KPI_CATALOG)).toBe(false);
    expect(rateInPoints(null, points, KPI_CATALOG)).toBe(false);
    expect(historyInPoints('Close rate (%)', points, 30, KPI_CATALOG)).toBe(false);
    expect(historyInPoints('Close rate (%)', points, null, KPI_CATALOG)).toBe(false);
    // 0.5 incidents a week over counts: no rate.
    expect(historyInPoints('Incidents', [3, 5, 8, 10], 0.5, KPI_CATALOG)).toBe(false);
  });
});
