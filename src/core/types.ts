/**
 * Vocabulary shared by every room. Core owns it; gas, sidebar and local
 * import these types so the sheet, the wizard and the CLI speak the same
 * language.
 */

/** Languages the add-on speaks. */
export type Lang = 'fr' | 'en';

/** Direction of a goal: which way the KPI must move. */
export type Direction = 'increase' | 'decrease' | 'maintain';

/** Calendar granularity used both for goal cadences and KPI series periods. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Unit kind of a KPI value. Percentages are stored as fractions (45 % → 0.45). */
export type Unit = 'percent' | 'currency' | 'count' | 'days' | 'score';

/**
 * How a KPI turns into a goal outcome: `level` (the value at the deadline
 * counts: rates, MRR, margins) or `total` (per-period counts summed up to the
 * deadline: deals, meetings, sign-ups).
 */
export type Aggregation = 'level' | 'total';

/** ISO calendar date, `YYYY-MM-DD`. Core never reads the clock: callers pass dates in. */
export type IsoDate = string;

/** The five SMART criteria. */
export type CriterionId = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export type CriterionStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export const CRITERIA: readonly CriterionId[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/** Outcome of an achievability assessment. */
export type Verdict = 'on-track' | 'realistic' | 'stretch' | 'unrealistic' | 'insufficient-data';

/** One observation of a KPI series after cleaning. */
export interface KpiPoint {
  date: IsoDate;
  value: number;
}
