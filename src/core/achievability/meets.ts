import type { Direction } from '../types';

/**
 * True when meeting the target means being at or below it: a decrease, or keeping a KPI where less is better (churn,
 * CAC, costs) at its level. One rule for the verdict (`assess`) and the alignment check's roll-up of a level goal.
 */
export function meetsBelow(direction: Direction, lowerIsBetter: boolean | null | undefined): boolean {
  return direction === 'decrease' || (direction === 'maintain' && lowerIsBetter === true);
}
