import { bandPath, chartGeometry, extent, linePath, linearScale, perPeriodView, sparklinePath } from '../../src/sidebar/chart-math';

describe('chart math', () => {
  it('maps a domain linearly and a flat domain to the middle', () => {
    const scale = linearScale(0, 10, 100, 0);
    expect(scale(0)).toBe(100);
    expect(scale(5)).toBe(50);
    expect(scale(10)).toBe(0);
    expect(linearScale(3, 3, 0, 20)(3)).toBe(10);
  });

  it('pads the extent and survives empty or flat data', () => {
    expect(extent([0, 10], 0.1)).toEqual([-1, 11]);
    expect(extent([], 0.1)).toEqual([0, 1]);
    const [lo, hi] = extent([5, 5], 0.1);
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
    expect(extent([1, Number.NaN, 3], 0)).toEqual([1, 3]);
  });

  it('writes SVG path commands', () => {
    expect(linePath([])).toBe('');
    expect(linePath([[0, 1], [2.04, 3.06]])).toBe('M0 1 L2 3.1');
    expect(bandPath([[0, 0], [10, 0]], [[0, 5], [10, 8]])).toBe('M0 0 L10 0 L10 8 L0 5 Z');
  });

  it('spreads a sparkline over the box, highest value at the top', () => {
    const path = sparklinePath([1, 2, 3], { width: 100, height: 20, padding: 0 });
    const points = path.split(' ').filter((_, i) => i % 2 === 0).length;
    expect(path.startsWith('M0 ')).toBe(true);
    expect(points).toBe(3);
    const ys = [...path.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBeGreaterThan(ys[2]);
    expect(sparklinePath([], { width: 100, height: 20, padding: 0 })).toBe('');
  });

  it('lays history, forecast band and target on one date axis', () => {
    const box = { width: 200, height: 100, padding: 0 };
    const geometry = chartGeometry(
      {
        history: [
          { date: '2026-11-02', value: 0.24 },
          { date: '2026-11-09', value: 0.26 },
          { date: '2026-11-16', value: 0.25 },
        ],
        forecast: [{ date: '2026-11-23', median: 0.25, low: 0.2, high: 0.3 }],
        target: 0.5,
        deadline: '2026-11-23',
      },
      box,
    );
    expect(geometry.historyPath.startsWith('M0 ')).toBe(true);
    expect(geometry.bandPath.endsWith('Z')).toBe(true);
    expect(geometry.target).not.toBeNull();
    // The target is the highest value, so it sits near the top; the deadline is the right edge.
    expect(geometry.target?.y).toBeLessThan(20);
    expect(geometry.target?.x2).toBe(200);
    expect(geometry.splitX).toBeCloseTo((14 / 21) * 200, 5);
    expect(geometry.yDomain[1]).toBeGreaterThan(0.5);
  });

  it('draws no band or target when there is nothing to draw', () => {
    const geometry = chartGeometry({ history: [], forecast: [], target: null, deadline: null }, { width: 100, height: 50, padding: 2 });
    expect(geometry).toMatchObject({ historyPath: '', medianPath: '', bandPath: '', target: null, splitX: null });
  });
});

describe('per-period view of a total', () => {
  // Cumulative forecast of accounts closed from today (weekly): 0 now, then 2, 4, 6 by the deadline.
  const forecast = [
    { date: '2026-11-22', median: 0, low: 0, high: 0 },
    { date: '2026-11-29', median: 2, low: 1, high: 3 },
    { date: '2026-12-06', median: 4, low: 2, high: 6 },
    { date: '2026-12-13', median: 6, low: 3, high: 9 },
  ];

  it('turns the cumulative path into an average per period and the target total into the pace it needs', () => {
    const view = perPeriodView(forecast, 30, 3);
    expect(view.target).toBe(10);
    expect(view.forecast.map((p) => p.date)).toEqual(['2026-11-29', '2026-12-06', '2026-12-13']);
    for (const point of view.forecast) {
      expect(point.median).toBeCloseTo(2);
      expect(point.low).toBeCloseTo(1);
      expect(point.high).toBeCloseTo(3);
    }
  });

  it('reads periods ahead from the dates when the path skips periods', () => {
    const sparse = [forecast[0], forecast[1], forecast[3]];
    const view = perPeriodView(sparse, null, 3);
    expect(view.forecast[0].median).toBeCloseTo(2);
    expect(view.forecast[1].median).toBeCloseTo(2);
  });

  it('keeps a target pace without a forecast', () => {
    expect(perPeriodView([], 12, 4)).toEqual({ forecast: [], target: 3 });
    expect(perPeriodView([], null, 0)).toEqual({ forecast: [], target: null });
  });
});

describe('value axis', () => {
  it('does not go below zero for data that never does', () => {
    const geometry = chartGeometry({ history: [{ date: '2026-01-05', value: 0 }, { date: '2026-01-12', value: 3 }], forecast: [], target: 2, deadline: '2026-02-01' }, { width: 100, height: 50, padding: 5 });
    expect(geometry.yDomain[0]).toBe(0);
    const negative = chartGeometry({ history: [{ date: '2026-01-05', value: -1 }, { date: '2026-01-12', value: 3 }], forecast: [], target: null, deadline: null }, { width: 100, height: 50, padding: 5 });
    expect(negative.yDomain[0]).toBeLessThan(-1);
  });
});
