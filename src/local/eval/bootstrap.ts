/**
 * Paired bootstrap over SERIES for the backtest's Brier differences (`npm run eval -- backtest`).
 *
 * The cases of one series are not independent (same history, overlapping origins, several targets per
 * origin), so the honest unit of resampling is the series: each resample draws the series with
 * replacement and recomputes the case-weighted mean difference ours − other over the cases of the series
 * drawn (the statistic the Brier table reports, as a difference: Σ diff / Σ cases). Both methods are scored
 * on the same cases of the same resampled series (paired). The generator is seeded (mulberry32), so a run
 * prints the same interval every time.
 */

/** One series' contribution: the sum over its cases of (ours − other) squared-error differences, and its case count. */
export interface SeriesDiff {
  series: string;
  /** The set the series belongs to, when series of several sets are pooled (see `strata` below). */
  set?: string;
  /** Σ over the series' cases of (p_ours − y)² − (p_other − y)². */
  sum: number;
  cases: number;
}

export interface BootstrapResult {
  /** The observed case-weighted mean difference (negative: ours better). */
  mean: number;
  /** 2.5 % and 97.5 % percentiles of the resampled mean differences. */
  low: number;
  high: number;
  /** Share of series whose own mean difference is below 0 (ours better on that series). */
  oursBetter: number;
  series: number;
  resamples: number;
}

/** mulberry32: a small deterministic 32-bit generator, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The q-quantile of sorted values, linear between order statistics (R's type 7). */
function quantileSorted(sorted: readonly number[], q: number): number {
  const x = q * (sorted.length - 1);
  const lo = Math.floor(x);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

/**
 * Paired bootstrap of the case-weighted mean difference over series: `resamples` draws of as many series
 * as there are, with replacement; the interval is the 2.5–97.5 % percentiles of the resampled means.
 * Series with no case are ignored; with none left the result is NaN throughout.
 * With `strata`, each resample draws within each set (`SeriesDiff.set`) as many series as that set has:
 * pooled sets keep their sizes, so the interval is not widened by one set being drawn more than another.
 */
export function pairedBootstrap(diffs: readonly SeriesDiff[], resamples = 2000, seed = 20261202, strata = false): BootstrapResult {
  const list = diffs.filter((d) => d.cases > 0);
  const k = list.length;
  if (k === 0) return { mean: NaN, low: NaN, high: NaN, oursBetter: NaN, series: 0, resamples };
  let sum = 0;
  let cases = 0;
  for (const d of list) {
    sum += d.sum;
    cases += d.cases;
  }
  const groups = new Map<string, SeriesDiff[]>();
  for (const d of list) {
    const key = strata ? (d.set ?? '') : '';
    const group = groups.get(key) ?? [];
    group.push(d);
    groups.set(key, group);
  }
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    let c = 0;
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        const d = group[Math.floor(random() * group.length)];
        s += d.sum;
        c += d.cases;
      }
    }
    means.push(s / c);
  }
  means.sort((a, b) => a - b);
  return {
    mean: sum / cases,
    low: quantileSorted(means, 0.025),
    high: quantileSorted(means, 0.975),
    oursBetter: list.filter((d) => d.sum < 0).length / k,
    series: k,
    resamples,
  };
}
