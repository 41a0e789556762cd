/**
 * The forecast's move by persistent one-step errors (see MAX_RESIDUAL_PERSISTENCE in index.ts): a model whose
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

/**
 * The move of the forecast `h` (≥ 1) periods on (a level) or of the total of the next `h` periods: the sum of
 * the periods' moves, or (`relative`: relative errors, log space) their mean, a relative move of the total.
 * Period k's move is u_T·(φᵏ + α·(φ − φᵏ)/(1 − φ)) = u_T·(c·φᵏ + α·φ/(1 − φ)) with c = 1 − α/(1 − φ), so the
 * total's is u_T·(c·φ·(1 − φʰ)/(1 − φ) + h·α·φ/(1 − φ)): geometric sums, O(1) at any horizon.
 */
export function persistenceMove(p: ResidualPersistence, h: number, total: boolean, relative: boolean): number {
  const { phi, last, alpha } = p;
  const phiH = phi ** h;
  if (!total || h <= 1) return last * (phiH + (alpha * (phi - phiH)) / (1 - phi));
  const steady = (alpha * phi) / (1 - phi);
  const sum = last * ((1 - alpha / (1 - phi)) * ((phi * (1 - phiH)) / (1 - phi)) + h * steady);
  return relative ? sum / h : sum;
}
