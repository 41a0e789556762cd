/**
 * The backtest's paired bootstrap over series (src/local/eval/bootstrap.ts): known small inputs give known
 * interval bounds, the observed mean is case-weighted, and a fixed seed gives the same interval every run.
 */
import { mulberry32, pairedBootstrap } from '../../../src/local/eval/bootstrap';
import { clusterDiffs, dataSetOf, halfOf, loadSeries, seriesDiffs, subHalfOf, type Case } from '../../../src/local/eval/backtest';

describe('paired bootstrap over series', () => {
  it('one series, or series that all differ by the same amount per case: a zero-width interval at that amount', () => {
    const one = pairedBootstrap([{ series: 'a', sum: -0.3, cases: 3 }]);
    expect(one.mean).toBeCloseTo(-0.1, 12);
    expect(one.low).toBeCloseTo(-0.1, 12);
    expect(one.high).toBeCloseTo(-0.1, 12);
    expect(one.oursBetter).toBe(1);
    const same = pairedBootstrap([
      { series: 'a', sum: 0.2, cases: 4 },
      { series: 'b', sum: 0.05, cases: 1 },
      { series: 'c', sum: 0.5, cases: 10 },
    ]);
    expect(same.mean).toBeCloseTo(0.05, 12);
    expect(same.low).toBeCloseTo(0.05, 12);
    expect(same.high).toBeCloseTo(0.05, 12);
    expect(same.oursBetter).toBe(0);
  });

  it('two series: the resampled means are the three possible draws, so the 95 % interval spans the two extremes', () => {
    // Draws: {a, a} → −2, {a, b} → +1 (half the time), {b, b} → +4; each extreme about 500 times in 2,000.
    const b = pairedBootstrap([
      { series: 'a', sum: -2, cases: 1 },
      { series: 'b', sum: 4, cases: 1 },
    ]);
    expect(b.mean).toBe(1);
    expect(b.low).toBe(-2);
    expect(b.high).toBe(4);
    expect(b.oursBetter).toBe(0.5);
    expect(b.series).toBe(2);
    expect(b.resamples).toBe(2000);
  });

  it('is case-weighted: the mean is Σ differences / Σ cases, and so is every resample', () => {
    // {a, a} → −1, {a, b} → (−2 + 4) / 3 = 2/3, {b, b} → 4.
    const b = pairedBootstrap([
      { series: 'a', sum: -2, cases: 2 },
      { series: 'b', sum: 4, cases: 1 },
    ]);
    expect(b.mean).toBeCloseTo(2 / 3, 12);
    expect(b.low).toBe(-1);
    expect(b.high).toBe(4);
  });

  it('many series: the interval holds the mean and narrows as the series agree', () => {
    const noisy = Array.from({ length: 40 }, (_, i) => ({ series: `s${i}`, sum: ((i * 37) % 11) - 6, cases: 1 + (i % 3) }));
    const b = pairedBootstrap(noisy);
    expect(b.low).toBeLessThan(b.mean);
    expect(b.high).toBeGreaterThan(b.mean);
    const calm = noisy.map((d) => ({ ...d, sum: d.cases * -0.5 + (d.sum / 100) * d.cases }));
    const c = pairedBootstrap(calm);
    expect(c.high - c.low).toBeLessThan((b.high - b.low) / 10);
    expect(c.high).toBeLessThan(0);
  });

  it('is deterministic: the same seed gives the same interval; another seed draws other resamples', () => {
    const diffs = Array.from({ length: 25 }, (_, i) => ({ series: `s${i}`, sum: Math.sin(i) * 3, cases: 2 + (i % 4) }));
    expect(pairedBootstrap(diffs)).toEqual(pairedBootstrap(diffs));
    expect(pairedBootstrap(diffs, 500, 7)).toEqual(pairedBootstrap(diffs, 500, 7));
    const other = pairedBootstrap(diffs, 2000, 1);
    expect(other.mean).toBe(pairedBootstrap(diffs).mean);
    expect([other.low, other.high]).not.toEqual([pairedBootstrap(diffs).low, pairedBootstrap(diffs).high]);
    const r = mulberry32(42);
    const first = [r(), r(), r()];
    const again = mulberry32(42);
    expect([again(), again(), again()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('pooled sets drawn within each set (strata): each resample keeps every set\'s size', () => {
    // Set A's series all differ by −1 per case, set B's by +1: drawn freely, a resample holds more of one
    // set or the other and its mean moves; drawn within each set, every resample is the observed mean.
    const diffs = [
      ...Array.from({ length: 6 }, (_, i) => ({ series: `a${i}`, set: 'A', sum: -2, cases: 2 })),
      ...Array.from({ length: 4 }, (_, i) => ({ series: `b${i}`, set: 'B', sum: 2, cases: 2 })),
    ];
    const free = pairedBootstrap(diffs);
    const kept = pairedBootstrap(diffs, 2000, 20261202, true);
    expect(kept.mean).toBeCloseTo(-0.2, 12);
    expect(free.mean).toBe(kept.mean);
    expect(kept.low).toBeCloseTo(-0.2, 12);
    expect(kept.high).toBeCloseTo(-0.2, 12);
    expect(free.high - free.low).toBeGreaterThan(0.5);
    expect(kept.oursBetter).toBe(0.6);
    // Without sets named, strata change nothing.
    const plain = diffs.map(({ series, sum, cases }) => ({ series, sum, cases }));
    expect(pairedBootstrap(plain, 2000, 20261202, true)).toEqual(pairedBootstrap(plain));
  });

  it('draws whole data sets when asked: their series summed into one unit, within their own set', () => {
    const diffs = [
      { series: 'u.a', set: 'fresh3', sum: -1, cases: 2 },
      { series: 'u.b', set: 'fresh3', sum: -3, cases: 2 },
      { series: 'g', set: 'fresh3', sum: 1, cases: 1 },
      { series: 'x', set: 'fresh', sum: 0.5, cases: 5 },
    ];
    const cluster = (name: string) => (name.startsWith('u.') ? 'vega-datasets/unemployment' : `other/${name}`);
    const clusters = clusterDiffs(diffs, cluster);
    expect(clusters).toEqual([
      { series: 'vega-datasets/unemployment', set: 'fresh3', sum: -4, cases: 4 },
      { series: 'other/g', set: 'fresh3', sum: 1, cases: 1 },
      { series: 'other/x', set: 'fresh', sum: 0.5, cases: 5 },
    ]);
    // The observed mean is the same; only the unit of resampling changes.
    expect(pairedBootstrap(clusters).mean).toBeCloseTo(pairedBootstrap(diffs).mean, 12);
    const real = loadSeries().find((s) => s.name === 'USMacroG.gdp')!;
    expect(dataSetOf(real)).toBe('AER/USMacroG');
    // A file name's hyphens are part of it: two of Ramanathan's files are two data sets, not one "data9".
    const gretl = (dataset: string) => dataSetOf({ ...real, source: { package: 'gretl-data', dataset } });
    expect(gretl('data9-12.gdt$pcecars')).toBe('gretl-data/data9-12.gdt');
    expect(gretl('data9-11.gdt$volume (last 60 months)')).toBe('gretl-data/data9-11.gdt');
  });

  it('ignores series without cases; with none, says NaN rather than a number', () => {
    expect(pairedBootstrap([{ series: 'a', sum: 0, cases: 0 }, { series: 'b', sum: -1, cases: 1 }]).series).toBe(1);
    const none = pairedBootstrap([]);
    expect(none.series).toBe(0);
    expect(Number.isNaN(none.mean) && Number.isNaN(none.low) && Number.isNaN(none.high)).toBe(true);
  });

  it("the backtest's per-series differences are paired: only cases both methods scored, summed per series", () => {
    const c = (series: string, ours: number | null, ets: number | null, outcome: 0 | 1): Case => ({
      series,
      half: 'tuning',
      n: 10,
      form: 'level',
      h: 1,
      target: 1,
      actual: outcome,
      outcome,
      p: { ours, ets, 'auto.arima': null, 'FORECAST+STEYX': 0.5 },
    });
    const diffs = seriesDiffs([c('a', 0.9, 0.5, 1), c('a', 0.2, 0.4, 0), c('b', 0.5, null, 1), c('b', 0.7, 0.9, 1)], 'ets');
    expect(diffs.map((d) => d.series)).toEqual(['a', 'b']);
    expect(diffs.map((d) => d.set)).toEqual(['tuning', 'tuning']); // the case's set, for pooled strata
    expect(diffs[0].cases).toBe(2);
    expect(diffs[0].sum).toBeCloseTo(0.01 - 0.25 + (0.04 - 0.16), 12);
    expect(diffs[1].cases).toBe(1);
    expect(diffs[1].sum).toBeCloseTo(0.09 - 0.01, 12);
    expect(seriesDiffs([c('a', 0.9, 0.5, 1)], 'auto.arima')).toEqual([]);
  });

  it('the two fixed sub-halves cut each half of the real series about in two (a split the halves do not follow)', () => {
    const names = loadSeries().map((s) => s.name);
    for (const half of ['tuning', 'held-out'] as const) {
      const inHalf = names.filter((n) => halfOf(n) === half);
      const a = inHalf.filter((n) => subHalfOf(n) === 'a').length;
      expect(a / inHalf.length).toBeGreaterThan(0.35);
      expect(a / inHalf.length).toBeLessThan(0.65);
    }
    expect(names.map(subHalfOf)).toEqual(names.map(subHalfOf));
  });
});
