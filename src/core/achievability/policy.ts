/**
 * The achievability policy: what "achievable" means for this business
 * (article, step 2: each business defines it from its resources, skills and
 * results), so it is a setting, not a constant.
 */

export interface AchievabilityPolicy {
  /**
   * How far beyond the optimistic end of the 80 % forecast range a target may sit and still be a
   * "stretch" (not reached at the current pace, but within reach with extra effort). It scales with the
   * KPI's own volatility and the horizon: at the default 0.2 it is one more half-range of the forecast
   * (≈ 1.28 σ√h of the KPI's changes, see `stretchAllowanceFor`), scaled by `stretchAllowance / 0.2`, and
   * never more than this fraction of the forecast level (a very volatile KPI does not make everything a
   * stretch; 0 is strict). Anything the team already did over a comparable span (`useHistoricalBest`) is
   * a stretch too. The article's example holds: ≈25 % close rate → 30 % next week is realistic or a
   * stretch, 50 % is unrealistic.
   */
  stretchAllowance: number;
  /**
   * Also accept, as achievable, anything the history itself already did over
   * a comparable horizon (the best change over as many periods as the goal has;
   * for totals, the best total over that many periods). Default true: a team
   * that once gained 4 pts in a month can plausibly do it again.
   */
  useHistoricalBest: boolean;
  /**
   * Probability from which the status quo is said to reach the target ("on-track"). Default 0.5: the median forecast gets there.
   * Not in the Settings pane, nor `realisticProbability`: the 80 % band, legends and messages every surface shows are
   * fixed at the 10th–90th percentiles and the median, and would contradict another value (docs/WORKBOOK.md, Settings).
   */
  onTrackProbability: number;
  /**
   * Probability from which a target is "realistic". Default 0.1: the target lies
   * inside the 80 % forecast range shown to the user, i.e. the status quo alone
   * reaches it at least one time in ten.
   */
  realisticProbability: number;
  /** Fewer usable points than this → "insufficient-data". Default 3 (the article judges from three weeks). */
  minPoints: number;
}

export const DEFAULT_POLICY: AchievabilityPolicy = {
  stretchAllowance: 0.2,
  useHistoricalBest: true,
  onTrackProbability: 0.5,
  realisticProbability: 0.1,
  minPoints: 3,
};

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Fills a partial (possibly hand-edited) policy with defaults and keeps every field in a sane range. */
export function resolvePolicy(partial: Partial<AchievabilityPolicy> | null | undefined): AchievabilityPolicy {
  const p = partial ?? {};
  const onTrack = clampNumber(p.onTrackProbability, 0.01, 0.99, DEFAULT_POLICY.onTrackProbability);
  return {
    stretchAllowance: clampNumber(p.stretchAllowance, 0, 10, DEFAULT_POLICY.stretchAllowance),
    useHistoricalBest: typeof p.useHistoricalBest === 'boolean' ? p.useHistoricalBest : DEFAULT_POLICY.useHistoricalBest,
    onTrackProbability: onTrack,
    realisticProbability: clampNumber(p.realisticProbability, 0.001, onTrack, Math.min(onTrack, DEFAULT_POLICY.realisticProbability)),
    minPoints: Math.round(clampNumber(p.minPoints, 3, 1000, DEFAULT_POLICY.minPoints)),
  };
}
