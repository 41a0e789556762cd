import type { Direction } from '../types';

/**
 * True when meeting the target means being at or below it: a decrease, or keeping a KPI where less is better (churn,
 * CAC, costs) on its good side of the target. One rule for the verdict (`assess`) and the alignment check's roll-up of a
 * level goal. A KPI whose better side is unknown (a formula's history with no header, or one naming no catalog KPI:
 * "Cost per lead") keeps the side its `level` is on now — "maintain" read as "at or above" there turned "keep the cost
 * per lead under 5" into "rise to 5 or more" (review 28); with no level, at or above, as before.
 */
export function meetsBelow(direction: Direction, lowerIsBetter: boolean | null | undefined, level: number | null = null, target: number = NaN): boolean {
  if (direction !== 'maintain') return direction === 'decrease';
  return typeof lowerIsBetter === 'boolean' ? lowerIsBetter : level !== null && level < target;
}

/**
 * Which way a goal goes when it states none (no Direction column or argument, no verb): one rule for Check goals
 * (`mergeGoal`), the formulas that judge a target from a history (GOALVERDICT, ACHIEVABILITY, SMARTSCORE's Achievable:
 * `assess`) and the alignment roll-up. A target equal to its starting level keeps it; a KPI whose better side is known
 * (`lowerIsBetter` not null) goes that way — a target on the worse side of today's level is a bound already kept, not a
 * move to make: churn at 4.2 % with a 5 % target is "keep it under 5 %", a close rate at 25 % with a 20 % target a floor
 * (both were judged a move to the target: "unrealistic"); an unknown KPI goes from its level toward the target. Null
 * when nothing tells (no KPI, no target or no level).
 */
export function unstatedDirection(target: number | null, level: number | null, lowerIsBetter: boolean | null | undefined): Direction | null {
  if (target !== null && level !== null && target === level) return 'maintain';
  if (typeof lowerIsBetter === 'boolean') return lowerIsBetter ? 'decrease' : 'increase';
  if (target === null || level === null) return null;
  return target > level ? 'increase' : 'decrease';
}

/**
 * An increase whose target is not above where it starts, or a decrease whose target is not below it: one rule for the
 * wizard's refusal (`wrongSideOfBaseline`, review 24) and Check goals' notes (`check.note.notAbove`, `check.note.notBelow`, fixes63).
 */
export function wrongSide(direction: Direction | null, start: number, target: number): boolean {
  return direction === 'increase' ? target <= start : direction === 'decrease' && target >= start;
}

/**
 * A verdict whose direction only the levels gave (no direction stated, no KPI whose better side is known: a formula's
 * history without a header) to a target Check goals, with the goal's verb or KPI, may call a bound already kept (on
 * track): a decrease not on track — the target a floor the KPI is above (review 30) — or a rise judged unrealistic — a
 * ceiling it is below ("Keep CAC below $500" at $450, review 31). GOALVERDICT says which reading it made: 'down' or 'up'.
 */
export function levelsReading(a: { direction: Direction; verdict: string }, known: boolean): 'down' | 'up' | null {
  if (known || a.verdict === 'on-track' || a.verdict === 'insufficient-data') return null;
  return a.direction === 'decrease' ? 'down' : a.direction === 'increase' && a.verdict === 'unrealistic' ? 'up' : null;
}
