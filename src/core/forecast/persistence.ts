/**
 * The forecast's move by persistent one-step errors (see RESIDUAL_PERSISTENCE in index.ts): a model whose
 * residuals follow an AR(1), u_t = φ·u_{t−1} + ε_t, misses φᵏ·u_T of the outcome k periods on, and its level,
 * which takes α of each error, misses α·Σ_{0<j<k} φʲ·u_T of the errors expected before it.
 */
export interface ResidualPersistence {
  /** Lag-1 autocorrelation of the residuals (|φ| < 1). */
  phi: number;
  /** The last residual (relative for relative errors). */
  last: number;
  /** The level's smoothing parameter. */
  alpha: number;
}

/** The expected error k (≥ 1) periods on plus the level's share of the errors before it. */
function moveAt(p: ResidualPersistence, k: number): number {
  const { phi, last, alpha } = p;
  return last * (phi ** k + (alpha * (phi - phi ** k)) / (1 - phi));
}

/**
 * The move of the forecast `h` periods on (a level) or of the total of the next `h` periods: the sum of the
 * periods' moves, or (`relative`: relative errors, log space) their mean, a relative move of the total.
 */
export function persistenceMove(p: ResidualPersistence, h: number, total: boolean, relative: boolean): number {
  if (!total || h <= 1) return moveAt(p, h);
  let sum = 0;
  for (let k = 1; k <= h; k++) sum += moveAt(p, k);
  return relative ? sum / h : sum;
}
