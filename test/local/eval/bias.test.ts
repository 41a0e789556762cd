/**
 * The bias diagnostic's table (`npm run eval -- bias`): Brier per group, mean PIT and the shares of
 * outcomes above the median, above the 90 % quantile and below the 10 % one, ours and ets's; the trend classes.
 */
import { biasTable, trendClass, trendStrength, type BiasRow } from '../../../src/local/eval/bias';

describe('bias diagnostic', () => {
  const rows: BiasRow[] = [
    { groups: ['all', 'week'], ours: [[0.8, 1], [0.2, 0]], ets: [[0.5, 1], [0.5, 0]], pitOurs: 0.95, pitEts: 0.6 },
    { groups: ['all', 'week'], ours: [[0.4, 1]], ets: null, pitOurs: 0.05, pitEts: null },
    { groups: ['all', 'month'], ours: [[1, 1]], ets: [[0, 1]], pitOurs: 0.5, pitEts: 0.99 },
  ];

  it('averages the Brier score over targets and the PIT over forecasts, per group', () => {
    const table = biasTable(rows);
    expect(table.map((r) => r.group)).toEqual(['all', 'week', 'month']);
    const week = table[1];
    expect(week.forecasts).toBe(2);
    expect(week.ours.brier).toBeCloseTo((0.04 + 0.04 + 0.36) / 3, 12);
    expect(week.ours.meanPit).toBeCloseTo(0.5, 12);
    expect(week.ours.aboveQ90).toBe(0.5);
    expect(week.ours.belowQ10).toBe(0.5);
    expect(week.ours.aboveMedian).toBe(0.5);
    // ets's figures only over the forecasts it has.
    expect(week.ets?.brier).toBeCloseTo(0.25, 12);
    expect(week.ets?.meanPit).toBeCloseTo(0.6, 12);
    expect(week.ets?.aboveQ90).toBe(0);
    const month = table[2];
    // A PIT of exactly 0.5 is not above the median.
    expect(month.ours).toEqual({ brier: 0, meanPit: 0.5, aboveQ90: 0, belowQ10: 0, aboveMedian: 0 });
    expect(month.ets).toEqual({ brier: 1, meanPit: 0.99, aboveQ90: 1, belowQ10: 0, aboveMedian: 1 });
  });

  it('reads a trend as the mean one-step change over its standard deviation (log changes when positive)', () => {
    expect(trendStrength([100, 110, 121, 133.1])).toBe(Infinity); // 10 % every period: the steadiest rise
    expect(trendStrength([5, 5, 5])).toBe(0);
    const rising = trendStrength([100, 104, 106, 111, 113, 118]);
    expect(rising).toBeGreaterThan(0.3);
    expect(trendClass(rising)).toBe('trend rising steady');
    expect(trendClass(-0.2)).toBe('trend falling weak');
    expect(trendClass(0.05)).toBe('trend flat');
    expect(trendStrength([-1, 1, -1, 1, -1])).toBeCloseTo(0, 12);
  });

  it('gives no ets figures to a group where ets has none', () => {
    const table = biasTable([rows[1]]);
    expect(table[0].ets).toBeNull();
  });
});
