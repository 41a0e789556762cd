/**
 * Joint sampling of drivers: each driver keeps its own forecast distribution
 * (as a quantile table), and a Gaussian copula carries the correlation their
 * histories showed period to period. Deterministic (seeded): the same inputs
 * give the same probability in every recalculation.
 */
import { normalCdf } from '../forecast/stats';

/** Quantile table of one distribution: values at probabilities (k + ½)/n, ascending. */
export interface QuantileTable {
  values: Float64Array;
}

export const TABLE_SIZE = 256;

/**
 * The table from the distribution's CDF: evaluated on a grid between two far
 * quantiles and inverted by interpolation. A CDF evaluation costs one pass
 * over the mixture; a quantile costs a bisection of ~50 of them, so inverting
 * a grid is what keeps a four-driver plan well under 100 ms.
 */
export function quantileTable(quantileAt: (q: number) => number, cdfAt: (y: number) => number, size = TABLE_SIZE): QuantileTable {
  const values = new Float64Array(size);
  const lo = quantileAt(0.5 / size);
  const hi = quantileAt(1 - 0.5 / size);
  if (!(hi > lo)) {
    values.fill(Number.isFinite(lo) ? lo : 0);
    return { values };
  }
  const grid = 2 * size;
  const xs = new Float64Array(grid + 1);
  const ps = new Float64Array(grid + 1);
  for (let g = 0; g <= grid; g++) {
    xs[g] = lo + ((hi - lo) * g) / grid;
    // Running maximum: the CDF of a mixture is monotone, its float evaluation nearly so.
    ps[g] = Math.max(g > 0 ? ps[g - 1] : 0, cdfAt(xs[g]));
  }
  let g = 0;
  for (let k = 0; k < size; k++) {
    const u = (k + 0.5) / size;
    while (g < grid && ps[g + 1] < u) g++;
    const span = ps[g + 1] - ps[g];
    values[k] = g >= grid ? hi : span > 0 ? xs[g] + ((u - ps[g]) / span) * (xs[g + 1] - xs[g]) : xs[g];
  }
  values[0] = Math.min(values[0], lo);
  values[size - 1] = Math.max(values[size - 1], hi);
  for (let k = 1; k < size; k++) if (values[k] < values[k - 1]) values[k] = values[k - 1];
  return { values };
}

/** The value at probability u, linearly interpolated in the table (flat beyond its ends). */
export function tableValue(table: QuantileTable, u: number): number {
  const { values } = table;
  const n = values.length;
  const x = u * n - 0.5;
  if (x <= 0) return values[0];
  if (x >= n - 1) return values[n - 1];
  const k = Math.floor(x);
  return values[k] + (x - k) * (values[k + 1] - values[k]);
}

/** Pearson correlation of paired samples; null below `minPairs`. */
export function correlation(a: readonly number[], b: readonly number[], minPairs = 6): number | null {
  const n = Math.min(a.length, b.length);
  if (n < minPairs) return null;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  if (saa === 0 || sbb === 0) return null;
  return sab / Math.sqrt(saa * sbb);
}

/** Lower-triangular L with L·Lᵀ = matrix, or null when the matrix is not positive definite. */
export function cholesky(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const l = matrix.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 1e-10)) return null;
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  return l;
}

/**
 * A usable Cholesky factor of a correlation matrix estimated pair by pair
 * (which need not be positive definite): off-diagonal terms are shrunk toward
 * zero until it is; independence is the last resort.
 */
export function choleskyOfCorrelation(matrix: readonly (readonly number[])[]): number[][] {
  let current = matrix.map((row) => [...row]);
  for (let attempt = 0; attempt < 20; attempt++) {
    const factor = cholesky(current);
    if (factor) return factor;
    current = current.map((row, i) => row.map((v, j) => (i === j ? 1 : v * 0.8)));
  }
  return matrix.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
}

/** The normal-score grid of a z-table: z from −Z_MAX to Z_MAX in Z_STEPS steps. */
const Z_MAX = 4;
const Z_STEPS = 800;

/**
 * A quantile table re-indexed by normal score: value(z) = table(Φ(z)),
 * precomputed on a grid so that sampling through the copula costs a linear
 * interpolation per draw instead of a Φ evaluation.
 */
export function zTable(table: QuantileTable): Float64Array {
  const out = new Float64Array(Z_STEPS + 1);
  for (let g = 0; g <= Z_STEPS; g++) out[g] = tableValue(table, normalCdf(-Z_MAX + (2 * Z_MAX * g) / Z_STEPS));
  return out;
}

function zValue(table: Float64Array, z: number): number {
  const x = ((z + Z_MAX) / (2 * Z_MAX)) * Z_STEPS;
  if (x <= 0) return table[0];
  if (x >= Z_STEPS) return table[Z_STEPS];
  const k = Math.floor(x);
  return table[k] + (x - k) * (table[k + 1] - table[k]);
}

/** Correlated draws of every driver: z = L·ε, value = zTable(z). */
export function correlatedDraws(factor: readonly (readonly number[])[], tables: readonly Float64Array[], normal: () => number, draws: number): Float64Array[] {
  const n = factor.length;
  const out = factor.map(() => new Float64Array(draws));
  const eps = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < n; i++) eps[i] = normal();
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k <= i; k++) z += factor[i][k] * eps[k];
      out[i][d] = zValue(tables[i], z);
    }
  }
  return out;
}
