/**
 * Bottom-up plans: driver trees (formula.ts, resolve.ts), joint forecasts of
 * the drivers (bottomup.ts, copula.ts), the cheapest ways to close a gap
 * (gap.ts), capacity and pipeline coverage (capacity.ts), levers (levers.ts).
 */
export { parseDriverFormula, formulaDrivers, DriverFormulaError, STANDARD_TREES, type DriverFormula } from './formula';
export {
  prepareBottomUp,
  bottomUpOdds,
  topDownOdds,
  identityError,
  treeHistory,
  whichToTrust,
  verdictFor,
  type BottomUpInput,
  type DriverInput,
  type DriverOutlook,
  type PreparedBottomUp,
  type UnpreparedBottomUp,
  type Range,
  type Trust,
  type TrustReason,
} from './bottomup';
export { closeTheGap, type GapOption, type GapStep } from './gap';
export { capacityBand, capacityPlan, hiresToClose, pipelineCoverage, rampedHires, HEADCOUNT_RE, DEFAULT_RAMP, DEFAULT_CAPACITY_THRESHOLD, DEFAULT_COVERAGE_THRESHOLD, type CapacityBand, type CapacityInput, type CapacityResult, type Coverage, type HiresToClose, type PlannedHire } from './capacity';
export { resolveFormula, standardTree, findSeries, guessAggregation, isHeadcount, type NamedSeries, type ResolvedTree } from './resolve';
export { attachLevers } from './levers';
export { daysText, formulaOutput, planGoal, readDriverSheets, treeForGoal, type GoalPlan, type GoalPlanInput, type PlanContext, type DriverSheet } from './goal';
export { closingShare, cycleWindow, findSalesCycle, findWinRate, MAX_CYCLE_DAYS, type CycleSource, type SalesCycle, type WinRate, type WinRateSource } from './winrate';
